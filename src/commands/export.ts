import { Argument, Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { debugOption, manifestOption, type Registration } from './context.js';
import { NOTICE_LANGUAGES } from '../notice/locales/types.js';
import { collect, collectChoice } from './notice.js';

export const EXPORT_TARGETS = ['apple', 'play', 'ropa', 'fides', 'json'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

const ROPA_FORMATS = ['csv', 'markdown'] as const;

export interface ExportOptions {
  manifest?: string;
  format?: string[];
  output?: string[];
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
  program
    .command('export')
    .description('write the forms stores and regulators ask for, from the manifest')
    .addArgument(
      new Argument('<target>', 'apple (PrivacyInfo.xcprivacy), play (Google Play Data safety CSV), ropa (GDPR Art. 30 record), fides (Fides system YAML) or json (normalised manifest)').choices(
        EXPORT_TARGETS,
      ),
    )
    .addOption(manifestOption())
    .addOption(new Option('--format <format>', 'ropa only: csv (default) or markdown; repeat with --output for both').argParser(collectChoice(ROPA_FORMATS)))
    .addOption(new Option('--output <file>', 'write to this file instead of standard output (repeatable, pairs with --format)').argParser(collect))
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
      runExport(target, options, io);
    });
}
