import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
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
 * else the first of MANIFEST_NAMES found in `startDir` or a directory above it. The search ends at the repository
 * root (the folder with `.git`) or the home folder, and never enters a folder of another user or one every user may
 * write (`/tmp`): a `privacy.yml` someone left above the checkout must not judge it. A manifest found this way that is
 * a symbolic link leaving that repository is refused unread (a committed link to `~/.npmrc` or `/proc/self/environ`
 * would otherwise put its content in the CI log); one named with --manifest is the user's choice and is read.
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
  const home = getHome();
  let directory = resolve(cwd, startDir);
  for (;;) {
    searched.push(directory);
    for (const name of MANIFEST_NAMES) {
      const candidate = join(directory, name);
      if (isFile(candidate)) return refuseLinkOutside(candidate, directory);
    }
    const parent = dirname(directory);
    if (parent === directory || directory === home || existsSync(join(directory, '.git')) || !isOwnFolder(parent)) break;
    directory = parent;
  }
  throw new PrivlintError(
    'E_MANIFEST_NOT_FOUND',
    `No privacy manifest found: looked for ${MANIFEST_NAMES.join(', ')} in ${searched.join(', ')} (the search stops at the repository root, the home folder, or a folder of another user); create one with \`privlint init\` or pass --manifest <file>.`,
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

/** The repository a found manifest belongs to: the nearest folder with `.git` at or above where it was found. */
function findRepositoryRoot(directory: string): string {
  for (let current = directory; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return directory;
  }
}

function refuseLinkOutside(candidate: string, directory: string): string {
  let target: string;
  try {
    if (!lstatSync(candidate).isSymbolicLink()) return candidate;
    target = realpathSync(candidate);
  } catch {
    return candidate;
  }
  const boundary = realpathSync(findRepositoryRoot(directory));
  const fromBoundary = relative(boundary, target);
  if (fromBoundary !== '' && !fromBoundary.startsWith('..') && !isAbsolute(fromBoundary)) return candidate;
  throw new PrivlintError(
    'E_MANIFEST_UNREADABLE',
    `${candidate} is a symbolic link to a file outside the repository (${boundary}); privlint does not read it. Put the manifest itself there, or pass --manifest <file> to use that file on purpose.`,
  );
}

function getHome(): string | undefined {
  try {
    return resolve(homedir());
  } catch {
    return undefined;
  }
}

/** A folder the current user owns that no one else may write: the search may look into it. */
function isOwnFolder(path: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  try {
    const stat = statSync(path);
    return stat.uid === uid && (stat.mode & 0o002) === 0;
  } catch {
    return false;
  }
}
