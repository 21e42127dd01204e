import { getCatalogEntry } from '../findings/catalog/index.js';
import type { Finding, SinkKind } from '../model.js';
import { THIRD_PARTY_KINDS } from '../model.js';
import type { Manifest, Recipient } from '../manifest/types.js';
import type { Destination } from './rules/types.js';

export const isSameOrSubdomain = (host: string, of: string): boolean => {
  const a = host.toLowerCase();
  const b = of.toLowerCase();
  return a === b || a.endsWith(`.${b}`);
};

/**
 * Matches a finding's recipient against the manifest: by recipient id, then by the recipient's `sdks`,
 * then by its `hosts` (subdomains included). Ties are broken by recipient id so the match is stable.
 */
export function getDeclaredRecipient(manifest: Manifest, recipientId: string): Recipient | undefined {
  const recipients = Object.values(manifest.recipients).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (
    recipients.find((recipient) => recipient.id === recipientId) ??
    recipients.find((recipient) => recipient.sdks?.includes(recipientId) === true) ??
    recipients.find((recipient) => recipient.hosts?.some((host) => isSameOrSubdomain(recipientId, host)) === true)
  );
}

export function getDestination(manifest: Manifest, finding: Finding): Destination {
  const { kind, recipient } = finding.sink;
  if (kind === 'http') {
    // A relative URL or a host read from config: the request goes to the product's own backend.
    if (recipient === null) return { kind: 'first-party' };
    if (manifest.scan.firstPartyHosts.some((host) => isSameOrSubdomain(recipient, host))) return { kind: 'first-party' };
  }
  if (recipient === null) return { kind: 'internal' };
  const declared = getDeclaredRecipient(manifest, recipient);
  if (declared !== undefined) return { kind: 'declared', recipient: declared };
  if (receivesAsThirdParty(kind, recipient)) return { kind: 'undeclared', id: recipient };
  return { kind: 'internal' };
}

/**
 * Whether a sink's recipient is a third party. Cloud file storage (aws-s3, cloudinary) is; for database and log
 * sinks the recipient is the library (prisma, pino), the product's own storage, unless the vendor runs the
 * database (Supabase, Firestore).
 */
export function receivesAsThirdParty(kind: SinkKind, recipient: string): boolean {
  if (THIRD_PARTY_KINDS.has(kind) || kind === 'file') return true;
  return kind === 'database' && getCatalogEntry(recipient)?.vendorHosted === true;
}
