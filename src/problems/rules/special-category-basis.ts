import { isSpecialCategory } from '../../taxonomy/index.js';
import type { ProblemDraft, Rule } from './types.js';

export const specialCategoryBasis: Rule = {
  meta: {
    id: 'special-category-basis',
    defaultSeverity: 'error',
    description: 'Special-category data (GDPR Art. 9) is used for a purpose that names no Art. 9(2) condition; ordinary consent is not one.',
    help: 'Health, biometric, genetic and other Art. 9 data need an Art. 9(2) condition for every purpose they serve (explicit consent under Art. 9(2)(a), not just consent under Art. 6(1)(a)): set the purpose\'s `specialCategoryGround`, or stop using the data for it.',
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
        if (purpose === undefined || purpose.specialCategoryGround !== undefined) return;
        const location = loaded.locate(['fields', fieldId, 'purposes', index]);
        drafts.push({
          rule: 'special-category-basis',
          location,
          category,
          field: fieldId,
          recipient: null,
          subject: `fields.${fieldId}.purposes.${purposeId}`,
          manifestLocation: loaded.locate(['purposes', purposeId, 'legalBasis']),
          message: `Field \`${fieldId}\` is special-category data (${category}, GDPR Art. 9(1)) used for purpose \`${purposeId}\`, whose legal basis is ${purpose.legalBasis ?? 'not chosen yet'} with no Art. 9(2) condition (\`specialCategoryGround\`)${purpose.legalBasis === 'consent' ? '; ordinary consent is not the explicit consent Art. 9(2)(a) asks for' : ''}.`,
          help: `add \`specialCategoryGround\` (explicit-consent, health-or-social-care, ...: an Art. 9(2) condition) to \`purposes.${purposeId}\` in ${loaded.file}, or remove \`${purposeId}\` from \`fields.${fieldId}.purposes\``,
          confidence: 'high',
        });
      });
    }
    return drafts;
  },
};
