import type { DiffFormat } from './diff-formats.js';
import type { FlowChange, FlowDiff } from '../flows/compare.js';
import { formatDiffMarkdown } from './diff-markdown.js';
import { formatDiffPretty } from './diff-pretty.js';

/** A diff as the reporters see it: the comparison plus the scanned folder as the user named it. */
export interface ReportedDiff extends FlowDiff {
  root: string;
}

export interface DiffReportContext {
  color: boolean;
  version: string;
}

const count = (changes: readonly FlowChange[], type: FlowChange['type']) => changes.filter((change) => change.type === type).length;

/** The `diff --format json` document (its shape is described in docs/pull-requests.md). */
export function toDiffJson(diff: ReportedDiff, version: string) {
  return {
    schemaVersion: 1,
    tool: { name: 'privlint', version },
    root: diff.root,
    base: diff.base,
    head: diff.head,
    summary: {
      changes: diff.changes.length,
      flowsAdded: count(diff.changes, 'flow-added'),
      flowsRemoved: count(diff.changes, 'flow-removed'),
      recipientsAdded: count(diff.changes, 'recipient-added'),
      recipientsRemoved: count(diff.changes, 'recipient-removed'),
      purposesAdded: count(diff.changes, 'purpose-added'),
      purposesRemoved: count(diff.changes, 'purpose-removed'),
      undeclared: diff.changes.filter((change) => 'undeclared' in change && change.undeclared).length,
    },
    changes: diff.changes,
  };
}

export function formatDiff(format: DiffFormat, diff: ReportedDiff, ctx: DiffReportContext): string {
  if (format === 'json') return `${JSON.stringify(toDiffJson(diff, ctx.version), null, 2)}\n`;
  if (format === 'markdown') return formatDiffMarkdown(diff);
  return formatDiffPretty(diff, ctx);
}

/** "`main` (abc123456789)", or "the work tree". */
export const formatSide = (side: FlowDiff['base'], quote: (text: string) => string): string =>
  side.ref === null ? 'the work tree' : `${quote(side.ref)} (${side.commit?.slice(0, 12) ?? '?'})`;

/** "3 changes in personal-data flows" */
export const formatChangeCount = (changes: number): string =>
  changes === 0 ? 'no change in personal-data flows' : `${changes} change${changes === 1 ? '' : 's'} in personal-data flows`;

/** The head's manifest leaves this change's flow (or recipient) out. */
export const isUndeclared = (change: FlowChange): boolean => 'undeclared' in change && change.undeclared;
