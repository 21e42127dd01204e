// Where a benchmark app's sources are: the tree of its pinned commit, unpacked from a local git mirror into a
// scratch folder (git-ignored). The mirrors are made outside this repository (bench/real/README.md, "Getting the
// apps"); nothing here reaches the network, and no app's code is ever committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasCommit, howToMirror, mirrorGitDir } from '../mirrors.mjs';

const realDir = path.dirname(fileURLToPath(import.meta.url));
export const appsDir = path.join(realDir, '.apps');

export function readApps() {
  return JSON.parse(readFileSync(path.join(realDir, 'apps.json'), 'utf8')).apps;
}

export const mirrorOf = (app) => mirrorGitDir(app.repo);

function git(gitDir, args, options = {}) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, ...options });
}

/** Unpacks the app's pinned commit once and returns the folder; later calls reuse it. */
export function appTree(app) {
  const target = path.join(appsDir, app.id);
  const stamp = path.join(target, '.privlint-real-commit');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === app.commit) return target;
  const mirror = mirrorOf(app);
  if (!hasCommit(app.repo, app.commit)) throw new Error(`${howToMirror(app.repo, app.commit)}, then run this again.`);
  rmSync(target, { recursive: true, force: true });
  const partial = `${target}.part`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // A mirror made by a snapshot service may lack the largest blobs (images, fonts, vendored archives): the tree is
  // unpacked without them, and they are named, so a reader knows what the scan did not see.
  const missing = missingBlobs(mirror, app.commit);
  const excludes = missing.map((file) => `:(exclude,literal)${file}`);
  const archive = git(mirror, ['archive', '--format=tar', app.commit, ...(excludes.length > 0 ? ['--', '.', ...excludes] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (missing.length > 0) writeFileSync(path.join(partial, '.privlint-real-missing'), `${missing.join('\n')}\n`);
  execFileSync('tar', ['-x', '-C', partial], { input: archive, maxBuffer: 1 << 30 });
  writeFileSync(path.join(partial, '.privlint-real-commit'), app.commit);
  renameSync(partial, target);
  return target;
}

/** Paths of the commit whose blobs the mirror does not hold. */
function missingBlobs(mirror, commit) {
  const entries = git(mirror, ['ls-tree', '-r', '-z', commit])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t');
      const [, type, object] = meta.split(' ');
      return { type, object, file };
    })
    .filter((entry) => entry.type === 'blob');
  const answers = git(mirror, ['cat-file', '--batch-check=%(objectname)'], {
    input: entries.map((entry) => entry.object).join('\n') + '\n',
  })
    .toString('utf8')
    .split('\n');
  return entries.filter((entry, index) => answers[index]?.endsWith(' missing')).map((entry) => entry.file);
}

/** Every path in the app's pinned commit, as git lists it (sorted, forward slashes). */
export function trackedFiles(app) {
  return git(mirrorOf(app), ['ls-tree', '-r', '-z', '--name-only', app.commit])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .sort();
}
