import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PrivlintError } from '../errors.js';
import { findManifest } from './discover.js';

describe('findManifest', () => {
  const root = mkdtempSync(join(tmpdir(), 'privlint-discover-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const project = join(root, 'project');
  const nested = join(project, 'packages', 'web');
  mkdirSync(join(project, '.privacy'), { recursive: true });
  mkdirSync(nested, { recursive: true });

  test('finds .privacy/manifest.yml in a parent directory', () => {
    writeFileSync(join(project, '.privacy', 'manifest.yml'), 'version: 1\n');
    expect(findManifest(nested)).toBe(join(project, '.privacy', 'manifest.yml'));
  });

  test('prefers privacy.yml over privacy.yaml over .privacy/manifest.yml in one directory', () => {
    writeFileSync(join(project, 'privacy.yaml'), 'version: 1\n');
    expect(findManifest(nested)).toBe(join(project, 'privacy.yaml'));
    writeFileSync(join(project, 'privacy.yml'), 'version: 1\n');
    expect(findManifest(nested)).toBe(join(project, 'privacy.yml'));
  });

  test('the nearest directory wins', () => {
    writeFileSync(join(nested, 'privacy.yaml'), 'version: 1\n');
    expect(findManifest(nested)).toBe(join(nested, 'privacy.yaml'));
  });

  test('a directory named privacy.yml is skipped', () => {
    const other = join(root, 'other');
    mkdirSync(join(other, 'privacy.yml'), { recursive: true });
    writeFileSync(join(root, 'privacy.yml'), 'version: 1\n');
    expect(findManifest(other)).toBe(join(root, 'privacy.yml'));
    rmSync(join(root, 'privacy.yml'));
  });

  test('an explicit path is resolved against cwd, not the scanned directory', () => {
    expect(findManifest('packages/web', '.privacy/manifest.yml', project)).toBe(join(project, '.privacy', 'manifest.yml'));
    expect(() => findManifest(project, 'missing.yml', project)).toThrow('The manifest missing.yml does not exist or is not a file; check the path.');
  });

  test('not found names every directory it looked in', () => {
    const lonely = join(root, 'lonely', 'deeper');
    mkdirSync(lonely, { recursive: true });
    let error: unknown;
    try {
      findManifest(lonely);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrivlintError);
    expect((error as PrivlintError).code).toBe('E_MANIFEST_NOT_FOUND');
    const message = (error as PrivlintError).message;
    expect(message).toMatch(/^No privacy manifest found: looked for privacy\.yml, privacy\.yaml, \.privacy\/manifest\.yml in /);
    expect(message).toContain(` in ${lonely}, ${join(root, 'lonely')}, ${root}, `);
    expect(message).toMatch(/, \/; create one with `privlint init` or pass --manifest <file>\.$/);
  });
});
