import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { getEngineFingerprint, hashData } from '../cache/scan-cache.js';
import { removeStaleFiles } from '../fs/compile-cache-directory.js';
import { preparePrivateDirectory, readPrivateFile, writePrivateFile } from '../fs/private-files.js';
import { VERSION } from '../version.js';
import { DISK_IO, readTsconfigProjectsWith } from './tsconfig.js';
import type { ConfigIO, OnConfigError, TsconfigProject } from './tsconfig.js';
import type { WalkResult } from './walk.js';

const FORMAT = 1;

/** Every answer the file system gave while a tsconfig was read: the listing is a pure function of these. */
interface IORecord {
  reads: [path: string, hash: string | null][];
  files: [path: string, exists: boolean][];
  directories: [path: string, exists: boolean][];
  listings: { args: [string, string[], string[], string[] | null]; result: WalkResult }[];
}

/**
 * `readTsconfigProjects` with its answer kept in the cache folder. TypeScript's config parser is a pure
 * function of what it reads, so the answer is reused when every file it read has the same content, every
 * existence check the same outcome, and every directory listing the same files: then TypeScript itself (a
 * third of a warm scan's time) is never loaded. Anything else reads the tsconfig again.
 */
export function readTsconfigProjectsCached(
  configFile: string,
  toDisplay: (path: string) => string,
  problems: WalkResult['problems'],
  location: string,
  base: ConfigIO = DISK_IO,
  onError: OnConfigError = 'throw',
): TsconfigProject[] {
  const file = join(location, `tsconfig-${createHash('sha1').update(resolve(configFile)).digest('hex').slice(0, 16)}.json`);
  const settings = hashData({ version: VERSION, engine: getEngineFingerprint() });
  // A folder that is not the user's own is neither read nor written: the listing decides which files are scanned.
  const usable = preparePrivateDirectory(location) === undefined;
  const cached = usable ? readCached(file, settings, base) : undefined;
  if (cached) {
    addProblems(problems, cached.problems);
    return cached.projects;
  }
  const { io, record } = createRecordingIO(base);
  const found: WalkResult['problems'] = [];
  let failed = false;
  const report: OnConfigError =
    onError === 'throw'
      ? onError
      : (error) => {
          failed = true;
          onError(error);
        };
  const projects = readTsconfigProjectsWith(configFile, toDisplay, found, io, report);
  addProblems(problems, found);
  // A config with a problem is read again next time, so the problem is reported on every run.
  if (failed) return projects;
  try {
    if (usable) {
      writePrivateFile(file, JSON.stringify({ format: FORMAT, settings, record, projects, problems: found }));
      removeStaleFiles(location, 'tsconfig-', basename(file));
    }
  } catch {
    // The listing is complete; only the next run will not be faster.
  }
  return projects;
}

function readCached(file: string, settings: string, base: ConfigIO): { projects: TsconfigProject[]; problems: WalkResult['problems'] } | undefined {
  try {
    const bytes = readPrivateFile(file, 256 * 1024 * 1024);
    if (bytes === undefined) return undefined;
    const document = JSON.parse(bytes.toString('utf8')) as { format?: unknown; settings?: unknown; record: IORecord; projects: TsconfigProject[]; problems: WalkResult['problems'] };
    if (document.format !== FORMAT || document.settings !== settings) return undefined;
    // A document of the wrong shape is no listing: dropped here and rewritten, never a crash of every later run.
    if (!Array.isArray(document.projects) || !document.projects.every(isProject) || !Array.isArray(document.problems) || !document.problems.every(isProblem)) return undefined;
    return isStillTrue(document.record, base) ? { projects: document.projects, problems: document.problems } : undefined;
  } catch {
    return undefined;
  }
}

function isStillTrue(record: IORecord, io: ConfigIO): boolean {
  for (const [path, hash] of record.reads) if (hashOf(io.readFile(path)) !== hash) return false;
  for (const [path, exists] of record.files) if (io.fileExists(path) !== exists) return false;
  for (const [path, exists] of record.directories) if (io.isDirectory(path) !== exists) return false;
  for (const { args, result } of record.listings) {
    const [rootDir, extensions, excludes, includes] = args;
    if (JSON.stringify(io.readDirectory(rootDir, extensions, excludes, includes ?? undefined)) !== JSON.stringify(result)) return false;
  }
  return true;
}

function createRecordingIO(base: ConfigIO): { io: ConfigIO; record: IORecord } {
  const record: IORecord = { reads: [], files: [], directories: [], listings: [] };
  const io: ConfigIO = {
    readFile(path) {
      const text = base.readFile(path);
      record.reads.push([path, hashOf(text)]);
      return text;
    },
    fileExists(path) {
      const exists = base.fileExists(path);
      record.files.push([path, exists]);
      return exists;
    },
    isDirectory(path) {
      const exists = base.isDirectory(path);
      record.directories.push([path, exists]);
      return exists;
    },
    readDirectory(rootDir, extensions, excludes, includes) {
      const result = base.readDirectory(rootDir, extensions, excludes, includes);
      record.listings.push({ args: [rootDir, [...extensions], [...excludes], includes ? [...includes] : null], result });
      return result;
    },
  };
  return { io, record };
}

const hashOf = (text: string | undefined) => (text === undefined ? null : createHash('sha1').update(text).digest('hex'));

function addProblems(problems: WalkResult['problems'], more: WalkResult['problems']): void {
  for (const problem of more) if (!problems.some((known) => known.path === problem.path)) problems.push(problem);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isProject = (value: unknown): value is TsconfigProject =>
  isRecord(value) && typeof value.configFile === 'string' && isRecord(value.options) && Array.isArray(value.fileNames) && value.fileNames.every((name) => typeof name === 'string');
const isProblem = (value: unknown): boolean => isRecord(value) && typeof value.path === 'string' && typeof value.reason === 'string';
