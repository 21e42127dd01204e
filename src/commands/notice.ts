import { InvalidArgumentError, Option } from 'commander';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../notice/locales/types.js';
import { debugOption, manifestOption, type Registration } from './context.js';

export interface NoticeOptions {
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
    .action(async (options: NoticeOptions) => {
      // The manifest loader and the notice writers load only when a notice is written.
      const { runNotice } = await import('./run-notice.js');
      runNotice(options, io);
    });
}
