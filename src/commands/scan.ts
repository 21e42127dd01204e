import { Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { parseShard, type Shard } from '../project/shard.js';
import { concurrencyOption, debugOption, manifestOption, type Registration } from './context.js';
import { createReportOptions, type WrittenReportFlag } from './output.js';

export const SCAN_FORMATS = ['pretty', 'json', 'markdown', 'mermaid'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export interface ScanCommandOptions {
  format: string[];
  output: string[];
  /** The --format and --output flags in the order they were written. */
  reports?: WrittenReportFlag[];
  manifest?: string;
  types: boolean;
  explain?: string;
  failOnGaps?: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  timings?: boolean;
  /** Threads to analyse with; undefined = auto. */
  concurrency?: number;
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

export function registerScan({ program, io, setExitCode }: Registration): void {
  const reports = createReportOptions(
    SCAN_FORMATS,
    {
      format: `report format: ${SCAN_FORMATS.join(', ')}; repeat for several reports, each with its file: --format json=scan.json (or --format json --output scan.json)`,
      output: 'write the report of the --format beside it to this file',
    },
    (format) => new PrivlintError('E_USAGE', `--format ${format} is not a scan format; use one of: ${SCAN_FORMATS.join(', ')}.`),
  );
  program
    .command('scan')
    .description('inventory: every place the code collects, stores, logs or sends personal data (needs no manifest)')
    .argument('[dir]', 'the project folder to scan', '.')
    .addOption(reports.format.default([], 'pretty'))
    .addOption(reports.output.default([], 'standard output'))
    .addOption(manifestOption())
    .option('--no-types', 'do not use the type checker to expand objects passed whole (faster, fewer findings)')
    .option('--explain <file:line>', 'say why each finding on that line was classified as it was')
    .option('--fail-on-gaps', 'exit 1 when personal data goes where privlint cannot follow')
    .option('--no-color', 'print without colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--quiet', 'print nothing but the report (no progress, no file notices)')
    .option('--verbose', 'list every gap on its own line (pretty output groups them by package)')
    .option('--no-cache', 'analyse every file again instead of reusing the results of unchanged files')
    .option('--cache-location <dir>', 'where to keep the cache (default: ~/.cache/privlint, the user\'s own)')
    .addOption(new Option('--shard <K/N>', 'analyse only the K-th of N slices of the files, for `privlint merge` (needs --format json)').argParser(parseShard))
    .addOption(concurrencyOption())
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
      // The scanner, the manifest loader and the reporters load only when a scan runs, not for --help or other commands.
      const { runScan } = await import('./run-scan.js');
      setExitCode(await runScan(dir, { ...options, reports: reports.written() }, io));
    });
}
