import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createGitRepo, git } from '../testing/git-repo.js';
import { runCli } from '../testing/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/diff/', import.meta.url));
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** The fixture's base/ and head/ folders as a two-commit repository; the work tree is left at head. */
function createFixtureRepo(name: string): string {
  const repo = createGitRepo();
  disposers.push(repo.dispose);
  for (const side of ['base', 'head']) {
    for (const entry of readdirSync(repo.dir)) if (entry !== '.git') rmSync(join(repo.dir, entry), { recursive: true, force: true });
    cpSync(join(FIXTURES, name, side), repo.dir, { recursive: true });
    git(repo.dir, ['add', '--all']);
    git(repo.dir, ['commit', '--quiet', '-m', side]);
  }
  return repo.dir;
}

const diffJson = async (dir: string, ...refs: string[]) => {
  const run = await runCli(dir, ['diff', ...refs, '--format', 'json', '--no-cache']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { summary: { changes: number }; changes: { type: string; sentence: string; undeclared?: boolean; note?: string | null; location: unknown }[] };
};

describe('privlint diff on two-commit repositories (fixtures/diff)', () => {
  test('new-flow: the phone number starts going to Segment, and the manifest does not declare it', async () => {
    const dir = createFixtureRepo('new-flow');
    const diff = await diffJson(dir, 'main~1', 'main');
    expect(diff.changes.map((change) => [change.type, change.sentence, change.undeclared])).toEqual([
      ['flow-added', 'starts sending `user.contact.phone_number` to Segment (src/checkout.ts:6)', true],
    ]);
    expect(diff.changes[0]!.location).toEqual({ file: 'src/checkout.ts', line: 6, column: 3 });
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'new-flow', 'comment.md'));
  });

  test('removed-flow: the phone number stops being stored in localStorage', async () => {
    const dir = createFixtureRepo('removed-flow');
    const diff = await diffJson(dir, 'main~1', 'main');
    expect(diff.changes.map((change) => [change.type, change.sentence])).toEqual([
      ['flow-removed', 'stops storing `user.contact.phone_number` in localStorage (was src/checkout.ts:7)'],
    ]);
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'removed-flow', 'comment.md'));
  });

  test('moved-line: code added above a call changes no flow', async () => {
    const dir = createFixtureRepo('moved-line');
    expect((await diffJson(dir, 'main~1', 'main')).changes).toEqual([]);
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'moved-line', 'comment.md'));
  });

  test('renamed-file: the same code in a renamed file changes no flow', async () => {
    const dir = createFixtureRepo('renamed-file');
    expect((await diffJson(dir, 'main~1', 'main')).changes).toEqual([]);
    // The work tree (no head ref) is the same as main here.
    expect((await diffJson(dir, 'main~1')).changes).toEqual([]);
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'renamed-file', 'comment.md'));
  });

  test('new-recipient: Tinybird starts receiving the email address, under the name the manifest gives it', async () => {
    const dir = createFixtureRepo('new-recipient');
    const diff = await diffJson(dir, 'main~1', 'main');
    expect(diff.changes.map((change) => [change.type, change.sentence, change.undeclared])).toEqual([
      ['recipient-added', 'new recipient: Tinybird (receives `user.contact.email`)', false],
      ['flow-added', 'starts sending `user.contact.email` to Tinybird (src/checkout.ts:7)', false],
    ]);
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'new-recipient', 'comment.md'));
  });

  test('new-purpose: the email gains the marketing purpose, with the Art. 13(3) note', async () => {
    const dir = createFixtureRepo('new-purpose');
    const diff = await diffJson(dir, 'main~1', 'main');
    expect(diff.changes.map((change) => [change.type, change.sentence, change.location])).toEqual([
      ['purpose-added', 'new purpose for email: marketing', { file: 'privacy.yml', line: 16, column: 36 }],
    ]);
    expect(diff.changes[0]!.note).toMatch(/^GDPR Art\. 13\(3\)/);
    await expect((await runCli(dir, ['diff', 'main~1', 'main', '--format', 'markdown', '--no-cache'])).stdout).toMatchFileSnapshot(join(FIXTURES, 'new-purpose', 'comment.md'));
  });

  test('pretty output names both sides and marks the undeclared flow; the work tree is the default head', async () => {
    const dir = createFixtureRepo('new-flow');
    const run = await runCli(dir, ['diff', 'main~1', '--no-cache']);
    expect(run.code).toBe(0);
    const base = git(dir, ['rev-parse', 'main~1']).trim().slice(0, 12);
    expect(run.stdout).toBe(
      `privlint: 1 change in personal-data flows between main~1 (${base}) and the work tree\n` +
        '  + starts sending `user.contact.phone_number` to Segment (src/checkout.ts:6)  not declared in the manifest\n',
    );
  });

  test('never touches the work tree or the index: uncommitted edits survive a diff', async () => {
    const dir = createFixtureRepo('new-flow');
    cpSync(join(FIXTURES, 'new-flow', 'base', 'src', 'checkout.ts'), join(dir, 'src', 'checkout.ts'));
    git(dir, ['add', 'src/checkout.ts']);
    const statusBefore = git(dir, ['status', '--porcelain']);
    expect((await diffJson(dir, 'main')).changes.map((change) => change.type)).toEqual(['flow-removed']);
    expect(git(dir, ['status', '--porcelain'])).toBe(statusBefore);
  });

  test('base-without-code: a base that predates the code has no flows, so every flow starts; check --base reports every problem', async () => {
    const dir = createFixtureRepo('base-without-code');
    const diff = await diffJson(dir, 'main~1', 'main');
    expect(diff.changes.map((change) => change.type)).toEqual(['recipient-added', 'flow-added', 'flow-added']);
    const check = await runCli(dir, ['check', '--base', 'main~1', '--format', 'json', '--no-cache']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).problems.map((problem: { rule: string }) => problem.rule)).toEqual(['undeclared-data']);
  });

  test('a ref that does not exist is an input error (exit 2) in one sentence', async () => {
    const dir = createFixtureRepo('moved-line');
    const run = await runCli(dir, ['diff', 'no-such-branch']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'privlint: no-such-branch is not a commit of this repository; give a branch, tag or commit id that exists here (fetch it first with `git fetch origin no-such-branch` if it lives on the remote).\n',
    );
  });
});

describe('privlint check --base', () => {
  test('reports only the problem the head commit adds, and exits 1 for it', async () => {
    const dir = createFixtureRepo('new-flow');
    const run = await runCli(dir, ['check', '--base', 'main~1', '--format', 'json', '--no-cache']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { problems: { rule: string; location: { file: string; line: number; column: number }; category: string | null }[] };
    expect(report.problems.map((problem) => `${problem.rule} ${problem.location.file}:${problem.location.line}:${problem.location.column} ${problem.category}`)).toEqual([
      'undeclared-data src/checkout.ts:6:3 user.contact.phone_number',
    ]);
  });

  test('a problem that was already in the base is not new when its line moves (exit 0)', async () => {
    const dir = createFixtureRepo('moved-line');
    // Both commits send `user.id` (user.unique_id) to Segment, which no field covers: an old error, on a new line.
    const plain = await runCli(dir, ['check', '--format', 'json', '--no-cache']);
    const withBase = await runCli(dir, ['check', '--base', 'main~1', '--format', 'json', '--no-cache']);
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).problems.map((problem: { rule: string; location: { line: number } }) => `${problem.rule} ${problem.location.line}`)).toEqual([
      'undeclared-data 11',
    ]);
    expect(withBase.code).toBe(0);
    expect(JSON.parse(withBase.stdout).problems).toEqual([]);
  });

  test('outside a git repository: exit 2, saying there is no commit to compare with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privlint-no-git-'));
    disposers.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(FIXTURES, 'new-flow', 'head'), dir, { recursive: true });
    const run = await runCli(dir, ['check', '--base', 'main', '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('privlint: . is not inside a git repository, so there is no commit to compare with; run privlint from a git clone.\n');
  });

  test('in a shallow clone without the base commit: exit 2, naming the ref and how to fetch it', async () => {
    const dir = createFixtureRepo('new-flow');
    const base = git(dir, ['rev-parse', 'main~1']).trim();
    const clone = join(dir, '..', `${dir.split('/').pop()}-shallow`);
    git(dir, ['clone', '--quiet', '--depth=1', `file://${dir}`, clone]);
    disposers.push(() => rmSync(clone, { recursive: true, force: true }));
    const run = await runCli(clone, ['check', '--base', base, '--no-cache']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `privlint: The base ${base} is not in this clone, which is shallow (CI checks out one commit by default); fetch it with \`git fetch --depth=1 origin ${base}\`, or check out the whole history (actions/checkout \`fetch-depth: 0\`, GitLab \`GIT_DEPTH: 0\`).\n`,
    );
  });
});
