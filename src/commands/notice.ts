import { InvalidArgumentError, Option } from 'commander';
import { findManifest, loadManifest, type LoadedManifest } from '../manifest/index.js';
import { assertManifestComplete } from '../notice/completeness.js';
import { formatNoticeHtml } from '../notice/html.js';
import { NOTICE_LANGUAGES, isNoticeLanguage, type NoticeLanguage } from '../notice/locales/index.js';
import { formatNoticeMarkdown } from '../notice/markdown.js';
import { createNoticeModel } from '../notice/model.js';
import { formatWarning, type ManifestWarning } from '../notice/warnings.js';
import { debugOption, manifestOption, type CommandIO, type Registration } from './context.js';
import { pairOutputs, writeOutputs } from './output.js';

interface NoticeOptions {
  manifest?: string;
  format?: string[];
  output?: string[];
  lang?: NoticeLanguage;
  quiet?: boolean;
}

export const NOTICE_FORMATS = ['markdown', 'html'] as const;

/** A repeatable option restricted to `choices`; commander's own choices() keeps only the last value. */
export const collectChoice =
  (choices: readonly string[]) =>
  (value: string, previous: string[] | undefined): string[] => {
    if (!choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return [...(previous ?? []), value];
  };

export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Finds, loads and checks the manifest for `notice` and `export`: a manifest with holes stops the run (exit 2). */
export function loadCompleteManifest(io: CommandIO, explicit: string | undefined): LoadedManifest {
  const path = findManifest(io.cwd, explicit, io.cwd);
  const loaded = loadManifest(path, { root: io.cwd });
  assertManifestComplete(loaded.manifest, { file: loaded.file, locate: loaded.locate });
  return loaded;
}

export function printWarnings(io: CommandIO, loaded: LoadedManifest, warnings: readonly ManifestWarning[], quiet: boolean | undefined): void {
  if (quiet) return;
  for (const warning of warnings) io.stderr(`privlint: warning: ${formatWarning(warning, loaded.locate)}\n`);
}

export function registerNotice({ program, io }: Registration): void {
  program
    .command('notice')
    .description('write the privacy notice people read (GDPR Art. 13/14) from the manifest, as Markdown or one standalone HTML file')
    .addOption(manifestOption())
    .addOption(
      new Option('--format <format>', `notice format: ${NOTICE_FORMATS.join(' or ')} (default: markdown; repeat with --output for several)`).argParser(
        collectChoice(NOTICE_FORMATS),
      ),
    )
    .addOption(new Option('--lang <lang>', "language of the notice (default: the manifest's first language, else en)").choices(NOTICE_LANGUAGES))
    .addOption(new Option('--output <file>', 'write to this file instead of standard output (repeatable, pairs with --format)').argParser(collect))
    .option('--quiet', 'do not print warnings')
    .addOption(debugOption())
    .action((options: NoticeOptions) => {
      const loaded = loadCompleteManifest(io, options.manifest);
      const lang = options.lang ?? loaded.manifest.languages?.find(isNoticeLanguage) ?? 'en';
      const targets = pairOutputs(options.format ?? [], options.output ?? [], 'markdown', io);
      const { model, warnings } = createNoticeModel(loaded.manifest, lang);
      printWarnings(io, loaded, warnings, options.quiet);
      writeOutputs(targets, (format) => (format === 'html' ? formatNoticeHtml(model) : formatNoticeMarkdown(model)), io);
    });
}
