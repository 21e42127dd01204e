const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/**
 * Makes manifest text inert in Markdown: one line, and every character that could start a tag, a link, emphasis,
 * a table cell or an entity is backslash-escaped, so `<script>` shows as text when the Markdown is rendered.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  // Renderers never start a line with manifest text, so block syntax (lists, headings) cannot be triggered.
  return oneLine.replace(/[\\`*_[\]<>|~&#]/g, (char) => `\\${char}`);
}

/** Ends text with a full stop unless it already ends a sentence, so fixed text can follow it. */
export const toSentence = (text: string): string => (/[.!?…]["”»)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** For URLs inside Markdown link targets: no spaces or parentheses that would end the link. */
export const escapeMarkdownUrl = (url: string): string =>
  url.trim().replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** Only http(s) and mailto links become links; anything else (javascript:, data:) stays text. */
export const isSafeUrl = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url.trim());
