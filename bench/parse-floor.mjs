#!/usr/bin/env node
// The floor no JavaScript scanner can beat: read each file, ts.createSourceFile with parent pointers, and one
// ts.forEachChild walk, using the TypeScript that ts-morph bundles (the one privlint parses with).
// Usage: node bench/parse-floor.mjs <corpusDir> | --files <listFile>; prints one JSON line of timings.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { listSourceFiles } from './corpus-files.mjs';

const started = performance.now();
const { ts } = await import('ts-morph');
const loaded = performance.now();

const args = process.argv.slice(2);
const files =
  args[0] === '--files'
    ? readFileSync(args[1], 'utf8').split('\n').filter((line) => line !== '')
    : args[0]
      ? listSourceFiles(resolve(args[0]))
      : undefined;
if (files === undefined || files.length === 0) {
  process.stderr.write('usage: node bench/parse-floor.mjs <corpusDir> | --files <listFile> (with at least one file)\n');
  process.exit(2);
}

let readMs = 0;
let parseMs = 0;
let walkMs = 0;
let nodes = 0;
let lines = 0;
const countNode = (node) => {
  nodes++;
  ts.forEachChild(node, countNode);
};
for (const file of files) {
  const t0 = performance.now();
  const text = readFileSync(file, 'utf8');
  const t1 = performance.now();
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const t2 = performance.now();
  countNode(sourceFile);
  const t3 = performance.now();
  lines += sourceFile.getLineStarts().length;
  readMs += t1 - t0;
  parseMs += t2 - t1;
  walkMs += t3 - t2;
}
const round = (ms) => Math.round(ms * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    typescript: ts.version,
    files: files.length,
    lines,
    nodes,
    loadMs: round(loaded - started),
    readMs: round(readMs),
    parseMs: round(parseMs),
    walkMs: round(walkMs),
    totalMs: round(performance.now() - started),
  })}\n`,
);
