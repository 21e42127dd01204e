import { createHash, randomBytes } from 'node:crypto';
import { accessSync, chmodSync, chownSync, closeSync, constants, openSync, linkSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrivlintError } from '../errors.js';
import { isInside } from './read-file.js';

export interface WriteOptions {
  /** When set, refuse to write through a symlink that resolves outside this directory. */
  insideDir?: string;
  /**
   * What the file held when the run read it (`snapshotFile`): the write is refused when it holds something else by
   * the time of the write, so an edit made while privlint scanned is never overwritten.
   */
  unchangedSince?: FileSnapshot;
  /** Never replace an existing file, even one created after the run began (`init` without --force). */
  exclusive?: boolean;
}

export const hashContent = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** A file's content hash at one moment, or null when it did not exist. */
export interface FileSnapshot {
  hash: string | null;
}

/** Undefined for what is not a regular file (a device, a pipe): those are written into, not replaced, and not read. */
export function snapshotFile(path: string): FileSnapshot | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    return { hash: hashContent(readFileSync(path)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { hash: null };
    throw new PrivlintError('E_OUTPUT', `Cannot read ${path} (${describe(error)}); check the path and permissions.`, { cause: error });
  }
}

/**
 * Writes a file atomically: a temp file beside it (created exclusively, so never through a planted link), then
 * rename, so a crash midway leaves the old file whole. Keeps the mode, owner and group of a file it replaces and
 * refuses what a rename would silently change: a read-only file, a file with other hard links, a file whose owner
 * cannot be kept. Creates missing folders, refuses directories.
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
  if (stat !== undefined) {
    mode = stat.mode & 0o7777;
    refuseUnsafeReplacement(path, finalPath, stat, options);
  }
  try {
    mkdirSync(dirname(finalPath), { recursive: true });
  } catch (error) {
    throw new PrivlintError('E_OUTPUT', `Cannot create the folder for ${path} (${describe(error)}); check the path and permissions.`, {
      cause: error,
    });
  }
  const temp = `${finalPath}.${randomBytes(6).toString('hex')}.tmp`;
  let created = false;
  try {
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    created = true;
    try {
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
    if (stat !== undefined) {
      chmodSync(temp, mode!);
      keepOwner(temp, stat);
    }
    if (options.unchangedSince !== undefined && snapshotFile(finalPath)?.hash !== options.unchangedSince.hash) {
      throw new PrivlintError('E_CHANGED', `${path} changed while privlint was running; it was left as it is now. Run the command again.`);
    }
    if (options.exclusive) {
      // link() fails when the name exists, so a file created since the run began is never replaced.
      linkSync(temp, finalPath);
      rmSync(temp, { force: true });
    } else renameSync(temp, finalPath);
  } catch (error) {
    if (created) rmSync(temp, { force: true });
    if (error instanceof PrivlintError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && options.exclusive) {
      throw new PrivlintError('E_EXISTS', `${path} was created while privlint was running; it was left as it is. Pass --force to replace it.`, { cause: error });
    }
    throw new PrivlintError('E_OUTPUT', `Cannot write ${path} (${describe(error)}); check the path and permissions.`, {
      cause: error,
    });
  }
}

/** What replacing the file by a rename would break without a word: refused with a sentence instead. */
function refuseUnsafeReplacement(path: string, finalPath: string, stat: Stats, options: WriteOptions): void {
  if (options.exclusive) {
    throw new PrivlintError('E_EXISTS', `${path} already exists; it was left as it is. Pass --force to replace it.`);
  }
  if ((stat.mode & 0o222) === 0 || !isWritable(finalPath)) {
    throw new PrivlintError('E_OUTPUT', `${path} is read-only; it was left as it is. Make it writable first if it should change.`);
  }
  if (stat.nlink > 1) {
    throw new PrivlintError(
      'E_OUTPUT',
      `${path} has ${stat.nlink} hard links; replacing it would leave the other names with the old content, so it was left as it is. Write to one of them after removing the others.`,
    );
  }
  const uid = process.geteuid?.();
  if (uid !== undefined && uid !== 0 && stat.uid !== uid) {
    throw new PrivlintError('E_OUTPUT', `${path} belongs to another user (uid ${stat.uid}); replacing it would make it yours, so it was left as it is.`);
  }
}

/** Root (the only one allowed to) gives the new file the owner and group of the one it replaces. */
function keepOwner(temp: string, stat: Stats): void {
  const uid = process.geteuid?.();
  if (uid === undefined) return;
  const gid = process.getegid?.();
  if (stat.uid === uid && stat.gid === gid) return;
  try {
    chownSync(temp, stat.uid, stat.gid);
  } catch {
    // Another group of the user's, not theirs to give: the file keeps its owner at least, with the user's group.
    if (stat.uid !== uid) throw new Error(`cannot keep the owner uid ${stat.uid}`);
  }
}

function isWritable(path: string): boolean {
  // Root passes every access check; the mode bits above are what says "read-only" to root.
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
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

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
}
