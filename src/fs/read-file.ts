import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

// A FIFO opened for reading blocks until a writer comes; non-blocking, the open returns and fstat refuses it.
export const NON_BLOCKING = constants.O_NONBLOCK ?? 0;
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export type ReadOutcome = { bytes: Buffer } | { reason: string };

/**
 * Reads a file of the scanned repository: only a regular file (a device, FIFO or socket is skipped with a reason,
 * and never blocks), at most `maxBytes` (checked on the open descriptor, then while reading, so `/dev/zero` behind a
 * link or a `/proc` file of size 0 ends at the cap), and only inside `root` when it is reached through a link.
 * The common case costs no more system calls than `readFileSync`: the link check runs only when the open without
 * following links fails. Without `root` (a path the user named), a link is followed wherever it leads.
 */
export function readRegularFile(path: string, root: string | undefined, maxBytes: number): ReadOutcome {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NON_BLOCKING | NO_FOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    try {
      if (root !== undefined && !isInside(realpathSync(root), realpathSync(path))) return { reason: 'symbolic link to a file outside the project' };
      fd = openSync(path, constants.O_RDONLY | NON_BLOCKING);
    } catch (inner) {
      return { reason: `unreadable (${(inner as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: stat.isFIFO() ? 'a named pipe, not a file' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device, not a file' : 'not a regular file' };
    if (stat.size > maxBytes) return { reason: `larger than ${formatSize(maxBytes)}` };
    const bytes = readOpenFile(fd, stat.size, maxBytes);
    return bytes === undefined ? { reason: `larger than ${formatSize(maxBytes)}` } : { bytes };
  } catch (error) {
    return { reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`);

/**
 * Reads what an open descriptor holds, never more than `maxBytes` (a file that grew since its fstat, or a
 * `/proc` file that reports size 0, is read only up to the cap). Undefined when there was more.
 */
export function readOpenFile(fd: number, expectedSize: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expectedSize, 0), maxBytes) + 1);
  for (;;) {
    const count = readSync(fd, buffer, 0, buffer.length, null);
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return undefined;
    chunks.push(buffer.subarray(0, count));
    if (count === buffer.length) buffer = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes - total + 1));
    else buffer = buffer.subarray(count);
    if (buffer.length === 0) buffer = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes - total + 1));
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
