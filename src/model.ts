/**
 * The shapes that flow through the pipeline: manifest → project → findings → problems → report.
 * A Finding never mentions the manifest except through `field`, which `check` fills in.
 */

export type SinkKind =
  | 'analytics'
  | 'error-monitoring'
  | 'session-replay'
  | 'advertising'
  | 'marketing'
  | 'payments'
  | 'messaging'
  | 'support'
  | 'ai'
  | 'http'
  | 'browser-storage'
  | 'cookie'
  | 'database'
  | 'log'
  | 'file'
  | 'device-api'
  | 'request-input';

export const SINK_KINDS: readonly SinkKind[] = [
  'analytics',
  'error-monitoring',
  'session-replay',
  'advertising',
  'marketing',
  'payments',
  'messaging',
  'support',
  'ai',
  'http',
  'browser-storage',
  'cookie',
  'database',
  'log',
  'file',
  'device-api',
  'request-input',
];

/** Sink kinds whose recipient is a third party (an SDK or a remote host). */
export const THIRD_PARTY_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>([
  'analytics',
  'error-monitoring',
  'session-replay',
  'advertising',
  'marketing',
  'payments',
  'messaging',
  'support',
  'ai',
  'http',
]);

export type Confidence = 'high' | 'medium' | 'low';
/** Orders confidences when two explanations of one finding compete: the surer wins. */
export const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 3, medium: 2, low: 1 };
export type Severity = 'error' | 'warn' | 'off';

/** 1-based line and column; `file` is relative to the scanned root, with forward slashes. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface TraceStep extends Location {
  note: string;
}

export interface Sink {
  kind: SinkKind;
  /** Catalog id of a service, literal host for http, library for database/log, else null. */
  recipient: string | null;
  /** The API that was called, e.g. `analytics.identify`, `fetch`, `localStorage.setItem`. */
  api: string;
}

/** Why a value was read as a category: kept for `scan --explain`, not part of the JSON report. */
export interface Evidence {
  by: 'name' | 'type' | 'alias' | 'api';
  /** The identifier, key or type member that matched, e.g. `emailAddress`. */
  matched: string;
  /** The vocabulary entry or alias it matched, e.g. `email`. */
  term: string;
  detail?: string;
}

export interface Finding {
  category: string;
  expression: string;
  field: string | null;
  sink: Sink;
  location: Location;
  confidence: Confidence;
  trace: TraceStep[];
  evidence?: Evidence;
}

/** Personal data passed into something privlint could not follow. */
export interface Gap {
  location: Location;
  expression: string;
  categories: string[];
  reason: string;
  /** The third-party package the data went into, when the gap is a package the catalog does not know. */
  package?: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ScanSummary {
  files: number;
  findings: number;
  gaps: number;
  durationMs: number;
  /** Files that were not scanned, with why (unreadable, binary, too large, minified, generated). */
  skipped: SkippedFile[];
  /** Files with syntax errors that were scanned as far as the parser could read them. */
  partlyParsed: string[];
  /** How the repository was read (scans of a folder on disk); absent for files given inline. */
  project?: ProjectReading;
  /** Unknown third parties that received personal data: packages the catalog does not know, and `env:NAME` URLs. */
  recipientCandidates?: RecipientCandidate[];
}

export interface RecipientCandidate {
  /** The npm package, or `env:NAME` for a URL read from an environment variable that no example env file names. */
  recipient: string;
  source: 'package' | 'environment';
  /** Places in code that sent it personal data. */
  calls: number;
  categories: string[];
}

/** How privlint read the repository: what a user checks first when a report looks too small. */
export interface ProjectReading {
  /** Workspace markers found (`pnpm-workspace.yaml`, `nx.json`, ...); empty for a single-package project. */
  workspaces: string[];
  /** Workspace packages and Nx projects of the repository. */
  packages: number;
  /** The tsconfig files whose settings (paths, baseUrl) the files were read with, relative to the root. */
  tsconfigs: string[];
  /** Files outside the scanned folder that its imports lead to (a package of the repository), read to follow flows. */
  followedFiles: number;
  /** Test, seed, example and browser-test files left out by default; `scan.include` brings them back. */
  excludedByDefault?: number;
  /** Import specifiers naming the project's own code (relative, aliases, workspace packages), each counted per file. */
  ownImports: number;
  /** Of those, how many resolved to no file, with the most frequent named. */
  unresolvedImports: number;
  topUnresolved: { specifier: string; count: number }[];
  /** What in the repository's layout could not be read as written; the scan went on without it. */
  problems: { file: string; message: string }[];
  /** Set when a large share of the project's own imports did not resolve: the report is then incomplete. */
  warning?: string;
}

export interface ToolInfo {
  name: 'privlint';
  version: string;
}

/** `--explain` on a line: one call there, what its callee resolved to and why it gave no finding. */
export interface ExplainedCall {
  column: number;
  call: string;
  resolvedTo: string;
  why: string;
}

export interface ScanResult {
  schemaVersion: 1;
  tool: ToolInfo;
  root: string;
  summary: ScanSummary;
  findings: Finding[];
  gaps: Gap[];
  /** Only with `explainLine`: the calls on that line (never in a report; `--explain` prints them). */
  explainedCalls?: ExplainedCall[];
}

export type RuleId =
  | 'automated-decision-basis'
  | 'undeclared-data'
  | 'undeclared-recipient'
  | 'undisclosed-sharing'
  | 'purpose-mismatch'
  | 'undeclared-storage'
  | 'pii-in-logs'
  | 'special-category-basis'
  | 'unused-declaration'
  | 'unfinished-declaration'
  | 'unused-suppression'
  | 'invalid-suppression';

export interface Problem {
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** Where in code (or in the manifest, for manifest-only problems: file is the manifest path). */
  location: Location;
  category: string | null;
  field: string | null;
  recipient: string | null;
  /** Stable across unrelated edits and line shifts; used by baselines and SARIF. */
  fingerprint: string;
  /** The data expression in code, when the problem comes from a finding. */
  expression?: string;
  /** The manifest entry involved, e.g. privacy.yml:12:3. */
  manifestLocation?: Location;
  /** The edit that fixes it, e.g. "add `phone` under fields with a purpose, or stop sending it". */
  help: string;
}

export interface CheckSummary extends ScanSummary {
  errors: number;
  warnings: number;
  /** Problems hidden by the baseline. */
  baselined: number;
  /** Problems hidden by inline suppressions. */
  suppressed: number;
}

export interface CheckResult extends Omit<ScanResult, 'summary'> {
  summary: CheckSummary;
  manifest: string;
  problems: Problem[];
}
