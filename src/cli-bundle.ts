import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Cli from './cli.js';
import { requireWithCodeCache } from './fs/code-cache.js';

/**
 * Runs the CLI from its CommonJS bundle (scripts/build-cli.mjs) through the V8 code cache (fs/code-cache.ts): one
 * file to load instead of dozens of ES modules, and, from the second run on, no compiling of the code the run uses.
 * ES modules have no code cache in Node 20, hence CommonJS.
 */
export async function runCliBundle(bundle: URL, argv: string[]): Promise<number> {
  const file = fileURLToPath(bundle);
  if (argv.includes('--debug')) {
    // Stack traces then name the compiled modules (dist/<module>.js:line) through the bundle's source map, which
    // Node's own loader reads and a vm.Script does not: no code cache for this run.
    process.setSourceMapsEnabled(true);
    return (createRequire(file)(file) as typeof Cli).main(argv);
  }
  const { exports } = requireWithCodeCache<typeof Cli>(file, { name: 'privlint-cli', replaceEarlierBuilds: true });
  return exports.main(argv);
}
