import type { LoadedManifest, Manifest } from '../manifest/types.js';
import type { Finding, Location, Problem, SinkKind } from '../model.js';
import { createUndeclaredTest, getRecipientName, groupFlows, isThirdPartyFlow, type Flow } from './flows.js';

/** One side of a comparison: the findings of a commit (or the work tree) and its manifest, when it has one. */
export interface FlowSide {
  /** The ref as the user gave it; null for the work tree. */
  ref: string | null;
  /** The commit it names; null for the work tree. */
  commit: string | null;
  findings: readonly Finding[];
  loaded?: LoadedManifest;
  /** The problems `check` finds on this side, to mark flows the manifest leaves out. */
  problems?: readonly Problem[];
}

interface FlowChangeBase {
  /** What a reviewer reads: "starts sending `user.contact.email` to Segment". */
  sentence: string;
  /** The place in code (head for what starts, base for what stops), or the manifest entry for purposes. */
  location: Location | null;
}

export interface FlowStartStop extends FlowChangeBase {
  type: 'flow-added' | 'flow-removed';
  category: string;
  kind: SinkKind;
  target: string | null;
  /** The recipient's name when a third party receives the flow. */
  recipientName: string | null;
  /** Places in code on the side where the flow exists. */
  places: Location[];
  /** The side's manifest leaves this flow out (only known when that side has a manifest). */
  undeclared: boolean;
}

export interface RecipientChange extends FlowChangeBase {
  type: 'recipient-added' | 'recipient-removed';
  recipient: string;
  recipientName: string;
  categories: string[];
  undeclared: boolean;
}

export interface PurposeChange extends FlowChangeBase {
  type: 'purpose-added' | 'purpose-removed';
  field: string;
  category: string;
  purpose: string;
  /** GDPR Art. 13(3): people must be told before their data is used for a new purpose. */
  note: string | null;
}

export type FlowChange = RecipientChange | FlowStartStop | PurposeChange;

export interface FlowDiff {
  base: { ref: string | null; commit: string | null };
  head: { ref: string | null; commit: string | null };
  changes: FlowChange[];
  /** Flows of each side, for the data map of what changed. */
  added: Flow[];
  removed: Flow[];
  /** Keys of added flows the head manifest leaves out. */
  undeclared: Set<string>;
}

export const ART_13_3_NOTE =
  'GDPR Art. 13(3): before data is used for a purpose it was not collected for, people must be told about the new purpose; update the privacy notice first.';

/** Two sides → what starts, what stops, who newly receives data, which fields gain or lose a purpose. */
export function compareFlows(base: FlowSide, head: FlowSide): FlowDiff {
  const manifests = [head.loaded?.manifest, base.loaded?.manifest];
  const baseFlows = groupFlows(base.findings);
  const headFlows = groupFlows(head.findings);
  const baseKeys = new Set(baseFlows.map((flow) => flow.key));
  const headKeys = new Set(headFlows.map((flow) => flow.key));
  const added = headFlows.filter((flow) => !baseKeys.has(flow.key));
  const removed = baseFlows.filter((flow) => !headKeys.has(flow.key));
  const isUndeclared = head.problems === undefined ? () => false : createUndeclaredTest(head.problems);
  const undeclared = new Set(added.filter((flow) => flow.findings.some(isUndeclared)).map((flow) => flow.key));

  const changes: FlowChange[] = [
    ...compareRecipients(baseFlows, headFlows, base.loaded?.manifest, head.loaded?.manifest, manifests, isUndeclared),
    ...added.map((flow) => toStartStop('flow-added', flow, manifests, undeclared.has(flow.key))),
    ...removed.map((flow) => toStartStop('flow-removed', flow, manifests, false)),
    ...comparePurposes(base.loaded, head.loaded),
  ];
  return {
    base: { ref: base.ref, commit: base.commit },
    head: { ref: head.ref, commit: head.commit },
    changes,
    added,
    removed,
    undeclared,
  };
}

function toStartStop(type: FlowStartStop['type'], flow: Flow, manifests: readonly (Manifest | undefined)[], undeclared: boolean): FlowStartStop {
  const recipientName = isThirdPartyFlow(flow, manifests[0] ?? manifests[1]) ? getRecipientName(flow.target!, manifests) : null;
  const places = flow.findings.map(({ location }) => ({ file: location.file, line: location.line, column: location.column }));
  const first = places[0]!;
  const verb = type === 'flow-added' ? 'starts' : 'stops';
  const where = type === 'flow-added' ? `${first.file}:${first.line}` : `was ${first.file}:${first.line}`;
  const more = places.length > 1 ? ` and ${places.length - 1} more place${places.length === 2 ? '' : 's'}` : '';
  return {
    type,
    sentence: `${verb} ${describeFlow(flow, recipientName)} (${where}${more})`,
    location: first,
    category: flow.category,
    kind: flow.kind,
    target: flow.target,
    recipientName,
    places,
    undeclared,
  };
}

/** The verb phrase after "starts" or "stops": "sending `user.contact.email` to Segment". */
export function describeFlow(flow: Pick<Flow, 'category' | 'kind' | 'target'>, recipientName: string | null): string {
  const data = `\`${flow.category}\``;
  const target = flow.target;
  switch (flow.kind) {
    case 'browser-storage':
      return `storing ${data} in ${target ?? 'browser storage'}`;
    case 'cookie':
      return `storing ${data} in a cookie`;
    case 'database':
      return `storing ${data} in the database${target === null ? '' : ` (${target})`}`;
    case 'file':
      return recipientName === null ? `writing ${data} to a file` : `storing ${data} in ${recipientName}`;
    case 'log':
      return `logging ${data}${target === null ? '' : ` (${target})`}`;
    case 'request-input':
      return `collecting ${data} from incoming requests`;
    case 'device-api':
      return `reading ${data} from a device API${target === null ? '' : ` (${target})`}`;
    default:
      if (recipientName !== null) return `sending ${data} to ${recipientName}`;
      return target === null ? `sending ${data} to the product's own server` : `sending ${data} to ${target}`;
  }
}

function compareRecipients(
  baseFlows: readonly Flow[],
  headFlows: readonly Flow[],
  baseManifest: Manifest | undefined,
  headManifest: Manifest | undefined,
  manifests: readonly (Manifest | undefined)[],
  isUndeclared: (finding: Finding) => boolean,
): RecipientChange[] {
  const recipientsOf = (flows: readonly Flow[], manifest: Manifest | undefined) => {
    const recipients = new Map<string, Flow[]>();
    for (const flow of flows) {
      if (!isThirdPartyFlow(flow, manifest)) continue;
      recipients.set(flow.target!, [...(recipients.get(flow.target!) ?? []), flow]);
    }
    return recipients;
  };
  const before = recipientsOf(baseFlows, baseManifest ?? headManifest);
  const after = recipientsOf(headFlows, headManifest ?? baseManifest);
  const changes: RecipientChange[] = [];
  const sides: [RecipientChange['type'], Map<string, Flow[]>, Map<string, Flow[]>][] = [
    ['recipient-added', after, before],
    ['recipient-removed', before, after],
  ];
  for (const [type, present, absent] of sides) {
    for (const [recipient, flows] of [...present].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (absent.has(recipient)) continue;
      const name = getRecipientName(recipient, manifests);
      const categories = [...new Set(flows.map((flow) => flow.category))].sort();
      const first = flows.flatMap((flow) => flow.findings).map((finding) => finding.location).sort(compareLocations)[0] ?? null;
      const named = categories.slice(0, 5).map((category) => `\`${category}\``).join(', ');
      const receives = categories.length > 5 ? `${named} and ${categories.length - 5} more categories` : named;
      changes.push({
        type,
        sentence: type === 'recipient-added' ? `new recipient: ${name} (receives ${receives})` : `no longer a recipient: ${name} (received ${receives})`,
        location: first === null ? null : { file: first.file, line: first.line, column: first.column },
        recipient,
        recipientName: name,
        categories,
        undeclared: type === 'recipient-added' && flows.some((flow) => flow.findings.some(isUndeclared)),
      });
    }
  }
  return changes;
}

function compareLocations(a: Location, b: Location): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}

/** Purposes a field (same id on both sides) gains or loses in the manifest. */
function comparePurposes(base: LoadedManifest | undefined, head: LoadedManifest | undefined): PurposeChange[] {
  if (base === undefined || head === undefined) return [];
  const changes: PurposeChange[] = [];
  for (const id of Object.keys(head.manifest.fields).sort()) {
    const after = head.manifest.fields[id]!;
    const before = base.manifest.fields[id];
    if (before === undefined) continue;
    after.purposes.forEach((purpose, index) => {
      if (before.purposes.includes(purpose)) return;
      changes.push({
        type: 'purpose-added',
        sentence: `new purpose for ${id}: ${purpose}`,
        location: head.locate(['fields', id, 'purposes', index]),
        field: id,
        category: after.category,
        purpose,
        note: ART_13_3_NOTE,
      });
    });
    for (const purpose of before.purposes) {
      if (after.purposes.includes(purpose)) continue;
      changes.push({
        type: 'purpose-removed',
        sentence: `${id} is no longer used for ${purpose}`,
        location: head.locate(['fields', id]),
        field: id,
        category: after.category,
        purpose,
        note: null,
      });
    }
  }
  return changes;
}
