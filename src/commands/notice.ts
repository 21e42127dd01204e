import { Option } from 'commander';
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../notice/locales/types.js';
import { debugOption, manifestOption, type Registration } from './context.js';
import { createReportOptions, type WrittenReportFlag } from './output.js';

export interface NoticeOptions {
  manifest?: string;
  format?: string[];
  output?: string[];
  /** The --format and --output flags in the order they were written. */
  reports?: WrittenReportFlag[];
  lang?: NoticeLanguage;
  quiet?: boolean;
}

export const NOTICE_FORMATS = ['markdown', 'html'] as const;

export function registerNotice({ program, io }: Registration): void {
  const reports = createReportOptions(NOTICE_FORMATS, {
    format: `notice format: ${NOTICE_FORMATS.join(' or ')} (default: markdown); for both, give each its file: --format html=notice.html --format markdown=notice.md`,
    output: 'write the notice of the --format beside it to this file instead of standard output',
  });
  program
    .command('notice')
    .description('write the privacy notice people read (GDPR Art. 13/14) from the manifest, as Markdown or one standalone HTML file')
    .addOption(manifestOption())
    .addOption(reports.format)
    .addOption(new Option('--lang <lang>', "language of the notice (default: the manifest's first language, else en)").choices(NOTICE_LANGUAGES))
    .addOption(reports.output)
    .option('--quiet', 'do not print warnings')
    .addOption(debugOption())
    .action(async (options: NoticeOptions) => {
      // The manifest loader and the notice writers load only when a notice is written.
      const { runNotice } = await import('./run-notice.js');
      runNotice({ ...options, reports: reports.written() }, io);
    });
}
