import type { LoadedManifest, Manifest } from '../manifest/types.js';
import type { CheckResult, Problem, RuleId, ScanResult, Severity } from '../model.js';
import type { Baseline } from './baseline.js';
import { getCoveringField } from './coverage.js';
import { getDestination } from './destination.js';
import { createFingerprints } from './fingerprint.js';
import { RULES } from './rules/index.js';
import type { ProblemDraft, ResolvedFinding } from './rules/types.js';
import { resolveSeverities, toEffectiveSeverity, type Severities } from './severity.js';
import { applySuppressions, parseSuppressions } from './suppressions.js';

export interface EvaluateOptions {
  /** `--rule name=severity` overrides. */
  rules?: Partial<Record<RuleId, Severity>>;
  strict?: boolean;
  /** Text of a root-relative file, for suppression comments; undefined when it cannot be read. */
  readSource?: (file: string) => string | undefined;
  /** Files to read suppression comments from besides those with findings and problems (root-relative). */
  files?: readonly string[];
  baseline?: Baseline;
}

/** Scan result + manifest → CheckResult: findings get their field, rules give problems, comments and baseline filter them. */
export function evaluate(scanResult: ScanResult, loaded: LoadedManifest, options: EvaluateOptions = {}): CheckResult {
  const { manifest } = loaded;
  const resolved = resolveFindings(manifest, scanResult);
  const severities = resolveSeverities(manifest.rules, options.rules);
  const strict = options.strict ?? false;
  const context = { loaded, findings: resolved };
  const drafts = RULES.flatMap((rule) => (rule.check !== undefined && severities.get(rule.meta.id) !== 'off' ? rule.check(context) : []));
  const problems = toProblems(drafts, severities, strict);

  const readSource = options.readSource ?? (() => undefined);
  const files = new Set<string>([
    ...(options.files ?? []),
    ...scanResult.findings.map((finding) => finding.location.file),
    ...problems.map((problem) => problem.location.file),
    loaded.file,
  ]);
  const parsed = [...files].sort().flatMap((file) => {
    const text = readSource(file);
    return text === undefined ? [] : [parseSuppressions(file, text)];
  });
  const outcome = applySuppressions(problems, parsed);
  const afterSuppressions = [...outcome.kept, ...toProblems(outcome.drafts, severities, strict)];

  const known = new Set(options.baseline?.problems.map((entry) => entry.fingerprint) ?? []);
  const reported = afterSuppressions.filter((problem) => !known.has(problem.fingerprint)).sort(compareProblems);

  return {
    schemaVersion: 1,
    tool: scanResult.tool,
    root: scanResult.root,
    summary: {
      ...scanResult.summary,
      errors: reported.filter((problem) => problem.severity === 'error').length,
      warnings: reported.filter((problem) => problem.severity === 'warn').length,
      baselined: afterSuppressions.length - reported.length,
      suppressed: outcome.suppressed,
    },
    manifest: loaded.file,
    findings: resolved.map(({ finding }) => finding),
    gaps: scanResult.gaps,
    problems: reported,
  };
}

function resolveFindings(manifest: Manifest, scanResult: ScanResult): ResolvedFinding[] {
  return scanResult.findings.map((original) => {
    const field = getCoveringField(manifest, original.category);
    const finding = { ...original, field: field?.id ?? null };
    return { finding, field, destination: getDestination(manifest, finding) };
  });
}

function toProblems(drafts: readonly ProblemDraft[], severities: Severities, strict: boolean): Problem[] {
  const enabled = drafts.filter((draft) => (severities.get(draft.rule) ?? 'off') !== 'off');
  const fingerprints = createFingerprints(enabled);
  return enabled.map((draft, index) => {
    const severity = severities.get(draft.rule) as Exclude<Severity, 'off'>;
    const problem: Problem = {
      rule: draft.rule,
      severity: toEffectiveSeverity(severity, draft.confidence, strict),
      message: draft.message,
      location: draft.location,
      category: draft.category,
      field: draft.field,
      recipient: draft.recipient,
      fingerprint: fingerprints[index]!,
      help: draft.help,
    };
    if (draft.expression !== undefined) problem.expression = draft.expression;
    if (draft.manifestLocation !== undefined) problem.manifestLocation = draft.manifestLocation;
    return problem;
  });
}

export const compareProblems = (a: Problem, b: Problem): number =>
  compareText(a.location.file, b.location.file) ||
  a.location.line - b.location.line ||
  a.location.column - b.location.column ||
  compareText(a.rule, b.rule) ||
  compareText(a.message, b.message);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

