import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { checkProject } from '../problems/check.js';
import { RULES } from '../problems/rules/index.js';
import { getSarifMultitool } from '../testing/sarif-validator.js';
import { sarif } from './sarif.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;

interface ValidationLog {
  runs: { results?: { level?: string; ruleId?: string; message: { text?: string } }[] }[];
}

/** Runs Microsoft's SARIF validator and returns its findings as `level ruleId`. */
function validateSarif(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, text);
    execFileSync(getSarifMultitool(), ['validate', input, '--output', output, '--quiet'], { stdio: 'pipe' });
    const log = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
    return log.runs.flatMap((run) => run.results ?? []).map((result) => `${result.level ?? 'warning'} ${result.ruleId}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sarif reporter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-sarif-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('sarif-multitool validates the output with no errors', () => {
    const messages = validateSarif(sarif(load('mixed-problems'), { color: false, version: '0.1.0' }));
    expect(messages.filter((message) => message.startsWith('error'))).toEqual([]);
  });

  test('a real check of the demo shop gives SARIF with neither errors nor warnings from the validator', async () => {
    const { result } = await checkProject({ root: fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url)) });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(validateSarif(sarif(result, { color: false, version: '0.1.0' }))).toEqual([]);
  });

  test('results carry ruleIndex, a relative uri, the region and the fingerprint', () => {
    const log = JSON.parse(sarif(load('mixed-problems'), { color: false, version: '0.1.0' }));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'privlint', version: '0.1.0' });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    const last = run.results[3];
    expect(run.tool.driver.rules[last.ruleIndex].id).toBe('undeclared-data');
    expect(last).toMatchObject({
      ruleId: 'undeclared-data',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/jobs/send%20sms.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 3 } } }],
      partialFingerprints: { 'privlintFingerprint/v1': '3e9f5a4b6c7d8e9f0a1b2c3d4e5f6a7b' },
    });
    expect(run.results[0].level).toBe('warning');
  });
});
