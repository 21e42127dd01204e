import type { CheckResult, Problem } from '../model.js';
import { toScanJson } from './scan-json.js';
import type { Reporter } from './types.js';
import { toSafeJson } from './escape.js';

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

/** The `check --format json` document (schemas/report.schema.json): the scan document plus the manifest and `problems`. */
export function toCheckJson(result: CheckResult) {
  const scan = toScanJson(result);
  const { errors, warnings, suppressed, baselined } = result.summary;
  return {
    schemaVersion: scan.schemaVersion,
    tool: scan.tool,
    root: scan.root,
    manifest: result.manifest,
    summary: { ...scan.summary, errors, warnings, suppressed, baselined },
    findings: scan.findings,
    gaps: scan.gaps,
    problems: result.problems.map(toProblemJson),
  };
}

export const json: Reporter = (result) => toSafeJson(`${JSON.stringify(toCheckJson(result), null, 2)}\n`);
