import { Chalk } from 'chalk';
import type { FlowChange } from '../flows/compare.js';
import { formatChangeCount, formatSide, isUndeclared, type DiffReportContext, type ReportedDiff } from './diff.js';
import { toSafeText } from './escape.js';

const SIGNS: Record<FlowChange['type'], '+' | '-'> = {
  'recipient-added': '+',
  'flow-added': '+',
  'purpose-added': '+',
  'recipient-removed': '-',
  'flow-removed': '-',
  'purpose-removed': '-',
};

/** The diff for a terminal: one line per change, starts in green, stops in red, undeclared flows flagged. */
export function formatDiffPretty(diff: ReportedDiff, ctx: DiffReportContext): string {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines = [`privlint: ${formatChangeCount(diff.changes.length)} between ${formatSide(diff.base, toSafeText)} and ${formatSide(diff.head, toSafeText)}`];
  for (const change of diff.changes) {
    const sign = SIGNS[change.type];
    const where = change.type.startsWith('purpose') && change.location ? ` (${toSafeText(change.location.file)}:${change.location.line})` : '';
    const flag = isUndeclared(change) ? chalk.yellow('  not declared in the manifest') : '';
    lines.push(`  ${sign === '+' ? chalk.green(sign) : chalk.red(sign)} ${toSafeText(change.sentence)}${where}${flag}`);
    if (change.type === 'purpose-added' && change.note) lines.push(`      ${chalk.dim(change.note)}`);
  }
  return `${lines.join('\n')}\n`;
}
