import { existsSync, statSync } from 'node:fs';
import { readRegularFile } from '../fs/read-file.js';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ts } from 'ts-morph';
import { PrivlintError } from '../errors.js';
import type { SkippedFile } from '../model.js';
import { createGlobMatcher } from './glob.js';
import { readTsconfigProjects } from './tsconfig.js';
import { readTsconfigProjectsCached } from './tsconfig-cache.js';
import { IGNORED_DIRECTORIES, toSkipped, walkFiles } from './walk.js';

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
  /** Milliseconds spent finding the files (walk, tsconfig) and reading them, for `--timings`. */
  timings: { listMs: number; readMs: number };
}

export interface ListOptions {
  root: string;
  include?: string[];
  exclude?: string[];
  /** The scan cache folder: the tsconfig's file list is kept there and checked instead of parsed again. */
  cacheLocation?: string;
}

export const TEST_FILE_GLOBS = ['**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx}', '**/__tests__/**', '**/__mocks__/**'];

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
  const skipped: SkippedFile[] = [];
  let candidates: string[];
  const tsconfig = join(root, 'tsconfig.json');
  const readProjects = (problems: Parameters<typeof toSkipped>[0]) =>
    options.cacheLocation === undefined ? readTsconfigProjects(tsconfig, toRelative, problems) : readTsconfigProjectsCached(tsconfig, toRelative, problems, options.cacheLocation);
  if (options.include && options.include.length > 0) {
    const isIncluded = createGlobMatcher(options.include);
    const walked = walkFiles(root);
    skipped.push(...toSkipped(walked.problems, toRelative));
    candidates = walked.files.filter((file) => isIncluded(toRelative(file)) && hasExtension(file, [...TS_EXTENSIONS, ...JS_EXTENSIONS]));
    if (existsSync(tsconfig)) for (const project of readProjects([])) assignOptions(project.fileNames, project.options);
  } else if (existsSync(tsconfig)) {
    const problems: Parameters<typeof toSkipped>[0] = [];
    const projects = readProjects(problems);
    skipped.push(...toSkipped(problems, toRelative));
    const files = new Set<string>();
    for (const project of projects) {
      const extensions = project.options.allowJs ? [...TS_EXTENSIONS, ...JS_EXTENSIONS] : TS_EXTENSIONS;
      for (const file of project.fileNames) if (hasExtension(file, extensions)) files.add(file);
      assignOptions(project.fileNames, project.options);
    }
    candidates = [...files];
  } else {
    const walked = walkFiles(root);
    skipped.push(...toSkipped(walked.problems, toRelative));
    candidates = walked.files.filter((file) => hasExtension(file, TS_EXTENSIONS));
  }

  // Test files hold fabricated data; they are scanned only when `include` asks for them.
  const defaultExcludes = options.include && options.include.length > 0 ? [] : TEST_FILE_GLOBS;
  const isExcluded = createGlobMatcher([...defaultExcludes, ...(options.exclude ?? [])]);
  const files: ProjectFile[] = [];
  let readMs = 0;
  for (const absolutePath of [...new Set(candidates)].sort()) {
    const path = toRelative(absolutePath);
    if (path.startsWith('../') || isExcluded(path)) continue;
    if (path.split('/').some((segment) => IGNORED_DIRECTORIES.has(segment))) continue;
    if (/\.d\.[mc]?ts$/.test(path)) continue;
    const readStarted = performance.now();
    const read = readSource(absolutePath, path, root);
    readMs += performance.now() - readStarted;
    if ('reason' in read) skipped.push(read);
    else files.push(read);
  }
  const timings = { listMs: performance.now() - started - readMs, readMs };
  return { files, skipped: skipped.sort((a, b) => compare(a.file, b.file)), compilerOptions, timings };

  function assignOptions(fileNames: readonly string[], optionsOfConfig: ts.CompilerOptions) {
    for (const file of fileNames) if (!compilerOptions.has(file)) compilerOptions.set(file, optionsOfConfig);
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
