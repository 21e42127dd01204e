import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dedent } from './inline-project.js';

/** A commit as files to write (text) or delete (null), on top of the previous commit. */
export type CommitFiles = Record<string, string | null>;

// Fixed identity and dates, so commit ids (and the reports that name them) are the same on every run.
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'privlint test',
  GIT_AUTHOR_EMAIL: 'test@privlint.example',
  GIT_COMMITTER_NAME: 'privlint test',
  GIT_COMMITTER_EMAIL: 'test@privlint.example',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export const git = (cwd: string, args: readonly string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...GIT_ENV } });

export function writeFiles(dir: string, files: CommitFiles): void {
  for (const [path, text] of Object.entries(files)) {
    const absolute = join(dir, path);
    if (text === null) {
      rmSync(absolute, { force: true });
      continue;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, dedent(text));
  }
}

/** A git repository in a temp folder with one commit per entry (on branch main); `dispose` removes it. */
export function createGitRepo(commits: readonly CommitFiles[]): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-git-'));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  commits.forEach((files, index) => {
    writeFiles(dir, files);
    git(dir, ['add', '--all']);
    git(dir, ['commit', '--quiet', '--allow-empty', '-m', `commit ${index + 1}`]);
  });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
