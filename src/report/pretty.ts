import { Chalk, type ChalkInstance } from 'chalk';
import { formatLocation } from '../errors.js';
import type { CheckResult, Problem } from '../model.js';
import { formatHiddenCount, formatProblemCount, formatScanned } from './format-message.js';
import type { Reporter, ReportContext } from './types.js';

/** Human output: problems grouped by file, each with a code frame, the rule id, the fix and the manifest entry. */
export const pretty: Reporter = (result, ctx) => {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const byFile = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    byFile.set(problem.location.file, [...(byFile.get(problem.location.file) ?? []), problem]);
  }
  const blocks = [...byFile].map(([file, problems]) => {
    const lines = problems.flatMap((problem) => formatProblem(problem, chalk, ctx));
    return [chalk.underline(file), ...lines].join('\n');
  });
  const gaps = result.gaps.length === 0 ? [] : [formatGaps(result, chalk)];
  return [...blocks, ...gaps, formatSummary(result, chalk)].join('\n\n') + '\n';
};

/** Gaps are listed so that silence about data privlint could not follow never reads as "clean". */
function formatGaps(result: CheckResult, chalk: ChalkInstance): string {
  const lines = result.gaps.map((gap) => {
    const where = chalk.dim(formatLocation(gap.location));
    return `  ${where}  ${gap.categories.join(', ')} in \`${gap.expression.replace(/\s+/g, ' ')}\`: ${gap.reason}`;
  });
  return [chalk.underline('Not followed (gaps)'), ...lines].join('\n');
}

function formatProblem(problem: Problem, chalk: ChalkInstance, ctx: ReportContext): string[] {
  const { line, column } = problem.location;
  const severity = problem.severity === 'error' ? chalk.red('error') : chalk.yellow('warn ');
  const lines = [`  ${chalk.dim(`${line}:${column}`)}  ${severity}  ${problem.message}  ${chalk.dim(problem.rule)}`];
  const source = ctx.readSource?.(problem.location.file);
  if (source !== undefined) lines.push(...formatCodeFrame(source, line, column, chalk));
  lines.push(`    ${chalk.cyan('help:')} ${problem.help}`);
  if (problem.manifestLocation !== undefined && problem.manifestLocation.file !== problem.location.file) {
    lines.push(`    ${chalk.cyan('manifest:')} ${formatLocation(problem.manifestLocation)}`);
  }
  return lines;
}

/** The line before and the problem line, with a caret under the column; tabs shown as two spaces. */
function formatCodeFrame(source: string, line: number, column: number, chalk: ChalkInstance): string[] {
  const sourceLines = source.split(/\r?\n/);
  const target = sourceLines[line - 1];
  if (target === undefined) return [];
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const frame: string[] = [];
  for (let number = first; number <= line; number++) {
    const text = (sourceLines[number - 1] ?? '').replaceAll('\t', '  ').trimEnd();
    const marker = number === line ? chalk.red('>') : ' ';
    frame.push(`  ${marker} ${chalk.dim(`${String(number).padStart(width)} |`)}${text === '' ? '' : ` ${text}`}`);
  }
  const before = target.slice(0, column - 1).replaceAll('\t', '  ');
  frame.push(`    ${' '.repeat(width)} ${chalk.dim('|')} ${' '.repeat(before.length)}${chalk.red('^')}`);
  return frame;
}

function formatSummary(result: CheckResult, chalk: ChalkInstance): string {
  const { summary } = result;
  const hidden = formatHiddenCount(summary);
  const scanned = formatScanned(result);
  const gaps = result.gaps.length === 0 ? '' : `, ${result.gaps.length} gap${result.gaps.length === 1 ? '' : 's'}`;
  const tail = `${scanned}${gaps}${hidden === '' ? '' : `; ${hidden}`}`;
  if (summary.errors + summary.warnings === 0) return `${chalk.green('✔')} No problems (${tail}).`;
  const mark = summary.errors > 0 ? chalk.red('✖') : chalk.yellow('⚠');
  return `${mark} ${formatProblemCount(summary)}: ${tail}.`;
}
