import type { LoadedManifest } from '../manifest/types.js';
import type { ManifestWarning } from '../notice/warnings.js';
import { createApplePrivacyManifest, formatApplePrivacyManifest } from './apple.js';
import { createFidesSystem, formatFidesYaml } from './fides.js';
import { createManifestJson, formatManifestJson } from './json.js';
import { createPlayDataSafety, formatPlayCsv } from './play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown } from './ropa.js';

import type { ExportTarget } from './targets.js';

export { EXPORT_TARGETS, type ExportTarget } from './targets.js';

export interface ExportRenderer {
  /** The document in one of the target's formats (only ropa has two: csv and markdown). */
  render: (format?: string) => string;
  /** What the manifest leaves open that the document had to guess or leave out. */
  warnings: ManifestWarning[];
}

/** Builds a target's document from a loaded manifest once; `render(format)` only chooses among its layouts. */
export function createExportRenderer(target: ExportTarget, loaded: LoadedManifest): ExportRenderer {
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
