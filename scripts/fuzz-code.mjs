// Fuzzing of the code path: mutated fixture code and deep constructs at 1,000–50,000 levels, scanned by the built CLI.
// Usage: npm run fuzz:code  (FUZZ_FILES=10000 and FUZZ_SEED=<n> to replay a run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../bench/generate-app.mjs';
import { fuzzCode } from '../dist/hardening/fuzz-code.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const files = Number(process.env.FUZZ_FILES ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const workDir = mkdtempSync(join(tmpdir(), 'privlint-fuzz-code-'));
const started = performance.now();
const report = fuzzCode({
  repoRoot,
  workDir,
  files,
  seed,
  random: createRandom(seed),
  onBatch: (done, total) => {
    if (done % 1000 === 0 || done === total) console.error(`privlint fuzz:code: ${done}/${total} files`);
  },
});
const failed = report.crashes.length + report.hangs.length + report.lost.length > 0;
if (!failed) rmSync(workDir, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`privlint fuzz:code: ${report.files} files (${report.mutated} mutated, ${report.structural} deep constructs), seed ${report.seed}, ${seconds} s`);
console.log(`  deep constructs by kind: ${JSON.stringify(report.byDeepKind)}`);
console.log(`  skipped with an accepted reason: ${JSON.stringify(report.skipped)}; gaps reported: ${report.gaps}; slowest batch ${report.slowestBatchMs} ms`);
console.log(`  crashes ${report.crashes.length}, hangs ${report.hangs.length}, files whose sentinel finding was lost ${report.lost.length}`);
for (const line of [...report.crashes, ...report.hangs, ...report.lost.slice(0, 20)]) console.log(`    ${line}`);
if (failed) {
  console.log(`  the failing batches are kept in ${workDir}; replay with FUZZ_SEED=${report.seed} FUZZ_FILES=${files}`);
  process.exitCode = 1;
}
