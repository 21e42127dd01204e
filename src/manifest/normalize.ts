import type { Severity } from '../model.js';
import type {
  AutomatedDecision,
  Contact,
  DataSource,
  Field,
  LegalBasis,
  LocalizedText,
  Manifest,
  Purpose,
  Recipient,
  RecipientRole,
  ScanSettings,
  Service,
  SpecialCategoryGround,
  StorageKind,
  StoreSettings,
  UserSdkEntry,
} from './types.js';

type Data = Record<string, unknown>;

const optional = <T>(value: unknown): T | undefined => (value === undefined ? undefined : (value as T));
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const record = (value: unknown): Data => (value !== null && typeof value === 'object' ? (value as Data) : {});

/** Drops undefined properties so a normalized manifest prints and compares the same however it was written. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

const toContact = (value: unknown): Contact | undefined => {
  if (value === undefined) return undefined;
  const data = record(value);
  return compact({
    name: optional<string>(data.name),
    address: optional<string>(data.address),
    email: optional<string>(data.email),
    phone: optional<string>(data.phone),
    url: optional<string>(data.url),
  });
};

const toService = (data: Data): Service =>
  compact({
    name: String(data.name),
    url: optional<string>(data.url),
    controller: toContact(data.controller) as Contact & { name: string },
    representative: toContact(data.representative),
    dpo: toContact(data.dpo),
    supervisoryAuthority: toContact(data.supervisoryAuthority) as (Contact & { name: string }) | undefined,
    deletionUrl: optional<string>(data.deletionUrl),
    lastUpdated: optional<string>(data.lastUpdated),
    securityMeasures: optional<LocalizedText>(data.securityMeasures),
  });

const toPurpose = (id: string, data: Data): Purpose =>
  compact({
    id,
    description: data.description as LocalizedText,
    legalBasis: data.legalBasis as LegalBasis,
    use: optional<string>(data.use),
    legitimateInterest: optional<LocalizedText>(data.legitimateInterest),
    specialCategoryGround: optional<SpecialCategoryGround>(data.specialCategoryGround),
    automatedDecision: optional<AutomatedDecision>(data.automatedDecision),
    dataSubjects: optional<string[]>(data.dataSubjects),
  });

const toRecipient = (id: string, data: Data): Recipient =>
  compact({
    id,
    name: String(data.name),
    kind: data.kind as Recipient['kind'],
    role: (data.role as RecipientRole | undefined) ?? 'processor',
    purposes: strings(data.purposes),
    // The schema lets a draft leave the country open; `notice` and `export` refuse an empty one.
    country: typeof data.country === 'string' ? data.country : '',
    safeguard: optional<string>(data.safeguard),
    sdks: optional<string[]>(data.sdks),
    hosts: optional<string[]>(data.hosts),
    privacyPolicyUrl: optional<string>(data.privacyPolicyUrl),
  });

const toField = (id: string, data: Data): Field =>
  compact({
    id,
    category: String(data.category),
    description: data.description as LocalizedText,
    purposes: strings(data.purposes),
    recipients: strings(data.recipients),
    storage: strings(data.storage) as StorageKind[],
    retention: data.retention as LocalizedText,
    source: (data.source as DataSource | undefined) ?? 'user',
    sourceDescription: optional<LocalizedText>(data.sourceDescription),
    aliases: strings(data.aliases),
    required: optional<boolean>(data.required),
    consequenceIfNotProvided: optional<LocalizedText>(data.consequenceIfNotProvided),
    linkedToIdentity: optional<boolean>(data.linkedToIdentity),
    usedForTracking: optional<boolean>(data.usedForTracking),
    processedEphemerally: optional<boolean>(data.processedEphemerally),
    optional: optional<boolean>(data.optional),
  });

const toSdk = (data: Data): UserSdkEntry =>
  compact({
    id: String(data.id),
    name: String(data.name),
    kind: data.kind as UserSdkEntry['kind'],
    packages: strings(data.packages),
    globals: optional<string[]>(data.globals),
    calls: (Array.isArray(data.calls) ? data.calls : []).map((call) => {
      const entry = record(call);
      return compact({ method: String(entry.method), args: optional<number[]>(entry.args) });
    }),
  });

const toScan = (data: Data): ScanSettings =>
  compact({
    include: optional<string[]>(data.include),
    exclude: optional<string[]>(data.exclude),
    firstPartyHosts: strings(data.firstPartyHosts),
    sdks: (Array.isArray(data.sdks) ? data.sdks : []).map((sdk) => toSdk(record(sdk))),
  });

const mapEntries = <T>(value: unknown, convert: (id: string, data: Data) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(record(value)).map(([id, entry]) => [id, convert(id, record(entry))]));

/**
 * Turns schema-valid manifest data into the Manifest model: ids copied into each entry, defaults filled in
 * (recipients, storage and aliases empty, source `user`, role `processor`, no rule overrides, no store answers).
 */
export function toManifest(data: unknown): Manifest {
  const root = record(data);
  return compact({
    version: 1 as const,
    service: toService(record(root.service)),
    purposes: mapEntries(root.purposes, toPurpose),
    recipients: mapEntries(root.recipients, toRecipient),
    fields: mapEntries(root.fields, toField),
    scan: toScan(record(root.scan)),
    rules: { ...(record(root.rules) as Partial<Record<string, Severity>>) },
    stores: { ...(record(root.stores) as StoreSettings) },
    languages: optional<string[]>(root.languages),
  });
}
