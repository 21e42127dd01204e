/** One node of a fideslang tree as the data files list it; the parent follows from the dotted id. */
export interface TaxonomyRecord {
  id: string;
  name: string;
  description: string;
  deprecated?: boolean;
  replacedBy?: string;
}

export interface TaxonomyEntry {
  id: string;
  name: string;
  description: string;
  /** The id one level up, or undefined for a root such as `user`. */
  parent: string | undefined;
  deprecated?: boolean;
  replacedBy?: string;
}

/** GDPR Art. 9(1) special categories of personal data. */
export type SpecialCategoryKind =
  | 'health'
  | 'biometric'
  | 'genetic'
  | 'racial-or-ethnic-origin'
  | 'political-opinions'
  | 'religious-or-philosophical-beliefs'
  | 'sex-life-or-sexual-orientation'
  | 'trade-union-membership';
