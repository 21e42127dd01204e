#!/usr/bin/env node
// `npm run bench`: for each corpus, interleaved rounds of the raw-parse floor, `tsc --noEmit` (TS 6) and
// `privlint scan` cold, warm and warm after one changed file; medians of wall time, CPU time and peak RSS,
// printed as a table and written to bench/results.json (bench/results-partial.json for --only and --quick).
// Options: --quick (1 run, 100-file corpus only), --runs <n>, --only <name,name> (app-100, app-1000, app-5000, effect,
// dub, ghostfolio), --privlint <path to bin/privlint.js> (default: this checkout's).
// The real monorepos (dub, ghostfolio) are read at a pinned commit from bare git mirrors, never fetched: the folder
// holding them is $PRIVLINT_MIRRORS, else `.mirror` beside this checkout (bench/mirrors.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { hasCommit, howToMirror as describeMissingMirror, mirrorGitDir } from './mirrors.mjs';
import { fileURLToPath } from 'node:url';
import { writeApp } from './generate-app.mjs';
import { listSourceFiles, measureFiles } from './corpus-files.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH_DIR, '..');
const WORK = join(BENCH_DIR, '.work');
const CORPORA = join(BENCH_DIR, 'corpora');
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
// --privlint <bin> benchmarks another build (a worktree of the commit before an optimisation) on the same corpora.
let PRIVLINT = join(REPO, 'bin/privlint.js');
const EFFECT_VERSION = '4.1.0';
const TIME = '/usr/bin/time';
// A warm-up round slower than this makes the corpus "slow": 3 runs instead of 5.
const SLOW_ROUND_MS = 60_000;

const CORPUS_DEFINITIONS = [
  { name: 'app-100', kind: 'generated', files: 100 },
  { name: 'app-1000', kind: 'generated', files: 1000 },
  { name: 'app-5000', kind: 'generated', files: 5000 },
  { name: 'effect', kind: 'effect', version: EFFECT_VERSION },
  // pnpm + Turborepo, about 490k lines of TypeScript: over the 250k a "large real monorepo" must have.
  { name: 'dub', kind: 'mirror', repository: 'dubinc/dub', commit: '1de955f782a72e1eff7b201ae54a909d5ceb5722' },
  // Nx with tsconfig.base.json paths and no root tsconfig.json, about 85k lines.
  { name: 'ghostfolio', kind: 'mirror', repository: 'ghostfolio/ghostfolio', commit: 'c542997d27990365b607c7a6c9fe4bc8835a55c8' },
];

function parseArgs(argv) {
  const options = { quick: false, runs: undefined, only: undefined, privlint: undefined };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--runs') options.runs = Number(argv[++index]);
    else if (arg === '--only') options.only = String(argv[++index]).split(',');
    else if (arg === '--privlint') options.privlint = resolve(String(argv[++index]));
    else fail(`unknown option ${arg}; use --quick, --runs <n>, --only <${CORPUS_DEFINITIONS.map((c) => c.name).join(',')}> or --privlint <bin>`);
  }
  if (options.runs !== undefined && (!Number.isInteger(options.runs) || options.runs < 1)) fail('--runs needs a positive whole number');
  for (const name of options.only ?? []) {
    if (!CORPUS_DEFINITIONS.some((c) => c.name === name)) fail(`unknown corpus ${name}; known: ${CORPUS_DEFINITIONS.map((c) => c.name).join(', ')}`);
  }
  return options;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const log = (text) => process.stderr.write(`${text}\n`);

// ---- measuring one child process ----

const hasTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%e', 'true']).status === 0;

/** Runs `node <script> ...args` and returns wall, CPU and peak RSS of that child. */
function measureNode(script, args, { cwd = REPO, env = process.env } = {}) {
  const statsFile = join(WORK, `stats-${process.pid}.txt`);
  rmSync(statsFile, { force: true });
  const command = hasTime ? TIME : process.execPath;
  const commandArgs = hasTime
    ? ['-f', '%e %U %S %M', '-o', statsFile, process.execPath, script, ...args]
    : [join(BENCH_DIR, 'measure-child.mjs'), statsFile, script, ...args];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  let userMs;
  let sysMs;
  let maxRssKiB;
  const stats = readFileSync(statsFile, 'utf8').trim();
  if (hasTime) {
    // GNU time prints "Command exited with non-zero status N" before the format line when the child fails.
    const [, user, sys, rss] = stats.split('\n').at(-1).split(' ').map(Number);
    userMs = user * 1000;
    sysMs = sys * 1000;
    maxRssKiB = rss;
  } else {
    ({ userMs, sysMs, maxRssKiB } = JSON.parse(stats));
  }
  return { wallMs, cpuMs: userMs + sysMs, maxRssKiB, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

// ---- corpora ----

function prepareCorpus(definition) {
  const dir = join(CORPORA, definition.kind === 'effect' ? `effect-${definition.version}` : definition.name);
  if (definition.kind === 'generated') {
    // Regenerated every run: the generator is seeded, so this is the same bytes each time and undoes any edit.
    writeApp(dir, { files: definition.files });
  } else if (definition.kind === 'mirror') {
    prepareMirror(definition, dir);
  } else {
    prepareEffect(definition.version, dir);
  }
  const files = listSourceFiles(dir);
  return { ...definition, dir, files, size: measureFiles(files) };
}

/** Where a mirrored repository's git directory is, or undefined (then the corpus is skipped, saying how to get it). */
function findMirror(definition) {
  return hasCommit(definition.repository, definition.commit) ? mirrorGitDir(definition.repository) : undefined;
}

const howToMirror = (definition) => `${definition.name}: ${describeMissingMirror(definition.repository, definition.commit)}`;

/** The repository's tree at the pinned commit, extracted afresh each run (undoes the bench's own edits). */
function prepareMirror(definition, dir) {
  const gitDir = findMirror(definition);
  if (!gitDir) fail(howToMirror(definition));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Large files some mirrors lack (Yarn caches, media) are left out: the bench reads source code only.
  const archive = spawnSync('sh', ['-c', 'git --git-dir="$0" archive "$1" -- . ":(exclude).yarn" | tar -x -C "$2"', gitDir, definition.commit, dir], { encoding: 'utf8' });
  if (archive.status !== 0) fail(`could not extract ${definition.repository}@${definition.commit.slice(0, 12)}: ${archive.stderr.trim()}`);
}

function prepareEffect(version, dir) {
  const store = join(WORK, 'effect');
  const tarball = join(store, `effect-${version}.tgz`);
  mkdirSync(store, { recursive: true });
  if (!existsSync(tarball)) {
    log(`bench: fetching effect@${version} with npm pack into ${relative(REPO, store)}`);
    const packed = spawnSync('npm', ['pack', `effect@${version}`, '--ignore-scripts', '--silent'], { cwd: store, encoding: 'utf8' });
    if (packed.status !== 0 || !existsSync(tarball)) fail(`npm pack effect@${version} failed: ${(packed.stderr || packed.stdout || '').trim()}`);
  }
  const extracted = join(store, 'package');
  rmSync(extracted, { recursive: true, force: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', store], { encoding: 'utf8' });
  if (untar.status !== 0) fail(`could not extract ${tarball}: ${untar.stderr.trim()}`);
  if (!existsSync(join(extracted, 'src'))) fail(`effect@${version} ships no src/ folder; pick a version that does`);
  // The corpus is the shipped src/ alone (no dist/, no node_modules), with a tsconfig naming it.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(extracted, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(extracted, 'package.json'), join(dir, 'package.json'));
  const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true }, include: ['src'] };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
}

// ---- tsc ----

/**
 * A tsconfig over exactly the corpus files whose options cannot raise option errors: tsc silently skips the
 * check phase when there are any, so a benchmark on the project's own tsconfig can time a parse and call it a check.
 */
function writeTscConfig(corpus, ts) {
  const own = ts.readConfigFile(join(corpus.dir, 'tsconfig.json'), ts.sys.readFile).config?.compilerOptions ?? {};
  const paths = {};
  for (const [pattern, targets] of Object.entries(own.paths ?? {})) paths[pattern] = targets.map((target) => resolve(corpus.dir, target));
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'preserve',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      // Sources such as effect's import siblings as './Foo.ts'; legal with noEmit, and an error without this flag.
      allowImportingTsExtensions: true,
      incremental: false,
      types: [],
      ...(Object.keys(paths).length > 0 ? { paths } : {}),
    },
    files: corpus.files,
  };
  const file = join(WORK, 'tsc', `${corpus.name}.tsconfig.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** One tsc run with --extendedDiagnostics; throws unless it reached the check phase. */
function verifyTsc(configFile) {
  const run = measureNode(TSC, ['-p', configFile, '--extendedDiagnostics']);
  const checkTime = /^Check time:\s+([\d.]+)s$/m.exec(run.stdout);
  // Option errors have no source location, or point into the tsconfig; errors in the corpus files are expected.
  const optionErrors = run.stdout.split('\n').filter((line) => /^error TS\d+/.test(line) || /tsconfig\.json\(\d+,\d+\): error TS\d+/.test(line));
  const errors = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line)).length;
  const files = Number(/^Files:\s+(\d+)$/m.exec(run.stdout)?.[1] ?? 0);
  if (!checkTime || Number(checkTime[1]) <= 0 || optionErrors.length > 0) {
    const why = optionErrors[0] ?? (checkTime ? `Check time was ${checkTime[1]}s` : 'no "Check time" line in --extendedDiagnostics');
    throw new Error(`tsc did not reach its check phase on ${relative(REPO, configFile)} (${why.trim()}); fix the generated tsconfig before trusting the tsc row`);
  }
  return { checkSeconds: Number(checkTime[1]), errors, programFiles: files, run };
}

// ---- privlint ----

function readScanSupport() {
  const help = spawnSync(process.execPath, [PRIVLINT, 'scan', '--help'], { cwd: REPO, encoding: 'utf8' });
  const text = `${help.stdout}\n${help.stderr}`;
  return {
    helpStatus: help.status,
    noCache: /(^|\s)--no-cache\b/m.test(text),
    cache: /(^|\s)--cache(?![-\w])/m.test(text),
    cacheLocation: /--cache-location\b/.test(text),
    timings: /--timings\b/.test(text),
  };
}

function scanPlan(corpus, support) {
  const cacheDir = join(WORK, 'cache', corpus.name);
  const defaultCacheDir = join(corpus.dir, 'node_modules', '.cache', 'privlint');
  const cacheSupported = support.noCache || support.cache || support.cacheLocation;
  const warmArgs = [...(support.cache ? ['--cache'] : []), ...(support.cacheLocation ? ['--cache-location', cacheDir] : [])];
  const usedCacheDir = support.cacheLocation ? cacheDir : defaultCacheDir;
  const coldArgs = support.noCache ? ['--no-cache'] : support.cache ? [] : warmArgs;
  // Without a way to switch the cache off, cold means "cache folder emptied right before the run".
  const clearBeforeCold = !support.noCache && !support.cache;
  return { cacheSupported, warmArgs, coldArgs, usedCacheDir, clearBeforeCold };
}

function runScan(corpus, variant, extraArgs, support, env = process.env) {
  const out = join(WORK, 'out', `${corpus.name}-${variant}.json`);
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  // Run from the corpus folder so a default cache location (cwd's or the scanned dir's node_modules/.cache) is one place.
  const timingArgs = support.timings ? ['--timings'] : [];
  const run = measureNode(PRIVLINT, ['scan', corpus.dir, '--format', 'json', '--output', out, ...extraArgs, ...timingArgs], { cwd: corpus.dir, env });
  if (run.status !== 0 && run.status !== 1) {
    const reason = run.stderr.trim().split('\n')[0] || `exit code ${run.status}`;
    throw new Error(`privlint scan failed on ${corpus.name} (${variant}): ${reason}`);
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { ...run, report, timings: readTimings(run.stderr) };
}

/**
 * Reads `--timings` output: "  parse   3251 ms" per stage and "files 4998 (12 analysed, 4986 from the cache; ...)",
 * so a warm run that silently re-analysed everything is caught instead of averaged in.
 */
function readTimings(stderr) {
  const stages = {};
  for (const match of stderr.matchAll(/^\s+([a-z][\w-]*)\s+(\d+(?:\.\d+)?) ms$/gm)) stages[match[1]] = Number(match[2]);
  const files = /files (\d+) \((\d+) analysed, (\d+) from the cache/.exec(stderr);
  if (Object.keys(stages).length === 0 && !files) return undefined;
  return { stages, ...(files ? { analysed: Number(files[2]), fromCache: Number(files[3]) } : {}) };
}

/** What the scan saw, and a digest of what it found, so cold and warm outputs can be compared. */
function summarizeReport(report) {
  const { durationMs, ...summary } = report.summary ?? {};
  return { summary, digest: JSON.stringify({ findings: report.findings, gaps: report.gaps }) };
}

function describeSkips(skipped) {
  const counts = new Map();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ');
}

// ---- rounds ----

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function createRow() {
  return { runs: [], error: undefined };
}

function record(row, run) {
  row.runs.push({ wallMs: round(run.wallMs), cpuMs: round(run.cpuMs), maxRssMiB: round(run.maxRssKiB / 1024), ...(run.timings ? { timings: run.timings } : {}) });
}

function summarizeRow(row) {
  if (row.error !== undefined) return { error: row.error };
  if (row.runs.length === 0) return undefined;
  const pick = (key) => row.runs.map((run) => run[key]);
  return {
    wallMs: round(median(pick('wallMs'))),
    cpuMs: round(median(pick('cpuMs'))),
    maxRssMiB: round(median(pick('maxRssMiB'))),
    minWallMs: round(Math.min(...pick('wallMs'))),
    maxWallMs: round(Math.max(...pick('wallMs'))),
    runs: row.runs,
  };
}

const round = (value) => Math.round(value * 10) / 10;

async function benchCorpus(definition, options, support, ts) {
  log(`bench: preparing ${definition.name}`);
  const corpus = prepareCorpus(definition);
  log(`bench: ${corpus.name}: ${corpus.size.files} files, ${corpus.size.lines} lines`);
  const rows = { floor: createRow(), tsc: createRow(), scanCold: createRow(), scanFirst: createRow(), scanWarm: createRow(), scanTouched: createRow(), scanEdited: createRow() };
  const notes = [];
  // Warm-up round, untimed: fills the OS file cache, primes privlint's cache, verifies tsc reaches its check phase.
  let warmupMs = 0;
  const plan = scanPlan(corpus, support);
  let scanInfo;
  let coldDigest;
  let cacheConsistent = plan.cacheSupported ? true : undefined;
  let floorFiles = corpus.files;
  try {
    rmSync(plan.usedCacheDir, { recursive: true, force: true });
    const prime = runScan(corpus, 'prime', plan.cacheSupported ? plan.warmArgs : plan.coldArgs, support);
    warmupMs += prime.wallMs;
    scanInfo = summarizeReport(prime.report);
    // The floor parses what privlint parses: files it skips on purpose (generated, minified, over its size limit)
    // leave the floor's list too. tsc keeps them, as a project's own type-check would.
    const skipped = new Set((scanInfo.summary.skipped ?? []).map((entry) => entry.file));
    floorFiles = corpus.files.filter((file) => !skipped.has(relative(corpus.dir, file).split(sep).join('/')));
    if (floorFiles.length < corpus.files.length) {
      notes.push(`privlint skipped ${corpus.files.length - floorFiles.length} of ${corpus.files.length} files (${describeSkips(scanInfo.summary.skipped)}); the floor parses the other ${floorFiles.length}, tsc checks all`);
    }
    if (scanInfo.summary.files !== undefined && scanInfo.summary.files !== floorFiles.length) {
      notes.push(`privlint scanned ${scanInfo.summary.files} files; the floor read ${floorFiles.length}`);
    }
  } catch (error) {
    for (const key of ['scanCold', 'scanFirst', 'scanWarm', 'scanTouched', 'scanEdited']) rows[key].error = error.message;
    log(`bench: ${error.message}`);
  }
  if (scanInfo && !plan.cacheSupported) {
    rows.scanWarm.error = rows.scanTouched.error = rows.scanEdited.error = 'privlint scan --help lists no cache option (--cache, --no-cache, --cache-location)';
  }

  const listFile = join(WORK, 'lists', `${corpus.name}.txt`);
  mkdirSync(dirname(listFile), { recursive: true });
  writeFileSync(listFile, `${floorFiles.join('\n')}\n`);
  const floorCheck = measureNode(join(BENCH_DIR, 'parse-floor.mjs'), ['--files', listFile]);
  if (floorCheck.status !== 0) fail(`parse-floor failed on ${corpus.name}: ${floorCheck.stderr.trim()}`);
  warmupMs += floorCheck.wallMs;
  const floorInfo = JSON.parse(floorCheck.stdout);

  const tscConfig = writeTscConfig(corpus, ts);
  let tscInfo;
  try {
    tscInfo = verifyTsc(tscConfig);
    warmupMs += tscInfo.run.wallMs;
  } catch (error) {
    rows.tsc.error = error.message;
    log(`bench: ${error.message}`);
  }

  const runs = options.runs ?? (options.quick ? 1 : warmupMs > SLOW_ROUND_MS ? 3 : 5);
  log(`bench: ${corpus.name}: warm-up round took ${(warmupMs / 1000).toFixed(1)} s; ${runs} timed round(s)`);

  const touchedFile = floorFiles[floorFiles.length >> 1];
  const touchedOriginal = readFileSync(touchedFile, 'utf8');
  const units = [
    () => {
      const run = measureNode(join(BENCH_DIR, 'parse-floor.mjs'), ['--files', listFile]);
      if (run.status !== 0) throw new Error(`parse-floor failed: ${run.stderr.trim()}`);
      record(rows.floor, run);
    },
    () => {
      if (rows.tsc.error !== undefined) return;
      const run = measureNode(TSC, ['-p', tscConfig]);
      if (run.status === null || run.status > 2) throw new Error(`tsc crashed with status ${run.status}: ${run.stderr.trim()}`);
      record(rows.tsc, run);
    },
    (roundNumber) => {
      if (scanInfo === undefined) return;
      if (plan.clearBeforeCold) rmSync(plan.usedCacheDir, { recursive: true, force: true });
      const cold = runScan(corpus, 'cold', plan.coldArgs, support);
      record(rows.scanCold, cold);
      coldDigest = summarizeReport(cold.report).digest;
      // A user's very first run: the cache on but empty (so it is written), and no V8 code cache for the TypeScript
      // compiler either. The warm run below starts from the cache it writes.
      if (plan.cacheSupported) rmSync(plan.usedCacheDir, { recursive: true, force: true });
      const first = runScan(corpus, 'first', plan.cacheSupported ? plan.warmArgs : plan.coldArgs, support, { ...process.env, PRIVLINT_NO_COMPILE_CACHE: '1' });
      record(rows.scanFirst, first);
      if (summarizeReport(first.report).digest !== coldDigest) cacheConsistent = false;
      if (!plan.cacheSupported) return;
      const warm = runScan(corpus, 'warm', plan.warmArgs, support);
      record(rows.scanWarm, warm);
      if (summarizeReport(warm.report).digest !== coldDigest) cacheConsistent = false;
      // A new comment at the end changes the content hash without moving any finding, so output must not change.
      writeFileSync(touchedFile, `${touchedOriginal}// bench: touched in round ${roundNumber}\n`);
      const touched = runScan(corpus, 'touched', plan.warmArgs, support);
      record(rows.scanTouched, touched);
      if (summarizeReport(touched.report).digest !== coldDigest) cacheConsistent = false;
      // A code edit (a new export nobody uses): the file is analysed again, with every file whose analysis read it.
      writeFileSync(touchedFile, `${touchedOriginal}export const benchEdited${roundNumber} = ${roundNumber};\n`);
      const edited = runScan(corpus, 'edited', plan.warmArgs, support);
      record(rows.scanEdited, edited);
      if (summarizeReport(edited.report).digest !== coldDigest) cacheConsistent = false;
      // Back to the original text, and the cache with it (untimed), so every round's warm and touched runs start
      // from the same state: otherwise the next touched run would also undo this code edit.
      writeFileSync(touchedFile, touchedOriginal);
      runScan(corpus, 'reset', plan.warmArgs, support);
    },
  ];
  try {
    for (let roundNumber = 1; roundNumber <= runs; roundNumber++) {
      // Rotate which tool goes first so no tool always runs right after another's cache pressure.
      for (let index = 0; index < units.length; index++) units[(index + roundNumber - 1) % units.length](roundNumber);
      log(`bench: ${corpus.name}: round ${roundNumber}/${runs} done`);
    }
  } finally {
    writeFileSync(touchedFile, touchedOriginal);
  }
  if (cacheConsistent === false) notes.push('warm or touched scan output differed from the cold scan output (cache bug?)');
  const missed = rows.scanWarm.runs.filter((run) => (run.timings?.analysed ?? 0) > 0).length;
  if (missed > 0) notes.push(`${missed} of ${rows.scanWarm.runs.length} warm runs re-analysed files (see runs[].timings); the cache was invalidated (was dist/ rebuilt during the bench?)`);
  const touchedMissed = rows.scanTouched.runs.filter((run) => (run.timings?.analysed ?? 0) > 1).length;
  if (touchedMissed > 0) notes.push(`${touchedMissed} of ${rows.scanTouched.runs.length} one-file-touched runs re-analysed more than that file (a file it imports from, or an invalidated cache)`);
  const editedAnalysed = [...new Set(rows.scanEdited.runs.map((run) => run.timings?.analysed).filter((count) => count !== undefined))];
  if (editedAnalysed.length > 0) notes.push(`one-file-edited runs analysed ${editedAnalysed.join(' or ')} file(s): the edited file and the files whose analysis read it`);

  return {
    name: corpus.name,
    source: definition.kind === 'effect' ? `effect@${definition.version} src/ from npm` : `bench/generate-app.mjs ${definition.files}`,
    dir: relative(REPO, corpus.dir).split(sep).join('/'),
    files: corpus.size.files,
    lines: corpus.size.lines,
    bytes: corpus.size.bytes,
    runs,
    floorFiles: floorFiles.length,
    touchedFile: relative(corpus.dir, touchedFile).split(sep).join('/'),
    floor: { ...summarizeRow(rows.floor), inProcess: floorInfo },
    tsc: { ...summarizeRow(rows.tsc), ...(tscInfo ? { checkSeconds: tscInfo.checkSeconds, errors: tscInfo.errors, programFiles: tscInfo.programFiles } : {}) },
    scanCold: summarizeRow(rows.scanCold),
    scanWarm: summarizeRow(rows.scanWarm),
    scanTouched: summarizeRow(rows.scanTouched),
    scanEdited: summarizeRow(rows.scanEdited),
    scanFirst: summarizeRow(rows.scanFirst),
    scan: scanInfo ? { ...scanInfo.summary, cacheConsistent, coldArgs: plan.coldArgs, warmArgs: plan.warmArgs.map((arg) => (arg.startsWith(REPO) ? relative(REPO, arg) : arg)) } : undefined,
    notes,
  };
}

// ---- ratios and table ----

function ratio(a, b, key = 'wallMs') {
  return a?.[key] !== undefined && b?.[key] !== undefined && b[key] > 0 ? Math.round((a[key] / b[key]) * 100) / 100 : null;
}

// CPU-time ratios beside the wall-time ones: on a shared machine, wall time also measures the neighbours.
function addRatios(result) {
  const pairs = {
    coldOverFloor: ['scanCold', 'floor'],
    coldOverTsc: ['scanCold', 'tsc'],
    warmOverFloor: ['scanWarm', 'floor'],
    touchedOverFloor: ['scanTouched', 'floor'],
    editedOverFloor: ['scanEdited', 'floor'],
    firstOverFloor: ['scanFirst', 'floor'],
    warmOverCold: ['scanWarm', 'scanCold'],
    tscOverFloor: ['tsc', 'floor'],
  };
  result.ratios = {};
  result.cpuRatios = {};
  for (const [name, [a, b]] of Object.entries(pairs)) {
    result.ratios[name] = ratio(result[a], result[b]);
    result.cpuRatios[name] = ratio(result[a], result[b], 'cpuMs');
  }
}

const seconds = (row) => (row?.wallMs !== undefined ? `${(row.wallMs / 1000).toFixed(2)} s` : 'n/a');
const mib = (row) => (row?.maxRssMiB !== undefined ? `${Math.round(row.maxRssMiB)}` : 'n/a');
const times = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`);
const bothTimes = (r, name) => (r.ratios[name] === null ? 'n/a' : `${times(r.ratios[name])} (${times(r.cpuRatios[name])})`);

function formatTable(results, scaling) {
  const lines = [
    '| corpus | files | lines | floor | tsc | scan cold | first run | scan warm | 1 file touched | 1 file edited | cold/floor | cold/tsc | first/floor | warm/floor | touched/floor | edited/floor | warm/cold | peak RSS MiB (floor / tsc / cold) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.files} | ${r.lines} | ${seconds(r.floor)} | ${seconds(r.tsc)} | ${seconds(r.scanCold)} | ${seconds(r.scanFirst)} | ${seconds(r.scanWarm)} | ${seconds(r.scanTouched)} | ${seconds(r.scanEdited)} | ${bothTimes(r, 'coldOverFloor')} | ${bothTimes(r, 'coldOverTsc')} | ${bothTimes(r, 'firstOverFloor')} | ${bothTimes(r, 'warmOverFloor')} | ${bothTimes(r, 'touchedOverFloor')} | ${bothTimes(r, 'editedOverFloor')} | ${bothTimes(r, 'warmOverCold')} | ${mib(r.floor)} / ${mib(r.tsc)} / ${mib(r.scanCold)} |`,
    );
  }
  if (scaling) {
    lines.push('', `Scaling app-5000 / app-1000, wall (CPU): floor ${times(scaling.floor)} (${times(scaling.cpu.floor)}), tsc ${times(scaling.tsc)} (${times(scaling.cpu.tsc)}), scan cold ${times(scaling.scanCold)} (${times(scaling.cpu.scanCold)}); target ≤ 5.5×.`);
  }
  const problems = [];
  for (const r of results) {
    // One line per distinct error, naming every row it emptied (a scan that fails empties cold, warm and touched).
    const byError = new Map();
    for (const key of ['tsc', 'scanCold', 'scanFirst', 'scanWarm', 'scanTouched', 'scanEdited']) {
      const error = r[key]?.error;
      if (error !== undefined) byError.set(error, [...(byError.get(error) ?? []), key]);
    }
    for (const [error, keys] of byError) problems.push(`${r.name} ${keys.join(', ')}: ${error}`);
    for (const note of r.notes) problems.push(`${r.name}: ${note}`);
  }
  if (problems.length > 0) lines.push('', ...problems.map((problem) => `- ${problem}`));
  return lines.join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.privlint !== undefined) {
    if (!existsSync(options.privlint)) fail(`--privlint ${options.privlint} does not exist; give the path of a built bin/privlint.js`);
    PRIVLINT = options.privlint;
  } else if (!existsSync(join(REPO, 'dist', 'cli.js'))) {
    fail('dist/cli.js is missing; run `npm run build` first (npm run bench does)');
  }
  mkdirSync(WORK, { recursive: true });
  acquireLock();
  const { ts } = await import('ts-morph');
  const support = readScanSupport();
  const selected = options.quick
    ? CORPUS_DEFINITIONS.filter((c) => c.name === 'app-100')
    : CORPUS_DEFINITIONS.filter((c) => options.only === undefined || options.only.includes(c.name)).filter((c) => {
        if (c.kind !== 'mirror' || findMirror(c)) return true;
        // Asked for by name, a missing mirror is an error; in a full run the corpus is left out with the same advice.
        if (options.only !== undefined) fail(howToMirror(c));
        log(`bench: skipped ${howToMirror(c)}`);
        return false;
      });
  const startedAt = new Date();
  const buildBefore = newestMtime(join(dirname(PRIVLINT), '..', 'dist'));
  const loadBefore = loadavg().map((value) => round(value));
  const results = [];
  for (const definition of selected) {
    const result = await benchCorpus(definition, options, support, ts);
    addRatios(result);
    results.push(result);
  }
  const byName = new Map(results.map((r) => [r.name, r]));
  const small = byName.get('app-1000');
  const large = byName.get('app-5000');
  const scalingOf = (key) => ({ floor: ratio(large.floor, small.floor, key), tsc: ratio(large.tsc, small.tsc, key), scanCold: ratio(large.scanCold, small.scanCold, key) });
  const scaling = small && large ? { ...scalingOf('wallMs'), cpu: scalingOf('cpuMs') } : undefined;

  const buildAfter = newestMtime(join(dirname(PRIVLINT), '..', 'dist'));
  const buildChanged = buildBefore !== buildAfter;
  const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() || null;
  // A dirty tree means the numbers belong to uncommitted code: say so next to the commit.
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() !== '';
  const output = {
    date: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    privlint: { version: packageJson.version, commit, dirty, buildChangedDuringRun: buildChanged, bin: PRIVLINT.startsWith(`${REPO}${sep}`) ? relative(REPO, PRIVLINT) : PRIVLINT, scanOptions: support },
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      os: `${platform()} ${release()}`,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((value) => round(value)),
    },
    node: process.version,
    typescript: { tsc: readTscVersion(), tsMorphBundled: ts.version },
    measurement: hasTime ? 'GNU time -f "%e %U %S %M" (CPU = user + sys, peak RSS of the child); wall from process.hrtime' : 'bench/measure-child.mjs (process.resourceUsage at exit); wall from process.hrtime',
    options: { quick: options.quick, runs: options.runs ?? null },
    corpora: results,
    scaling: scaling ?? null,
  };
  // A partial run (--only, --quick) must not replace the full run's record.
  const resultsName = options.only !== undefined || options.quick ? 'results-partial.json' : 'results.json';
  writeFileSync(join(BENCH_DIR, resultsName), `${JSON.stringify(output, null, 2)}\n`);
  const header = `privlint bench, ${output.date.slice(0, 10)}, ${output.machine.cpu} (${output.machine.cores} cores, ${output.machine.memoryGiB} GiB), Node ${output.node}, TS ${output.typescript.tsc}; medians of wall time, ratios as wall (CPU); load average before ${loadBefore.join(' ')}`;
  const warning = buildChanged ? '\n\nWarning: dist/ was rebuilt while the bench ran, so rows mix two builds of privlint; run it again on a quiet tree.' : '';
  process.stdout.write(`${header}\n\n${formatTable(results, scaling)}${warning}\n\nWrote bench/${resultsName}\n`);
}

// Two benches at once share the corpora (one regenerates what the other is timing) and each other's CPU.
function acquireLock() {
  const lock = join(WORK, 'run.lock');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (isAlive(pid)) fail(`another bench is running (pid ${pid}); wait for it, or remove ${relative(REPO, lock)} if that process is not a bench`);
  }
  writeFileSync(lock, String(process.pid));
  process.on('exit', () => {
    rmSync(lock, { force: true });
    rmSync(join(WORK, `stats-${process.pid}.txt`), { force: true });
  });
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function newestMtime(dir) {
  let newest = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) visit(child);
      else newest = Math.max(newest, statSync(child).mtimeMs);
    }
  };
  if (existsSync(dir)) visit(dir);
  return newest;
}

function readTscVersion() {
  return JSON.parse(readFileSync(join(REPO, 'node_modules/typescript/package.json'), 'utf8')).version;
}

await main();
