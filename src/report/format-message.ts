import { posix } from 'node:path';
import type { CheckResult, CheckSummary, Problem } from '../model.js';
import { formatLocation } from '../errors.js';
import { toSafeText } from './escape.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "3 problems (2 errors, 1 warning)" or "no problems". */
export function formatProblemCount(summary: Pick<CheckSummary, 'errors' | 'warnings'>): string {
  const total = summary.errors + summary.warnings;
  if (total === 0) return 'no problems';
  return `${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})`;
}

/** "2 suppressed, 1 in the baseline", or '' when nothing was hidden. */
export function formatHiddenCount(summary: Pick<CheckSummary, 'suppressed' | 'baselined'>): string {
  const parts: string[] = [];
  if (summary.suppressed > 0) parts.push(`${summary.suppressed} suppressed`);
  if (summary.baselined > 0) parts.push(`${summary.baselined} in the baseline`);
  return parts.join(', ');
}

/** One line of plain text per problem: the message, the fix and the manifest entry, for text-only sinks. */
export function formatPlainMessage(problem: Problem): string {
  const where = problem.manifestLocation === undefined ? '' : ` (${formatLocation(problem.manifestLocation)})`;
  return `${problem.message} Fix: ${problem.help}${where}.`;
}

/** "14 findings in 20 files checked against privacy.yml" (the manifest named from where privlint ran), and ", 2 files not scanned" when some were skipped. */
export const formatScanned = (result: CheckResult): string => {
  const skipped = result.summary.skipped.length;
  const unscanned = skipped === 0 ? '' : `, ${plural(skipped, 'file')} not scanned`;
  return `${plural(result.summary.findings, 'finding')} in ${plural(result.summary.files, 'file')} checked against ${toSafeText(toWorkspacePath(result, result.manifest))}${unscanned}`;
};

/** A root-relative path as seen from where privlint ran (the repository root in CI), for annotations. */
export const toWorkspacePath = (result: Pick<CheckResult, 'root'>, file: string): string =>
  result.root === '.' || result.root === '' ? file : posix.join(result.root, file);
