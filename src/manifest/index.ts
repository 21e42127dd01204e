import { relative, resolve, sep } from 'node:path';
import { PrivlintError, type Diagnostic } from '../errors.js';
import { readManifest } from './load.js';
import { createLocator } from './locate.js';
import { toManifest } from './normalize.js';
import { checkManifestSemantics } from './semantic.js';
import { findOptionalManifest } from './discover.js';
import type { LoadedManifest } from './types.js';
import { validateAgainstSchema } from './validate.js';

export { getAliasTable } from './aliases.js';
export { findManifest, findOptionalManifest, isFile, MANIFEST_NAMES } from './discover.js';
export { formatPath } from './locate.js';
export { escapeForTerminal, quote } from './quote.js';
export { MANIFEST_SCHEMA_URL, loadManifestSchema } from './validate.js';
export type * from './types.js';

export interface LoadOptions {
  /** Directory `LoadedManifest.file` and diagnostics are made relative to; default: the path as given. */
  root?: string;
}

export interface ManifestValidation {
  /** Present when the manifest has no errors (warnings allowed). */
  manifest?: LoadedManifest;
  /** Errors and warnings, sorted by line, column, message. */
  diagnostics: Diagnostic[];
  /** The manifest's path as reported (relative to root when given). */
  file: string;
}

const toDisplayPath = (path: string, root: string | undefined): string => {
  const shown = root === undefined ? path : relative(root, resolve(path)) || path;
  return shown.split(sep).join('/');
};

const byPosition = (a: Diagnostic, b: Diagnostic): number =>
  a.location.line - b.location.line || a.location.column - b.location.column || a.message.localeCompare(b.message);

const isError = (diagnostic: Diagnostic): boolean => diagnostic.severity !== 'warn';

/**
 * Reads, parses, validates and normalizes a manifest without throwing for bad content: every problem
 * comes back as a located diagnostic. Throws PrivlintError only when the file cannot be read at all.
 */
export function validateManifest(path: string, options: LoadOptions = {}): ManifestValidation {
  const absolutePath = resolve(path);
  const file = toDisplayPath(path, options.root);
  const parsed = readManifest(absolutePath, file);
  const locator = createLocator(parsed.document, parsed.lineCounter, file);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.data !== undefined) {
    diagnostics.push(...validateAgainstSchema(parsed.data, locator, parsed.text), ...checkManifestSemantics(parsed.data, locator));
  }
  diagnostics.sort(byPosition);
  const unique = diagnostics.filter(
    (diagnostic, index) => index === 0 || byPosition(diagnostic, diagnostics[index - 1] as Diagnostic) !== 0,
  );
  if (parsed.data === undefined || unique.some(isError)) return { diagnostics: unique, file };
  const manifest: LoadedManifest = {
    manifest: toManifest(parsed.data),
    file,
    absolutePath,
    text: parsed.text,
    ...(parsed.byteOrderMark ? { byteOrderMark: true } : {}),
    locate: (target) => locator.locateKey(target),
  };
  return { manifest, diagnostics: unique, file };
}

/** Loads a manifest for a command; throws PrivlintError E_MANIFEST_INVALID carrying every located diagnostic. */
export function loadManifest(path: string, options: LoadOptions = {}): LoadedManifest {
  const { manifest, diagnostics, file } = validateManifest(path, options);
  if (manifest) return manifest;
  const errors = diagnostics.filter(isError);
  const first = errors[0];
  const where = first ? `${first.location.file}:${first.location.line}:${first.location.column}` : file;
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
  throw new PrivlintError(
    'E_MANIFEST_INVALID',
    `${file} has ${count} (first at ${where}); fix ${errors.length === 1 ? 'it' : 'them'} and run \`privlint validate\` to check.`,
    { diagnostics: errors },
  );
}

/**
 * The manifest for commands where one is optional (`scan`): loaded when `explicit` is given or one is found from
 * `startDir` upwards, undefined when none is there. A named manifest that is missing, or any invalid one, still throws.
 */
export function loadOptionalManifest(startDir: string, explicit: string | undefined, cwd: string): LoadedManifest | undefined {
  const path = findOptionalManifest(startDir, explicit, cwd);
  return path === undefined ? undefined : loadManifest(path, { root: cwd });
}
