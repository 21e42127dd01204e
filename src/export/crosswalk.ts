/**
 * How privlint's vocabulary (fideslang categories and data uses) maps onto the app-store forms.
 * Kept as data so a reviewer can check each row against the sources:
 * - Apple: developer.apple.com/documentation/bundleresources/describing-data-use-in-privacy-manifests and
 *   "App privacy details on the App Store" (definitions of each data type and purpose).
 * - Google Play: support.google.com/googleplay/android-developer/answer/10787469 (data types and purposes).
 * A row covers its category and every descendant without a row of its own. `null` means the store has no
 * equivalent: the export leaves the entry out and prints the note as a warning.
 */

export type AppleDataType =
  | 'Name' | 'EmailAddress' | 'PhoneNumber' | 'PhysicalAddress' | 'OtherUserContactInfo'
  | 'Health' | 'Fitness'
  | 'PaymentInfo' | 'CreditInfo' | 'OtherFinancialInfo'
  | 'PreciseLocation' | 'CoarseLocation'
  | 'SensitiveInfo' | 'Contacts'
  | 'EmailsOrTextMessages' | 'PhotosorVideos' | 'AudioData' | 'GameplayContent' | 'CustomerSupport' | 'OtherUserContent'
  | 'BrowsingHistory' | 'SearchHistory' | 'UserID' | 'DeviceID' | 'PurchaseHistory'
  | 'ProductInteraction' | 'AdvertisingData' | 'OtherUsageData'
  | 'CrashData' | 'PerformanceData' | 'OtherDiagnosticData'
  | 'EnvironmentScanning' | 'Hands' | 'Head' | 'OtherDataTypes';

export type ApplePurpose =
  | 'ThirdPartyAdvertising'
  | 'DeveloperAdvertising'
  | 'Analytics'
  | 'ProductPersonalization'
  | 'AppFunctionality'
  | 'Other';

export type PlayDataType =
  | 'PSL_NAME' | 'PSL_EMAIL' | 'PSL_USER_ACCOUNT' | 'PSL_ADDRESS' | 'PSL_PHONE' | 'PSL_RACE_ETHNICITY'
  | 'PSL_POLITICAL_RELIGIOUS' | 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY' | 'PSL_OTHER_PERSONAL'
  | 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER' | 'PSL_PURCHASE_HISTORY' | 'PSL_CREDIT_SCORE' | 'PSL_OTHER'
  | 'PSL_APPROX_LOCATION' | 'PSL_PRECISE_LOCATION' | 'PSL_WEB_BROWSING_HISTORY'
  | 'PSL_EMAILS' | 'PSL_SMS_CALL_LOG' | 'PSL_OTHER_MESSAGES' | 'PSL_PHOTOS' | 'PSL_VIDEOS'
  | 'PSL_AUDIO' | 'PSL_MUSIC' | 'PSL_OTHER_AUDIO' | 'PSL_HEALTH' | 'PSL_FITNESS' | 'PSL_CONTACTS' | 'PSL_CALENDAR'
  | 'PSL_CRASH_LOGS' | 'PSL_PERFORMANCE_DIAGNOSTICS' | 'PSL_OTHER_PERFORMANCE' | 'PSL_FILES_AND_DOCS'
  | 'PSL_USER_INTERACTION' | 'PSL_IN_APP_SEARCH_HISTORY' | 'PSL_APPS_ON_DEVICE' | 'PSL_USER_GENERATED_CONTENT'
  | 'PSL_OTHER_APP_ACTIVITY' | 'PSL_DEVICE_ID';

export type PlayPurpose =
  | 'PSL_APP_FUNCTIONALITY'
  | 'PSL_ANALYTICS'
  | 'PSL_DEVELOPER_COMMUNICATIONS'
  | 'PSL_FRAUD_PREVENTION_SECURITY'
  | 'PSL_ADVERTISING'
  | 'PSL_PERSONALIZATION'
  | 'PSL_ACCOUNT_MANAGEMENT';

export interface CategoryCrosswalk {
  category: string;
  apple: AppleDataType | null;
  play: PlayDataType | null;
  /** Why a store has no equivalent, or why a less obvious type was chosen. */
  note?: string;
  /**
   * Where the store's definition is narrower than the category: warned when a field uses the row without naming
   * its own store data type, so the form never claims more (or other) than the app does without the user seeing it.
   */
  caveat?: string;
}

export interface DataUseCrosswalk {
  use: string;
  apple: ApplePurpose;
  play: PlayPurpose | null;
  note?: string;
}

const TOO_BROAD = 'is too broad to pick one store data type; declare the field with a more specific category';

export const CATEGORY_CROSSWALK: readonly CategoryCrosswalk[] = [
  { category: 'user', apple: null, play: null, note: `"user" ${TOO_BROAD}` },
  { category: 'user.account', apple: 'UserID', play: 'PSL_USER_ACCOUNT' },
  { category: 'user.account.settings', apple: 'OtherDataTypes', play: 'PSL_OTHER_APP_ACTIVITY', note: 'preferences count as other data (Apple) and other in-app actions (Play)' },
  { category: 'user.account.username', apple: 'UserID', play: 'PSL_USER_ACCOUNT' },
  {
    category: 'user.authorization',
    apple: null,
    play: null,
    note: 'neither store has a data type for passwords or sign-in secrets; declare the account identifier (user.account.username or user.unique_id) the credentials belong to',
  },
  { category: 'user.authorization.biometric', apple: 'SensitiveInfo', play: 'PSL_OTHER_PERSONAL', note: 'Apple lists biometric data under sensitive info; Play has no biometric type' },
  { category: 'user.behavior', apple: 'ProductInteraction', play: 'PSL_USER_INTERACTION' },
  {
    category: 'user.behavior.browsing_history',
    apple: 'BrowsingHistory',
    play: 'PSL_WEB_BROWSING_HISTORY',
    caveat:
      "both stores mean by browsing history the content a person viewed outside the app, such as websites; if the field is the app's own page or screen views, it is Apple's ProductInteraction and Play's PSL_USER_INTERACTION",
  },
  { category: 'user.behavior.media_consumption', apple: 'ProductInteraction', play: 'PSL_OTHER_APP_ACTIVITY' },
  { category: 'user.behavior.purchase_history', apple: 'PurchaseHistory', play: 'PSL_PURCHASE_HISTORY' },
  { category: 'user.behavior.search_history', apple: 'SearchHistory', play: 'PSL_IN_APP_SEARCH_HISTORY' },
  { category: 'user.biometric', apple: 'SensitiveInfo', play: 'PSL_OTHER_PERSONAL', note: 'Apple lists biometric data under sensitive info; Play has no biometric type' },
  { category: 'user.biometric.health', apple: 'Health', play: 'PSL_HEALTH' },
  { category: 'user.biometric.voice', apple: 'AudioData', play: 'PSL_AUDIO' },
  {
    category: 'user.childrens',
    apple: null,
    play: null,
    note: 'says whose data it is, not what it is; declare the concrete data (name, email, ...) as separate fields',
  },
  { category: 'user.contact', apple: 'OtherUserContactInfo', play: 'PSL_OTHER_PERSONAL' },
  { category: 'user.contact.address', apple: 'PhysicalAddress', play: 'PSL_ADDRESS' },
  { category: 'user.contact.email', apple: 'EmailAddress', play: 'PSL_EMAIL' },
  { category: 'user.contact.phone_number', apple: 'PhoneNumber', play: 'PSL_PHONE' },
  { category: 'user.content', apple: 'OtherUserContent', play: 'PSL_USER_GENERATED_CONTENT' },
  { category: 'user.content.self_image', apple: 'PhotosorVideos', play: 'PSL_PHOTOS' },
  { category: 'user.criminal_history', apple: 'OtherDataTypes', play: 'PSL_OTHER_PERSONAL' },
  { category: 'user.demographic', apple: 'OtherDataTypes', play: 'PSL_OTHER_PERSONAL', note: 'Play counts date of birth and gender identity as other personal info' },
  { category: 'user.demographic.political_opinion', apple: 'SensitiveInfo', play: 'PSL_POLITICAL_RELIGIOUS' },
  { category: 'user.demographic.race_ethnicity', apple: 'SensitiveInfo', play: 'PSL_RACE_ETHNICITY' },
  { category: 'user.demographic.religious_belief', apple: 'SensitiveInfo', play: 'PSL_POLITICAL_RELIGIOUS' },
  { category: 'user.demographic.sexual_orientation', apple: 'SensitiveInfo', play: 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY' },
  {
    category: 'user.device',
    apple: null,
    play: null,
    note: `"user.device" ${TOO_BROAD} (user.device.device_id, user.device.cookie_id, user.device.ip_address)`,
  },
  { category: 'user.device.cookie', apple: 'DeviceID', play: 'PSL_DEVICE_ID' },
  { category: 'user.device.cookie_id', apple: 'DeviceID', play: 'PSL_DEVICE_ID' },
  { category: 'user.device.device_id', apple: 'DeviceID', play: 'PSL_DEVICE_ID' },
  {
    category: 'user.device.ip_address',
    apple: null,
    play: null,
    note: 'an IP address is declared by what it is used for: as a device identifier (DeviceID / Device or other IDs) or to derive a coarse location (CoarseLocation / Approximate location); add a field of user.device.device_id or user.location.imprecise for that use',
  },
  { category: 'user.financial', apple: 'OtherFinancialInfo', play: 'PSL_OTHER' },
  { category: 'user.financial.bank_account', apple: 'PaymentInfo', play: 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER' },
  { category: 'user.financial.credit_card', apple: 'PaymentInfo', play: 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER' },
  { category: 'user.government_id', apple: 'OtherDataTypes', play: 'PSL_OTHER_PERSONAL' },
  { category: 'user.health_and_medical', apple: 'Health', play: 'PSL_HEALTH' },
  { category: 'user.health_and_medical.genetic', apple: 'SensitiveInfo', play: 'PSL_HEALTH', note: 'Apple lists genetic information under sensitive info' },
  { category: 'user.job_title', apple: 'OtherDataTypes', play: 'PSL_OTHER_PERSONAL' },
  {
    category: 'user.location',
    apple: null,
    play: null,
    note: 'both stores ask whether a location is precise or approximate; use user.location.precise or user.location.imprecise',
  },
  { category: 'user.location.imprecise', apple: 'CoarseLocation', play: 'PSL_APPROX_LOCATION' },
  { category: 'user.location.precise', apple: 'PreciseLocation', play: 'PSL_PRECISE_LOCATION' },
  { category: 'user.name', apple: 'Name', play: 'PSL_NAME' },
  { category: 'user.payment', apple: 'PaymentInfo', play: 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER' },
  {
    category: 'user.privacy_preferences',
    apple: null,
    play: null,
    note: 'consent choices are not a data type in either store form; they need no entry of their own',
  },
  {
    category: 'user.sensor',
    apple: null,
    play: null,
    note: 'sensor readings are declared by what they measure; for fitness data (steps, workouts) set fields.<id>.storeDataTypes to apple Fitness and play PSL_FITNESS, for a location use user.location.precise or .imprecise',
  },
  { category: 'user.social', apple: 'Contacts', play: 'PSL_CONTACTS' },
  { category: 'user.telemetry', apple: 'OtherDiagnosticData', play: 'PSL_OTHER_PERFORMANCE', note: 'telemetry is read as technical diagnostics' },
  { category: 'user.unique_id', apple: 'UserID', play: 'PSL_USER_ACCOUNT' },
  {
    category: 'user.user_sensor',
    apple: null,
    play: null,
    note: 'sensor readings are declared by what they measure; for fitness data (steps, workouts) set fields.<id>.storeDataTypes to apple Fitness and play PSL_FITNESS, for a location use user.location.precise or .imprecise',
  },
  { category: 'user.workplace', apple: 'OtherDataTypes', play: 'PSL_OTHER_PERSONAL' },
  { category: 'system', apple: null, play: null, note: 'system data is not personal data in either store form' },
  { category: 'system.operations', apple: 'OtherDiagnosticData', play: 'PSL_OTHER_PERFORMANCE' },
];

export const DATA_USE_CROSSWALK: readonly DataUseCrosswalk[] = [
  { use: 'analytics', apple: 'Analytics', play: 'PSL_ANALYTICS' },
  { use: 'analytics.reporting.ad_performance', apple: 'Analytics', play: 'PSL_ADVERTISING', note: 'Play counts measuring ad performance as advertising' },
  { use: 'collect', apple: 'Other', play: null, note: 'collecting data to sell or share has no Play purpose' },
  { use: 'employment', apple: 'Other', play: null, note: 'employment purposes have no Play purpose' },
  { use: 'essential', apple: 'AppFunctionality', play: 'PSL_APP_FUNCTIONALITY' },
  { use: 'essential.fraud_detection', apple: 'AppFunctionality', play: 'PSL_FRAUD_PREVENTION_SECURITY' },
  { use: 'essential.legal_obligation', apple: 'AppFunctionality', play: 'PSL_FRAUD_PREVENTION_SECURITY' },
  { use: 'essential.service.authentication', apple: 'AppFunctionality', play: 'PSL_ACCOUNT_MANAGEMENT' },
  { use: 'essential.service.notifications', apple: 'AppFunctionality', play: 'PSL_DEVELOPER_COMMUNICATIONS' },
  { use: 'essential.service.operations.improve', apple: 'Analytics', play: 'PSL_ANALYTICS' },
  { use: 'essential.service.security', apple: 'AppFunctionality', play: 'PSL_FRAUD_PREVENTION_SECURITY' },
  { use: 'finance', apple: 'Other', play: null, note: 'finance purposes have no Play purpose' },
  { use: 'functional', apple: 'AppFunctionality', play: 'PSL_APP_FUNCTIONALITY' },
  { use: 'functional.service.improve', apple: 'Analytics', play: 'PSL_ANALYTICS' },
  { use: 'marketing', apple: 'DeveloperAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'marketing.advertising.frequency_capping', apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'marketing.advertising.negative_targeting', apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'marketing.advertising.profiling', apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'marketing.advertising.serving', apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'marketing.advertising.third_party', apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' },
  { use: 'operations', apple: 'AppFunctionality', play: 'PSL_APP_FUNCTIONALITY' },
  { use: 'personalize', apple: 'ProductPersonalization', play: 'PSL_PERSONALIZATION' },
  { use: 'sales', apple: 'Other', play: null, note: 'sales purposes have no Play purpose' },
  { use: 'third_party_sharing', apple: 'Other', play: null, note: 'sharing as such is not a Play purpose; name why the third party receives the data' },
  { use: 'third_party_sharing.legal_obligation', apple: 'AppFunctionality', play: 'PSL_FRAUD_PREVENTION_SECURITY' },
  { use: 'train_ai_system', apple: 'Other', play: null, note: 'training AI systems has no Play purpose' },
];

/** The most specific row at or above `id` in a dotted tree. */
function findRow<T>(rows: readonly T[], key: (row: T) => string, id: string): T | undefined {
  let best: T | undefined;
  let bestLength = -1;
  for (const row of rows) {
    const rowId = key(row);
    if ((id === rowId || id.startsWith(`${rowId}.`)) && rowId.length > bestLength) {
      best = row;
      bestLength = rowId.length;
    }
  }
  return best;
}

export const findCategoryCrosswalk = (category: string): CategoryCrosswalk | undefined =>
  findRow(CATEGORY_CROSSWALK, (row) => row.category, category);

export const findDataUseCrosswalk = (use: string): DataUseCrosswalk | undefined =>
  findRow(DATA_USE_CROSSWALK, (row) => row.use, use);
