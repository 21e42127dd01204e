import { Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { debugOption, type Registration } from './context.js';
import { SCAN_FORMATS } from './scan.js';

export interface MergeCommandOptions {
  format: string[];
  output: string[];
  color?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function collectFormat(value: string, previous: string[] | undefined): string[] {
  if (!(SCAN_FORMATS as readonly string[]).includes(value)) {
    throw new PrivlintError('E_USAGE', `--format ${value} is not a report format of merge; use one of: ${SCAN_FORMATS.join(', ')}.`);
  }
  return [...(previous ?? []), value];
}

export function registerMerge({ program, io, setExitCode }: Registration): void {
  program
    .command('merge')
    .description('combine the reports of `privlint scan --shard K/N --format json` into the report of the whole project')
    .argument('<reports...>', 'one JSON report per shard, all N of them')
    .addOption(new Option('--format <format>', `report format: ${SCAN_FORMATS.join(', ')} (repeat, with --output, for several reports)`).argParser(collectFormat).default([], 'pretty'))
    .addOption(new Option('--output <file>', 'write the report to a file (pairs with --format by position)').argParser(collect).default([], 'standard output'))
    .option('--no-color', 'print without colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(debugOption())
    .action(async (reports: string[], options: MergeCommandOptions) => {
      const { runMerge } = await import('./run-merge.js');
      setExitCode(await runMerge(reports, options, io));
    });
}
