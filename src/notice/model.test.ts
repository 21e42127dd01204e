import { describe, expect, test } from 'vitest';
import type { Manifest } from '../manifest/types.js';
import { createNoticeModel } from './model.js';

function createManifest(): Manifest {
  const field = {
    storage: ['database' as const],
    source: 'user' as const,
    aliases: [],
    required: true,
  };
  return {
    version: 1,
    service: { name: 'Acme', controller: { name: 'Acme GmbH', email: 'privacy@acme.example' } },
    purposes: {
      health: { id: 'health', description: 'Track your health', legalBasis: 'consent' },
      account: { id: 'account', description: { en: 'Run your account', de: 'Ihr Konto führen' }, legalBasis: 'contract' },
    },
    recipients: {
      zeta: { id: 'zeta', name: 'Zeta Ltd', kind: 'hosting', role: 'processor', purposes: ['account'], country: 'IE' },
      idle: { id: 'idle', name: 'Idle Inc', kind: 'other', role: 'controller', purposes: ['account'], country: 'CH', safeguard: 'Adequacy decision' },
    },
    fields: {
      pulse: { ...field, id: 'pulse', category: 'user.biometric.health', description: 'Your pulse', purposes: ['health'], recipients: [], retention: '1 year' },
      email: { ...field, id: 'email', category: 'user.contact.email', description: 'Your email', purposes: ['account', 'health'], recipients: ['zeta'], retention: 'Until deletion' },
    },
    scan: { firstPartyHosts: [], sdks: [] },
    rules: {},
    stores: {},
  };
}

test('a field kept in a cookie or browser storage without a deviceStorage entry of that kind is named', () => {
  const manifest = createManifest();
  manifest.fields.email = { ...manifest.fields.email!, storage: ['cookie', 'browser-storage', 'database'] };
  const messages = () => createNoticeModel(manifest, 'en').warnings.map((warning) => warning.message).filter((message) => message.includes('deviceStorage'));
  expect(messages()).toEqual([
    'fields.email is kept in a cookie and browser storage, but deviceStorage lists no such entry; add it under deviceStorage (name, type, purposes, duration) so the notice\'s cookie and storage table (§ 25 TDDDG) is complete',
  ]);
  manifest.deviceStorage = {
    session: { id: 'session', name: 'sid', type: 'cookie', purposes: ['account'], duration: '1 day', necessary: true },
    prefill: { id: 'prefill', name: 'lastEmail', type: 'local-storage', purposes: ['account'], duration: '30 days', necessary: true },
  };
  expect(messages()).toEqual([]);
});

describe('createNoticeModel', () => {
  const { model, warnings } = createNoticeModel(createManifest(), 'de');

  test('groups by purpose, then by data, sorted by id', () => {
    expect(model.purposes.map((purpose) => [purpose.id, purpose.data.map((item) => item.id), purpose.recipients.map((r) => r.id)])).toEqual([
      ['account', ['email'], ['idle', 'zeta']],
      ['health', ['email', 'pulse'], []],
    ]);
    expect(model.data.map((item) => [item.id, item.purposes.map((purpose) => purpose.label)])).toEqual([
      ['email', ['Ihr Konto führen', 'Track your health']],
      ['pulse', ['Track your health']],
    ]);
  });

  test('derives special categories, country names in the notice language and the EEA border', () => {
    expect(model.data.find((item) => item.id === 'pulse')?.specialCategory).toBe('health');
    expect(model.recipients.map((r) => `${r.id} ${r.countryName} ${r.outsideEea}`)).toEqual(['idle Schweiz true', 'zeta Irland false']);
    expect(model.usesConsent).toBe(true);
  });

  test('warns about what the notice had to leave vague, with the manifest path', () => {
    // The missing Art. 9(2) condition of purposes.health is no longer a warning: `notice` refuses it (findLegalProblems).
    expect(warnings.map((warning) => warning.message)).toEqual([
      'recipients.idle receives no field (no field lists it under recipients); the notice names it without data, add it to the fields it receives or remove it',
      'recipients.idle.safeguard reads as adequacy-decision; set recipients.idle.transferMechanism: adequacy-decision so the notice and the exports do not have to guess',
      'purposes rely on consent but service.consentWithdrawal does not say how to withdraw it; add it (where the switch or link is) so the notice can tell people (Art. 7(3), 13(2)(c) GDPR)',
      'service.lastUpdated is not set; the notice shows no date, add service.lastUpdated (YYYY-MM-DD) so people can tell how current it is',
      // Issue 18: --lang de on an English-only manifest used to print English text in a German frame without a word.
      'the notice is written in "de", but the manifest\'s texts are in en (languages); they appear untranslated in a de frame, add "de" to languages and give each text as { en: ..., de: ... }',
    ]);
  });
});
