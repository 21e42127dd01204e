import { getSingularForms, getTokens } from './tokenize.js';

const PHONE = 'user.contact.phone_number';
const EMAIL = 'user.contact.email';
const DEVICE = 'user.device.device_id';

// The members naming whom a message goes to, whatever the channel calls them.
const ADDRESSEE_MEMBERS: ReadonlySet<string> = new Set(['to', 'target', 'recipient', 'destination']);
// Copies of an e-mail: addressees too, but only a mail has them.
const COPY_MEMBERS: ReadonlySet<string> = new Set(['cc', 'bcc']);
// What a message says: without one of these a type holding `to` is a route or a setting (`{ to, from }` of an alert).
const MESSAGE_MEMBERS: ReadonlySet<string> = new Set(['content', 'text', 'html', 'body', 'message', 'subject', 'title', 'msg']);
// The channel a type is named after, and what its addressee is there: a number for a text, an address for a mail, a
// device token for a push notification.
const CHANNEL_WORDS: ReadonlyMap<string, string> = new Map([
  ['sms', PHONE], ['mms', PHONE], ['whatsapp', PHONE], ['phone', PHONE], ['voice', PHONE],
  ['email', EMAIL], ['mail', EMAIL],
  ['push', DEVICE],
]);

/**
 * The category of a message type's addressee member: `to` of `SmsOptions { to; content }` is a phone number,
 * `to` and `cc` of `IEmailOptions { to; subject; html }` e-mail addresses, `target` of `PushOptions { target; title }`
 * device tokens. A provider reading `options.to` sends to whoever its caller addresses, so the member is that
 * person's contact whatever it is called. The type must be a message (it has what the message says) and name its
 * channel (or be a mail by its `html`/`subject`); a `{ to, from }` route of an alert, or a `RelayOptions { target }`
 * of no channel, says nothing.
 */
export function classifyMessageAddressee(typeName: string | undefined, members: readonly string[], member: string): string | undefined {
  const singular = getSingularForms(member.toLowerCase());
  const isAddressee = singular.some((form) => ADDRESSEE_MEMBERS.has(form));
  const isCopy = COPY_MEMBERS.has(member.toLowerCase());
  if (!isAddressee && !isCopy) return undefined;
  if (!members.some((name) => MESSAGE_MEMBERS.has(name.toLowerCase()))) return undefined;
  const channel = channelOf(typeName, members);
  if (channel === undefined || (isCopy && channel !== EMAIL)) return undefined;
  return channel;
}

function channelOf(typeName: string | undefined, members: readonly string[]): string | undefined {
  const tokens = typeName === undefined ? [] : getTokens(typeName);
  for (const [index, token] of tokens.entries()) {
    // `WhatsApp`, `EMail` are one word written as two.
    const category = CHANNEL_WORDS.get(token) ?? CHANNEL_WORDS.get(`${token}${tokens[index + 1] ?? ''}`);
    if (category !== undefined) return category;
  }
  const lower = members.map((name) => name.toLowerCase());
  return lower.includes('html') || lower.includes('subject') ? EMAIL : undefined;
}
