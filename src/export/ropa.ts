import { decidedLegalBasis, type Contact, type LegalBasis, type LocalizedText, type Manifest, type RecipientRole, type TransferMechanism } from '../manifest/types.js';
import { compareStrings, sortedKeys } from '../notice/completeness.js';
import { getCountryName } from '../notice/countries.js';
import { getTransferMechanism, needsTransferMechanism } from '../notice/transfers.js';
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
export type RopaLanguage = 'en' | 'de';

interface RopaLabels {
  columns: Record<RopaColumn, string>;
  title: (service: string) => string;
  subtitle: string;
  item: string;
  entry: string;
  none: string;
  noneOutside: string;
  peopleWhoUse: (service: string) => string;
  interestPursued: string;
  article9: string;
  noMechanism: string;
  noSecurity: string;
  specialCategory: string;
  legalBases: Record<LegalBasis, string>;
  roles: Record<RecipientRole, string>;
  mechanisms: Record<TransferMechanism, string>;
}

// The record is kept in the organisation's language: a German authority asks for the Verzeichnis in German.
const LABELS: Readonly<Record<RopaLanguage, RopaLabels>> = {
  en: {
    columns: Object.fromEntries(ROPA_COLUMNS.map((column) => [column.key, column.title])) as Record<RopaColumn, string>,
    title: (service) => `Record of processing activities: ${service}`,
    subtitle: 'GDPR Art. 30(1), one processing activity per purpose.',
    item: 'Item',
    entry: 'Entry',
    none: 'None',
    noneOutside: 'None outside the controller',
    peopleWhoUse: (service) => `People who use ${service}`,
    interestPursued: 'interest pursued',
    article9: 'Art. 9(2) ground',
    noMechanism: 'none named',
    noSecurity: 'Not described in privacy.yml; add a general description of the Art. 32(1) measures',
    specialCategory: 'special category',
    legalBases: {
      consent: 'Art. 6(1)(a) consent',
      contract: 'Art. 6(1)(b) contract',
      'legal-obligation': 'Art. 6(1)(c) legal obligation',
      'vital-interests': 'Art. 6(1)(d) vital interests',
      'public-task': 'Art. 6(1)(e) public task',
      'legitimate-interests': 'Art. 6(1)(f) legitimate interests',
    },
    roles: { processor: 'processor', controller: 'controller', 'joint-controller': 'joint controller' },
    mechanisms: {
      'adequacy-decision': 'adequacy decision (Art. 45)',
      'data-privacy-framework': 'EU-US Data Privacy Framework (Art. 45)',
      'standard-contractual-clauses': 'standard contractual clauses (Art. 46(2)(c))',
      'binding-corporate-rules': 'binding corporate rules (Art. 47)',
      derogation: 'derogation (Art. 49)',
    },
  },
  de: {
    columns: {
      activity: 'Verarbeitungstätigkeit',
      controller: 'Verantwortlicher (Art. 30 Abs. 1 lit. a)',
      jointControllers: 'Gemeinsam Verantwortliche (Art. 30 Abs. 1 lit. a)',
      representative: 'Vertreter (Art. 30 Abs. 1 lit. a)',
      dpo: 'Datenschutzbeauftragter (Art. 30 Abs. 1 lit. a)',
      purpose: 'Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)',
      legalBasis: 'Rechtsgrundlage (Art. 6 Abs. 1, Art. 9 Abs. 2)',
      dataSubjects: 'Kategorien betroffener Personen (Art. 30 Abs. 1 lit. c)',
      dataCategories: 'Kategorien personenbezogener Daten (Art. 30 Abs. 1 lit. c)',
      recipients: 'Kategorien von Empfängern (Art. 30 Abs. 1 lit. d)',
      transfers: 'Übermittlungen an Drittländer und Garantien (Art. 30 Abs. 1 lit. e)',
      erasure: 'Fristen für die Löschung (Art. 30 Abs. 1 lit. f)',
      security: 'Technische und organisatorische Maßnahmen (Art. 30 Abs. 1 lit. g)',
    },
    title: (service) => `Verzeichnis von Verarbeitungstätigkeiten: ${service}`,
    subtitle: 'Art. 30 Abs. 1 DSGVO, eine Verarbeitungstätigkeit je Zweck.',
    item: 'Angabe',
    entry: 'Eintrag',
    none: 'Keine',
    noneOutside: 'Keine außerhalb des Verantwortlichen',
    peopleWhoUse: (service) => `Personen, die ${service} nutzen`,
    interestPursued: 'verfolgtes Interesse',
    article9: 'Ausnahme nach Art. 9 Abs. 2',
    noMechanism: 'keine genannt',
    noSecurity: 'In privacy.yml nicht beschrieben; ergänzen Sie eine allgemeine Beschreibung der Maßnahmen nach Art. 32 Abs. 1',
    specialCategory: 'besondere Kategorie',
    legalBases: {
      consent: 'Art. 6 Abs. 1 lit. a Einwilligung',
      contract: 'Art. 6 Abs. 1 lit. b Vertrag',
      'legal-obligation': 'Art. 6 Abs. 1 lit. c rechtliche Verpflichtung',
      'vital-interests': 'Art. 6 Abs. 1 lit. d lebenswichtige Interessen',
      'public-task': 'Art. 6 Abs. 1 lit. e öffentliche Aufgabe',
      'legitimate-interests': 'Art. 6 Abs. 1 lit. f berechtigte Interessen',
    },
    roles: { processor: 'Auftragsverarbeiter', controller: 'Verantwortlicher', 'joint-controller': 'gemeinsam Verantwortlicher' },
    mechanisms: {
      'adequacy-decision': 'Angemessenheitsbeschluss (Art. 45)',
      'data-privacy-framework': 'EU-US Data Privacy Framework (Art. 45)',
      'standard-contractual-clauses': 'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c)',
      'binding-corporate-rules': 'verbindliche interne Datenschutzvorschriften (Art. 47)',
      derogation: 'Ausnahme (Art. 49)',
    },
  },
};

/**
 * Manifest → one record row per purpose. Data subjects come from `purposes.<id>.dataSubjects` and the security
 * measures from `service.securityMeasures`; without them the record names the service's users as data subjects
 * and asks for the Art. 32 measures in that column.
 */
export function createRopa(manifest: Manifest, language?: RopaLanguage): { rows: RopaRow[]; warnings: ManifestWarning[] } {
  const warnings: ManifestWarning[] = [];
  const defaultLanguage = manifest.languages?.[0] ?? 'en';
  const lang = language ?? (defaultLanguage === 'de' ? 'de' : 'en');
  const labels = LABELS[lang];
  const localize = createLocalizer(lang, { defaultLanguage, warnings });
  const { service } = manifest;
  const rows = sortedKeys(manifest.purposes).flatMap((purposeId): RopaRow[] => {
    const purpose = manifest.purposes[purposeId];
    if (!purpose) return [];
    const fieldIds = sortedKeys(manifest.fields).filter((id) => manifest.fields[id]?.purposes.includes(purposeId));
    const recipientIds = sortedKeys(manifest.recipients).filter((id) => manifest.recipients[id]?.purposes.includes(purposeId));
    const recipients = recipientIds.flatMap((id) => manifest.recipients[id] ?? []);
    let legalBasis = labels.legalBases[decidedLegalBasis(purpose, purposeId)];
    if (purpose.legalObligation !== undefined) legalBasis += `: ${localize(purpose.legalObligation, ['purposes', purposeId, 'legalObligation'])}`;
    if (purpose.legitimateInterest !== undefined) {
      legalBasis += `; ${labels.interestPursued}: ${localize(purpose.legitimateInterest, ['purposes', purposeId, 'legitimateInterest'])}`;
    }
    if (purpose.specialCategoryGround !== undefined) legalBasis += `; ${labels.article9}: ${purpose.specialCategoryGround}`;
    const dataCategories = fieldIds.map((id) => {
      const field = manifest.fields[id];
      if (!field) return id;
      const special = getSpecialCategoryKind(field.category);
      const name = getCategory(field.category)?.name ?? field.category;
      const description = localize(field.description, ['fields', id, 'description']);
      return `${description} (${name}, ${field.category}${special ? `; ${labels.specialCategory}: ${special}` : ''})`;
    });
    const transfers = recipients.filter((recipient) => needsTransferMechanism(recipient));
    const recipientName = (id: string, name: string, localized: LocalizedText | undefined) => localize(localized ?? name, ['recipients', id, 'name']);
    const none = labels.none;
    return [
      {
        activity: purposeId,
        controller: formatContact(service.controller, localize, ['service', 'controller']),
        jointControllers: recipients.filter((r) => r.role === 'joint-controller').map((r) => recipientName(r.id, r.name, r.localizedName)).join('; ') || none,
        representative: service.representative ? formatContact(service.representative, localize, ['service', 'representative']) : none,
        dpo: service.dpo ? formatContact(service.dpo, localize, ['service', 'dpo']) : none,
        purpose: localize(purpose.description, ['purposes', purposeId, 'description']),
        legalBasis,
        dataSubjects: purpose.dataSubjects?.length
          ? [...purpose.dataSubjects].sort(compareStrings).map((id) => `${getDataSubjectName(id, lang)} (${id})`).join('; ')
          : labels.peopleWhoUse(service.name),
        dataCategories: dataCategories.join('; ') || none,
        recipients:
          recipients
            .map((r) => `${recipientName(r.id, r.name, r.localizedName)} (${r.kind}, ${labels.roles[r.role]}, ${getCountryName(r.country, lang)})`)
            .join('; ') || labels.noneOutside,
        transfers:
          transfers
            .map((r) => {
              const mechanism = getTransferMechanism(r);
              const details = r.safeguard === undefined ? '' : `: ${localize(r.safeguard, ['recipients', r.id, 'safeguard'])}`;
              return `${recipientName(r.id, r.name, r.localizedName)}: ${getCountryName(r.country, lang)} (${r.country}), ${mechanism === undefined ? labels.noMechanism : labels.mechanisms[mechanism]}${details}`;
            })
            .join('; ') || none,
        erasure:
          fieldIds
            .map((id) => {
              const field = manifest.fields[id];
              return field ? `${localize(field.description, ['fields', id, 'description'])}: ${localize(field.retention, ['fields', id, 'retention'])}` : id;
            })
            .join('; ') || none,
        security: service.securityMeasures !== undefined ? localize(service.securityMeasures, ['service', 'securityMeasures']) : labels.noSecurity,
      },
    ];
  });
  return { rows, warnings: sortWarnings(warnings) };
}

export const formatRopaCsv = (rows: readonly RopaRow[], lang: RopaLanguage = 'en'): string =>
  formatCsv([ROPA_COLUMNS.map((column) => LABELS[lang].columns[column.key]), ...rows.map((row) => ROPA_COLUMNS.map((column) => row[column.key]))]);

/** One table per purpose: a 13-column table does not fit a page, so each record row is turned on its side. */
export function formatRopaMarkdown(rows: readonly RopaRow[], serviceName: string, lang: RopaLanguage = 'en'): string {
  const labels = LABELS[lang];
  const out = [`# ${md(labels.title(serviceName))}`, '', labels.subtitle, ''];
  for (const row of rows) {
    out.push(`## ${md(row.purpose)}`, '', `| ${labels.item} | ${labels.entry} |`, '| --- | --- |');
    for (const column of ROPA_COLUMNS) out.push(`| ${labels.columns[column.key]} | ${md(row[column.key])} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The language the record is written in: `--lang`, else the manifest's first language when privlint has labels for it. */
export const getRopaLanguage = (manifest: Manifest, requested: string | undefined): RopaLanguage =>
  (requested ?? manifest.languages?.[0]) === 'de' ? 'de' : 'en';

function formatContact(contact: Contact, localize: (text: LocalizedText, path: readonly (string | number)[]) => string, path: readonly string[]): string {
  const address = contact.address === undefined ? undefined : localize(contact.address, [...path, 'address']);
  return [contact.name, address, contact.email, contact.phone, contact.url].filter((part) => part !== undefined && part !== '').join(', ');
}
