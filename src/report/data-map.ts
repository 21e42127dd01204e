import type { Flow } from '../flows/flows.js';
import type { SinkKind } from '../model.js';

/** How a flow is drawn: plain, left out of the manifest, or (in a diff) new or gone. */
export type FlowMark = 'undeclared' | 'added' | 'removed' | null;

export interface MappedFlow {
  flow: Pick<Flow, 'category' | 'kind' | 'target'>;
  mark: FlowMark;
  /** The recipient's name for the node label, when it has one. */
  targetName?: string | null;
}

const SOURCE_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['request-input', 'device-api']);

const SOURCE_LABELS: Partial<Record<SinkKind, string>> = { 'request-input': 'Incoming requests', 'device-api': 'Device APIs' };

const EDGE_LABELS: Record<Exclude<FlowMark, null>, string> = { undeclared: 'undeclared', added: 'new', removed: 'removed' };

// A worse mark wins when several flows share one edge: a reviewer must see the undeclared one.
const MARK_RANK: Record<Exclude<FlowMark, null>, number> = { removed: 1, added: 2, undeclared: 3 };

const worse = (a: FlowMark, b: FlowMark): FlowMark => (a === null ? b : b === null ? a : MARK_RANK[b] > MARK_RANK[a] ? b : a);

/**
 * Mermaid text for mermaid's own escapes: quotes, angle brackets and markdown markers in labels become
 * entity codes (`#34;`), so a host or category from scanned code can neither break the diagram nor inject
 * markup.
 */
export const toMermaidLabel = (text: string): string =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[#"<>&`]/g, (char) => `#${char.codePointAt(0)};`);

/**
 * A data map as a Mermaid flowchart, read left to right: sources → data categories → sinks → recipients.
 * Flows marked undeclared (or new/removed in a diff) are dashed and labelled; node ids are generated, so
 * no text from the code reaches the diagram outside a quoted label.
 */
export function formatMermaidMap(flows: readonly MappedFlow[]): string {
  const columns = { sources: new Map<string, string>(), categories: new Map<string, string>(), sinks: new Map<string, string>(), targets: new Map<string, string>() };
  const ids = { sources: 's', categories: 'c', sinks: 'k', targets: 'r' } as const;
  const edges = new Map<string, { from: string; to: string; mark: FlowMark }>();
  const nodeMarks = new Map<string, FlowMark>();
  const node = (column: keyof typeof columns, key: string, label: string) => {
    const map = columns[column];
    if (!map.has(key)) map.set(key, label);
    return `${column}\u0000${key}`;
  };
  const edge = (from: string, to: string, mark: FlowMark) => {
    const key = `${from}\u0001${to}`;
    const existing = edges.get(key);
    edges.set(key, { from, to, mark: existing === undefined ? mark : worse(existing.mark, mark) });
  };
  for (const { flow, mark, targetName } of flows) {
    const category = node('categories', flow.category, flow.category);
    if (mark === 'undeclared') nodeMarks.set(category, 'undeclared');
    if (SOURCE_KINDS.has(flow.kind)) {
      edge(node('sources', flow.kind, SOURCE_LABELS[flow.kind] ?? flow.kind), category, mark);
      continue;
    }
    const sink = node('sinks', flow.kind, flow.kind);
    edge(category, sink, mark);
    if (flow.target !== null) edge(sink, node('targets', flow.target, targetName ?? flow.target), mark);
  }
  const nodeIds = new Map<string, string>();
  const lines = ['flowchart LR'];
  const titles: Record<keyof typeof columns, string> = { sources: 'Sources', categories: 'Data categories', sinks: 'Sinks', targets: 'Recipients and stores' };
  for (const column of Object.keys(columns) as (keyof typeof columns)[]) {
    const entries = [...columns[column]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) continue;
    lines.push(`  subgraph ${column}["${titles[column]}"]`);
    entries.forEach(([key, label], index) => {
      const id = `${ids[column]}${index + 1}`;
      nodeIds.set(`${column}\u0000${key}`, id);
      lines.push(`    ${id}["${toMermaidLabel(label)}"]`);
    });
    lines.push('  end');
  }
  const sortedEdges = [...edges.values()]
    .map((entry) => ({ from: nodeIds.get(entry.from)!, to: nodeIds.get(entry.to)!, mark: entry.mark }))
    .sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to));
  for (const { from, to, mark } of sortedEdges) {
    lines.push(mark === null ? `  ${from} --> ${to}` : `  ${from} -.->|${EDGE_LABELS[mark]}| ${to}`);
  }
  const marked = [...nodeMarks.keys()].map((key) => nodeIds.get(key)!).sort(compareIds);
  if (marked.length > 0) {
    lines.push('  classDef undeclared stroke:#d1242f,stroke-width:2px,stroke-dasharray:4 3', `  class ${marked.join(',')} undeclared`);
  }
  return `${lines.join('\n')}\n`;
}

/** c2 before c10: ids sort by column letter, then number. */
function compareIds(a: string, b: string): number {
  const order = 'sckr';
  return order.indexOf(a[0]!) - order.indexOf(b[0]!) || Number(a.slice(1)) - Number(b.slice(1));
}
