import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { applyMutations, fuzzManifests, readSeeds } from './fuzz.js';

// The fast sample of `npm run fuzz`: a fixed seed, so a failure here replays exactly.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'privlint-fuzz-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('mutated manifests', () => {
  test('mutations land where they say', () => {
    const text = Buffer.from('version: 1\nservice:\n  name: Shop\n');
    expect(applyMutations(text, [{ kind: 'flip-bit', at: 0, bit: 0 }]).toString()).toBe('wersion: 1\nservice:\n  name: Shop\n');
    expect(applyMutations(text, [{ kind: 'delete-line', at: 1 }]).toString()).toBe('version: 1\n  name: Shop\n');
    expect(applyMutations(text, [{ kind: 'rename-key', at: 2, name: '__proto__' }]).toString()).toBe('version: 1\nservice:\n  __proto__: Shop\n');
    expect(applyMutations(text, [{ kind: 'swap-value', at: 0, value: '[]' }]).toString()).toBe('version: []\nservice:\n  name: Shop\n');
    expect(applyMutations(text, [{ kind: 'nest', at: 2, depth: 3, open: '[' }]).toString()).toBe('version: 1\nservice:\n  name: [[[x]]]\n');
    expect(applyMutations(text, [{ kind: 'insert', at: 3, text: '\u202e' }]).toString()).toBe('ver\u202esion: 1\nservice:\n  name: Shop\n');
  });

  test('300 cases through validate, notice, export and check end in 0, 1 or a located 2', async () => {
    const report = await fuzzManifests({ seeds: readSeeds(REPO), workDir, numRuns: 300, seed: 20261129 });
    expect(report.failure).toBeUndefined();
    expect(report.numRuns).toBe(300);
    // The sample must reach every outcome, or the mutations are too weak (or too strong) to test anything.
    expect(Object.keys(report.byExitCode).sort()).toEqual(['0', '1', '2']);
  }, 300_000);
});
