import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { PrivlintError } from '../errors.js';

export interface WriteOptions {
  /** When set, refuse to write through a symlink that resolves outside this directory. */
  insideDir?: string;
}

/**
 * Writes a file atomically: a temp file beside it, then rename, so a crash midway leaves the old file whole.
 * Keeps the mode of a file it replaces, creates missing folders, refuses directories.
 */
export function writeFileAtomic(path: string, content: string | NodeJS.ArrayBufferView, options: WriteOptions = {}): void {
  const target = resolve(path);
  let mode: number | undefined;
  let finalPath = target;
  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) {
    finalPath = realpathOrThrow(target);
    if (options.insideDir !== undefined && !isInside(realpathSync(options.insideDir), finalPath)) {
      throw new PrivlintError(
        'E_OUTPUT',
        `Refusing to write ${path}: it is a symbolic link to ${finalPath}, outside the project; remove the link or write elsewhere.`,
      );
    }
  }
  const stat = statOrUndefined(finalPath);
  if (stat?.isDirectory()) {
    throw new PrivlintError('E_OUTPUT', `Cannot write ${path}: it is a directory; give a file name instead.`);
  }
  if (stat !== undefined && !stat.isFile()) {
    // A device or a pipe (`--output /dev/null`, `/dev/stdout`, a FIFO) cannot be replaced by a rename: write into it.
    try {
      writeFileSync(finalPath, content);
      return;
    } catch (error) {
      throw new PrivlintError('E_OUTPUT', `Cannot write ${path} (${describe(error)}); check the path and permissions.`, { cause: error });
    }
  }
  if (stat !== undefined) mode = stat.mode & 0o7777;
  try {
    mkdirSync(dirname(finalPath), { recursive: true });
  } catch (error) {
    throw new PrivlintError('E_OUTPUT', `Cannot create the folder for ${path} (${describe(error)}); check the path and permissions.`, {
      cause: error,
    });
  }
  const temp = `${finalPath}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, content, { mode: mode ?? 0o666 });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, finalPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new PrivlintError('E_OUTPUT', `Cannot write ${path} (${describe(error)}); check the path and permissions.`, {
      cause: error,
    });
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrThrow(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    throw new PrivlintError('E_OUTPUT', `Cannot write ${path}: it is a broken or looping symbolic link; remove it first.`, {
      cause: error,
    });
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
}
