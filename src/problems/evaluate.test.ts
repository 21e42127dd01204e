import { describe, expect, test } from 'vitest';
import type { Field, LoadedManifest, Manifest, Purpose, Recipient } from '../manifest/types.js';
import type { Finding, Problem, ScanResult, SinkKind } from '../model.js';
import { suggestRecipientId } from './describe.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';

// Manifest positions are fake but distinct, so a test can tell which entry a problem points at.
const createLoaded = (manifest: Manifest): LoadedManifest => ({
  manifest,
  file: 'privacy.yml',
  absolutePath: '/virtual/privacy.yml',
  text: '',
  locate: (path) => ({ file: 'privacy.yml', line: path.length, column: String(path.join('.')).length }),
});

const purpose = (id: string, legalBasis: Purpose['legalBasis'] = 'contract', extra: Partial<Purpose> = {}): Purpose => ({
  id,
  description: id,
  legalBasis,
  ...extra,
});

const field = (id: string, category: string, extra: Partial<Field> = {}): Field => ({
  id,
  category,
  description: id,
  purposes: ['account'],
  recipients: [],
  storage: [],
  retention: 'one year',
  source: 'user',
  aliases: [],
  ...extra,
});

const recipient = (id: string, extra: Partial<Recipient> = {}): Recipient => ({
  id,
  name: id,
  kind: 'analytics',
  role: 'processor',
  purposes: ['analytics'],
  country: 'US',
  ...extra,
});

const createManifest = (parts: { fields?: Field[]; recipients?: Recipient[]; purposes?: Purpose[]; firstPartyHosts?: string[] } = {}): Manifest => ({
  version: 1,
  service: { name: 'Shop', controller: { name: 'Shop GmbH' } },
  purposes: Object.fromEntries((parts.purposes ?? [purpose('account'), purpose('analytics', 'consent')]).map((p) => [p.id, p])),
  recipients: Object.fromEntries((parts.recipients ?? []).map((r) => [r.id, r])),
  fields: Object.fromEntries((parts.fields ?? []).map((f) => [f.id, f])),
  scan: { firstPartyHosts: parts.firstPartyHosts ?? [], sdks: [] },
  rules: {},
  stores: {},
});

const finding = (
  category: string,
  kind: SinkKind,
  recipient: string | null,
  line = 1,
  extra: Partial<Finding> = {},
): Finding => ({
  category,
  expression: `user.${category.split('.').pop()}`,
  field: null,
  sink: { kind, recipient, api: `${recipient ?? kind}.call` },
  location: { file: 'src/app.ts', line, column: 3 },
  confidence: 'high',
  trace: [],
  ...extra,
});

const createScan = (findings: Finding[]): ScanResult => ({
  schemaVersion: 1,
  tool: { name: 'privlint', version: '0.0.0' },
  root: '.',
  summary: { files: 1, findings: findings.length, gaps: 0, durationMs: 0, skipped: [], partlyParsed: [] },
  findings,
  gaps: [],
});

const run = (manifest: Manifest, findings: Finding[], options: EvaluateOptions = {}) => evaluate(createScan(findings), createLoaded(manifest), options);
const summarize = (problem: Problem) =>
  `${problem.rule} ${problem.severity} ${problem.location.file}:${problem.location.line} ${problem.field ?? '-'} ${problem.recipient ?? '-'}`;

describe('coverage and finding.field', () => {
  test('the most specific covering field wins, and check fills finding.field', () => {
    const manifest = createManifest({
      fields: [field('contact', 'user.contact'), field('address', 'user.contact.address'), field('email', 'user.contact.email')],
    });
    const result = run(manifest, [finding('user.contact.address.city', 'database', 'prisma'), finding('user.contact.phone_number', 'database', 'prisma', 2)]);
    expect(result.findings.map((f) => f.field)).toEqual(['address', 'contact']);
  });
});

describe('rules', () => {
  const segment = recipient('segment', { purposes: ['analytics'] });

  test.each<[string, Manifest, Finding[], string[]]>([
    ['undeclared-data fires for a category no field covers', createManifest(), [finding('user.contact.email', 'database', 'prisma')], [
      'undeclared-data error src/app.ts:1 - prisma',
    ]],
    ['undeclared-data is silent when a parent category is declared', createManifest({ fields: [field('contact', 'user.contact', { storage: ['database'] })] }), [
      finding('user.contact.email', 'database', 'prisma'),
    ], []],
    ['undeclared-recipient fires once per call for an unlisted service', createManifest({ fields: [field('email', 'user.contact.email', { purposes: ['analytics'] }), field('name', 'user.name', { purposes: ['analytics'] })] }), [
      finding('user.contact.email', 'analytics', 'segment'),
      finding('user.name', 'analytics', 'segment'),
    ], ['undeclared-recipient error src/app.ts:1 - segment']],
    ['a recipient matches by sdks and by host, subdomains included', createManifest({
      fields: [field('email', 'user.contact.email', { purposes: ['analytics'], recipients: ['twilio-group'] })],
      recipients: [recipient('twilio-group', { sdks: ['sendgrid'], hosts: ['twilio.com'] })],
    }), [finding('user.contact.email', 'messaging', 'sendgrid'), finding('user.contact.email', 'http', 'api.twilio.com', 2)], []],
    ['http to a first-party host or a relative URL is not a third party', createManifest({ fields: [field('email', 'user.contact.email')], firstPartyHosts: ['acme.example'] }), [
      finding('user.contact.email', 'http', 'api.acme.example'),
      finding('user.contact.email', 'http', null, 2),
    ], []],
    ['http to an unknown host is an undeclared recipient', createManifest({ fields: [field('email', 'user.contact.email')] }), [
      finding('user.contact.email', 'http', 'hooks.example.org'),
    ], ['undeclared-recipient error src/app.ts:1 email hooks.example.org']],
    ['undisclosed-sharing fires when the field does not list the recipient', createManifest({ fields: [field('email', 'user.contact.email', { purposes: ['analytics'] })], recipients: [segment] }), [
      finding('user.contact.email', 'analytics', 'segment'),
    ], ['undisclosed-sharing error src/app.ts:1 email segment']],
    ['purpose-mismatch fires when purposes share nothing', createManifest({ fields: [field('email', 'user.contact.email', { recipients: ['segment'] })], recipients: [segment] }), [
      finding('user.contact.email', 'analytics', 'segment'),
    ], ['purpose-mismatch error src/app.ts:1 email segment']],
    ['undeclared-storage fires for a database write the field does not declare', createManifest({ fields: [field('email', 'user.contact.email')] }), [
      finding('user.contact.email', 'database', 'prisma'),
      finding('user.contact.email', 'cookie', null, 2),
    ], ['undeclared-storage warn src/app.ts:1 email prisma', 'undeclared-storage warn src/app.ts:2 email -']],
    ['pii-in-logs fires unless the field lists log storage', createManifest({ fields: [field('email', 'user.contact.email'), field('name', 'user.name', { storage: ['log'] })] }), [
      finding('user.contact.email', 'log', 'pino'),
      finding('user.name', 'log', 'pino', 2),
    ], ['pii-in-logs warn src/app.ts:1 email pino']],
    // Issue 18: ordinary consent (Art. 6(1)(a)) is not the explicit consent Art. 9(2)(a) asks for, so both purposes fire.
    ['special-category-basis fires for a contract purpose and for one that relies on ordinary consent', createManifest({
      fields: [field('health', 'user.health_and_medical', { purposes: ['account', 'analytics'] })],
    }), [finding('user.health_and_medical', 'request-input', null)], ['special-category-basis error privacy.yml:4 health -', 'special-category-basis error privacy.yml:4 health -']],
    ['a specialCategoryGround satisfies special-category-basis', createManifest({
      purposes: [purpose('account', 'contract', { specialCategoryGround: 'health-or-social-care' })],
      fields: [field('health', 'user.health_and_medical')],
    }), [finding('user.health_and_medical', 'request-input', null)], []],
    ['unused-declaration fires for a field and a recipient the code never shows, not for hosting', createManifest({
      fields: [field('fax', 'user.contact.fax_number')],
      recipients: [segment, recipient('vercel', { kind: 'hosting' })],
    }), [], ['unused-declaration warn privacy.yml:2 fax -', 'unused-declaration warn privacy.yml:2 - segment']],
    ['low-confidence evidence is a warning, not an error', createManifest(), [finding('user.contact.email', 'database', 'prisma', 1, { confidence: 'low' })], [
      'undeclared-data warn src/app.ts:1 - prisma',
    ]],
  ])('%s', (_name, manifest, findings, expected) => {
    expect(run(manifest, findings).problems.map(summarize)).toEqual(expected);
  });

  test('--strict makes low-confidence evidence an error again', () => {
    const result = run(createManifest(), [finding('user.contact.email', 'database', 'prisma', 1, { confidence: 'low' })], { strict: true });
    expect(result.problems.map(summarize)).toEqual(['undeclared-data error src/app.ts:1 - prisma']);
  });

  test('severity: defaults, then the manifest rules, then --rule', () => {
    const manifest = { ...createManifest({ fields: [field('fax', 'user.contact.fax_number')] }), rules: { 'unused-declaration': 'error' as const } };
    expect(run(manifest, []).problems.map((p) => p.severity)).toEqual(['error']);
    expect(run(manifest, [], { rules: { 'unused-declaration': 'off' } }).problems).toEqual([]);
  });

  test('a problem names the code expression, the manifest entry and the edit that fixes it', () => {
    const manifest = createManifest({ fields: [field('email', 'user.contact.email', { purposes: ['analytics'] })], recipients: [segment] });
    const [problem] = run(manifest, [finding('user.contact.email', 'analytics', 'segment')]).problems;
    expect(problem).toMatchObject({
      rule: 'undisclosed-sharing',
      expression: 'user.email',
      manifestLocation: { file: 'privacy.yml', line: 3, column: 'fields.email.recipients'.length },
      help: 'add `segment` to `fields.email.recipients` in privacy.yml, or stop sending it',
      message: '`user.email` (field `email`) is sent to segment by `segment.call`, but `fields.email.recipients` does not list segment.',
    });
    expect(problem?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  test('TODO markers left by init or --fix are errors at the manifest entry: a draft fails the gate', () => {
    const manifest = createManifest({ fields: [field('email', 'user.contact.email', { description: 'TODO: describe it', storage: ['database'] })] });
    const result = run(manifest, [finding('user.contact.email', 'database', 'prisma')]);
    expect(result.problems.map((p) => `${p.rule} ${p.severity} ${p.message}`)).toEqual([
      'unfinished-declaration error `fields.email.description` in privacy.yml is still a TODO: "TODO: describe it".',
    ]);
  });

  test('summary counts errors and warnings; problems are sorted by file, line, column, rule', () => {
    const manifest = createManifest({ fields: [field('email', 'user.contact.email')] });
    const result = run(manifest, [
      finding('user.contact.email', 'log', 'pino', 9),
      finding('user.name', 'log', 'pino', 2),
      finding('user.contact.email', 'database', 'prisma', 2, { location: { file: 'src/a.ts', line: 5, column: 1 } }),
    ]);
    expect(result.problems.map(summarize)).toEqual([
      'undeclared-storage warn src/a.ts:5 email prisma',
      'undeclared-data error src/app.ts:2 - pino',
      'pii-in-logs warn src/app.ts:9 email pino',
    ]);
    expect(result.summary).toMatchObject({ errors: 1, warnings: 2, baselined: 0, suppressed: 0 });
  });
});

describe('suggested ids', () => {
  test.each([
    ['segment', 'segment'],
    ['api.mailer.example', 'mailer'],
    ['hooks.shop.co.uk', 'shop'],
    ['localhost:3000', 'localhost'],
    ['Api.Example.com:8443', 'example'],
  ])('%s → %s', (id, expected) => {
    expect(suggestRecipientId(id)).toBe(expected);
  });
});
