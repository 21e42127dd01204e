import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { isPrivlintError } from '../errors.js';
import type { CheckResult } from '../model.js';
import type { FileCheckRequest, FileCheckResponse } from './protocol.js';

interface CheckRequestMessage {
  request: FileCheckRequest;
  /** Set to 1 and notified once the response is posted on `port`, which wakes the blocked lint thread. */
  signal: Int32Array;
  port: MessagePort;
}

/**
 * The last check of each project. A whole-project check runs when a linted file's text differs from what that check
 * read (a save, an unsaved buffer), or the manifest or the file changed on disk since; every other file of an
 * `eslint .` run, or of an editor re-linting open files, reuses it.
 */
interface ProjectCheck {
  result: CheckResult;
  root: string;
  manifest: string;
  startedAt: number;
  /** Texts given instead of the disk's (unsaved buffers), by absolute path. */
  sourceTexts: Map<string, string>;
}

const checks = new Map<string, ProjectCheck>();

const modifiedAt = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

function isCurrent(check: ProjectCheck, file: string, text: string): boolean {
  if (modifiedAt(check.manifest) >= check.startedAt) return false;
  const given = check.sourceTexts.get(file);
  if (given !== undefined) return given === text;
  return modifiedAt(file) < check.startedAt && readText(file) === text;
}

async function checkFile(request: FileCheckRequest): Promise<FileCheckResponse> {
  // Imported here, not at the top, so that a module that fails to load is an answer, not a thread that never replies.
  const [{ findManifest }, { checkProject }, { getDefaultCacheLocation }] = await Promise.all([
    import('../manifest/discover.js'),
    import('../problems/check.js'),
    import('../cache/scan-cache.js'),
  ]);
  const manifest = findManifest(dirname(request.file), request.manifest);
  const root = request.root ?? dirname(manifest);
  const key = `${root}\u0000${manifest}`;
  let check = checks.get(key);
  if (check === undefined || !isCurrent(check, request.file, request.text)) {
    const sourceTexts = new Map(check?.sourceTexts ?? []);
    // A buffer that matches the disk again (saved) is read from disk like any other file.
    if (readText(request.file) === request.text) sourceTexts.delete(request.file);
    else sourceTexts.set(request.file, request.text);
    for (const [path, text] of sourceTexts) if (readText(path) === text) sourceTexts.delete(path);
    // Timestamps of the file system can be coarser than the clock; starting a little early only costs a re-check.
    const startedAt = Date.now() - 10;
    const outcome = await checkProject({ root, manifest, cwd: root, rules: {}, cache: { location: getDefaultCacheLocation() }, sourceTexts });
    check = { result: outcome.result, root, manifest, startedAt, sourceTexts };
    checks.set(key, check);
  }
  const problems = check.result.problems.filter((problem) => resolve(root, problem.location.file) === request.file);
  return { kind: 'problems', problems };
}

parentPort?.on('message', ({ request, signal, port }: CheckRequestMessage) => {
  checkFile(request)
    .catch((error: unknown): FileCheckResponse => {
      if (isPrivlintError(error)) return { kind: 'input-error', message: error.message };
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'internal-error', message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
    })
    .then((response) => {
      port.postMessage(response);
      port.close();
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
});
