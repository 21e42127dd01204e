import type { Problem } from '../model.js';
import { formatHiddenCount, formatProblemCount, formatScanned, toWorkspacePath } from './format-message.js';
import { formatMapSection } from './map-section.js';
import { formatScanMermaid } from './scan-mermaid.js';
import { toMarkdownCode, toMarkdownMessage, toMarkdownText } from './escape.js';
import type { Reporter } from './types.js';

const code = (text: string) => toMarkdownCode(text.replace(/\s+/g, ' '));

const countBy = (problems: readonly Problem[], key: (problem: Problem) => string | null) => {
  const counts = new Map<string, { errors: number; warnings: number; rules: Set<string> }>();
  for (const problem of problems) {
    const name = key(problem);
    if (name === null) continue;
    const entry = counts.get(name) ?? { errors: 0, warnings: 0, rules: new Set<string>() };
    if (problem.severity === 'error') entry.errors++;
    else entry.warnings++;
    entry.rules.add(problem.rule);
    counts.set(name, entry);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

/** A pull-request comment or job summary: what is new, then the same problems by data category and by recipient. */
export const markdown: Reporter = (result) => {
  const { summary, problems } = result;
  const hidden = formatHiddenCount(summary);
  const lines = [`## privlint: ${formatProblemCount(summary)}`, ''];
  lines.push(
    `${toMarkdownText(formatScanned(result))}${hidden === '' ? '' : ` (${hidden})`}.`,
  );
  if (problems.length === 0) return `${lines.join('\n')}\n`;
  lines.push('', '| | Rule | Where | Problem | Fix |', '|---|---|---|---|---|');
  for (const problem of problems) {
    const { file, line, column } = problem.location;
    lines.push(
      `| ${problem.severity === 'error' ? '❌' : '⚠️'} | ${code(problem.rule)} | ${code(`${toWorkspacePath(result, file)}:${line}:${column}`)} | ${toMarkdownMessage(problem.message)} | ${toMarkdownMessage(problem.help)} |`,
    );
  }
  const sections: [string, string, (problem: Problem) => string | null][] = [
    ['By data category', 'Category', (problem) => problem.category],
    ['By recipient', 'Recipient', (problem) => problem.recipient],
  ];
  for (const [title, column, key] of sections) {
    const rows = countBy(problems, key);
    if (rows.length === 0) continue;
    lines.push('', `### ${title}`, '', `| ${column} | Errors | Warnings | Rules |`, '|---|---|---|---|');
    for (const [name, entry] of rows) {
      lines.push(`| ${code(name)} | ${entry.errors} | ${entry.warnings} | ${toMarkdownText([...entry.rules].sort().join(', '))} |`);
    }
  }
  if (result.findings.length > 0) {
    const map = formatMapSection(formatScanMermaid(result, { problems: result.problems }), true, '### Data map');
    lines.push('', '<details><summary>Data map</summary>', '', ...map.slice(2), '</details>');
  }
  return `${lines.join('\n')}\n`;
};
