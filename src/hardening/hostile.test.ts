import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../cli.js';
import type { CommandIO } from '../commands/context.js';

// Every hostile input must end in exit 0, 1 or 2 with one clear, located message, never a crash, hang or executed file.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');
const HOSTILE = join(REPO, 'fixtures', 'hostile');
const IS_ROOT = process.getuid?.() === 0;

interface Expectation {
  command: string[];
  exitCode: 0 | 1 | 2;
  stderrIncludes?: string[];
  stdoutIncludes?: string[];
  /** Matched with toMatchObject against the JSON report's summary (arrays must match in length). */
  summaryIncludes?: Record<string, unknown>;
  /** Every finding, as `file:line:column category sink-kind`, in output order. */
  findings?: string[];
  /** Findings that must be among the output's findings. */
  findingsInclude?: string[];
}

interface Expected extends Expectation {
  /** A generator below that adds what is too big, too odd or too platform-bound to commit. */
  generate?: string;
  /** Root reads files whatever their mode; what to expect instead, and why. */
  whenRoot?: Partial<Expectation> & { why: string };
}

const scratch = mkdtempSync(join(tmpdir(), 'privlint-hostile-'));
afterAll(() => {
  // chmod 000 files must be made readable again before removal; links (some broken on purpose) are left alone.
  for (const path of walk(scratch)) if (!lstatSync(path).isSymbolicLink()) chmodSync(path, lstatSync(path).isDirectory() ? 0o755 : 0o644);
  rmSync(scratch, { recursive: true, force: true });
});

const MEBIBYTE = 1024 * 1024;

const GENERATORS: Record<string, (dir: string) => void> = {
  'manifest-nested-10000-levels': (dir) => {
    const depth = 10_000;
    writeFileSync(join(dir, 'privacy.yml'), `version: 1\nservice: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`);
  },
  'manifest-50-mb': (dir) => writeFile(join(dir, 'privacy.yml'), 50 * MEBIBYTE, 'version: 1\n', '# padding to make a file no manifest should ever be\n'),
  'code-minified-5-mb': (dir) =>
    writeFile(join(dir, 'src', 'vendor-bundle.ts'), 5 * MEBIBYTE, 'var u={email:"a@b.example"};', 'localStorage.setItem("e",u.email);var x0=1;', { newline: false }),
  'code-nested-10000-levels': (dir) => {
    const depth = 10_000;
    writeFileSync(join(dir, 'src', 'deep-parens.ts'), `export const deep =\n${'(\n'.repeat(depth)}1${'\n)'.repeat(depth)};\n`);
    writeFileSync(
      join(dir, 'src', 'deep-objects.ts'),
      `export function keep(email: string): void {\n  localStorage.setItem('deep', JSON.stringify(\n${'{ a:\n'.repeat(depth)}{ email }${'\n}'.repeat(depth)}));\n}\n`,
    );
    writeFileSync(join(dir, 'src', 'deep-calls.ts'), `const wrap = (value: unknown) => value;\nexport function keep(email: string): void {\n  console.log(\n${'wrap(\n'.repeat(depth)}email${'\n)'.repeat(depth)});\n}\n`);
    writeFileSync(join(dir, 'src', 'deep-binary.ts'), `export const sum =\n${Array.from({ length: depth }, (_, index) => index).join(' +\n')};\n`);
  },
  'code-symlink-loop': (dir) => symlinkSync('.', join(dir, 'src', 'loop')),
  'code-broken-symlink': (dir) => symlinkSync('gone.ts', join(dir, 'src', 'moved.ts')),
  'code-unreadable-file': (dir) => chmodSync(join(dir, 'src', 'secret.ts'), 0o000),
};

const cases = readdirSync(HOSTILE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixtures/hostile', () => {
  test('cover every case of the hardening issue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(27);
  });

  test.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(HOSTILE, name, 'expected.json'), 'utf8')) as Expected;
    const dir = join(scratch, name);
    cpSync(join(HOSTILE, name), dir, { recursive: true });
    rmSync(join(dir, 'expected.json'));
    if (expected.generate !== undefined) {
      const generate = GENERATORS[expected.generate];
      if (generate === undefined) throw new Error(`${name}/expected.json names an unknown generator ${expected.generate}`);
      generate(dir);
    }
    const expectation: Expectation = IS_ROOT && expected.whenRoot ? { ...expected, ...expected.whenRoot } : expected;
    const run = runCli(expectation.command, dir);

    expect(run.status, `exit code (stderr: ${run.stderr.slice(0, 400)})`).toBe(expectation.exitCode);
    expectCleanEnd(run, expectation.command);
    for (const text of expectation.stderrIncludes ?? []) expect(run.stderr).toContain(text);
    for (const text of expectation.stdoutIncludes ?? []) expect(run.stdout).toContain(text);
    if (expectation.summaryIncludes || expectation.findings || expectation.findingsInclude) {
      const report = JSON.parse(run.stdout) as { summary: Record<string, unknown>; findings: Finding[] };
      if (expectation.summaryIncludes) expect(report.summary).toMatchObject(expectation.summaryIncludes);
      if (expectation.findings) expect(report.findings.map(formatFinding)).toEqual(expectation.findings);
      if (expectation.findingsInclude) expect(report.findings.map(formatFinding)).toEqual(expect.arrayContaining(expectation.findingsInclude));
    }
    expect(findMarkers(dir)).toEqual([]);
  });
});

describe('scanned code and its configs are never executed', () => {
  // Every file in the fixture writes an EXECUTED-* marker when run, imported or required.
  test.each([
    ['scan', ['scan', '--format', 'json']],
    ['check', ['check', '--format', 'json']],
    ['check --fix', ['check', '--fix', '--format', 'json']],
    ['init --force', ['init', '--force']],
    ['notice', ['notice']],
    ['export json', ['export', 'json']],
  ])('%s', (_label, command) => {
    const dir = join(scratch, `never-executed-${command.join('-')}`);
    cpSync(join(HOSTILE, 'code-never-executed'), dir, { recursive: true });
    const run = runCli(command, dir);
    expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
    expect(findMarkers(dir)).toEqual([]);
  });
});

describe('prototype pollution', () => {
  const io = (cwd: string): CommandIO => ({ cwd, env: { NO_COLOR: '1' }, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false });
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  test.each([
    ['validate', ['validate']],
    ['check', ['check', '--format', 'json']],
    ['notice', ['notice']],
    ['export json', ['export', 'json']],
  ])('%s on __proto__ and constructor keys leaves Object.prototype untouched', async (_label, command) => {
    const dir = join(scratch, `prototype-${command.join('-')}`);
    cpSync(join(HOSTILE, 'manifest-prototype-keys'), dir, { recursive: true });
    expect(await main(command, io(dir))).toBe(2);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

interface Finding {
  category: string;
  sink: { kind: string };
  location: { file: string; line: number; column: number };
}

const formatFinding = (finding: Finding) =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind}`;

function runCli(command: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
    maxBuffer: 64 * MEBIBYTE,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

// ESC and the other C0 controls (bar newline) and the bidi overrides of "Trojan Source" must never reach a terminal raw.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function expectCleanEnd(run: ReturnType<typeof runCli>, command: string[]): void {
  expect(run.signal, 'the run was killed (a hang hit the timeout, or a crash)').toBeNull();
  expect([0, 1, 2]).toContain(run.status);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).not.toMatch(/^\s+at .+\(?.+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(UNSAFE_FOR_TERMINAL);
  const format = command[command.indexOf('--format') + 1];
  if (!command.includes('--format') || format === 'pretty') expect(run.stdout).not.toMatch(UNSAFE_FOR_TERMINAL);
  if (run.status === 2) {
    const first = run.stderr.split('\n')[0] ?? '';
    // One sentence that says where: a file:line:column, or at least a file or folder path.
    expect(first).toMatch(/\S+:\d+:\d+|[\w.-]+\.(?:ya?ml|json|ts|js)\b|\S*\/\S*/);
  }
}

function findMarkers(dir: string): string[] {
  return walk(dir)
    .filter((path) => /(^|\/)EXECUTED-[^/]*$/.test(path))
    .map((path) => path.slice(dir.length + 1));
}

function walk(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    paths.push(path);
    if (entry.isDirectory()) paths.push(...walk(path));
  }
  return paths;
}

/** Writes `head` then `unit` until the file is exactly `size` bytes, without holding it all in memory. */
function writeFile(path: string, size: number, head: string, unit: string, options: { newline?: boolean } = {}): void {
  const body = options.newline === false ? unit : unit.endsWith('\n') ? unit : `${unit}\n`;
  const chunk = Buffer.from(body.repeat(Math.ceil(MEBIBYTE / body.length)));
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, head);
    while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  } finally {
    closeSync(fd);
  }
}
