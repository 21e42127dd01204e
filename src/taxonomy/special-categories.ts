import type { SpecialCategoryKind } from './types.js';

/**
 * Roots of the fideslang subtrees that hold GDPR Art. 9 data. Every descendant of a root is special too
 * (the most specific root wins, so `user.health_and_medical.genetic` is genetic, not health).
 * Ancestors are NOT special: a field declared as `user.demographic` may or may not hold political opinions,
 * and calling every demographic field special would bury the real cases. fideslang has no category for
 * trade-union membership, so no id maps to that kind.
 */
export const SPECIAL_CATEGORY_ROOTS: Readonly<Record<string, SpecialCategoryKind>> = {
  'user.health_and_medical': 'health',
  'user.health_and_medical.genetic': 'genetic',
  'user.biometric': 'biometric',
  'user.biometric.health': 'health',
  'user.authorization.biometric': 'biometric',
  'user.demographic.race_ethnicity': 'racial-or-ethnic-origin',
  'user.demographic.political_opinion': 'political-opinions',
  'user.demographic.religious_belief': 'religious-or-philosophical-beliefs',
  'user.demographic.sexual_orientation': 'sex-life-or-sexual-orientation',
};
