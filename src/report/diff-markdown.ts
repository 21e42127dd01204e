import type { FlowChange } from '../flows/compare.js';
import { formatMermaidMap, type MappedFlow } from './data-map.js';
import { formatChangeCount, formatSide, isUndeclared, type ReportedDiff } from './diff.js';
import { formatMapSection } from './map-section.js';

/** GitHub refuses comments longer than 65,536 characters; the margin keeps the "and N more" tail inside. */
export const COMMENT_LIMIT = 65_536;
const MARGIN = 512;

/** The hidden first line the GitHub Action finds its own comment by, one per scanned folder. */
export const commentMarker = (root: string): string => `<!-- privlint-diff root=${root.replace(/-->/g, '')} -->`;

const ICONS: Record<FlowChange['type'], string> = {
  'recipient-added': '🆕',
  'flow-added': '➕',
  'purpose-added': '🎯',
  'recipient-removed': '🗑️',
  'flow-removed': '➖',
  'purpose-removed': '➖',
};

// Names and hosts come from the manifest and the code: they must not open HTML tags or tables in a comment.
const toMarkdownText = (text: string) => text.replace(/\r?\n/g, ' ').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('|', '\\|');

function formatChange(change: FlowChange): string[] {
  const where = change.location === null ? '' : ` (\`${change.location.file.replaceAll('`', "'")}:${change.location.line}\`)`;
  const located = change.type === 'purpose-added' || change.type === 'purpose-removed' ? where : '';
  const flag = isUndeclared(change) ? ' — ⚠️ **not declared in the manifest**' : '';
  const lines = [`- ${ICONS[change.type]} ${toMarkdownText(change.sentence)}${located}${flag}`];
  if (change.type === 'purpose-added' && change.note) lines.push(`  > ${change.note}`);
  return lines;
}

/** The flows that changed, for the data map: new ones (undeclared ones marked so) and removed ones. */
function mapChanges(diff: ReportedDiff): MappedFlow[] {
  const recipientNames = new Map<string, string>();
  for (const change of diff.changes) {
    if ((change.type === 'flow-added' || change.type === 'flow-removed') && change.recipientName !== null && change.target !== null) recipientNames.set(change.target, change.recipientName);
  }
  const targetName = (flow: MappedFlow['flow']) => (flow.target === null ? null : (recipientNames.get(flow.target) ?? null));
  return [
    ...diff.added.map((flow): MappedFlow => ({ flow, mark: diff.undeclared.has(flow.key) ? 'undeclared' : 'added', targetName: targetName(flow) })),
    ...diff.removed.map((flow): MappedFlow => ({ flow, mark: 'removed', targetName: targetName(flow) })),
  ];
}

/**
 * The pull-request comment: a headline, one line per change, then the data map of what changed and every
 * place in code, folded. Kept under GitHub's comment limit: what does not fit ends in "and N more".
 */
export function formatDiffMarkdown(diff: ReportedDiff): string {
  const undeclared = diff.changes.filter(isUndeclared).length;
  const head = [
    commentMarker(diff.root),
    `## privlint: ${formatChangeCount(diff.changes.length)}`,
    '',
    `Comparing ${formatSide(diff.base, (ref) => `\`${ref.replaceAll('`', "'")}\``)} with ${formatSide(diff.head, (ref) => `\`${ref.replaceAll('`', "'")}\``)}${diff.root === '.' ? '' : ` in \`${diff.root.replaceAll('`', "'")}\``}.`,
    '',
  ];
  if (undeclared > 0) head.push(`**${undeclared} new flow${undeclared === 1 ? ' is' : 's are'} not declared in the manifest**: run \`privlint check\` for the fix.`, '');
  if (diff.changes.length === 0) return `${head.join('\n')}\n`;

  let budget = COMMENT_LIMIT - MARGIN - head.join('\n').length;
  const changeLines: string[] = [];
  let shown = 0;
  for (const change of diff.changes) {
    const lines = formatChange(change);
    const size = lines.join('\n').length + 1;
    if (size > budget) break;
    changeLines.push(...lines);
    budget -= size;
    shown++;
  }
  if (shown < diff.changes.length) changeLines.push(`- …and ${diff.changes.length - shown} more (run \`privlint diff --format json\` for all of them)`);
  const sections = [...changeLines, ''];

  const map = [
    '<details><summary>Data map of these changes</summary>',
    '',
    ...formatMapSection(formatMermaidMap(mapChanges(diff)), undeclared > 0, '#### Sources → data categories → sinks → recipients').slice(2),
    '</details>',
    '',
  ].join('\n');
  if (diff.added.length + diff.removed.length > 0 && map.length + 1 < budget) {
    sections.push(map);
    budget -= map.length + 1;
  }

  const places = diff.changes.flatMap((change) =>
    change.type === 'flow-added' || change.type === 'flow-removed'
      ? change.places.map((place) => `| ${change.type === 'flow-added' ? 'starts' : 'stops'} | \`${change.category}\` | \`${place.file.replaceAll('`', "'").replaceAll('|', '\\|')}:${place.line}:${place.column}\` |`)
      : [],
  );
  if (places.length > 0) {
    const opening = ['<details><summary>Every place in code</summary>', '', '| Change | Data category | Where |', '|---|---|---|'];
    const closing = ['', '</details>', ''];
    budget -= [...opening, ...closing].join('\n').length + 1;
    const rows: string[] = [];
    for (const row of places) {
      if (row.length + 1 > budget - 80) break;
      rows.push(row);
      budget -= row.length + 1;
    }
    if (rows.length > 0) {
      const tail = rows.length < places.length ? [`| …and ${places.length - rows.length} more | | |`] : [];
      sections.push([...opening, ...rows, ...tail, ...closing].join('\n'));
    }
  }
  return `${[...head, ...sections].join('\n').trimEnd()}\n`;
}
