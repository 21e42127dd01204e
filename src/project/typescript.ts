import { createRequire } from 'node:module';
import type { ts as TypeScript } from 'ts-morph';

let loaded: typeof TypeScript | undefined;

/**
 * The TypeScript compiler that ts-morph bundles, loaded on its own: the same module instance that
 * `import { ts } from 'ts-morph'` returns, for a third of the load time (Node's ESM loader also runs its
 * CommonJS export scanner over ts-morph itself). Listing files and reading tsconfig need only this, so a scan
 * answered from the cache never loads the rest.
 */
export function loadTypeScript(): typeof TypeScript {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const fromTsMorph = createRequire(require.resolve('ts-morph'));
  const common = fromTsMorph.resolve('@ts-morph/common');
  loaded = createRequire(common)('./typescript.js') as typeof TypeScript;
  return loaded;
}
