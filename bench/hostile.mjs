// Resource bounds for hostile input (issue 5): each case must finish under a second of CPU (the generated
// projects of thousands of modules: under a budget per module), and a 50 MB manifest must be refused by its size
// before any parsing. Run after `npm run build`:
//   node bench/hostile.mjs
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../dist/cli.js';
import { recursionRingSources, wrapperChainSources } from './hostile-projects.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const CPU_BUDGET_MS = 1000;
const DEPTH = 10_000;
const work = mkdtempSync(join(tmpdir(), 'privlint-bench-hostile-'));

function createIO(cwd) {
  const io = { cwd, env: { NO_COLOR: '1' }, stdoutIsTTY: false, stderrIsTTY: false, out: '', err: '' };
  io.stdout = (text) => (io.out += text);
  io.stderr = (text) => (io.err += text);
  return io;
}

/** CPU time (user + system) and wall time of one in-process CLI run. */
async function measure(args, cwd) {
  const io = createIO(cwd);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const exitCode = await main(args, io);
  const used = process.cpuUsage(cpu);
  return { exitCode, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall, out: io.out, stderr: io.err };
}

function writeSized(path, size, head, unit) {
  const chunk = Buffer.from(unit.repeat(Math.ceil((1024 * 1024) / unit.length)));
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, head);
    while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  } finally {
    closeSync(fd);
  }
}

/** A project of the given sources with an empty manifest, scanned on one thread. */
function writeProject(name, sources) {
  const dir = join(work, name);
  for (const [path, text] of sources) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'package.json'), `{ "name": "${name}", "private": true }\n`);
  return dir;
}

// A linear analysis spends a few milliseconds of CPU per small module; the quadratic one issue 5 found took 32.
const CPU_BUDGET_PER_MODULE_MS = 10;

const cases = [
  {
    name: 'wrapper chain of 2,000 modules',
    prepare: () => writeProject('wrapper-chain', wrapperChainSources(2000)),
    args: ['scan', '--format', 'json', '--no-cache', '--concurrency', '1'],
    cpuBudgetMs: 2001 * CPU_BUDGET_PER_MODULE_MS,
    expect: (result) => result.exitCode === 0 && result.out.includes('"file": "src/m0.ts"'),
  },
  {
    name: 'recursion ring of 500 modules',
    prepare: () => writeProject('recursion-ring', recursionRingSources(500)),
    args: ['scan', '--format', 'json', '--no-cache', '--concurrency', '1'],
    cpuBudgetMs: 500 * CPU_BUDGET_PER_MODULE_MS,
    expect: (result) => result.exitCode === 0 && result.out.includes('"file": "src/m0.ts"'),
  },
  {
    name: 'YAML alias bomb (9 levels of 9 aliases)',
    prepare: () => join(repo, 'fixtures', 'hostile', 'manifest-alias-bomb'),
    args: ['validate', 'privacy.yml'],
  },
  {
    name: `manifest nested ${DEPTH} levels (flow maps)`,
    prepare: () => {
      const dir = join(work, 'nested-maps');
      mkdirSync(dir);
      writeFileSync(join(dir, 'privacy.yml'), `version: 1\nservice: ${'{ a: '.repeat(DEPTH)}1${' }'.repeat(DEPTH)}\n`);
      return dir;
    },
    args: ['validate', 'privacy.yml'],
  },
  {
    name: `manifest nested ${DEPTH} levels (block sequences)`,
    prepare: () => {
      const dir = join(work, 'nested-sequences');
      mkdirSync(dir);
      writeFileSync(join(dir, 'privacy.yml'), `version: 1\nservice:\n${'- '.repeat(DEPTH)}x\n`);
      return dir;
    },
    args: ['validate', 'privacy.yml'],
  },
  {
    name: `code nested ${DEPTH} levels (parentheses, object literals, calls)`,
    prepare: () => {
      const dir = join(work, 'nested-code');
      mkdirSync(join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), '{ "name": "nested-code", "private": true }\n');
      writeFileSync(join(dir, 'src', 'parens.ts'), `export const deep =\n${'(\n'.repeat(DEPTH)}1${'\n)'.repeat(DEPTH)};\n`);
      writeFileSync(join(dir, 'src', 'objects.ts'), `export function keep(email: string): void {\n  localStorage.setItem('deep', JSON.stringify(\n${'{ a:\n'.repeat(DEPTH)}{ email }${'\n}'.repeat(DEPTH)}));\n}\n`);
      writeFileSync(join(dir, 'src', 'calls.ts'), `const wrap = (value: unknown) => value;\nexport function log(email: string): void {\n  console.log(\n${'wrap(\n'.repeat(DEPTH)}email${'\n)'.repeat(DEPTH)});\n}\n`);
      return dir;
    },
    args: ['scan', '--format', 'json', '--no-types'],
  },
  {
    name: '50 MB manifest (must be refused by size)',
    prepare: () => {
      const dir = join(work, 'oversized');
      mkdirSync(dir);
      writeSized(join(dir, 'privacy.yml'), 50 * 1024 * 1024, 'version: 1\n', '# padding padding padding padding padding padding\n');
      return dir;
    },
    args: ['validate', 'privacy.yml'],
    expect: (result) => /over the [\d.]+ MB limit/.test(result.stderr),
  },
];

// Warm up: load the schema, the taxonomy and ts-morph once, so the numbers measure the input, not module loading.
{
  const dir = join(work, 'warm-up');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'privacy.yml'), 'version: 1\n');
  await main(['validate', 'privacy.yml'], createIO(dir));
  await main(['scan', '--format', 'json'], createIO(dir));
}

let over = 0;
console.log(`privlint hostile-input bounds (CPU budget ${CPU_BUDGET_MS} ms each, ${CPU_BUDGET_PER_MODULE_MS} ms per module of a generated project)\n`);
try {
  for (const benchCase of cases) {
    const cwd = benchCase.prepare();
    const result = await measure(benchCase.args, cwd);
    const located = result.stderr.split('\n')[0] ?? '';
    const crashed = /internal error/.test(result.stderr) || ![0, 1, 2].includes(result.exitCode);
    const expected = benchCase.expect ? benchCase.expect(result) : true;
    const budget = benchCase.cpuBudgetMs ?? CPU_BUDGET_MS;
    const ok = result.cpuMs < budget && !crashed && expected;
    if (!ok) over++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${benchCase.name}`);
    console.log(`     cpu ${result.cpuMs.toFixed(0)} ms (budget ${budget}), wall ${result.wallMs.toFixed(0)} ms, exit ${result.exitCode}`);
    if (located) console.log(`     ${located.length > 160 ? `${located.slice(0, 157)}...` : located}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (over > 0) {
  console.log(`\n${over} case${over === 1 ? '' : 's'} over budget, crashed or not refused as expected.`);
  process.exitCode = 1;
}
