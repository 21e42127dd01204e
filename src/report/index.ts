import type { CheckResult } from '../model.js';
import type { CheckFormat } from './check-formats.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Reporter, ReportContext } from './types.js';

export type { Reporter, ReportContext } from './types.js';
export { toCheckJson } from './json.js';

export { CHECK_FORMATS, isCheckFormat, type CheckFormat } from './check-formats.js';

const REPORTERS: Record<CheckFormat, Reporter> = { pretty, json, sarif, github, markdown, gitlab, junit };

export const formatCheckResult = (format: CheckFormat, result: CheckResult, ctx: ReportContext): string => REPORTERS[format](result, ctx);
