import type { RequiredReasonCategory } from '../export/apple-required-reasons.js';
import type { AppleDataType, PlayDataType } from '../export/crosswalk.js';
import type { Location, Severity, SinkKind } from '../model.js';

/** Text that people read: one string, or one string per language (`{ en: ..., de: ... }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** GDPR Art. 6(1) legal bases. */
export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

export const LEGAL_BASES: readonly LegalBasis[] = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
];

/** GDPR Art. 9(2) grounds for processing special-category data, (a) to (j). */
export type SpecialCategoryGround =
  | 'explicit-consent'
  | 'employment-social-security'
  | 'vital-interests'
  | 'not-for-profit-body'
  | 'made-public-by-data-subject'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-or-social-care'
  | 'public-health'
  | 'archiving-research-statistics';

export type StorageKind = 'database' | 'browser-storage' | 'cookie' | 'log' | 'file';
export const STORAGE_KINDS: readonly StorageKind[] = ['database', 'browser-storage', 'cookie', 'log', 'file'];

export type DataSource = 'user' | 'device' | 'third-party' | 'derived';

export type RecipientRole = 'processor' | 'controller' | 'joint-controller';

export interface Contact {
  name?: string;
  address?: LocalizedText;
  email?: string;
  phone?: string;
  url?: string;
}

export interface Service {
  name: string;
  url?: string;
  /** The controller (GDPR Art. 4(7)): who decides why and how data is processed. */
  controller: Contact & { name: string };
  /** EU representative (Art. 27) of a controller outside the EU. */
  representative?: Contact;
  dpo?: Contact;
  supervisoryAuthority?: Contact & { name: string };
  /** Where people can ask to delete their account and data (Play Data safety, Art. 17). */
  deletionUrl?: string;
  /** When the notice was last changed, ISO date. */
  lastUpdated?: string;
  /** General description of the technical and organisational security measures (Art. 30(1)(g), Art. 32). */
  securityMeasures?: LocalizedText;
  /** How people withdraw a consent they gave (Art. 7(3), 13(2)(c)). */
  consentWithdrawal?: LocalizedText;
  /** Who the service is for. */
  audience?: LocalizedText;
  /** Minimum age to use the service on one's own (Art. 8). */
  minimumAge?: number;
}

/** The Art. 22(2) exception that allows a decision based solely on automated processing: (a), (b) or (c). */
export type AutomatedDecisionBasis = 'contract' | 'authorised-by-law' | 'explicit-consent';

export interface AutomatedDecision {
  /** Which Art. 22(2) exception applies; derived from the purpose's legal basis when absent (contract, law). */
  basis?: AutomatedDecisionBasis;
  /** The logic involved, in plain words (Art. 13(2)(f)). */
  logic: LocalizedText;
  /** The significance and the envisaged consequences for the person. */
  consequences: LocalizedText;
}

export interface Purpose {
  id: string;
  description: LocalizedText;
  /** Absent in a draft: `privlint init` leaves the choice to a person; notice and export refuse to run without it. */
  legalBasis?: LegalBasis;
  /** A fideslang data use id, e.g. `analytics.reporting`. */
  use?: string;
  /** The legitimate interest pursued, required when legalBasis is legitimate-interests (Art. 13(1)(d)). */
  legitimateInterest?: LocalizedText;
  /** The Art. 9(2) ground when special-category data is processed for this purpose. */
  specialCategoryGround?: SpecialCategoryGround;
  automatedDecision?: AutomatedDecision;
  /** Whose data the purpose processes: fideslang data subject ids such as `customer` (Art. 30(1)(c)). */
  dataSubjects?: string[];
  /** The obligation behind legalBasis legal-obligation (Art. 6(1)(c)). */
  legalObligation?: LocalizedText;
  /** Data first collected for other purposes, used for this one from `since` (Art. 13(3)). */
  furtherProcessing?: { from: string[]; since: string };
}

/** How a transfer to a third country is allowed (Art. 45, 46, 47, 49). */
export type TransferMechanism =
  | 'adequacy-decision'
  | 'data-privacy-framework'
  | 'standard-contractual-clauses'
  | 'binding-corporate-rules'
  | 'derogation';

export interface Recipient {
  id: string;
  /** The name in the manifest's first language, for problems and exports. */
  name: string;
  /** The name per language, when the manifest gives a map. */
  localizedName?: LocalizedText;
  kind: SinkKind | 'hosting' | 'other';
  role: RecipientRole;
  purposes: string[];
  /** ISO 3166-1 alpha-2 country code where the recipient processes the data. */
  country: string;
  /** Transfer details in words (which clauses, which derogation). */
  safeguard?: LocalizedText;
  transferMechanism?: TransferMechanism;
  /** The essence of a joint-controller arrangement (Art. 26(2)). */
  jointControllerArrangement?: LocalizedText;
  /** Catalog ids of the SDKs this recipient stands for, when they differ from the recipient id. */
  sdks?: string[];
  /** Hosts this recipient receives data on (HTTP findings match them, subdomains included). */
  hosts?: string[];
  privacyPolicyUrl?: string;
}

export interface Field {
  id: string;
  /** A fideslang data category id; any node of the tree. */
  category: string;
  description: LocalizedText;
  purposes: string[];
  recipients: string[];
  storage: StorageKind[];
  retention: LocalizedText;
  source: DataSource;
  /** Where the data comes from when the person did not provide it (Art. 14(2)(f)). */
  sourceDescription?: LocalizedText;
  /** Code names privlint should read as this field. */
  aliases: string[];
  /** Whether providing the data is required (statutory, contractual, to sign up) (Art. 13(2)(e)). */
  required?: boolean;
  /** What happens if the person does not provide it. */
  consequenceIfNotProvided?: LocalizedText;
  /** App store forms: the data is linked to the person's identity. */
  linkedToIdentity?: boolean;
  /** App store forms: the data is used for tracking (Apple ATT definition). */
  usedForTracking?: boolean;
  /** App store forms: processed only in memory, never stored (Play "ephemeral"). */
  processedEphemerally?: boolean;
  /** Whether the person may choose not to provide it in the app (Play "optional"). */
  optional?: boolean;
  /** Why providing it is required (Art. 13(2)(e)): statutory, contractual, or to enter into the contract. */
  requiredBy?: 'law' | 'contract' | 'contract-conclusion';
  /** Store data types that override the crosswalk (fitness data, for example). */
  storeDataTypes?: { apple?: AppleDataType; play?: PlayDataType };
}

export type DeviceStorageType = 'cookie' | 'local-storage' | 'session-storage' | 'indexeddb' | 'app-storage';

/** A cookie or other information stored on or read from the person's device (§ 25 TDDDG, Art. 5(3) ePrivacy). */
export interface DeviceStorageItem {
  id: string;
  name: string;
  type: DeviceStorageType;
  purposes: string[];
  duration: LocalizedText;
  /** Recipient id of the third party that sets or reads it; absent for first party. */
  provider?: string;
  necessary: boolean;
}

export interface NoticeSettings {
  version?: string;
  history: { date: string; version?: string; summary: LocalizedText }[];
  germanAddress: 'formal' | 'informal';
}

/** A user-supplied SDK catalog entry (`scan.sdks`); same shape as the built-in catalog. */
export interface UserSdkEntry {
  id: string;
  name: string;
  kind: SinkKind;
  packages: string[];
  globals?: string[];
  calls: { method: string; args?: number[] }[];
}

export interface ScanSettings {
  include?: string[];
  exclude?: string[];
  firstPartyHosts: string[];
  sdks: UserSdkEntry[];
}

export interface StoreSettings {
  apple?: {
    tracking?: boolean;
    trackingDomains?: string[];
    /** NSPrivacyAccessedAPITypes: required-reason API categories the app's native code uses, with Apple's reason codes. */
    accessedApiTypes?: { category: RequiredReasonCategory; reasons: string[] }[];
  };
  play?: {
    encryptedInTransit?: boolean;
    accountCreation?: string[];
    deletionWithoutAccount?: boolean;
  };
}

export interface Manifest {
  version: 1;
  service: Service;
  purposes: Record<string, Purpose>;
  recipients: Record<string, Recipient>;
  fields: Record<string, Field>;
  scan: ScanSettings;
  rules: Partial<Record<string, Severity>>;
  stores: StoreSettings;
  /** Cookies and device storage the notice lists (§ 25 TDDDG); absent when the manifest declares none. */
  deviceStorage?: Record<string, DeviceStorageItem>;
  notice?: NoticeSettings;
  /** Languages the notice may be written in; the first is the default. */
  languages?: string[];
}

/** A manifest read from disk, with the means to point back into the YAML. */
export interface LoadedManifest {
  manifest: Manifest;
  /** Path relative to the scanned root (or as given), forward slashes. */
  file: string;
  absolutePath: string;
  /** The file's text, without a leading byte-order mark. */
  text: string;
  /** The file began with a UTF-8 byte-order mark, which an edit (`check --fix`) keeps. */
  byteOrderMark?: boolean;
  /** Position of the node at a JSON path, e.g. ['fields', 'email']; the key's position for map entries. */
  locate(path: readonly (string | number)[]): Location;
}

/**
 * The legal basis of a purpose that a notice or form states. Those run only on manifests that passed the
 * completeness check (src/notice/completeness.ts), which refuses a purpose without one; reaching here without it
 * is a bug, not bad input.
 */
export function decidedLegalBasis(purpose: { legalBasis?: LegalBasis }, id: string): LegalBasis {
  if (purpose.legalBasis === undefined) throw new Error(`purposes.${id} has no legal basis, but the completeness check let it through`);
  return purpose.legalBasis;
}
