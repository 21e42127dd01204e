import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDefaultCacheLocation, hashData } from '../cache/scan-cache.js';
import { EXIT_OK, EXIT_PROBLEMS, PrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import type { ScanTimings } from '../findings/index.js';
import { getAliasTable } from '../manifest/aliases.js';
import { findOptionalManifest } from '../manifest/discover.js';
import type { LoadedManifest } from '../manifest/types.js';
import type { Finding, ScanResult } from '../model.js';
import type { ScanReportContext } from '../report/scan-json.js';
import { resolveColor, type CommandIO } from './context.js';
import { describeUnfollowed, pairOutputs, writeOutputs } from './output.js';
import type { ScanCommandOptions, ScanFormat, ShardInfo } from './scan.js';

/** `privlint scan`: what the command does once commander has parsed it; returns the exit code. */
export async function runScan(dir: string, options: ScanCommandOptions, io: CommandIO): Promise<number> {
  const root = resolve(io.cwd, dir);
  if (options.shard && (options.explain !== undefined || options.format.length !== 1 || options.format[0] !== 'json')) {
    throw new PrivlintError('E_USAGE', `--shard ${options.shard.index}/${options.shard.count} writes a partial report for privlint merge; use it with exactly one --format json (and no --explain).`);
  }
  const manifest = await loadOptionalManifest(root, options.manifest, io);
  const showProgress = io.stderrIsTTY && !options.quiet;
  const settings = {
    ...(manifest ? { sdks: manifest.manifest.scan.sdks, aliases: getAliasTable(manifest.manifest) } : {}),
    types: options.types,
  };
  let timings: ScanTimings | undefined;
  const explainLine = options.explain !== undefined ? parseExplainTarget(options.explain) : undefined;
  const result = await scan({
    root,
    ...(explainLine ? { explainLine } : {}),
    ...(manifest?.manifest.scan.include ? { include: manifest.manifest.scan.include } : {}),
    ...(manifest?.manifest.scan.exclude ? { exclude: manifest.manifest.scan.exclude } : {}),
    ...settings,
    ...(options.cache ? { cache: { location: options.cacheLocation === undefined ? getDefaultCacheLocation() : resolve(io.cwd, options.cacheLocation) } } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(showProgress ? { onProgress: (done: number, total: number) => io.stderr(`\rprivlint: scanning ${done}/${total} files`) } : {}),
    onTimings: (measured) => {
      timings = measured;
    },
    onNotice: (message) => {
      if (!options.quiet) io.stderr(`privlint: ${message}\n`);
    },
  });
  if (showProgress) io.stderr('\r\u001b[K');
  const reportStarted = performance.now();
  const shown: ScanResult = {
    ...result,
    root: relative(io.cwd, root).split('\\').join('/') || '.',
    // With a manifest at hand, each finding names the field that covers it (DESIGN.md `field`), as check does.
    ...(manifest ? { findings: await withCoveringFields(result.findings, manifest) } : {}),
  };
  const color = resolveColor(options.color === false ? false : undefined, io);
  if (options.explain !== undefined) {
    io.stdout(formatExplanation(shown, options.explain));
  } else if (options.shard) {
    const analysed = (timings?.files.analysed ?? 0) + (timings?.files.fromCache ?? 0);
    const scope = { include: manifest?.manifest.scan.include ?? null, exclude: manifest?.manifest.scan.exclude ?? null };
    const shard: ShardInfo = { ...options.shard, settings: hashData({ ...settings, ...scope }), analysed };
    const targets = pairOutputs(options.format, options.output, 'json', io, options.reports);
    const { toScanJson } = await import('../report/scan-json.js');
    writeOutputs(targets, () => `${JSON.stringify({ ...toScanJson(shown), shard }, null, 2)}\n`, options.quiet ? { ...io, stderrIsTTY: false } : io);
  } else {
    const targets = pairOutputs(options.format, options.output, 'pretty', io, options.reports);
    const formats = targets.map((target) => target.format);
    const render = await loadScanRenderer(formats);
    // The data map marks the flows the manifest leaves out; findings stay the same with or without one.
    const map = manifest && formats.some((format) => format === 'mermaid' || format === 'markdown') ? await judgeFlows(result, manifest, root) : {};
    writeOutputs(
      targets,
      (format) =>
        render(format as ScanFormat, shown, { color: color && !targets.some((t) => t.format === format && t.file), verbose: options.verbose === true, ...map }),
      options.quiet ? { ...io, stderrIsTTY: false } : io,
    );
  }
  if (options.timings && timings) io.stderr(formatTimings(timings, performance.now() - reportStarted));
  const unfollowed = describeUnfollowed(result.gaps.length, result.summary.skipped.length);
  if (!options.failOnGaps || unfollowed === undefined) return EXIT_OK;
  io.stderr(`privlint: ${unfollowed} (--fail-on-gaps).\n`);
  return EXIT_PROBLEMS;
}

/** `--timings`: one stage a line, milliseconds, on standard error. */
export function formatTimings(timings: ScanTimings, reportMs: number): string {
  const stages: [string, number][] = [
    ['list', timings.list],
    ['read', timings.read],
    ['cache', timings.cache],
    ['parse', timings.parse],
    ['analyse', timings.analyse],
    ['types', timings.types],
    ['report', reportMs],
  ];
  const { total, analysed, fromCache, parsed, typed } = timings.files;
  return [
    'privlint: time per stage',
    ...stages.map(([stage, ms]) => `  ${stage.padEnd(8)}${Math.round(ms).toString().padStart(8)} ms`),
    `  files ${total} (${analysed} analysed, ${fromCache} from the cache${total - analysed - fromCache > 0 ? `, ${total - analysed - fromCache} in other shards` : ''}; ${parsed} parsed; ${timings.threads} thread${timings.threads === 1 ? '' : 's'})`,
    `  type checker asked by ${typed} of the analysed files`,
    '',
  ].join('\n');
}

export type ScanRenderer = (format: ScanFormat, result: ScanResult, ctx: ScanReportContext) => string;

/** Loads the reporters of the formats asked for only: pretty and markdown pull in chalk, a JSON report needs neither. */
export async function loadScanRenderer(formats: readonly string[]): Promise<ScanRenderer> {
  const [json, markdown, mermaid, pretty] = await Promise.all([
    formats.includes('json') ? import('../report/scan-json.js') : undefined,
    formats.includes('markdown') ? import('../report/scan-markdown.js') : undefined,
    formats.includes('mermaid') ? import('../report/scan-mermaid.js') : undefined,
    formats.some((format) => format !== 'json' && format !== 'markdown' && format !== 'mermaid') ? import('../report/scan-pretty.js') : undefined,
  ]);
  return (format, result, ctx) => {
    if (format === 'json') return json!.formatScanJson(result, ctx);
    if (format === 'markdown') return markdown!.formatScanMarkdown(result, ctx);
    if (format === 'mermaid') return mermaid!.formatScanMermaid(result, ctx);
    return pretty!.formatScanPretty(result, ctx);
  };
}

/** The YAML parser and the schema validator load only when there is a manifest to read. */
async function loadOptionalManifest(root: string, explicit: string | undefined, io: CommandIO): Promise<LoadedManifest | undefined> {
  const path = findOptionalManifest(root, explicit, io.cwd);
  if (path === undefined) return undefined;
  const { loadManifest } = await import('../manifest/index.js');
  return loadManifest(path, { root: io.cwd });
}

/** What `check` would say about the scan, for the data map's undeclared marks (suppression comments apply). */
async function judgeFlows(result: ScanResult, loaded: LoadedManifest, root: string): Promise<Pick<ScanReportContext, 'problems' | 'manifest'>> {
  const { createSourceReader, evaluate } = await import('../problems/index.js');
  return { problems: evaluate(result, loaded, { readSource: createSourceReader(root) }).problems, manifest: loaded.manifest };
}

async function withCoveringFields(findings: readonly Finding[], loaded: LoadedManifest): Promise<Finding[]> {
  const coverage = await import('../problems/coverage.js');
  return coverage.withCoveringFields(loaded.manifest, findings);
}

function parseExplainTarget(target: string): { file: string; line: number } {
  const match = /^(.+?):(\d+)$/.exec(target.trim());
  if (!match) throw new PrivlintError('E_USAGE', `--explain ${target} is not a file:line; give it as src/signup.ts:12.`);
  return { file: match[1]!.replace(/^\.\//, '').split('\\').join('/'), line: Number(match[2]) };
}

/** `--explain src/signup.ts:12`: each finding and gap on that line, with the name, type or alias that decided it. */
export function formatExplanation(result: ScanResult, target: string): string {
  const { file, line } = parseExplainTarget(target);
  const findings = result.findings.filter((finding) => finding.location.file === file && finding.location.line === line);
  const gaps = result.gaps.filter((gap) => gap.location.file === file && gap.location.line === line);
  if (findings.length === 0 && gaps.length === 0) {
    const calls = result.explainedCalls ?? [];
    if (calls.length === 0) return `${file}:${line}: no findings and no gaps on this line, and no call.\n`;
    const lines = [`${file}:${line}: no findings and no gaps on this line. Its calls:`];
    for (const call of calls) lines.push(`${file}:${line}:${call.column} ${call.call}()`, `  resolved to ${call.resolvedTo}`, `  not a finding: ${call.why}`);
    return `${lines.join('\n')}\n`;
  }
  const lines: string[] = [];
  for (const finding of findings) {
    const { kind, recipient, api } = finding.sink;
    lines.push(`${file}:${line}:${finding.location.column} ${finding.category} → ${kind}${recipient ? ` (${recipient})` : ''} via ${api}`);
    const evidence = finding.evidence;
    if (evidence) {
      const how = evidence.by === 'name' ? 'the name' : evidence.by === 'type' ? 'a member of its type' : evidence.by === 'alias' ? 'a manifest alias' : 'the API';
      lines.push(`  because ${how} \`${evidence.matched}\` matched "${evidence.term}"${evidence.detail ? ` (${evidence.detail})` : ''}; confidence ${finding.confidence}`);
    }
    lines.push(`  expression: ${finding.expression}`);
    for (const step of finding.trace) lines.push(`  via ${step.file}:${step.line}:${step.column} ${step.note}`);
  }
  for (const gap of gaps) lines.push(`${file}:${line}:${gap.location.column} gap (${gap.categories.join(', ')}): ${gap.reason}`);
  return `${lines.join('\n')}\n`;
}
