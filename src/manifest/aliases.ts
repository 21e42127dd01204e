import type { Manifest } from './types.js';

/** The fields' `aliases` as the scanner reads them: code name → the field's category. */
export function getAliasTable(manifest: Manifest): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const field of Object.values(manifest.fields)) {
    for (const alias of field.aliases) aliases[alias] = field.category;
  }
  return aliases;
}
