import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createBaseline, formatBaseline, readBaseline } from './baseline.js';
import { createFingerprints } from './fingerprint.js';
import type { ProblemDraft } from './rules/types.js';

const draft = (line: number, expression = 'user.email'): ProblemDraft => ({
  rule: 'undeclared-data',
  location: { file: 'src/a.ts', line, column: 5 },
  category: 'user.contact.email',
  field: null,
  recipient: 'segment',
  expression,
  message: 'm',
  help: 'h',
  confidence: 'high',
});

describe('fingerprints', () => {
  test('survive a line shift and whitespace changes', () => {
    expect(createFingerprints([draft(3)])).toEqual(createFingerprints([draft(40, 'user .email')]));
  });

  test('identical problems differ by occurrence index, in line order', () => {
    const [first, second] = createFingerprints([draft(9), draft(4)]);
    expect(first).not.toBe(second);
    expect(createFingerprints([draft(4)])[0]).toBe(second);
  });

  test('a different expression is a different problem', () => {
    expect(createFingerprints([draft(3)])).not.toEqual(createFingerprints([draft(3, 'customer.email')]));
  });
});

describe('baseline file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-baseline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('round-trips sorted entries', () => {
    const baseline = createBaseline([
      { rule: 'pii-in-logs', severity: 'warn', message: 'm', location: { file: 'src/b.ts', line: 1, column: 1 }, category: 'user.name', field: 'name', recipient: 'pino', fingerprint: 'b', help: 'h' },
      { rule: 'undeclared-data', severity: 'error', message: 'm', location: { file: 'src/a.ts', line: 9, column: 1 }, category: 'user.name', field: null, recipient: null, fingerprint: 'a', help: 'h' },
    ]);
    expect(baseline.problems.map((entry) => entry.file)).toEqual(['src/a.ts', 'src/b.ts']);
    const path = join(dir, 'privlint-baseline.json');
    writeFileSync(path, formatBaseline(baseline));
    expect(readBaseline(path, 'privlint-baseline.json')).toEqual(baseline);
  });

  test.each([
    ['missing.json', undefined, 'The baseline missing.json does not exist; create it with --update-baseline, or check the path.'],
    ['broken.json', '{\n  "schemaVersion": 1,\n  oops\n}', 'The baseline broken.json:3:3 is not valid JSON; regenerate it with --update-baseline.'],
    ['other.json', '{ "version": 2 }', 'The baseline other.json:1:1 is not a privlint baseline'],
  ])('%s is an input error', (name, content, message) => {
    const path = join(dir, name);
    if (content !== undefined) writeFileSync(path, content);
    expect(() => readBaseline(path, name)).toThrow(message);
  });
});
