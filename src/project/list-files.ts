import { existsSync, statSync } from 'node:fs';
import { readRegularFile } from '../fs/read-file.js';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ts } from 'ts-morph';
import { PrivlintError } from '../errors.js';
import type { SkippedFile } from '../model.js';
import { createGlobMatcher, toManifestGlobs } from './glob.js';
import { DISK_IO, readTsconfigOptions, readTsconfigProjectsWith, withWorkspacePackages } from './tsconfig.js';
import { readTsconfigProjectsCached } from './tsconfig-cache.js';
import { IGNORED_DIRECTORIES, toSkipped, walkFiles } from './walk.js';
import type { LayoutProblem, RepositoryLayout } from './workspace.js';
import { resolveModule, type ModuleLookup } from './resolve.js';
import { listImports } from '../cache/list-imports.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ProjectFile {
  absolutePath: string;
  /** Relative to the scanned root, forward slashes. */
  path: string;
  text: string;
}

export interface ProjectListing {
  files: ProjectFile[];
  skipped: SkippedFile[];
  /** Compiler options of the tsconfig that lists a file (for `paths` aliases), if any. */
  compilerOptions: Map<string, ts.CompilerOptions>;
  /** Manifest `scan.include`/`exclude` patterns that matched no file: most often a typo that silently changes nothing. */
  unmatchedPatterns: { list: 'include' | 'exclude'; pattern: string }[];
  /** Milliseconds spent finding the files (walk, tsconfig) and reading them, for `--timings`. */
  timings: { listMs: number; readMs: number };
  /** The tsconfig files whose settings the files were read with, relative to the root, sorted. */
  tsconfigs: string[];
  /** Workspace tsconfigs that could not be read as written (the scan went on without their settings). */
  problems: LayoutProblem[];
  /** Files left out by TEST_FILE_GLOBS (tests, seeds, examples...), which `scan.include` brings back. */
  excludedByDefault: number;
  /**
   * Files outside the root that the root's files import (an app's imports of its repository's packages): read so
   * that flows follow into them, not reported on their own. Paths start with `../`.
   */
  followed: ProjectFile[];
  /**
   * The project's type declaration files (`.d.ts`): never scanned, but the global types they declare
   * (`type UserProfile = {...}` in a script file) are what the project's values are typed with.
   */
  declarations: ProjectFile[];
}

export interface ListOptions {
  root: string;
  include?: string[];
  exclude?: string[];
  /** The scan cache folder: the tsconfig's file list is kept there and checked instead of parsed again. */
  cacheLocation?: string;
  /** The repository around the root (workspace.ts): its packages are listed with their own tsconfigs. */
  layout?: RepositoryLayout;
}

const SOURCE = '{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/**
 * What a scan leaves out unless `scan.include` names it: tests, their helpers and factories, browser-test suites,
 * evaluation suites of an AI feature (`evals/`: fixed prompts graded by hand or by a model), database seeds, stories,
 * examples and playgrounds. Their data is fabricated, and they never run in production.
 * `scripts/` stays in: a repository's scripts are often jobs that really move people's data (backfills, exports,
 * mailings), and a silent miss there is worse than a finding to suppress.
 */
export const TEST_FILE_GLOBS = [
  `**/*.{test,spec,e2e,cy,stories,story}.${SOURCE}`,
  `**/*.{test,spec,e2e}-*.${SOURCE}`,
  '**/{__tests__,__mocks__,__fixtures__,test,tests,e2e,playwright,cypress,detox,mocks,testing,test-utils,evals}/**',
  '**/{examples,example,playground,playgrounds,seed,seeds}/**',
  `**/{seed,seeds,*.seed}.${SOURCE}`,
  `**/{jest,vitest,playwright,cypress}.{config,setup}.${SOURCE}`,
];

const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
const JS_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs'];

/**
 * Lists the files to scan: `include` globs when given (manifest `scan.include`), else the root tsconfig.json
 * (with its references), else every TypeScript file below the root. Reads each file once and keeps its text.
 */
export function listProjectFiles(options: ListOptions): ProjectListing {
  const { root } = options;
  const started = performance.now();
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new PrivlintError('E_PROJECT_NOT_FOUND', `${root} is not a directory; pass the folder of the project to scan.`);
  }
  const toRelative = (path: string) => relative(root, path).replaceAll('\\', '/');
  const compilerOptions = new Map<string, ts.CompilerOptions>();
  const optionsByConfig = new Map<string, ts.CompilerOptions | undefined>();
  const skipped: SkippedFile[] = [];
  let candidates: string[];
  const tsconfig = join(root, 'tsconfig.json');
  const io = withWorkspacePackages(DISK_IO, options.layout?.packages ?? []);
  const usedConfigs = new Set<string>();
  const layoutProblems: LayoutProblem[] = [];
  // A config error reads `<file:line:column>: <what>; <what to do>`: the summary names the place apart from the text.
  const recordProblem = (error: PrivlintError) => {
    const [file = '', ...rest] = error.message.split(': ');
    // TypeScript names files by absolute path; the report names them from the root, the same on every machine.
    const message = rest.join(': ').replaceAll(`${resolve(options.layout?.root ?? root).replaceAll('\\', '/')}/`, '');
    if (!layoutProblems.some((known) => known.file === file)) layoutProblems.push({ file, message });
  };
  // A root tsconfig that cannot be read is named in the summary, as a workspace package's is; the scan goes on
  // without it (exit 2 comes later, and only when no file at all can be scanned).
  const readProjects = (configFile: string, problems: Parameters<typeof toSkipped>[0]) =>
    options.cacheLocation === undefined
      ? readTsconfigProjectsWith(configFile, toRelative, problems, io, recordProblem)
      : readTsconfigProjectsCached(configFile, toRelative, problems, options.cacheLocation, io, recordProblem);
  const packagesBelow = (options.layout?.packages ?? []).filter((entry) => !relative(root, entry.dir).startsWith('..') && resolve(entry.dir) !== resolve(root));
  const include = (options.include ?? []).map((pattern) => ({ pattern, matches: createGlobMatcher(toManifestGlobs(pattern)), used: false }));
  const exclude = (options.exclude ?? []).map((pattern) => ({ pattern, matches: createGlobMatcher(toManifestGlobs(pattern)), used: false }));
  if (include.length > 0) {
    const walked = walkFiles(root);
    skipped.push(...toSkipped(walked.problems, toRelative));
    candidates = walked.files.filter((file) => {
      if (!hasExtension(file, [...TS_EXTENSIONS, ...JS_EXTENSIONS])) return false;
      const path = toRelative(file);
      let included = false;
      for (const entry of include) {
        if (entry.matches(path)) included = entry.used = true;
      }
      return included;
    });
    if (existsSync(tsconfig)) for (const project of readProjects(tsconfig, [])) assignOptions(project.fileNames, project.options, project.configFile);
  } else if (packagesBelow.length > 0) {
    candidates = listWorkspaceFiles();
  } else {
    const problems: Parameters<typeof toSkipped>[0] = [];
    const projects = existsSync(tsconfig) ? readProjects(tsconfig, problems) : [];
    skipped.push(...toSkipped(problems, toRelative));
    const files = new Set<string>();
    for (const project of projects) {
      const extensions = project.options.allowJs ? [...TS_EXTENSIONS, ...JS_EXTENSIONS] : TS_EXTENSIONS;
      for (const file of project.fileNames) if (hasExtension(file, extensions)) files.add(file);
      assignOptions(project.fileNames, project.options, project.configFile);
    }
    candidates = [...files];
    // No tsconfig, or none that could be read: every TypeScript file below the root.
    if (projects.length === 0) {
      const walked = walkFiles(root);
      skipped.push(...toSkipped(walked.problems, toRelative));
      candidates = walked.files.filter((file) => hasExtension(file, TS_EXTENSIONS));
    }
  }

  // Test files hold fabricated data; they are scanned only when `include` asks for them.
  const isDefaultExcluded = createGlobMatcher(include.length > 0 ? [] : TEST_FILE_GLOBS);
  let excludedByDefault = 0;
  const isExcluded = (path: string) => {
    let excluded = false;
    for (const entry of exclude) {
      if (entry.matches(path)) excluded = entry.used = true;
    }
    if (excluded) return true;
    if (!isDefaultExcluded(path)) return false;
    excludedByDefault++;
    return true;
  };
  const files: ProjectFile[] = [];
  const declarations: ProjectFile[] = [];
  let readMs = 0;
  for (const absolutePath of [...new Set(candidates)].sort()) {
    const path = toRelative(absolutePath);
    if (path.startsWith('../') || path.split('/').some((segment) => IGNORED_DIRECTORIES.has(segment))) continue;
    if (isExcluded(path)) continue;
    if (/\.d\.[mc]?ts$/.test(path)) {
      const declaration = readSource(absolutePath, path, root);
      if (!('reason' in declaration)) declarations.push(declaration);
      continue;
    }
    if (!compilerOptions.has(absolutePath)) assignNearestOptions(absolutePath);
    const readStarted = performance.now();
    const read = readSource(absolutePath, path, root);
    readMs += performance.now() - readStarted;
    if ('reason' in read) skipped.push(read);
    else files.push(read);
  }
  const timings = { listMs: performance.now() - started - readMs, readMs };
  const followed = options.layout && resolve(options.layout.root) !== resolve(root) ? followImportsOutside(options.layout) : [];
  const tsconfigs = [...usedConfigs].map(toRelative).sort();
  const unmatchedPatterns = [
    ...include.filter((entry) => !entry.used).map((entry) => ({ list: 'include' as const, pattern: entry.pattern })),
    ...exclude.filter((entry) => !entry.used).map((entry) => ({ list: 'exclude' as const, pattern: entry.pattern })),
  ];
  return { files, skipped: skipped.sort((a, b) => compare(a.file, b.file)), compilerOptions, timings, tsconfigs, problems: layoutProblems, followed, unmatchedPatterns, excludedByDefault, declarations };

  /** Reads, transitively, the repository files outside the root that the listed files import. */
  function followImportsOutside(layout: RepositoryLayout): ProjectFile[] {
    const known = new Set(files.map((file) => file.absolutePath.replaceAll('\\', '/')));
    const onDisk = new Map<string, boolean>();
    const isSourceOnDisk = (path: string) => {
      let exists = onDisk.get(path);
      if (exists === undefined) {
        exists = /\.[cm]?[jt]sx?$/.test(path) && existsSync(path) && statSync(path).isFile();
        onDisk.set(path, exists);
      }
      return exists;
    };
    const lookup: ModuleLookup<string> = {
      root,
      workspace: layout,
      find: (path) => (known.has(path) || isSourceOnDisk(path) ? path : undefined),
    };
    const pending = [...files];
    const found: ProjectFile[] = [];
    while (pending.length > 0) {
      const file = pending.pop()!;
      for (const specifier of listImports(file.text)) {
        const target = resolveModule(lookup, file.absolutePath, compilerOptions.get(file.absolutePath), specifier);
        if (target === undefined || known.has(target)) continue;
        known.add(target);
        // Inside the root only what the listing chose is read (a file its tsconfig excludes stays out).
        if (!relative(root, target).startsWith('..') || relative(layout.root, target).startsWith('..') || /\.d\.[mc]?ts$/.test(target)) continue;
        if (target.split('/').some((segment) => IGNORED_DIRECTORIES.has(segment))) continue;
        const read = readSource(target, toRelative(target), layout.root);
        if ('reason' in read) continue;
        assignNearestOptions(target);
        found.push(read);
        pending.push(read);
      }
    }
    return found.sort((a, b) => compare(a.path, b.path));
  }

  function assignOptions(fileNames: readonly string[], optionsOfConfig: ts.CompilerOptions, configFile: string) {
    let used = false;
    for (const file of fileNames) {
      if (compilerOptions.has(file)) continue;
      compilerOptions.set(file, optionsOfConfig);
      used = true;
    }
    if (used) usedConfigs.add(configFile);
  }

  /**
   * A monorepo scanned from its root (or any folder holding workspace packages): the root tsconfig's files, each
   * package's tsconfig files (a package without one: every TypeScript file in it), and the TypeScript files
   * outside every package. Each file once, with the options of the config that lists it.
   */
  function listWorkspaceFiles(): string[] {
    const files = new Set<string>();
    if (existsSync(tsconfig)) {
      const projects = readProjects(tsconfig, []);
      for (const project of projects) {
        project.fileNames.filter((file) => hasExtension(file, TS_EXTENSIONS)).forEach((file) => files.add(file));
        assignOptions(project.fileNames, project.options, project.configFile);
      }
    }
    const packageDirs = packagesBelow.map((entry) => resolve(entry.dir));
    const packageDirSet = new Set(packageDirs);
    const owners = new Map<string, string | undefined>();
    for (const dir of packageDirs) {
      const config = join(dir, 'tsconfig.json');
      const inside = (file: string) => owningPackage(file) === dir;
      if (existsSync(config)) {
        const problems: Parameters<typeof toSkipped>[0] = [];
        const projects = readProjects(config, problems);
        for (const project of projects) {
          const extensions = project.options.allowJs ? [...TS_EXTENSIONS, ...JS_EXTENSIONS] : TS_EXTENSIONS;
          const own = project.fileNames.filter((file) => inside(file) && hasExtension(file, extensions));
          own.forEach((file) => files.add(file));
          assignOptions(own, project.options, project.configFile);
        }
        skipped.push(...toSkipped(problems, toRelative));
      } else {
        for (const file of walkFiles(dir).files) if (inside(file) && hasExtension(file, TS_EXTENSIONS)) files.add(file);
      }
    }
    const walked = walkFiles(root);
    skipped.push(...toSkipped(walked.problems, toRelative));
    for (const file of walked.files) if (owningPackage(file) === undefined && hasExtension(file, TS_EXTENSIONS)) files.add(file);
    return [...files];

    /**
     * The deepest package folder holding the file. Every folder `relative` puts the file inside is one of the
     * folders above it, so only those are looked up, nearest first (a scan over every package for each file cost a
     * quarter of the listing on a monorepo of 4,000 files).
     */
    function owningPackage(file: string): string | undefined {
      if (owners.has(file)) return owners.get(file);
      let owner: string | undefined;
      for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
        if (packageDirSet.has(dir) && !relative(dir, file).startsWith('..')) {
          owner = dir;
          break;
        }
        if (dirname(dir) === dir) break;
      }
      owners.set(file, owner);
      return owner;
    }
  }

  /** A file no listed tsconfig names: the nearest tsconfig.json above it, else the repository's tsconfig.base.json. */
  function assignNearestOptions(file: string) {
    const top = options.layout?.root ?? root;
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const config = join(dir, 'tsconfig.json');
      if (existsSync(config)) return assignFrom(config);
      if (resolve(dir) === resolve(top) || dirname(dir) === dir || relative(top, dir).startsWith('..')) break;
    }
    const base = join(top, 'tsconfig.base.json');
    if (existsSync(base)) assignFrom(base);

    function assignFrom(config: string) {
      const read = readOptionsOnce(config);
      if (read) assignOptions([file], read, config);
    }
  }

  function readOptionsOnce(config: string): ts.CompilerOptions | undefined {
    if (!optionsByConfig.has(config)) {
      optionsByConfig.set(
        config,
        readTsconfigOptions(config, toRelative, io, recordProblem),
      );
    }
    return optionsByConfig.get(config);
  }
}

function readSource(absolutePath: string, path: string, root: string): ProjectFile | SkippedFile {
  if (/\.(generated|gen)\.[cm]?[jt]sx?$/.test(basename(path))) return { file: path, reason: 'generated file' };
  const read = readRegularFile(absolutePath, root, MAX_FILE_BYTES);
  if ('reason' in read) return { file: path, reason: read.reason };
  const text = read.bytes.toString('utf8');
  if (text.includes('\u0000')) return { file: path, reason: 'binary file' };
  if (isGenerated(text)) return { file: path, reason: 'generated file (@generated marker)' };
  if (isMinified(text)) return { file: path, reason: 'minified file' };
  return { absolutePath, path, text };
}

/**
 * A generator's own marker in the comments at the top of the file: `@generated` (Facebook's convention, used by
 * Relay, GraphQL Code Generator, Prisma) or Go's `Code generated … DO NOT EDIT.` line. A hand-written "do not edit"
 * or "auto-generated" note is not one: skipping on it would let any file opt out of the scan with a comment.
 */
function isGenerated(text: string): boolean {
  const leadingComments = /^(?:\uFEFF)?(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*/.exec(text.slice(0, 2000))?.[0] ?? '';
  return /(?:^|[\s*/])@generated\b/.test(leadingComments) || /^\s*\/\/ Code generated .* DO NOT EDIT\.$/m.test(leadingComments);
}

function isMinified(text: string): boolean {
  if (text.length < 4000) return false;
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    longest = Math.max(longest, index - start);
    start = index + 1;
    lines++;
  }
  longest = Math.max(longest, text.length - start);
  if (longest <= 3000 || text.length / lines <= 300) return false;
  // A minifier leaves a space only where a token needs one (2–4% of the text); a long hand-written expression on
  // one line is a quarter spaces, and is analysed (its depth is guarded) rather than skipped.
  let spaces = 0;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 32) spaces++;
  return spaces / text.length < 0.08;
}

const hasExtension = (file: string, extensions: readonly string[]) => extensions.some((extension) => file.endsWith(extension));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
