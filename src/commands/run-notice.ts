import { findManifest, loadManifest, type LoadedManifest } from '../manifest/index.js';
import { assertManifestPublishable } from '../notice/completeness.js';
import { createNoticeRenderer } from '../notice/index.js';
import { formatWarning, type ManifestWarning } from '../notice/warnings.js';
import type { CommandIO } from './context.js';
import type { NoticeOptions } from './notice.js';
import { pairOutputs, writeOutputs } from './output.js';

/** Finds, loads and checks the manifest for `notice` and `export`: a manifest with holes stops the run (exit 2). */
export function loadCompleteManifest(io: CommandIO, explicit: string | undefined): LoadedManifest {
  const path = findManifest(io.cwd, explicit, io.cwd);
  const loaded = loadManifest(path, { root: io.cwd });
  assertManifestPublishable(loaded.manifest, { file: loaded.file, locate: loaded.locate });
  return loaded;
}


export function printWarnings(io: CommandIO, loaded: LoadedManifest, warnings: readonly ManifestWarning[], quiet: boolean | undefined): void {
  if (quiet) return;
  for (const warning of warnings) io.stderr(`privlint: warning: ${formatWarning(warning, loaded.locate)}\n`);
}

/** `privlint notice`: writes the notice in each format asked for. */
export function runNotice(options: NoticeOptions, io: CommandIO): void {
  const loaded = loadCompleteManifest(io, options.manifest);
  const targets = pairOutputs(options.format ?? [], options.output ?? [], 'markdown', io, options.reports);
  const { render, warnings } = createNoticeRenderer(loaded.manifest, options.lang);
  printWarnings(io, loaded, warnings, options.quiet);
  writeOutputs(targets, (format) => render(format === 'html' ? 'html' : 'markdown'), io);
}
