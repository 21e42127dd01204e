import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** An empty git repository (branch main) in a temp folder; `dispose` removes it. */
export function createGitRepo(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-git-'));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
