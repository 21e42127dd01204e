import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { createFidesSystem, formatFidesYaml, toFidesKey } from './fides.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const complete = loadManifest(fileURLToPath(new URL('../../fixtures/notice/complete/privacy.yml', import.meta.url)), { root }).manifest;

interface FidesDocument {
  system: {
    fides_key: string;
    does_international_transfers: boolean;
    legal_basis_for_transfers: string[];
    uses_profiling: boolean;
    privacy_declarations: Record<string, unknown>[];
  }[];
}

describe('export fides (system manifest)', () => {
  const document = parse(formatFidesYaml(createFidesSystem(complete).system)) as FidesDocument;
  const system = document.system[0]!;

  test('is one fideslang system with a declaration per purpose, in Fides wording', () => {
    expect(system.fides_key).toBe('pulse_coach');
    expect(system.uses_profiling).toBe(true);
    expect(system.does_international_transfers).toBe(true);
    expect(system.legal_basis_for_transfers).toEqual(['Adequacy Decision', 'SCCs']);
    expect(system.privacy_declarations.map((d) => `${d.data_use} ${d.legal_basis_for_processing}`)).toEqual([
      'essential.service.authentication Contract',
      'marketing.advertising.third_party.targeted Consent',
      'personalize.content Consent',
      'essential.fraud_detection Legitimate interests',
      'essential.service.payment_processing Contract',
      'essential.legal_obligation Legal obligations',
      'marketing.communications.email Legitimate interests',
    ]);
  });

  test('special-category data carries its Art. 9 basis, and shared data names its third parties', () => {
    const coaching = system.privacy_declarations.find((d) => d.data_use === 'personalize.content');
    expect(coaching).toMatchObject({
      data_categories: ['user.biometric.health'],
      data_subjects: ['customer'],
      processes_special_category_data: true,
      special_category_legal_basis: 'Explicit consent',
    });
    const ads = system.privacy_declarations.find((d) => d.data_use === 'marketing.advertising.third_party.targeted');
    expect(ads).toMatchObject({ data_shared_with_third_parties: true, third_parties: 'AdNetwork Corp.', shared_categories: ['user.device.device_id'] });
  });

  test('a purpose without a data use becomes a warning, not a silent gap', () => {
    const { use: _use, ...account } = complete.purposes.account!;
    const { system: withoutUse, warnings } = createFidesSystem({ ...complete, purposes: { ...complete.purposes, account } });
    expect((withoutUse.privacy_declarations as unknown[]).length).toBe(6);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'purposes.account is left out of the Fides system: a privacy declaration needs a data use; add purposes.account.use',
    ]);
  });

  // Issue 18: a safeguard written in German became "Other".
  test('a transfer mechanism named in German, or set explicitly, maps to Fides\' transfer basis', () => {
    const adnetwork = complete.recipients.adnetwork!;
    const { transferMechanism: _mechanism, ...german } = { ...adnetwork, safeguard: { de: 'Standardvertragsklauseln der EU-Kommission' } };
    const { system } = createFidesSystem({ ...complete, recipients: { ...complete.recipients, adnetwork: german } });
    expect(system.legal_basis_for_transfers).toEqual(['Adequacy Decision', 'SCCs']);
    const bcr = { ...adnetwork, transferMechanism: 'binding-corporate-rules' as const };
    expect(createFidesSystem({ ...complete, recipients: { ...complete.recipients, adnetwork: bcr } }).system.legal_basis_for_transfers).toEqual(['Adequacy Decision', 'BCRs']);
  });

  test('fides keys are lowercase snake case without accents', () => {
    expect([toFidesKey('Bäckerei Müller'), toFidesKey('Acme <script>'), toFidesKey('!!!')]).toEqual(['backerei_muller', 'acme_script', 'system']);
  });
});
