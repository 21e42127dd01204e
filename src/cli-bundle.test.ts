import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// The bin runs dist/bundle/ (scripts/build-cli.mjs), which `npm test` builds first.
const REPO = fileURLToPath(new URL('../', import.meta.url));
const BUNDLE = join(REPO, 'dist', 'bundle');
const BIN = join(REPO, 'bin', 'privlint.js');
const DEMO_SHOP = join(REPO, 'fixtures', 'demo-shop');
const scratch = mkdtempSync(join(tmpdir(), 'privlint-bundle-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  test('every package it inlines ships with its licence; the ones loaded on demand stay outside', () => {
    const inlined = new Set<string>();
    for (const file of readdirSync(BUNDLE).filter((name) => /\.c?js$/.test(name))) {
      // esbuild heads each inlined module with a comment naming its path.
      for (const match of readFileSync(join(BUNDLE, file), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) inlined.add(match[1]!);
    }
    expect([...inlined].sort()).toEqual(['chalk', 'commander']);
    const licences = readFileSync(join(BUNDLE, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of inlined) {
      const { version, license } = JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(licences).toContain(`${name}@${version} (${license})`);
    }
    expect(licences).toMatch(/Permission is hereby granted/);
  });

  test('a run writes the compiled code once, privately, and the next runs reuse it', () => {
    const tempRoot = mkdtempSync(join(scratch, 'tmp-'));
    const { PRIVLINT_NO_COMPILE_CACHE: _a, NODE_DISABLE_COMPILE_CACHE: _b, ...inherited } = process.env;
    const env = { ...inherited, TMPDIR: tempRoot, TMP: tempRoot, TEMP: tempRoot };
    const run = () => spawnSync(process.execPath, [BIN, '--version'], { env, encoding: 'utf8' });
    const folder = join(tempRoot, `privlint-compile-cache-${process.getuid?.() ?? -1}`);
    const cliFiles = () => readdirSync(folder).filter((name) => name.startsWith('privlint-cli-'));

    expect(run().status).toBe(0);
    const [written] = cliFiles();
    expect(cliFiles()).toEqual([expect.stringMatching(/^privlint-cli-[0-9a-f]{12}-[0-9a-f]{32}\.bin$/)]);
    const { mtimeMs, size } = statSync(join(folder, written!));
    expect(size).toBeGreaterThan(10_000);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(run().stdout);
    // Accepted bytes are not written again.
    expect(cliFiles()).toEqual([written]);
    expect(statSync(join(folder, written!)).mtimeMs).toBe(mtimeMs);
  });

  test('--debug stack traces name the compiled modules, not lines of the bundle', () => {
    const missing = join(scratch, 'no-such-project');
    const plain = spawnSync(process.execPath, [BIN, 'scan', missing], { encoding: 'utf8' });
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const debug = spawnSync(process.execPath, [BIN, 'scan', missing, '--debug'], { encoding: 'utf8' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toContain('is not a directory');
    expect(debug.stderr).toMatch(/^\s+at listProjectFiles \(.*[\\/]dist[\\/]project[\\/]list-files\.js:\d+:\d+\)$/m);
    expect(debug.stderr).not.toMatch(/privlint\.cjs/);
  });

  // `npx privlint` in a clone installs the project into npm's cache and runs its `prepare` script with the output
  // hidden: after `npm install` (or `npm test`'s own build) that must find nothing to do, or the first run waits on a
  // silent rebuild.
  test('dist/ is recorded as built from the current sources, so a later prepare builds nothing', () => {
    const recorded = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--check'], { encoding: 'utf8' });
    expect(recorded.stderr).toBe('privlint: dist/ is up to date with src/; nothing to build.\n');
    expect(recorded.status).toBe(0);
  });

  test('a reader that goes away early (privlint scan --help | true) ends the run quietly, not with an EPIPE stack trace', () => {
    // The shell pipes stdout into `true`, which exits without reading: every write then fails with EPIPE.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" scan --help | true; "${process.execPath}" "${BIN}" scan "${DEMO_SHOP}" --format json --no-cache | true`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('a clone without dist/ gets one sentence saying how to build it, not a stack trace', () => {
    const clone = mkdtempSync(join(scratch, 'clone-'));
    cpSync(join(REPO, 'bin'), join(clone, 'bin'), { recursive: true });
    const run = spawnSync(process.execPath, [join(clone, 'bin', 'privlint.js'), '--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe(`privlint: ${join(clone, 'dist', 'bundle')} is missing; build it with \`npm run build\` in ${clone} (npm install does it unless scripts are off).\n`);
    expect(run.status).toBe(2);
  });
});
