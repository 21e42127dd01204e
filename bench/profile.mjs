#!/usr/bin/env node
// Profiles one cold `privlint scan` with `node --cpu-prof` and prints the functions with the most self time.
// Usage: node bench/profile.mjs [corpusDir=bench/corpora/app-1000] [--top 15] [--privlint <bin>] [-- extra scan args]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH_DIR, '..');

const argv = process.argv.slice(2);
const separator = argv.indexOf('--');
const own = separator === -1 ? argv : argv.slice(0, separator);
const extra = separator === -1 ? [] : argv.slice(separator + 1);
const valueOf = (flag) => (own.includes(flag) ? own[own.indexOf(flag) + 1] : undefined);
const top = Number(valueOf('--top') ?? 15);
const bin = resolve(valueOf('--privlint') ?? join(REPO, 'bin/privlint.js'));
const positional = own.filter((arg, index) => !arg.startsWith('--') && !['--top', '--privlint'].includes(own[index - 1]));
const corpus = resolve(positional[0] ?? join(BENCH_DIR, 'corpora', 'app-1000'));
if (!existsSync(corpus)) {
  process.stderr.write(`profile: ${relative(REPO, corpus)} does not exist; run npm run bench (or node bench/generate-app.mjs 1000 ${relative(REPO, corpus)}) first\n`);
  process.exit(2);
}

const profileDir = join(BENCH_DIR, '.work', 'profile');
rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
const out = join(profileDir, 'scan.json');
const help = spawnSync(process.execPath, [bin, 'scan', '--help'], { encoding: 'utf8' }).stdout;
const cacheArgs = /--no-cache\b/.test(help) ? ['--no-cache'] : [];
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', profileDir, bin, 'scan', corpus, '--format', 'json', '--output', out, ...cacheArgs, ...extra],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(`profile: privlint scan failed (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}\n`);
  process.exit(2);
}
const profileFile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
if (profileFile === undefined) {
  process.stderr.write('profile: node wrote no .cpuprofile\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(join(profileDir, profileFile), 'utf8'));

// Self time of a node = the sum of the time deltas of the samples that landed on it.
const selfMs = new Map();
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index];
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
}
const byFunction = new Map();
const byFile = new Map();
let totalMs = 0;
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  totalMs += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? shorten(url) : functionName.startsWith('(') ? functionName : '(native)';
  const key = `${functionName || '(anonymous)'} ${url ? `${file}:${lineNumber + 1}` : '(native)'}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
// Inclusive time, counting a function once per stack (recursion would otherwise count it several times).
const children = new Map(profile.nodes.map((node) => [node.id, node.children ?? []]));
const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const inclusive = new Map();
const labelOf = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return functionName && url ? `${functionName} ${shorten(url)}:${lineNumber + 1}` : undefined;
};
const walk = (id, open) => {
  const node = nodesById.get(id);
  const label = labelOf(node);
  const outermost = label !== undefined && !open.has(label);
  if (outermost) open.add(label);
  let total = selfMs.get(id) ?? 0;
  for (const child of children.get(id)) total += walk(child, open);
  if (outermost) {
    open.delete(label);
    inclusive.set(label, (inclusive.get(label) ?? 0) + total);
  }
  return total;
};
walk(profile.nodes[0].id, new Set());
const percent = (ms) => ((ms / totalMs) * 100).toFixed(1);
const heavy = [...inclusive].filter(([label]) => !label.startsWith('node:')).sort((a, b) => b[1] - a[1]).slice(0, top);
const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
const files = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12);
const lines = [
  `Profile of privlint scan ${relative(REPO, corpus)} ${[...cacheArgs, ...extra].join(' ')}: ${(totalMs / 1000).toFixed(2)} s sampled (${relative(REPO, join(profileDir, profileFile))})`,
  '',
  '| # | self ms | self % | function |',
  '|---:|---:|---:|---|',
  ...rows.map(([key, ms], index) => `| ${index + 1} | ${ms.toFixed(0)} | ${percent(ms)} | \`${key}\` |`),
  '',
  '| # | inclusive ms | % | function (outermost call on each stack) |',
  '|---:|---:|---:|---|',
  ...heavy.map(([label, ms], index) => `| ${index + 1} | ${ms.toFixed(0)} | ${percent(ms)} | \`${label}\` |`),
  '',
  '| self ms | self % | file |',
  '|---:|---:|---|',
  ...files.map(([file, ms]) => `| ${ms.toFixed(0)} | ${percent(ms)} | \`${file}\` |`),
];
process.stdout.write(`${lines.join('\n')}\n`);

function shorten(url) {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules !== -1) return path.slice(nodeModules + 'node_modules/'.length);
  return path.startsWith(REPO) ? relative(REPO, path) : path;
}
