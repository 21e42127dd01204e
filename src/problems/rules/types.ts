import type { Confidence, Finding, Location, RuleId, Severity } from '../../model.js';
import type { Field, LoadedManifest, Recipient } from '../../manifest/types.js';

/** Where a finding's data ends up, as far as the manifest is concerned. */
export type Destination =
  /** Kept inside the product: storage, logs, request input, device APIs. */
  | { kind: 'internal' }
  /** HTTP to the product's own servers (`scan.firstPartyHosts`, or a relative URL). */
  | { kind: 'first-party' }
  | { kind: 'declared'; recipient: Recipient }
  /** A third party the manifest does not list; `id` is the catalog id or the host. */
  | { kind: 'undeclared'; id: string };

/** A finding with what the manifest says about it. */
export interface ResolvedFinding {
  finding: Finding;
  field: Field | undefined;
  destination: Destination;
}

export interface RuleContext {
  loaded: LoadedManifest;
  findings: readonly ResolvedFinding[];
}

/** A rule's verdict before severity, suppressions and fingerprints are applied. */
export interface ProblemDraft {
  rule: RuleId;
  location: Location;
  category: string | null;
  field: string | null;
  recipient: string | null;
  /** The data expression in code, for problems that come from a finding. */
  expression?: string;
  /** What the problem is about when it has no code expression: a manifest path, a comment. Fingerprints use it. */
  subject?: string;
  manifestLocation?: Location;
  message: string;
  help: string;
  /** Confidence of the evidence; low-confidence evidence never makes an error alone. */
  confidence: Confidence;
}

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One sentence: when the rule fires. */
  description: string;
  /** Why it matters and what to do, for SARIF help and the README. */
  help: string;
}

export interface Rule {
  meta: RuleMeta;
  /** Absent for rules whose problems come from elsewhere (the suppression comments). */
  check?: (context: RuleContext) => ProblemDraft[];
}
