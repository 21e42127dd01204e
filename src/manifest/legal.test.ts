import { describe, expect, test } from 'vitest';
import { findLegalProblems } from './legal.js';
import type { Field, Manifest, Purpose } from './types.js';

const field = (id: string, category: string, purposes: string[]): Field => ({
  id,
  category,
  description: id,
  purposes,
  recipients: [],
  storage: [],
  retention: '1 year',
  source: 'user',
  aliases: [],
});

const decision = { logic: 'A score decides', consequences: 'You may be refused' };

function manifest(purposes: Purpose[], fields: Field[]): Manifest {
  return {
    version: 1,
    service: { name: 'Acme', controller: { name: 'Acme GmbH' } },
    purposes: Object.fromEntries(purposes.map((purpose) => [purpose.id, purpose])),
    recipients: {},
    fields: Object.fromEntries(fields.map((entry) => [entry.id, entry])),
    scan: { firstPartyHosts: [], sdks: [] },
    rules: {},
    stores: {},
  };
}

const summarize = (m: Manifest) => findLegalProblems(m).map((problem) => `${problem.article} ${problem.path.join('.')}`);

describe('findLegalProblems', () => {
  test.each([
    ['health data under contract', [{ id: 'coach', description: 'Coach', legalBasis: 'contract' }], ['Art. 9 fields.pulse.purposes.0']],
    ['health data under ordinary consent', [{ id: 'coach', description: 'Coach', legalBasis: 'consent' }], ['Art. 9 fields.pulse.purposes.0']],
    ['health data with explicit consent', [{ id: 'coach', description: 'Coach', legalBasis: 'consent', specialCategoryGround: 'explicit-consent' }], []],
    ['health data for health care', [{ id: 'coach', description: 'Coach', legalBasis: 'contract', specialCategoryGround: 'health-or-social-care' }], []],
  ] as [string, Purpose[], string[]][])('Art. 9: %s', (_name, purposes, expected) => {
    expect(summarize(manifest(purposes, [field('pulse', 'user.biometric.health', ['coach'])]))).toEqual(expected);
  });

  test.each([
    ['under contract (22(2)(a), implied)', { legalBasis: 'contract' }, []],
    ['under a legal obligation (22(2)(b), implied)', { legalBasis: 'legal-obligation' }, []],
    ['under consent with basis explicit-consent (22(2)(c))', { legalBasis: 'consent', automatedDecision: { ...decision, basis: 'explicit-consent' } }, []],
    ['under legitimate interests', { legalBasis: 'legitimate-interests', legitimateInterest: 'Fraud' }, ['Art. 22 purposes.score.automatedDecision']],
    ['under ordinary consent', { legalBasis: 'consent' }, ['Art. 22 purposes.score.automatedDecision']],
    ['whose basis does not fit the legal basis', { legalBasis: 'contract', automatedDecision: { ...decision, basis: 'explicit-consent' } }, ['Art. 22 purposes.score.automatedDecision.basis']],
  ] as [string, Partial<Purpose>, string[]][])('Art. 22: a decision %s', (_name, purpose, expected) => {
    const score: Purpose = { id: 'score', description: 'Score', legalBasis: 'contract', automatedDecision: decision, ...purpose };
    expect(summarize(manifest([score], [field('email', 'user.contact.email', ['score'])]))).toEqual(expected);
  });

  test('Art. 22(4): an automated decision on special-category data needs explicit consent or a substantial public interest', () => {
    const withCare: Purpose = { id: 'score', description: 'Score', legalBasis: 'contract', specialCategoryGround: 'health-or-social-care', automatedDecision: decision };
    expect(summarize(manifest([withCare], [field('pulse', 'user.biometric.health', ['score'])]))).toEqual(['Art. 22 purposes.score.automatedDecision']);
    const explicit: Purpose = { ...withCare, legalBasis: 'consent', specialCategoryGround: 'explicit-consent', automatedDecision: { ...decision, basis: 'explicit-consent' } };
    expect(summarize(manifest([explicit], [field('pulse', 'user.biometric.health', ['score'])]))).toEqual([]);
  });
});
