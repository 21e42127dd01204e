import type {
  Contact,
  DataSource,
  Field,
  LegalBasis,
  Manifest,
  RecipientRole,
  SpecialCategoryGround,
  StorageKind,
} from '../manifest/types.js';
import { getSpecialCategoryKind, type SpecialCategoryKind } from '../taxonomy/index.js';
import { compareStrings, sortedKeys } from './completeness.js';
import { getCountryName, isInsideEea } from './countries.js';
import type { NoticeLanguage } from './locales/index.js';
import { createLocalizer } from './localize.js';
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
  consequenceIfNotProvided?: string;
}

export interface NoticeRecipient {
  id: string;
  name: string;
  role: RecipientRole;
  country: string;
  countryName: string;
  outsideEea: boolean;
  safeguard?: string;
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
  const recipientLabel = (id: string): NoticeRef => ({ id, label: manifest.recipients[id]?.name ?? id });

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
      legalBasis: purpose.legalBasis,
      data: fieldIds.filter((fieldId) => manifest.fields[fieldId]?.purposes.includes(id)).map(fieldLabel),
      recipients: recipientIds.filter((recipientId) => manifest.recipients[recipientId]?.purposes.includes(id)).map(recipientLabel),
    };
    if (purpose.legitimateInterest !== undefined) {
      entry.legitimateInterest = localize(purpose.legitimateInterest, ['purposes', id, 'legitimateInterest']);
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
      name: recipient.name,
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
    if (recipient.safeguard !== undefined) entry.safeguard = recipient.safeguard;
    if (recipient.privacyPolicyUrl !== undefined) entry.privacyPolicyUrl = recipient.privacyPolicyUrl;
    return [entry];
  });

  const model: NoticeModel = {
    lang,
    serviceName: service.name,
    controller: toContact(service.controller) as NoticeContact & { name: string },
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
    usesConsent: purposes.some((purpose) => purpose.legalBasis === 'consent' || purpose.specialCategoryGround === 'explicit-consent'),
  };
  if (service.url !== undefined) model.serviceUrl = service.url;
  if (service.lastUpdated !== undefined) model.lastUpdated = service.lastUpdated;
  if (service.deletionUrl !== undefined) model.deletionUrl = service.deletionUrl;
  if (service.representative !== undefined) model.representative = toContact(service.representative);
  if (service.dpo !== undefined) model.dpo = toContact(service.dpo);
  if (service.supervisoryAuthority !== undefined) {
    model.supervisoryAuthority = toContact(service.supervisoryAuthority) as NoticeContact & { name: string };
  }
  return { model, warnings: sortWarnings(warnings) };
}

/** `required` wins; a field the person may choose not to give (`optional: true`) is not required. */
export function isRequired(field: Field): boolean | undefined {
  if (field.required !== undefined) return field.required;
  if (field.optional !== undefined) return !field.optional;
  return undefined;
}

function toContact(contact: Contact): NoticeContact {
  const result: NoticeContact = {};
  for (const key of ['name', 'address', 'email', 'phone', 'url'] as const) {
    const value = contact[key];
    if (value !== undefined && value !== '') result[key] = value;
  }
  return result;
}
