import { decidedLegalBasis, type Manifest } from '../manifest/types.js';
import { compareStrings, sortedKeys } from '../notice/completeness.js';
import { isInsideEea } from '../notice/countries.js';
import { getTransferMechanism } from '../notice/transfers.js';
import { isRequired } from '../notice/model.js';
import { allCategories, categoryCovers, getCategory, getSpecialCategoryKind } from '../taxonomy/index.js';
import { VERSION } from '../version.js';

/**
 * The normalised manifest plus everything privlint derives from it, for tools that should not re-implement the
 * derivations: per-purpose and per-recipient data lists, special categories (Art. 9), the taxonomy categories the
 * fields cover (a field of user.contact.address covers .city, .street, ...), and third-country transfers.
 */
export function createManifestJson(manifest: Manifest, file: string): Record<string, unknown> {
  const fieldIds = sortedKeys(manifest.fields);
  const recipientIds = sortedKeys(manifest.recipients);
  const fieldsOf = (predicate: (fieldId: string) => boolean) => fieldIds.filter(predicate);

  const fields = Object.fromEntries(
    fieldIds.map((id) => {
      const field = manifest.fields[id];
      if (!field) return [id, null];
      const special = getSpecialCategoryKind(field.category);
      return [
        id,
        {
          ...sortObject(field),
          categoryName: getCategory(field.category)?.name ?? null,
          specialCategory: special ?? null,
          required: isRequired(field) ?? null,
        },
      ];
    }),
  );
  const purposes = Object.fromEntries(
    sortedKeys(manifest.purposes).map((id) => [
      id,
      {
        ...sortObject(manifest.purposes[id] ?? {}),
        fields: fieldsOf((fieldId) => manifest.fields[fieldId]?.purposes.includes(id) ?? false),
        recipients: recipientIds.filter((recipientId) => manifest.recipients[recipientId]?.purposes.includes(id)),
      },
    ]),
  );
  const recipients = Object.fromEntries(
    recipientIds.map((id) => {
      const recipient = manifest.recipients[id];
      return [
        id,
        {
          ...sortObject(recipient ?? {}),
          outsideEea: recipient ? !isInsideEea(recipient.country) : null,
          fields: fieldsOf((fieldId) => manifest.fields[fieldId]?.recipients.includes(id) ?? false),
        },
      ];
    }),
  );
  const declared = fieldIds.flatMap((id) => manifest.fields[id]?.category ?? []);
  const coveredCategories = allCategories()
    .map((category) => category.id)
    .filter((category) => declared.some((declaredCategory) => categoryCovers(declaredCategory, category)))
    .sort(compareStrings);
  const specialCategories = fieldIds.flatMap((id) => {
    const category = manifest.fields[id]?.category;
    const kind = category === undefined ? undefined : getSpecialCategoryKind(category);
    return kind && category ? [{ field: id, category, kind }] : [];
  });
  const transfers = recipientIds.flatMap((id) => {
    const recipient = manifest.recipients[id];
    return recipient && !isInsideEea(recipient.country)
      ? [{ recipient: id, country: recipient.country, transferMechanism: getTransferMechanism(recipient) ?? null, safeguard: recipient.safeguard ?? null }]
      : [];
  });

  return {
    schemaVersion: 1,
    tool: { name: 'privlint', version: VERSION },
    manifest: file,
    version: manifest.version,
    languages: manifest.languages ?? [],
    service: sortObject(manifest.service),
    purposes,
    recipients,
    fields,
    derived: {
      specialCategories,
      coveredCategories,
      legalBases: [...new Set(Object.entries(manifest.purposes).map(([id, purpose]) => decidedLegalBasis(purpose, id)))].sort(compareStrings),
      thirdCountryTransfers: transfers,
    },
    scan: sortObject(manifest.scan),
    rules: sortObject(manifest.rules),
    stores: sortObject(manifest.stores),
  };
}

export const formatManifestJson = (document: Record<string, unknown>): string => `${JSON.stringify(document, null, 2)}\n`;

/** A copy with keys in code-point order at every level, so the JSON is byte-identical across runs. */
function sortObject<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => sortObject(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareStrings(a, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortObject(item)])) as T;
}
