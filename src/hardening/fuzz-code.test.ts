import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { createRandom } from '../../bench/generate-app.mjs';
import { createDeepStatement, DEEP_KINDS, fuzzCode, mutateCode } from './fuzz-code.js';

// The fast sample of `npm run fuzz:code` (it drives the built CLI): a fixed seed, so a failure here replays exactly.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'privlint-fuzz-code-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('fuzzed code', () => {
  test('the same seed makes the same files; deep statements have the depth they say', () => {
    const text = 'export const a = 1;\nexport const b = 2;\n';
    expect(mutateCode(text, createRandom(7), 'x')).toBe(mutateCode(text, createRandom(7), 'x'));
    expect(createDeepStatement('negations', 1000, 'flag').split('\n!').length).toBe(1000);
    expect(DEEP_KINDS).toHaveLength(13);
  });

  test('120 mutated and deep files: no crash, no hang, every sentinel finding reported', () => {
    const report = fuzzCode({ repoRoot: REPO, workDir, files: 120, seed: 20261207, random: createRandom(20261207), batchSize: 40 });
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.lost).toEqual([]);
    expect(report.files).toBe(120);
    expect(report.structural).toBeGreaterThan(30);
    expect(report.gaps).toBeGreaterThan(0);
  }, 300_000);
});
