import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../model.js';
import { pretty } from './pretty.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/results/${name}.json`, import.meta.url), 'utf8')) as CheckResult;

const sources: Record<string, string> = {
  'src/lib/signup.ts': [
    "import { logger } from './log';",
    'export async function signUp(user: User) {',
    '\tconst id = await save(user);',
    '  logger.info({ email: user.email }, "signed up");',
    '',
    '',
    '',
    '  // tell analytics',
    '    analytics.identify({ userId: id, traits: { email: user.email } });',
  ].join('\n'),
  'privacy.yml': 'version: 1\n',
};
const readSource = (file: string) => sources[file];

describe('pretty reporter', () => {
  test('groups by file with a code frame, the rule, the fix and the manifest entry', async () => {
    await expect(pretty(load('mixed-problems'), { color: false, version: '0.1.0', readSource })).toMatchFileSnapshot(
      './__snapshots__/pretty-mixed-problems.txt',
    );
  });

  test('a clean run prints the summary, after the files it could not read', () => {
    const result = load('no-problems');
    result.summary.partlyParsed = ['src/half-written.ts'];
    expect(pretty(result, { color: false, version: '0.1.0' })).toBe(
      [
        'Not scanned',
        '  src/vendor/big.min.ts: minified',
        '',
        'Scanned with syntax errors',
        '  src/half-written.ts',
        '',
        '✔ No problems (1 finding in 1 file checked against privacy.yml, 1 file not scanned).',
        '',
      ].join('\n'),
    );
  });

  test('terminal escapes in scanned code are shown, never obeyed', () => {
    const result = load('mixed-problems');
    result.problems = [{ ...result.problems[1]!, message: 'evil \u001b[2J message' }];
    const output = pretty(result, { color: false, version: '0.1.0', readSource: () => 'a\nb\nc\n\u001b]0;title\u0007 logger.info(x)' });
    expect(output).not.toContain('\u001b');
    expect(output).toContain('evil \\u001b[2J message');
    expect(output).toContain('> 4 | \\u001b]0;title\\u0007 logger.info(x)');
  });

  test('colour only when the context asks for it', () => {
    const result = load('mixed-problems');
    expect(pretty(result, { color: false, version: '0.1.0' })).not.toContain('\u001b[');
    expect(pretty(result, { color: true, version: '0.1.0' })).toContain('\u001b[31merror');
  });
});
