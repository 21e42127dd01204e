import { Argument } from 'commander';
import { PrivlintError } from '../errors.js';
import { debugOption, manifestOption, type Registration } from './context.js';
import { createReportOptions, type WrittenReportFlag } from './output.js';

import { EXPORT_TARGETS, type ExportTarget } from '../export/targets.js';

export type { ExportTarget } from '../export/targets.js';

const ROPA_FORMATS = ['csv', 'markdown'] as const;

export interface ExportOptions {
  manifest?: string;
  format?: string[];
  output?: string[];
  /** The --format and --output flags in the order they were written. */
  reports?: WrittenReportFlag[];
  quiet?: boolean;
}

const TARGET_FORMATS: Readonly<Record<ExportTarget, string>> = {
  apple: 'an XML property list (PrivacyInfo.xcprivacy)',
  play: 'the Play Console CSV',
  ropa: 'csv or markdown',
  fides: 'Fides YAML',
  json: 'JSON',
};

export function registerExport({ program, io }: Registration): void {
  const reports = createReportOptions(ROPA_FORMATS, {
    format: 'ropa only: csv (default) or markdown; for both, give each its file: --format csv=ropa.csv --format markdown=ropa.md',
    output: 'write to this file instead of standard output (with ropa, the file of the --format beside it)',
  });
  program
    .command('export')
    .description('write the forms stores and regulators ask for, from the manifest')
    .addArgument(
      new Argument('<target>', 'apple (PrivacyInfo.xcprivacy), play (Google Play Data safety CSV), ropa (GDPR Art. 30 record), fides (Fides system YAML) or json (normalised manifest)').choices(
        EXPORT_TARGETS,
      ),
    )
    .addOption(manifestOption())
    .addOption(reports.format)
    .addOption(reports.output)
    .option('--quiet', 'do not print warnings')
    .addOption(debugOption())
    .action(async (target: ExportTarget, options: ExportOptions) => {
      if (target !== 'ropa' && options.format !== undefined) {
        throw new PrivlintError(
          'E_USAGE',
          `--format applies only to \`privlint export ropa\`; the ${target} export is always ${TARGET_FORMATS[target]}, so drop --format.`,
        );
      }
      // The manifest loader and the export writers load only when an export runs.
      const { runExport } = await import('./run-export.js');
      runExport(target, { ...options, reports: reports.written() }, io);
    });
}
