import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../cli.js';
import type { CommandIO } from '../commands/context.js';

/**
 * Property-based hardening of the manifest path: real manifests, mutated the way editors, merges and attackers
 * mutate them, go through `validate`, `notice`, `export` and `check` in-process. Whatever the bytes, privlint must
 * end with exit 0, 1 or 2, and exit 2 must come with a message that says where.
 */

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

export type Mutation =
  | { kind: 'flip-bit'; at: number; bit: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'rename-key'; at: number; name: string }
  | { kind: 'swap-value'; at: number; value: string }
  | { kind: 'nest'; at: number; depth: number; open: '[' | '{ a: ' | '- ' }
  | { kind: 'insert'; at: number; text: string };

export const FUZZ_COMMANDS = ['validate', 'notice', 'notice-html-de', 'export-ropa', 'export-play', 'export-apple', 'export-fides', 'check'] as const;
export type FuzzCommand = (typeof FUZZ_COMMANDS)[number];

export interface FuzzCase {
  seed: string;
  mutations: Mutation[];
  command: FuzzCommand;
}

export interface FuzzOptions {
  seeds: Seed[];
  /** A scratch folder the manifest is written into (as privacy.yml) and a small project is created in. */
  workDir: string;
  numRuns: number;
  /** fast-check seed; the same seed replays the same cases. */
  seed: number;
  /** Commands to draw from (default: all). */
  commands?: readonly FuzzCommand[];
}

export interface FuzzReport {
  seed: number;
  /** Cases generated before the first failure (or all of them). */
  numRuns: number;
  /** Every execution, shrinking included, by command and exit code. */
  executions: number;
  byExitCode: Record<string, number>;
  byCommand: Record<string, number>;
  slowest: { ms: number; case: FuzzCase } | undefined;
  failure?: { reason: string; case: FuzzCase; manifest: string; stderr: string; shrinks: number };
}

/** Reads the manifests under `fixtures/manifests/*` and the demo app: the starting points for mutation. */
export function readSeeds(repoRoot: string): Seed[] {
  const seeds: Seed[] = [];
  const manifests = join(repoRoot, 'fixtures', 'manifests');
  for (const name of readdirSync(manifests).sort()) {
    try {
      seeds.push({ name: `fixtures/manifests/${name}`, bytes: readFileSync(join(manifests, name, 'privacy.yml')) });
    } catch {
      // A fixture folder without privacy.yml tests something else.
    }
  }
  seeds.push({ name: 'fixtures/demo-shop', bytes: readFileSync(join(repoRoot, 'fixtures', 'demo-shop', 'privacy.yml')) });
  return seeds;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'fields', 'purposes', 'recipients', 'email', '', 'a b', '"quoted"', '? x', '<<', 'ŝervice', 'FIELDS'];
const HOSTILE_VALUES = [
  'null',
  '~',
  '[]',
  '{}',
  '1',
  '-1e309',
  '.nan',
  'true',
  '"x"',
  "''",
  '0x1F',
  '2020-01-01',
  '!!binary AAAA',
  '!!js/function "() => 1"',
  '&anchor value',
  '*anchor',
  '*missing',
  '<<: *anchor',
  '[a, [b, {c: d}]]',
  '"\\u0000\\u001b[31m\\u202e"',
  '|\n  block\n  text',
  '>-\n  folded',
];
const HOSTILE_INSERTS = ['\u0000', '\u001b[2J', '\u202e', '\u2066', '\r', '\r\n', '\t', '\ufeff', '\u2028', '---\n', '...\n', '%YAML 1.1\n', '# comment\n', ': ', '- ', '"', "'", '{', ']', '&a ', '*a ', '!tag ', '\\'];

export function createMutationArbitrary(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('flip-bit' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('delete-line' as const), at }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at }),
    fc.record({ kind: fc.constant('rename-key' as const), at, name: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })) }),
    fc.record({ kind: fc.constant('swap-value' as const), at, value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 20 })) }),
    fc.record({
      kind: fc.constant('nest' as const),
      at,
      depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1000, max: 10_000 })),
      open: fc.constantFrom('[' as const, '{ a: ' as const, '- ' as const),
    }),
    fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom(...HOSTILE_INSERTS), fc.string({ unit: 'binary', maxLength: 8 })) }),
  );
}

export function createCaseArbitrary(seeds: readonly Seed[], commands: readonly FuzzCommand[] = FUZZ_COMMANDS): fc.Arbitrary<FuzzCase> {
  // Most fixture manifests are invalid on purpose; lean on the valid ones so mutations also reach notice, export and check.
  const valid = seeds.filter((seed) => /\/valid-|demo-shop$/.test(seed.name)).map((seed) => seed.name);
  const all = seeds.map((seed) => seed.name);
  return fc.record({
    seed: valid.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...all) }) : fc.constantFrom(...all),
    mutations: fc.array(createMutationArbitrary(), { maxLength: 5 }),
    command: fc.constantFrom(...commands),
  });
}

/** Applies the mutations in order; offsets wrap around the current length, so every mutation lands somewhere. */
export function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let current = Buffer.from(bytes);
  for (const mutation of mutations) {
    if (mutation.kind === 'flip-bit') {
      if (current.length === 0) continue;
      const next = Buffer.from(current);
      const index = mutation.at % next.length;
      next[index] = (next[index] ?? 0) ^ (1 << mutation.bit);
      current = next;
      continue;
    }
    const text = current.toString('utf8');
    const lines = text.split('\n');
    const line = mutation.at % lines.length;
    switch (mutation.kind) {
      case 'delete-line':
        lines.splice(line, 1);
        break;
      case 'duplicate-line':
        lines.splice(line, 0, lines[line] ?? '');
        break;
      case 'rename-key':
        lines[line] = (lines[line] ?? '').replace(/^(\s*(?:- )?)([^\s:#][^:]*?)(\s*:)/, (_match, indent: string, _key: string, colon: string) => `${indent}${mutation.name}${colon}`);
        break;
      case 'swap-value':
        lines[line] = (lines[line] ?? '').replace(/^(\s*(?:- )?[^\s:#][^:]*?:)(.*)$/, (_match, key: string) => `${key} ${mutation.value}`);
        break;
      case 'nest': {
        const close = mutation.open === '[' ? ']' : mutation.open === '{ a: ' ? ' }' : '';
        const value = `${mutation.open.repeat(mutation.depth)}x${close.repeat(mutation.depth)}`;
        lines[line] = (lines[line] ?? '').replace(/^(\s*(?:- )?[^\s:#][^:]*?:)(.*)$/, (_match, key: string) => `${key} ${value}`);
        break;
      }
      case 'insert': {
        const joined = lines.join('\n');
        const offset = mutation.at % (joined.length + 1);
        current = Buffer.from(`${joined.slice(0, offset)}${mutation.text}${joined.slice(offset)}`, 'utf8');
        continue;
      }
    }
    current = Buffer.from(lines.join('\n'), 'utf8');
  }
  return current;
}

const ARGS: Record<FuzzCommand, (manifest: string, project: string) => string[]> = {
  validate: (manifest) => ['validate', manifest],
  notice: (manifest) => ['notice', '--manifest', manifest],
  'notice-html-de': (manifest) => ['notice', '--manifest', manifest, '--format', 'html', '--lang', 'de'],
  'export-ropa': (manifest) => ['export', 'ropa', '--manifest', manifest],
  'export-play': (manifest) => ['export', 'play', '--manifest', manifest],
  'export-apple': (manifest) => ['export', 'apple', '--manifest', manifest],
  'export-fides': (manifest) => ['export', 'fides', '--manifest', manifest],
  check: (manifest, project) => ['check', project, '--manifest', manifest, '--format', 'json', '--no-types'],
};

/** Where a message points: `file:line:column`, or at least a file path. */
const LOCATED = /\S+:\d+:\d+|[\w./-]+\.(?:ya?ml|json)\b/;

/** Runs one case in-process; returns why it failed, or undefined. */
export async function runCase(
  fuzzCase: FuzzCase,
  seeds: ReadonlyMap<string, Uint8Array>,
  workDir: string,
): Promise<{ failure?: string; exitCode?: number; stderr: string; manifest: Buffer }> {
  const manifest = applyMutations(seeds.get(fuzzCase.seed) ?? new Uint8Array(), fuzzCase.mutations);
  writeFileSync(join(workDir, 'privacy.yml'), manifest);
  let stderr = '';
  const io: CommandIO = {
    cwd: workDir,
    env: { NO_COLOR: '1' },
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join(',');
  // Node prints process warnings straight to stderr, past the CLI's own output: they count as noise on stderr.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  process.on('warning', onWarning);
  let exitCode: number;
  try {
    exitCode = await main(ARGS[fuzzCase.command]('privacy.yml', 'project'), io);
    await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    return { failure: `main() threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, stderr, manifest };
  } finally {
    process.off('warning', onWarning);
  }
  const failure = warnings.length > 0 ? `a Node process warning reached stderr: ${warnings[0]}` : judge(exitCode, stderr, prototypeBefore);
  return { ...(failure === undefined ? {} : { failure }), exitCode, stderr, manifest };
}

function judge(exitCode: number, stderr: string, prototypeBefore: string): string | undefined {
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== prototypeBefore || ({} as Record<string, unknown>).polluted !== undefined) {
    return 'Object.prototype was changed';
  }
  if (![0, 1, 2].includes(exitCode)) return `exit code ${exitCode}`;
  if (/internal error/.test(stderr)) return 'internal error (an unhandled exception turned into exit 2)';
  if (/^\s+at .+:\d+:\d+\)?$/m.test(stderr)) return 'a stack trace reached stderr without --debug';
  if (exitCode === 2) {
    const first = stderr.split('\n').find((line) => line.trim() !== '') ?? '';
    if (first === '') return 'exit 2 without a message';
    if (!LOCATED.test(first)) return `exit 2 with a message that names no place: ${first}`;
  }
  return undefined;
}

/** A small project for `check`: one file that stores an email address. */
export function createFuzzProject(workDir: string): void {
  mkdirSync(join(workDir, 'project', 'src'), { recursive: true });
  writeFileSync(join(workDir, 'project', 'package.json'), '{ "name": "fuzz-project", "private": true }\n');
  writeFileSync(
    join(workDir, 'project', 'src', 'profile.ts'),
    "export function remember(email: string, phoneNumber: string): void {\n  localStorage.setItem('email', email);\n  console.log('phone', phoneNumber);\n}\n",
  );
}

export async function fuzzManifests(options: FuzzOptions): Promise<FuzzReport> {
  const seeds = new Map(options.seeds.map((seed) => [seed.name, seed.bytes]));
  createFuzzProject(options.workDir);
  const report: FuzzReport = { seed: options.seed, numRuns: 0, executions: 0, byExitCode: {}, byCommand: {}, slowest: undefined };
  let last: { case: FuzzCase; reason: string; stderr: string; manifest: Buffer } | undefined;
  const property = fc.asyncProperty(createCaseArbitrary(options.seeds, options.commands), async (fuzzCase) => {
    const started = performance.now();
    const outcome = await runCase(fuzzCase, seeds, options.workDir);
    const ms = performance.now() - started;
    report.executions++;
    report.byCommand[fuzzCase.command] = (report.byCommand[fuzzCase.command] ?? 0) + 1;
    const exit = String(outcome.exitCode ?? 'threw');
    report.byExitCode[exit] = (report.byExitCode[exit] ?? 0) + 1;
    if (report.slowest === undefined || ms > report.slowest.ms) report.slowest = { ms: Math.round(ms), case: fuzzCase };
    if (outcome.failure !== undefined) {
      last = { case: fuzzCase, reason: outcome.failure, stderr: outcome.stderr, manifest: outcome.manifest };
      return false;
    }
    return true;
  });
  const details = await fc.check(property, { numRuns: options.numRuns, seed: options.seed, endOnFailure: false });
  report.numRuns = details.numRuns;
  if (details.failed && details.counterexample !== null) {
    // Re-run the shrunk counterexample so the report shows its own message.
    const [minimal] = details.counterexample;
    const outcome = await runCase(minimal, seeds, options.workDir);
    report.failure = {
      reason: outcome.failure ?? last?.reason ?? 'failed',
      case: minimal,
      manifest: outcome.manifest.toString('utf8'),
      stderr: outcome.stderr,
      shrinks: details.numShrinks,
    };
  }
  return report;
}
