import { describe, expect, test } from 'vitest';
import { createLocalizer } from './localize.js';
import type { ManifestWarning } from './warnings.js';

describe('createLocalizer', () => {
  test('a plain string is used as it is, without a warning', () => {
    const warnings: ManifestWarning[] = [];
    expect(createLocalizer('de', { warnings })('Your email', ['fields', 'email', 'description'])).toBe('Your email');
    expect(warnings).toEqual([]);
  });

  test('the requested language wins', () => {
    const warnings: ManifestWarning[] = [];
    expect(createLocalizer('de', { warnings })({ en: 'Email', de: 'E-Mail' }, ['x'])).toBe('E-Mail');
    expect(warnings).toEqual([]);
  });

  test('a missing translation falls back to the default language and names the key', () => {
    const warnings: ManifestWarning[] = [];
    const localize = createLocalizer('de', { defaultLanguage: 'fr', warnings });
    expect(localize({ en: 'Learn how the shop is used', fr: 'Comprendre' }, ['purposes', 'analytics', 'description'])).toBe('Comprendre');
    expect(warnings).toEqual([
      { path: ['purposes', 'analytics', 'description'], message: 'purposes.analytics.description has no "de" text; using "fr"' },
    ]);
  });

  test('without the default language, English, then the first language alphabetically', () => {
    const warnings: ManifestWarning[] = [];
    const localize = createLocalizer('de', { warnings });
    expect(localize({ fr: 'Bonjour', en: 'Hello' }, ['a'])).toBe('Hello');
    expect(localize({ it: 'Ciao', fr: 'Bonjour' }, ['fields', 'x', 'retention'])).toBe('Bonjour');
    expect(warnings.map((warning) => warning.message)).toEqual([
      'a has no "de" text; using "en"',
      'fields.x.retention has no "de" text; using "fr"',
    ]);
  });
});
