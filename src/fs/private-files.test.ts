import { chmodSync, lchownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { preparePrivateDirectory, readPrivateFile, writePrivateFile } from './private-files.js';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-private-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const IS_ROOT = process.getuid?.() === 0;

describe('private folders and files', () => {
  test('a new folder is created 0700; an existing one of the user loses the read permissions of others', () => {
    const created = join(scratch, 'created', 'privlint');
    expect(preparePrivateDirectory(created)).toBeUndefined();
    const open = join(scratch, 'open');
    mkdirSync(open);
    chmodSync(open, 0o755);
    expect(preparePrivateDirectory(open)).toBeUndefined();
    for (const path of [created, open]) expect(readdirSync(path)).toEqual([]);
    expect(statSync(open).mode & 0o777).toBe(0o700);
  });

  test('a link in place of the folder, or a folder others may write, is refused', () => {
    const real = join(scratch, 'real');
    mkdirSync(real);
    symlinkSync(real, join(scratch, 'linked'));
    expect(preparePrivateDirectory(join(scratch, 'linked'))).toBe('a symbolic link or not a folder');
    const shared = join(scratch, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(preparePrivateDirectory(shared)).toBe('writable by other users');
  });

  test('a link in place of a file is neither read nor written through', () => {
    const dir = join(scratch, 'files');
    preparePrivateDirectory(dir);
    const victim = join(scratch, 'victim');
    writeFileSync(victim, 'victim\n');
    symlinkSync(victim, join(dir, 'entry.json'));
    expect(readPrivateFile(join(dir, 'entry.json'), 1024)).toBeUndefined();
    writePrivateFile(join(dir, 'entry.json'), '{"fresh":true}');
    expect(readFileSync(victim, 'utf8')).toBe('victim\n');
    expect(readPrivateFile(join(dir, 'entry.json'), 1024)?.toString()).toBe('{"fresh":true}');
    expect(readPrivateFile(join(dir, 'entry.json'), 4)).toBeUndefined();
  });

  test.runIf(IS_ROOT)('a file or folder of another user is refused (needs root to chown)', () => {
    const dir = join(scratch, 'owned');
    preparePrivateDirectory(dir);
    writeFileSync(join(dir, 'planted.bin'), 'planted');
    lchownSync(join(dir, 'planted.bin'), 1001, 1001);
    expect(readPrivateFile(join(dir, 'planted.bin'), 1024)).toBeUndefined();
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign, { mode: 0o700 });
    lchownSync(foreign, 1001, 1001);
    expect(preparePrivateDirectory(foreign)).toBe('owned by uid 1001, not by the current user (0)');
  });
});
