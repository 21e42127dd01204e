export const EXPORT_TARGETS = ['apple', 'play', 'ropa', 'fides', 'json'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];
