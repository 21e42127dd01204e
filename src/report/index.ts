import type { CheckResult } from '../model.js';
import type { CheckFormat } from './check-formats.js';
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Reporter, ReportContext } from './types.js';

export type { Reporter, ReportContext } from './types.js';
export { toCheckJson } from './json.js';

export { CHECK_FORMATS, isCheckFormat, type CheckFormat } from './check-formats.js';

const REPORTERS: Record<CheckFormat, Reporter> = { pretty, json, sarif, github, markdown };

export const formatCheckResult = (format: CheckFormat, result: CheckResult, ctx: ReportContext): string => REPORTERS[format](result, ctx);
