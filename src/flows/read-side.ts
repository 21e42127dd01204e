import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { isPrivlintError } from '../errors.js';
import { scan } from '../findings/index.js';
import { MANIFEST_NAMES, getAliasTable, isFile, loadManifest } from '../manifest/index.js';
import { createSourceReader, evaluate } from '../problems/index.js';
import type { CommitTree, Repository } from '../git/commit-tree.js';
import type { FlowSide } from './compare.js';

export interface ReadSideOptions {
  root: string;
  /** Absolute path of the manifest, or undefined when this side has none. */
  manifest?: string;
  ref: string | null;
  commit: string | null;
  types?: boolean;
  cache?: { location: string };
  concurrency?: number;
  /** A commit may predate the folder or its code: then it has no flows (for the work tree, that is an input error). */
  isCommit?: boolean;
}

/**
 * One side of a diff: the scan of a folder with the scope, aliases and SDKs of its manifest (when it has one),
 * and the problems `check` finds there, which only mark flows as undeclared; the findings never depend on them.
 */
export async function readSide(options: ReadSideOptions): Promise<FlowSide> {
  const loaded = options.manifest === undefined ? undefined : loadManifest(options.manifest, { root: options.root });
  if (options.isCommit && !isDirectory(options.root)) return { ref: options.ref, commit: options.commit, findings: [] };
  const scanned = scan({
    root: options.root,
    ...(loaded ? { include: loaded.manifest.scan.include, exclude: loaded.manifest.scan.exclude, sdks: loaded.manifest.scan.sdks, aliases: getAliasTable(loaded.manifest) } : {}),
    types: options.types,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  const result = await (options.isCommit ? scanned.catch((error: unknown) => (isNoFiles(error) ? undefined : Promise.reject(error))) : scanned);
  if (result === undefined) return { ref: options.ref, commit: options.commit, findings: [], ...(loaded ? { loaded, problems: [] } : {}) };
  const checked = loaded === undefined ? undefined : evaluate(result, loaded, { readSource: createSourceReader(options.root) });
  return {
    ref: options.ref,
    commit: options.commit,
    findings: checked?.findings ?? result.findings,
    ...(loaded && checked ? { loaded, problems: checked.problems } : {}),
  };
}

const isNoFiles = (error: unknown) => isPrivlintError(error) && error.code === 'E_NO_FILES';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The manifest of a checked-out commit: the work tree's manifest at the same path when the commit has it,
 * else the first manifest found from the scanned folder up to the top of the tree (never above it).
 */
export function findTreeManifest(tree: CommitTree, repository: Repository, workTreeManifest: string | undefined): string | undefined {
  if (workTreeManifest !== undefined) {
    const fromTop = relative(repository.top, workTreeManifest);
    if (fromTop.startsWith('..') || isAbsolute(fromTop)) return workTreeManifest;
    const inTree = join(tree.dir, fromTop);
    return isFile(inTree) ? inTree : undefined;
  }
  for (let directory = tree.root; ; directory = dirname(directory)) {
    for (const name of MANIFEST_NAMES) {
      if (isFile(join(directory, name))) return join(directory, name);
    }
    if (directory === tree.dir || dirname(directory) === directory) return undefined;
  }
}
