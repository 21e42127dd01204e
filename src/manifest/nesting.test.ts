import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findExcessiveNesting, MAX_NESTING_DEPTH, measureNesting } from './nesting.js';

const depthOf = (text: string): number => measureNesting(text).deepest.depth;

describe('measureNesting', () => {
  test.each([
    ['a flat map', 'version: 1\nservice: Shop\n', 1],
    ['a map in a map', 'service:\n  name: Shop\n', 2],
    ['a list under a key at the same indentation', 'fields:\n  email:\n    purposes:\n    - a\n    - b\n    storage: x\n', 4],
    ['a flow list in a map', 'fields:\n  email: { purposes: [a, b] }\n', 4],
    ['compact nested lists', '- - - x\n', 3],
    ['keys of a list item', '- name: a\n  use: b\n- name: c\n', 2],
    ['a quoted key', '"a b":\n  "c": 1\n', 2],
    ['an explicit key and value', '? a\n: b\n', 1],
  ])('%s', (_name, text, depth) => {
    expect(depthOf(text)).toBe(depth);
  });

  test('ignores brackets, dashes and colons inside quotes, comments and block scalars', () => {
    const text = [
      'a: "[[[{{{ - - : "',
      "b: '[[[ it''s [[['",
      'c: plain [[[ text ]',
      '# [[[[[[[[[[[ - - - - -',
      'd: |',
      '  [[[[[[[[',
      '  - - - - - - -',
      '  x: y: z:',
      'e: >-',
      '  {{{{{{{{',
      'f: 1 # [[[[[',
      '',
    ].join('\n');
    expect(depthOf(text)).toBe(1);
  });

  test('the real manifests nest a handful of levels', () => {
    const demo = readFileSync(new URL('../../fixtures/demo-shop/privacy.yml', import.meta.url), 'utf8');
    expect(depthOf(demo)).toBeGreaterThan(2);
    expect(depthOf(demo)).toBeLessThan(10);
  });
});

describe('findExcessiveNesting', () => {
  test('points at the flow collection one level past the limit', () => {
    const text = `version: 1\nservice: ${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}\n`;
    // `service:` is level 1, so the 100th brace (at column 10 + 5 * 99) is level 101.
    expect(findExcessiveNesting(text)).toEqual({ line: 2, column: 10 + 5 * (MAX_NESTING_DEPTH - 1) });
  });

  test('points at the compact list entry one level past the limit', () => {
    expect(findExcessiveNesting(`${'- '.repeat(3000)}x\n`)).toEqual({ line: 1, column: 1 + 2 * MAX_NESTING_DEPTH });
  });

  test('counts block maps by indentation', () => {
    const deep = Array.from({ length: 150 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
    expect(findExcessiveNesting(`${deep}\n`)).toEqual({ line: MAX_NESTING_DEPTH + 1, column: MAX_NESTING_DEPTH + 1 });
    expect(findExcessiveNesting(deep, 150)).toBeUndefined();
  });

  test('a dedent closes the levels it leaves', () => {
    const block = Array.from({ length: 60 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
    expect(findExcessiveNesting(`${block}\n${block}\n${block}\n`)).toBeUndefined();
    expect(findExcessiveNesting(`a: ${'['.repeat(60)}${']'.repeat(60)}\nb: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toBeUndefined();
  });
});
