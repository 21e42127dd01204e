import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';
import type { CheckResult } from '../model.js';
import { gitlab } from './gitlab.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;
const issueSchema = JSON.parse(readFileSync(new URL('../../fixtures/schemas/gitlab-codeclimate.json', import.meta.url), 'utf8')) as object;
// GitLab's documentation asks for more than its parser's schema checks: a check name and one of five severities.
const DOCUMENTED_SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('gitlab reporter (Code Quality report)', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(issueSchema);

  test("every issue passes GitLab's own Code Quality schema and the documented fields", () => {
    const issues = JSON.parse(gitlab(load('mixed-problems'), { color: false, version: '0.1.0' })) as Record<string, unknown>[];
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(validate(issue), JSON.stringify(validate.errors)).toBe(true);
      expect(DOCUMENTED_SEVERITIES).toContain(issue.severity);
      expect(typeof issue.check_name).toBe('string');
    }
    expect(issues.map((issue) => [issue.check_name, issue.severity, issue.location])).toEqual([
      ['unused-declaration', 'minor', { path: 'privacy.yml', lines: { begin: 14 } }],
      ['pii-in-logs', 'minor', { path: 'src/lib/signup.ts', lines: { begin: 4 } }],
      ['undisclosed-sharing', 'major', { path: 'src/lib/signup.ts', lines: { begin: 9 } }],
      ['undeclared-data', 'major', { path: 'src/jobs/send sms.ts', lines: { begin: 7 } }],
    ]);
  });

  test('fingerprints are the problem fingerprints, mixed with the folder when a subfolder is scanned', () => {
    const result = load('mixed-problems');
    const atRoot = JSON.parse(gitlab(result, { color: false, version: '0.1.0' })) as { fingerprint: string; location: { path: string } }[];
    expect(atRoot.map((issue) => issue.fingerprint)).toEqual(result.problems.map((problem) => problem.fingerprint));
    const inFolder = JSON.parse(gitlab({ ...result, root: 'apps/web' }, { color: false, version: '0.1.0' })) as { fingerprint: string; location: { path: string } }[];
    expect(inFolder[0]!.location.path).toBe('apps/web/privacy.yml');
    expect(inFolder[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(inFolder.map((issue) => issue.fingerprint)).not.toContain(atRoot[0]!.fingerprint);
  });

  test('a real check of the demo shop, through the CLI, validates too', async () => {
    const run = await runCli(fileURLToPath(new URL('../../', import.meta.url)), ['check', 'fixtures/demo-shop', '--format', 'gitlab', '--no-cache']);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as { severity: string; location: { path: string } }[];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(validate(issue), JSON.stringify(validate.errors)).toBe(true);
      expect(DOCUMENTED_SEVERITIES).toContain(issue.severity);
      expect(issue.location.path).toMatch(/^fixtures\/demo-shop\//);
    }
  });

  test('no problems is an empty array, which GitLab reads as "no degradation"', () => {
    expect(gitlab(load('no-problems'), { color: false, version: '0.1.0' })).toBe('[]\n');
  });
});
