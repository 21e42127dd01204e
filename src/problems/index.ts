export { createBaseline, formatBaseline, readBaseline, type Baseline, type BaselineEntry } from './baseline.js';
export { checkProject, createSourceReader, type CheckOptions, type CheckOutcome } from './check.js';
export { compareProblems, evaluate, type EvaluateOptions } from './evaluate.js';
export { getCoveringField, withCoveringFields } from './coverage.js';
export { getDeclaredRecipient, getDestination } from './destination.js';
export { RULES, RULE_IDS, getRuleDocsUrl, getRuleMeta, isRuleId } from './rules/index.js';
export type { RuleMeta } from './rules/index.js';
export { parseRuleFlag, resolveSeverities } from './severity.js';
export { summarizeProblem } from './summarize.js';
