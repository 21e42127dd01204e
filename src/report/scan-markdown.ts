import { toWorkspacePath } from './format-message.js';
import type { ScanResult } from '../model.js';
import type { ScanReportContext } from './scan-json.js';
import { formatMapSection } from './map-section.js';
import { formatScanMermaid } from './scan-mermaid.js';
import { toMarkdownCode, toMarkdownText } from './escape.js';
import { formatSummaryLine } from './scan-pretty.js';

/** A data inventory a privacy team can read: which personal data the code handles, who receives it, where. */
export function formatScanMarkdown(result: ScanResult, ctx: ScanReportContext): string {
  const lines: string[] = ['# Personal data inventory', '', `${formatSummaryLine(result)}.`, ''];
  const categories = [...new Set(result.findings.map((finding) => finding.category))].sort();
  if (categories.length > 0) lines.push(...formatMapSection(formatScanMermaid(result, ctx), ctx.problems !== undefined));
  if (categories.length > 0) {
    lines.push('## Data categories', '', '| Data category | Collected from | Stored in | Sent to | Places in code |', '|---|---|---|---|---|');
    for (const category of categories) {
      const findings = result.findings.filter((finding) => finding.category === category);
      const collected = unique(findings.filter((finding) => finding.sink.kind === 'request-input' || finding.sink.kind === 'device-api').map((finding) => finding.sink.kind));
      const stored = unique(
        findings
          .filter((finding) => ['database', 'browser-storage', 'cookie', 'log', 'file'].includes(finding.sink.kind))
          .map((finding) => (finding.sink.recipient ? `${finding.sink.kind} (${finding.sink.recipient})` : finding.sink.kind)),
      );
      const sent = unique(
        findings
          .filter((finding) => !['database', 'browser-storage', 'cookie', 'log', 'file', 'request-input', 'device-api'].includes(finding.sink.kind))
          .map((finding) => (finding.sink.recipient ? `${finding.sink.recipient} (${finding.sink.kind})` : `${finding.sink.kind} (unknown host)`)),
      );
      lines.push(`| ${toMarkdownCode(category)} | ${cell(collected)} | ${cell(stored)} | ${cell(sent)} | ${findings.length} |`);
    }
    lines.push('', '## Where', '', '| Location | Data category | Expression | Goes to | API |', '|---|---|---|---|---|');
    for (const finding of result.findings) {
      const { file, line, column } = finding.location;
      const goesTo = finding.sink.recipient ? `${finding.sink.kind}: ${finding.sink.recipient}` : finding.sink.kind;
      lines.push(`| ${code(`${toWorkspacePath(result, file)}:${line}:${column}`)} | ${code(finding.category)} | ${code(finding.expression)} | ${toMarkdownText(goesTo)} | ${code(finding.sink.api)} |`);
    }
    lines.push('');
  } else {
    lines.push('No personal data flows were found.', '');
  }
  if (result.gaps.length > 0) {
    lines.push('## Gaps', '', 'Personal data goes into code privlint could not follow; a person should look at these.', '', '| Location | Data categories | Why |', '|---|---|---|');
    for (const gap of result.gaps) {
      const { file, line, column } = gap.location;
      lines.push(`| ${code(`${toWorkspacePath(result, file)}:${line}:${column}`)} | ${gap.categories.map(code).join(', ')} | ${toMarkdownText(gap.reason)} |`);
    }
    lines.push('');
  }
  if (result.summary.skipped.length > 0) {
    lines.push('## Files not scanned', '', ...result.summary.skipped.map((skipped) => `- ${code(toWorkspacePath(result, skipped.file))}: ${toMarkdownText(skipped.reason)}`), '');
  }
  return lines.join('\n');
}

const unique = (values: string[]) => [...new Set(values)].sort();
const cell = (values: string[]) => (values.length === 0 ? '–' : values.map(toMarkdownText).join(', '));
const code = (text: string) => toMarkdownCode(text.replace(/\s+/g, ' '));
