import { Argument, Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { debugOption, manifestOption, type Registration } from './context.js';
import { NOTICE_LANGUAGES } from '../notice/locales/types.js';
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
  /** apple: replace an existing PrivacyInfo.xcprivacy instead of merging into it. */
  force?: boolean;
  lang?: string;
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
    .addOption(new Option('--lang <lang>', "ropa only: language of the record's labels (default: the manifest's first language, else en)").choices(NOTICE_LANGUAGES))
    .option('--force', 'apple only: replace an existing --output file instead of merging into it (keys privlint does not write are lost)')
    .option('--quiet', 'do not print warnings')
    .addOption(debugOption())
    .action(async (target: ExportTarget, options: ExportOptions) => {
      if (target !== 'ropa' && options.format !== undefined) {
        throw new PrivlintError(
          'E_USAGE',
          `--format applies only to \`privlint export ropa\`; the ${target} export is always ${TARGET_FORMATS[target]}, so drop --format.`,
        );
      }
      if (target !== 'ropa' && options.lang !== undefined) {
        throw new PrivlintError('E_USAGE', `--lang applies only to \`privlint export ropa\` (and \`privlint notice\`); the ${target} export has no language of its own, so drop --lang.`);
      }
      if (target !== 'apple' && options.force) {
        throw new PrivlintError('E_USAGE', `--force applies only to \`privlint export apple\`, which merges into an existing PrivacyInfo.xcprivacy; the ${target} export always replaces its --output file, so drop --force.`);
      }
      // The manifest loader and the export writers load only when an export runs.
      const { runExport } = await import('./run-export.js');
      runExport(target, { ...options, reports: reports.written() }, io);
    });
}
