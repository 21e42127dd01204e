import type { Finding, Gap, ScanResult } from '../model.js';
import type { DataMapContext } from './scan-mermaid.js';
import { toSafeJson } from './escape.js';

export interface ScanReportContext extends DataMapContext {
  color: boolean;
  /** List every gap on its own line instead of one line per package. */
  verbose?: boolean;
}

/** A finding as DESIGN.md prints it: keys in the contract's order, `evidence` left out (it is for --explain). */
export const toFindingJson = (finding: Finding) => ({
  category: finding.category,
  expression: finding.expression,
  field: finding.field,
  sink: { kind: finding.sink.kind, recipient: finding.sink.recipient, api: finding.sink.api },
  location: { file: finding.location.file, line: finding.location.line, column: finding.location.column },
  confidence: finding.confidence,
  trace: finding.trace.map((step) => ({ file: step.file, line: step.line, column: step.column, note: step.note })),
});

export const toGapJson = (gap: Gap) => ({
  location: { file: gap.location.file, line: gap.location.line, column: gap.location.column },
  expression: gap.expression,
  categories: gap.categories,
  reason: gap.reason,
  ...(gap.package === undefined ? {} : { package: gap.package }),
});

/** The `scan --format json` document; `check` adds `manifest` and `problems` around the same parts. */
export function toScanJson(result: ScanResult) {
  const { summary } = result;
  return {
    schemaVersion: result.schemaVersion,
    tool: { name: result.tool.name, version: result.tool.version },
    root: result.root,
    summary: {
      files: summary.files,
      findings: summary.findings,
      gaps: summary.gaps,
      durationMs: summary.durationMs,
      skipped: summary.skipped.map((skipped) => ({ file: skipped.file, reason: skipped.reason })),
      partlyParsed: summary.partlyParsed,
      ...(summary.project ? { project: summary.project } : {}),
      ...(summary.recipientCandidates ? { recipientCandidates: summary.recipientCandidates.map((candidate) => ({ ...candidate })) } : {}),
    },
    findings: result.findings.map(toFindingJson),
    gaps: result.gaps.map(toGapJson),
  };
}

export const formatScanJson = (result: ScanResult, _ctx: ScanReportContext): string => toSafeJson(`${JSON.stringify(toScanJson(result), null, 2)}\n`);
