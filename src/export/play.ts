import type { Manifest } from '../manifest/types.js';
import { compareStrings } from '../notice/completeness.js';
import { isRequired } from '../notice/model.js';
import { sortWarnings, type ManifestWarning } from '../notice/warnings.js';
import type { PlayDataType, PlayPurpose } from './crosswalk.js';
import { formatCsv } from './csv.js';
import { mapFieldsToStores, toPlayPurposes } from './store-mapping.js';

/*
 * The Play Console imports the Data safety form as a CSV of (question id, response id, value, answer requirement,
 * label) rows, one row per possible answer. Google documents the format only as "export the template from
 * Play Console" (support.google.com/googleplay/android-developer/answer/10787469, "Understand the CSV format");
 * the ids are not published in prose. The rows below follow the exported template as reproduced independently by
 * several public generators that import successfully (same 38 data types in 14 groups, same usage questions,
 * 783 lines with the header). If Google changes the template, compare this table with a fresh export.
 */

export const PLAY_CSV_HEADER = [
  'Question ID (machine readable)',
  'Response ID (machine readable)',
  'Response value',
  'Answer requirement',
  'Human-friendly question label',
] as const;

export const PLAY_DATA_TYPES: readonly { group: string; id: PlayDataType; label: string }[] = [
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_NAME', label: 'Personal info / Name' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_EMAIL', label: 'Personal info / Email address' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_USER_ACCOUNT', label: 'Personal info / User IDs' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_ADDRESS', label: 'Personal info / Address' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_PHONE', label: 'Personal info / Phone number' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_RACE_ETHNICITY', label: 'Personal info / Race and ethnicity' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_POLITICAL_RELIGIOUS', label: 'Personal info / Political or religious beliefs' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY', label: 'Personal info / Sexual orientation' },
  { group: 'PSL_DATA_TYPES_PERSONAL', id: 'PSL_OTHER_PERSONAL', label: 'Personal info / Other info' },
  { group: 'PSL_DATA_TYPES_FINANCIAL', id: 'PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER', label: 'Financial info / User payment info' },
  { group: 'PSL_DATA_TYPES_FINANCIAL', id: 'PSL_PURCHASE_HISTORY', label: 'Financial info / Purchase history' },
  { group: 'PSL_DATA_TYPES_FINANCIAL', id: 'PSL_CREDIT_SCORE', label: 'Financial info / Credit score' },
  { group: 'PSL_DATA_TYPES_FINANCIAL', id: 'PSL_OTHER', label: 'Financial info / Other financial info' },
  { group: 'PSL_DATA_TYPES_LOCATION', id: 'PSL_APPROX_LOCATION', label: 'Location / Approximate location' },
  { group: 'PSL_DATA_TYPES_LOCATION', id: 'PSL_PRECISE_LOCATION', label: 'Location / Precise location' },
  { group: 'PSL_DATA_TYPES_SEARCH_AND_BROWSING', id: 'PSL_WEB_BROWSING_HISTORY', label: 'Web browsing / Web browsing history' },
  { group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', id: 'PSL_EMAILS', label: 'Messages / Emails' },
  { group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', id: 'PSL_SMS_CALL_LOG', label: 'Messages / SMS or MMS' },
  { group: 'PSL_DATA_TYPES_EMAIL_AND_TEXT', id: 'PSL_OTHER_MESSAGES', label: 'Messages / Other in-app messages' },
  { group: 'PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', id: 'PSL_PHOTOS', label: 'Photos and videos / Photos' },
  { group: 'PSL_DATA_TYPES_PHOTOS_AND_VIDEOS', id: 'PSL_VIDEOS', label: 'Photos and videos / Videos' },
  { group: 'PSL_DATA_TYPES_AUDIO', id: 'PSL_AUDIO', label: 'Audio files / Voice or sound recordings' },
  { group: 'PSL_DATA_TYPES_AUDIO', id: 'PSL_MUSIC', label: 'Audio files / Music files' },
  { group: 'PSL_DATA_TYPES_AUDIO', id: 'PSL_OTHER_AUDIO', label: 'Audio files / Other audio files' },
  { group: 'PSL_DATA_TYPES_HEALTH_AND_FITNESS', id: 'PSL_HEALTH', label: 'Health and fitness / Health info' },
  { group: 'PSL_DATA_TYPES_HEALTH_AND_FITNESS', id: 'PSL_FITNESS', label: 'Health and fitness / Fitness info' },
  { group: 'PSL_DATA_TYPES_CONTACTS', id: 'PSL_CONTACTS', label: 'Contacts / Contacts' },
  { group: 'PSL_DATA_TYPES_CALENDAR', id: 'PSL_CALENDAR', label: 'Calendar / Calendar events' },
  { group: 'PSL_DATA_TYPES_APP_PERFORMANCE', id: 'PSL_CRASH_LOGS', label: 'App info and performance / Crash logs' },
  { group: 'PSL_DATA_TYPES_APP_PERFORMANCE', id: 'PSL_PERFORMANCE_DIAGNOSTICS', label: 'App info and performance / Diagnostics' },
  { group: 'PSL_DATA_TYPES_APP_PERFORMANCE', id: 'PSL_OTHER_PERFORMANCE', label: 'App info and performance / Other app performance data' },
  { group: 'PSL_DATA_TYPES_FILES_AND_DOCS', id: 'PSL_FILES_AND_DOCS', label: 'Files and docs / Files and docs' },
  { group: 'PSL_DATA_TYPES_APP_ACTIVITY', id: 'PSL_USER_INTERACTION', label: 'App activity / App interactions' },
  { group: 'PSL_DATA_TYPES_APP_ACTIVITY', id: 'PSL_IN_APP_SEARCH_HISTORY', label: 'App activity / In-app search history' },
  { group: 'PSL_DATA_TYPES_APP_ACTIVITY', id: 'PSL_APPS_ON_DEVICE', label: 'App activity / Installed apps' },
  { group: 'PSL_DATA_TYPES_APP_ACTIVITY', id: 'PSL_USER_GENERATED_CONTENT', label: 'App activity / Other user-generated content' },
  { group: 'PSL_DATA_TYPES_APP_ACTIVITY', id: 'PSL_OTHER_APP_ACTIVITY', label: 'App activity / Other actions' },
  { group: 'PSL_DATA_TYPES_IDENTIFIERS', id: 'PSL_DEVICE_ID', label: 'Device or other IDs / Device or other IDs' },
];

const PLAY_PURPOSES: readonly { id: PlayPurpose; label: string }[] = [
  { id: 'PSL_APP_FUNCTIONALITY', label: 'App functionality' },
  { id: 'PSL_ANALYTICS', label: 'Analytics' },
  { id: 'PSL_DEVELOPER_COMMUNICATIONS', label: 'Developer communications' },
  { id: 'PSL_FRAUD_PREVENTION_SECURITY', label: 'Fraud prevention, security, and compliance' },
  { id: 'PSL_ADVERTISING', label: 'Advertising or marketing' },
  { id: 'PSL_PERSONALIZATION', label: 'Personalization' },
  { id: 'PSL_ACCOUNT_MANAGEMENT', label: 'Account management' },
];

const ACCOUNT_CREATION_METHODS: readonly { id: string; label: string; names: readonly string[] }[] = [
  { id: 'PSL_ACM_USER_ID_PASSWORD', label: 'Username and password', names: ['username-password'] },
  { id: 'PSL_ACM_USER_ID_OTHER_AUTH', label: 'Username and other authentication', names: ['username-other-auth', 'username-other-authentication'] },
  {
    id: 'PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH',
    label: 'Username, password, and other authentication',
    names: ['username-password-other-auth', 'username-password-other-authentication'],
  },
  { id: 'PSL_ACM_OAUTH', label: 'OAuth', names: ['oauth'] },
  { id: 'PSL_ACM_OTHER', label: 'Other', names: ['other'] },
  { id: 'PSL_ACM_NONE', label: 'My app does not allow users to create an account', names: ['none'] },
];

const DELETION_ANSWERS = [
  { id: 'DATA_DELETION_YES', label: 'Yes' },
  { id: 'DATA_DELETION_NO', label: 'No' },
  { id: 'DATA_DELETION_NO_AUTO_DELETED', label: 'No, but user data is automatically deleted within 90 days' },
] as const;

const OUTSIDE_APP_ACCOUNT_TYPES = [
  { id: 'PSL_LOGIN_WITH_OUTSIDE_APP_ID', label: 'Out of app identification (e.g. SIM binding, service subscription)' },
  { id: 'PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT', label: 'Through employment, or enterprise accounts' },
  { id: 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER', label: 'Other' },
] as const;

export interface PlayDataTypeAnswer {
  type: PlayDataType;
  shared: boolean;
  ephemeral: boolean;
  optional: boolean;
  collectionPurposes: PlayPurpose[];
  sharingPurposes: PlayPurpose[];
  fields: string[];
}

export interface PlayDataSafety {
  encryptedInTransit: boolean | undefined;
  accountCreation: string[] | undefined;
  deletionUrl: string | undefined;
  deletionWithoutAccount: boolean | undefined;
  dataTypes: PlayDataTypeAnswer[];
}

/**
 * Manifest → the Data safety answers. Collected: every mapped field (it leaves the device). Shared: a recipient
 * that is not a processor receives it (Play does not count service providers acting on your behalf as sharing).
 */
export function createPlayDataSafety(manifest: Manifest): { dataSafety: PlayDataSafety; warnings: ManifestWarning[] } {
  const warnings: ManifestWarning[] = [];
  const byType = new Map<PlayDataType, PlayDataTypeAnswer>();
  for (const mapped of mapFieldsToStores(manifest, 'play', warnings)) {
    if (mapped.play === null) continue;
    const { id, field } = mapped;
    const sharedWith = field.recipients
      .map((recipientId) => manifest.recipients[recipientId])
      .filter((recipient) => recipient !== undefined && recipient.role !== 'processor');
    const sharingPurposes = toPlayPurposes(
      manifest,
      field.purposes.filter((purposeId) => sharedWith.some((recipient) => recipient?.purposes.includes(purposeId))),
    );
    let required = isRequired(field);
    if (required === undefined) {
      // Data the person does not type in can only be declined by refusing consent, when consent is the basis.
      required = !field.purposes.every((purposeId) => manifest.purposes[purposeId]?.legalBasis === 'consent');
      if (field.source === 'user') {
        warnings.push({
          path: ['fields', id],
          message: `fields.${id} says neither required nor optional; the Play form answers "${required ? 'required' : 'optional'}" from its legal bases, set fields.${id}.optional or .required to confirm`,
        });
      }
    }
    const entry = byType.get(mapped.play);
    const optional = !required;
    if (!entry) {
      byType.set(mapped.play, {
        type: mapped.play,
        shared: sharedWith.length > 0,
        ephemeral: field.processedEphemerally === true,
        optional,
        collectionPurposes: mapped.playPurposes,
        sharingPurposes,
        fields: [id],
      });
      continue;
    }
    entry.shared ||= sharedWith.length > 0;
    // One type is ephemeral or optional only if every field behind it is.
    entry.ephemeral &&= field.processedEphemerally === true;
    entry.optional &&= optional;
    entry.collectionPurposes = [...new Set([...entry.collectionPurposes, ...mapped.playPurposes])].sort(compareStrings);
    entry.sharingPurposes = [...new Set([...entry.sharingPurposes, ...sharingPurposes])].sort(compareStrings);
    entry.fields.push(id);
  }
  for (const entry of byType.values()) {
    if (entry.collectionPurposes.length === 0) {
      warnings.push({
        path: ['fields', entry.fields[0] ?? ''],
        message: `no purpose of ${entry.fields.map((f) => `fields.${f}`).join(', ')} maps to a Play purpose, so "Why is this user data collected?" stays unanswered for ${entry.type}; give its purposes a use`,
      });
    }
  }

  const play = manifest.stores.play ?? {};
  if (play.encryptedInTransit === undefined) {
    warnings.push({ path: ['stores'], message: 'stores.play.encryptedInTransit is not set; the Play question on encryption in transit stays unanswered' });
  }
  let accountCreation: string[] | undefined;
  if (play.accountCreation === undefined) {
    warnings.push({ path: ['stores'], message: 'stores.play.accountCreation is not set; the Play question on account creation methods stays unanswered' });
  } else {
    accountCreation = [];
    play.accountCreation.forEach((name, index) => {
      const method = ACCOUNT_CREATION_METHODS.find((candidate) => candidate.id === name || candidate.names.includes(name));
      if (method) {
        accountCreation?.push(method.id);
      } else {
        warnings.push({
          path: ['stores', 'play', 'accountCreation', index],
          message: `stores.play.accountCreation[${index}] "${name}" is not a Play account creation method; use one of ${ACCOUNT_CREATION_METHODS.map((m) => m.names[0]).join(', ')}`,
        });
      }
    });
  }
  if (play.deletionWithoutAccount === undefined) {
    warnings.push({ path: ['stores'], message: 'stores.play.deletionWithoutAccount is not set; the Play question on deleting data without deleting the account stays unanswered' });
  }
  const deletionUrl = manifest.service.deletionUrl;
  if (deletionUrl === undefined && !(accountCreation?.length === 1 && accountCreation[0] === 'PSL_ACM_NONE')) {
    warnings.push({ path: ['service'], message: 'service.deletionUrl is not set; Play requires an account deletion link for apps that let people create an account' });
  }
  const dataSafety: PlayDataSafety = {
    encryptedInTransit: play.encryptedInTransit,
    accountCreation,
    deletionUrl,
    deletionWithoutAccount: play.deletionWithoutAccount,
    dataTypes: [...byType.values()].sort((a, b) => compareStrings(a.type, b.type)),
  };
  return { dataSafety, warnings: sortWarnings(warnings) };
}

/** PlayDataSafety → every row of the Play Console template, answered where the manifest says. */
export function toPlayRows(dataSafety: PlayDataSafety): string[][] {
  const rows: string[][] = [[...PLAY_CSV_HEADER]];
  const add = (question: string, response: string, value: string, requirement: string, label: string) =>
    rows.push([question, response, value, requirement, label]);
  const yes = (flag: boolean | undefined) => (flag ? 'true' : '');
  const answer = (flag: boolean | undefined) => (flag === undefined ? '' : String(flag));

  add('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', '', String(dataSafety.dataTypes.length > 0), 'REQUIRED', 'Does your app collect or share any of the required user data types?');
  add('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', '', answer(dataSafety.encryptedInTransit), 'MAYBE_REQUIRED', 'Is all of the user data collected by your app encrypted in transit?');
  for (const method of ACCOUNT_CREATION_METHODS) {
    add(
      'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS',
      method.id,
      yes(dataSafety.accountCreation?.includes(method.id)),
      'MULTIPLE_CHOICE',
      `Which of the following methods of account creation does your app support? Select all that apply / ${method.label}`,
    );
  }
  add('PSL_ACM_SPECIFY', '', '', 'MAYBE_REQUIRED', 'Describe the method of account creation that your app supports');
  add('PSL_ACCOUNT_DELETION_URL', '', dataSafety.deletionUrl ?? '', 'MAYBE_REQUIRED', 'Add a link that users can use to request that their account and associated data is deleted');
  const deletionAnswer = dataSafety.deletionWithoutAccount === undefined ? undefined : dataSafety.deletionWithoutAccount ? 'DATA_DELETION_YES' : 'DATA_DELETION_NO';
  for (const option of DELETION_ANSWERS) {
    add('PSL_SUPPORT_DATA_DELETION_BY_USER', option.id, yes(option.id === deletionAnswer), 'SINGLE_CHOICE', `Do you provide a way for users to request that their data is deleted? / ${option.label}`);
  }
  add('PSL_DATA_DELETION_URL', '', deletionAnswer === 'DATA_DELETION_YES' ? (dataSafety.deletionUrl ?? '') : '', 'MAYBE_REQUIRED', 'Delete data URL');
  add(
    'PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY',
    '',
    '',
    'OPTIONAL',
    "Only answer this question if you've indicated that your app's target age group includes children, or you've opted into the Designed for Families program. If either of the above is true, you are required to follow the Google Play Families Policy (https://support.google.com/googleplay/android-developer/answer/9893335). Do you want to let users know about this commitment in the Data safety section on your store listing?",
  );
  add(
    'PSL_INDEPENDENTLY_VALIDATED',
    '',
    '',
    'OPTIONAL',
    'Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework? Only answer "yes" if the review is in good standing.',
  );
  add('PSL_UPI_BADGE_OPT_IN', '', '', 'OPTIONAL', 'Do you want to show this badge on your store listing?');
  add('PSL_HAS_OUTSIDE_APP_ACCOUNTS', '', '', 'OPTIONAL', 'Can users login to your app with accounts created outside of the app?');
  for (const type of OUTSIDE_APP_ACCOUNT_TYPES) {
    add('PSL_OUTSIDE_APP_ACCOUNT_TYPES', type.id, '', 'MULTIPLE_CHOICE', `How are these accounts created? / ${type.label}`);
  }
  add('PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY', '', '', 'MAYBE_REQUIRED', 'Describe how these accounts are created');

  const answers = new Map(dataSafety.dataTypes.map((entry) => [entry.type, entry]));
  for (const type of PLAY_DATA_TYPES) add(type.group, type.id, yes(answers.has(type.id)), 'MULTIPLE_CHOICE', type.label);
  for (const type of PLAY_DATA_TYPES) {
    const entry = answers.get(type.id);
    const friendly = type.label.slice(type.label.lastIndexOf(' / ') + 3);
    const prefix = `PSL_DATA_USAGE_RESPONSES:${type.id}`;
    const label = (text: string) => `Data usage and handling (${friendly}) / ${text}`;
    add(`${prefix}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_COLLECTED', yes(entry !== undefined), 'MULTIPLE_CHOICE', label('Is this data collected, shared, or both? / Collected'));
    add(`${prefix}:PSL_DATA_USAGE_COLLECTION_AND_SHARING`, 'PSL_DATA_USAGE_ONLY_SHARED', yes(entry?.shared), 'MULTIPLE_CHOICE', label('Is this data collected, shared, or both? / Shared'));
    add(`${prefix}:PSL_DATA_USAGE_EPHEMERAL`, '', entry ? String(entry.ephemeral) : '', 'MAYBE_REQUIRED', label('Is this data processed ephemerally?'));
    add(
      `${prefix}:DATA_USAGE_USER_CONTROL`,
      'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL',
      yes(entry?.optional === true),
      'SINGLE_CHOICE',
      label("Is this data required for your app, or can users choose whether it's collected? / Users can choose whether this data is collected"),
    );
    add(
      `${prefix}:DATA_USAGE_USER_CONTROL`,
      'PSL_DATA_USAGE_USER_CONTROL_REQUIRED',
      yes(entry?.optional === false),
      'SINGLE_CHOICE',
      label("Is this data required for your app, or can users choose whether it's collected? / Data collection is required (users can't turn off this data collection)"),
    );
    for (const purpose of PLAY_PURPOSES) {
      add(`${prefix}:DATA_USAGE_COLLECTION_PURPOSE`, purpose.id, yes(entry?.collectionPurposes.includes(purpose.id)), 'MULTIPLE_CHOICE', label(`Why is this user data collected? Select all that apply. / ${purpose.label}`));
    }
    for (const purpose of PLAY_PURPOSES) {
      add(`${prefix}:DATA_USAGE_SHARING_PURPOSE`, purpose.id, yes(entry?.sharingPurposes.includes(purpose.id)), 'MULTIPLE_CHOICE', label(`Why is this user data shared? Select all that apply. / ${purpose.label}`));
    }
  }
  return rows;
}

export const formatPlayCsv = (dataSafety: PlayDataSafety): string => formatCsv(toPlayRows(dataSafety));
