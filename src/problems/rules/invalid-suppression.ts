import type { Rule } from './types.js';

// Problems of this rule come from the suppression pass (src/problems/suppressions.ts), not from findings.
export const invalidSuppression: Rule = {
  meta: {
    id: 'invalid-suppression',
    defaultSeverity: 'warn',
    description: 'A `privlint-disable-next-line` comment without a reason or with an unknown rule; it suppresses nothing.',
    help: 'Write it as `// privlint-disable-next-line <rule>[, <rule>] -- <reason>`: the reason after `--` is required, so the next reader knows why the data flow is acceptable.',
  },
};
