import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { isInside } from '../fs/read-file.js';
import type { SkippedFile } from '../model.js';

/** Folders that hold dependencies or build output: never project source. */
export const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.expo',
  'coverage',
  '.cache',
  '.privlint-cache',
]);

export interface WalkResult {
  /** Absolute paths of regular files (symlinks resolved once, loops cut). */
  files: string[];
  /** Absolute paths that could not be walked, with why. */
  problems: { path: string; reason: string }[];
}

/**
 * Lists every file below `dir`, skipping dependency and build folders. Symbolic links are followed,
 * but a folder already visited through another path (a link loop) is not entered again, so the walk always ends.
 */
export function walkFiles(dir: string): WalkResult {
  const files: string[] = [];
  const problems: WalkResult['problems'] = [];
  const visited = new Set<string>();
  const pending: string[] = [dir];
  let realRoot: string | undefined;
  while (pending.length > 0) {
    const current = pending.pop()!;
    let real: string;
    try {
      real = realpathSync(current);
    } catch {
      problems.push({ path: current, reason: 'broken symbolic link' });
      continue;
    }
    realRoot ??= real;
    if (!isInside(realRoot, real)) {
      problems.push({ path: current, reason: 'symbolic link to a folder outside the project' });
      continue;
    }
    if (visited.has(real)) {
      if (current !== dir) problems.push({ path: current, reason: 'symbolic link to a folder already scanned (loop or duplicate)' });
      continue;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      problems.push({ path: current, reason: 'unreadable folder' });
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (IGNORED_DIRECTORIES.has(entry.name)) continue;
      const path = join(current, entry.name);
      // The listing already knows plain files and folders; only links (and file systems that do not say) need a stat.
      let stat: Pick<Dirent, 'isDirectory' | 'isFile'> = entry;
      try {
        if (entry.isSymbolicLink()) stat = statSync(path);
        else if (!entry.isFile() && !entry.isDirectory()) stat = lstatSync(path);
      } catch {
        problems.push({ path, reason: 'broken symbolic link' });
        continue;
      }
      if (stat.isDirectory()) pending.push(path);
      else if (stat.isFile()) files.push(path);
      // A device, pipe or socket under a source name is told, not read (reading /dev/zero never ends).
      else if (/\.[cm]?[jt]sx?$/.test(entry.name)) problems.push({ path, reason: 'not a regular file (a device, pipe or socket)' });
    }
  }
  return { files: files.sort(), problems };
}

/** Walk problems worth telling: link loops and unreadable folders, and broken links that look like source files. */
export const toSkipped = (problems: WalkResult['problems'], toRelative: (path: string) => string): SkippedFile[] =>
  problems
    .filter((problem) => problem.reason !== 'broken symbolic link' || /\.[cm]?[jt]sx?$/.test(problem.path))
    .map((problem) => ({ file: toRelative(problem.path), reason: problem.reason }));
