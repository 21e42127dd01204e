import { lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Files of an older Node, compiler or manifest that nobody rewrote for this long are removed on the next write. */
const STALE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** `PRIVLINT_NO_COMPILE_CACHE=1`, or Node's own `NODE_DISABLE_COMPILE_CACHE`, turn every compile cache off. */
export function isCompileCacheDisabled(env: NodeJS.ProcessEnv): boolean {
  const isSet = (value: string | undefined) => value !== undefined && value !== '' && value !== '0' && value !== 'false';
  return isSet(env.PRIVLINT_NO_COMPILE_CACHE) || isSet(env.NODE_DISABLE_COMPILE_CACHE);
}

/**
 * `<os.tmpdir()>/privlint-compile-cache-<uid>`: what one process compiled for the next (the V8 code cache of the
 * TypeScript compiler, the manifests the JSON Schema already accepted). Whoever can write there can plant code or
 * vouch for a manifest, so the folder is created 0700 and used only while it is a directory, not a link, owned by
 * the current user, that neither group nor others may write. On Windows there is no uid (`-1` names the folder) and
 * no such check: the per-user temp folder is the protection there. Undefined when the folder is unusable.
 */
export function getCompileCacheDirectory(parent: string = tmpdir()): string | undefined {
  const uid = process.getuid?.() ?? -1;
  const directory = join(parent, `privlint-compile-cache-${uid}`);
  try {
    mkdirSync(directory, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    // lstat: a symbolic link planted under the expected name is refused, not followed.
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return undefined;
    if (uid !== -1 && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  return directory;
}

/** Removes the files named `<prefix>…` not written for `maxAgeMs` (a month), except `keep`; never throws. */
export function removeStaleFiles(directory: string, prefix: string, keep: string, maxAgeMs = STALE_AFTER_MS): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(directory)) {
      if (!name.startsWith(prefix) || name === keep) continue;
      const path = join(directory, name);
      if (now - lstatSync(path).mtimeMs >= maxAgeMs) rmSync(path, { force: true });
    }
  } catch {
    // Cleaning up is a courtesy; a file that vanished or cannot be removed stays someone else's concern.
  }
}
