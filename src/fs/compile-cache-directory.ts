import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preparePrivateDirectory } from './private-files.js';

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
 * the current user (group and other permissions are removed). On Windows there is no uid (`-1` names the folder) and
 * no such check: the per-user temp folder is the protection there. Undefined when the folder is unusable.
 */
export function getCompileCacheDirectory(parent: string = tmpdir()): string | undefined {
  const directory = join(parent, `privlint-compile-cache-${process.getuid?.() ?? -1}`);
  // Checked on an open descriptor; each file in it is checked again when opened (private-files.ts), so a folder
  // swapped after this check (a temp folder without the sticky bit) yields only files that are refused.
  return preparePrivateDirectory(directory) === undefined ? directory : undefined;
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
