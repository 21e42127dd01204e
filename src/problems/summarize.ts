import type { Problem } from '../model.js';

/** `rule severity file:line:column category field recipient`: one line per problem, for tests and quick diffs. */
export const summarizeProblem = (problem: Problem): string =>
  `${problem.rule} ${problem.severity} ${problem.location.file}:${problem.location.line}:${problem.location.column} ${problem.category ?? '-'} ${problem.field ?? '-'} ${problem.recipient ?? '-'}`;
