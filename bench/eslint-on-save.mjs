#!/usr/bin/env node
// How long the ESLint plugin takes per file when an editor lints on save, on a generated app of N files (default
// 1,000). Run after `npm run build`: `node bench/eslint-on-save.mjs [files] [saves]`.
//
// One ESLint instance lives for the whole run, as in an editor's ESLint server. After a first lint (which fills
// privlint's scan cache; that cold time is printed too), each "save" appends a line of code to a different file and
// lints that file: privlint re-checks the project with a warm cache, analysing only the changed file. Then every
// file of the app is linted once without changes (`eslint .` after the save), which reuses the check.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import typescriptParser from '@typescript-eslint/parser';
import { writeApp } from './generate-app.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { default: privlint } = await import(join(repo, 'dist', 'eslint', 'index.js'));
const files = Number(process.argv[2] ?? 1000);
const saves = Number(process.argv[3] ?? 15);

const work = mkdtempSync(join(tmpdir(), 'privlint-eslint-bench-'));
try {
  const app = join(work, 'app');
  writeApp(app, { files });
  // The manifest `privlint init` drafts for this app, so every rule has something to compare.
  const init = spawnSync(process.execPath, [join(repo, 'bin', 'privlint.js'), 'init', app], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`privlint init failed: ${init.stderr}`);
  // A node_modules folder puts privlint's scan cache where a project's would be (node_modules/.cache/privlint).
  mkdirSync(join(app, 'node_modules'));
  const eslint = new ESLint({ cwd: app, overrideConfigFile: true, overrideConfig: [{ languageOptions: { parser: typescriptParser } }, privlint.configs.recommended] });
  const sources = listTs(app);

  let started = performance.now();
  const [first] = await eslint.lintFiles([sources[0]]);
  const coldMs = performance.now() - started;
  if (first.messages.some((message) => message.message.startsWith('privlint could not check'))) throw new Error(first.messages[0].message);

  // Wall time, and CPU time of all the process's threads: on a busy machine the second is the steadier measure.
  const onSave = [];
  const onSaveCpu = [];
  for (let index = 0; index < saves; index++) {
    const file = sources[Math.floor(((index + 1) * sources.length) / (saves + 1))];
    appendFileSync(file, `\nexport const savedAt${index} = ${index};\n`);
    started = performance.now();
    const cpu = process.cpuUsage();
    await eslint.lintFiles([file]);
    onSave.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    onSaveCpu.push((used.user + used.system) / 1000);
  }

  started = performance.now();
  const results = await eslint.lintFiles(sources);
  const wholeMs = performance.now() - started;
  const reported = results.reduce((sum, result) => sum + result.messages.length, 0);

  const sorted = [...onSave].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const cpuMedian = [...onSaveCpu].sort((a, b) => a - b)[Math.floor(onSaveCpu.length / 2)];
  const report = {
    files: sources.length,
    coldFirstFileMs: Math.round(coldMs),
    onSaveMedianMs: Math.round(median),
    onSaveMedianCpuMs: Math.round(cpuMedian),
    onSaveMinMs: Math.round(sorted[0]),
    onSaveMaxMs: Math.round(sorted.at(-1)),
    wholeProjectUnchangedMs: Math.round(wholeMs),
    perFileUnchangedMs: Number((wholeMs / sources.length).toFixed(2)),
    messages: reported,
    loadAverage: (await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' '),
    cores: (await import('node:os')).availableParallelism(),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function listTs(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => /\.tsx?$/.test(path) && !relative(dir, path).startsWith('node_modules') && statSync(path).isFile())
    .sort();
}
