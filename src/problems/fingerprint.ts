import { createHash } from 'node:crypto';
import type { ProblemDraft } from './rules/types.js';

/** Whitespace and optional chaining do not change what an expression is. */
export const normalizeExpression = (expression: string): string => expression.replace(/\?\./g, '.').replace(/\s+/g, '');

const compareLocation = (a: ProblemDraft, b: ProblemDraft) =>
  a.location.line - b.location.line || a.location.column - b.location.column;

/**
 * Fingerprints that survive unrelated edits: the hash of rule, file, category, recipient and the normalised
 * expression, plus an occurrence index among identical keys (in line order), never the line itself.
 * Returned in the order of `drafts`.
 */
export function createFingerprints(drafts: readonly ProblemDraft[]): string[] {
  const keyOf = (draft: ProblemDraft) =>
    JSON.stringify([draft.rule, draft.location.file, draft.category, draft.recipient, normalizeExpression(draft.expression ?? draft.subject ?? '')]);
  const groups = new Map<string, ProblemDraft[]>();
  for (const draft of drafts) {
    const key = keyOf(draft);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [draft]);
    else group.push(draft);
  }
  const occurrence = new Map<ProblemDraft, number>();
  for (const group of groups.values()) {
    [...group].sort(compareLocation).forEach((draft, index) => occurrence.set(draft, index));
  }
  return drafts.map((draft) =>
    createHash('sha256')
      .update(`${keyOf(draft)}#${occurrence.get(draft) ?? 0}`)
      .digest('hex')
      .slice(0, 32),
  );
}
