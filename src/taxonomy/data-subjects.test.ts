import { describe, expect, test } from 'vitest';
import { allDataSubjects, getDataSubjectName, isKnownDataSubject, suggestDataSubject } from './index.js';

describe('data subjects', () => {
  test('the 15 fideslang default subjects, sorted by id, each named in English and German', () => {
    const subjects = allDataSubjects();
    expect(subjects.map((subject) => subject.id)).toEqual([
      'anonymous_user',
      'citizen_voter',
      'commuter',
      'consultant',
      'customer',
      'employee',
      'job_applicant',
      'next_of_kin',
      'passenger',
      'patient',
      'prospect',
      'shareholder',
      'supplier_vendor',
      'trainee',
      'visitor',
    ]);
    for (const subject of subjects) {
      expect(subject.name.en).not.toBe('');
      expect(subject.name.de).not.toBe('');
    }
  });

  test('known and unknown ids', () => {
    expect(isKnownDataSubject('customer')).toBe(true);
    expect(isKnownDataSubject('customers')).toBe(false);
    expect(isKnownDataSubject('user')).toBe(false);
  });

  test('names follow the language, German for regional German tags, and the id stands in when unknown', () => {
    expect(getDataSubjectName('customer', 'en')).toBe('Customers');
    expect(getDataSubjectName('customer', 'de')).toBe('Kundinnen und Kunden');
    expect(getDataSubjectName('customer', 'de-AT')).toBe('Kundinnen und Kunden');
    expect(getDataSubjectName('customer', 'fr')).toBe('Customers');
    expect(getDataSubjectName('martian', 'en')).toBe('martian');
  });

  test.each([
    ['customers', 'customer'],
    ['Customer', 'customer'],
    ['applicant', 'job_applicant'],
    ['supplier', 'supplier_vendor'],
    ['anonymous', 'anonymous_user'],
    ['employe', 'employee'],
  ])('did you mean: %s → %s', (input, expected) => {
    expect(suggestDataSubject(input)).toBe(expected);
  });

  test('nothing close gives no suggestion', () => {
    expect(suggestDataSubject('zzzzzz')).toBeUndefined();
    expect(suggestDataSubject('')).toBeUndefined();
  });
});
