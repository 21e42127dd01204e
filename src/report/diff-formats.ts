/** The formats of `privlint diff`, apart from the reporters so that registering the command loads none of them. */
export const DIFF_FORMATS = ['pretty', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
