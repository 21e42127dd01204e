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

  test('a clean run prints one summary line', () => {
    expect(pretty(load('no-problems'), { color: false, version: '0.1.0' })).toBe('✔ No problems (1 finding in 1 file checked against privacy.yml).\n');
  });

  test('colour only when the context asks for it', () => {
    const result = load('mixed-problems');
    expect(pretty(result, { color: false, version: '0.1.0' })).not.toContain('\u001b[');
    expect(pretty(result, { color: true, version: '0.1.0' })).toContain('\u001b[31merror');
  });
});
