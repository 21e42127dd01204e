import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeApp } from '../../bench/generate-app.mjs';
import { getDefaultCacheLocation, hashData, openScanCache } from './scan-cache.js';
import { runCli } from '../testing/run-cli.js';

const DEMO_SHOP = fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (cwd: string, ...args: string[]) => runCli(cwd, args);

/** The JSON report with its one timing field zeroed: everything else must match byte for byte. */
const withoutDuration = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');

/** Scans with the cache and without, and returns both reports plus the file counts `--timings` printed. */
async function scanBothWays(root: string, cacheDir: string) {
  const cached = await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir, '--timings');
  const uncached = await run(root, 'scan', '--format', 'json', '--no-cache');
  expect(cached.code).toBe(0);
  expect(uncached.code).toBe(0);
  const counts = /files (\d+) \((\d+) analysed, (\d+) from the cache;/.exec(cached.stderr);
  return {
    cached: withoutDuration(cached.stdout),
    uncached: withoutDuration(uncached.stdout),
    total: Number(counts?.[1]),
    analysed: Number(counts?.[2]),
    fromCache: Number(counts?.[3]),
  };
}

function copyProject(from: string, name: string): string {
  const root = join(scratch, name);
  cpSync(from, root, { recursive: true });
  return root;
}

describe.each([
  ['fixtures/demo-shop', () => copyProject(DEMO_SHOP, 'demo-shop'), 'src/lib/analytics.ts', 'src/types.ts'],
  [
    'a generated 80-file app',
    () => {
      const root = join(scratch, 'generated');
      writeApp(root, { files: 80, seed: 7 });
      return root;
    },
    'src/lib/analytics.ts',
    'src/types/user.ts',
  ],
])('the cache gives the same report as no cache: %s', (_name, createProject, wrapperFile, typesFile) => {
  const root = createProject();
  const cacheDir = join(scratch, `cache-${_name.replace(/\W+/g, '-')}`);

  test('cold, then warm with no change (every file from the cache)', async () => {
    const cold = await scanBothWays(root, cacheDir);
    expect(cold.cached).toBe(cold.uncached);
    expect(cold.fromCache).toBe(0);
    const warm = await scanBothWays(root, cacheDir);
    expect(warm.cached).toBe(warm.uncached);
    expect(warm.fromCache).toBe(warm.total);
    expect(warm.analysed).toBe(0);
  });

  test('after touching one file, only it and the files whose analysis read it are analysed again', async () => {
    appendFileSync(join(root, wrapperFile), '\n// touched\n');
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBeGreaterThanOrEqual(1);
    expect(touched.analysed).toBeLessThan(touched.total);
  });

  test("after changing a wrapper's sink, its callers' findings follow", async () => {
    const before = (await scanBothWays(root, cacheDir)).cached;
    const path = join(root, wrapperFile);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/\b(segment|posthog)\.(capture|track|identify)\(/, 'console.log(');
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
    expect(after.cached).not.toBe(before);
  });

  test('after adding a personal field to a type other files import', async () => {
    const path = join(root, typesFile);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/(interface User\b[^{]*\{)/, '$1\n  phoneNumber: string;\n  dateOfBirth: string;');
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
  });

  test('a corrupt cache file is ignored and rewritten', async () => {
    const [file] = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
    writeFileSync(join(cacheDir, file!), '{"format": 1, "settings": "trunc');
    const repaired = await scanBothWays(root, cacheDir);
    expect(repaired.cached).toBe(repaired.uncached);
    expect(repaired.fromCache).toBe(0);
    expect(() => JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as unknown).not.toThrow();
    expect((await scanBothWays(root, cacheDir)).fromCache).toBe(repaired.total);
  });
});

describe('what invalidates the cache', () => {
  test('a manifest change that leaves aliases and scan.sdks alone keeps every finding cached', async () => {
    const root = copyProject(DEMO_SHOP, 'manifest-edit');
    const cacheDir = join(scratch, 'cache-manifest-edit');
    await scanBothWays(root, cacheDir);
    const manifest = join(root, 'privacy.yml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('name: Demo Shop\n', 'name: Demo Shop Europe\n'));
    const edited = await scanBothWays(root, cacheDir);
    expect(edited.fromCache).toBe(edited.total);
    expect(edited.cached).toBe(edited.uncached);
  });

  test('a new alias in the manifest invalidates every file', async () => {
    const root = copyProject(DEMO_SHOP, 'alias-edit');
    const cacheDir = join(scratch, 'cache-alias-edit');
    await scanBothWays(root, cacheDir);
    const manifest = join(root, 'privacy.yml');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('aliases: [lastEmail]', 'aliases: [lastEmail, contactHandle]'));
    const edited = await scanBothWays(root, cacheDir);
    expect(edited.fromCache).toBe(0);
    expect(edited.cached).toBe(edited.uncached);
  });

  test('a new file that an import now resolves to', async () => {
    const root = join(scratch, 'new-module');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { 'posthog-js': '1.0.0' } }));
    writeFileSync(join(root, 'src/signup.ts'), "import { remember } from './remember';\nexport function signedUp(email: string) {\n  remember(email);\n}\n");
    const cacheDir = join(scratch, 'cache-new-module');
    const before = await scanBothWays(root, cacheDir);
    writeFileSync(join(root, 'src/remember.ts'), "export function remember(email: string) {\n  localStorage.setItem('email', email);\n}\n");
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
    expect(after.cached).toContain('"file": "src/signup.ts"');
    expect(before.cached).not.toContain('"file": "src/signup.ts"');
  });

  test('--no-types and types on are kept apart', async () => {
    const root = copyProject(DEMO_SHOP, 'types-flag');
    const cacheDir = join(scratch, 'cache-types-flag');
    await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir);
    const untyped = await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir, '--no-types', '--timings');
    const reference = await run(root, 'scan', '--format', 'json', '--no-cache', '--no-types');
    expect(untyped.stderr).toMatch(/\(\d+ analysed, 0 from the cache;/);
    expect(withoutDuration(untyped.stdout)).toBe(withoutDuration(reference.stdout));
  });
});

describe('openScanCache', () => {
  test('entries written under other settings are not read', () => {
    const location = join(scratch, 'settings');
    const first = openScanCache(location, '/project', hashData({ aliases: { mail: 'user.contact.email' } }));
    expect(first.save(new Map([['src/a.ts', { hash: 'h', imports: [] }]]))).toBeUndefined();
    expect(openScanCache(location, '/project', hashData({ aliases: { mail: 'user.contact.email' } })).entries.size).toBe(1);
    expect(openScanCache(location, '/project', hashData({ aliases: {} })).entries.size).toBe(0);
    expect(openScanCache(location, '/other-project', hashData({ aliases: { mail: 'user.contact.email' } })).entries.size).toBe(0);
  });

  test('a cache that cannot be written is a warning, not a failure', () => {
    const blocker = join(scratch, 'blocker');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const cache = openScanCache(join(blocker, 'cache'), '/project', 'settings');
    expect(cache.save(new Map([['src/a.ts', { hash: 'h', imports: [] }]]))).toMatch(/^could not write the cache .*blocker/);
  });

  test('hashData does not depend on key order', () => {
    expect(hashData({ a: 1, b: [/x/g, 2] })).toBe(hashData({ b: [/x/g, 2], a: 1 }));
    expect(hashData({ a: 1 })).not.toBe(hashData({ a: 2 }));
  });
});

describe('getDefaultCacheLocation', () => {
  test('node_modules/.cache/privlint of the nearest node_modules at or above the root', () => {
    const root = join(scratch, 'with-modules', 'packages', 'web');
    mkdirSync(root, { recursive: true });
    mkdirSync(join(scratch, 'with-modules', 'node_modules'));
    expect(getDefaultCacheLocation(root)).toBe(join(scratch, 'with-modules', 'node_modules', '.cache', 'privlint'));
  });

  test('the temp folder when there is no node_modules, so none is created in the project', () => {
    const root = join(scratch, 'without-modules');
    mkdirSync(root, { recursive: true });
    const location = getDefaultCacheLocation(root);
    // The scratch folder sits in the temp dir itself; a node_modules above it would be found first.
    if (!existsSync(join(tmpdir(), 'node_modules'))) expect(location).toBe(join(tmpdir(), 'privlint-cache'));
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
  });
});
