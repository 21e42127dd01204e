import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const SCRIPT = new URL('../../scripts/manifest-reference.mjs', import.meta.url).pathname;
const PAGE = new URL('../../docs/manifest.md', import.meta.url);
const START = '<!-- manifest-reference:start -->';
const END = '<!-- manifest-reference:end -->';

test('docs/manifest.md is what the schema generates (run `node scripts/manifest-reference.mjs --write` to update)', () => {
  const generated = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
  expect(generated.status).toBe(0);
  const page = readFileSync(PAGE, 'utf8');
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  expect(page.slice(start + START.length, end)).toBe(`\n${generated.stdout}`);
  // A table row per schema property, so a property missing from the tables cannot hide behind an unchanged page.
  expect(generated.stdout).toContain('| `legitimateInterest` | text |');
  expect(generated.stdout).toContain('| `trackingDomains` | list of string |');
  expect(generated.stdout).toContain('| `category` | fideslang data category id | yes |');
});
