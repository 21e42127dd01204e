import type { LoadedManifest } from '../manifest/types.js';
import type { ManifestWarning } from '../notice/warnings.js';
import { createApplePrivacyManifest, formatApplePrivacyManifest, mergeApplePrivacyManifest } from './apple.js';
import { readPlistDictionary } from './plist.js';
import { createFidesSystem, formatFidesYaml } from './fides.js';
import { createManifestJson, formatManifestJson } from './json.js';
import { createPlayDataSafety, formatPlayCsv } from './play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown, getRopaLanguage } from './ropa.js';

import type { ExportTarget } from './targets.js';

export { EXPORT_TARGETS, type ExportTarget } from './targets.js';

export interface ExportRenderOptions {
  /** ropa: the language of the record's labels (default: the manifest's first language, else en). */
  lang?: string;
}

/** An existing file to merge into (apple only: its keys privlint does not write are kept). */
export interface ExistingExport {
  text: string;
  /** The file as the user knows it, for error messages. */
  file: string;
}

export interface ExportRenderer {
  /** The document in one of the target's formats (only ropa has two: csv and markdown), merged into `existing` when given. */
  render: (format?: string, existing?: ExistingExport) => string;
  /** What the manifest leaves open that the document had to guess or leave out. */
  warnings: ManifestWarning[];
}

/** Builds a target's document from a loaded manifest once; `render(format)` only chooses among its layouts. */
export function createExportRenderer(target: ExportTarget, loaded: LoadedManifest, options: ExportRenderOptions = {}): ExportRenderer {
  const { manifest } = loaded;
  switch (target) {
    case 'apple': {
      const { privacyManifest, warnings } = createApplePrivacyManifest(manifest);
      const text = formatApplePrivacyManifest(privacyManifest);
      return {
        render: (_format, existing) => {
          if (existing === undefined) return text;
          const dictionary = readPlistDictionary(existing.text.replace(/^\uFEFF/, ''), existing.file, 'pass --force to replace it with what privacy.yml says');
          return mergeApplePrivacyManifest(privacyManifest, dictionary);
        },
        warnings,
      };
    }
    case 'play': {
      const { dataSafety, warnings } = createPlayDataSafety(manifest);
      const text = formatPlayCsv(dataSafety);
      return { render: () => text, warnings };
    }
    case 'ropa': {
      const lang = getRopaLanguage(manifest, options.lang);
      const { rows, warnings } = createRopa(manifest, lang);
      return {
        render: (format) => (format === 'markdown' ? formatRopaMarkdown(rows, manifest.service.name, lang) : formatRopaCsv(rows, lang)),
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
