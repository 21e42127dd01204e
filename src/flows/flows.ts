import { getCatalogEntry } from '../findings/catalog/index.js';
import type { Manifest } from '../manifest/types.js';
import { type Finding, type Problem, type RuleId, type SinkKind } from '../model.js';
import { getDeclaredRecipient, isSameOrSubdomain, receivesAsThirdParty } from '../problems/destination.js';

/**
 * A data flow at the level a person talks about: one category reaching one kind of sink at one target
 * (a recipient, a storage place), wherever in the code that happens. File and line are not part of it, so a
 * moved line or a renamed file is the same flow.
 */
export interface Flow {
  key: string;
  category: string;
  kind: SinkKind;
  /** The recipient id (catalog id, host, library) or, for browser storage, the store (`localStorage`); else null. */
  target: string | null;
  /** Every place in code, sorted by file, line and column. */
  findings: Finding[];
}

/** Where browser data lands says more than "browser storage": `localStorage.setItem` → `localStorage`. */
export function getFlowTarget(finding: Finding): string | null {
  if (finding.sink.recipient !== null) return finding.sink.recipient;
  if (finding.sink.kind === 'browser-storage') return finding.sink.api.split('.')[0] || null;
  return null;
}

export const getFlowKey = (finding: Finding): string => JSON.stringify([finding.category, finding.sink.kind, getFlowTarget(finding)]);

const compareFindings = (a: Finding, b: Finding) =>
  (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column;

/** Findings grouped into flows, sorted by category, kind and target. */
export function groupFlows(findings: readonly Finding[]): Flow[] {
  const flows = new Map<string, Flow>();
  for (const finding of findings) {
    const key = getFlowKey(finding);
    const flow = flows.get(key);
    if (flow === undefined) flows.set(key, { key, category: finding.category, kind: finding.sink.kind, target: getFlowTarget(finding), findings: [finding] });
    else flow.findings.push(finding);
  }
  for (const flow of flows.values()) flow.findings.sort(compareFindings);
  return [...flows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A third party receives the flow: an SDK or host, or cloud file storage; the product's own hosts are not. */
export function isThirdPartyFlow(flow: Pick<Flow, 'kind' | 'target'>, manifest?: Manifest): boolean {
  if (flow.target === null || flow.kind === 'browser-storage') return false;
  if (!receivesAsThirdParty(flow.kind, flow.target)) return false;
  if (flow.kind === 'http' && manifest?.scan.firstPartyHosts.some((host) => isSameOrSubdomain(flow.target!, host))) return false;
  return true;
}

/** How people know a recipient: the manifest's name for it, else the catalog's, else its id or host. */
export function getRecipientName(target: string, manifests: readonly (Manifest | undefined)[]): string {
  for (const manifest of manifests) {
    const declared = manifest === undefined ? undefined : getDeclaredRecipient(manifest, target);
    if (declared !== undefined) return declared.name;
  }
  return getCatalogEntry(target)?.name ?? target;
}

/** Rules whose problem means the flow itself is missing from the manifest (not merely described wrongly). */
const UNDECLARED_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['undeclared-data', 'undeclared-recipient', 'undisclosed-sharing', 'undeclared-storage', 'pii-in-logs']);

/**
 * Whether the manifest leaves a finding's flow out, read from the problems `check` found for it (a problem
 * sits at the finding's location; a problem about several categories has category null).
 */
export function createUndeclaredTest(problems: readonly Problem[]): (finding: Finding) => boolean {
  const byPlace = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (!UNDECLARED_RULES.has(problem.rule)) continue;
    const place = `${problem.location.file}:${problem.location.line}:${problem.location.column}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), problem]);
  }
  return (finding) => {
    const { file, line, column } = finding.location;
    return (byPlace.get(`${file}:${line}:${column}`) ?? []).some((problem) => problem.category === null || problem.category === finding.category);
  };
}
