import { describe, expect, test } from 'vitest';
import type { Problem } from '../model.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';

const problem = (rule: Problem['rule'], line: number): Problem => ({
  rule,
  severity: 'error',
  message: 'm',
  location: { file: 'src/a.ts', line, column: 1 },
  category: null,
  field: null,
  recipient: null,
  fingerprint: `${rule}-${line}`,
  help: 'h',
});

describe('parseSuppressions', () => {
  test('reads rules and the reason, in line and block comments', () => {
    const text = [
      'const a = 1;',
      '  // privlint-disable-next-line undeclared-data, pii-in-logs -- hashed before it leaves',
      'x();',
      '{/* privlint-disable-next-line undeclared-recipient -- staging only */}',
    ].join('\n');
    expect(parseSuppressions('src/a.tsx', text)).toEqual({
      suppressions: [
        { location: { file: 'src/a.tsx', line: 2, column: 3 }, rules: ['undeclared-data', 'pii-in-logs'], reason: 'hashed before it leaves' },
        { location: { file: 'src/a.tsx', line: 4, column: 2 }, rules: ['undeclared-recipient'], reason: 'staging only' },
      ],
      invalid: [],
    });
  });

  test.each([
    ['// privlint-disable-next-line undeclared-data', 'gives no reason after `--`'],
    ['// privlint-disable-next-line undeclared-date -- typo', 'names unknown rule `undeclared-date`'],
    ['// privlint-disable-next-line -- no rule', 'names no rule'],
  ])('%s is invalid', (line, message) => {
    const { suppressions, invalid } = parseSuppressions('src/a.ts', line);
    expect(suppressions).toEqual([]);
    expect(invalid.map((draft) => [draft.rule, draft.location.line, draft.location.column])).toEqual([['invalid-suppression', 1, 1]]);
    expect(invalid[0]?.message).toContain(message);
  });

  test('`#` comments count only in YAML', () => {
    expect(parseSuppressions('src/a.ts', '# privlint-disable-next-line unused-declaration -- x').suppressions).toEqual([]);
    expect(parseSuppressions('privacy.yml', '# privlint-disable-next-line unused-declaration -- x').suppressions).toHaveLength(1);
  });
});

describe('applySuppressions', () => {
  test('suppresses the problem on the next line and reports the rules that matched nothing', () => {
    const parsed = parseSuppressions('src/a.ts', ['// privlint-disable-next-line undeclared-data, pii-in-logs -- reviewed', 'x();'].join('\n'));
    const outcome = applySuppressions([problem('undeclared-data', 2), problem('undeclared-data', 3)], [parsed]);
    expect(outcome.kept.map((p) => p.location.line)).toEqual([3]);
    expect(outcome.suppressed).toBe(1);
    expect(outcome.drafts.map((d) => [d.rule, d.location.line, d.message])).toEqual([
      ['unused-suppression', 1, 'This privlint-disable-next-line comment suppresses nothing: there is no `pii-in-logs` problem on line 2.'],
    ]);
  });
});
