import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PrivlintError } from '../errors.js';
import { loadManifest } from '../manifest/index.js';
import type { Manifest } from '../manifest/types.js';
import { assertManifestComplete, findManifestHoles } from './completeness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (name: string) => loadManifest(fileURLToPath(new URL(`../../fixtures/notice/${name}/privacy.yml`, import.meta.url)), { root });

function createManifest(): Manifest {
  return {
    version: 1,
    service: { name: 'Acme', controller: { name: 'Acme GmbH', email: 'privacy@acme.example' } },
    purposes: {
      account: { id: 'account', description: 'Run your account', legalBasis: 'contract' },
    },
    recipients: {
      hosting: { id: 'hosting', name: 'Hosting AG', kind: 'hosting', role: 'processor', purposes: ['account'], country: 'DE' },
    },
    fields: {
      email: {
        id: 'email',
        category: 'user.contact.email',
        description: 'Your email',
        purposes: ['account'],
        recipients: ['hosting'],
        storage: ['database'],
        retention: 'Until you delete your account',
        source: 'user',
        aliases: [],
      },
    },
    scan: { firstPartyHosts: [], sdks: [] },
    rules: {},
    stores: {},
  };
}

const messages = (manifest: Manifest) => findManifestHoles(manifest).map((hole) => hole.message);

describe('findManifestHoles', () => {
  test('a complete manifest has none', () => {
    expect(findManifestHoles(createManifest())).toEqual([]);
  });

  test('a field without a purpose', () => {
    const manifest = createManifest();
    manifest.fields.email!.purposes = [];
    expect(findManifestHoles(manifest)).toEqual([
      {
        path: ['fields', 'email'],
        message: 'fields.email has no purpose; list at least one purpose id under fields.email.purposes so the notice can say why it is used',
      },
    ]);
  });

  test('a purpose without a legal basis', () => {
    const manifest = createManifest();
    (manifest.purposes.account as { legalBasis?: string }).legalBasis = undefined;
    expect(findManifestHoles(manifest)).toEqual([
      {
        path: ['purposes', 'account'],
        message:
          'purposes.account has no legal basis; add purposes.account.legalBasis (consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests)',
      },
    ]);
  });

  test('a legitimate-interests purpose without the interest', () => {
    const manifest = createManifest();
    manifest.purposes.account!.legalBasis = 'legitimate-interests';
    expect(findManifestHoles(manifest).map((hole) => hole.path)).toEqual([['purposes', 'account', 'legalBasis']]);
    manifest.purposes.account!.legitimateInterest = 'Keeping accounts safe';
    expect(findManifestHoles(manifest)).toEqual([]);
  });

  test('a recipient without a country, and one outside the EEA without a safeguard', () => {
    const manifest = createManifest();
    (manifest.recipients.hosting as { country?: string }).country = undefined;
    expect(messages(manifest)).toEqual([
      'recipients.hosting has no country; add recipients.hosting.country (an ISO code such as US or DE) so the notice can say where the data goes',
    ]);
    manifest.recipients.hosting!.country = 'US';
    expect(findManifestHoles(manifest).map((hole) => hole.path)).toEqual([['recipients', 'hosting', 'country']]);
    manifest.recipients.hosting!.country = 'NO';
    expect(findManifestHoles(manifest)).toEqual([]);
  });

  test('a controller nobody can reach', () => {
    const manifest = createManifest();
    manifest.service.controller = { name: 'Acme GmbH' };
    expect(findManifestHoles(manifest).map((hole) => hole.path)).toEqual([['service', 'controller']]);
  });

  test('references to undefined purposes and recipients', () => {
    const manifest = createManifest();
    manifest.fields.email!.purposes = ['account', 'ghost'];
    manifest.fields.email!.recipients = ['nobody'];
    expect(findManifestHoles(manifest).map((hole) => hole.path)).toEqual([
      ['fields', 'email', 'purposes', 1],
      ['fields', 'email', 'recipients', 0],
    ]);
  });

  test('third-party data without its source, and text that is empty in every language', () => {
    const manifest = createManifest();
    manifest.fields.email!.source = 'third-party';
    manifest.fields.email!.retention = { en: ' ' };
    expect(findManifestHoles(manifest).map((hole) => hole.path)).toEqual([
      ['fields', 'email'],
      ['fields', 'email', 'source'],
    ]);
  });
});

describe('assertManifestComplete on fixtures', () => {
  test('fixtures/notice/recipient-without-country: one located sentence', () => {
    const loaded = load('recipient-without-country');
    expect(() => assertManifestComplete(loaded.manifest, loaded)).toThrow(
      new PrivlintError(
        'E_MANIFEST_INCOMPLETE',
        'fixtures/notice/recipient-without-country/privacy.yml:9:3 recipients.segment has no country; add recipients.segment.country (an ISO code such as US or DE) so the notice can say where the data goes.',
      ),
    );
  });

  test('fixtures/notice/several-holes: every hole with its line and column, in file order', () => {
    const loaded = load('several-holes');
    let error: unknown;
    try {
      assertManifestComplete(loaded.manifest, loaded);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrivlintError);
    const privlintError = error as PrivlintError;
    expect(privlintError.code).toBe('E_MANIFEST_INCOMPLETE');
    expect(privlintError.message).toBe(
      'fixtures/notice/several-holes/privacy.yml leaves 3 things open that a privacy notice must say; fill in each place listed below and run again.',
    );
    expect(privlintError.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.path?.join('.')}`)).toEqual([
      '9:69 recipients.segment.country',
      '10:3 recipients.mixpanel',
      '18:5 fields.partner_score.source',
    ]);
  });
});
