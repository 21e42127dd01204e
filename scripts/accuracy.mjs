// Measures the built scanner against the labelled corpus in fixtures/scan (conventions in its README.md).
// Prints TP / FP / FN, recall, precision and F1 per tier and overall; `--verbose` lists every miss and false alarm.
// It measures and writes nothing: the exit code is 0 whatever the score (src/findings/corpus.test.ts asserts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TIERS = ['sdk', 'sink', 'source', 'flow', 'trap'];
const corpusDir = fileURLToPath(new URL('../fixtures/scan/', import.meta.url));
const verbose = process.argv.includes('--verbose');

const toCompactFinding = (finding) =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind} ${finding.sink.recipient ?? 'null'}`;
const toCompactGap = (gap) => `${gap.location.file}:${gap.location.line}:${gap.location.column}`;

function readCorpus() {
  return readdirSync(corpusDir)
    .filter((name) => statSync(path.join(corpusDir, name)).isDirectory())
    .sort()
    .map((name) => ({
      name,
      dir: path.join(corpusDir, name),
      expected: JSON.parse(readFileSync(path.join(corpusDir, name, 'expected.json'), 'utf8')),
    }));
}

/** Matches reported against expected strings as multisets: a duplicate report is a false alarm. */
function compare(expected, reported) {
  const remaining = new Map();
  for (const item of expected) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  const falseAlarms = [];
  let truePositives = 0;
  for (const item of [...reported].sort()) {
    const left = remaining.get(item) ?? 0;
    if (left > 0) {
      remaining.set(item, left - 1);
      truePositives++;
    } else {
      falseAlarms.push(item);
    }
  }
  const misses = [...remaining].flatMap(([item, left]) => Array.from({ length: left }, () => item)).sort();
  return { truePositives, falseAlarms, misses };
}

async function measureCase(corpusCase) {
  const { expected } = corpusCase;
  try {
    const result = await scan({ root: corpusCase.dir });
    const findings = compare(expected.findings, result.findings.map(toCompactFinding));
    const gaps = expected.gaps ? compare(expected.gaps, result.gaps.map(toCompactGap)) : undefined;
    return { ...findings, gaps, error: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { truePositives: 0, falseAlarms: [], misses: [...expected.findings], gaps: undefined, error: message };
  }
}

async function loadScanner() {
  try {
    const { scan: scanProject } = await import('../dist/findings/index.js');
    if (typeof scanProject !== 'function') throw new Error('it exports no scan() function');
    return scanProject;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`accuracy: cannot load the scanner from dist/findings/index.js (${message}); run npm run build first.\n`);
    process.exit(0);
  }
}

const ratio = (part, whole) => (whole === 0 ? undefined : part / whole);
const formatRatio = (value) => (value === undefined ? 'n/a' : value.toFixed(3));

function score(rows) {
  const tp = rows.reduce((sum, row) => sum + row.truePositives, 0);
  const fp = rows.reduce((sum, row) => sum + row.falseAlarms.length, 0);
  const fn = rows.reduce((sum, row) => sum + row.misses.length, 0);
  const recall = ratio(tp, tp + fn);
  const precision = ratio(tp, tp + fp);
  const f1 =
    recall === undefined || precision === undefined || recall + precision === 0
      ? undefined
      : (2 * recall * precision) / (recall + precision);
  const exact = rows.filter((row) => row.falseAlarms.length === 0 && row.misses.length === 0 && !row.error).length;
  return { cases: rows.length, exact, tp, fp, fn, recall, precision, f1 };
}

function formatTable(scores) {
  const header = ['tier', 'cases', 'exact', 'TP', 'FP', 'FN', 'recall', 'precision', 'F1'];
  const body = scores.map(([label, s]) => [
    label,
    String(s.cases),
    String(s.exact),
    String(s.tp),
    String(s.fp),
    String(s.fn),
    formatRatio(s.recall),
    formatRatio(s.precision),
    formatRatio(s.f1),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)));
  const formatRow = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [formatRow(header), ...body.map(formatRow)].join('\n');
}

const scan = await loadScanner();
const corpus = readCorpus();
const rows = [];
for (const corpusCase of corpus) rows.push({ ...corpusCase, ...(await measureCase(corpusCase)) });

const scores = [
  ...TIERS.map((tier) => [tier, score(rows.filter((row) => row.expected.tier === tier))]),
  ['overall', score(rows)],
];

const lines = [`privlint accuracy on fixtures/scan (${corpus.length} cases)`, '', formatTable(scores), ''];

const gapRows = rows.filter((row) => row.gaps);
if (gapRows.length > 0) {
  const gapsMatched = gapRows.filter((row) => row.gaps.misses.length === 0 && row.gaps.falseAlarms.length === 0).length;
  lines.push(`gaps: ${gapsMatched} of ${gapRows.length} cases with labelled gaps report exactly those gaps`);
}
const failed = rows.filter((row) => row.error);
if (failed.length > 0) lines.push(`scan failed on ${failed.length} case(s): ${failed.map((row) => row.name).join(', ')}`);
lines.push('target: recall >= 0.970 and precision >= 0.970 overall');

if (verbose) {
  for (const row of rows) {
    const gapMisses = row.gaps?.misses ?? [];
    const gapAlarms = row.gaps?.falseAlarms ?? [];
    if (!row.error && row.misses.length + row.falseAlarms.length + gapMisses.length + gapAlarms.length === 0) continue;
    lines.push('', `${row.name} (${row.expected.tier})`);
    if (row.error) lines.push(`  error: ${row.error}`);
    for (const item of row.misses) lines.push(`  miss         ${item}`);
    for (const item of row.falseAlarms) lines.push(`  false alarm  ${item}`);
    for (const item of gapMisses) lines.push(`  missed gap   ${item}`);
    for (const item of gapAlarms) lines.push(`  extra gap    ${item}`);
  }
}

process.stdout.write(`${lines.join('\n')}\n`);
