import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PrivlintError } from '../errors.js';

/** Where a manifest may live in a directory, in the order they are tried. */
export const MANIFEST_NAMES = ['privacy.yml', 'privacy.yaml', '.privacy/manifest.yml'] as const;

export const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The absolute path of the manifest: `explicit` (from --manifest, resolved against `cwd`) when given,
 * else the first of MANIFEST_NAMES found in `startDir` or a directory above it, up to the filesystem root.
 */
export function findManifest(startDir: string, explicit?: string, cwd: string = process.cwd()): string {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!isFile(path)) {
      throw new PrivlintError('E_MANIFEST_NOT_FOUND', `The manifest ${explicit} does not exist or is not a file; check the path.`);
    }
    return path;
  }
  const searched: string[] = [];
  let directory = resolve(cwd, startDir);
  for (;;) {
    searched.push(directory);
    for (const name of MANIFEST_NAMES) {
      const candidate = join(directory, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  throw new PrivlintError(
    'E_MANIFEST_NOT_FOUND',
    `No privacy manifest found: looked for ${MANIFEST_NAMES.join(', ')} in ${searched.join(', ')}; create one with \`privlint init\` or pass --manifest <file>.`,
  );
}

/** Like findManifest, but undefined when no manifest is found (an `explicit` path that is missing still throws). */
export function findOptionalManifest(startDir: string, explicit: string | undefined, cwd: string): string | undefined {
  try {
    return findManifest(startDir, explicit, cwd);
  } catch (error) {
    if (explicit === undefined && error instanceof PrivlintError && error.code === 'E_MANIFEST_NOT_FOUND') return undefined;
    throw error;
  }
}
