import { decidedLegalBasis, type Contact, type LegalBasis, type Manifest } from '../manifest/types.js';
import { compareStrings, sortedKeys } from '../notice/completeness.js';
import { getCountryName, isInsideEea } from '../notice/countries.js';
import { escapeMarkdown as md } from '../notice/escape.js';
import { createLocalizer } from '../notice/localize.js';
import { sortWarnings, type ManifestWarning } from '../notice/warnings.js';
import { getCategory, getDataSubjectName, getSpecialCategoryKind } from '../taxonomy/index.js';
import { formatCsv } from './csv.js';

/** GDPR Art. 30(1) items, in the order of the article. */
export const ROPA_COLUMNS = [
  { key: 'activity', title: 'Processing activity' },
  { key: 'controller', title: 'Controller (Art. 30(1)(a))' },
  { key: 'jointControllers', title: 'Joint controllers (Art. 30(1)(a))' },
  { key: 'representative', title: 'Representative (Art. 30(1)(a))' },
  { key: 'dpo', title: 'Data protection officer (Art. 30(1)(a))' },
  { key: 'purpose', title: 'Purpose of the processing (Art. 30(1)(b))' },
  { key: 'legalBasis', title: 'Legal basis (Art. 6(1), Art. 9(2))' },
  { key: 'dataSubjects', title: 'Categories of data subjects (Art. 30(1)(c))' },
  { key: 'dataCategories', title: 'Categories of personal data (Art. 30(1)(c))' },
  { key: 'recipients', title: 'Categories of recipients (Art. 30(1)(d))' },
  { key: 'transfers', title: 'Transfers to third countries and safeguards (Art. 30(1)(e))' },
  { key: 'erasure', title: 'Time limits for erasure (Art. 30(1)(f))' },
  { key: 'security', title: 'Technical and organisational security measures (Art. 30(1)(g))' },
] as const;

export type RopaColumn = (typeof ROPA_COLUMNS)[number]['key'];
export type RopaRow = Record<RopaColumn, string>;

const LEGAL_BASIS_LETTERS: Readonly<Record<LegalBasis, string>> = {
  consent: 'Art. 6(1)(a) consent',
  contract: 'Art. 6(1)(b) contract',
  'legal-obligation': 'Art. 6(1)(c) legal obligation',
  'vital-interests': 'Art. 6(1)(d) vital interests',
  'public-task': 'Art. 6(1)(e) public task',
  'legitimate-interests': 'Art. 6(1)(f) legitimate interests',
};

/**
 * Manifest → one record row per purpose. Data subjects come from `purposes.<id>.dataSubjects` and the security
 * measures from `service.securityMeasures`; without them the record names the service's users as data subjects
 * and asks for the Art. 32 measures in that column.
 */
export function createRopa(manifest: Manifest): { rows: RopaRow[]; warnings: ManifestWarning[] } {
  const warnings: ManifestWarning[] = [];
  const lang = manifest.languages?.[0] ?? 'en';
  const localize = createLocalizer(lang, { defaultLanguage: lang, warnings });
  const { service } = manifest;
  const rows = sortedKeys(manifest.purposes).flatMap((purposeId): RopaRow[] => {
    const purpose = manifest.purposes[purposeId];
    if (!purpose) return [];
    const fieldIds = sortedKeys(manifest.fields).filter((id) => manifest.fields[id]?.purposes.includes(purposeId));
    const recipientIds = sortedKeys(manifest.recipients).filter((id) => manifest.recipients[id]?.purposes.includes(purposeId));
    const recipients = recipientIds.flatMap((id) => manifest.recipients[id] ?? []);
    let legalBasis = LEGAL_BASIS_LETTERS[decidedLegalBasis(purpose, purposeId)];
    if (purpose.legitimateInterest !== undefined) {
      legalBasis += `; interest pursued: ${localize(purpose.legitimateInterest, ['purposes', purposeId, 'legitimateInterest'])}`;
    }
    if (purpose.specialCategoryGround !== undefined) legalBasis += `; Art. 9(2) ground: ${purpose.specialCategoryGround}`;
    const dataCategories = fieldIds.map((id) => {
      const field = manifest.fields[id];
      if (!field) return id;
      const special = getSpecialCategoryKind(field.category);
      const name = getCategory(field.category)?.name ?? field.category;
      const description = localize(field.description, ['fields', id, 'description']);
      return `${description} (${name}, ${field.category}${special ? `; special category: ${special}` : ''})`;
    });
    const transfers = recipients.filter((recipient) => !isInsideEea(recipient.country));
    return [
      {
        activity: purposeId,
        controller: formatContact(service.controller),
        jointControllers: recipients.filter((r) => r.role === 'joint-controller').map((r) => r.name).join('; ') || 'None',
        representative: service.representative ? formatContact(service.representative) : 'None',
        dpo: service.dpo ? formatContact(service.dpo) : 'None',
        purpose: localize(purpose.description, ['purposes', purposeId, 'description']),
        legalBasis,
        dataSubjects: purpose.dataSubjects?.length
          ? [...purpose.dataSubjects].sort(compareStrings).map((id) => `${getDataSubjectName(id, 'en')} (${id})`).join('; ')
          : `People who use ${service.name}`,
        dataCategories: dataCategories.join('; ') || 'None',
        recipients:
          recipients.map((r) => `${r.name} (${r.kind}, ${r.role}, ${getCountryName(r.country, 'en')})`).join('; ') || 'None outside the controller',
        transfers:
          transfers.map((r) => `${r.name}: ${getCountryName(r.country, 'en')} (${r.country}), safeguard: ${r.safeguard ?? 'none named'}`).join('; ') ||
          'None',
        erasure:
          fieldIds
            .map((id) => {
              const field = manifest.fields[id];
              return field ? `${localize(field.description, ['fields', id, 'description'])}: ${localize(field.retention, ['fields', id, 'retention'])}` : id;
            })
            .join('; ') || 'None',
        security:
          service.securityMeasures !== undefined
            ? localize(service.securityMeasures, ['service', 'securityMeasures'])
            : 'Not described in privacy.yml; add a general description of the Art. 32(1) measures',
      },
    ];
  });
  return { rows, warnings: sortWarnings(warnings) };
}

export const formatRopaCsv = (rows: readonly RopaRow[]): string =>
  formatCsv([ROPA_COLUMNS.map((column) => column.title), ...rows.map((row) => ROPA_COLUMNS.map((column) => row[column.key]))]);

/** One table per purpose: a 13-column table does not fit a page, so each record row is turned on its side. */
export function formatRopaMarkdown(rows: readonly RopaRow[], serviceName: string): string {
  const out = [`# Record of processing activities: ${md(serviceName)}`, '', 'GDPR Art. 30(1), one processing activity per purpose.', ''];
  for (const row of rows) {
    out.push(`## ${md(row.purpose)}`, '', '| Item | Entry |', '| --- | --- |');
    for (const column of ROPA_COLUMNS) out.push(`| ${column.title} | ${md(row[column.key])} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function formatContact(contact: Contact): string {
  return [contact.name, contact.address, contact.email, contact.phone, contact.url].filter((part) => part !== undefined && part !== '').join(', ');
}
