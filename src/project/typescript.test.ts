import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// Each load runs in a child process on the built module (npm test builds first): the code cache is about what a new
// process finds on disk. TMPDIR points each test at a folder of its own, so the cache folder is fresh and private.
const MODULE = fileURLToPath(new URL('../../dist/project/typescript.js', import.meta.url));
const IS_POSIX = process.platform !== 'win32';
const IS_ROOT = process.getuid?.() === 0;
const UID = process.getuid?.() ?? -1;

const scratch = mkdtempSync(join(tmpdir(), 'privlint-compile-cache-test-'));
const probe = join(scratch, 'probe.mjs');
writeFileSync(
  probe,
  [
    `const { loadTypeScript, getCompileCacheState } = await import(${JSON.stringify(MODULE)});`,
    'const ts = loadTypeScript();',
    "const source = ts.createSourceFile('probe.ts', 'const answer: number = 42; export function f() { return answer; }', ts.ScriptTarget.Latest);",
    // Printed at exit, after the cache had its chance to be written at beforeExit.
    "process.on('exit', () => process.stdout.write(JSON.stringify({ state: getCompileCacheState(), statements: source.statements.length })));",
  ].join('\n'),
);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function createTempRoot(): string {
  const root = join(scratch, `tmp-${++counter}`);
  mkdirSync(root);
  return root;
}

function load(tempRoot: string, env: Record<string, string> = {}): { state: string; statements: number } {
  const { PRIVLINT_NO_COMPILE_CACHE: _a, NODE_DISABLE_COMPILE_CACHE: _b, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [probe], { env: { ...inherited, TMPDIR: tempRoot, TMP: tempRoot, TEMP: tempRoot, ...env }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { state: string; statements: number };
}

const cacheDirectory = (tempRoot: string) => join(tempRoot, `privlint-compile-cache-${UID}`);
const cacheFiles = (tempRoot: string) => (existsSync(cacheDirectory(tempRoot)) ? readdirSync(cacheDirectory(tempRoot)) : []);

describe('the V8 code cache of the TypeScript compiler', () => {
  test('a first load writes the cache in a private folder and a second process accepts it', () => {
    const tempRoot = createTempRoot();
    expect(load(tempRoot)).toEqual({ state: 'missing', statements: 2 });
    const files = cacheFiles(tempRoot);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^typescript-\d+\.\d+\.\d+[^/]*-[0-9a-f]{32}\.bin$/);
    if (IS_POSIX) expect(statSync(cacheDirectory(tempRoot)).mode & 0o777).toBe(0o700);
    expect(load(tempRoot)).toEqual({ state: 'accepted', statements: 2 });
  });

  test('a corrupt cache file is rejected, rewritten, and the rewrite is accepted', () => {
    const tempRoot = createTempRoot();
    load(tempRoot);
    const file = join(cacheDirectory(tempRoot), cacheFiles(tempRoot)[0]!);
    writeFileSync(file, Buffer.from('not V8 code cache bytes'));
    expect(load(tempRoot)).toEqual({ state: 'rejected', statements: 2 });
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    expect(load(tempRoot)).toEqual({ state: 'accepted', statements: 2 });
  });

  test.skipIf(!IS_POSIX)('a cache folder that others can write to is not used', () => {
    const tempRoot = createTempRoot();
    mkdirSync(cacheDirectory(tempRoot));
    chmodSync(cacheDirectory(tempRoot), 0o777);
    expect(load(tempRoot)).toEqual({ state: 'unavailable', statements: 2 });
    expect(cacheFiles(tempRoot)).toEqual([]);
  });

  test.skipIf(!IS_POSIX)('a symbolic link in place of the cache folder is not followed', () => {
    const tempRoot = createTempRoot();
    const elsewhere = join(tempRoot, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, cacheDirectory(tempRoot));
    expect(load(tempRoot)).toEqual({ state: 'unavailable', statements: 2 });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  // Making a folder owned by someone else needs chown, which only root may do.
  test.skipIf(!IS_POSIX || !IS_ROOT)('a cache folder owned by another user is not used (needs root to chown)', () => {
    const tempRoot = createTempRoot();
    mkdirSync(cacheDirectory(tempRoot), { mode: 0o700 });
    chownSync(cacheDirectory(tempRoot), 65534, 65534);
    expect(load(tempRoot)).toEqual({ state: 'unavailable', statements: 2 });
    expect(cacheFiles(tempRoot)).toEqual([]);
  });

  test.each([['PRIVLINT_NO_COMPILE_CACHE'], ['NODE_DISABLE_COMPILE_CACHE']])('%s=1 turns the cache off: no folder, plain require', (name) => {
    const tempRoot = createTempRoot();
    expect(load(tempRoot, { [name]: '1' })).toEqual({ state: 'disabled', statements: 2 });
    expect(existsSync(cacheDirectory(tempRoot))).toBe(false);
  });
});
