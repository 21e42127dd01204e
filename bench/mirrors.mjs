// Where the benchmarks find the public repositories they measure: bare git mirrors made outside this repository,
// never fetched by the benchmarks. One folder holds them, one `<owner>+<name>/repo` git directory each:
// $PRIVLINT_MIRRORS, or `.mirror` beside this checkout (where the team's fetch tool puts them).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MIRRORS = path.resolve(checkout, process.env.PRIVLINT_MIRRORS ?? '../.mirror');

/** The git directory of `owner/name`'s mirror, whether or not it exists. */
export const mirrorGitDir = (repository) => path.join(MIRRORS, repository.replace('/', '+'), 'repo');

/** Whether the mirror of `repository` holds `commit`. */
export function hasCommit(repository, commit) {
  const gitDir = mirrorGitDir(repository);
  return existsSync(gitDir) && spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`], { stdio: 'ignore' }).status === 0;
}

/** One sentence saying which mirror is missing and how to make it. */
export const howToMirror = (repository, commit) =>
  `no git mirror of ${repository} holding ${commit.slice(0, 12)} at ${mirrorGitDir(repository)}; make one with ` +
  `\`git clone --mirror https://github.com/${repository} ${mirrorGitDir(repository)}\`, or point PRIVLINT_MIRRORS at a ` +
  'folder of <owner>+<name>/repo git directories; the benchmarks never fetch it themselves';
