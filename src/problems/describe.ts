import type { Finding, SinkKind } from '../model.js';
import type { StorageKind } from '../manifest/types.js';

/** The manifest `storage` value a sink kind needs, for the sinks that keep data. */
export function toStorageKind(kind: SinkKind): StorageKind | undefined {
  switch (kind) {
    case 'browser-storage':
    case 'cookie':
    case 'database':
    case 'file':
    case 'log':
      return kind;
    default:
      return undefined;
  }
}

/** "sent to segment by `analytics.identify`", "stored in the database by `prisma.user.create`", ... */
export function formatSinkPhrase(finding: Finding): string {
  const { kind, recipient, api } = finding.sink;
  const by = `by \`${api}\``;
  switch (kind) {
    case 'browser-storage':
      return `stored in browser storage ${by}`;
    case 'cookie':
      return `stored in a cookie ${by}`;
    case 'database':
      return `stored in the database ${by}`;
    case 'file':
      return recipient === null ? `written to a file ${by}` : `stored in ${recipient} ${by}`;
    case 'log':
      return `written to a log ${by}`;
    case 'device-api':
      return `read from a device API ${by}`;
    case 'request-input':
      return `read from the incoming request ${by}`;
    case 'http':
      return recipient === null ? `sent to the product's own server ${by}` : `sent to ${recipient} ${by}`;
    default:
      return recipient === null ? `sent ${by}` : `sent to ${recipient} ${by}`;
  }
}

/** What a person would stop doing to make the problem go away. */
export function formatStopPhrase(kind: SinkKind): string {
  switch (kind) {
    case 'browser-storage':
    case 'cookie':
    case 'database':
    case 'file':
      return 'stop storing it';
    case 'log':
      return 'stop logging it';
    case 'device-api':
    case 'request-input':
      return 'stop collecting it';
    default:
      return 'stop sending it';
  }
}

/** A field id suggested for a category: its last segment (`user.contact.phone_number` → `phone_number`). */
export function suggestFieldId(category: string): string {
  const last = category.split('.').pop() ?? category;
  return last.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z0-9]+/, '') || 'data';
}

/** A recipient id for a host, its site's name (`api.mailer.example` → `mailer`), or the catalog id as it is. */
export function suggestRecipientId(id: string): string {
  const clean = (name: string) => name.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'recipient';
  // `env:TINYBIRD_API_URL` names the service before the URL suffix: tinybird.
  if (id.startsWith('env:')) return clean(id.slice(4).toLowerCase().replace(/^(next_public|vite|nuxt_public|expo_public|react_app)_/, '').replace(/(_api)?(_base)?_(url|uri|host|endpoint|origin)$/, '').replaceAll('_', '-'));
  const host = id.replace(/:\d+$/, '');
  if (!host.includes('.')) return clean(host);
  const labels = host.toLowerCase().split('.');
  // `shop.co.uk` names the site one label further left than `shop.com`.
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);
  let index = labels.length - 2;
  if (index > 0 && secondLevel.has(labels[index]!)) index--;
  return clean(labels[index] ?? host);
}

/** A code expression on one line, shortened for messages. */
export function formatCode(expression: string): string {
  const line = expression.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

export const formatList = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');
