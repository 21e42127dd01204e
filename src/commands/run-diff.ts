import { relative, resolve } from 'node:path';
import { getDefaultCacheLocation } from '../cache/scan-cache.js';
import { EXIT_OK, isPrivlintError } from '../errors.js';
import { compareFlows } from '../flows/compare.js';
import { findTreeManifest, readSide } from '../flows/read-side.js';
import { checkoutCommit, openRepository, type CommitTree } from '../git/commit-tree.js';
import { findManifest } from '../manifest/index.js';
import { formatDiff } from '../report/diff.js';
import { VERSION } from '../version.js';
import { resolveColor, type CommandIO } from './context.js';
import type { DiffFormat } from '../report/diff-formats.js';
import type { DiffFlags } from './diff.js';
import { pairOutputs, writeOutputs } from './output.js';

/** `privlint diff <base> [<head>]`: scans both sides, compares their flows, reports; exit 0 unless it cannot run. */
export async function runDiff(baseRef: string, headRef: string | undefined, flags: DiffFlags, io: CommandIO): Promise<number> {
  const root = resolve(io.cwd, flags.dir);
  const displayRoot = relative(io.cwd, root).split('\\').join('/') || '.';
  const targets = pairOutputs(flags.format, flags.output, 'pretty', io);
  const repository = openRepository(root, displayRoot);
  const workTreeManifest = findOptionalManifest(root, flags.manifest, io.cwd);
  const trees: CommitTree[] = [];
  try {
    const baseTree = checkoutCommit(repository, baseRef);
    trees.push(baseTree);
    const headTree = headRef === undefined ? undefined : checkoutCommit(repository, headRef);
    if (headTree) trees.push(headTree);
    const common = { types: flags.types, ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}) };
    const base = await readSide({ ...common, isCommit: true, root: baseTree.root, manifest: findTreeManifest(baseTree, repository, workTreeManifest), ref: baseRef, commit: baseTree.commit });
    const head = headTree
      ? await readSide({ ...common, isCommit: true, root: headTree.root, manifest: findTreeManifest(headTree, repository, workTreeManifest), ref: headRef!, commit: headTree.commit })
      : await readSide({
          ...common,
          root,
          manifest: workTreeManifest,
          ref: null,
          commit: null,
          ...(flags.cache ? { cache: { location: flags.cacheLocation === undefined ? getDefaultCacheLocation() : resolve(io.cwd, flags.cacheLocation) } } : {}),
        });
    const diff = { ...compareFlows(base, head), root: displayRoot };
    const color = resolveColor(flags.color === false ? false : undefined, io);
    writeOutputs(targets, (format) => formatDiff(format as DiffFormat, diff, { color: color && !targets.some((t) => t.format === format && t.file), version: VERSION }), io);
    return EXIT_OK;
  } finally {
    for (const tree of trees) tree.dispose();
  }
}

function findOptionalManifest(root: string, explicit: string | undefined, cwd: string): string | undefined {
  try {
    return findManifest(root, explicit, cwd);
  } catch (error) {
    if (explicit === undefined && isPrivlintError(error) && error.code === 'E_MANIFEST_NOT_FOUND') return undefined;
    throw error;
  }
}
