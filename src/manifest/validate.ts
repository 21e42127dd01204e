import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../errors.js';
import type { Locator } from './locate.js';
import { toSchemaDiagnostics } from './schema-errors.js';

// ajv-formats is CommonJS (`module.exports = plugin`) but its types declare `export default`, which NodeNext reads as the module object.
const addFormats = addFormatsModule as unknown as FormatsPlugin;

/** The schema ships in the package beside dist/ (package.json "files"), so it is read from there at run time. */
export const MANIFEST_SCHEMA_URL = new URL('../../schemas/manifest.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

export function loadManifestSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(MANIFEST_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
}

function getValidator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['email', 'uri', 'date']);
  compiled = ajv.compile(loadManifestSchema());
  return compiled;
}

/** Validates plain manifest data against the JSON Schema; every error located in the YAML. */
export function validateAgainstSchema(data: unknown, locator: Locator): Diagnostic[] {
  const validate = getValidator();
  if (validate(data)) return [];
  return toSchemaDiagnostics(validate.errors ?? [], data, locator);
}
