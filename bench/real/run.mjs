// npm run accuracy:real [-- --app <id>[,<id>...]] [--sample] [--no-write] [--misses <dir>] [--falses <dir>]
// Scans each app of apps.json at its pinned commit with the built CLI and scores the findings against the hand labels
// (labels/<app>.json) and the judged findings (judgements/<app>.json). README.md in this folder explains the measures.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appTree, readApps } from './app-tree.mjs';
import { judgementSample, fingerprintFinding } from './sample.mjs';

const realDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(realDir, '../..');
const THIRD_PARTY_KINDS = new Set([
  'analytics', 'error-monitoring', 'session-replay', 'advertising', 'marketing', 'payments', 'messaging', 'support', 'ai',
]);
const SAMPLE_SIZE = 30;

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function parseArgs(argv) {
  const options = { apps: undefined, sample: false, write: true };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--app') options.apps = argv[++index].split(',');
    else if (arg === '--sample') options.sample = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--misses') options.misses = argv[++index];
    else if (arg === '--falses') options.falses = argv[++index];
    else {
      console.error(`unknown option '${arg}': use --app <id>[,<id>], --sample, --no-write, --misses <dir> or --falses <dir>`);
      process.exit(2);
    }
  }
  return options;
}

function scanApp(root) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'privlint-real-'));
  const output = path.join(scratch, 'report.json');
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'bin/privlint.js'), 'scan', root, '--format', 'json', '--output', output, '--no-cache'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  try {
    if (!existsSync(output)) {
      return { error: (run.stderr || run.stdout || `exit ${run.status}`).trim().split('\n')[0], seconds };
    }
    return { report: readJson(output), seconds };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const sameBranch = (found, labelled) =>
  found === labelled || found.startsWith(`${labelled}.`) || labelled.startsWith(`${found}.`);

function atLabel(label, location) {
  const last = label.endLine ?? label.line;
  return location.file === label.file && location.line >= label.line - 1 && location.line <= last + 1;
}

function isThirdParty(label) {
  return label.selectedBy === 'third-party' || THIRD_PARTY_KINDS.has(label.sink);
}

function scoreRecall(labels, report) {
  const filesWithOutput = new Set([...report.findings, ...report.gaps].map((item) => item.location.file));
  const outcomes = labels.map((label) => {
    const there = report.findings.filter((finding) => atLabel(label, finding.location));
    const found = there.length > 0;
    const rightCategory = there.some((finding) => label.categories.some((category) => sameBranch(finding.category, category)));
    const gap = report.gaps.some((item) => atLabel(label, item.location));
    const why = found ? undefined : gap ? 'gap only' : filesWithOutput.has(label.file) ? 'site silent' : 'file silent';
    return { label, found, rightCategory, foundOrGap: found || gap, why };
  });
  return outcomes;
}

function ratio(part, whole) {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

function summarise(outcomes) {
  const count = (predicate) => outcomes.filter(predicate).length;
  const thirdParty = outcomes.filter((outcome) => isThirdParty(outcome.label));
  const missesBy = (key) => {
    const table = {};
    for (const outcome of outcomes) {
      if (outcome.found) continue;
      const value = key(outcome);
      table[value] = (table[value] ?? 0) + 1;
    }
    return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
  };
  return {
    labels: outcomes.length,
    borderline: count((outcome) => outcome.label.borderline),
    recall: ratio(count((outcome) => outcome.found), outcomes.length),
    recallRightCategory: ratio(count((outcome) => outcome.rightCategory), outcomes.length),
    foundOrGap: ratio(count((outcome) => outcome.foundOrGap), outcomes.length),
    recallWithoutBorderline: ratio(
      count((outcome) => outcome.found && !outcome.label.borderline),
      count((outcome) => !outcome.label.borderline),
    ),
    thirdPartyLabels: thirdParty.length,
    thirdPartyRecall: ratio(thirdParty.filter((outcome) => outcome.found).length, thirdParty.length),
    missesBySink: missesBy((outcome) => outcome.label.sink),
    missesByWhy: missesBy((outcome) => outcome.why),
  };
}

function scorePrecision(app, root, report, writePending) {
  const judgementFile = path.join(realDir, 'judgements', `${app.id}.json`);
  const judged = existsSync(judgementFile) ? readJson(judgementFile).judgements : [];
  const verdicts = new Map(judged.map((judgement) => [judgement.fingerprint, judgement.verdict]));
  const notes = new Map(judged.map((judgement) => [judgement.fingerprint, judgement.note]));
  const sample = judgementSample(app.id, root, report.findings, SAMPLE_SIZE);
  const pending = sample.filter((entry) => !verdicts.has(entry.fingerprint));
  const pendingFile = path.join(realDir, 'judgements', `${app.id}.pending.json`);
  if (writePending) {
    if (pending.length > 0) {
      writeFileSync(pendingFile, `${JSON.stringify({ app: app.id, commit: app.commit, judgements: pending }, null, 2)}\n`);
    } else {
      rmSync(pendingFile, { force: true });
    }
  }
  const sampledVerdicts = sample.map((entry) => verdicts.get(entry.fingerprint)).filter(Boolean);
  const correct = sampledVerdicts.filter((verdict) => verdict === 'correct').length;
  const wrongCategory = sampledVerdicts.filter((verdict) => verdict === 'wrong-category').length;
  return {
    sampled: sample.length,
    judged: sampledVerdicts.length,
    precision: ratio(correct + wrongCategory, sampledVerdicts.length),
    precisionRightCategory: ratio(correct, sampledVerdicts.length),
    falses: sample
      .filter((entry) => verdicts.get(entry.fingerprint) === 'false')
      .map((entry) => ({ ...entry, verdict: 'false', note: notes.get(entry.fingerprint) })),
  };
}

// One file per app for whoever works on precision: each sampled finding a person judged false, with the judge's note.
function writeFalses(dir, appId, falses) {
  mkdirSync(dir, { recursive: true });
  const lines = falses.flatMap((entry) => [
    `## ${entry.file}:${entry.line}:${entry.column} ${entry.category} ${entry.sink.kind}${entry.sink.api ? ` ${entry.sink.api}` : ''} (${entry.confidence})`,
    `expression: ${entry.expression}`,
    `line: ${entry.lineText}`,
    `judge: ${entry.note}`,
    '',
  ]);
  writeFileSync(path.join(dir, `${appId}.md`), `${lines.join('\n')}\n`);
}

// One file per app for whoever works on recall: each miss with the labelled code and what the scan reported in that file.
function writeMisses(dir, appId, root, outcomes, report) {
  mkdirSync(dir, { recursive: true });
  const lines = [];
  for (const outcome of outcomes) {
    if (outcome.found) continue;
    const { label } = outcome;
    const source = readFileSync(path.join(root, label.file), 'utf8').split('\n');
    const code = source.slice(label.line - 1, (label.endLine ?? label.line) + 0).join('\n');
    const nearby = [...report.findings, ...report.gaps]
      .filter((item) => item.location.file === label.file && Math.abs(item.location.line - label.line) <= 15)
      .map((item) => `${item.location.line}:${item.location.column} ${item.category ?? (item.categories ?? []).join(',')} ${item.sink ? item.sink.kind : `gap: ${item.reason}`}`);
    lines.push(
      `## ${label.id} ${label.file}:${label.line} ${label.sink}${label.service ? ` (${label.service})` : ''} [${label.categories.join(', ')}] ${outcome.why}${label.borderline ? ' borderline' : ''}`,
      `reason: ${label.reason}`,
      '```',
      code,
      '```',
      ...(nearby.length > 0 ? ['reported within 15 lines:', ...nearby.map((text) => `- ${text}`)] : []),
      '',
    );
  }
  writeFileSync(path.join(dir, `${appId}.md`), `${lines.join('\n')}\n`);
}

function privlintCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

function fmt(value) {
  return value === null || value === undefined ? '–' : value.toFixed(3);
}

function table(rows) {
  const header =
    '| app | labels | recall | right category | found or gap | third-party recall | precision (judged/sampled) | findings | gaps | scan s |';
  const lines = [header, '|---|---|---|---|---|---|---|---|---|---|'];
  for (const row of rows) {
    const recall = row.recall ?? {};
    const precision = row.precision ?? {};
    lines.push(
      `| ${row.app} | ${recall.labels ?? 0} | ${fmt(recall.recall)} | ${fmt(recall.recallRightCategory)} | ${fmt(recall.foundOrGap)} | ` +
        `${fmt(recall.thirdPartyRecall)} (${recall.thirdPartyLabels ?? 0}) | ${fmt(precision.precision)} (${precision.judged ?? 0}/${precision.sampled ?? 0}) | ` +
        `${row.findings ?? '–'} | ${row.gaps ?? '–'} | ${row.seconds === undefined ? '–' : row.seconds.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

function updateReadme(markdown) {
  const readme = path.join(realDir, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const block = `${start}\n${markdown}\n${end}`;
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block)
    : `${text.trimEnd()}\n\n## Results\n\n${block}\n`;
  writeFileSync(readme, next);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const apps = readApps().filter((app) => !options.apps || options.apps.includes(app.id));
  if (options.apps) {
    const unknown = options.apps.filter((id) => !apps.some((app) => app.id === id));
    if (unknown.length > 0) {
      console.error(`unknown app ${unknown.join(', ')}: the ids are in bench/real/apps.json`);
      process.exit(2);
    }
  }
  const rows = [];
  const allOutcomes = [];
  const allPrecision = { sampled: 0, judged: 0, correct: 0 };
  for (const app of apps) {
    const labelFile = path.join(realDir, 'labels', `${app.id}.json`);
    let root;
    try {
      root = appTree(app);
    } catch (error) {
      console.error(`${app.id}: ${error.message}`);
      rows.push({ app: app.id, error: error.message });
      continue;
    }
    const { report, error, seconds } = scanApp(root);
    if (!report) {
      console.error(`${app.id}: the scan failed: ${error}`);
      rows.push({ app: app.id, error, seconds });
      continue;
    }
    const labels = existsSync(labelFile) ? readJson(labelFile).labels : [];
    const outcomes = scoreRecall(labels, report);
    allOutcomes.push(...outcomes);
    const { falses, ...precision } = scorePrecision(app, root, report, options.sample);
    allPrecision.sampled += precision.sampled;
    allPrecision.judged += precision.judged;
    allPrecision.correct += Math.round((precision.precision ?? 0) * precision.judged);
    const row = {
      app: app.id,
      commit: app.commit,
      findings: report.findings.length,
      gaps: report.gaps.length,
      seconds,
      recall: summarise(outcomes),
      precision,
      misses: outcomes
        .filter((outcome) => !outcome.found)
        .map((outcome) => `${outcome.label.id} ${outcome.label.file}:${outcome.label.line} ${outcome.label.sink} (${outcome.why})`),
    };
    rows.push(row);
    if (options.misses) writeMisses(options.misses, app.id, root, outcomes, report);
    if (options.falses) writeFalses(options.falses, app.id, falses);
    console.error(`${app.id}: ${report.findings.length} findings, recall ${fmt(row.recall.recall)}, ${seconds.toFixed(1)} s`);
  }
  const overall = {
    app: '**all**',
    recall: summarise(allOutcomes),
    precision: {
      sampled: allPrecision.sampled,
      judged: allPrecision.judged,
      precision: ratio(allPrecision.correct, allPrecision.judged),
    },
    findings: rows.reduce((sum, row) => sum + (row.findings ?? 0), 0),
    gaps: rows.reduce((sum, row) => sum + (row.gaps ?? 0), 0),
    seconds: rows.reduce((sum, row) => sum + (row.seconds ?? 0), 0),
  };
  const markdown = table([...rows, overall]);
  console.log(markdown);
  console.log('\nMisses by sink kind:', JSON.stringify(overall.recall.missesBySink));
  console.log('Misses by why:', JSON.stringify(overall.recall.missesByWhy));
  if (!options.write || options.apps) return;
  const { commit, dirty } = privlintCommit();
  const results = { date: new Date().toISOString().slice(0, 10), privlint: { commit, dirty }, overall, apps: rows };
  writeFileSync(path.join(realDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  updateReadme(`Run of ${results.date} on privlint ${commit ? commit.slice(0, 7) : 'unknown'}${dirty ? ' (uncommitted changes)' : ''}:\n\n${markdown}`);
}

export { fingerprintFinding };
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
