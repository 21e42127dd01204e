import { describe, expect, test } from 'vitest';
import type { Manifest } from '../manifest/types.js';
import type { Finding, SinkKind } from '../model.js';
import { planAdditions } from './plan.js';

const manifest: Manifest = {
  version: 1,
  service: { name: 'Shop', controller: { name: 'Shop GmbH' } },
  purposes: {
    account: { id: 'account', description: 'Accounts', legalBasis: 'contract' },
    analytics: { id: 'analytics', description: 'Analytics', legalBasis: 'consent' },
  },
  recipients: { segment: { id: 'segment', name: 'Segment', kind: 'analytics', role: 'processor', purposes: ['analytics'], country: 'US' } },
  fields: {
    email: {
      id: 'email',
      category: 'user.contact.email',
      description: 'Email',
      purposes: ['account'],
      recipients: [],
      storage: ['database'],
      retention: 'a year',
      source: 'user',
      aliases: [],
    },
  },
  scan: { firstPartyHosts: ['shop.example'], sdks: [] },
  rules: {},
  stores: {},
};

const finding = (category: string, kind: SinkKind, recipient: string | null, line: number): Finding => ({
  category,
  expression: 'x',
  field: null,
  sink: { kind, recipient, api: 'api' },
  location: { file: 'src/a.ts', line, column: 1 },
  confidence: 'high',
  trace: [],
});

describe('planAdditions', () => {
  test('chooses purposes so that no new entry causes a purpose-mismatch, and never adds log storage', () => {
    const additions = planAdditions(manifest, [
      finding('user.contact.phone_number', 'analytics', 'segment', 1),
      finding('user.contact.phone_number', 'log', 'pino', 2),
      finding('user.contact.email', 'messaging', 'twilio', 3),
      finding('user.contact.email', 'cookie', null, 4),
      finding('user.contact.email', 'http', 'api.shop.example', 5),
      finding('user.device.ip_address', 'http', 'collect.tracker.example', 6),
      finding('user.contact.email', 'analytics', 'segment', 7),
    ]);
    expect(additions.fields.map(({ evidence: _evidence, ...field }) => field)).toEqual([
      { id: 'ip_address', category: 'user.device.ip_address', purposes: ['todo'], recipients: ['tracker'], storage: [], source: 'user' },
      { id: 'phone_number', category: 'user.contact.phone_number', purposes: ['analytics'], recipients: ['segment'], storage: [], source: 'user' },
    ]);
    expect(additions.recipients.map(({ evidence: _evidence, ...recipient }) => recipient)).toEqual([
      { id: 'tracker', codeId: 'collect.tracker.example', kind: 'http', role: 'processor', purposes: ['todo'], hosts: ['collect.tracker.example'] },
      { id: 'twilio', codeId: 'twilio', kind: 'messaging', role: 'processor', purposes: ['account'], hosts: [] },
    ]);
    expect(additions.fieldAdditions.map(({ evidence: _evidence, ...addition }) => addition)).toEqual([
      { field: 'email', purposes: ['analytics'], recipients: ['segment', 'twilio'], storage: ['cookie'] },
    ]);
    expect(additions.todoPurpose).toBe(true);
  });

  test('a manifest that says everything the code does needs nothing', () => {
    expect(planAdditions(manifest, [finding('user.contact.email', 'database', 'prisma', 1)])).toEqual({
      fields: [],
      recipients: [],
      fieldAdditions: [],
      todoPurpose: false,
    });
  });
});
