import { Chalk, type ChalkInstance } from 'chalk';
import { formatLocation } from '../errors.js';
import type { CheckResult, Gap, Problem } from '../model.js';
import { groupGaps } from '../findings/gap-groups.js';
import { formatHiddenCount, formatProblemCount, formatScanned, toWorkspacePath } from './format-message.js';
import { splitLines } from '../problems/suppressions.js';
import { toSafeText } from './escape.js';
import type { Reporter, ReportContext } from './types.js';

const UNFINISHED = 'unfinished-declaration';

/**
 * Human output: problems grouped by file, each with a code frame, the rule id, the fix and the manifest entry.
 * Paths are shown from where privlint ran, like the SARIF and GitHub reports, so they can be clicked and pasted.
 * TODOs left in a draft are one line each: they all have the same fix, and a draft holds dozens.
 */
export const pretty: Reporter = (result, ctx) => {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const byFile = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    const problems = byFile.get(problem.location.file);
    if (problems === undefined) byFile.set(problem.location.file, [problem]);
    else problems.push(problem);
  }
  const blocks = [...byFile].map(([file, problems]) => {
    const unfinished = problems.filter((problem) => problem.rule === UNFINISHED);
    const lines = problems.filter((problem) => problem.rule !== UNFINISHED).flatMap((problem) => formatProblem(result, problem, chalk, ctx));
    if (unfinished.length > 0) lines.push(...formatUnfinished(unfinished, chalk));
    return [chalk.underline(toSafeText(toWorkspacePath(result, file))), ...lines].join('\n');
  });
  const gaps = result.gaps.length === 0 ? [] : [formatGaps(result, chalk, ctx.verbose === true)];
  return [...blocks, ...gaps, ...formatUnscanned(result, chalk), formatSummary(result, chalk)].join('\n\n') + '\n';
};

function formatUnfinished(problems: Problem[], chalk: ChalkInstance): string[] {
  const lines = problems.map((problem) => {
    const { line, column } = problem.location;
    const severity = problem.severity === 'error' ? chalk.red('error') : chalk.yellow('warn ');
    return `  ${chalk.dim(`${line}:${column}`)}  ${severity}  ${toSafeText(describeTodo(problem.message))}`;
  });
  const count = problems.length;
  lines.push(
    `    ${chalk.cyan('help:')} ${count === 1 ? 'this TODO is' : `these ${count} TODOs are`} still a draft: replace each with what is true, then run privlint check again  ${chalk.dim(UNFINISHED)}`,
  );
  return lines;
}

/** `fields.email.description: "TODO: describe it"` from the rule's sentence, or the sentence itself. */
function describeTodo(message: string): string {
  const match = /^`([^`]+)` in .* is still a TODO: ("[\s\S]*")\.$/.exec(message);
  return match ? `${match[1]}: ${match[2]}` : message;
}

/** Files privlint did not read (or read only in part): a clean report says nothing about them. */
function formatUnscanned(result: CheckResult, chalk: ChalkInstance): string[] {
  const { skipped, partlyParsed } = result.summary;
  const blocks: string[] = [];
  if (skipped.length > 0) {
    blocks.push([chalk.underline('Not scanned'), ...skipped.map((file) => `  ${toSafeText(toWorkspacePath(result, file.file))}: ${toSafeText(file.reason)}`)].join('\n'));
  }
  if (partlyParsed.length > 0) {
    blocks.push([chalk.underline('Scanned with syntax errors'), ...partlyParsed.map((file) => `  ${toSafeText(toWorkspacePath(result, file))}`)].join('\n'));
  }
  return blocks;
}

/**
 * Gaps are listed so that silence about data privlint could not follow never reads as "clean". One line per
 * unknown package (a real app has hundreds of gaps, nearly all into a handful of packages), then the rest;
 * --verbose lists every place.
 */
function formatGaps(result: CheckResult, chalk: ChalkInstance, verbose: boolean): string {
  const formatGap = (gap: Gap) => {
    const where = chalk.dim(toSafeText(formatLocation({ ...gap.location, file: toWorkspacePath(result, gap.location.file) })));
    return `  ${where}  ${gap.categories.join(', ')} in \`${toSafeText(gap.expression.replace(/\s+/g, ' '))}\`: ${toSafeText(gap.reason)}`;
  };
  if (verbose) return [chalk.underline('Not followed (gaps)'), ...result.gaps.map(formatGap)].join('\n');
  const lines = groupGaps(result.gaps).map((group) => {
    const places = `${group.gaps.length} place${group.gaps.length === 1 ? '' : 's'}`;
    const name = group.package === undefined ? 'other code privlint could not follow' : toSafeText(group.package);
    const advice = group.package === undefined ? '' : chalk.dim(' (unknown package: declare it under scan.sdks, or as a recipient)');
    return `  ${name}: ${places}, ${group.categories.join(', ')}${advice}`;
  });
  lines.push(`    ${chalk.dim('run with --verbose for every place')}`);
  return [chalk.underline('Not followed (gaps), by package'), ...lines].join('\n');
}

function formatProblem(result: CheckResult, problem: Problem, chalk: ChalkInstance, ctx: ReportContext): string[] {
  const { line, column } = problem.location;
  const severity = problem.severity === 'error' ? chalk.red('error') : chalk.yellow('warn ');
  // Messages quote code, and scanned code may hold terminal escapes: they are shown, never obeyed.
  const lines = [`  ${chalk.dim(`${line}:${column}`)}  ${severity}  ${toSafeText(problem.message)}  ${chalk.dim(problem.rule)}`];
  const source = ctx.readSource?.(problem.location.file);
  if (source !== undefined) lines.push(...formatCodeFrame(source, problem.location.file, line, column, chalk));
  lines.push(`    ${chalk.cyan('help:')} ${toSafeText(problem.help)}`);
  if (problem.manifestLocation !== undefined && problem.manifestLocation.file !== problem.location.file) {
    const manifestFile = toWorkspacePath(result, problem.manifestLocation.file);
    lines.push(`    ${chalk.cyan('manifest:')} ${toSafeText(formatLocation({ ...problem.manifestLocation, file: manifestFile }))}`);
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
