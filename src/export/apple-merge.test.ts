import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const fixture = (name: string, file: string) => fileURLToPath(new URL(`../../fixtures/export/${name}/${file}`, import.meta.url));

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder holding the fixture's privacy.yml and its existing ios/App/PrivacyInfo.xcprivacy. */
function copyProject(name: string): { dir: string; xcprivacy: string; before: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-apple-merge-'));
  temporary.push(dir);
  copyFileSync(fixture(name, 'privacy.yml'), join(dir, 'privacy.yml'));
  const xcprivacy = join(dir, 'PrivacyInfo.xcprivacy');
  copyFileSync(fixture(name, 'PrivacyInfo.xcprivacy'), xcprivacy);
  return { dir, xcprivacy, before: readFileSync(xcprivacy) };
}

// Regression for issue 18: the README's own command used to drop NSPrivacyAccessedAPITypes (ITMS-91053 on upload).
test('fixtures/export/apple-merge: export apple --output merges, keeping every key privlint does not own byte for byte', async () => {
  const { dir, xcprivacy } = copyProject('apple-merge');
  const result = await runCli(dir, ['export', 'apple', '--output', 'PrivacyInfo.xcprivacy', '--quiet']);
  expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(readFileSync(xcprivacy)).toEqual(readFileSync(fixture('apple-merge', 'expected.xcprivacy')));
  // A second run over its own output changes nothing.
  await runCli(dir, ['export', 'apple', '--output', 'PrivacyInfo.xcprivacy', '--quiet']);
  expect(readFileSync(xcprivacy)).toEqual(readFileSync(fixture('apple-merge', 'expected.xcprivacy')));
});

test('fixtures/export/apple-merge: --force replaces the file with what privacy.yml says', async () => {
  const { dir, xcprivacy } = copyProject('apple-merge');
  const result = await runCli(dir, ['export', 'apple', '--output', 'PrivacyInfo.xcprivacy', '--force', '--quiet']);
  expect(result.code).toBe(0);
  const written = readFileSync(xcprivacy, 'utf8');
  expect(written).toBe((await runCli(dir, ['export', 'apple', '--quiet'])).stdout);
  expect(written).not.toContain('NSPrivacyAccessedAPITypes');
});

test('fixtures/export/apple-merge-unreadable: a file privlint cannot parse is refused with its line and column, exit 2, and left alone', async () => {
  const { dir, xcprivacy, before } = copyProject('apple-merge-unreadable');
  const result = await runCli(dir, ['export', 'apple', '--output', 'PrivacyInfo.xcprivacy', '--quiet']);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(
    'privlint: PrivacyInfo.xcprivacy:9:3 expected <key> or </dict> in a dictionary, found </array>; privlint cannot merge into it without losing what it holds, so fix the file, or pass --force to replace it with what privacy.yml says.\n',
  );
  expect(readFileSync(xcprivacy)).toEqual(before);
});

test('--force is refused for targets that never merge', async () => {
  const { dir } = copyProject('apple-merge');
  const result = await runCli(dir, ['export', 'play', '--force']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--force applies only to `privlint export apple`');
});
