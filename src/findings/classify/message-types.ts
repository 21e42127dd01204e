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
// What a message's recipient reads: its body, not a label such as the subject or title.
const BODY_MEMBERS: ReadonlySet<string> = new Set(['content', 'text', 'html', 'body', 'message', 'msg']);
// Where a chat message is delivered when it names no person: a webhook or a channel of the recipient's workspace.
const CHAT_DESTINATION_MEMBERS: ReadonlySet<string> = new Set(['webhookurl', 'webhook', 'channel', 'channelid', 'chatid']);

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

/**
 * Whether a member of a message type is what its recipient reads: `content` of `ISmsOptions { to; content }`,
 * `html` of `IEmailOptions { to; subject; html }`, `content` of `IChatOptions { webhookUrl; content }`. A provider
 * sending it delivers a notification to a person, whose text is about them (their order, their sign-in code, their
 * mentions) whoever wrote the template. The type must address someone on a channel: a `to`/`target` of a channel it
 * names (as for the addressee), or a chat type (`Chat` in its name) with the webhook or channel it posts to. An
 * alert's `{ webhookUrl, text }` of no channel, or a `ChatTemplate { content }` sent nowhere, says nothing.
 */
export function isMessageBody(typeName: string | undefined, members: readonly string[], member: string): boolean {
  if (!BODY_MEMBERS.has(member.toLowerCase())) return false;
  const addressee = members.find((name) => getSingularForms(name.toLowerCase()).some((form) => ADDRESSEE_MEMBERS.has(form)));
  if (addressee !== undefined && classifyMessageAddressee(typeName, members, addressee) !== undefined) return true;
  const isChat = typeName !== undefined && getTokens(typeName).includes('chat');
  return isChat && members.some((name) => CHAT_DESTINATION_MEMBERS.has(name.toLowerCase()));
}
