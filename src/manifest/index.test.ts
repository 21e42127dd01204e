import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PrivlintError } from '../errors.js';
import { loadManifest } from './index.js';

const FIXTURES = new URL('../../fixtures/manifests/', import.meta.url).pathname;

describe('loadManifest', () => {
  test('returns the normalized manifest with its file relative to root', () => {
    const loaded = loadManifest(join(FIXTURES, 'valid-complete', 'privacy.yml'), { root: FIXTURES });
    expect(loaded.file).toBe('valid-complete/privacy.yml');
    expect(loaded.absolutePath).toBe(join(FIXTURES, 'valid-complete', 'privacy.yml'));
    expect(loaded.text.startsWith('# yaml-language-server')).toBe(true);
    expect(loaded.manifest.recipients.hosting).toMatchObject({ id: 'hosting', role: 'processor', country: 'DE' });
    // A name given per language: problems and exports use the first language's, the notice picks its own.
    expect(loaded.manifest.recipients.hosting).toMatchObject({ name: 'Hetzner', localizedName: { en: 'Hetzner', de: 'Hetzner Online' } });
    expect(loaded.manifest.deviceStorage?.session).toEqual({
      id: 'session',
      name: 'sid',
      type: 'cookie',
      purposes: ['account'],
      duration: 'Until you close the browser',
      provider: 'hosting',
      necessary: true,
    });
    expect(loaded.manifest.notice).toEqual({ version: '1.1', germanAddress: 'informal', history: [{ date: '2026-01-31', version: '1.1', summary: 'Newsletter for customers' }] });
    expect(loaded.manifest.fields.condition).toMatchObject({ source: 'user', recipients: [], aliases: [], optional: true });
    expect(loaded.manifest.scan.sdks[0]).toEqual({
      id: 'acme-tracker',
      name: 'Acme Tracker',
      kind: 'analytics',
      packages: ['@acme/tracker'],
      globals: ['acmeTracker'],
      calls: [{ method: 'track', args: [1] }, { method: 'identify' }],
    });
  });

  test('locate points at keys and falls back to the nearest existing node', () => {
    const loaded = loadManifest(join(FIXTURES, 'valid-minimal', 'privacy.yml'), { root: FIXTURES });
    expect(loaded.locate(['fields', 'email'])).toEqual({ file: 'valid-minimal/privacy.yml', line: 12, column: 3 });
    expect(loaded.locate(['recipients', 'segment', 'country'])).toEqual({ file: 'valid-minimal/privacy.yml', line: 10, column: 69 });
    expect(loaded.locate(['recipients', 'segment', 'role'])).toEqual({ file: 'valid-minimal/privacy.yml', line: 10, column: 3 });
  });

  test('without root the file is the path as given', () => {
    const path = join(FIXTURES, 'valid-json', 'privacy.yml');
    expect(loadManifest(path).file).toBe(path);
  });

  test('an invalid manifest throws E_MANIFEST_INVALID carrying every error', () => {
    let error: unknown;
    try {
      loadManifest(join(FIXTURES, 'several-errors', 'privacy.yml'), { root: FIXTURES });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrivlintError);
    const { code, message, diagnostics } = error as PrivlintError;
    expect(code).toBe('E_MANIFEST_INVALID');
    expect(message).toBe('several-errors/privacy.yml has 5 errors (first at several-errors/privacy.yml:2:1); fix them and run `privlint validate` to check.');
    expect(diagnostics.map((d) => `${d.location.line}:${d.location.column}`)).toEqual(['2:1', '6:69', '11:15', '14:27', '15:25']);
  });

  test('a recipient without role or country gets role processor and an empty country', () => {
    const loaded = loadManifest(join(FIXTURES, 'valid-recipient-without-country', 'privacy.yml'));
    expect(loaded.manifest.recipients.segment).toEqual({ id: 'segment', name: 'Segment', kind: 'analytics', role: 'processor', purposes: ['analytics'], country: '' });
  });

  test('warnings alone do not stop loading', () => {
    expect(loadManifest(join(FIXTURES, 'deprecated-data-use', 'privacy.yml')).manifest.purposes.analytics?.use).toBe('personalize.profiling');
  });
});
