import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { SINK_KINDS, type Finding, type Gap } from '../model.js';
import { isKnownCategory } from '../taxonomy/index.js';
import { scan } from './index.js';

// The labelled corpus: fixtures/scan/<tier>-<behaviour>/expected.json (conventions in fixtures/scan/README.md).
const corpusDir = fileURLToPath(new URL('../../fixtures/scan/', import.meta.url));

const TIERS = ['sdk', 'sink', 'source', 'flow', 'trap'] as const;
type Tier = (typeof TIERS)[number];

interface Expected {
  tier: Tier;
  description: string;
  findings: string[];
  gaps?: string[];
}

interface CorpusCase {
  name: string;
  dir: string;
  expected: Expected;
}

const COMPACT_FINDING = /^(\S+):(\d+):(\d+) (\S+) (\S+) (\S+)$/;

const toCompactFinding = (finding: Finding): string =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind} ${finding.sink.recipient ?? 'null'}`;

const toCompactGap = (gap: Gap): string => `${gap.location.file}:${gap.location.line}:${gap.location.column}`;

const sorted = (values: string[]): string[] => [...values].sort();

function readCorpus(): CorpusCase[] {
  return readdirSync(corpusDir)
    .filter((name) => statSync(path.join(corpusDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = path.join(corpusDir, name);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      return { name, dir, expected };
    });
}

const corpus = readCorpus();

describe('the corpus labels are well formed', () => {
  test('enough cases in every tier', () => {
    const count = (tier: Tier) => corpus.filter((c) => c.expected.tier === tier).length;
    expect(corpus.length).toBeGreaterThanOrEqual(70);
    expect(count('trap')).toBeGreaterThanOrEqual(20);
    for (const tier of TIERS) expect(count(tier), tier).toBeGreaterThan(0);
  });

  test.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, corpusCase) => {
    const { name, dir, expected } = corpusCase;
    expect(TIERS).toContain(expected.tier);
    expect(name.startsWith(`${expected.tier}-`)).toBe(true);
    expect(expected.description.length).toBeGreaterThan(10);
    expect(existsSync(path.join(dir, 'package.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
    expect(expected.findings).toEqual(sorted(expected.findings));
    expect(new Set(expected.findings).size).toBe(expected.findings.length);
    if (expected.tier === 'trap') expect(expected.findings).toEqual([]);

    for (const finding of expected.findings) {
      const match = COMPACT_FINDING.exec(finding);
      expect(match, finding).not.toBeNull();
      const [, file = '', line = '', column = '', category = '', kind = '', recipient = ''] = match ?? [];
      expect(isKnownCategory(category), `${finding}: category`).toBe(true);
      expect(SINK_KINDS as readonly string[], `${finding}: kind`).toContain(kind);
      if (['browser-storage', 'cookie', 'request-input', 'device-api'].includes(kind)) expect(recipient).toBe('null');
      // the location must fall inside the file, on a non-blank character
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
      const text = lines[Number(line) - 1] ?? '';
      expect(text.charAt(Number(column) - 1).trim(), `${finding}: location`).not.toBe('');
    }
  });
});

describe('scan reports exactly the labelled findings', () => {
  test.each(corpus.map((c) => [c.name, c] as const))('%s', async (_name, corpusCase) => {
    const { dir, expected } = corpusCase;
    const result = await scan({ root: dir });
    expect(sorted(result.findings.map(toCompactFinding))).toEqual(expected.findings);
    if (expected.gaps) expect(sorted(result.gaps.map(toCompactGap))).toEqual(sorted(expected.gaps));
  });
});
