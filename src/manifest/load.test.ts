import { describe, expect, test } from 'vitest';
import { findInvalidUtf8, parseManifestBytes } from './load.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('findInvalidUtf8', () => {
  test.each([
    ['ASCII', utf8('a: b\n'), undefined],
    ['two-, three- and four-byte characters', utf8('ü € 😀'), undefined],
    ['a Latin-1 ü', bytes(0x61, 0xfc, 0x62), 1],
    ['a lone continuation byte', bytes(0x80), 0],
    ['an overlong encoding of /', bytes(0xc0, 0xaf), 0],
    ['a truncated sequence at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['a UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%s', (_name, input, expected) => {
    expect(findInvalidUtf8(input)).toBe(expected);
  });
});

describe('parseManifestBytes', () => {
  test('locates an invalid byte by line and character column', () => {
    const input = new Uint8Array([...utf8('a: 1\nname: Mü'), 0xff, ...utf8('\n')]);
    expect(parseManifestBytes(input, 'privacy.yml').diagnostics.map((d) => d.location)).toEqual([{ file: 'privacy.yml', line: 2, column: 9 }]);
  });

  test('strips a byte-order mark without shifting columns', () => {
    const parsed = parseManifestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: [1, 2\n')]), 'privacy.yml');
    expect(parsed.text.startsWith('a:')).toBe(true);
    expect(parsed.diagnostics[0]?.location.line).toBe(2);
  });

  test('reads data only when the YAML has no problem', () => {
    expect(parseManifestBytes(utf8('a: 1\n'), 'privacy.yml').data).toEqual({ a: 1 });
    expect(parseManifestBytes(utf8('a: 1\na: 2\n'), 'privacy.yml').data).toBeUndefined();
  });

  test('YAML 1.1 merge keys and timestamps stay plain', () => {
    expect(parseManifestBytes(utf8('<<: {a: 1}\nd: 2026-01-31\nyes: on\n'), 'privacy.yml').data).toEqual({ '<<': { a: 1 }, d: '2026-01-31', yes: 'on' });
  });
});
