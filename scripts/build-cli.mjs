#!/usr/bin/env node
// Bundles the compiled CLI for bin/privlint.js (after tsc; `npm run build` runs both). dist/index.js, the library,
// stays as tsc wrote it. Outputs, in dist/bundle/:
// - privlint.cjs: dist/cli.js and everything it imports, as one CommonJS file. Node 20 pays for every ES module it
//   resolves and links, and has a V8 code cache only for CommonJS (src/fs/code-cache.ts): a warm scan of 100 files
//   went from ~135 to ~100 ms (src/cache/README.md, "Startup").
// - start.js: the ES module the bin imports, which loads privlint.cjs through the code cache.
// - analysis-worker.js: the worker thread's entry (src/findings/parallel.ts finds it beside privlint.cjs).
// The heavy dependencies are loaded only when a run needs them, so they stay outside.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
const LOADED_ON_DEMAND = ['ts-morph', 'ajv', 'ajv-formats', 'yaml'];

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The scan cache must not outlive a change to the engine (src/cache/README.md, "Keys"). Inside the bundle that is a
// hash of the compiled modules it is built from, fixed at build time, so a warm run stats no files for it.
const engine = createHash('sha256');
for (const file of listModules(dist)) engine.update(`${relative(dist, file)}\u0000`).update(readFileSync(file)).update('\u0000');
const define = { PRIVLINT_VERSION: JSON.stringify(packageJson.version), PRIVLINT_ENGINE: JSON.stringify(engine.digest('hex')) };

const common = { bundle: true, platform: 'node', target: 'node20', external: LOADED_ON_DEMAND, legalComments: 'none', metafile: true, logLevel: 'warning' };
// Bundled CommonJS packages (commander) call require(), which an ES module must be given.
const requireInEsm = "import { createRequire as privlintCreateRequire } from 'node:module';\nconst require = privlintCreateRequire(import.meta.url);";

rmSync(outdir, { recursive: true, force: true });
const results = await Promise.all([
  build({
    ...common,
    entryPoints: [join(dist, 'cli.js')],
    outfile: join(outdir, 'privlint.cjs'),
    format: 'cjs',
    // import.meta.url (module-relative files: the schema, the worker, package lookups) becomes this file's URL.
    define: { ...define, 'import.meta.url': 'privlintModuleUrl' },
    banner: { js: "var privlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Read only under --debug (src/cli-bundle.ts), so stack traces name dist/<module>.js lines.
    sourcemap: 'linked',
    sourcesContent: false,
  }),
  build({ ...common, entryPoints: [join(dist, 'cli-bundle.js')], outfile: join(outdir, 'start.cjs'), format: 'cjs', define: { ...define, 'import.meta.url': 'privlintModuleUrl' }, banner: { js: "var privlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" } }),
  build({ ...common, entryPoints: [join(dist, 'findings', 'analysis-worker.js')], outfile: join(outdir, 'analysis-worker.js'), format: 'esm', define, banner: { js: requireInEsm } }),
]);

// The bundle carries copies of the packages it inlines; their licences go with them.
const bundled = new Map();
for (const result of results) {
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) bundled.set(match[1], join(root, 'node_modules', match[1]));
  }
}
const notices = [...bundled.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, dir]) => {
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenseFile = readdirSync(dir).find((file) => /^licen[cs]e(\.(md|txt))?$/i.test(file));
    if (!licenseFile) throw new Error(`scripts/build-cli.mjs: ${name} is bundled but has no LICENSE file to ship with it; add it to LOADED_ON_DEMAND or ship its licence by hand.`);
    return `${name}@${version} (${license})\n\n${readFileSync(join(dir, licenseFile), 'utf8').trim()}\n`;
  });
writeFileSync(
  join(outdir, 'THIRD-PARTY-LICENSES.txt'),
  `The files in this folder include code from these packages, under these licences.\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);

function listModules(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== outdir) files.push(...listModules(path));
    } else if (entry.name.endsWith('.js')) files.push(path);
  }
  return files;
}
