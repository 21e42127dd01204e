import { describe, expect, test } from 'vitest';
import { findInvalidUtf8, parseManifestBytes, parseManifestText } from './load.js';

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

describe('parseManifestText', () => {
  const TOO_DEEP = /^the YAML is nested too deeply \(more than 100 levels\); a privacy manifest needs only a few levels — check for a runaway list or map\.$/;
  const located = (text: string, maxDepth?: number) =>
    parseManifestText(text, 'privacy.yml', maxDepth).diagnostics.map(({ location, message }) => `${location.line}:${location.column} ${message}`);

  test('refuses a key that is a map or a list, at the key, without a process warning', () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const message = 'keys must be plain text, not a list or map; write the key as a name such as email (a "? " line or brackets before ":" make a list or map key).';
      expect(located('version: 1\n? x: 1\n: foo\n')).toEqual([`2:3 ${message}`]);
      expect(located('a:\n  [b, c]: 1\n  ? - d\n  : 2\n')).toEqual([`2:3 ${message}`, `3:5 ${message}`]);
      expect(located('a: &k { x: 1 }\nb: { *k : 2 }\n')).toEqual([`2:6 ${message}`]);
      expect(parseManifestText('? x: 1\n: foo\n', 'privacy.yml').data).toBeUndefined();
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  test('refuses runaway nesting at the first level too many, before the parser recurses', () => {
    expect(located(`version: 1\n${'- '.repeat(3000)}x\n`)).toEqual([expect.stringMatching(/^2:199 /)]);
    const [flow] = located(`version: 1\nservice: ${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}\n`);
    expect(flow).toMatch(/^2:505 /);
    expect(flow?.slice('2:505 '.length)).toMatch(TOO_DEEP);
  });

  test('reports the same sentence when the parser itself runs out of stack', () => {
    // A raised limit lets the text through, as a shape the estimate misses would be.
    // The parser throws RangeError on this one; the sentence points at the deepest item.
    const blockList = located(`version: 1\n${'- '.repeat(10_000)}x\n  controller: x\n`, Infinity);
    expect(blockList).toHaveLength(1);
    expect(blockList[0]).toMatch(/^2:19999 /);
    expect(blockList[0]?.replace(/^\d+:\d+ /, '')).toMatch(TOO_DEEP);
    // The composer catches its own overflow and reports RESOURCE_EXHAUSTION with the stack's message.
    const flow = located(`version: 1\nservice: ${'{ a: '.repeat(100_000)}1${' }'.repeat(100_000)}\n`, Infinity);
    expect(flow).toHaveLength(1);
    expect(flow[0]).toMatch(/^2:\d+ /);
    expect(flow[0]?.replace(/^\d+:\d+ /, '')).toMatch(TOO_DEEP);
  });

  test('escapes control and bidi characters of the text it quotes', () => {
    const [duplicate] = located('"a\\u202e": 1\n"a\\u202e": 2\n');
    expect(duplicate).toBe('2:1 key "a\\u202e" appears twice in the same map; keep one (YAML would silently use the last).');
    const [alias] = located('a: *x\u001b\n');
    expect(alias).toContain('alias *x\\x1b has no anchor &x\\x1b');
  });
});
