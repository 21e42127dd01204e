import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, ScanResult } from '../model.js';
import { groupGaps } from '../findings/gap-groups.js';
import { toWorkspacePath } from './format-message.js';
import { toSafeText } from './escape.js';
import type { ScanReportContext } from './scan-json.js';

/**
 * A data map for people: per data category, where it goes (grouped by sink), with the places in code.
 * Gaps and skipped files follow, so silence never reads as "clean".
 */
export function formatScanPretty(result: ScanResult, ctx: ScanReportContext): string {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines: string[] = [];
  const byCategory = groupBy(result.findings, (finding) => finding.category);
  for (const [category, findings] of byCategory) {
    lines.push(chalk.bold(category));
    const bySink = groupBy(findings, describeSink);
    for (const [sink, sinkFindings] of bySink) {
      lines.push(`  ${chalk.cyan('→')} ${sink}`);
      for (const finding of sinkFindings) {
        const { file, line, column } = finding.location;
        const confidence = finding.confidence === 'high' ? '' : chalk.dim(` (${finding.confidence} confidence)`);
        lines.push(`      ${chalk.dim(`${toSafeText(toWorkspacePath(result, file))}:${line}:${column}`)}  ${toSafeText(finding.expression.replace(/\s+/g, ' '))}${confidence}`);
      }
    }
    lines.push('');
  }
  if (result.gaps.length > 0) {
    lines.push(chalk.yellow.bold('Gaps: personal data went where privlint could not follow'));
    if (ctx.verbose) {
      for (const gap of result.gaps) {
        const { file, line, column } = gap.location;
        lines.push(`  ${chalk.dim(`${toSafeText(toWorkspacePath(result, file))}:${line}:${column}`)}  ${gap.categories.join(', ')}: ${toSafeText(gap.reason)}`);
      }
    } else {
      for (const group of groupGaps(result.gaps)) {
        const name = group.package === undefined ? 'other code privlint could not follow' : toSafeText(group.package);
        lines.push(`  ${name}: ${plural(group.gaps.length, 'place')}, ${group.categories.join(', ')}`);
      }
      lines.push(chalk.dim('  run with --verbose for every place'));
    }
    lines.push('');
  }
  const candidates = formatRecipientCandidates(result);
  if (candidates) lines.push(chalk.yellow(candidates), '');
  if (result.summary.skipped.length > 0) {
    lines.push(chalk.dim('Not scanned:'));
    for (const skipped of result.summary.skipped) lines.push(chalk.dim(`  ${toSafeText(toWorkspacePath(result, skipped.file))}: ${toSafeText(skipped.reason)}`));
    lines.push('');
  }
  if (result.summary.partlyParsed.length > 0) {
    lines.push(chalk.dim(`Scanned with syntax errors: ${result.summary.partlyParsed.map((file) => toSafeText(toWorkspacePath(result, file))).join(', ')}`));
    lines.push('');
  }
  lines.push(...formatProjectReading(result, chalk));
  lines.push(formatSummaryLine(result));
  return `${lines.join('\n')}\n`;
}

/** How the repository was read, when it was a monorepo or something in it could not be read. */
function formatProjectReading(result: ScanResult, chalk: ChalkInstance): string[] {
  const reading = result.summary.project;
  if (!reading) return [];
  const lines: string[] = [];
  if (reading.workspaces.length > 0) {
    const followed = reading.followedFiles > 0 ? `, ${plural(reading.followedFiles, 'file')} of other packages followed` : '';
    lines.push(chalk.dim(`Read as a monorepo (${reading.workspaces.join(', ')}): ${plural(reading.packages, 'package')}, ${plural(reading.tsconfigs.length, 'tsconfig')}${followed}`));
  }
  for (const problem of reading.problems) lines.push(chalk.yellow(`  ${toSafeText(problem.file)}: ${toSafeText(problem.message)}`));
  if (reading.warning) lines.push(chalk.yellow.bold(`Warning: ${toSafeText(reading.warning)}`));
  if (lines.length > 0) lines.push('');
  return lines;
}

export function formatSummaryLine(result: ScanResult): string {
  const { summary } = result;
  const categories = new Set(result.findings.map((finding) => finding.category)).size;
  return [
    `${plural(summary.findings, 'finding')} in ${plural(categories, 'data category', 'data categories')}`,
    plural(summary.gaps, 'gap'),
    `${plural(summary.files, 'file')} scanned${summary.skipped.length > 0 ? `, ${summary.skipped.length} skipped` : ''}`,
    ...(summary.project?.excludedByDefault ? [`${plural(summary.project.excludedByDefault, 'test, seed or example file')} left out by default (scan.include brings them back)`] : []),
  ].join(', ');
}

export function describeSink(finding: Finding): string {
  const { kind, recipient, api } = finding.sink;
  return toSafeText(recipient === null ? `${kind} (${api})` : `${kind}: ${recipient} (${api})`);
}


function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const plural = (count: number, singular: string, pluralForm = `${singular}s`) => `${count} ${count === 1 ? singular : pluralForm}`;

const SHOWN_CANDIDATES = 5;

/** One line naming the unknown third parties that received personal data, most used first. */
export function formatRecipientCandidates(result: Pick<ScanResult, 'summary'>): string | undefined {
  const candidates = result.summary.recipientCandidates ?? [];
  if (candidates.length === 0) return undefined;
  const shown = candidates
    .slice(0, SHOWN_CANDIDATES)
    .map((candidate) => `${toSafeText(candidate.recipient)} (${plural(candidate.calls, 'call')}: ${candidate.categories.join(', ')})`);
  const more = candidates.length > SHOWN_CANDIDATES ? `, and ${candidates.length - SHOWN_CANDIDATES} more` : '';
  return `Recipient candidates (declare them under recipients; privlint init drafts them): ${shown.join(', ')}${more}`;
}
