import { isSpecialCategory } from '../../taxonomy/index.js';
import type { ProblemDraft, Rule } from './types.js';

export const specialCategoryBasis: Rule = {
  meta: {
    id: 'special-category-basis',
    defaultSeverity: 'error',
    description: 'Special-category data (GDPR Art. 9) is used for a purpose whose legal basis is not consent and that names no Art. 9(2) ground.',
    help: 'Health, biometric, genetic and other Art. 9 data need explicit consent or another Art. 9(2) ground for every purpose they serve: set the purpose\'s `legalBasis: consent` or its `specialCategoryGround`, or stop using the data for it.',
  },
  check({ loaded, findings }) {
    const { manifest } = loaded;
    // A field is special when its own category is, or when code shows special data that only it covers
    // (a field of `user` covering a finding of `user.health_and_medical`).
    const special = new Map<string, string>();
    for (const field of Object.values(manifest.fields)) {
      if (isSpecialCategory(field.category)) special.set(field.id, field.category);
    }
    for (const { finding, field } of findings) {
      if (field !== undefined && !special.has(field.id) && isSpecialCategory(finding.category)) special.set(field.id, finding.category);
    }
    const drafts: ProblemDraft[] = [];
    for (const [fieldId, category] of [...special].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const field = manifest.fields[fieldId]!;
      field.purposes.forEach((purposeId, index) => {
        const purpose = manifest.purposes[purposeId];
        if (purpose === undefined || purpose.legalBasis === 'consent' || purpose.specialCategoryGround !== undefined) return;
        const location = loaded.locate(['fields', fieldId, 'purposes', index]);
        drafts.push({
          rule: 'special-category-basis',
          location,
          category,
          field: fieldId,
          recipient: null,
          subject: `fields.${fieldId}.purposes.${purposeId}`,
          manifestLocation: loaded.locate(['purposes', purposeId, 'legalBasis']),
          message: `Field \`${fieldId}\` is special-category data (${category}) used for purpose \`${purposeId}\`, whose legal basis is ${purpose.legalBasis ?? "not chosen yet"} with no \`specialCategoryGround\`.`,
          help: `set \`purposes.${purposeId}.legalBasis: consent\` or add \`specialCategoryGround\` (an Art. 9(2) ground) to it in ${loaded.file}, or remove \`${purposeId}\` from \`fields.${fieldId}.purposes\``,
          confidence: 'high',
        });
      });
    }
    return drafts;
  },
};
