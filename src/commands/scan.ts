import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import { EXIT_OK, EXIT_PROBLEMS, PrivlintError, isPrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import { findManifest, loadManifest } from '../manifest/index.js';
import type { LoadedManifest } from '../manifest/index.js';
import type { ScanResult } from '../model.js';
import { formatScanJson } from '../report/scan-json.js';
import { formatScanMarkdown } from '../report/scan-markdown.js';
import { formatScanPretty } from '../report/scan-pretty.js';
import { debugOption, manifestOption, resolveColor, type CommandIO, type Registration } from './context.js';
import { pairOutputs, writeOutputs } from './output.js';

export const SCAN_FORMATS = ['pretty', 'json', 'markdown'] as const;
type ScanFormat = (typeof SCAN_FORMATS)[number];

interface ScanCommandOptions {
  format: string[];
  output: string[];
  manifest?: string;
  types: boolean;
  explain?: string;
  failOnGaps?: boolean;
  color?: boolean;
  quiet?: boolean;
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
    .addOption(debugOption())
    .action(async (dir: string, options: ScanCommandOptions) => {
      const root = resolve(io.cwd, dir);
      const manifest = loadOptionalManifest(root, options.manifest, io);
      const showProgress = io.stderrIsTTY && !options.quiet;
      const result = await scan({
        root,
        ...(manifest?.manifest.scan.include ? { include: manifest.manifest.scan.include } : {}),
        ...(manifest?.manifest.scan.exclude ? { exclude: manifest.manifest.scan.exclude } : {}),
        ...(manifest ? { sdks: manifest.manifest.scan.sdks, aliases: toAliasTable(manifest) } : {}),
        types: options.types,
        ...(showProgress ? { onProgress: (done: number, total: number) => io.stderr(`\rprivlint: scanning ${done}/${total} files`) } : {}),
      });
      if (showProgress) io.stderr('\r\u001b[K');
      const shown: ScanResult = { ...result, root: relative(io.cwd, root).split('\\').join('/') || '.' };
      const color = resolveColor(options.color === false ? false : undefined, io);
      if (options.explain !== undefined) {
        io.stdout(formatExplanation(shown, options.explain));
      } else {
        const targets = pairOutputs(options.format, options.output, 'pretty', io);
        writeOutputs(targets, (format) => render(format as ScanFormat, shown, { color: color && !targets.some((t) => t.format === format && t.file) }), options.quiet ? { ...io, stderrIsTTY: false } : io);
      }
      setExitCode(options.failOnGaps && result.gaps.length > 0 ? EXIT_PROBLEMS : EXIT_OK);
    });
}

function collectFormat(value: string, previous: string[] | undefined): string[] {
  if (!(SCAN_FORMATS as readonly string[]).includes(value)) {
    throw new PrivlintError('E_USAGE', `--format ${value} is not a scan format; use one of: ${SCAN_FORMATS.join(', ')}.`);
  }
  return [...(previous ?? []), value];
}

function render(format: ScanFormat, result: ScanResult, ctx: { color: boolean }): string {
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
