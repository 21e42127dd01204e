import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { readRegularFile } from '../fs/read-file.js';
import { EXIT_OK, PrivlintError } from '../errors.js';
import { dedupeFindings, dedupeGaps } from '../findings/index.js';
import type { Finding, Gap, ScanResult, SkippedFile } from '../model.js';
import { resolveColor, type CommandIO } from './context.js';
import type { MergeCommandOptions } from './merge.js';
import { pairOutputs, writeOutputs } from './output.js';
import { loadScanRenderer } from './run-scan.js';
import type { ScanFormat, ShardInfo } from './scan.js';
import { listRecipientCandidates } from '../findings/recipient-candidates.js';

const require = createRequire(import.meta.url);
const REPORT_SCHEMA_URL = new URL('../../schemas/report.schema.json', import.meta.url);

/** A shard report as `scan --shard K/N --format json` writes it. */
interface ShardReport {
  file: string;
  shard: ShardInfo;
  result: ScanResult;
}

/** `privlint merge`: reads the shard reports, merges them and writes the report of the whole project. */
export async function runMerge(reports: string[], options: MergeCommandOptions, io: CommandIO): Promise<number> {
  const shards = reports.map((report) => readShardReport(resolve(io.cwd, report), report));
  const result = mergeShardReports(shards);
  const color = resolveColor(options.color === false ? false : undefined, io);
  const targets = pairOutputs(options.format, options.output, 'pretty', io, options.reports);
  const render = await loadScanRenderer(targets.map((target) => target.format));
  writeOutputs(targets, (format) => render(format as ScanFormat, result, { color: color && !targets.some((t) => t.format === format && t.file) }), io);
  return EXIT_OK;
}

/**
 * The report of the whole project. Each shard analysed its own files with the whole project readable, so its
 * findings are final; merging is the same deduplication and sort a full scan ends with. Only `durationMs` differs
 * from a full scan: it is the slowest shard's.
 */
export function mergeShardReports(shards: readonly ShardReport[]): ScanResult {
  checkShardSet(shards);
  const first = shards[0]!.result;
  const findings = dedupeFindings(shards.flatMap((shard) => shard.result.findings));
  const gaps = dedupeGaps(shards.flatMap((shard) => shard.result.gaps));
  const skipped = new Map<string, SkippedFile>();
  for (const shard of shards) for (const entry of shard.result.summary.skipped) skipped.set(`${entry.file}\u0000${entry.reason}`, entry);
  return {
    schemaVersion: 1,
    tool: first.tool,
    root: first.root,
    summary: {
      files: first.summary.files,
      findings: findings.length,
      gaps: gaps.length,
      durationMs: Math.max(...shards.map((shard) => shard.result.summary.durationMs)),
      skipped: [...skipped.values()].sort((a, b) => compareText(a.file, b.file) || compareText(a.reason, b.reason)),
      partlyParsed: [...new Set(shards.flatMap((shard) => shard.result.summary.partlyParsed))].sort(),
      // Every shard reads the whole repository the same way.
      ...(first.summary.project ? { project: first.summary.project } : {}),
      // Each shard counted only its own calls: the whole project's candidates come from the merged findings and gaps.
      ...(shards.some((shard) => shard.result.summary.recipientCandidates) ? { recipientCandidates: listRecipientCandidates(findings, gaps) } : {}),
    },
    findings,
    gaps,
  };
}

function checkShardSet(shards: readonly ShardReport[]): void {
  const first = shards[0]!;
  const { count } = first.shard;
  for (const shard of shards) {
    if (shard.shard.index > shard.shard.count) {
      throw new PrivlintError('E_USAGE', `${shard.file} says it is shard ${shard.shard.index}/${shard.shard.count}, which does not exist; pass the reports of privlint scan --shard K/N, unchanged.`);
    }
  }
  for (const shard of shards) {
    const differs = (what: string, mine: unknown, theirs: unknown) => {
      throw new PrivlintError(
        'E_USAGE',
        `${shard.file} was scanned with ${what} ${String(mine)}, but ${first.file} with ${String(theirs)}; merge the shards of one run only.`,
      );
    };
    if (shard.shard.count !== count) differs('--shard count', shard.shard.count, count);
    if (shard.result.tool.version !== first.result.tool.version) differs('privlint', shard.result.tool.version, first.result.tool.version);
    if (shard.shard.settings !== first.shard.settings) differs('settings (aliases, scan.sdks, scan.include and exclude, --no-types) hashed as', shard.shard.settings, first.shard.settings);
    if (shard.result.summary.files !== first.result.summary.files) differs('a file count of', shard.result.summary.files, first.result.summary.files);
  }
  const byIndex = new Map<number, string>();
  for (const shard of shards) {
    const earlier = byIndex.get(shard.shard.index);
    if (earlier !== undefined) throw new PrivlintError('E_USAGE', `${earlier} and ${shard.file} are both shard ${shard.shard.index}/${count}; give each shard once.`);
    byIndex.set(shard.shard.index, shard.file);
  }
  // Every index is within 1..count and given once, so with fewer reports than `count` some are missing; the list
  // is built only then, and only as long as the reports given (a forged count of 1e9 costs nothing).
  if (shards.length < count) {
    const missing: number[] = [];
    for (let index = 1; index <= count && missing.length < 10; index++) if (!byIndex.has(index)) missing.push(index);
    const more = count - shards.length > missing.length ? ` and ${count - shards.length - missing.length} more` : '';
    throw new PrivlintError('E_USAGE', `Shard${missing.length === 1 && more === '' ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')}${more} ${missing.length === 1 && more === '' ? 'is' : 'are'} missing; pass the reports of all ${count} shards.`);
  }
  // Each file is analysed by exactly one shard: a shard relabelled (2/3 passed off as 1/1) leaves files unaccounted for.
  const analysed = shards.reduce((sum, shard) => sum + shard.shard.analysed, 0);
  if (analysed !== first.result.summary.files) {
    throw new PrivlintError(
      'E_USAGE',
      `The shards analysed ${analysed} files in all, but the project has ${first.result.summary.files}; a shard report is missing, repeated or relabelled. Pass the unchanged reports of one run of privlint scan --shard K/N, for every K.`,
    );
  }
}

/** Reports larger than this were not written by privlint for any project it can scan. */
const MAX_REPORT_BYTES = 1024 * 1024 * 1024;

let shardReportValidator: ValidateFunction | undefined;

/**
 * The first way a document departs from a scan shard report: the scan part of schemas/report.schema.json (its
 * finding, gap and location definitions, the scan summary fields) plus the shard block. Undefined when it conforms.
 */
function findSchemaError(document: unknown): string | undefined {
  if (shardReportValidator === undefined) {
    const schema = JSON.parse(readFileSync(REPORT_SCHEMA_URL, 'utf8')) as { $defs: Record<string, unknown>; properties: Record<string, { properties?: Record<string, unknown> }> };
    const summaryProperties = schema.properties.summary!.properties!;
    const summaryFields = ['files', 'findings', 'gaps', 'durationMs', 'skipped', 'partlyParsed'];
    const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
    shardReportValidator = new Ajv({ strict: false, allErrors: false }).compile({
      $defs: schema.$defs,
      type: 'object',
      additionalProperties: false,
      required: ['schemaVersion', 'tool', 'root', 'summary', 'findings', 'gaps', 'shard'],
      properties: {
        schemaVersion: schema.properties.schemaVersion,
        tool: schema.properties.tool,
        root: schema.properties.root,
        findings: schema.properties.findings,
        gaps: schema.properties.gaps,
        summary: {
          type: 'object',
          additionalProperties: false,
          required: summaryFields,
          // `project` (how the repository was read) and `recipientCandidates` are optional.
          properties: Object.fromEntries([...summaryFields, 'project', 'recipientCandidates'].map((field) => [field, summaryProperties[field]])),
        },
        shard: {
          type: 'object',
          additionalProperties: false,
          required: ['index', 'count', 'settings', 'analysed'],
          properties: {
            index: { type: 'integer', minimum: 1 },
            count: { type: 'integer', minimum: 1, maximum: 100_000 },
            settings: { type: 'string' },
            analysed: { type: 'integer', minimum: 0 },
          },
        },
      },
    });
  }
  if (shardReportValidator(document)) return undefined;
  const [error] = shardReportValidator.errors ?? [];
  const where = error?.instancePath ? `the value at ${error.instancePath}` : 'the document';
  return `${where} ${error?.message ?? 'is not a shard report'}`;
}

/** `shown`: the path as the user gave it, for messages. */
function readShardReport(path: string, shown: string): ShardReport {
  // Named on the command line, so a link is followed; a device, pipe or runaway file is refused before it is read.
  const read = readRegularFile(path, undefined, MAX_REPORT_BYTES);
  if ('reason' in read) {
    throw new PrivlintError('E_USAGE', `Cannot read ${shown} (${read.reason}); pass the JSON reports written by privlint scan --shard K/N --format json.`);
  }
  const text = read.bytes.toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // Node names the offset for most syntax errors ("… in JSON at position 41"), not for all.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const at = position ? `:${toLineColumn(text, Number(position[1]))}` : '';
    throw new PrivlintError('E_USAGE', `${shown}${at} is not valid JSON; pass the reports written by privlint scan --shard K/N --format json, unchanged.`);
  }
  const report = document as Partial<ScanResult> & { shard?: Partial<ShardInfo> };
  const shard = report.shard;
  if (typeof report !== 'object' || report === null || report.schemaVersion !== 1 || report.tool?.name !== 'privlint') {
    throw new PrivlintError('E_USAGE', `${shown}:1:1 is not a privlint scan report; pass the reports written by privlint scan --shard K/N --format json.`);
  }
  if (!shard || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || typeof shard.settings !== 'string') {
    throw new PrivlintError('E_USAGE', `${shown}:1:1 is a scan report without a shard block; produce one report per slice with privlint scan --shard K/N --format json.`);
  }
  const invalid = findSchemaError(document);
  if (invalid !== undefined) {
    throw new PrivlintError('E_USAGE', `${shown}: ${invalid}, which the report schema does not allow; pass the reports written by privlint scan --shard K/N --format json, unchanged.`);
  }
  const { shard: _shard, ...rest } = report;
  return {
    file: shown,
    shard: { index: shard.index!, count: shard.count!, settings: shard.settings!, analysed: shard.analysed! },
    result: { ...(rest as ScanResult), findings: report.findings as Finding[], gaps: report.gaps as Gap[] },
  };
}

function toLineColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
