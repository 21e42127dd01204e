import type {
  DataSource,
  DeviceStorageType,
  Field,
  LegalBasis,
  RecipientRole,
  SpecialCategoryGround,
  StorageKind,
  TransferMechanism,
} from '../../manifest/types.js';

export type NoticeLanguage = 'en' | 'de';
export const NOTICE_LANGUAGES: readonly NoticeLanguage[] = ['en', 'de'];

export interface LegalBasisText {
  /** Short name with the article, e.g. "Your consent (Art. 6(1)(a) GDPR)". */
  title: string;
  /** What the basis means for the person, in plain words. */
  explanation: string;
}

export interface RightText {
  title: string;
  text: string;
}

export interface TransferMechanismText {
  /** The mechanism with its article, e.g. "Standard contractual clauses (Art. 46(2)(c) GDPR)". */
  title: string;
  /** What it means for the person; `recipient` and `country` are filled in. */
  text: (recipient: string, country: string) => string;
  /** The official page that explains the mechanism. */
  url: string;
  linkText: string;
  /** Art. 46/47 safeguards can be copied; an adequacy decision or a derogation cannot. */
  offersCopy: boolean;
}

/**
 * The fixed text of a notice in one language. Everything specific to a service comes from the manifest;
 * a locale only holds what every notice says. Written per language, not translated word for word.
 */
export interface NoticeLocale {
  lang: NoticeLanguage;
  /** Document title, e.g. "Privacy notice: Acme Shop". */
  title: (service: string) => string;
  lastUpdated: (date: string) => string;
  version: (version: string) => string;
  /** An ISO date (YYYY-MM-DD) as people in this language write it. */
  formatDate: (iso: string) => string;
  audience: {
    minimumAge: (age: number, service: string) => string;
  };
  intro: (service: string, controller: string) => string;
  /** Where the service itself is found (service.url), below the intro. */
  serviceAt: (service: string, url: string) => string;
  contents: string;
  headings: {
    glance: string;
    controller: string;
    purposes: string;
    data: string;
    recipients: string;
    sources: string;
    automatedDecisions: string;
    rights: string;
    complaint: string;
    objection: string;
    jointControllers: string;
    deviceStorage: string;
    furtherProcessing: string;
    changes: string;
  };
  glance: {
    what: string;
    why: string;
    who: string;
    nobody: (controller: string) => string;
    howLong: string;
    rights: string;
    rightsSummary: string;
  };
  contact: {
    controller: string;
    representative: string;
    dpo: string;
    email: string;
    phone: string;
    website: string;
    address: string;
  };
  purpose: {
    legalBasis: string;
    legitimateInterest: string;
    objectionHint: string;
    specialCategoryGround: string;
    dataUsed: string;
    sharedWith: string;
    sharedWithNobody: string;
    automatedDecision: string;
    legalObligation: string;
    withdrawConsent: string;
    /** How to withdraw when the manifest does not say: the controller's contact. */
    withdrawByContact: string;
    furtherProcessing: string;
  };
  data: {
    caption: string;
    item: string;
    usedFor: string;
    sharedWith: string;
    storedIn: string;
    keptFor: string;
    providing: string;
    source: string;
    nobody: string;
    notStored: string;
    /** Storage empty but recipients listed: nothing kept by the controller, recipients keep it as "Kept for" says. */
    notStoredByUs: string;
    required: string;
    requiredBy: Record<NonNullable<Field['requiredBy']>, string>;
    requiredConsequence: (required: string, consequence: string) => string;
    optional: string;
    specialCategory: string;
  };
  recipients: {
    intro: string;
    none: string;
    role: string;
    country: string;
    transfer: string;
    receives: string;
    purposes: string;
    thirdCountry: (country: string) => string;
    noTransferMechanismNeeded: string;
    copy: string;
    details: string;
    privacyPolicy: string;
    arrangement: string;
  };
  transferMechanisms: Record<TransferMechanism, TransferMechanismText>;
  objection: {
    interests: (purposes: string) => string;
    marketing: (purposes: string) => string;
    howTo: (contact: string) => string;
  };
  jointControllers: {
    intro: string;
  };
  deviceStorage: {
    intro: string;
    caption: string;
    name: string;
    purpose: string;
    duration: string;
    party: string;
    firstParty: string;
    thirdParty: (name: string) => string;
    necessary: string;
    withConsent: string;
    types: Record<DeviceStorageType, string>;
  };
  furtherProcessing: {
    intro: string;
    item: (purpose: string, from: string, since: string) => string;
  };
  changes: {
    caption: string;
    date: string;
    version: string;
    change: string;
    current: string;
  };
  sources: { intro: string };
  automatedDecisions: {
    none: string;
    logic: string;
    consequences: string;
    right: string;
  };
  rights: {
    intro: string;
    howTo: (email: string) => string;
    howToWithoutEmail: (controller: string) => string;
    deleteAt: (url: string) => string;
    access: RightText;
    rectification: RightText;
    erasure: RightText;
    restriction: RightText;
    notification: RightText;
    portability: RightText;
    objection: RightText;
    withdrawConsent: RightText;
  };
  complaint: {
    text: string;
    authority: string;
  };
  legalBases: Record<LegalBasis, LegalBasisText>;
  specialCategoryGrounds: Record<SpecialCategoryGround, string>;
  storage: Record<StorageKind, string>;
  sourceKinds: Record<DataSource, string>;
  roles: Record<RecipientRole, string>;
  /** Joins a list in running text: "a, b and c". */
  joinList: (items: readonly string[]) => string;
}

/** A name as the last word of a sentence: "Acme Inc." keeps its one full stop. */
export const endSentence = (name: string): string => (/[.!?]$/.test(name) ? name : `${name}.`);

/** "2026-11-02" → "2 November 2026" (en-GB) or "2. November 2026" (de-DE); the text itself when it is not a date. */
export function formatIsoDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
