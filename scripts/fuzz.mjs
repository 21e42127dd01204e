// Property-based fuzzing of the manifest path (validate, notice, export, check) with fast-check.
// Usage: npm run fuzz  (FUZZ_RUNS=10000 and FUZZ_SEED=<n> to replay a run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzzManifests, readSeeds } from '../dist/hardening/fuzz.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const numRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const workDir = mkdtempSync(join(tmpdir(), 'privlint-fuzz-'));
const started = performance.now();
let report;
try {
  report = await fuzzManifests({ seeds: readSeeds(repo), workDir, numRuns, seed });
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`privlint fuzz: ${report.numRuns} cases (${report.executions} executions with shrinking), seed ${report.seed}, ${seconds} s`);
console.log(`  by exit code: ${JSON.stringify(report.byExitCode)}`);
console.log(`  by command:   ${JSON.stringify(report.byCommand)}`);
if (report.slowest) console.log(`  slowest case: ${report.slowest.ms} ms (${report.slowest.case.command}, ${report.slowest.case.seed}, ${report.slowest.case.mutations.length} mutations)`);
if (report.failure) {
  console.log(`\nFAILED after ${report.failure.shrinks} shrinks: ${report.failure.reason}`);
  console.log(`  command:   ${report.failure.case.command}`);
  console.log(`  seed file: ${report.failure.case.seed}`);
  console.log(`  mutations: ${JSON.stringify(report.failure.case.mutations)}`);
  console.log(`  stderr:\n${report.failure.stderr.replace(/^/gm, '    ')}`);
  console.log(`  replay with FUZZ_SEED=${report.seed} FUZZ_RUNS=${numRuns}`);
  process.exitCode = 1;
}
