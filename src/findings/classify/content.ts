import type { Classification } from './classify-name.js';
import { getHeadToken, isThingOwner } from './person-objects.js';
import { getSingularForms, getTokens } from './tokenize.js';
import { PREFIX_VETOES } from './vocabulary.js';

/**
 * Words for free text: what a person writes into a chat, a form, a document or a prompt. Never personal by name alone
 * (an app's own `message`, `title` or `description` is everywhere): a value under one of them is `user.content.private`
 * only when its origin says a person wrote it: a field of a person's own record (the data model), or a value read from
 * a person's input or session (classifyFreeText).
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

/** Whether a name is a word for free text (`message`, `userPrompt`, `commentText`): its origin may make it personal. */
export function isFreeTextName(name: string): boolean {
  const tokens = getTokens(name);
  const head = tokens[tokens.length - 1];
  return head !== undefined && isContentWord(head);
}

/**
 * Whether a classification is free text known by its word (`description`, `message`, `body`): what a record of an
 * organisation holds under such a word is the organisation's text; a file or a field of a person's model is not this.
 */
export function isFreeTextByWord(found: Pick<Classification, 'category' | 'evidence'>): boolean {
  return found.category === 'user.content.private' && isContentWord(found.evidence.term.toLowerCase());
}

/** Where a value came from, when its flow reaches a source that says: a person's own input, or the signed-in session. */
export type Origin = 'request-input' | 'typed-input' | 'session';

// Words before a free-text word that make it the app's own text, not what a person wrote: an LLM's `systemPrompt`, a
// `welcomeMessage`, an `errorMessage`, a `defaultTitle`, a `pageTitle`.
const APP_TEXT_PREFIXES: ReadonlySet<string> = new Set([
  'system', 'default', 'welcome', 'success', 'fallback', 'help', 'hint', 'example', 'sample', 'page', 'seo', 'meta', 'og',
  'site', 'app', 'button', 'link', 'toast', 'alert', 'warning', 'info', 'debug', 'log', 'response', 'res', 'http', 'api',
  'commit', 'release', 'changelog', 'instruction', 'instructions', 'tooltip', 'empty', 'loading', 'confirmation', 'cta',
  // A provider's own text (`failureMessage` of a payout), a webhook's `sourceBody`, a campaign's `utm_content`.
  'failure', 'source', 'utm',
]);
// Words for a label rather than for what someone wrote: a team's `title`, a notification's `subject`. Alone in a
// request they name a thing; a document's title comes with its text, which says it.
const LABEL_WORDS: ReadonlySet<string> = new Set(['title', 'titel', 'subject', 'caption', 'summary']);
// Owners whose free text a person writes: a document's title, a file's description, a message's body.
const CONTENT_HOLDERS: ReadonlySet<string> = new Set(['document', 'file', 'page', 'post', 'note', 'comment', 'message', 'reply', 'review', 'issue', 'ticket', 'entry']);

// Things a workspace configures, whose free text is the organisation's or the product's, never a person's: a role's or
// a permission's `description`, a monitor's request `body`, a workflow step's schema `description`, an incident's
// `message`. Named by the owner (`permissionSchema.description`) or by the name itself (`roleDescription`).
const CONFIGURED_THINGS: ReadonlySet<string> = new Set([
  'role', 'permission', 'monitor', 'incident', 'maintenance', 'workflow', 'step', 'schema', 'variable', 'integration',
  'webhook', 'template', 'policy', 'rule', 'trigger', 'automation', 'check', 'alert', 'api', 'endpoint', 'plan',
]);

function namesConfiguredThing(tokens: readonly string[]): boolean {
  return tokens.some(isConfiguredThing);
}

/** Whether a word names a thing a workspace configures (`role`, `permission`, `monitor`, `workflow`), not a person. */
export function isConfiguredThing(token: string): boolean {
  return getSingularForms(token).some((form) => CONFIGURED_THINGS.has(form));
}

// Owners that describe data rather than hold it: a CSV column `mapping.description`, a `utm.content`.
const NON_CONTENT_OWNERS: ReadonlySet<string> = new Set(['mapping', 'mappings', 'utm', 'column', 'header', 'headers']);

function isContentHolder(owner: string): boolean {
  const ownerHead = getHeadToken(owner);
  return ownerHead !== undefined && getSingularForms(ownerHead).some((form) => CONTENT_HOLDERS.has(form));
}

/**
 * Free text read from a person's input or session: `body.message`, `input.prompt`, `formData.get('comment')` is what
 * that person wrote, whatever the app calls it. Not when the owner is the app's own (`template.body`,
 * `product.description`, `config.title`) or the name says the app wrote it (`systemPrompt`, `errorMessage`).
 */
export function classifyFreeText(name: string, owner: string | undefined, origin: Origin): Classification | undefined {
  if (!isFreeTextName(name)) return undefined;
  const tokens = getTokens(name);
  const head = tokens[tokens.length - 1]!;
  if (getSingularForms(head).some((form) => LABEL_WORDS.has(form))) return undefined;
  if (tokens.slice(0, -1).some((token) => APP_TEXT_PREFIXES.has(token) || PREFIX_VETOES.has(token))) return undefined;
  if (namesConfiguredThing(tokens.slice(0, -1))) return undefined;
  if (owner !== undefined && namesConfiguredThing(getTokens(owner)) && !isContentHolder(owner)) return undefined;
  if (owner !== undefined && (isThingOwner(owner) || NON_CONTENT_OWNERS.has(getHeadToken(owner) ?? ''))) {
    if (!isContentHolder(owner)) return undefined;
  }
  const from = origin === 'session' ? 'the signed-in session' : origin === 'typed-input' ? 'what a person typed into the app' : "a person's request input";
  return { category: 'user.content.private', confidence: 'medium', evidence: { by: 'name', matched: name, term: head, detail: `free text from ${from}` } };
}

// Owners whose bytes are a file someone attached to a message, a ticket or a record, and the names of those bytes.
const ATTACHMENT_OWNERS: ReadonlySet<string> = new Set(['attachment', 'anhang']);
const FILE_BYTE_NAMES: ReadonlySet<string> = new Set(['file', 'content', 'buffer', 'blob']);

/**
 * `attachment.file`, `attachment.content`: the bytes of a file someone attached, whichever code moves them on (a
 * storage service, a mail provider). Not its `data`, often a link, nor its name, type or size.
 */
export function classifyAttachedFile(name: string, owner: string | undefined): Classification | undefined {
  const ownerHead = owner === undefined ? undefined : getHeadToken(owner);
  if (ownerHead === undefined || !getSingularForms(ownerHead).some((form) => ATTACHMENT_OWNERS.has(form))) return undefined;
  const tokens = getTokens(name);
  if (tokens.length !== 1 || !FILE_BYTE_NAMES.has(tokens[0]!)) return undefined;
  return { category: 'user.content.private', confidence: 'medium', evidence: { by: 'name', matched: name, term: tokens[0]!, detail: `the file of an attachment (\`${owner}\`)` } };
}
