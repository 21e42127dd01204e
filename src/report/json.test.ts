import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { checkProject } from '../problems/check.js';
import { json } from './json.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;
const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('json reporter', () => {
  test.each(['mixed-problems', 'no-problems'])('%s: the output validates against schemas/report.schema.json', (name) => {
    const output = JSON.parse(json(load(name), { color: false, version: '0.1.0' })) as unknown;
    expect(validateReport.errors ?? []).toEqual([]);
    expect(validateReport(output)).toBe(true);
  });

  test('a real check of the demo shop validates too', async () => {
    const { result } = await checkProject({ root: fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url)) });
    const valid = validateReport(JSON.parse(json(result, { color: false, version: '0.1.0' })));
    expect(validateReport.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('keeps the document as the result holds it, evidence left out', () => {
    const result = load('mixed-problems');
    result.findings[0]!.evidence = { by: 'name', matched: 'phone', term: 'phone' };
    const output = JSON.parse(json(result, { color: false, version: '0.1.0' })) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['schemaVersion', 'tool', 'root', 'manifest', 'summary', 'findings', 'gaps', 'problems']);
    expect(output.findings).toEqual(load('mixed-problems').findings);
    expect(output.problems).toEqual(load('mixed-problems').problems);
  });

  test('the schema rejects a problem without a fingerprint', () => {
    const output = JSON.parse(json(load('mixed-problems'), { color: false, version: '0.1.0' })) as { problems: Record<string, unknown>[] };
    delete output.problems[0]!.fingerprint;
    expect(validateReport(output)).toBe(false);
  });
});
