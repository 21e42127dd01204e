import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createApplePrivacyManifest, formatApplePrivacyManifest, mergeApplePrivacyManifest } from '../export/apple.js';
import { createFidesSystem, formatFidesYaml } from '../export/fides.js';
import { createManifestJson, formatManifestJson } from '../export/json.js';
import { createPlayDataSafety, formatPlayCsv } from '../export/play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown, getRopaLanguage } from '../export/ropa.js';
import type { LoadedManifest } from '../manifest/index.js';
import type { ManifestWarning } from '../notice/warnings.js';
import type { CommandIO } from './context.js';
import type { ExportOptions, ExportTarget } from './export.js';
import { pairOutputs, writeOutputs, type OutputTarget } from './output.js';
import { readPlistDictionary } from '../export/plist.js';
import { loadCompleteManifest, printWarnings } from './run-notice.js';

type Render = (format: string, target: OutputTarget) => string;

/** Each target renders once; `render` only chooses among ropa's two layouts, or merges into an existing Apple file. */
function createRenderer(target: ExportTarget, loaded: LoadedManifest, options: ExportOptions, io: CommandIO): { render: Render; warnings: ManifestWarning[] } {
  const { manifest } = loaded;
  switch (target) {
    case 'apple': {
      const { privacyManifest, warnings } = createApplePrivacyManifest(manifest);
      const text = formatApplePrivacyManifest(privacyManifest);
      return {
        render: (_format, output) => {
          if (output.file === undefined || options.force || !existsSync(output.file)) return text;
          // Xcode's own keys and the native code's NSPrivacyAccessedAPITypes live in the same file: merge, never drop them.
          const shown = relative(io.cwd, output.file) || output.file;
          const existing = readPlistDictionary(readFileSync(output.file, 'utf8').replace(/^\uFEFF/, ''), shown, 'pass --force to replace it with what privacy.yml says');
          return mergeApplePrivacyManifest(privacyManifest, existing);
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

/** `privlint export <target>`: renders the target from a complete manifest and writes it. */
export function runExport(target: ExportTarget, options: ExportOptions, io: CommandIO): void {
  const loaded = loadCompleteManifest(io, options.manifest);
  const targets = pairOutputs(options.format ?? [], options.output ?? [], target === 'ropa' ? 'csv' : target, io);
  const { render, warnings } = createRenderer(target, loaded, options, io);
  printWarnings(io, loaded, warnings, options.quiet);
  writeOutputs(targets, render, io);
}
