import type { DataSource, LegalBasis, RecipientRole, SpecialCategoryGround, StorageKind } from '../../manifest/types.js';

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

/**
 * The fixed text of a notice in one language. Everything specific to a service comes from the manifest;
 * a locale only holds what every notice says. Written per language, not translated word for word.
 */
export interface NoticeLocale {
  lang: NoticeLanguage;
  /** Document title, e.g. "Privacy notice: Acme Shop". */
  title: (service: string) => string;
  lastUpdated: (date: string) => string;
  intro: (service: string, controller: string) => string;
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
    required: string;
    requiredConsequence: (consequence: string) => string;
    optional: string;
    specialCategory: string;
  };
  recipients: {
    caption: string;
    intro: string;
    none: string;
    recipient: string;
    role: string;
    country: string;
    safeguard: string;
    receives: string;
    purposes: string;
    thirdCountry: (country: string) => string;
    noSafeguardNeeded: string;
    safeguardCopy: string;
    privacyPolicy: string;
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
