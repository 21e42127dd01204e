import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread, resourceLimits } from 'node:worker_threads';
import type { ts as TypeScript } from 'ts-morph';
import { getCompileCacheDirectory, isCompileCacheDisabled, removeStaleFiles } from '../fs/compile-cache-directory.js';
import { writeFileAtomic } from '../fs/write-file.js';

/*
 * The TypeScript compiler that ts-morph bundles (@ts-morph/common/dist/typescript.js), loaded on its own: the same
 * module instance that `import { ts } from 'ts-morph'` returns, for a third of the load time (Node's ESM loader also
 * runs its CommonJS export scanner over ts-morph itself). Listing files and reading tsconfig need only this, so a
 * scan answered from the cache never loads the rest.
 *
 * The file is 9 MB of JavaScript and V8 spends ~150 ms compiling it in every process that parses. Node 22 has
 * `module.enableCompileCache()` for that (tsc turns it on itself); Node 20 lacks it, so this file does the same by
 * hand: it compiles the CommonJS wrapper of the file with `vm.Script` and V8 code cache bytes from an earlier run, and
 * after a run that had none (or had them rejected) it writes `script.createCachedData()` at `beforeExit`, when the
 * functions the scan used are compiled too, so the next run skips their lazy compilation as well.
 *
 * The bytes are code: whoever can plant them runs code in the next scan. So they live in a folder of their own,
 * `<os.tmpdir()>/privlint-compile-cache-<uid>` (src/fs/compile-cache-directory.ts), created 0700 and used only while
 * it is a real directory owned by the current user that neither group nor others can write; anything else falls back
 * to a plain `require`. On Windows there is no uid (`-1` names the folder) and no such check: the per-user temp
 * folder is the protection. The file name hashes everything that makes bytes unusable (Node version, architecture,
 * V8 flags from the command line and NODE_OPTIONS, the compiler's path, size, mtime and version); V8 itself checks
 * the source length and flags and rejects the rest, in which case the file is rewritten (files nobody rewrote for a
 * month are removed). The cache is off with `PRIVLINT_NO_COMPILE_CACHE=1` or Node's own `NODE_DISABLE_COMPILE_CACHE`,
 * and never fails a run: every error falls back to the plain `require` or skips the write.
 */

/** What the compile cache did in this process, for tests and for measuring. */
export type CompileCacheState =
  /** TypeScript is not loaded yet. */
  | 'not-loaded'
  /** Turned off by PRIVLINT_NO_COMPILE_CACHE or NODE_DISABLE_COMPILE_CACHE. */
  | 'disabled'
  /** The cache folder is missing and cannot be made, or is not safe to use. */
  | 'unavailable'
  /** No bytes for this compiler, Node and flags yet. */
  | 'missing'
  /** V8 refused the bytes (corrupt, or another V8 build or flags). */
  | 'rejected'
  /** V8 took the bytes: the compiler was not compiled again. */
  | 'accepted';

interface PendingWrite {
  script: Script;
  file: string;
}

let loaded: typeof TypeScript | undefined;
let state: CompileCacheState = 'not-loaded';
let pendingWrite: PendingWrite | undefined;

export function loadTypeScript(): typeof TypeScript {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const fromTsMorph = createRequire(require.resolve('ts-morph'));
  const file = createRequire(fromTsMorph.resolve('@ts-morph/common')).resolve('./typescript.js');
  const existing = require.cache[file];
  if (isCompileCacheDisabled(process.env)) state = 'disabled';
  else if (!existing) loaded = loadWithCompileCache(file);
  loaded ??= require(file) as typeof TypeScript;
  return loaded;
}

export function getCompileCacheState(): CompileCacheState {
  return state;
}

/**
 * Writes the code cache now if this run had none; later calls do nothing. Runs by itself at `beforeExit`; a caller
 * that ends the process with `process.exit()` calls it first.
 */
export function saveCompileCache(): void {
  const pending = pendingWrite;
  pendingWrite = undefined;
  if (!pending) return;
  try {
    writeFileAtomic(pending.file, pending.script.createCachedData());
    removeStaleFiles(dirname(pending.file), 'typescript-', basename(pending.file));
  } catch {
    // A full disk or a vanished folder costs the next run its head start, nothing more.
  }
}

/** Loads the compiler through vm.Script with the cached bytes, or returns undefined for a plain require. */
function loadWithCompileCache(file: string): typeof TypeScript | undefined {
  let script: Script;
  let cacheFile: string;
  try {
    const directory = getCompileCacheDirectory();
    if (directory === undefined) {
      state = 'unavailable';
      return undefined;
    }
    const source = readFileSync(file, 'utf8');
    cacheFile = join(directory, `typescript-${getCacheKey(file, source)}.bin`);
    const cachedData = readCachedData(cacheFile);
    // The shape Node's CommonJS loader gives a module, so the compiler sees what `require` would give it.
    const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
    script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
    state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
  } catch {
    state = 'unavailable';
    return undefined;
  }
  let exports: typeof TypeScript;
  try {
    exports = runAsModule(script, file);
  } catch {
    state = 'unavailable';
    return undefined;
  }
  if (state !== 'accepted') {
    pendingWrite = { script, file: cacheFile };
    process.once('beforeExit', saveCompileCache);
  }
  return exports;
}

/** Runs the wrapper as Node's loader would and registers the module, so `require(file)` anywhere returns it. */
function runAsModule(script: Script, file: string): typeof TypeScript {
  const require = createRequire(file);
  const module = new Module(file);
  module.filename = file;
  module.paths = require.resolve.paths('typescript') ?? [];
  require.cache[file] = module;
  try {
    const run = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  return module.exports as typeof TypeScript;
}

function getCacheKey(file: string, source: string): string {
  const { size, mtimeMs } = statSync(file);
  const version = /\bvar version = "([^"]+)"/.exec(source.slice(0, 1_000_000))?.[1] ?? 'unknown';
  // V8 flags come from the command line and from NODE_OPTIONS; bytes made under other flags would be rejected each time.
  // Worker threads run with their own V8 limits (scan threads set the stack size), so their bytes are kept apart.
  const thread = isMainThread ? 'main' : JSON.stringify(resourceLimits);
  const key = JSON.stringify([process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? '', thread, file, size, mtimeMs, version]);
  return `${version}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

function readCachedData(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
