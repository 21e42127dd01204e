/*
 * Everything a report prints from the scanned repository (file names, code, the manifest's own text) goes through
 * these, in every format, so a file name or a line of code can neither start a new output line (a `::error` workflow
 * command, a forged problem), nor send terminal sequences (ESC), nor reorder what a reader sees (bidi controls,
 * U+2028/2029), nor turn into a link or HTML in a Markdown job summary.
 */

// C0 controls (newline and tab included: one value, one line), DEL, C1 controls, line and paragraph separators, and
// the bidi marks, embeddings, overrides and isolates of "Trojan Source".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const toUnicodeEscape = (character: string) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/** Text for one line of terminal or log output: unsafe characters shown as `\u001b`, `\u000a`, `\u202e`. */
export const toSafeText = (text: string): string => text.replace(UNSAFE_CHARACTERS, toUnicodeEscape);

// Markdown punctuation that can start code, a link or image (`[`), HTML or an entity, or a new table cell, in running
// text (headings and lists only start a line, and every value here sits inside one). Emphasis is left alone: it
// cannot hide or forge anything, and escaping it would litter every `snake_case` name.
const MARKDOWN_SPECIAL = /[\\`[\]<>|&]/g;

/**
 * Text inside a Markdown paragraph or table cell: rendered as the same characters, never as markup. Line breaks
 * become `<br>`, so a value stays in its cell.
 */
export const toMarkdownText = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => toSafeText(line).replace(MARKDOWN_SPECIAL, (character) => `\\${character}`))
    .join('<br>');

/**
 * Text as inline code in a Markdown table: a code span cannot escape a backtick, so backticks become `'`; pipes
 * are escaped for the table (GitHub reads `\|` inside a code span in a table as `|`).
 */
export const toMarkdownCode = (text: string): string => (text === '' ? '' : `\`${toSafeText(text).replaceAll('`', "'").replaceAll('|', '\\|')}\``);

/**
 * JSON output with the characters JSON.stringify leaves raw (DEL, C1, U+2028/2029, bidi controls) as `\u` escapes:
 * the same data for every parser, nothing invisible or reordering when the file is shown.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
export const toSafeJson = (json: string): string => json.replace(UNSAFE_IN_JSON, toUnicodeEscape);

/**
 * privlint's own sentences, which quote code in backticks: the quoted parts become safe code spans, the rest safe
 * text. A backtick inside quoted code only moves where a span ends; both sides are escaped either way.
 */
export const toMarkdownMessage = (text: string): string =>
  text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? toMarkdownCode(part.replace(/\s+/g, ' ')) : toMarkdownText(part)))
    .join('');
