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
  const projects: TsconfigProject[] = [];
  const seen = new Set<string>();
  const pending = [resolve(configFile)];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const parsed = parseTsconfig(file, toDisplay, problems, io);
    projects.push({ configFile: file, options: parsed.options, fileNames: parsed.fileNames });
    for (const reference of parsed.projectReferences ?? []) {
      const target = io.isDirectory(reference.path) ? join(reference.path, 'tsconfig.json') : reference.path;
      if (io.fileExists(target)) pending.push(resolve(target));
    }
  }
  return projects;
}

function parseTsconfig(file: string, toDisplay: (path: string) => string, problems: WalkResult['problems'], io: ConfigIO): ts.ParsedCommandLine {
  const ts = loadTypeScript();
  const readFile = (path: string) => io.readFile(path);
  const read = ts.readConfigFile(file, readFile);
  if (read.error) throw toConfigError(read.error, file, toDisplay);
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    fileExists: (path) => io.fileExists(path),
    readFile,
    readDirectory: (rootDir, extensions, excludes, includes) => {
      const listed = io.readDirectory(rootDir, extensions, excludes ?? [], includes);
      for (const problem of listed.problems) if (!problems.some((known) => known.path === problem.path)) problems.push(problem);
      return listed.files;
    },
  };
  const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(file), undefined, file);
  const fatal = parsed.errors.find((error) => error.category === ts.DiagnosticCategory.Error && (isFatal(error.code) || isSyntaxErrorInExtendedConfig(error, file)));
  if (fatal) throw toConfigError(fatal, file, toDisplay);
  return parsed;
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
  const includeSpecs = (includes ?? ['**/*']).map(toRelative).map((spec) => (isImplicitDirectory(spec) ? `${spec.replace(/\/$/, '')}/**/*` : spec));
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
