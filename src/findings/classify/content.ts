import type { Classification } from './classify-name.js';
import { isThingOwner } from './person-objects.js';
import { getSingularForms, getTokens } from './tokenize.js';
import { PREFIX_VETOES } from './vocabulary.js';

/**
 * Words for free text: what a person writes into a chat, a form, a document or a prompt. They are candidates, never
 * personal by name alone (an app's own `message`, `title` or `description` is everywhere): a value under one of them is
 * `user.content.private` only when its provenance says a person wrote it (request input, a form, a chat input, a
 * person's record). Provenance asks `classifyContentName` once it knows the origin.
 */
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'message', 'content', 'prompt', 'comment', 'body', 'description', 'feedback', 'note', 'journal', 'title', 'text',
  'question', 'answer', 'reply', 'review', 'summary', 'caption', 'draft', 'transcript', 'markdown', 'diary', 'memo',
  'remark', 'complaint', 'chat', 'subject',
  // German
  'nachricht', 'inhalt', 'kommentar', 'beschreibung', 'notiz', 'titel', 'frage', 'antwort', 'bewertung', 'anfrage',
]);

// Text the app writes itself: an error, a status line, a toast, a system prompt, a template.
const APP_TEXT_PREFIXES: ReadonlySet<string> = new Set([
  ...PREFIX_VETOES, 'log', 'toast', 'alert', 'success', 'warning', 'warn', 'info', 'debug', 'loading', 'welcome',
  'greeting', 'intro', 'page', 'meta', 'og', 'seo', 'site', 'section', 'modal', 'dialog', 'button', 'tooltip', 'hint',
  'helper', 'empty', 'commit', 'response', 'assistant', 'bot', 'ai', 'model', 'notification', 'email', 'subject', 'header',
  'footer', 'i18n', 'translation', 'request', 'http', 'html', 'exception',
]);

/** Content words after the head that keep the meaning: `messageText`, `commentBody`, `noteContent`. */
const CONTENT_SUFFIXES: ReadonlySet<string> = new Set(['text', 'body', 'content', 'value', 'input', 'str', 'string', 'raw', 'html', 'markdown', 'md', 'plain']);

/**
 * The free-text candidate a name stands for (`message`, `chatInput`, `userPrompt`, `noteContent`, `comments`), as
 * `user.content.private` with low confidence, or undefined for text the app writes itself (`errorMessage`,
 * `systemPrompt`, `pageTitle`) and for the properties of things that are not a person's (`team.description`).
 * The caller decides with provenance; the name alone never makes a finding.
 */
export function classifyContentName(name: string, owner?: string): Classification | undefined {
  if (owner !== undefined && isThingOwner(owner)) return undefined;
  const tokens = getTokens(name);
  let end = tokens.length;
  while (end > 1 && CONTENT_SUFFIXES.has(tokens[end - 1] ?? '') && !isContentWord(tokens[end - 1] ?? '')) end -= 1;
  const head = tokens[end - 1];
  if (head === undefined || !isContentWord(head)) return undefined;
  if (tokens.slice(0, end - 1).some((token) => APP_TEXT_PREFIXES.has(token))) return undefined;
  return {
    category: 'user.content.private',
    confidence: 'low',
    evidence: { by: 'name', matched: name, term: head, detail: 'free text: personal when a person wrote it' },
  };
}

/** A word for free text (`message`, `notes`, `title`), by itself: a record's field of that name holds what someone wrote. */
export function isContentWord(token: string): boolean {
  return getSingularForms(token).some((form) => CONTENT_WORDS.has(form));
}
