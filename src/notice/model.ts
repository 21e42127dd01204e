import type {
  Contact,
  DataSource,
  DeviceStorageType,
  Field,
  LegalBasis,
  Manifest,
  RecipientRole,
  SpecialCategoryGround,
  StorageKind,
  TransferMechanism,
} from '../manifest/types.js';
import { decidedLegalBasis } from '../manifest/types.js';
import { getSpecialCategoryKind, type SpecialCategoryKind } from '../taxonomy/index.js';
import { compareStrings, sortedKeys } from './completeness.js';
import { getCountryName, isInsideEea } from './countries.js';
import type { NoticeLanguage } from './locales/index.js';
import { createLocalizer, type Localize } from './localize.js';
import { getTransferMechanism, needsTransferMechanism } from './transfers.js';
import type { ManifestWarning } from './warnings.js';
import { sortWarnings } from './warnings.js';

export interface NoticeContact {
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
  url?: string;
}

export interface NoticeRef {
  id: string;
  label: string;
}

export interface NoticeAutomatedDecision {
  logic: string;
  consequences: string;
}

export interface NoticePurpose {
  id: string;
  description: string;
  legalBasis: LegalBasis;
  legitimateInterest?: string;
  /** The obligation behind legal-obligation (Art. 6(1)(c)). */
  legalObligation?: string;
  /** Data first collected for these purposes, used here from `since` (Art. 13(3)). */
  furtherProcessing?: { from: NoticeRef[]; since: string };
  specialCategoryGround?: SpecialCategoryGround;
  automatedDecision?: NoticeAutomatedDecision;
  /** The data used for this purpose, sorted by id. */
  data: NoticeRef[];
  /** Recipients that receive data for this purpose, sorted by id. */
  recipients: NoticeRef[];
}

export interface NoticeData {
  id: string;
  description: string;
  category: string;
  specialCategory?: SpecialCategoryKind;
  purposes: NoticeRef[];
  recipients: NoticeRef[];
  storage: StorageKind[];
  retention: string;
  source: DataSource;
  sourceDescription?: string;
  required?: boolean;
  requiredBy?: NonNullable<Field['requiredBy']>;
  consequenceIfNotProvided?: string;
}

export interface NoticeRecipient {
  id: string;
  name: string;
  role: RecipientRole;
  country: string;
  countryName: string;
  outsideEea: boolean;
  /** For a transfer outside the EU/EEA: how it is allowed (Art. 45–49). */
  transferMechanism?: TransferMechanism;
  /** The manifest's details of the mechanism, in the notice's language. */
  safeguard?: string;
  /** For a joint controller: the essence of the arrangement (Art. 26(2)). */
  arrangement?: string;
  privacyPolicyUrl?: string;
  purposes: NoticeRef[];
  data: NoticeRef[];
}

/**
 * Everything a notice says, already in one language and sorted: renderers only lay it out.
 * Grouped the way people ask: first a summary, then by purpose, then by piece of data.
 */
export interface NoticeModel {
  lang: NoticeLanguage;
  serviceName: string;
  serviceUrl?: string;
  lastUpdated?: string;
  deletionUrl?: string;
  controller: NoticeContact & { name: string };
  representative?: NoticeContact;
  dpo?: NoticeContact;
  supervisoryAuthority?: NoticeContact & { name: string };
  glance: {
    data: string[];
    purposes: string[];
    recipients: string[];
    retention: { data: string; retention: string }[];
  };
  purposes: NoticePurpose[];
  data: NoticeData[];
  recipients: NoticeRecipient[];
  /** Data not collected from the person (Art. 14), with where it comes from. */
  sources: { data: string; source: DataSource; description: string }[];
  automatedDecisions: (NoticeAutomatedDecision & { purpose: string })[];
  usesConsent: boolean;
  /** How to withdraw consent, from the manifest; the renderers fall back to the controller's contact. */
  consentWithdrawal?: string;
  germanAddress: 'formal' | 'informal';
  version?: string;
  history: { date: string; version?: string; summary: string }[];
  audience?: string;
  minimumAge?: number;
  /** What people can object to (Art. 21), shown apart from the other rights (Art. 21(4)). */
  objection: { interests: NoticeRef[]; marketing: NoticeRef[] };
  deviceStorage: NoticeDeviceStorage[];
}

export interface NoticeDeviceStorage {
  id: string;
  name: string;
  type: DeviceStorageType;
  purposes: NoticeRef[];
  duration: string;
  /** The third party's name; undefined for first party. */
  provider?: string;
  necessary: boolean;
}

export interface NoticeModelResult {
  model: NoticeModel;
  warnings: ManifestWarning[];
}

/** Manifest → NoticeModel for one language. Assumes `findManifestHoles` found nothing. */
export function createNoticeModel(manifest: Manifest, lang: NoticeLanguage): NoticeModelResult {
  const warnings: ManifestWarning[] = [];
  const localize = createLocalizer(lang, { defaultLanguage: manifest.languages?.[0], warnings });
  const { service } = manifest;

  const purposeLabel = (id: string): NoticeRef => {
    const purpose = manifest.purposes[id];
    return { id, label: purpose ? localize(purpose.description, ['purposes', id, 'description']) : id };
  };
  const fieldLabel = (id: string): NoticeRef => {
    const field = manifest.fields[id];
    return { id, label: field ? localize(field.description, ['fields', id, 'description']) : id };
  };
  const recipientName = (id: string): string => {
    const recipient = manifest.recipients[id];
    return recipient ? localize(recipient.localizedName ?? recipient.name, ['recipients', id, 'name']) : id;
  };
  const recipientLabel = (id: string): NoticeRef => ({ id, label: recipientName(id) });

  const fieldIds = sortedKeys(manifest.fields);
  const purposeIds = sortedKeys(manifest.purposes);
  const recipientIds = sortedKeys(manifest.recipients);

  const data: NoticeData[] = fieldIds.flatMap((id) => {
    const field = manifest.fields[id];
    if (!field) return [];
    const entry: NoticeData = {
      id,
      description: localize(field.description, ['fields', id, 'description']),
      category: field.category,
      purposes: [...field.purposes].sort(compareStrings).map(purposeLabel),
      recipients: [...field.recipients].sort(compareStrings).map(recipientLabel),
      storage: [...field.storage].sort(compareStrings),
      retention: localize(field.retention, ['fields', id, 'retention']),
      source: field.source,
    };
    const special = getSpecialCategoryKind(field.category);
    if (special) entry.specialCategory = special;
    if (field.sourceDescription !== undefined) {
      entry.sourceDescription = localize(field.sourceDescription, ['fields', id, 'sourceDescription']);
    }
    const required = isRequired(field);
    if (required !== undefined) entry.required = required;
    if (field.requiredBy !== undefined) entry.requiredBy = field.requiredBy;
    if (field.consequenceIfNotProvided !== undefined) {
      entry.consequenceIfNotProvided = localize(field.consequenceIfNotProvided, ['fields', id, 'consequenceIfNotProvided']);
    }
    if (required === undefined && field.source === 'user') {
      warnings.push({
        path: ['fields', id],
        message: `fields.${id} does not say whether providing it is required; set fields.${id}.required (and consequenceIfNotProvided) so the notice can tell people (Art. 13(2)(e) GDPR)`,
      });
    }
    return [entry];
  });

  const purposes: NoticePurpose[] = purposeIds.flatMap((id) => {
    const purpose = manifest.purposes[id];
    if (!purpose) return [];
    const entry: NoticePurpose = {
      id,
      description: localize(purpose.description, ['purposes', id, 'description']),
      legalBasis: decidedLegalBasis(purpose, id),
      data: fieldIds.filter((fieldId) => manifest.fields[fieldId]?.purposes.includes(id)).map(fieldLabel),
      recipients: recipientIds.filter((recipientId) => manifest.recipients[recipientId]?.purposes.includes(id)).map(recipientLabel),
    };
    if (purpose.legitimateInterest !== undefined) {
      entry.legitimateInterest = localize(purpose.legitimateInterest, ['purposes', id, 'legitimateInterest']);
    }
    if (purpose.legalObligation !== undefined) {
      entry.legalObligation = localize(purpose.legalObligation, ['purposes', id, 'legalObligation']);
    } else if (purpose.legalBasis === 'legal-obligation') {
      warnings.push({
        path: ['purposes', id, 'legalBasis'],
        message: `purposes.${id} relies on a legal obligation but does not name it; add purposes.${id}.legalObligation (the law that requires the processing) so the notice can tell people`,
      });
    }
    if (purpose.furtherProcessing !== undefined) {
      entry.furtherProcessing = { from: [...purpose.furtherProcessing.from].sort(compareStrings).map(purposeLabel), since: purpose.furtherProcessing.since };
    }
    if (purpose.specialCategoryGround !== undefined) entry.specialCategoryGround = purpose.specialCategoryGround;
    if (purpose.automatedDecision !== undefined) {
      entry.automatedDecision = {
        logic: localize(purpose.automatedDecision.logic, ['purposes', id, 'automatedDecision', 'logic']),
        consequences: localize(purpose.automatedDecision.consequences, ['purposes', id, 'automatedDecision', 'consequences']),
      };
    }
    return [entry];
  });

  const recipients: NoticeRecipient[] = recipientIds.flatMap((id) => {
    const recipient = manifest.recipients[id];
    if (!recipient) return [];
    const entry: NoticeRecipient = {
      id,
      name: recipientName(id),
      role: recipient.role,
      country: recipient.country,
      countryName: getCountryName(recipient.country, lang),
      outsideEea: !isInsideEea(recipient.country),
      purposes: [...recipient.purposes].sort(compareStrings).map(purposeLabel),
      data: fieldIds.filter((fieldId) => manifest.fields[fieldId]?.recipients.includes(id)).map(fieldLabel),
    };
    if (entry.data.length === 0) {
      warnings.push({
        path: ['recipients', id],
        message: `recipients.${id} receives no field (no field lists it under recipients); the notice names it without data, add it to the fields it receives or remove it`,
      });
    }
    if (recipient.safeguard !== undefined) entry.safeguard = localize(recipient.safeguard, ['recipients', id, 'safeguard']);
    const mechanism = needsTransferMechanism(recipient) ? getTransferMechanism(recipient) : undefined;
    if (mechanism !== undefined) {
      entry.transferMechanism = mechanism;
      if (recipient.transferMechanism === undefined) {
        warnings.push({
          path: ['recipients', id, 'safeguard'],
          message: `recipients.${id}.safeguard reads as ${mechanism}; set recipients.${id}.transferMechanism: ${mechanism} so the notice and the exports do not have to guess`,
        });
      }
    }
    if (recipient.jointControllerArrangement !== undefined) {
      entry.arrangement = localize(recipient.jointControllerArrangement, ['recipients', id, 'jointControllerArrangement']);
    }
    if (recipient.privacyPolicyUrl !== undefined) entry.privacyPolicyUrl = recipient.privacyPolicyUrl;
    return [entry];
  });

  const isDirectMarketing = (id: string): boolean => manifest.purposes[id]?.use?.startsWith('marketing') === true;
  const consentPurposes = purposes.filter((purpose) => purpose.legalBasis === 'consent' || purpose.specialCategoryGround === 'explicit-consent');
  const model: NoticeModel = {
    lang,
    serviceName: service.name,
    controller: toContact(service.controller, localize, ['service', 'controller']) as NoticeContact & { name: string },
    glance: {
      data: data.map((item) => item.description),
      purposes: purposes.map((purpose) => purpose.description),
      recipients: recipients.map((recipient) => `${recipient.name} (${recipient.countryName})`),
      retention: data.map((item) => ({ data: item.description, retention: item.retention })),
    },
    purposes,
    data,
    recipients,
    sources: data
      .filter((item) => item.source !== 'user' && item.sourceDescription !== undefined)
      .map((item) => ({ data: item.description, source: item.source, description: item.sourceDescription ?? '' })),
    automatedDecisions: purposes.flatMap((purpose) =>
      purpose.automatedDecision ? [{ purpose: purpose.description, ...purpose.automatedDecision }] : [],
    ),
    usesConsent: consentPurposes.length > 0,
    germanAddress: manifest.notice?.germanAddress ?? 'formal',
    history: (manifest.notice?.history ?? []).map((change, index) => ({
      date: change.date,
      ...(change.version === undefined ? {} : { version: change.version }),
      summary: localize(change.summary, ['notice', 'history', index, 'summary']),
    })),
    objection: {
      // Direct marketing (any basis but consent, which is withdrawn instead) can be objected to without reasons,
      // so it is listed there rather than under the weighed objection of Art. 21(1).
      interests: purposes
        .filter((purpose) => (purpose.legalBasis === 'legitimate-interests' || purpose.legalBasis === 'public-task') && !isDirectMarketing(purpose.id))
        .map(toRef),
      marketing: purposes.filter((purpose) => purpose.legalBasis !== 'consent' && isDirectMarketing(purpose.id)).map(toRef),
    },
    deviceStorage: sortedKeys(manifest.deviceStorage ?? {}).flatMap((id) => {
      const item = manifest.deviceStorage?.[id];
      if (!item) return [];
      const entry: NoticeDeviceStorage = {
        id,
        name: item.name,
        type: item.type,
        purposes: [...item.purposes].sort(compareStrings).map(purposeLabel),
        duration: localize(item.duration, ['deviceStorage', id, 'duration']),
        necessary: item.necessary,
      };
      if (item.provider !== undefined) entry.provider = recipientName(item.provider);
      if (!item.necessary && item.purposes.some((purposeId) => manifest.purposes[purposeId]?.legalBasis !== 'consent')) {
        warnings.push({
          path: ['deviceStorage', id],
          message: `deviceStorage.${id} is not marked necessary, but serves a purpose not based on consent; storing it needs consent (§ 25(1) TDDDG) unless it is strictly necessary (set necessary: true)`,
        });
      }
      return [entry];
    }),
  };
  warnings.push(...findUnlistedDeviceStorage(manifest));
  if (service.url !== undefined) model.serviceUrl = service.url;
  if (service.lastUpdated !== undefined) model.lastUpdated = service.lastUpdated;
  else warnings.push({ path: ['service'], message: 'service.lastUpdated is not set; the notice shows no date, add service.lastUpdated (YYYY-MM-DD) so people can tell how current it is' });
  if (manifest.notice?.version !== undefined) model.version = manifest.notice.version;
  if (service.deletionUrl !== undefined) model.deletionUrl = service.deletionUrl;
  if (service.representative !== undefined) model.representative = toContact(service.representative, localize, ['service', 'representative']);
  if (service.dpo !== undefined) model.dpo = toContact(service.dpo, localize, ['service', 'dpo']);
  if (service.supervisoryAuthority !== undefined) {
    model.supervisoryAuthority = toContact(service.supervisoryAuthority, localize, ['service', 'supervisoryAuthority']) as NoticeContact & { name: string };
  }
  if (service.audience !== undefined) model.audience = localize(service.audience, ['service', 'audience']);
  if (service.minimumAge !== undefined) model.minimumAge = service.minimumAge;
  if (service.consentWithdrawal !== undefined) {
    model.consentWithdrawal = localize(service.consentWithdrawal, ['service', 'consentWithdrawal']);
  } else if (model.usesConsent) {
    warnings.push({
      path: ['service'],
      message: 'purposes rely on consent but service.consentWithdrawal does not say how to withdraw it; add it (where the switch or link is) so the notice can tell people (Art. 7(3), 13(2)(c) GDPR)',
    });
  }
  const declared = manifest.languages ?? ['en'];
  if (!declared.includes(lang)) {
    warnings.push({
      path: manifest.languages ? ['languages'] : ['version'],
      message: `the notice is written in "${lang}", but the manifest's texts are in ${declared.join(', ')} (languages); they appear untranslated in a ${lang} frame, add "${lang}" to languages and give each text as { ${declared[0]}: ..., ${lang}: ... }`,
    });
  }
  return { model, warnings: sortWarnings(warnings) };
}

const toRef = (purpose: NoticePurpose): NoticeRef => ({ id: purpose.id, label: purpose.description });

const BROWSER_STORAGE_TYPES: readonly DeviceStorageType[] = ['local-storage', 'session-storage', 'indexeddb'];

/**
 * `check` keeps each field's `storage` true to the code (undeclared-storage); a field kept in a cookie or in browser
 * storage while `deviceStorage` lists no such entry leaves the § 25 TDDDG table short, so it is named here.
 */
function findUnlistedDeviceStorage(manifest: Manifest): ManifestWarning[] {
  const items = Object.values(manifest.deviceStorage ?? {});
  const hasCookie = items.some((item) => item.type === 'cookie');
  const hasBrowserStorage = items.some((item) => BROWSER_STORAGE_TYPES.includes(item.type));
  return sortedKeys(manifest.fields).flatMap((id): ManifestWarning[] => {
    const storage = manifest.fields[id]?.storage ?? [];
    const missing = [
      ...(storage.includes('cookie') && !hasCookie ? ['a cookie'] : []),
      ...(storage.includes('browser-storage') && !hasBrowserStorage ? ['browser storage'] : []),
    ];
    if (missing.length === 0) return [];
    return [
      {
        path: ['fields', id, 'storage'],
        message: `fields.${id} is kept in ${missing.join(' and ')}, but deviceStorage lists no such entry; add it under deviceStorage (name, type, purposes, duration) so the notice's cookie and storage table (§ 25 TDDDG) is complete`,
      },
    ];
  });
}

/** `required` wins; a field the person may choose not to give (`optional: true`) is not required. */
export function isRequired(field: Field): boolean | undefined {
  if (field.required !== undefined) return field.required;
  if (field.optional !== undefined) return !field.optional;
  return undefined;
}

function toContact(contact: Contact, localize: Localize, path: readonly string[]): NoticeContact {
  const result: NoticeContact = {};
  for (const key of ['name', 'email', 'phone', 'url'] as const) {
    const value = contact[key];
    if (value !== undefined && value !== '') result[key] = value;
  }
  if (contact.address !== undefined) {
    const address = localize(contact.address, [...path, 'address']);
    if (address !== '') result.address = address;
  }
  return result;
}
