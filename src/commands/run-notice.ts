import { formatLocation, PrivlintError, type Diagnostic } from '../errors.js';
import { findManifest, loadManifest, type LoadedManifest } from '../manifest/index.js';
import { findTodoMarkers } from '../manifest/todo-markers.js';
import { assertManifestComplete } from '../notice/completeness.js';
import { createNoticeRenderer } from '../notice/index.js';
import { formatWarning, type ManifestWarning } from '../notice/warnings.js';
import type { CommandIO } from './context.js';
import type { NoticeOptions } from './notice.js';
import { pairOutputs, writeOutputs } from './output.js';

/** Finds, loads and checks the manifest for `notice` and `export`: a manifest with holes stops the run (exit 2). */
export function loadCompleteManifest(io: CommandIO, explicit: string | undefined): LoadedManifest {
  const path = findManifest(io.cwd, explicit, io.cwd);
  const loaded = loadManifest(path, { root: io.cwd });
  // A draft's TODOs first: they are what a person fills in, and filling them in closes most other holes too.
  assertManifestFinished(loaded);
  assertManifestComplete(loaded.manifest, { file: loaded.file, locate: loaded.locate });
  return loaded;
}

/** A TODO left by `init` or `--fix` would be published word for word: the notice and the forms wait until it is gone. */
function assertManifestFinished(loaded: LoadedManifest): void {
  const markers = findTodoMarkers(loaded.manifest);
  if (markers.length === 0) return;
  const diagnostics: Diagnostic[] = markers.map(({ path, text }) => ({
    location: loaded.locate(path),
    message: `${path.join('.')} is still a TODO: "${text}"`,
    path,
    severity: 'error',
  }));
  const first = diagnostics[0]!;
  if (markers.length === 1) {
    throw new PrivlintError('E_MANIFEST_UNFINISHED', `${formatLocation(first.location)} ${first.message}; replace it with what is true, then run again.`);
  }
  throw new PrivlintError(
    'E_MANIFEST_UNFINISHED',
    `${loaded.file} still holds ${markers.length} TODOs that would be published word for word; replace each place listed below with what is true, then run again.`,
    { diagnostics },
  );
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
