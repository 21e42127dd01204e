import { InvalidArgumentError, Option } from 'commander';
import { CHECK_FORMATS } from '../report/check-formats.js';
import { concurrencyOption, debugOption, manifestOption, type Registration } from './context.js';
import { createReportOptions, type WrittenReportFlag } from './output.js';

export interface CheckFlags {
  manifest?: string;
  format: string[];
  output?: string[];
  /** The --format and --output flags in the order they were written. */
  reports?: WrittenReportFlag[];
  rule?: string[];
  strict?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  base?: string;
  maxWarnings?: number;
  quiet?: boolean;
  verbose?: boolean;
  fix?: boolean;
  types: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** Threads to analyse with; undefined = auto. */
  concurrency?: number;
  failOnGaps?: boolean;
  color?: boolean;
}

export const DEFAULT_BASELINE = 'privlint-baseline.json';

const collect = (value: string, previous: string[] = []) => [...previous, value];


const parseCount = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number of warnings, e.g. --max-warnings 0.');
  return Number(value);
};

export function registerCheck({ program, io, setExitCode }: Registration): void {
  const reports = createReportOptions(CHECK_FORMATS, {
    format: `report format: ${CHECK_FORMATS.join(', ')}; repeat for several reports, each with its file: --format sarif=privlint.sarif (or --format sarif --output privlint.sarif)`,
    output: 'write the report of the --format beside it to this file instead of standard output',
  });
  program
    .command('check')
    .description('scan the code and compare it with the privacy manifest; exit 1 when they disagree (the CI gate)')
    .argument('[dir]', 'the project to check', '.')
    .addOption(manifestOption())
    .addOption(reports.format.default([], 'pretty'))
    .addOption(reports.output)
    .addOption(new Option('--rule <rule=severity>', 'set a rule to off, warn or error (repeatable), e.g. --rule unused-declaration=off').argParser(collect))
    .option('--strict', 'let low-confidence findings be errors too')
    .option('--baseline <file>', 'report only problems that are not in this baseline file')
    .option('--update-baseline', `write every current problem to the baseline (--baseline, default ${DEFAULT_BASELINE})`)
    .option('--base <git-ref>', 'report only problems that are new since this commit (e.g. origin/main); exit 1 only for new errors')
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(parseCount))
    .option('--quiet', 'report errors only')
    .option('--verbose', 'list every gap on its own line (pretty output groups them by package)')
    .option('--fix', 'add what the code shows and the manifest lacks to the manifest, with TODO markers')
    .option('--no-types', 'do not use the type checker to expand typed objects (faster, less precise)')
    .option('--no-cache', 'analyse every file again instead of reusing the results of unchanged files')
    .option('--cache-location <dir>', 'where to keep the cache (default: ~/.cache/privlint, the user\'s own)')
    .addOption(concurrencyOption())
    .option('--fail-on-gaps', 'exit 1 when personal data reaches code privlint could not follow')
    .option('--no-color', 'print without colour')
    .addOption(debugOption())
    .action(async (dir: string, flags: CheckFlags) => {
      // The scanner, the rules and the reporters load only when a check runs, not for --help or other commands.
      const { runCheck } = await import('./run-check.js');
      setExitCode(await runCheck(dir, { ...flags, reports: reports.written() }, io));
    });
}
