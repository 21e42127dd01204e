import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_OK, PrivlintError } from '../errors.js';
import { dedupeFindings, dedupeGaps } from '../findings/index.js';
import type { Finding, Gap, ScanResult, SkippedFile } from '../model.js';
import { resolveColor, type CommandIO } from './context.js';
import type { MergeCommandOptions } from './merge.js';
import { pairOutputs, writeOutputs } from './output.js';
import { loadScanRenderer } from './run-scan.js';
import type { ScanFormat, ShardInfo } from './scan.js';

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
    },
    findings,
    gaps,
  };
}

function checkShardSet(shards: readonly ShardReport[]): void {
  const first = shards[0]!;
  const { count } = first.shard;
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
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new PrivlintError('E_USAGE', `Shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing; pass the reports of all ${count} shards.`);
  }
}

/** `shown`: the path as the user gave it, for messages. */
function readShardReport(path: string, shown: string): ShardReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PrivlintError('E_USAGE', `Cannot read ${shown} (${(error as NodeJS.ErrnoException).code ?? 'error'}); pass the JSON reports written by privlint scan --shard K/N --format json.`);
  }
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
  if (!Array.isArray(report.findings) || !Array.isArray(report.gaps) || !report.summary || !Array.isArray(report.summary.skipped) || !Array.isArray(report.summary.partlyParsed)) {
    throw new PrivlintError('E_USAGE', `${shown}:1:1 lacks findings, gaps or its summary; pass the reports written by privlint scan --shard K/N --format json, unchanged.`);
  }
  const { shard: _shard, ...rest } = report;
  return {
    file: shown,
    shard: { index: shard.index!, count: shard.count!, settings: shard.settings, analysed: shard.analysed ?? 0 },
    result: { ...(rest as ScanResult), findings: report.findings as Finding[], gaps: report.gaps as Gap[] },
  };
}

function toLineColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
