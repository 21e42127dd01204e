import type { Diagnostic } from '../errors.js';
import { getApprovedReasons, isRequiredReasonCategory } from '../export/apple-required-reasons.js';
import { isCountryCode } from '../notice/countries.js';
import {
  closestMatch,
  getDataUse,
  isKnownCategory,
  isKnownDataSubject,
  isKnownDataUse,
  suggestCategory,
  suggestDataSubject,
  suggestDataUse,
} from '../taxonomy/index.js';
import { formatPath, type JsonPath, type Locator } from './locate.js';
import { quote } from './quote.js';

const DOTTED_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
const entriesOf = (value: unknown): [string, Data][] =>
  isRecord(value) ? Object.entries(value).filter((entry): entry is [string, Data] => isRecord(entry[1])) : [];

/**
 * The checks a schema cannot express: references between sections, taxonomy ids, and keys that
 * depend on another key's value. Runs on raw data that may also have schema errors, so every
 * check looks only at values of the right shape and leaves the rest to the schema.
 */
export function checkManifestSemantics(data: unknown, locator: Locator): Diagnostic[] {
  if (!isRecord(data)) return [];
  const diagnostics: Diagnostic[] = [];
  const report = (path: JsonPath, message: string) => {
    diagnostics.push({ location: locator.locateValue(path), message, path: [...path] });
  };
  const purposeIds = Object.keys(isRecord(data.purposes) ? data.purposes : {});
  const recipientIds = Object.keys(isRecord(data.recipients) ? data.recipients : {});

  const checkReferences = (path: JsonPath, list: unknown, section: 'purposes' | 'recipients', defined: string[]) => {
    if (!Array.isArray(list)) return;
    const noun = section === 'purposes' ? 'purpose' : 'recipient';
    list.forEach((id, index) => {
      if (typeof id !== 'string' || defined.includes(id)) return;
      const suggestion = closestMatch(id, defined);
      const fix = suggestion ? `did you mean ${quote(suggestion)}?` : `define it under ${section}, or remove it.`;
      report([...path, index], `${formatPath([...path, index])} names ${noun} ${quote(id)}, which is not defined under ${section}; ${fix}`);
    });
  };

  for (const [id, purpose] of entriesOf(data.purposes)) {
    const use = purpose.use;
    if (typeof use === 'string' && DOTTED_ID.test(use) && !isKnownDataUse(use)) {
      const suggestion = suggestDataUse(use);
      const fix = suggestion ? `did you mean "${suggestion}"?` : 'use a fideslang data use such as essential.service or analytics.reporting.';
      report(['purposes', id, 'use'], `${formatPath(['purposes', id, 'use'])} ${quote(use)} is not a fideslang data use; ${fix}`);
    } else if (typeof use === 'string' && getDataUse(use)?.deprecated) {
      const replacement = getDataUse(use)?.replacedBy;
      diagnostics.push({
        location: locator.locateValue(['purposes', id, 'use']),
        message: `${formatPath(['purposes', id, 'use'])} ${quote(use)} is deprecated in fideslang; use "${replacement}" instead.`,
        path: ['purposes', id, 'use'],
        severity: 'warn',
      });
    }
    if (Array.isArray(purpose.dataSubjects)) {
      purpose.dataSubjects.forEach((subject, index) => {
        if (typeof subject !== 'string' || !DOTTED_ID.test(subject) || isKnownDataSubject(subject)) return;
        const path = ['purposes', id, 'dataSubjects', index];
        const suggestion = suggestDataSubject(subject);
        const fix = suggestion ? `did you mean "${suggestion}"?` : 'use a fideslang data subject such as customer, prospect or employee.';
        report(path, `${formatPath(path)} ${quote(subject)} is not a fideslang data subject; ${fix}`);
      });
    }
    if (purpose.legalBasis === 'legitimate-interests' && purpose.legitimateInterest === undefined) {
      report(
        ['purposes', id, 'legalBasis'],
        `${formatPath(['purposes', id])} has legalBasis legitimate-interests but no legitimateInterest; add legitimateInterest: the interest pursued, which the notice must state (GDPR Art. 13(1)(d)).`,
      );
    }
  }

  for (const [id, recipient] of entriesOf(data.recipients)) {
    checkReferences(['recipients', id, 'purposes'], recipient.purposes, 'purposes', purposeIds);
    const country = recipient.country;
    // The schema checks the shape (two capitals); whether a transfer needs a safeguard depends on a real country.
    if (typeof country === 'string' && /^[A-Z]{2}$/.test(country) && !isCountryCode(country)) {
      const path = ['recipients', id, 'country'];
      const fix =
        country === 'EU'
          ? 'the EU is not a country: name the member state where the recipient processes the data, such as IE or DE.'
          : 'use the ISO 3166-1 alpha-2 code of the country where the recipient processes the data, such as US, DE or IE.';
      report(path, `${formatPath(path)} ${quote(country)} is not an assigned ISO 3166-1 country code; ${fix}`);
    }
  }

  // An alias is how the scanner turns a code name into a field; one name for two fields would be a coin toss.
  const aliasOwners = new Map<string, string>();
  for (const [id, field] of entriesOf(data.fields)) {
    if (!Array.isArray(field.aliases)) continue;
    field.aliases.forEach((alias, index) => {
      if (typeof alias !== 'string') return;
      const owner = aliasOwners.get(alias.toLowerCase());
      if (owner !== undefined && owner !== id) {
        report(['fields', id, 'aliases', index], `${formatPath(['fields', id, 'aliases', index])} ${quote(alias)} is already an alias of ${formatPath(['fields', owner])}; keep it on one field.`);
      } else {
        aliasOwners.set(alias.toLowerCase(), id);
      }
    });
  }

  for (const [id, field] of entriesOf(data.fields)) {
    const category = field.category;
    if (typeof category === 'string' && DOTTED_ID.test(category) && !isKnownCategory(category)) {
      const suggestion = suggestCategory(category);
      const fix = suggestion ? `did you mean "${suggestion}"?` : 'use a fideslang data category such as user.contact.email.';
      report(['fields', id, 'category'], `${formatPath(['fields', id, 'category'])} ${quote(category)} is not a fideslang data category; ${fix}`);
    }
    checkReferences(['fields', id, 'purposes'], field.purposes, 'purposes', purposeIds);
    checkReferences(['fields', id, 'recipients'], field.recipients, 'recipients', recipientIds);
  }
  for (const [id, item] of entriesOf(data.deviceStorage)) {
    checkReferences(['deviceStorage', id, 'purposes'], item.purposes, 'purposes', purposeIds);
    if (typeof item.provider === 'string' && !recipientIds.includes(item.provider)) {
      const path = ['deviceStorage', id, 'provider'];
      report(path, `${formatPath(path)} names recipient ${quote(item.provider)}, which is not defined under recipients; define it, or leave provider out for your own (first-party) storage.`);
    }
  }
  for (const [id, purpose] of entriesOf(data.purposes)) {
    if (isRecord(purpose.furtherProcessing)) checkReferences(['purposes', id, 'furtherProcessing', 'from'], purpose.furtherProcessing.from, 'purposes', purposeIds);
  }
  checkRequiredReasons(data, report);
  return diagnostics;
}

/** Each NSPrivacyAccessedAPITypes reason must be one Apple approves for its category, or App Store Connect refuses the upload. */
function checkRequiredReasons(data: Data, report: (path: JsonPath, message: string) => void): void {
  const stores = isRecord(data.stores) ? data.stores : {};
  const apple = isRecord(stores.apple) ? stores.apple : {};
  if (!Array.isArray(apple.accessedApiTypes)) return;
  apple.accessedApiTypes.forEach((entry: unknown, index) => {
    if (!isRecord(entry) || !isRequiredReasonCategory(entry.category) || !Array.isArray(entry.reasons)) return;
    const approved = getApprovedReasons(entry.category);
    entry.reasons.forEach((reason: unknown, reasonIndex) => {
      if (typeof reason !== 'string' || approved.includes(reason)) return;
      const path = ['stores', 'apple', 'accessedApiTypes', index, 'reasons', reasonIndex];
      report(path, `${formatPath(path)} ${quote(reason)} is not an Apple reason code for ${entry.category as string}; use one of ${approved.join(', ')} (App Store Connect rejects any other with ITMS-91053).`);
    });
  });
}
