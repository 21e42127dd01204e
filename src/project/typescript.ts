import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';
import { requireWithCodeCache, saveCodeCaches, type CodeCacheState } from '../fs/code-cache.js';

/*
 * The TypeScript compiler that ts-morph bundles (@ts-morph/common/dist/typescript.js), loaded on its own: the same
 * module instance that `import { ts } from 'ts-morph'` returns, for a third of the load time (Node's ESM loader also
 * runs its CommonJS export scanner over ts-morph itself). Listing files and reading tsconfig need only this, so a
 * scan answered from the cache never loads the rest.
 *
 * The file is 9 MB of JavaScript and V8 spends ~150 ms compiling it in every process that parses, so it is loaded
 * through the V8 code cache (src/fs/code-cache.ts).
 */

/** What the compile cache did in this process, for tests and for measuring; `not-loaded` until TypeScript is. */
export type CompileCacheState = 'not-loaded' | CodeCacheState;

let loaded: typeof TypeScript | undefined;
let state: CompileCacheState = 'not-loaded';

export function loadTypeScript(): typeof TypeScript {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const fromTsMorph = createRequire(require.resolve('ts-morph'));
  const file = createRequire(fromTsMorph.resolve('@ts-morph/common')).resolve('./typescript.js');
  const result = requireWithCodeCache<typeof TypeScript>(file, { name: 'typescript', version: readVersion });
  state = result.state;
  loaded = result.exports;
  return loaded;
}

export function getCompileCacheState(): CompileCacheState {
  return state;
}

/**
 * Writes the code cache now if this run had none; later calls do nothing. Runs by itself at `beforeExit`; a caller
 * that ends the process with `process.exit()` calls it first.
 */
export const saveCompileCache: () => void = saveCodeCaches;

const readVersion = (source: string) => /\bvar version = "([^"]+)"/.exec(source.slice(0, 1_000_000))?.[1] ?? 'unknown';
