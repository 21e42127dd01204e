import type { CheckResult, Finding, Gap, Problem } from '../model.js';
import type { Reporter } from './types.js';

/** The finding as DESIGN.md prints it: keys in that order, `evidence` left out (it is for --explain). */
const toFindingJson = (finding: Finding) => ({
  category: finding.category,
  expression: finding.expression,
  field: finding.field,
  sink: { kind: finding.sink.kind, recipient: finding.sink.recipient, api: finding.sink.api },
  location: finding.location,
  confidence: finding.confidence,
  trace: finding.trace,
});

const toGapJson = (gap: Gap) => ({
  location: gap.location,
  expression: gap.expression,
  categories: gap.categories,
  reason: gap.reason,
});

const toProblemJson = (problem: Problem) => ({
  rule: problem.rule,
  severity: problem.severity,
  message: problem.message,
  location: problem.location,
  category: problem.category,
  field: problem.field,
  recipient: problem.recipient,
  fingerprint: problem.fingerprint,
  ...(problem.expression === undefined ? {} : { expression: problem.expression }),
  ...(problem.manifestLocation === undefined ? {} : { manifestLocation: problem.manifestLocation }),
  help: problem.help,
});

/** The `check --format json` document (schemas/report.schema.json): the scan document plus `problems`. */
export function toCheckJson(result: CheckResult) {
  const { summary } = result;
  return {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    root: result.root,
    manifest: result.manifest,
    summary: {
      files: summary.files,
      findings: summary.findings,
      gaps: summary.gaps,
      durationMs: summary.durationMs,
      skipped: summary.skipped,
      partlyParsed: summary.partlyParsed,
      errors: summary.errors,
      warnings: summary.warnings,
      suppressed: summary.suppressed,
      baselined: summary.baselined,
    },
    findings: result.findings.map(toFindingJson),
    gaps: result.gaps.map(toGapJson),
    problems: result.problems.map(toProblemJson),
  };
}

export const json: Reporter = (result) => `${JSON.stringify(toCheckJson(result), null, 2)}\n`;
