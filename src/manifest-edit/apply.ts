import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Additions } from './plan.js';
import { formatBlockEntry, formatFlowEntry, formatValue, toFieldEntry, toRecipientEntry, toTodoPurposeEntry, type Entry } from './render.js';

interface Insertion {
  offset: number;
  text: string;
  /** Indentation of what is inserted: at one offset, deeper text continues the structure above and goes first. */
  depth: number;
  /** Replaces text up to here (for an empty flow map `{}` that becomes a block). */
  end?: number;
}

/**
 * Adds the planned entries to the manifest text. The yaml Document gives the nodes and their source
 * ranges; the new text is spliced in at those offsets, so every byte the edit does not touch (comments,
 * quoting, alignment, blank lines) stays exactly as the person wrote it.
 */
export function applyAdditions(text: string, additions: Additions): string {
  const document = parseDocument(text);
  const insertions: Insertion[] = [];
  const root = document.contents;
  if (!isMap(root)) throw new Error('The manifest is not a YAML map');
  const unit = ' '.repeat(detectIndentUnit(text, root));

  for (const addition of additions.fieldAdditions) {
    const field = root.getIn(['fields', addition.field], true) as Node | undefined;
    if (!isMap(field)) continue;
    for (const [key, values] of [['purposes', addition.purposes], ['recipients', addition.recipients], ['storage', addition.storage]] as const) {
      if (values.length === 0) continue;
      const list = field.get(key, true) as Node | undefined;
      if (isSeq(list)) insertions.push(appendToSeq(text, list, values));
      else insertions.push(...appendToMap(text, field, [{ key, comments: [], values: [] }], unit, formatValue([...values])));
    }
  }
  const sections: [string, Entry[]][] = [
    ['purposes', additions.todoPurpose ? [toTodoPurposeEntry()] : []],
    ['recipients', additions.recipients.map(toRecipientEntry)],
    ['fields', additions.fields.map(toFieldEntry)],
  ];
  // A missing section goes at the end of the file, after whatever the existing last section gets.
  const newSections: Insertion[] = [];
  for (const [section, entries] of sections) {
    if (entries.length === 0) continue;
    const node = root.get(section, true) as Node | undefined;
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === section);
    if (isMap(node)) {
      insertions.push(...appendToMap(text, node, entries, unit));
    } else if (isScalar(pair?.key) && pair.key.range) {
      // `fields:` with nothing under it: the entries go right below the key.
      const { offset, prefix } = afterLine(text, pair.key.range[1]);
      const block = entries.map((entry) => formatBlockEntry(entry, unit, unit)).join('');
      insertions.push({ offset, depth: unit.length, text: `${prefix}${block}` });
    } else {
      const block = entries.map((entry) => formatBlockEntry(entry, unit, unit)).join('');
      newSections.push({ offset: text.length, depth: -1, text: `${text.endsWith('\n') || text === '' ? '' : '\n'}${section}:\n${block}` });
    }
  }
  insertions.push(...newSections);

  return splice(text, insertions);
}

function splice(text: string, insertions: Insertion[]): string {
  // Applied from the end, so earlier offsets stay valid. At one offset the result must read deepest first
  // (a list item, then a new key of its field, then a new field), then in planned order.
  const ordered = insertions
    .map((insertion, index) => ({ ...insertion, index }))
    .sort((a, b) => b.offset - a.offset || a.depth - b.depth || b.index - a.index);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  let result = text;
  for (const { offset, text: inserted, end } of ordered) {
    result = result.slice(0, offset) + inserted.replace(/\r?\n/g, newline) + result.slice(end ?? offset);
  }
  return result;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

/** The offset just after the line holding `offset` (a trailing comment on that line stays with it). */
function afterLine(text: string, offset: number): { offset: number; prefix: string } {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? { offset: text.length, prefix: '\n' } : { offset: newline + 1, prefix: '' };
}

function detectIndentUnit(text: string, root: YAMLMap): number {
  for (const pair of root.items) {
    if (isMap(pair.value) && !pair.value.flow) {
      const first = pair.value.items[0];
      const range = isScalar(first?.key) ? first.key.range : undefined;
      if (range) return Math.max(1, columnOf(text, range[0]));
    }
  }
  return 2;
}

/**
 * Appends entries to a map. Block maps get block lines at the column of their keys; flow maps get
 * `, key: value` before the closing brace. With `value`, each entry is a single `key: value` pair.
 */
function appendToMap(text: string, map: YAMLMap, entries: Entry[], unit: string, value?: string): Insertion[] {
  const range = map.range;
  if (!range) return [];
  if (map.flow) {
    const close = text.lastIndexOf('}', range[1] - 1);
    const pairs = entries.map((entry) => (value === undefined ? formatFlowEntry(entry) : `${entry.key}: ${value}`));
    const empty = map.items.length === 0;
    if (empty && value === undefined) {
      // `fields: {}` becomes a block map so the new entries can carry their comments.
      const line = text.slice(lineStart(text, range[0]));
      const indent = ' '.repeat(line.length - line.trimStart().length) + unit;
      let start = range[0];
      while (text[start - 1] === ' ') start--;
      return [{ offset: start, end: range[1], depth: indent.length, text: `\n${entries.map((entry) => formatBlockEntry(entry, indent, unit)).join('').trimEnd()}` }];
    }
    const lastValueEnd = ((map.items.at(-1)?.value as Node | null | undefined)?.range ?? (map.items.at(-1)?.key as Node | null | undefined)?.range)?.[1];
    if (!empty && lastValueEnd !== undefined) {
      // Right after the last entry, not before the `}`: a closing brace on a line of its own may sit left of the
      // column a flow map in a block must keep.
      return [{ offset: lastContentEnd(text, lastValueEnd) + 1, depth: Number.MAX_SAFE_INTEGER, text: `, ${pairs.join(', ')}` }];
    }
    const padding = text.slice(close - 1, close) === ' ' ? ' ' : '';
    return [{ offset: padding === ' ' ? close - 1 : close, depth: Number.MAX_SAFE_INTEGER, text: `${empty ? ' ' : ', '}${pairs.join(', ')}` }];
  }
  const first = map.items[0];
  const last = map.items.at(-1);
  const keyRange = isScalar(first?.key) ? first.key.range : undefined;
  const valueEnd = (last?.value as Node | null | undefined)?.range?.[1] ?? (isScalar(last?.key) ? last.key.range?.[1] : undefined);
  if (!keyRange || valueEnd === undefined) return [];
  // An explicit key (`? email` then `: …`) starts its entry at the `?`, not at the key after it.
  const before = text.slice(lineStart(text, keyRange[0]), keyRange[0]);
  const explicit = /^(\s*)\?\s+$/.exec(before);
  const indent = ' '.repeat(explicit ? explicit[1]!.length : columnOf(text, keyRange[0]));
  const { offset, prefix } = afterLine(text, lastContentEnd(text, valueEnd));
  const body =
    value === undefined
      ? entries.map((entry) => formatBlockEntry(entry, indent, unit)).join('')
      : entries.map((entry) => `${indent}${entry.key}: ${value}\n`).join('');
  return [{ offset, depth: indent.length, text: `${prefix}${body}` }];
}

/** The last character of a node's value, stepping back over the whitespace its range may include. */
function lastContentEnd(text: string, end: number): number {
  let offset = end - 1;
  while (offset > 0 && /\s/.test(text[offset]!)) offset--;
  return offset;
}

function appendToSeq(text: string, seq: YAMLSeq, values: readonly string[]): Insertion {
  const range = seq.range!;
  const items = values.map((value) => formatValue(value));
  if (seq.flow) {
    const close = text.lastIndexOf(']', range[1] - 1);
    const empty = seq.items.length === 0;
    return { offset: close, depth: Number.MAX_SAFE_INTEGER, text: `${empty ? '' : ', '}${items.join(', ')}` };
  }
  const firstItem = seq.items[0] as Node | undefined;
  const lastItem = seq.items.at(-1) as Node | undefined;
  const itemStart = firstItem?.range?.[0] ?? range[0];
  const dash = text.lastIndexOf('-', itemStart);
  const indent = ' '.repeat(columnOf(text, dash));
  const { offset, prefix } = afterLine(text, lastContentEnd(text, lastItem?.range?.[1] ?? range[1]));
  // A `- item` may sit at its key's column (`storage:\n- cookie`); it still belongs above a new key there.
  return { offset, depth: indent.length + 0.5, text: `${prefix}${items.map((item) => `${indent}- ${item}\n`).join('')}` };
}
