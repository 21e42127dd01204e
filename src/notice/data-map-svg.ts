import { escapeHtml as h } from './escape.js';
import { getLocale, type NoticeLanguage } from './locales/index.js';
import type { NoticeModel } from './model.js';

// The map's own words live here so the figure stays one self-contained module; a new notice language fails to
// compile until it is added.
const WORDS: Readonly<Record<NoticeLanguage, { title: string; receives: (recipient: string, data: string) => string; words: string }>> = {
  en: {
    title: 'Who receives which of your data',
    receives: (recipient, data) => `${recipient} receives ${data}.`,
    words: 'The table below says the same in words.',
  },
  de: {
    title: 'Wer welche Ihrer Daten erhält',
    receives: (recipient, data) => `${recipient} erhält ${data}.`,
    words: 'Die Tabelle darunter sagt dasselbe in Worten.',
  },
};

const ROW = 32;
const PAD = 12;
const GAP = 96;
const FONT = 14;
// Without measuring text (no browser at build time), a character of the system font is at most this wide.
const CHAR_WIDTH = 8;
const MAX_LABEL = 36;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * An SVG figure of the recipients and the data each receives, for the notice's recipients section: data on
 * the left, recipients on the right, a line for each pair. It draws with `currentColor` only, so it follows
 * the light, dark and print schemes, needs no stylesheet or script (the notice's CSP allows neither), and is a
 * labelled image (`role="img"`, `<title>`, `<desc>` with every pair in a sentence). Empty without recipients.
 */
export function formatDataMapSvg(model: NoticeModel): string {
  const words = WORDS[model.lang];
  const t = getLocale(model.lang);
  const recipients = model.recipients.filter((recipient) => recipient.data.length > 0);
  if (recipients.length === 0) return '';
  const dataIds = [...new Set(recipients.flatMap((recipient) => recipient.data.map((entry) => entry.id)))];
  const labels = new Map(recipients.flatMap((recipient) => recipient.data.map((entry) => [entry.id, entry.label] as const)));
  const data = model.data.filter((entry) => dataIds.includes(entry.id)).map((entry) => ({ id: entry.id, label: labels.get(entry.id) ?? entry.description }));
  for (const id of dataIds) if (!data.some((entry) => entry.id === id)) data.push({ id, label: labels.get(id) ?? id });

  const width = (items: readonly string[]) => Math.max(...items.map((item) => shorten(item).length)) * CHAR_WIDTH + 2 * PAD;
  const leftWidth = width(data.map((entry) => entry.label));
  const rightWidth = width(recipients.map((recipient) => recipient.name));
  const rightX = leftWidth + GAP;
  const totalWidth = rightX + rightWidth + 2;
  const rows = Math.max(data.length, recipients.length);
  const height = rows * ROW + PAD;
  const rowY = (index: number, count: number) => PAD / 2 + ((rows - count) * ROW) / 2 + index * ROW;

  const box = (x: number, y: number, boxWidth: number, label: string) =>
    `<g><rect x="${x + 1}" y="${y + 3}" width="${boxWidth - 2}" height="${ROW - 6}" rx="6" fill="none" stroke="currentColor"/><text x="${x + PAD}" y="${y + ROW / 2 + FONT / 3}" font-size="${FONT}" fill="currentColor">${h(shorten(label))}</text></g>`;
  const dataRows = data.map((entry, index) => box(0, rowY(index, data.length), leftWidth, entry.label));
  const recipientRows = recipients.map((recipient, index) => box(rightX, rowY(index, recipients.length), rightWidth, recipient.name));
  const lines = recipients.flatMap((recipient, index) =>
    recipient.data.map((entry) => {
      const from = data.findIndex((item) => item.id === entry.id);
      const y1 = rowY(from, data.length) + ROW / 2;
      const y2 = rowY(index, recipients.length) + ROW / 2;
      return `<line x1="${leftWidth}" y1="${y1}" x2="${rightX}" y2="${y2}" stroke="currentColor" stroke-width="1.5"/>`;
    }),
  );
  const sentences = recipients.map((recipient) => words.receives(recipient.name, t.joinList(recipient.data.map((entry) => entry.label))));
  return `<figure class="data-map">
<div class="table-scroll" role="region" aria-labelledby="data-map-caption" tabindex="0">
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="data-map-title" aria-describedby="data-map-desc" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}" font-family="system-ui, sans-serif">
<title id="data-map-title">${h(words.title)}</title>
<desc id="data-map-desc">${h(sentences.join(' '))}</desc>
${lines.join('\n')}
${dataRows.join('\n')}
${recipientRows.join('\n')}
</svg>
</div>
<figcaption id="data-map-caption">${h(words.title)}. ${h(words.words)}</figcaption>
</figure>`;
}
