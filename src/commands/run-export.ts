import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createExportRenderer, type ExportTarget } from '../export/index.js';
import type { CommandIO } from './context.js';
import type { ExportOptions } from './export.js';
import { pairOutputs, writeOutputs } from './output.js';
import { loadCompleteManifest, printWarnings } from './run-notice.js';

/** `privlint export <target>`: renders the target from a complete manifest and writes it. */
export function runExport(target: ExportTarget, options: ExportOptions, io: CommandIO): void {
  const loaded = loadCompleteManifest(io, options.manifest);
  const targets = pairOutputs(options.format ?? [], options.output ?? [], target === 'ropa' ? 'csv' : target, io, options.reports);
  const { render, warnings } = createExportRenderer(target, loaded, options.lang === undefined ? {} : { lang: options.lang });
  printWarnings(io, loaded, warnings, options.quiet);
  writeOutputs(
    targets,
    (format, output) => {
      // Xcode's own keys and the native code's NSPrivacyAccessedAPITypes live in the same file: merge, never drop them.
      if (target !== 'apple' || output.file === undefined || options.force || !existsSync(output.file)) return render(format);
      return render(format, { text: readFileSync(output.file, 'utf8'), file: relative(io.cwd, output.file) || output.file });
    },
    io,
  );
}
