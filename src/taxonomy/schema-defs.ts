import { DATA_CATEGORIES } from './data-categories.js';
import { DATA_SUBJECTS } from './data-subjects.js';
import { DATA_USES } from './data-uses.js';
import type { TaxonomyRecord } from './types.js';

/** The manifest schema's `$defs` that list the taxonomy, so editors complete ids and show what each means. */
export const TAXONOMY_DEFS = ['dataCategory', 'dataUse', 'dataSubject'] as const;
export type TaxonomyDefName = (typeof TAXONOMY_DEFS)[number];

interface IdAlternative {
  const: string;
  description: string;
  deprecated?: true;
}

export interface TaxonomyDef {
  type: 'string';
  pattern: string;
  description: string;
  /** Every id, for editors and validators that complete or check from `enum` alone. */
  enum: string[];
  /**
   * The same ids with a description each: JSON Schema has no other standard place for a description per value,
   * and editors (VS Code's JSON and YAML language servers) show it beside each completion.
   */
  anyOf: IdAlternative[];
}

const DOTTED_ID_PATTERN = '^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$';

const toAlternative = (record: TaxonomyRecord): IdAlternative => ({
  const: record.id,
  description: record.deprecated ? `${record.name} (deprecated in fideslang: use ${record.replacedBy}). ${record.description}` : `${record.name}: ${record.description}`,
  ...(record.deprecated ? { deprecated: true as const } : {}),
});

const createDef = (pattern: string, description: string, alternatives: IdAlternative[]): TaxonomyDef => ({
  type: 'string',
  pattern,
  description,
  enum: alternatives.map((alternative) => alternative.const),
  anyOf: alternatives,
});

/** Generated from the taxonomy data (scripts/taxonomy-schema.mjs writes them into schemas/manifest.schema.json). */
export function createTaxonomyDefs(): Record<TaxonomyDefName, TaxonomyDef> {
  return {
    dataCategory: createDef(DOTTED_ID_PATTERN, 'A fideslang data category id (the fideslang 3.x default taxonomy).', DATA_CATEGORIES.map(toAlternative)),
    dataUse: createDef(DOTTED_ID_PATTERN, 'A fideslang data use id (the fideslang 3.x default taxonomy).', DATA_USES.map(toAlternative)),
    dataSubject: createDef(
      '^[a-z][a-z0-9_]*$',
      'A fideslang data subject id (the fideslang 3.x default taxonomy).',
      DATA_SUBJECTS.map((subject) => ({ const: subject.id, description: subject.name.en })),
    ),
  };
}
