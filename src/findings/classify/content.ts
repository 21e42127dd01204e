import { getSingularForms } from './tokenize.js';

/**
 * Words for free text: what a person writes into a chat, a form, a document or a prompt. Never personal by name alone
 * (an app's own `message`, `title` or `description` is everywhere): a value under one of them is `user.content.private`
 * only when its origin says a person wrote it; today that is a field of a person's own record (the data model).
 */
const CONTENT_WORDS: ReadonlySet<string> = new Set([
  'message', 'content', 'prompt', 'comment', 'body', 'description', 'feedback', 'note', 'journal', 'title', 'text',
  'question', 'answer', 'reply', 'review', 'summary', 'caption', 'draft', 'transcript', 'markdown', 'diary', 'memo',
  'remark', 'complaint', 'chat', 'subject',
  // German
  'nachricht', 'inhalt', 'kommentar', 'beschreibung', 'notiz', 'titel', 'frage', 'antwort', 'bewertung', 'anfrage',
]);

/** A word for free text (`message`, `notes`, `title`), by itself: a record's field of that name holds what someone wrote. */
export function isContentWord(token: string): boolean {
  return getSingularForms(token).some((form) => CONTENT_WORDS.has(form));
}
