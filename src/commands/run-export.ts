import { createApplePrivacyManifest, formatApplePrivacyManifest } from '../export/apple.js';
import { createFidesSystem, formatFidesYaml } from '../export/fides.js';
import { createManifestJson, formatManifestJson } from '../export/json.js';
import { createPlayDataSafety, formatPlayCsv } from '../export/play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown } from '../export/ropa.js';
import type { LoadedManifest } from '../manifest/index.js';
import type { ManifestWarning } from '../notice/warnings.js';
import type { CommandIO } from './context.js';
import type { ExportOptions, ExportTarget } from './export.js';
import { pairOutputs, writeOutputs } from './output.js';
import { loadCompleteManifest, printWarnings } from './run-notice.js';

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

/** `privlint export <target>`: renders the target from a complete manifest and writes it. */
export function runExport(target: ExportTarget, options: ExportOptions, io: CommandIO): void {
  const loaded = loadCompleteManifest(io, options.manifest);
  const targets = pairOutputs(options.format ?? [], options.output ?? [], target === 'ropa' ? 'csv' : target, io, options.reports);
  const { render, warnings } = createRenderer(target, loaded);
  printWarnings(io, loaded, warnings, options.quiet);
  writeOutputs(targets, render, io);
}
