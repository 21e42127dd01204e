import { describe, expect, test } from 'vitest';
import { escapeForTerminal, quote } from './quote.js';

describe('escapeForTerminal', () => {
  test.each([
    ['ESC of a colour sequence', 'Shop\u001b[31m', 'Shop\\x1b[31m'],
    ['a right-to-left override', 'em\u202eail', 'em\\u202eail'],
    ['bidi isolates and marks', '\u2066a\u2069\u200f\u061c', '\\u2066a\\u2069\\u200f\\u061c'],
    ['NUL, DEL and a C1 control', '\u0000\u007f\u0085', '\\x00\\x7f\\x85'],
    ['line breaks and tabs', 'a\nb\r\tc\u2028', 'a\\nb\\r\\tc\\u2028'],
    ['accents, emoji and backslashes stay as they are', 'Straße 😀 \\x1b', 'Straße 😀 \\x1b'],
  ])('%s', (_name, input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
  });
});

describe('quote', () => {
  test('wraps in double quotes and escapes quotes, backslashes and controls', () => {
    expect(quote('email')).toBe('"email"');
    expect(quote('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quote('em\u001b[2Jail\u202e')).toBe('"em\\x1b[2Jail\\u202e"');
  });

  test('matches JSON.stringify for ordinary text, so existing messages read the same', () => {
    for (const text of ['contractual', 'a b', 'Müller', 'x"y', 'a\\b']) expect(quote(text)).toBe(JSON.stringify(text));
  });
});
