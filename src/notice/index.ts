import type { Manifest } from '../manifest/types.js';
import { formatNoticeHtml } from './html.js';
import { isNoticeLanguage, type NoticeLanguage } from './locales/index.js';
import { formatNoticeMarkdown } from './markdown.js';
import { createNoticeModel } from './model.js';
import type { ManifestWarning } from './warnings.js';

export type NoticeFormat = 'markdown' | 'html';

export interface NoticeRenderer {
  lang: NoticeLanguage;
  render: (format: NoticeFormat) => string;
  /** Text missing in the notice's language (shown in the default one instead), and the like. */
  warnings: ManifestWarning[];
}

/** The notice's language: the one asked for, else the manifest's first language privlint can write, else English. */
export const chooseNoticeLanguage = (manifest: Manifest, lang?: NoticeLanguage): NoticeLanguage =>
  lang ?? manifest.languages?.find(isNoticeLanguage) ?? 'en';

/** Builds the notice once in one language; `render` writes it as Markdown or as one standalone HTML page. */
export function createNoticeRenderer(manifest: Manifest, lang?: NoticeLanguage): NoticeRenderer {
  const chosen = chooseNoticeLanguage(manifest, lang);
  const { model, warnings } = createNoticeModel(manifest, chosen);
  return { lang: chosen, render: (format) => (format === 'html' ? formatNoticeHtml(model) : formatNoticeMarkdown(model)), warnings };
}
