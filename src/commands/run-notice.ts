import { findManifest, loadManifest, type LoadedManifest } from '../manifest/index.js';
import { assertManifestComplete } from '../notice/completeness.js';
import { formatNoticeHtml } from '../notice/html.js';
import { isNoticeLanguage } from '../notice/locales/index.js';
import { formatNoticeMarkdown } from '../notice/markdown.js';
import { createNoticeModel } from '../notice/model.js';
import { formatWarning, type ManifestWarning } from '../notice/warnings.js';
import type { CommandIO } from './context.js';
import type { NoticeOptions } from './notice.js';
import { pairOutputs, writeOutputs } from './output.js';

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

/** `privlint notice`: writes the notice in each format asked for. */
export function runNotice(options: NoticeOptions, io: CommandIO): void {
  const loaded = loadCompleteManifest(io, options.manifest);
  const lang = options.lang ?? loaded.manifest.languages?.find(isNoticeLanguage) ?? 'en';
  const targets = pairOutputs(options.format ?? [], options.output ?? [], 'markdown', io, options.reports);
  const { model, warnings } = createNoticeModel(loaded.manifest, lang);
  printWarnings(io, loaded, warnings, options.quiet);
  writeOutputs(targets, (format) => (format === 'html' ? formatNoticeHtml(model) : formatNoticeMarkdown(model)), io);
}
