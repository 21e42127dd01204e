import { existsSync, statSync } from 'node:fs';
import { readRegularFile } from '../fs/read-file.js';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ts } from 'ts-morph';
import { PrivlintError } from '../errors.js';
import { createGlobMatcher, hasGlobCharacters } from './glob.js';
import { loadTypeScript } from './typescript.js';
import { walkFiles, type WalkResult } from './walk.js';

export interface TsconfigProject {
  configFile: string;
  options: ts.CompilerOptions;
  fileNames: string[];
}

/** Everything reading a tsconfig asks of the file system; recorded so a cached listing can be checked (tsconfig-cache.ts). */
export interface ConfigIO {
  readFile(path: string): string | undefined;
  fileExists(path: string): boolean;
  isDirectory(path: string): boolean;
  readDirectory(rootDir: string, extensions: readonly string[], excludes: readonly string[], includes: readonly string[] | undefined): WalkResult;
}

const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export const DISK_IO: ConfigIO = {
  readFile(path) {
    // A config (or a file it extends) that is a device, a pipe or huge is no config: never read it to the end.
    const read = readRegularFile(path, undefined, MAX_CONFIG_BYTES);
    return 'reason' in read ? undefined : read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  },
  fileExists: (path) => existsSync(path) && statSync(path).isFile(),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  readDirectory(rootDir, extensions, excludes, includes) {
    const problems: WalkResult['problems'] = [];
    return { files: readDirectory(rootDir, extensions, excludes, includes, problems), problems };
  },
};

/**
 * Reads a tsconfig.json as data (never executes anything), following `extends` and `references`.
 * TypeScript's own directory matching skips dot-folders under `**`; we pass our own readDirectory so that
 * `app/.well-known/route.ts` is found, and skip dependency and build folders.
 */
export function readTsconfigProjects(configFile: string, toDisplay: (path: string) => string, problems: WalkResult['problems'] = [], io: ConfigIO = DISK_IO): TsconfigProject[] {
  return readTsconfigProjectsWith(configFile, toDisplay, problems, io, 'throw');
}

/** How a config error is met: thrown to the caller, or reported while the scan goes on without that config. */
export type OnConfigError = 'throw' | ((error: PrivlintError) => void);

export function readTsconfigProjectsWith(configFile: string, toDisplay: (path: string) => string, problems: WalkResult['problems'], io: ConfigIO, onError: OnConfigError): TsconfigProject[] {
  const projects: TsconfigProject[] = [];
  const seen = new Set<string>();
  const pending = [resolve(configFile)];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const parsed = parseTsconfig(file, toDisplay, problems, io, onError);
    if (!parsed) continue;
    projects.push({ configFile: file, options: parsed.options, fileNames: parsed.fileNames });
    for (const reference of parsed.projectReferences ?? []) {
      const target = io.isDirectory(reference.path) ? join(reference.path, 'tsconfig.json') : reference.path;
      if (io.fileExists(target)) pending.push(resolve(target));
    }
  }
  return projects;
}

function parseTsconfig(file: string, toDisplay: (path: string) => string, problems: WalkResult['problems'], io: ConfigIO, onError: OnConfigError, listFiles = true): ts.ParsedCommandLine | undefined {
  const ts = loadTypeScript();
  const readFile = (path: string) => io.readFile(path);
  const fail = (diagnostic: ts.Diagnostic) => {
    const error = toConfigError(diagnostic, file, toDisplay);
    if (onError === 'throw') throw error;
    onError(error);
  };
  const read = ts.readConfigFile(file, readFile);
  if (read.error) {
    fail(read.error);
    return undefined;
  }
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    fileExists: (path) => io.fileExists(path),
    readFile,
    readDirectory: (rootDir, extensions, excludes, includes) => {
      if (!listFiles) return [];
      const listed = io.readDirectory(rootDir, extensions, excludes ?? [], includes);
      for (const problem of listed.problems) if (!problems.some((known) => known.path === problem.path)) problems.push(problem);
      return listed.files;
    },
  };
  const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(file), undefined, file);
  const fatal = parsed.errors.find((error) => error.category === ts.DiagnosticCategory.Error && (isFatal(error.code) || isSyntaxErrorInExtendedConfig(error, file)));
  if (fatal) {
    fail(fatal);
    return onError === 'throw' ? parsed : undefined;
  }
  if (onError !== 'throw') {
    // A missing or circular `extends`: TypeScript goes on without those settings, and so does the scan, saying so.
    for (const error of parsed.errors) if (error.code === 18000 || error.code === 6053 || error.code === 5083) fail(error);
  }
  return parsed;
}

/**
 * The compiler options a tsconfig gives its files (its `extends` chain followed, no file listing): what resolving
 * the imports of a workspace package needs. Problems are reported, never thrown: the scan goes on without them.
 */
export function readTsconfigOptions(configFile: string, toDisplay: (path: string) => string, io: ConfigIO, onError: (error: PrivlintError) => void): ts.CompilerOptions | undefined {
  return parseTsconfig(resolve(configFile), toDisplay, [], io, onError, false)?.options;
}

/**
 * A file system in which the repository's own packages also sit where a package manager would link them
 * (`node_modules/@acme/tsconfig`), so an `extends` naming a shared config package is found without an install.
 */
export function withWorkspacePackages(io: ConfigIO, packages: readonly { name: string; dir: string }[]): ConfigIO {
  if (packages.length === 0) return io;
  const byName = new Map(packages.map((entry) => [entry.name, entry.dir]));
  const redirect = (path: string): string => {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(path.replaceAll('\\', '/'));
    const dir = match ? byName.get(match[1]!) : undefined;
    return dir ? dir + (match![2] ?? '') : path;
  };
  return {
    readFile: (path) => io.readFile(redirect(path)),
    fileExists: (path) => io.fileExists(redirect(path)),
    isDirectory: (path) => io.isDirectory(redirect(path)),
    readDirectory: (rootDir, extensions, excludes, includes) => io.readDirectory(rootDir, extensions, excludes, includes),
  };
}

// 18003 "No inputs were found" is normal for solution-style configs; 6053/6231 are files that do not exist.
const isFatal = (code: number) => code === 5083 || code === 18001 || code === 5092 || code === 5024;

/**
 * A config named in `extends` that TypeScript cannot read as JSON (a `tsconfig.js` with `module.exports`, a broken
 * file): TypeScript keeps going without its settings, and so would the file list, silently. tsc stops there too.
 */
const isSyntaxErrorInExtendedConfig = (error: ts.Diagnostic, configFile: string) =>
  error.code >= 1000 && error.code < 2000 && error.file !== undefined && resolve(error.file.fileName) !== resolve(configFile);

function toConfigError(diagnostic: ts.Diagnostic, file: string, toDisplay: (path: string) => string): PrivlintError {
  const ts = loadTypeScript();
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  let where = toDisplay(diagnostic.file?.fileName ?? file);
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    where += `:${line + 1}:${character + 1}`;
  }
  const extended = diagnostic.file !== undefined && resolve(diagnostic.file.fileName) !== resolve(file) ? ` (${toDisplay(file)} extends it; TypeScript reads it as JSON)` : '';
  return new PrivlintError('E_TSCONFIG_INVALID', `${where}: ${message.replace(/\.$/, '')}${extended}; fix the tsconfig, or list the files to scan under scan.include in privacy.yml.`);
}

function readDirectory(rootDir: string, extensions: readonly string[], excludes: readonly string[], includes: readonly string[] | undefined, problems: WalkResult['problems']): string[] {
  const toRelative = (spec: string) => (isAbsolute(spec) ? relative(rootDir, spec) : spec).replaceAll('\\', '/').replace(/^\.\//, '');
  // `"include": ["."]` names the config's own folder: everything below it.
  const toFolderGlob = (spec: string) => (spec === '' || spec === '.' ? '**/*' : `${spec.replace(/\/$/, '')}/**/*`);
  const includeSpecs = (includes ?? ['**/*']).map(toRelative).map((spec) => (spec === '' || spec === '.' || isImplicitDirectory(spec) ? toFolderGlob(spec) : spec));
  // An exclude spec names a folder as well as the files below it.
  const excludeSpecs = excludes.map(toRelative).flatMap((spec) => [spec, `${spec.replace(/\/$/, '')}/**`]);
  const isIncluded = createGlobMatcher(includeSpecs);
  const isExcluded = createGlobMatcher(excludeSpecs);
  const walkRoots = new Set(includeSpecs.map((spec) => staticPrefix(spec)));
  const files = new Set<string>();
  for (const prefix of walkRoots) {
    const start = join(rootDir, prefix);
    if (!existsSync(start)) continue;
    const walked = walkFiles(start);
    for (const problem of walked.problems) if (!problems.some((known) => known.path === problem.path)) problems.push(problem);
    for (const file of walked.files) {
      const path = relative(rootDir, file).replaceAll('\\', '/');
      if (path.startsWith('../')) continue;
      if (!extensions.some((extension) => path.endsWith(extension))) continue;
      if (isIncluded(path) && !isExcluded(path)) files.add(file);
    }
  }
  return [...files].sort();
}

// tsconfig reads a last path segment without `.`, `*` or `?` as a folder: `"include": ["src"]`.
const isImplicitDirectory = (spec: string) => {
  const last = spec.replace(/\/$/, '').split('/').pop() ?? '';
  return !hasGlobCharacters(last) && !last.includes('.');
};

function staticPrefix(spec: string): string {
  const segments = spec.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasGlobCharacters(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}
