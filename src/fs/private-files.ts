import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NON_BLOCKING, readOpenFile } from './read-file.js';

/*
 * The files one user's runs keep for the next (scan cache, tsconfig listings, V8 code cache, "schema accepted"
 * records) decide what a later run reports or even executes, so whoever can write them can hide findings or run code.
 * They live in folders that are the user's own (0700, owned by the user, not a link) and every file is opened without
 * following links and checked with `fstat` on the open descriptor, never by path beforehand: a folder or file swapped
 * between a check and an open is caught, because a file another user planted or linked is not owned by this user.
 * On Windows there is no uid: ownership is not checked there, the per-user profile folders are the protection.
 */

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;

const currentUid = (): number => process.getuid?.() ?? -1;

/** Why a folder or file is not the user's own, or undefined when it is. */
function describeForeign(stat: Stats, kind: 'directory' | 'file'): string | undefined {
  if (kind === 'directory' ? !stat.isDirectory() : !stat.isFile()) return `not a ${kind}`;
  const uid = currentUid();
  if (uid === -1) return undefined;
  if (stat.uid !== uid) return `owned by uid ${stat.uid}, not by the current user (${uid})`;
  if ((stat.mode & 0o022) !== 0) return 'writable by other users';
  if (kind === 'file' && stat.nlink > 1) return 'hard-linked elsewhere';
  return undefined;
}

/**
 * Makes sure `directory` (created 0700 with its parents when missing) is the user's own: a real folder, not a link,
 * owned by the user, that no other user can write; read permissions of others are removed from it. Returns why not when it cannot be used.
 */
export function preparePrivateDirectory(directory: string): string | undefined {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    return `cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
  let fd: number;
  try {
    fd = openSync(directory, constants.O_RDONLY | DIRECTORY | NO_FOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' || code === 'ENOTDIR' ? 'a symbolic link or not a folder' : `cannot be opened (${code ?? String(error)})`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isDirectory()) return 'not a folder';
    const uid = currentUid();
    if (uid !== -1 && stat.uid !== uid) return `owned by uid ${stat.uid}, not by the current user (${uid})`;
    if (uid === -1) return undefined;
    // Others may have planted files in a folder they could write: it is not used. One they could only read is closed.
    if ((stat.mode & 0o022) !== 0) return 'writable by other users';
    if ((stat.mode & 0o077) !== 0) fchmodSync(fd, stat.mode & 0o700);
    return undefined;
  } catch (error) {
    return `cannot be checked (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  } finally {
    closeSync(fd);
  }
}

/**
 * The default cache folder of this user: `$XDG_CACHE_HOME/privlint`, `~/.cache/privlint` (`%LOCALAPPDATA%\privlint`
 * on Windows), else `<tmpdir>/privlint-cache-<uid>` when there is no home. Never inside the scanned repository (a pull
 * request could commit entries or links there) and never a folder shared between users.
 */
export function getUserCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/')) return join(env.XDG_CACHE_HOME, 'privlint');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'privlint');
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home (a system account): the per-uid temp folder below.
  }
  return home !== '' && home !== '/' ? join(home, '.cache', 'privlint') : join(tmpdir(), `privlint-cache-${currentUid()}`);
}

/**
 * Reads a file of a private folder: not through a link, only when it is a regular file of the user's own that nobody
 * else can write, and at most `maxBytes`. Undefined otherwise (a missing, planted or oversized entry is no entry).
 */
export function readPrivateFile(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (describeForeign(stat, 'file') !== undefined || stat.size > maxBytes) return undefined;
    return readOpenFile(fd, stat.size, maxBytes);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is a regular file of the user's own (a record whose existence is the information). */
export function isPrivateFile(path: string): boolean {
  try {
    return describeForeign(lstatSync(path), 'file') === undefined;
  } catch {
    return false;
  }
}

/**
 * Writes a file of a private folder atomically: a new temp file (O_EXCL, never through a link, mode 0600), then a
 * rename over the name, which replaces a link planted there rather than writing through it. Throws on failure.
 */
export function writePrivateFile(path: string, content: string | NodeJS.ArrayBufferView): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o600);
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
