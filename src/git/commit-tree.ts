import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { PrivlintError } from '../errors.js';

/** A commit's files written to a temporary folder; `dispose` removes it. */
export interface CommitTree {
  ref: string;
  commit: string;
  /** The folder that holds the commit's repository root. */
  dir: string;
  /** Where the scanned folder of the work tree lies inside `dir`. */
  root: string;
  dispose: () => void;
}

export interface Repository {
  /** Absolute path of the work tree's top folder. */
  top: string;
  /** The scanned folder relative to `top`, with forward slashes ('' for the top). */
  prefix: string;
}

const runGit = (cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: env ?? process.env });

/** The repository the folder belongs to; an input error when there is none (or no git). */
export function openRepository(root: string, displayRoot: string): Repository {
  let top: string;
  try {
    top = runGit(root, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    const missingGit = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PrivlintError(
      'E_GIT',
      missingGit
        ? 'Comparing with a commit needs git, which is not installed or not on the PATH; install git and run again.'
        : `${displayRoot} is not inside a git repository, so there is no commit to compare with; run privlint from a git clone.`,
      { cause: error },
    );
  }
  const prefix = relative(resolve(top), resolve(root)).split(sep).join('/');
  return { top, prefix };
}

/** The full commit id a ref names, or an input error that says how to fetch it (shallow CI clones lack history). */
export function resolveCommit(repository: Repository, ref: string): string {
  if (ref.startsWith('-')) throw new PrivlintError('E_USAGE', `${ref} is not a git ref; give a branch, tag or commit such as origin/main.`);
  try {
    return runGit(repository.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch (error) {
    throw new PrivlintError('E_GIT', describeMissingRef(repository, ref), { cause: error });
  }
}

function describeMissingRef(repository: Repository, ref: string): string {
  let shallow = false;
  try {
    shallow = runGit(repository.top, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  } catch {
    shallow = false;
  }
  const remoteName = ref.replace(/^origin\//, '');
  if (shallow) {
    return `The base ${ref} is not in this clone, which is shallow (CI checks out one commit by default); fetch it with \`git fetch --depth=1 origin ${remoteName}\`, or check out the whole history (actions/checkout \`fetch-depth: 0\`, GitLab \`GIT_DEPTH: 0\`).`;
  }
  return `${ref} is not a commit of this repository; give a branch, tag or commit id that exists here (fetch it first with \`git fetch origin ${remoteName}\` if it lives on the remote).`;
}

/**
 * Writes a commit's files to a temporary folder with git plumbing: the tree is read into a throwaway index
 * (GIT_INDEX_FILE) and checked out from there, so the user's work tree, index and HEAD are never touched.
 */
export function checkoutCommit(repository: Repository, ref: string): CommitTree {
  const commit = resolveCommit(repository, ref);
  const scratch = mkdtempSync(join(tmpdir(), 'privlint-base-'));
  const dispose = () => rmSync(scratch, { recursive: true, force: true });
  try {
    const dir = join(scratch, 'tree');
    const env = { ...process.env, GIT_INDEX_FILE: join(scratch, 'index') };
    runGit(repository.top, ['read-tree', commit], env);
    runGit(repository.top, ['checkout-index', '--all', '--force', `--prefix=${dir}${sep}`], env);
    return { ref, commit, dir, root: repository.prefix === '' ? dir : join(dir, ...repository.prefix.split('/')), dispose };
  } catch (error) {
    dispose();
    const detail = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr).trim().split('\n')[0] : String(error);
    throw new PrivlintError('E_GIT', `Could not read the files of ${ref} (${commit.slice(0, 12)}) with git (${detail}); check that the clone is complete.`, {
      cause: error,
    });
  }
}
