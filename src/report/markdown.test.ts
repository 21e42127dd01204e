import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { markdown } from './markdown.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;

describe('markdown reporter', () => {
  test('lists the problems, then counts by category and by recipient', async () => {
    await expect(markdown(load('mixed-problems'), { color: false, version: '0.1.0' })).toMatchFileSnapshot('./__snapshots__/markdown-mixed-problems.md');
  });

  test('table cells cannot break the table: pipes are escaped and newlines become <br>', () => {
    const row = markdown(load('mixed-problems'), { color: false, version: '0.1.0' })
      .split('\n')
      .find((line) => line.includes('order.phone'));
    expect(row).toContain('50% \\| a,b: c<br>second line.');
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
  });

  test('a clean run is one heading and one line', () => {
    expect(markdown(load('no-problems'), { color: false, version: '0.1.0' })).toBe(
      '## privlint: no problems\n\n1 finding in 1 file checked against privacy.yml, 1 file not scanned.\n',
    );
  });
});
