import { Chalk, type ChalkInstance } from 'chalk';
import { formatLocation } from '../errors.js';
import type { CheckResult, Problem } from '../model.js';
import { formatHiddenCount, formatProblemCount, formatScanned } from './format-message.js';
import { splitLines } from '../problems/suppressions.js';
import { toSafeText } from './escape.js';
import type { Reporter, ReportContext } from './types.js';

/** Human output: problems grouped by file, each with a code frame, the rule id, the fix and the manifest entry. */
export const pretty: Reporter = (result, ctx) => {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const byFile = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    const problems = byFile.get(problem.location.file);
    if (problems === undefined) byFile.set(problem.location.file, [problem]);
    else problems.push(problem);
  }
  const blocks = [...byFile].map(([file, problems]) => {
    const lines = problems.flatMap((problem) => formatProblem(problem, chalk, ctx));
    return [chalk.underline(toSafeText(file)), ...lines].join('\n');
  });
  const gaps = result.gaps.length === 0 ? [] : [formatGaps(result, chalk)];
  return [...blocks, ...gaps, ...formatUnscanned(result, chalk), formatSummary(result, chalk)].join('\n\n') + '\n';
};

/** Files privlint did not read (or read only in part): a clean report says nothing about them. */
function formatUnscanned(result: CheckResult, chalk: ChalkInstance): string[] {
  const { skipped, partlyParsed } = result.summary;
  const blocks: string[] = [];
  if (skipped.length > 0) {
    blocks.push([chalk.underline('Not scanned'), ...skipped.map((file) => `  ${toSafeText(file.file)}: ${toSafeText(file.reason)}`)].join('\n'));
  }
  if (partlyParsed.length > 0) {
    blocks.push([chalk.underline('Scanned with syntax errors'), ...partlyParsed.map((file) => `  ${toSafeText(file)}`)].join('\n'));
  }
  return blocks;
}

/** Gaps are listed so that silence about data privlint could not follow never reads as "clean". */
function formatGaps(result: CheckResult, chalk: ChalkInstance): string {
  const lines = result.gaps.map((gap) => {
    const where = chalk.dim(toSafeText(formatLocation(gap.location)));
    return `  ${where}  ${gap.categories.join(', ')} in \`${toSafeText(gap.expression.replace(/\s+/g, ' '))}\`: ${toSafeText(gap.reason)}`;
  });
  return [chalk.underline('Not followed (gaps)'), ...lines].join('\n');
}

function formatProblem(problem: Problem, chalk: ChalkInstance, ctx: ReportContext): string[] {
  const { line, column } = problem.location;
  const severity = problem.severity === 'error' ? chalk.red('error') : chalk.yellow('warn ');
  // Messages quote code, and scanned code may hold terminal escapes: they are shown, never obeyed.
  const lines = [`  ${chalk.dim(`${line}:${column}`)}  ${severity}  ${toSafeText(problem.message)}  ${chalk.dim(problem.rule)}`];
  const source = ctx.readSource?.(problem.location.file);
  if (source !== undefined) lines.push(...formatCodeFrame(source, problem.location.file, line, column, chalk));
  lines.push(`    ${chalk.cyan('help:')} ${toSafeText(problem.help)}`);
  if (problem.manifestLocation !== undefined && problem.manifestLocation.file !== problem.location.file) {
    lines.push(`    ${chalk.cyan('manifest:')} ${toSafeText(formatLocation(problem.manifestLocation))}`);
  }
  return lines;
}

/** Characters of a code line shown around the column: a minified 500 KB line must not be printed per problem. */
const FRAME_WIDTH = 160;

/** The line before and the problem line, with a caret under the column; tabs shown as two spaces, long lines cut. */
function formatCodeFrame(source: string, file: string, line: number, column: number, chalk: ChalkInstance): string[] {
  // YAML ends lines at line feeds and carriage returns only; code also at U+2028 and U+2029.
  const sourceLines = /\.ya?ml$/i.test(file) ? source.split(/\r\n|\r|\n/) : splitLines(source);
  const target = sourceLines[line - 1];
  if (target === undefined) return [];
  // One window for both lines, so the caret stays under the column.
  const start = target.length > FRAME_WIDTH ? Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 2, target.length - FRAME_WIDTH)) : 0;
  const excerpt = (text: string) => {
    if (text.length <= FRAME_WIDTH && start === 0) return text;
    const cut = text.slice(start, start + FRAME_WIDTH);
    return `${start > 0 ? '…' : ''}${cut}${start + FRAME_WIDTH < text.length ? '…' : ''}`;
  };
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const frame: string[] = [];
  for (let number = first; number <= line; number++) {
    const text = toSafeText(excerpt(sourceLines[number - 1] ?? '').replaceAll('\t', '  ').trimEnd());
    const marker = number === line ? chalk.red('>') : ' ';
    frame.push(`  ${marker} ${chalk.dim(`${String(number).padStart(width)} |`)}${text === '' ? '' : ` ${text}`}`);
  }
  const before = `${start > 0 ? '…' : ''}${toSafeText(target.slice(start, Math.max(start, column - 1)).replaceAll('\t', '  '))}`;
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
