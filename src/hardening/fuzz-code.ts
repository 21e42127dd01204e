import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Fuzzing of the code path: code files from the fixtures, mutated the way editors, merges and attackers mutate
 * them, and files built around the constructs that overflow recursive parsers and walkers (ternary and else-if
 * chains, nested JSX and generics, `=>`, `!`, `await`, `new`, `keyof` chains, long sums) at 1,000 to 50,000 levels.
 * Every file starts with a sentinel function whose finding must be reported whatever follows it: a deep or broken
 * statement may cost only itself. Files are scanned in batches, each batch by the built CLI in a child process with
 * a timeout, so a hang is caught as one.
 */

export const DEEP_KINDS = ['ternary', 'jsx', 'generics', 'else-if', 'arrows', 'negations', 'awaits', 'news', 'keyofs', 'sum', 'parens', 'objects', 'calls'] as const;
export type DeepKind = (typeof DEEP_KINDS)[number];

const DEPTHS = [1000, 1500, 2000, 3000, 5000, 8000, 10_000, 20_000, 50_000];

/** A seeded generator (bench/generate-app.mjs `createRandom`): the same seed gives the same files. */
export interface Random {
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** A statement nested `depth` levels deep, on many lines (so it is never taken for minified code). */
export function createDeepStatement(kind: DeepKind, depth: number, name: string): string {
  const repeat = (unit: string) => unit.repeat(depth);
  switch (kind) {
    case 'ternary':
      return `export const ${name} = (x: number) =>\n${Array.from({ length: depth }, (_, index) => `x === ${index} ? ${index}`).join('\n  : ')}\n  : -1;\n`;
    case 'jsx':
      return `export const ${name} = () => (\n${repeat('<div>\n')}x${repeat('</div>\n')});\n`;
    case 'generics':
      return `export type ${name} = ${repeat('Array<\n')}string${repeat('>')};\n`;
    case 'else-if':
      return `export function ${name}(value: number): number {\n${Array.from({ length: depth }, (_, index) => `  if (value === ${index}) {\n    return ${index};\n  }`).join(' else ')}\n  return -1;\n}\n`;
    case 'arrows':
      return `export const ${name} = ${repeat('() =>\n')}1;\n`;
    case 'negations':
      return `export const ${name} = ${repeat('!\n')}true;\n`;
    case 'awaits':
      return `export async function ${name}(): Promise<number> {\n  return ${repeat('await\n')}1;\n}\n`;
    case 'news':
      return `export const ${name} = ${repeat('new\n')}Object();\n`;
    case 'keyofs':
      return `export type ${name} = ${repeat('keyof\n')}string;\n`;
    case 'sum':
      return `declare const n: number;\nexport const ${name} =\n${Array.from({ length: depth }, () => 'n').join(' +\n')};\n`;
    case 'parens':
      return `export const ${name} =\n${repeat('(\n')}1${repeat('\n)')};\n`;
    case 'objects':
      return `export function ${name}(email: string): void {\n  localStorage.setItem('deep', JSON.stringify(\n${repeat('{ a:\n')}{ email }${repeat('\n}')}));\n}\n`;
    case 'calls':
      return `const wrap${name} = (value: unknown) => value;\nexport function ${name}(email: string): void {\n  console.log(\n${repeat(`wrap${name}(\n`)}email${repeat('\n)')});\n}\n`;
  }
}

/** The function every fuzzed file starts with; its finding must be in the report. */
export const sentinel = (index: number): string =>
  `export function sentinel${index}(phoneNumber: string) {\n  localStorage.setItem('sentinel', phoneNumber);\n}\n`;

const INSERTS = ['{', '}', '(', ')', '<', '>', '/*', '*/', '`', "'", '"', '${', '\u2028', '\u2029', '\u202e', '\u001b[2J', '=>', '?', ':', '\\', '//', '<div>', '</', '\r', '@generated', 'as any', '...', 'await ', 'new ', 'keyof '];

/** Mutates a seed file: bytes flipped, lines deleted or duplicated, hostile tokens and deep statements inserted. */
export function mutateCode(text: string, random: Random, name: string): string {
  let lines = text.split('\n');
  const count = 1 + random.int(0, 5);
  for (let step = 0; step < count; step++) {
    const at = random.int(0, Math.max(lines.length - 1, 0));
    const choice = random.int(0, 5);
    if (choice === 0) lines.splice(at, 1);
    else if (choice === 1) lines.splice(at, 0, lines[at] ?? '');
    else if (choice === 2) {
      const line = lines[at] ?? '';
      const column = random.int(0, line.length);
      lines[at] = `${line.slice(0, column)}${random.pick(INSERTS)}${line.slice(column)}`;
    } else if (choice === 3) {
      const line = lines[at] ?? '';
      const column = random.int(0, line.length);
      const code = line.charCodeAt(column) || 32;
      lines[at] = `${line.slice(0, column)}${String.fromCharCode(code ^ (1 << random.int(0, 6)))}${line.slice(column + 1)}`;
    } else if (choice === 4) lines.splice(at, 0, createDeepStatement(random.pick(DEEP_KINDS), random.pick(DEPTHS.slice(0, 5)), `${name}Deep${step}`));
    else lines = [...lines.slice(0, at), ...lines.slice(at).reverse()];
  }
  return lines.join('\n');
}

/** The code files of the fixtures: the starting points for mutation. */
export function readCodeSeeds(repoRoot: string): { name: string; text: string }[] {
  const seeds: { name: string; text: string }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'hostile') visit(path);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const text = readFileSync(path, 'utf8');
        if (text.length < 200_000) seeds.push({ name: relative(repoRoot, path), text });
      }
    }
  };
  visit(join(repoRoot, 'fixtures'));
  return seeds;
}

export interface CodeFuzzOptions {
  repoRoot: string;
  /** Made from `seed`; the report names the seed to replay. */
  random: Random;
  workDir: string;
  files: number;
  seed: number;
  /** Files per scan. */
  batchSize?: number;
  /** Milliseconds one batch may take before it counts as a hang. */
  timeoutMs?: number;
  onBatch?: (done: number, total: number) => void;
}

export interface CodeFuzzReport {
  seed: number;
  files: number;
  mutated: number;
  structural: number;
  byDeepKind: Record<string, number>;
  /** Files skipped with a reason the fuzzer accepts (binary bytes, over the size cap, minified). */
  skipped: Record<string, number>;
  gaps: number;
  crashes: string[];
  hangs: string[];
  /** Files whose sentinel finding was not reported. */
  lost: string[];
  slowestBatchMs: number;
}

/** Reasons a file may be left out: what the mutation made of it, never what depth did to the analysis. */
const ACCEPTED_SKIPS = /^(binary file|larger than|minified file|generated file)/;

export function fuzzCode(options: CodeFuzzOptions): CodeFuzzReport {
  const { random } = options;
  const seeds = readCodeSeeds(options.repoRoot);
  const batchSize = options.batchSize ?? 50;
  const report: CodeFuzzReport = {
    seed: options.seed,
    files: 0,
    mutated: 0,
    structural: 0,
    byDeepKind: {},
    skipped: {},
    gaps: 0,
    crashes: [],
    hangs: [],
    lost: [],
    slowestBatchMs: 0,
  };
  const bin = join(options.repoRoot, 'bin', 'privlint.js');
  for (let first = 0; first < options.files; first += batchSize) {
    const project = join(options.workDir, `batch-${first}`);
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name":"fuzz","private":true}');
    const names: string[] = [];
    for (let index = first; index < Math.min(first + batchSize, options.files); index++) {
      let body: string;
      const extension = random.next() < 0.2 ? 'tsx' : 'ts';
      if (random.next() < 0.5) {
        const seed = random.pick(seeds);
        body = mutateCode(seed.text, random, `f${index}`);
        report.mutated++;
      } else {
        const kind = random.pick(DEEP_KINDS);
        const depth = random.pick(DEPTHS);
        body = `${createDeepStatement(kind, depth, `f${index}Deep`)}\nexport const after${index} = 1;\n`;
        report.byDeepKind[kind] = (report.byDeepKind[kind] ?? 0) + 1;
        report.structural++;
      }
      const name = `src/f${index}.${extension}`;
      // The sentinel comes first: nothing after it (an unclosed comment or string included) can change how it parses.
      writeFileSync(join(project, name), `${sentinel(index)}${body}`);
      names.push(name);
    }
    const started = performance.now();
    const run = spawnSync(process.execPath, [bin, 'scan', '--format', 'json', '--no-cache', '--concurrency', '1'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: options.timeoutMs ?? 300_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    report.slowestBatchMs = Math.max(report.slowestBatchMs, Math.round(performance.now() - started));
    report.files += names.length;
    const label = `batch of files ${first}–${first + names.length - 1}`;
    if (run.signal !== null || run.error !== undefined) {
      report.hangs.push(`${label}: ${run.signal ?? run.error?.message}`);
      rmSync(project, { recursive: true, force: true });
      continue;
    }
    if (run.status !== 0 || /internal error|^\s+at /m.test(run.stderr)) {
      report.crashes.push(`${label}: exit ${run.status}: ${run.stderr.split('\n')[0]}`);
      continue; // Kept on disk for a look.
    }
    const result = JSON.parse(run.stdout) as { findings: { location: { file: string; line: number } }[]; gaps: unknown[]; summary: { skipped: { file: string; reason: string }[] } };
    report.gaps += result.gaps.length;
    const skipped = new Map(result.summary.skipped.map((entry) => [entry.file, entry.reason]));
    const reported = new Set(result.findings.filter((finding) => finding.location.line === 2).map((finding) => finding.location.file));
    for (const name of names) {
      const reason = skipped.get(name);
      if (reason !== undefined) {
        if (!ACCEPTED_SKIPS.test(reason)) report.lost.push(`${name}: skipped (${reason})`);
        else report.skipped[reason.split(' (')[0]!] = (report.skipped[reason.split(' (')[0]!] ?? 0) + 1;
      } else if (!reported.has(name)) report.lost.push(`${name}: its sentinel finding is missing`);
    }
    if (report.lost.length === 0) rmSync(project, { recursive: true, force: true });
    options.onBatch?.(report.files, options.files);
  }
  return report;
}
