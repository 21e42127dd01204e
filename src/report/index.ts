import type { CheckResult } from '../model.js';
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Reporter, ReportContext } from './types.js';

export type { Reporter, ReportContext } from './types.js';
export { toCheckJson } from './json.js';

export const CHECK_FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

const REPORTERS: Record<CheckFormat, Reporter> = { pretty, json, sarif, github, markdown };

export const isCheckFormat = (format: string): format is CheckFormat => (CHECK_FORMATS as readonly string[]).includes(format);

export const formatCheckResult = (format: CheckFormat, result: CheckResult, ctx: ReportContext): string => REPORTERS[format](result, ctx);
