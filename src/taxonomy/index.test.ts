import { describe, expect, test } from 'vitest';
import {
  allCategories,
  allDataUses,
  categoryCovers,
  closestMatch,
  getCategory,
  getDataUse,
  getSpecialCategoryKind,
  isKnownCategory,
  isKnownDataUse,
  isSpecialCategory,
  suggestCategory,
  suggestDataUse,
} from './index.js';

describe('taxonomy data', () => {
  test('holds the 85 fideslang 3.x categories and 56 data uses', () => {
    expect(allCategories()).toHaveLength(85);
    expect(allDataUses()).toHaveLength(56);
  });

  test('every node except a root has a parent in the same tree', () => {
    for (const [entries, isKnown] of [
      [allCategories(), isKnownCategory],
      [allDataUses(), isKnownDataUse],
    ] as const) {
      for (const entry of entries) {
        if (entry.parent !== undefined) expect(isKnown(entry.parent), entry.id).toBe(true);
        expect(entry.name.length, entry.id).toBeGreaterThan(0);
        expect(entry.description, entry.id).toMatch(/\.$/);
      }
    }
  });

  test('lists are sorted by id and ids are unique', () => {
    const ids = allCategories().map((entry) => entry.id);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a.localeCompare(b)));
  });

  test('getCategory and getDataUse return the node with its parent', () => {
    expect(getCategory('user.contact.address.city')).toMatchObject({ id: 'user.contact.address.city', parent: 'user.contact.address', name: 'City' });
    expect(getCategory('user')?.parent).toBeUndefined();
    expect(getCategory('user.contact.emial')).toBeUndefined();
    expect(getDataUse('personalize.profiling')).toMatchObject({ deprecated: true, replacedBy: 'personalize.content.profiling' });
    expect(isKnownDataUse(getDataUse('personalize.profiling')?.replacedBy ?? '')).toBe(true);
  });
});

describe('categoryCovers', () => {
  test.each([
    ['user.contact.address', 'user.contact.address.city', true],
    ['user.contact.email', 'user.contact.email', true],
    ['user', 'user.device.ip_address', true],
    ['user.contact.address.city', 'user.contact.address', false],
    // a shared prefix is not an ancestor
    ['user.contact.address', 'user.contact.addressbook', false],
    ['user.name', 'user.contact.email', false],
  ])('%s covers %s: %s', (declared, found, expected) => {
    expect(categoryCovers(declared, found)).toBe(expected);
  });
});

describe('isSpecialCategory', () => {
  test.each([
    ['user.health_and_medical', 'health'],
    ['user.health_and_medical.record_id', 'health'],
    ['user.health_and_medical.genetic', 'genetic'],
    ['user.biometric', 'biometric'],
    ['user.biometric.fingerprint', 'biometric'],
    ['user.biometric.health', 'health'],
    ['user.authorization.biometric', 'biometric'],
    ['user.demographic.race_ethnicity', 'racial-or-ethnic-origin'],
    ['user.demographic.political_opinion', 'political-opinions'],
    ['user.demographic.religious_belief', 'religious-or-philosophical-beliefs'],
    ['user.demographic.sexual_orientation', 'sex-life-or-sexual-orientation'],
  ])('%s is special (%s)', (id, kind) => {
    expect(isSpecialCategory(id)).toBe(true);
    expect(getSpecialCategoryKind(id)).toBe(kind);
  });

  test.each(['user', 'user.demographic', 'user.authorization', 'user.authorization.password', 'user.contact.email', 'user.demographic.gender', 'user.criminal_history'])(
    '%s is not special',
    (id) => {
      expect(isSpecialCategory(id)).toBe(false);
    },
  );

  test('every known category under a special root is special', () => {
    const special = allCategories().filter((entry) => isSpecialCategory(entry.id)).map((entry) => entry.id);
    expect(special).toEqual([
      'user.authorization.biometric',
      'user.biometric',
      'user.biometric.fingerprint',
      'user.biometric.health',
      'user.biometric.retinal',
      'user.biometric.voice',
      'user.demographic.political_opinion',
      'user.demographic.race_ethnicity',
      'user.demographic.religious_belief',
      'user.demographic.sexual_orientation',
      'user.health_and_medical',
      'user.health_and_medical.genetic',
      'user.health_and_medical.insurance_beneficiary_id',
      'user.health_and_medical.record_id',
    ]);
  });
});

describe('suggestions', () => {
  test.each([
    ['user.contact.emial', 'user.contact.email'],
    ['user.email', 'user.contact.email'],
    ['email', 'user.contact.email'],
    ['user.contact.phone', 'user.contact.phone_number'],
    ['user.device.ip', 'user.device.ip_address'],
    ['user.name.firstname', 'user.name.first'],
    ['User.Contact.Email', 'user.contact.email'],
  ])('category %s → %s', (input, expected) => {
    expect(suggestCategory(input)).toBe(expected);
  });

  test.each([
    ['analytic', 'analytics'],
    ['analytics.reportin', 'analytics.reporting'],
    ['marketing.email', 'marketing.communications.email'],
    ['essential.services', 'essential.service'],
  ])('data use %s → %s', (input, expected) => {
    expect(suggestDataUse(input)).toBe(expected);
  });

  test('nothing close gives no suggestion', () => {
    expect(suggestCategory('shoe_size_of_the_cat')).toBeUndefined();
    expect(suggestDataUse('')).toBeUndefined();
    expect(suggestDataUse('zzzzzz')).toBeUndefined();
  });
});

describe('closestMatch', () => {
  test.each([
    ['consnet', ['consent', 'contract'], 'consent'],
    ['warning', ['off', 'warn', 'error'], 'warn'],
    ['legalbasis', ['description', 'legalBasis'], 'legalBasis'],
    // short words get no far-fetched suggestion
    ['foo', ['log', 'ai', 'http'], undefined],
    ['xyz', ['off', 'warn', 'error'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });
});
