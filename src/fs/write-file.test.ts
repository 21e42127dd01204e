import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { snapshotFile, writeFileAtomic } from './write-file.js';

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

test('a file changed since the run read it is left as it is now', () => {
  const target = join(scratch(), 'privacy.yml');
  writeFileSync(target, 'version: 1\n');
  const read = snapshotFile(target)!;
  writeFileSync(target, 'version: 1\n# edited while privlint scanned\n');
  expect(() => writeFileAtomic(target, 'version: 1\nfields: {}\n', { unchangedSince: read })).toThrow(`${target} changed while privlint was running; it was left as it is now. Run the command again.`);
  expect(readFileSync(target, 'utf8')).toBe('version: 1\n# edited while privlint scanned\n');
  expect(readdirSync(join(target, '..'))).toEqual(['privacy.yml']);
  // Unchanged, it is replaced.
  writeFileAtomic(target, 'version: 2\n', { unchangedSince: snapshotFile(target)! });
  expect(readFileSync(target, 'utf8')).toBe('version: 2\n');
});

test('a file that appeared since the run began is never replaced by an exclusive write (init without --force)', () => {
  const target = join(scratch(), 'privacy.yml');
  writeFileSync(target, 'version: 1\n# written by a person during the scan\n');
  expect(() => writeFileAtomic(target, 'draft\n', { exclusive: true })).toThrow(`${target} already exists; it was left as it is. Pass --force to replace it.`);
  expect(readFileSync(target, 'utf8')).toBe('version: 1\n# written by a person during the scan\n');
  const fresh = join(target, '..', 'fresh.yml');
  writeFileAtomic(fresh, 'draft\n', { exclusive: true });
  expect(readFileSync(fresh, 'utf8')).toBe('draft\n');
  expect(readdirSync(join(target, '..')).sort()).toEqual(['fresh.yml', 'privacy.yml']);
});

test('a planted link where the temp file goes is never written through: the temp name is new and created exclusively', () => {
  const dir = scratch();
  const victim = join(dir, 'victim');
  writeFileSync(victim, 'victim\n');
  writeFileAtomic(join(dir, 'out.json'), '{}\n');
  expect(readFileSync(victim, 'utf8')).toBe('victim\n');
  expect(readdirSync(dir).sort()).toEqual(['out.json', 'victim']);
});
