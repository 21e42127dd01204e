import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread, resourceLimits } from 'node:worker_threads';
import { getCompileCacheDirectory, isCompileCacheDisabled, removeStaleFiles } from './compile-cache-directory.js';
import { readPrivateFile, writePrivateFile } from './private-files.js';

/*
 * `require(file)` for a large CommonJS file, with the V8 code cache that Node 22's `module.enableCompileCache()` would
 * keep and Node 20 lacks: the file's CommonJS wrapper is compiled with `vm.Script` and the cached bytes of an earlier
 * run, and after a run that had none (or had them rejected) `script.createCachedData()` is written at `beforeExit`,
 * when the functions the run used are compiled too, so the next run skips their lazy compilation as well. Used for
 * the TypeScript compiler (9 MB, ~150 ms to compile) and for the CLI bundle (scripts/build-cli.mjs).
 *
 * The bytes are code: whoever can plant them runs code in the next run. So they live in a folder of their own,
 * `<os.tmpdir()>/privlint-compile-cache-<uid>` (compile-cache-directory.ts), created 0700 and used only while it is a
 * real directory owned by the current user that neither group nor others can write; anything else falls back to a
 * plain `require`. The file name hashes everything that makes bytes unusable (Node version, architecture, V8 flags
 * from the command line and NODE_OPTIONS, the thread's limits, the file's path, size and mtime); V8 itself checks the
 * source length and flags and rejects the rest, in which case the file is rewritten. The cache is off with
 * `PRIVLINT_NO_COMPILE_CACHE=1` or Node's own `NODE_DISABLE_COMPILE_CACHE`, and never fails a run: every error falls
 * back to the plain `require` or skips the write.
 */

/** What the code cache did for one file in this process. */
export type CodeCacheState =
  /** Turned off by PRIVLINT_NO_COMPILE_CACHE or NODE_DISABLE_COMPILE_CACHE. */
  | 'disabled'
  /** The cache folder is missing and cannot be made, or is not safe to use. */
  | 'unavailable'
  /** No bytes for this file, Node and flags yet. */
  | 'missing'
  /** V8 refused the bytes (corrupt, or another V8 build or flags). */
  | 'rejected'
  /** V8 took the bytes: the file was not compiled again. */
  | 'accepted'
  /** Another part of the process had required the file already. */
  | 'loaded-before';

export interface CodeCacheOptions {
  /** First part of the cache file's name: what the file is (`typescript`). */
  name: string;
  /** Read from the source when known, shown in the cache file's name and part of its key. */
  version?: (source: string) => string;
  /**
   * Remove the bytes of earlier builds of the same file when writing new ones, rather than after a month: for a file
   * that is rebuilt often (the CLI bundle during development).
   */
  replaceEarlierBuilds?: boolean;
}

interface PendingWrite {
  script: Script;
  directory: string;
  name: string;
  /** Files of this prefix are older bytes of this file or its earlier builds. */
  stalePrefix: string;
  /** How old such files must be to go: a month, or at once for earlier builds. */
  staleAfterMs: number | undefined;
}

const pendingWrites: PendingWrite[] = [];

/** `require(file)` through the code cache; see above. */
export function requireWithCodeCache<T>(file: string, options: CodeCacheOptions): { exports: T; state: CodeCacheState } {
  const require = createRequire(file);
  const existing = require.cache[file];
  if (existing) return { exports: existing.exports as T, state: 'loaded-before' };
  if (isCompileCacheDisabled(process.env)) return { exports: require(file) as T, state: 'disabled' };
  let script: Script;
  let state: CodeCacheState;
  let pending: PendingWrite;
  try {
    const directory = getCompileCacheDirectory();
    if (directory === undefined) return { exports: require(file) as T, state: 'unavailable' };
    const source = readFileSync(file, 'utf8');
    const { name, stalePrefix, staleAfterMs } = getCacheFileName(file, source, options);
    const cachedData = readCachedData(join(directory, name));
    // The shape Node's CommonJS loader gives a module, so the code sees what `require` would give it.
    const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
    script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
    state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
    pending = { script, directory, name, stalePrefix, staleAfterMs };
  } catch {
    return { exports: require(file) as T, state: 'unavailable' };
  }
  let exports: T;
  try {
    exports = runAsModule<T>(script, file);
  } catch {
    return { exports: require(file) as T, state: 'unavailable' };
  }
  if (state !== 'accepted') {
    if (pendingWrites.length === 0) process.once('beforeExit', saveCodeCaches);
    pendingWrites.push(pending);
  }
  return { exports, state };
}

/**
 * Writes the code caches this run had to make; later calls do nothing. Runs by itself at `beforeExit`; a caller that
 * ends the process with `process.exit()` calls it first.
 */
export function saveCodeCaches(): void {
  for (const { script, directory, name, stalePrefix, staleAfterMs } of pendingWrites.splice(0)) {
    try {
      writePrivateFile(join(directory, name), script.createCachedData());
      removeStaleFiles(directory, stalePrefix, name, staleAfterMs);
    } catch {
      // A full disk or a vanished folder costs the next run its head start, nothing more.
    }
  }
}

/** Runs the wrapper as Node's loader would and registers the module, so `require(file)` anywhere returns it. */
function runAsModule<T>(script: Script, file: string): T {
  const require = createRequire(file);
  const module = new Module(file);
  module.filename = file;
  // Where a bare `require('name')` looks: the node_modules folders from the file's folder up.
  module.paths = require.resolve.paths('any-package') ?? [];
  require.cache[file] = module;
  try {
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  return module.exports as T;
}

function getCacheFileName(file: string, source: string, options: CodeCacheOptions): Pick<PendingWrite, 'name' | 'stalePrefix' | 'staleAfterMs'> {
  const { size, mtimeMs } = statSync(file);
  const version = options.version?.(source);
  // V8 flags come from the command line and from NODE_OPTIONS; bytes made under other flags would be rejected each time.
  // Worker threads run with their own V8 limits (scan threads set the stack size), so their bytes are kept apart.
  const thread = isMainThread ? 'main' : JSON.stringify(resourceLimits);
  const key = JSON.stringify([process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? '', thread, file, size, mtimeMs, version ?? '']);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  const head = version === undefined ? options.name : `${options.name}-${version}`;
  if (!options.replaceEarlierBuilds) return { name: `${head}-${hash}.bin`, stalePrefix: `${options.name}-`, staleAfterMs: undefined };
  const place = createHash('sha256').update(JSON.stringify([file, thread])).digest('hex').slice(0, 12);
  return { name: `${head}-${place}-${hash}.bin`, stalePrefix: `${head}-${place}-`, staleAfterMs: 0 };
}

/** Bytes another user planted (or linked) are refused: only a regular file of the current user's own is read. */
const readCachedData = (file: string): Buffer | undefined => readPrivateFile(file, 256 * 1024 * 1024);
