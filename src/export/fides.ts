import { stringify } from 'yaml';
import { decidedLegalBasis, type LegalBasis, type Manifest, type SpecialCategoryGround, type TransferMechanism } from '../manifest/types.js';
import { compareStrings, sortedKeys } from '../notice/completeness.js';
import { isInsideEea } from '../notice/countries.js';
import { createLocalizer } from '../notice/localize.js';
import { getTransferMechanism } from '../notice/transfers.js';
import { sortWarnings, type ManifestWarning } from '../notice/warnings.js';
import { isSpecialCategory } from '../taxonomy/index.js';

// Fides' own wording (fideslang models.py: LegalBasisForProcessingEnum, SpecialCategoryLegalBasisEnum).
const FIDES_LEGAL_BASIS: Readonly<Record<LegalBasis, string>> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligations',
  'vital-interests': 'Vital interests',
  'public-task': 'Public interest',
  'legitimate-interests': 'Legitimate interests',
};

const FIDES_SPECIAL_CATEGORY_BASIS: Readonly<Record<SpecialCategoryGround, string>> = {
  'explicit-consent': 'Explicit consent',
  'employment-social-security': 'Employment, social security and social protection',
  'vital-interests': 'Vital interests',
  'not-for-profit-body': 'Not-for-profit bodies',
  'made-public-by-data-subject': 'Made public by the data subject',
  'legal-claims': 'Legal claims or judicial acts',
  'substantial-public-interest': 'Reasons of substantial public interest (with a basis in law)',
  'health-or-social-care': 'Health or social care (with a basis in law)',
  'public-health': 'Public health (with a basis in law)',
  'archiving-research-statistics': 'Archiving, research and statistics (with a basis in law)',
};

/** Fides' LegalBasisForTransfersEnum values; the DPF is an adequacy decision, Art. 49 derogations have no value of their own. */
const FIDES_TRANSFER_BASIS: Readonly<Record<TransferMechanism, string>> = {
  'adequacy-decision': 'Adequacy Decision',
  'data-privacy-framework': 'Adequacy Decision',
  'standard-contractual-clauses': 'SCCs',
  'binding-corporate-rules': 'BCRs',
  derogation: 'Other',
};

/**
 * Manifest → a Fides system manifest (fideslang `system` resource) with one privacy declaration per purpose.
 * Data subjects come from `purposes.<id>.dataSubjects` (fideslang ids already); a purpose that names none uses
 * fideslang's `customer`, the subject of a service people sign up for. A purpose without a fideslang data use cannot become a declaration (Fides requires
 * one) and is reported as a warning.
 */
export function createFidesSystem(manifest: Manifest): { system: Record<string, unknown>; warnings: ManifestWarning[] } {
  const warnings: ManifestWarning[] = [];
  const lang = manifest.languages?.[0] ?? 'en';
  const localize = createLocalizer(lang, { defaultLanguage: lang, warnings });
  const { service } = manifest;
  const fieldIds = sortedKeys(manifest.fields);
  const recipientIds = sortedKeys(manifest.recipients);

  const declarations = sortedKeys(manifest.purposes).flatMap((purposeId) => {
    const purpose = manifest.purposes[purposeId];
    if (!purpose) return [];
    if (purpose.use === undefined) {
      warnings.push({
        path: ['purposes', purposeId],
        message: `purposes.${purposeId} is left out of the Fides system: a privacy declaration needs a data use; add purposes.${purposeId}.use`,
      });
      return [];
    }
    const fields = fieldIds.flatMap((id) => {
      const field = manifest.fields[id];
      return field?.purposes.includes(purposeId) ? [{ ...field, id }] : [];
    });
    // A third party counts for this declaration when it serves the purpose and receives one of its fields.
    const purposeRecipientIds = recipientIds.filter(
      (id) => manifest.recipients[id]?.purposes.includes(purposeId) && fields.some((field) => field.recipients.includes(id)),
    );
    const recipients = purposeRecipientIds.flatMap((id) => manifest.recipients[id] ?? []);
    const sharedFields = fields.filter((field) => field.recipients.some((id) => purposeRecipientIds.includes(id)));
    const categories = unique(fields.map((field) => field.category));
    const declaration: Record<string, unknown> = {
      name: localize(purpose.description, ['purposes', purposeId, 'description']),
      data_use: purpose.use,
      data_categories: categories,
      data_subjects: purpose.dataSubjects?.length ? unique(purpose.dataSubjects) : ['customer'],
      legal_basis_for_processing: FIDES_LEGAL_BASIS[decidedLegalBasis(purpose, purposeId)],
      retention_period: fields
        .map((field) => `${field.id}: ${localize(field.retention, ['fields', field.id, 'retention'])}`)
        .join('; '),
      processes_special_category_data: categories.some((category) => isSpecialCategory(category)),
      data_shared_with_third_parties: recipients.length > 0,
      shared_categories: unique(sharedFields.map((field) => field.category)),
    };
    if (purpose.specialCategoryGround !== undefined) {
      declaration.special_category_legal_basis = FIDES_SPECIAL_CATEGORY_BASIS[purpose.specialCategoryGround];
    }
    if (recipients.length > 0) declaration.third_parties = recipients.map((recipient) => recipient.name).join(', ');
    return [declaration];
  });

  const transfers = recipientIds.flatMap((id) => {
    const recipient = manifest.recipients[id];
    return recipient && !isInsideEea(recipient.country) ? [recipient] : [];
  });
  const system: Record<string, unknown> = {
    fides_key: toFidesKey(service.name),
    organization_fides_key: 'default_organization',
    name: service.name,
    description: `Personal data processed by ${service.name}, as declared in its privacy manifest.`,
    system_type: 'Application',
    processes_personal_data: true,
    legal_name: service.controller.name,
    responsibility: ['Controller'],
    uses_profiling: Object.values(manifest.purposes).some((purpose) => purpose.automatedDecision !== undefined),
    does_international_transfers: transfers.length > 0,
    legal_basis_for_transfers: unique(
      transfers.map((recipient) => {
        const mechanism = getTransferMechanism(recipient);
        return mechanism === undefined ? 'Other' : FIDES_TRANSFER_BASIS[mechanism];
      }),
    ),
    uses_cookies: Object.values(manifest.fields).some((field) => field.storage.includes('cookie')),
    uses_non_cookie_access: Object.values(manifest.fields).some((field) => field.storage.includes('browser-storage')),
    privacy_declarations: declarations,
  };
  if (service.controller.address) system.legal_address = localize(service.controller.address, ['service', 'controller', 'address']);
  const dpoContact = service.dpo?.email ?? service.dpo?.name;
  if (dpoContact) system.dpo = dpoContact;
  const jointControllers = recipientIds.flatMap((id) => (manifest.recipients[id]?.role === 'joint-controller' ? [manifest.recipients[id]?.name ?? id] : []));
  if (jointControllers.length > 0) system.joint_controller_info = jointControllers.join(', ');
  return { system, warnings: sortWarnings(warnings) };
}

/** The YAML Fides reads with `fides push` / `fides evaluate`: a top-level `system` list. */
export function formatFidesYaml(system: Record<string, unknown>): string {
  return stringify({ system: [system] }, { lineWidth: 0 });
}

/** A fides_key allows letters, digits, `_`, `.`, `-`, `<` and `>`; names become lowercase snake case. */
export function toFidesKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key === '' ? 'system' : key;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort(compareStrings);
