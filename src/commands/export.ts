import { Argument, Option } from 'commander';
import { PrivlintError } from '../errors.js';
import { createApplePrivacyManifest, formatApplePrivacyManifest } from '../export/apple.js';
import { createFidesSystem, formatFidesYaml } from '../export/fides.js';
import { createManifestJson, formatManifestJson } from '../export/json.js';
import { createPlayDataSafety, formatPlayCsv } from '../export/play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown } from '../export/ropa.js';
import type { LoadedManifest } from '../manifest/index.js';
import type { ManifestWarning } from '../notice/warnings.js';
import { debugOption, manifestOption, type Registration } from './context.js';
import { collect, collectChoice, loadCompleteManifest, printWarnings } from './notice.js';
import { pairOutputs, writeOutputs } from './output.js';

export const EXPORT_TARGETS = ['apple', 'play', 'ropa', 'fides', 'json'] as const;
type ExportTarget = (typeof EXPORT_TARGETS)[number];

const ROPA_FORMATS = ['csv', 'markdown'] as const;

interface ExportOptions {
  manifest?: string;
  format?: string[];
  output?: string[];
  quiet?: boolean;
}

const TARGET_FORMATS: Readonly<Record<ExportTarget, string>> = {
  apple: 'an XML property list (PrivacyInfo.xcprivacy)',
  play: 'the Play Console CSV',
  ropa: 'csv or markdown',
  fides: 'Fides YAML',
  json: 'JSON',
};

/** Each target renders once; `render(format)` only chooses among ropa's two layouts. */
function createRenderer(target: ExportTarget, loaded: LoadedManifest): { render: (format: string) => string; warnings: ManifestWarning[] } {
  const { manifest } = loaded;
  switch (target) {
    case 'apple': {
      const { privacyManifest, warnings } = createApplePrivacyManifest(manifest);
      const text = formatApplePrivacyManifest(privacyManifest);
      return { render: () => text, warnings };
    }
    case 'play': {
      const { dataSafety, warnings } = createPlayDataSafety(manifest);
      const text = formatPlayCsv(dataSafety);
      return { render: () => text, warnings };
    }
    case 'ropa': {
      const { rows, warnings } = createRopa(manifest);
      return {
        render: (format) => (format === 'markdown' ? formatRopaMarkdown(rows, manifest.service.name) : formatRopaCsv(rows)),
        warnings,
      };
    }
    case 'fides': {
      const { system, warnings } = createFidesSystem(manifest);
      const text = formatFidesYaml(system);
      return { render: () => text, warnings };
    }
    case 'json': {
      const text = formatManifestJson(createManifestJson(manifest, loaded.file));
      return { render: () => text, warnings: [] };
    }
  }
}

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
    .option('--quiet', 'do not print warnings')
    .addOption(debugOption())
    .action((target: ExportTarget, options: ExportOptions) => {
      if (target !== 'ropa' && options.format !== undefined) {
        throw new PrivlintError(
          'E_USAGE',
          `--format applies only to \`privlint export ropa\`; the ${target} export is always ${TARGET_FORMATS[target]}, so drop --format.`,
        );
      }
      const loaded = loadCompleteManifest(io, options.manifest);
      const targets = pairOutputs(options.format ?? [], options.output ?? [], target === 'ropa' ? 'csv' : target, io);
      const { render, warnings } = createRenderer(target, loaded);
      printWarnings(io, loaded, warnings, options.quiet);
      writeOutputs(targets, render, io);
    });
}
