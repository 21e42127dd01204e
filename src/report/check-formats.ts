/** The formats of `privlint check`, apart from the reporters so that registering the command loads none of them. */
export const CHECK_FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown', 'gitlab', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const isCheckFormat = (format: string): format is CheckFormat => (CHECK_FORMATS as readonly string[]).includes(format);
