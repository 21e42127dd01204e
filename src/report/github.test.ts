import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { formatPlainMessage } from './format-message.js';
import { github } from './github.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;

describe('github reporter', () => {
  test('one escaped annotation per problem and a plain summary', () => {
    const lines = github(load('mixed-problems'), { color: false, version: '0.1.0' }).split('\n');
    expect(lines[0]).toBe(
      '::warning file=privacy.yml,line=14,col=3,title=privlint unused-declaration::Field `fax` (user.contact.fax_number) is declared in privacy.yml, but the code never shows it. Fix: remove `fields.fax` from privacy.yml if the product no longer handles it, or list the names the code uses for it in `fields.fax.aliases`.',
    );
    // `%`, newlines, and in properties `:` and `,`, are escaped per the workflow-command rules.
    expect(lines[3]).toBe(
      '::error file=src/jobs/send sms.ts,line=7,col=3,title=privlint undeclared-data::`order.phone` is user.contact.phone_number, sent to twilio by `client.messages.create`, but no field in privacy.yml covers user.contact.phone_number; 50%25 | a,b: c%0Asecond line. Fix: add a field `phone_number` with `category: user.contact.phone_number` under `fields` in privacy.yml, or stop sending it (privacy.yml:6:1).',
    );
    expect(lines.slice(4)).toEqual([
      'privlint: 4 problems (2 errors, 2 warnings) (1 suppressed, 1 in the baseline); 3 findings in 3 files checked against privacy.yml',
      '',
    ]);
  });

  test('paths are relative to where privlint ran, so a scanned subfolder still annotates the right file', () => {
    const result = { ...load('mixed-problems'), root: 'packages/web' };
    expect(github(result, { color: false, version: '0.1.0' })).toMatch(/^::warning file=packages\/web\/privacy.yml,line=14,col=3,/);
  });

  test('properties escape colons and commas', () => {
    const result = load('mixed-problems');
    result.problems = [{ ...result.problems[0]!, location: { file: 'src/a:b,c%.ts', line: 1, column: 1 } }];
    expect(github(result, { color: false, version: '0.1.0' })).toMatch(/^::warning file=src\/a%3Ab%2Cc%25\.ts,line=1,col=1,/);
  });

  test('any message and path stay one annotation line that decodes back to what it said', () => {
    const decodeData = (text: string) => text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
    const decodeProperty = (text: string) => decodeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
    const base = load('mixed-problems');
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (message, file) => {
        const problem = { ...base.problems[0]!, message, location: { file, line: 3, column: 7 } };
        const [line] = github({ ...base, problems: [problem] }, { color: false, version: '0.1.0' }).split('\n');
        const match = /^::warning ([^:]*)::(.*)$/s.exec(line!);
        expect(match).not.toBeNull();
        expect(line).not.toMatch(/[\r\n]/);
        // GitHub splits properties at `,` and each at its first `=`.
        const properties = Object.fromEntries(match![1]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
        expect(decodeProperty(properties.file!)).toBe(file);
        expect(decodeData(match![2]!)).toBe(formatPlainMessage(problem));
      }),
    );
  });
});
