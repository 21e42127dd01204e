import { lstatSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { writeFileAtomic } from './write-file.js';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-write-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test('creates missing folders and writes the file', () => {
  const target = join(scratch(), 'reports', 'out.json');
  writeFileAtomic(target, '{}\n');
  expect(readFileSync(target, 'utf8')).toBe('{}\n');
});

test('writes into a character device instead of replacing it', () => {
  writeFileAtomic('/dev/null', 'discarded\n');
  expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
});

test('refuses a directory with one clear sentence', () => {
  const dir = scratch();
  expect(() => writeFileAtomic(dir, 'x')).toThrow(/is a directory; give a file name instead/);
});

test('keeps the mode of the file it replaces', () => {
  const target = join(scratch(), 'privacy.yml');
  writeFileSync(target, 'old\n', { mode: 0o640 });
  writeFileAtomic(target, 'new\n');
  expect(readFileSync(target, 'utf8')).toBe('new\n');
  expect(statSync(target).mode & 0o777).toBe(0o640);
});
