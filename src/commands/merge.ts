import { PrivlintError } from '../errors.js';
import { debugOption, type Registration } from './context.js';
import { createReportOptions, type WrittenReportFlag } from './output.js';
import { SCAN_FORMATS } from './scan.js';

export interface MergeCommandOptions {
  format: string[];
  output: string[];
  /** The --format and --output flags in the order they were written. */
  reports?: WrittenReportFlag[];
  color?: boolean;
}

export function registerMerge({ program, io, setExitCode }: Registration): void {
  const reports = createReportOptions(
    SCAN_FORMATS,
    {
      format: `report format: ${SCAN_FORMATS.join(', ')}; repeat for several reports, each with its file: --format json=scan.json (or --format json --output scan.json)`,
      output: 'write the report of the --format beside it to this file',
    },
    (format) => new PrivlintError('E_USAGE', `--format ${format} is not a report format of merge; use one of: ${SCAN_FORMATS.join(', ')}.`),
  );
  program
    .command('merge')
    .description('combine the reports of `privlint scan --shard K/N --format json` into the report of the whole project')
    .argument('<reports...>', 'one JSON report per shard, all N of them')
    .addOption(reports.format.default([], 'pretty'))
    .addOption(reports.output.default([], 'standard output'))
    .option('--no-color', 'print without colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(debugOption())
    .action(async (files: string[], options: MergeCommandOptions) => {
      const { runMerge } = await import('./run-merge.js');
      setExitCode(await runMerge(files, { ...options, reports: reports.written() }, io));
    });
}
