#!/usr/bin/env node
// `npm run build`: tsc (the library and the ESLint plugin in dist/), then the CLI bundle (scripts/build-cli.mjs).
// With --if-changed (the `prepare` and `pretest` scripts) nothing is rebuilt when dist/ was built from exactly these
// inputs; --check only says whether that is so (exit 0 or 1) and never builds. That matters for `npx privlint` in a clone: npm exec installs the project itself as a `file:` package and
// runs its `prepare` script with the output hidden, so a full build there cost 10-55 s of silence before the first
// line. After `npm install` has built dist/, that prepare now only hashes the inputs (~20 ms).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'dist', '.build-inputs');
const INPUTS = ['src', 'schemas', 'scripts/build.mjs', 'scripts/build-cli.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
const OUTPUTS = ['dist/index.js', 'dist/index.d.ts', 'dist/eslint/index.js', 'dist/bundle/privlint.cjs', 'dist/bundle/start.cjs'];

const hash = createHash('sha256').update(process.version);
// Tests, test helpers and notes under src/ are not compiled (tsconfig.build.json), so editing them needs no build.
const isCompiled = (path) => !/^src\//.test(path) || (/\.(ts|json)$/.test(path) && !/\.test\.ts$/.test(path) && !path.startsWith('src/testing/'));
for (const file of INPUTS.flatMap((input) => listFiles(join(root, input))).filter((file) => isCompiled(relative(root, file).split('\\').join('/')))) {
  hash.update(`${relative(root, file)}\u0000`).update(readFileSync(file)).update('\u0000');
}
const inputsHash = hash.digest('hex');

const upToDate = existsSync(stampPath) && readFileSync(stampPath, 'utf8') === inputsHash && OUTPUTS.every((output) => existsSync(join(root, output)));
if ((process.argv.includes('--if-changed') || process.argv.includes('--check')) && upToDate) {
  process.stderr.write('privlint: dist/ is up to date with src/; nothing to build.\n');
  process.exit(0);
}
if (process.argv.includes('--check')) {
  process.stderr.write('privlint: dist/ was not built from the current src/; run npm run build.\n');
  process.exit(1);
}

process.stderr.write('privlint: building dist/ (tsc, then the CLI bundle); this takes about half a minute.\n');
run(join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-p', 'tsconfig.build.json']);
run(join(root, 'scripts', 'build-cli.mjs'), []);
writeFileSync(stampPath, inputsHash);

function run(script, args) {
  const { status, signal } = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    process.stderr.write(`privlint: ${relative(root, script)} ${signal ? `was stopped by ${signal}` : `failed with exit code ${status}`}; dist/ is incomplete.\n`);
    process.exit(status ?? 1);
  }
}

function listFiles(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(path, entry.name)) : [join(path, entry.name)]));
}
