import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import type { Diagnostic } from '../errors.js';
import { getCompileCacheDirectory, isCompileCacheDisabled, removeStaleFiles } from '../fs/compile-cache-directory.js';
import { isPrivateFile, writePrivateFile } from '../fs/private-files.js';
import { VERSION } from '../version.js';
import type { Locator } from './locate.js';
import { toSchemaDiagnostics } from './schema-errors.js';

const require = createRequire(import.meta.url);
/** The schema ships in the package beside dist/ (package.json "files"), so it is read from there at run time. */
export const MANIFEST_SCHEMA_URL = new URL('../../schemas/manifest.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

export function loadManifestSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(MANIFEST_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
}

function getValidator(): ValidateFunction {
  if (compiled) return compiled;
  // Required on first use, not imported: ajv and its formats are ~90 CommonJS modules that a manifest-less scan,
  // `--help` and every command that never validates would otherwise load. Both are CommonJS, so this stays synchronous.
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  // ajv-formats sets `module.exports = plugin` (its types declare `export default`).
  const addFormats = require('ajv-formats') as FormatsPlugin;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['email', 'uri', 'date']);
  compiled = ajv.compile(loadManifestSchema());
  return compiled;
}

/**
 * Validates plain manifest data against the JSON Schema; every error located in the YAML.
 *
 * With `sourceText`, the manifest text `data` was parsed from, a manifest the schema accepted before skips the
 * validator: loading ajv and compiling the schema costs ~150 ms, more than a whole warm scan, and a manifest changes
 * far less often than it is read. What the schema said is a function of the text, the schema and the versions of
 * privlint, yaml and ajv, so an empty file named by their hash in the private compile cache folder records "no
 * schema errors". Only acceptance is recorded: a manifest with errors is validated every time, so its diagnostics
 * are always the validator's own.
 */
export function validateAgainstSchema(data: unknown, locator: Locator, sourceText?: string): Diagnostic[] {
  const accepted = sourceText === undefined ? undefined : getAcceptedMarker(sourceText);
  if (accepted !== undefined && isPrivateFile(accepted.path)) return [];
  const validate = getValidator();
  if (!validate(data)) return toSchemaDiagnostics(validate.errors ?? [], data, locator);
  if (accepted !== undefined) recordAccepted(accepted);
  return [];
}

interface AcceptedMarker {
  directory: string;
  name: string;
  path: string;
}

function getAcceptedMarker(sourceText: string): AcceptedMarker | undefined {
  try {
    if (isCompileCacheDisabled(process.env)) return undefined;
    const directory = getCompileCacheDirectory();
    if (directory === undefined) return undefined;
    const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    const key = JSON.stringify([VERSION, versionOf('yaml'), versionOf('ajv'), versionOf('ajv-formats'), readFileSync(MANIFEST_SCHEMA_URL, 'utf8'), sourceText]);
    const name = `manifest-valid-${createHash('sha256').update(key).digest('hex')}`;
    return { directory, name, path: join(directory, name) };
  } catch {
    return undefined;
  }
}

function recordAccepted(marker: AcceptedMarker): void {
  try {
    writePrivateFile(marker.path, '');
    removeStaleFiles(marker.directory, 'manifest-valid-', marker.name);
  } catch {
    // Without the record the next run validates again, as it always did.
  }
}
