import { describe, expect, test } from 'vitest';
import { createLocator, formatPath, fromJsonPointer } from './locate.js';
import { parseManifestText } from './load.js';

const text = [
  'fields:', //                      line 1
  '  email:', //                     line 2
  '    purposes: [account, ads]', // line 3
  '    category: user.contact.email',
  'shared: &ids [a, b]',
  'other: *ids',
  '',
].join('\n');

const { document, lineCounter } = parseManifestText(text, 'privacy.yml');
const locator = createLocator(document, lineCounter, 'privacy.yml');

describe('createLocator', () => {
  test.each([
    [['fields'], 1, 1],
    [['fields', 'email'], 2, 3],
    [['fields', 'email', 'purposes'], 3, 5],
    [['fields', 'email', 'purposes', 1], 3, 25],
    // missing nodes fall back to the nearest existing parent
    [['fields', 'email', 'recipients', 0], 2, 3],
    [['fields', 'phone'], 1, 1],
    [['nothing', 'here'], 1, 1],
    // through an alias to its anchor's items
    [['other', 1], 5, 18],
  ])('locateKey %j → %i:%i', (path, line, column) => {
    expect(locator.locateKey(path)).toEqual({ file: 'privacy.yml', line, column });
  });

  test('locateValue points at the value, locateKey at the key', () => {
    expect(locator.locateKey(['fields', 'email', 'category'])).toEqual({ file: 'privacy.yml', line: 4, column: 5 });
    expect(locator.locateValue(['fields', 'email', 'category'])).toEqual({ file: 'privacy.yml', line: 4, column: 15 });
  });

  test('an empty document locates everything at 1:1', () => {
    const empty = parseManifestText('', 'privacy.yml');
    expect(createLocator(empty.document, empty.lineCounter, 'privacy.yml').locateKey(['a', 0])).toEqual({ file: 'privacy.yml', line: 1, column: 1 });
  });
});

describe('paths', () => {
  test.each([
    [[], ''],
    [['fields', 'email', 'purposes', 1], 'fields.email.purposes[1]'],
    [['rules', 'unused-declaration'], 'rules.unused-declaration'],
    [['fields', 'e mail'], 'fields["e mail"]'],
    [['$schema'], '$schema'],
  ])('formatPath %j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  test('fromJsonPointer reads indices only where the data has a list', () => {
    const data = { fields: { '0': { purposes: ['a', 'b'] } }, 'a/b': { '~x': 1 } };
    expect(fromJsonPointer('/fields/0/purposes/1', data)).toEqual(['fields', '0', 'purposes', 1]);
    expect(fromJsonPointer('/a~1b/~0x', data)).toEqual(['a/b', '~x']);
    expect(fromJsonPointer('', data)).toEqual([]);
  });
});
