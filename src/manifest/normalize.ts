import type { Severity } from '../model.js';
import type {
  AutomatedDecision,
  Contact,
  DataSource,
  DeviceStorageItem,
  DeviceStorageType,
  NoticeSettings,
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
    address: optional<LocalizedText>(data.address),
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
    consentWithdrawal: optional<LocalizedText>(data.consentWithdrawal),
    audience: optional<LocalizedText>(data.audience),
    minimumAge: optional<number>(data.minimumAge),
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
    legalObligation: optional<LocalizedText>(data.legalObligation),
    furtherProcessing: optional<Purpose['furtherProcessing']>(data.furtherProcessing),
  });

const toRecipient = (id: string, data: Data, defaultLanguage: string | undefined): Recipient =>
  compact({
    id,
    name: pickDefaultText(data.name as LocalizedText, defaultLanguage),
    localizedName: typeof data.name === 'object' && data.name !== null ? (data.name as LocalizedText) : undefined,
    kind: data.kind as Recipient['kind'],
    role: (data.role as RecipientRole | undefined) ?? 'processor',
    purposes: strings(data.purposes),
    // The schema lets a draft leave the country open; `notice` and `export` refuse an empty one.
    country: typeof data.country === 'string' ? data.country : '',
    safeguard: optional<LocalizedText>(data.safeguard),
    transferMechanism: optional<Recipient['transferMechanism']>(data.transferMechanism),
    jointControllerArrangement: optional<LocalizedText>(data.jointControllerArrangement),
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
    requiredBy: optional<Field['requiredBy']>(data.requiredBy),
    storeDataTypes: optional<Field['storeDataTypes']>(data.storeDataTypes),
  });

const toDeviceStorageItem = (id: string, data: Data): DeviceStorageItem =>
  compact({
    id,
    name: String(data.name),
    type: data.type as DeviceStorageType,
    purposes: strings(data.purposes),
    duration: data.duration as LocalizedText,
    provider: optional<string>(data.provider),
    necessary: data.necessary === true,
  });

const toNoticeSettings = (data: Data): NoticeSettings =>
  compact({
    version: optional<string>(data.version),
    history: (Array.isArray(data.history) ? data.history : []).map((entry) => {
      const item = record(entry);
      return compact({ date: String(item.date), version: optional<string>(item.version), summary: item.summary as LocalizedText });
    }),
    germanAddress: data.germanAddress === 'informal' ? 'informal' : 'formal',
  });

/** One text for places that need one name: the default language, then English, then the first language given. */
export function pickDefaultText(text: LocalizedText, defaultLanguage: string | undefined): string {
  if (typeof text === 'string') return text;
  for (const lang of [defaultLanguage, 'en']) if (lang !== undefined && text[lang] !== undefined) return text[lang];
  const first = Object.keys(text).sort()[0];
  return first === undefined ? '' : (text[first] ?? '');
}

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
  const defaultLanguage = Array.isArray(root.languages) && typeof root.languages[0] === 'string' ? root.languages[0] : undefined;
  return compact({
    version: 1 as const,
    service: toService(record(root.service)),
    purposes: mapEntries(root.purposes, toPurpose),
    recipients: mapEntries(root.recipients, (id, entry) => toRecipient(id, entry, defaultLanguage)),
    fields: mapEntries(root.fields, toField),
    scan: toScan(record(root.scan)),
    rules: { ...(record(root.rules) as Partial<Record<string, Severity>>) },
    stores: { ...(record(root.stores) as StoreSettings) },
    deviceStorage: root.deviceStorage === undefined ? undefined : mapEntries(root.deviceStorage, toDeviceStorageItem),
    notice: root.notice === undefined ? undefined : toNoticeSettings(record(root.notice)),
    languages: optional<string[]>(root.languages),
  });
}
