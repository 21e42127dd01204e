import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    // The temp folder every user may write is not searched, let alone `/`.
    expect(message).toContain(` in ${lonely}, ${join(root, 'lonely')}, ${root} (the search stops at the repository root, the home folder, or a folder of another user); `);
    expect(message).toMatch(/; create one with `privlint init` or pass --manifest <file>\.$/);
  });

  test('the search stops at the repository root: a manifest above the folder with .git is not used', () => {
    const outer = join(root, 'outer');
    const repository = join(outer, 'checkout');
    mkdirSync(join(repository, '.git', 'refs'), { recursive: true });
    mkdirSync(join(repository, 'src'), { recursive: true });
    writeFileSync(join(outer, 'privacy.yml'), 'version: 1\n');
    expect(() => findManifest(join(repository, 'src'))).toThrow(/looked for .* in .*checkout\/src, .*checkout \(the search stops/);
  });

  test('a found manifest that links outside the repository is refused without being read', () => {
    const repository = join(root, 'linked');
    mkdirSync(join(repository, '.git'), { recursive: true });
    const secret = join(root, 'secret-npmrc');
    writeFileSync(secret, '//registry.npmjs.org/:_authToken=npm_SECRET\n');
    symlinkSync(secret, join(repository, 'privacy.yml'));
    expect(() => findManifest(repository)).toThrow(`${join(repository, 'privacy.yml')} is a symbolic link to a file outside the repository`);
    expect(() => findManifest(repository)).not.toThrow(/SECRET/);
    // Named on the command line, it is the user's choice.
    expect(findManifest(repository, 'privacy.yml', repository)).toBe(join(repository, 'privacy.yml'));
  });
});
