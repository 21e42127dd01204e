import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { junit } from './junit.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: { type: string; message: string; '#text': string };
}

describe('junit reporter', () => {
  test('well-formed XML: one suite per file, one failed case per problem, errors and warnings told apart', () => {
    const xml = junit(load('mixed-problems'), { color: false, version: '0.1.0' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { testsuites } = parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: { name: string; tests: string; testcase: TestCase[] }[] } };
    expect([testsuites.tests, testsuites.failures]).toEqual(['4', '4']);
    expect(testsuites.testsuite.map((suite) => [suite.name, suite.tests])).toEqual([
      ['privacy.yml', '1'],
      ['src/jobs/send sms.ts', '1'],
      ['src/lib/signup.ts', '2'],
    ]);
    const cases = testsuites.testsuite.flatMap((suite) => suite.testcase);
    expect(cases.map((testCase) => [testCase.name, testCase.failure?.type, testCase.file, testCase.line])).toEqual([
      ['unused-declaration at privacy.yml:14:3', 'warning', 'privacy.yml', '14'],
      ['undeclared-data at src/jobs/send sms.ts:7:3', 'error', 'src/jobs/send sms.ts', '7'],
      ['pii-in-logs at src/lib/signup.ts:4:3', 'warning', 'src/lib/signup.ts', '4'],
      ['undisclosed-sharing at src/lib/signup.ts:9:5', 'error', 'src/lib/signup.ts', '9'],
    ]);
    // The message keeps what the code said, escaped: a control character or markup cannot break the document.
    expect(cases[1]!.failure!.message).toContain('50% | a,b: c');
  });

  test('no problems: one passing test case, so CI shows a green report instead of none', () => {
    const xml = junit(load('no-problems'), { color: false, version: '0.1.0' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { testsuites } = parser.parse(xml) as { testsuites: { failures: string; testsuite: { testcase: TestCase[] }[] } };
    expect(testsuites.failures).toBe('0');
    expect(testsuites.testsuite[0]!.testcase).toHaveLength(1);
    expect(testsuites.testsuite[0]!.testcase[0]!.failure).toBeUndefined();
  });
});
