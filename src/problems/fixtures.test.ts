import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkProject } from './check.js';
import { summarizeProblem } from './summarize.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/check/', import.meta.url));

interface Expected {
  problems: string[];
  suppressed?: number;
  baselined?: number;
  /** The baseline file of the fixture, when it has one. */
  baseline?: string;
}

const cases = readdirSync(fixturesDir)
  .filter((name) => existsSync(join(fixturesDir, name, 'expected.json')))
  .sort();

describe('fixtures/check', () => {
  test.each(cases)('%s', async (name) => {
    const root = join(fixturesDir, name);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected;
    const { result } = await checkProject({ root, baseline: expected.baseline === undefined ? undefined : join(root, expected.baseline) });
    expect(result.problems.map(summarizeProblem)).toEqual(expected.problems);
    expect(result.summary.suppressed).toBe(expected.suppressed ?? 0);
    expect(result.summary.baselined).toBe(expected.baselined ?? 0);
  });
});
