import type { Rule } from './types.js';

// Problems of this rule come from the suppression pass (src/problems/suppressions.ts), not from findings.
export const unusedSuppression: Rule = {
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'warn',
    description: 'A `privlint-disable-next-line` comment that suppresses nothing.',
    help: 'A suppression that matches nothing hides the next real problem on that line. Remove it, or correct the rule name or its position (it applies to the line right below it).',
  },
};
