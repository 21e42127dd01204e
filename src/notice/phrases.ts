import type { NoticeLocale } from './locales/index.js';
import type { NoticeContact, NoticeData, NoticeDeviceStorage, NoticeModel, NoticePurpose, NoticeRecipient } from './model.js';

/**
 * Sentences both renderers show, built from the model and the locale as plain (unescaped) text: the HTML and the
 * Markdown notice say the same thing and differ only in layout and escaping.
 */

/** "Do you have to provide it?": why it is required (law, contract) and what follows if not. */
export function describeProviding(entry: NoticeData, t: NoticeLocale): string | undefined {
  if (entry.required === undefined) return undefined;
  if (!entry.required) return t.data.optional;
  const required = entry.requiredBy ? t.data.requiredBy[entry.requiredBy] : t.data.required;
  return entry.consequenceIfNotProvided ? t.data.requiredConsequence(required, entry.consequenceIfNotProvided) : required;
}

/** Where the controller stores it; with no storage of its own but recipients, the recipients keep it. */
export function describeStorage(entry: NoticeData, t: NoticeLocale): string {
  if (entry.storage.length > 0) return t.joinList(entry.storage.map((kind) => t.storage[kind]));
  return entry.recipients.length > 0 ? t.data.notStoredByUs : t.data.notStored;
}

export const describeCountry = (recipient: NoticeRecipient, t: NoticeLocale): string =>
  recipient.outsideEea ? t.recipients.thirdCountry(recipient.countryName) : recipient.countryName;

export interface TransferText {
  title: string;
  text: string;
  details?: string;
  /** Only for safeguards that exist as a document (Art. 46, 47). */
  copy?: string;
  url: string;
  linkText: string;
}

/** How a transfer outside the EU/EEA is allowed; undefined inside it. */
export function describeTransfer(recipient: NoticeRecipient, t: NoticeLocale): TransferText | undefined {
  if (!recipient.outsideEea || recipient.transferMechanism === undefined) return undefined;
  const mechanism = t.transferMechanisms[recipient.transferMechanism];
  const transfer: TransferText = {
    title: mechanism.title,
    text: mechanism.text(recipient.name, recipient.countryName),
    url: mechanism.url,
    linkText: mechanism.linkText,
  };
  if (recipient.safeguard !== undefined) transfer.details = recipient.safeguard;
  if (mechanism.offersCopy) transfer.copy = t.recipients.copy;
  return transfer;
}

/** The paragraphs of the right to object, or none when no purpose can be objected to. */
export function describeObjection(model: NoticeModel, t: NoticeLocale): string[] {
  const labels = (refs: readonly { label: string }[]) => t.joinList(refs.map((ref) => ref.label));
  const paragraphs: string[] = [];
  if (model.objection.interests.length > 0) paragraphs.push(t.objection.interests(labels(model.objection.interests)));
  if (model.objection.marketing.length > 0) paragraphs.push(t.objection.marketing(labels(model.objection.marketing)));
  if (paragraphs.length > 0) paragraphs.push(t.objection.howTo(contactLine(model.controller)));
  return paragraphs;
}

/** How to withdraw consent for a purpose based on it, or undefined for other purposes. */
export function describeWithdrawal(purpose: NoticePurpose, model: NoticeModel, t: NoticeLocale): string | undefined {
  if (purpose.legalBasis !== 'consent' && purpose.specialCategoryGround !== 'explicit-consent') return undefined;
  return model.consentWithdrawal ?? t.purpose.withdrawByContact;
}

export const describeFurtherProcessing = (purpose: NoticePurpose, t: NoticeLocale): string | undefined =>
  purpose.furtherProcessing === undefined
    ? undefined
    : t.furtherProcessing.item(purpose.description, t.joinList(purpose.furtherProcessing.from.map((ref) => ref.label)), t.formatDate(purpose.furtherProcessing.since));

/** "Version 3.1 · Last updated: 2 November 2026", or undefined when the manifest gives neither. */
export function describeVersion(model: NoticeModel, t: NoticeLocale): string | undefined {
  const parts = [model.version ? t.version(model.version) : undefined, model.lastUpdated ? t.lastUpdated(t.formatDate(model.lastUpdated)) : undefined];
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length > 0 ? present.join(' · ') : undefined;
}

export function describeAudience(model: NoticeModel, t: NoticeLocale): string[] {
  const lines: string[] = [];
  if (model.audience) lines.push(model.audience);
  if (model.minimumAge !== undefined) lines.push(t.audience.minimumAge(model.minimumAge, model.serviceName));
  return lines;
}

export const describeDeviceStoragePurpose = (item: NoticeDeviceStorage, t: NoticeLocale): string =>
  `${t.joinList(item.purposes.map((ref) => ref.label))} (${t.deviceStorage.types[item.type]}; ${item.necessary ? t.deviceStorage.necessary : t.deviceStorage.withConsent})`;

export const describeParty = (item: NoticeDeviceStorage, t: NoticeLocale): string =>
  item.provider === undefined ? t.deviceStorage.firstParty : t.deviceStorage.thirdParty(item.provider);

/** The rows of the change history: the current version first (when the manifest names one), then earlier changes. */
export function describeChanges(model: NoticeModel, t: NoticeLocale): { date: string; version: string; change: string }[] {
  const rows = model.history.map((change) => ({ date: t.formatDate(change.date), version: change.version ?? '–', change: change.summary }));
  if (model.version !== undefined && !model.history.some((change) => change.version === model.version)) {
    rows.unshift({ date: model.lastUpdated ? t.formatDate(model.lastUpdated) : '–', version: model.version, change: t.changes.current });
  }
  return rows;
}

function contactLine(contact: NoticeContact): string {
  return contact.email ?? contact.address ?? contact.url ?? contact.phone ?? contact.name ?? '';
}
