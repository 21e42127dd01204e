import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { createManifestJson, formatManifestJson } from './json.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaded = loadManifest(fileURLToPath(new URL('../../fixtures/notice/complete/privacy.yml', import.meta.url)), { root });

describe('export json (normalised manifest with derivations)', () => {
  const document = JSON.parse(formatManifestJson(createManifestJson(loaded.manifest, loaded.file))) as {
    manifest: string;
    purposes: Record<string, { fields: string[]; recipients: string[] }>;
    recipients: Record<string, { fields: string[]; outsideEea: boolean }>;
    fields: Record<string, { specialCategory: string | null; required: boolean | null; categoryName: string | null }>;
    derived: { specialCategories: unknown[]; coveredCategories: string[]; thirdCountryTransfers: unknown[]; legalBases: string[] };
  };

  test('lists the data of each purpose and each recipient', () => {
    expect(document.manifest).toBe('fixtures/notice/complete/privacy.yml');
    expect(document.purposes.invoice).toMatchObject({ fields: ['credit_score', 'email'], recipients: ['credit-agency', 'hosting'] });
    expect(document.recipients.adnetwork).toMatchObject({ fields: ['advertising_id'], outsideEea: true });
  });

  test('derives special categories, covered categories, required and transfers', () => {
    expect(document.derived.specialCategories).toEqual([{ field: 'heart_rate', category: 'user.biometric.health', kind: 'health' }]);
    expect(document.fields.heart_rate).toMatchObject({ specialCategory: 'health', required: false, categoryName: 'Biometric health data' });
    expect(document.derived.coveredCategories).toEqual([
      'user.biometric.health',
      'user.contact.email',
      'user.device.device_id',
      'user.financial',
      'user.financial.bank_account',
      'user.financial.credit_card',
      'user.location.imprecise',
    ]);
    expect(document.derived.thirdCountryTransfers).toEqual([
      {
        recipient: 'adnetwork',
        country: 'US',
        transferMechanism: 'standard-contractual-clauses',
        safeguard: { en: 'Module 1 (controller to controller) of the 2021 clauses', de: 'Modul 1 (Verantwortlicher an Verantwortlichen) der Klauseln von 2021' },
      },
      // Switzerland is outside the EEA: the transfer rests on the Commission's adequacy decision.
      { recipient: 'support', country: 'CH', transferMechanism: 'adequacy-decision', safeguard: null },
    ]);
    expect(document.derived.legalBases).toEqual(['consent', 'contract', 'legal-obligation', 'legitimate-interests']);
  });
});
