import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// Each load runs in a child process on the built module (npm test builds first): the code cache is about what a new
// process finds on disk. TMPDIR points each test at a folder of its own. The folder's safety checks are tested with
// the TypeScript compiler, its first user (src/project/typescript.test.ts).
const MODULE = fileURLToPath(new URL('../../dist/fs/code-cache.js', import.meta.url));
const UID = process.getuid?.() ?? -1;

const scratch = mkdtempSync(join(tmpdir(), 'privlint-code-cache-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const library = join(scratch, 'library.cjs');
const writeLibrary = (answer: number) => writeFileSync(library, `exports.answer = () => ${answer};\nexports.self = require('node:path').basename(__filename);\n`);

function load(tempRoot: string, options: object, env: Record<string, string> = {}): { state: string; answer: number; self: string } {
  const probe = [
    `const { requireWithCodeCache } = await import(${JSON.stringify(MODULE)});`,
    `const { exports, state } = requireWithCodeCache(${JSON.stringify(library)}, ${JSON.stringify(options)});`,
    // The second require must see the same module instance, as with Node's own loader.
    `const again = (await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(library)});`,
    "if (again !== exports) throw new Error('require gave another instance');",
    'process.stdout.write(JSON.stringify({ state, answer: exports.answer(), self: exports.self }));',
  ].join('\n');
  const { PRIVLINT_NO_COMPILE_CACHE: _a, NODE_DISABLE_COMPILE_CACHE: _b, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { env: { ...inherited, TMPDIR: tempRoot, TMP: tempRoot, TEMP: tempRoot, ...env }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { state: string; answer: number; self: string };
}

let counter = 0;
function createTempRoot(): string {
  const root = join(scratch, `tmp-${++counter}`);
  mkdirSync(root);
  return root;
}
const cacheFiles = (tempRoot: string) => {
  const directory = join(tempRoot, `privlint-compile-cache-${UID}`);
  return existsSync(directory) ? readdirSync(directory).sort() : [];
};

describe('requireWithCodeCache', () => {
  test('the first process compiles and writes the bytes; the next one runs the file from them', () => {
    writeLibrary(1);
    const tempRoot = createTempRoot();
    expect(load(tempRoot, { name: 'library' })).toEqual({ state: 'missing', answer: 1, self: 'library.cjs' });
    expect(cacheFiles(tempRoot)).toEqual([expect.stringMatching(/^library-[0-9a-f]{32}\.bin$/)]);
    expect(load(tempRoot, { name: 'library' })).toEqual({ state: 'accepted', answer: 1, self: 'library.cjs' });
  });

  test('a changed file never runs from the bytes of the old one', () => {
    writeLibrary(1);
    const tempRoot = createTempRoot();
    load(tempRoot, { name: 'library' });
    // Same length, so only the key (size and mtime) tells the texts apart: V8 itself checks the length alone.
    writeLibrary(2);
    utimesSync(library, new Date(), new Date(Date.now() + 5_000));
    expect(load(tempRoot, { name: 'library' })).toEqual({ state: 'missing', answer: 2, self: 'library.cjs' });
    expect(cacheFiles(tempRoot)).toHaveLength(2);
  });

  test('with replaceEarlierBuilds, the bytes of a rebuilt file replace those of its earlier build', () => {
    writeLibrary(1);
    const tempRoot = createTempRoot();
    const options = { name: 'library', replaceEarlierBuilds: true };
    load(tempRoot, options);
    const [first] = cacheFiles(tempRoot);
    expect(first).toMatch(/^library-[0-9a-f]{12}-[0-9a-f]{32}\.bin$/);
    writeLibrary(3);
    utimesSync(library, new Date(), new Date(Date.now() + 10_000));
    expect(load(tempRoot, options)).toEqual({ state: 'missing', answer: 3, self: 'library.cjs' });
    const files = cacheFiles(tempRoot);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(first);
    expect(load(tempRoot, options)).toEqual({ state: 'accepted', answer: 3, self: 'library.cjs' });
  });

  test('turned off, it is a plain require and writes nothing', () => {
    writeLibrary(1);
    const tempRoot = createTempRoot();
    expect(load(tempRoot, { name: 'library' }, { PRIVLINT_NO_COMPILE_CACHE: '1' })).toEqual({ state: 'disabled', answer: 1, self: 'library.cjs' });
    expect(cacheFiles(tempRoot)).toEqual([]);
  });
});
