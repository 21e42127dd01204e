import { formatLocation } from '../errors.js';
import type { Location } from '../model.js';

export type ManifestPath = readonly (string | number)[];

/** Something the notice or an export had to work around; printed to stderr, never fatal. */
export interface ManifestWarning {
  /** Path of the manifest node the warning is about, e.g. ['purposes', 'analytics', 'description']. */
  path: ManifestPath;
  message: string;
}

/** `purposes.analytics.description`, `fields.email.purposes[1]`. */
export function formatManifestPath(path: ManifestPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

export function formatWarning(warning: ManifestWarning, locate?: (path: ManifestPath) => Location): string {
  return locate ? `${formatLocation(locate(warning.path))} ${warning.message}` : warning.message;
}

/** Sorted by path then message, without duplicates, so the output is the same on every run. */
export function sortWarnings(warnings: readonly ManifestWarning[]): ManifestWarning[] {
  const seen = new Set<string>();
  const unique: { key: string; warning: ManifestWarning }[] = [];
  for (const warning of warnings) {
    const key = `${formatManifestPath(warning.path)}\u0000${warning.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ key, warning });
  }
  return unique.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((entry) => entry.warning);
}
