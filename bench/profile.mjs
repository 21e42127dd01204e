#!/usr/bin/env node
// Profiles one cold `privlint scan` with `node --cpu-prof` and prints the functions with the most self time.
// Usage: node bench/profile.mjs [corpusDir=bench/corpora/app-1000] [--top 15] [-- extra scan args]
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
const topIndex = own.indexOf('--top');
const top = topIndex === -1 ? 15 : Number(own[topIndex + 1]);
const positional = own.filter((_, index) => topIndex === -1 || (index !== topIndex && index !== topIndex + 1));
const corpus = resolve(positional[0] ?? join(BENCH_DIR, 'corpora', 'app-1000'));
if (!existsSync(corpus)) {
  process.stderr.write(`profile: ${relative(REPO, corpus)} does not exist; run npm run bench (or node bench/generate-app.mjs 1000 ${relative(REPO, corpus)}) first\n`);
  process.exit(2);
}

const profileDir = join(BENCH_DIR, '.work', 'profile');
rmSync(profileDir, { recursive: true, force: true });
mkdirSync(profileDir, { recursive: true });
const out = join(profileDir, 'scan.json');
const help = spawnSync(process.execPath, [join(REPO, 'bin/privlint.js'), 'scan', '--help'], { encoding: 'utf8' }).stdout;
const cacheArgs = /--no-cache\b/.test(help) ? ['--no-cache'] : [];
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', profileDir, join(REPO, 'bin/privlint.js'), 'scan', corpus, '--format', 'json', '--output', out, ...cacheArgs, ...extra],
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
let totalMs = 0;
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  totalMs += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${shorten(url)}:${lineNumber + 1}` : '(native)';
  const key = `${functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
}
const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
const lines = [
  `Profile of privlint scan ${relative(REPO, corpus)} ${[...cacheArgs, ...extra].join(' ')}: ${(totalMs / 1000).toFixed(2)} s sampled (${relative(REPO, join(profileDir, profileFile))})`,
  '',
  '| # | self ms | self % | function |',
  '|---:|---:|---:|---|',
  ...rows.map(([key, ms], index) => `| ${index + 1} | ${ms.toFixed(0)} | ${((ms / totalMs) * 100).toFixed(1)} | \`${key}\` |`),
];
process.stdout.write(`${lines.join('\n')}\n`);

function shorten(url) {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nodeModules = path.lastIndexOf('node_modules/');
  if (nodeModules !== -1) return path.slice(nodeModules + 'node_modules/'.length);
  return path.startsWith(REPO) ? relative(REPO, path) : path;
}
