import { Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { DIFF_FORMATS } from '../report/diff-formats.js';
import { concurrencyOption, debugOption, manifestOption, type Registration } from './context.js';


export interface DiffFlags {
  dir: string;
  manifest?: string;
  format: string[];
  output: string[];
  types: boolean;
  cache: boolean;
  cacheLocation?: string;
  concurrency?: number;
  color?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function collectFormat(value: string, previous: string[] | undefined): string[] {
  if (!(DIFF_FORMATS as readonly string[]).includes(value)) {
    throw new PrivlintError('E_USAGE', `--format ${value} is not a diff format; use one of: ${DIFF_FORMATS.join(', ')}.`);
  }
  return [...(previous ?? []), value];
}

export function registerDiff({ program, io, setExitCode }: Registration): void {
  program
    .command('diff')
    .description('what a change starts or stops collecting, storing or sending: the personal-data flows that differ between two commits')
    .argument('<base-ref>', 'the commit to compare with, e.g. origin/main')
    .argument('[head-ref]', 'the commit to compare (default: the work tree as it is)')
    .option('--dir <dir>', 'the project folder inside the repository', '.')
    .addOption(manifestOption())
    .addOption(new Option('--format <format>', `report format: ${DIFF_FORMATS.join(', ')} (markdown is a pull-request comment; repeat with --output)`).argParser(collectFormat).default([], 'pretty'))
    .addOption(new Option('--output <file>', 'write the report to a file (pairs with --format by position)').argParser(collect).default([], 'standard output'))
    .option('--no-types', 'do not use the type checker to expand objects passed whole')
    .option('--no-cache', 'analyse every file of the work tree again instead of reusing cached results')
    .option('--cache-location <dir>', 'where to keep the cache of the work tree (default: ~/.cache/privlint, the user\'s own)')
    .addOption(concurrencyOption())
    .option('--no-color', 'print without colour')
    .addOption(debugOption())
    .action(async (baseRef: string, headRef: string | undefined, flags: DiffFlags) => {
      const { runDiff } = await import('./run-diff.js');
      setExitCode(await runDiff(baseRef, headRef, flags, io));
    });
}
