import type { RuleId } from '../../model.js';
import { automatedDecisionBasis } from './automated-decision-basis.js';
import { invalidSuppression } from './invalid-suppression.js';
import { piiInLogs } from './pii-in-logs.js';
import { purposeMismatch } from './purpose-mismatch.js';
import { specialCategoryBasis } from './special-category-basis.js';
import type { Rule, RuleMeta } from './types.js';
import { undeclaredData } from './undeclared-data.js';
import { undeclaredRecipient } from './undeclared-recipient.js';
import { undeclaredStorage } from './undeclared-storage.js';
import { undisclosedSharing } from './undisclosed-sharing.js';
import { unfinishedDeclaration } from './unfinished-declaration.js';
import { unusedDeclaration } from './unused-declaration.js';
import { unusedSuppression } from './unused-suppression.js';

export type { Destination, ProblemDraft, ResolvedFinding, Rule, RuleContext, RuleMeta } from './types.js';

export const RULES: readonly Rule[] = [
  automatedDecisionBasis,
  invalidSuppression,
  piiInLogs,
  purposeMismatch,
  specialCategoryBasis,
  undeclaredData,
  undeclaredRecipient,
  undeclaredStorage,
  undisclosedSharing,
  unfinishedDeclaration,
  unusedDeclaration,
  unusedSuppression,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

/** Where the rules are documented: one docs/rules.md section per rule, anchored by the rule id. */
export const DOCS_URL = 'https://github.com/privlint/privlint/blob/main/docs/rules.md';

export const getRuleDocsUrl = (id: RuleId): string => `${DOCS_URL}#${id}`;

export const isRuleId = (id: string): id is RuleId => BY_ID.has(id as RuleId);

export function getRuleMeta(id: RuleId): RuleMeta {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`Unknown rule ${id}`);
  return rule.meta;
}

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.meta.id);
