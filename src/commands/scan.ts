import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Option } from 'commander';
import { getDefaultCacheLocation, hashData } from '../cache/scan-cache.js';
import { EXIT_OK, EXIT_PROBLEMS, PrivlintError, isPrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import type { ScanTimings } from '../findings/index.js';
import { findManifest, loadManifest } from '../manifest/index.js';
import type { LoadedManifest } from '../manifest/index.js';
import type { ScanResult } from '../model.js';
import { parseShard } from '../project/index.js';
import type { Shard } from '../project/index.js';
import { formatScanJson, toScanJson } from '../report/scan-json.js';
import { formatScanMarkdown } from '../report/scan-markdown.js';
import { formatScanPretty } from '../report/scan-pretty.js';
import { debugOption, manifestOption, resolveColor, type CommandIO, type Registration } from './context.js';
import { pairOutputs, writeOutputs } from './output.js';
import { getCoveringField } from '../problems/coverage.js';

export const SCAN_FORMATS = ['pretty', 'json', 'markdown'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

interface ScanCommandOptions {
  format: string[];
  output: string[];
  manifest?: string;
  types: boolean;
  explain?: string;
  failOnGaps?: boolean;
  color?: boolean;
  quiet?: boolean;
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  timings?: boolean;
}

/** What `scan --shard K/N --format json` adds to its report, for `privlint merge` to check and combine. */
export interface ShardInfo {
  index: number;
  count: number;
  /** Hash of what changes findings besides the code (aliases, extra SDKs, include/exclude, --no-types): shards must agree on it. */
  settings: string;
  /** Files this shard analysed (its slice). */
  analysed: number;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerScan({ program, io, setExitCode }: Registration): void {
  program
    .command('scan')
    .description('inventory: every place the code collects, stores, logs or sends personal data (needs no manifest)')
    .argument('[dir]', 'the project folder to scan', '.')
    .addOption(new Option('--format <format>', `report format: ${SCAN_FORMATS.join(', ')} (repeat, with --output, for several reports)`).argParser(collectFormat).default([], 'pretty'))
    .addOption(new Option('--output <file>', 'write the report to a file (pairs with --format by position)').argParser(collect).default([], 'standard output'))
    .addOption(manifestOption())
    .option('--no-types', 'do not use the type checker to expand objects passed whole (faster, fewer findings)')
    .option('--explain <file:line>', 'say why each finding on that line was classified as it was')
    .option('--fail-on-gaps', 'exit 1 when personal data goes where privlint cannot follow')
    .option('--no-color', 'print without colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--quiet', 'print nothing but the report (no progress, no file notices)')
    .option('--no-cache', 'analyse every file again instead of reusing the results of unchanged files')
    .option('--cache-location <dir>', 'where to keep the cache (default: node_modules/.cache/privlint, or the temp folder without node_modules)')
    .addOption(new Option('--shard <K/N>', 'analyse only the K-th of N slices of the files, for `privlint merge` (needs --format json)').argParser(parseShard))
    .option('--timings', 'print the time each stage took (list, read, cache, parse, analyse, types, report) to standard error')
    .addOption(debugOption())
    .addHelpText(
      'after',
      [
        '',
        'Sharding a large repository across CI jobs (GitHub Actions matrix):',
        '  strategy: { matrix: { shard: [1, 2, 3, 4] } }',
        '  steps: - run: npx privlint scan --shard ${{ matrix.shard }}/4 --format json --output shard-${{ matrix.shard }}.json',
        '         - uses: actions/upload-artifact@v4  (name: shard-${{ matrix.shard }}, path: shard-${{ matrix.shard }}.json)',
        '  then one job: download the artifacts, and run: npx privlint merge shard-*.json --format json --output privlint.json',
      ].join('\n'),
    )
    .action(async (dir: string, options: ScanCommandOptions) => {
      const root = resolve(io.cwd, dir);
      if (options.shard && (options.explain !== undefined || options.format.length !== 1 || options.format[0] !== 'json')) {
        throw new PrivlintError('E_USAGE', `--shard ${options.shard.index}/${options.shard.count} writes a partial report for privlint merge; use it with exactly one --format json (and no --explain).`);
      }
      const manifest = loadOptionalManifest(root, options.manifest, io);
      const showProgress = io.stderrIsTTY && !options.quiet;
      const settings = {
        ...(manifest ? { sdks: manifest.manifest.scan.sdks, aliases: toAliasTable(manifest) } : {}),
        types: options.types,
      };
      let timings: ScanTimings | undefined;
      const result = await scan({
        root,
        ...(manifest?.manifest.scan.include ? { include: manifest.manifest.scan.include } : {}),
        ...(manifest?.manifest.scan.exclude ? { exclude: manifest.manifest.scan.exclude } : {}),
        ...settings,
        ...(options.cache ? { cache: { location: options.cacheLocation === undefined ? getDefaultCacheLocation(root) : resolve(io.cwd, options.cacheLocation) } } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
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
        ...(manifest ? { findings: result.findings.map((finding) => ({ ...finding, field: getCoveringField(manifest.manifest, finding.category)?.id ?? null })) } : {}),
      };
      const color = resolveColor(options.color === false ? false : undefined, io);
      if (options.explain !== undefined) {
        io.stdout(formatExplanation(shown, options.explain));
      } else if (options.shard) {
        const analysed = (timings?.files.analysed ?? 0) + (timings?.files.fromCache ?? 0);
        const scope = { include: manifest?.manifest.scan.include ?? null, exclude: manifest?.manifest.scan.exclude ?? null };
        const shard: ShardInfo = { ...options.shard, settings: hashData({ ...settings, ...scope }), analysed };
        const targets = pairOutputs(options.format, options.output, 'json', io);
        writeOutputs(targets, () => `${JSON.stringify({ ...toScanJson(shown), shard }, null, 2)}\n`, options.quiet ? { ...io, stderrIsTTY: false } : io);
      } else {
        const targets = pairOutputs(options.format, options.output, 'pretty', io);
        writeOutputs(targets, (format) => render(format as ScanFormat, shown, { color: color && !targets.some((t) => t.format === format && t.file) }), options.quiet ? { ...io, stderrIsTTY: false } : io);
      }
      if (options.timings && timings) io.stderr(formatTimings(timings, performance.now() - reportStarted));
      setExitCode(options.failOnGaps && result.gaps.length > 0 ? EXIT_PROBLEMS : EXIT_OK);
    });
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
  const { total, analysed, fromCache, parsed } = timings.files;
  return [
    'privlint: time per stage',
    ...stages.map(([stage, ms]) => `  ${stage.padEnd(8)}${Math.round(ms).toString().padStart(8)} ms`),
    `  files ${total} (${analysed} analysed, ${fromCache} from the cache${total - analysed - fromCache > 0 ? `, ${total - analysed - fromCache} in other shards` : ''}; ${parsed} parsed)`,
    '',
  ].join('\n');
}

function collectFormat(value: string, previous: string[] | undefined): string[] {
  if (!(SCAN_FORMATS as readonly string[]).includes(value)) {
    throw new PrivlintError('E_USAGE', `--format ${value} is not a scan format; use one of: ${SCAN_FORMATS.join(', ')}.`);
  }
  return [...(previous ?? []), value];
}

export function render(format: ScanFormat, result: ScanResult, ctx: { color: boolean }): string {
  if (format === 'json') return formatScanJson(result, ctx);
  if (format === 'markdown') return formatScanMarkdown(result, ctx);
  return formatScanPretty(result, ctx);
}

/** A manifest is optional for `scan`: used when found (aliases, include/exclude, extra SDKs), never required. */
function loadOptionalManifest(root: string, explicit: string | undefined, io: CommandIO): LoadedManifest | undefined {
  let path: string;
  try {
    path = findManifest(root, explicit, io.cwd);
  } catch (error) {
    if (explicit === undefined && isPrivlintError(error) && error.code === 'E_MANIFEST_NOT_FOUND') return undefined;
    throw error;
  }
  return loadManifest(path, { root: io.cwd });
}

function toAliasTable(loaded: LoadedManifest): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const field of Object.values(loaded.manifest.fields)) {
    for (const alias of field.aliases) aliases[alias] = field.category;
  }
  return aliases;
}

/** `--explain src/signup.ts:12`: each finding and gap on that line, with the name, type or alias that decided it. */
export function formatExplanation(result: ScanResult, target: string): string {
  const match = /^(.+?):(\d+)$/.exec(target.trim());
  if (!match) throw new PrivlintError('E_USAGE', `--explain ${target} is not a file:line; give it as src/signup.ts:12.`);
  const file = match[1]!.replace(/^\.\//, '').split('\\').join('/');
  const line = Number(match[2]);
  const findings = result.findings.filter((finding) => finding.location.file === file && finding.location.line === line);
  const gaps = result.gaps.filter((gap) => gap.location.file === file && gap.location.line === line);
  if (findings.length === 0 && gaps.length === 0) return `${file}:${line}: no findings and no gaps on this line.\n`;
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
