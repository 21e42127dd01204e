import { resolve } from 'node:path';
import { getDefaultCacheLocation } from '../cache/scan-cache.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { snapshotFile, writeFileAtomic } from '../fs/write-file.js';
import type { CheckResult, RuleId, Severity } from '../model.js';
import { checkProject, formatBaseline, parseRuleFlag } from '../problems/index.js';
import { formatCheckResult, isCheckFormat } from '../report/index.js';
import { VERSION } from '../version.js';
import { DEFAULT_BASELINE, type CheckFlags } from './check.js';
import { resolveColor, type CommandIO } from './context.js';
import { describeUnfollowed, pairOutputs, writeOutputs } from './output.js';

/** `privlint check`: scan, compare with the manifest, report; returns the exit code. */
export async function runCheck(dir: string, flags: CheckFlags, io: CommandIO): Promise<number> {
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const value of flags.rule ?? []) {
    const [id, severity] = parseRuleFlag(value);
    rules[id] = severity;
  }
  const targets = pairOutputs(flags.format, flags.output ?? [], 'pretty', io, flags.reports);
  const root = resolve(io.cwd, dir);
  const baselinePath = flags.baseline === undefined ? (flags.updateBaseline ? resolve(root, DEFAULT_BASELINE) : undefined) : resolve(io.cwd, flags.baseline);
  const baselineBefore = flags.updateBaseline && baselinePath !== undefined ? snapshotFile(baselinePath) : undefined;
  const showProgress = io.stderrIsTTY && !flags.quiet;
  const outcome = await checkProject({
    root,
    cwd: io.cwd,
    manifest: flags.manifest,
    rules,
    strict: flags.strict,
    baseline: baselinePath,
    updateBaseline: flags.updateBaseline,
    types: flags.types,
    ...(flags.cache ? { cache: { location: flags.cacheLocation === undefined ? getDefaultCacheLocation() : resolve(io.cwd, flags.cacheLocation) } } : {}),
    ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
    fix: flags.fix,
    ...(flags.base !== undefined ? { base: flags.base } : {}),
    onProgress: showProgress ? (done, total) => io.stderr(`\rprivlint: scanning ${done}/${total} files`) : undefined,
    onNotice: flags.quiet ? undefined : (message) => io.stderr(`${showProgress ? '\r\u001b[K' : ''}privlint: ${message}\n`),
  });
  if (showProgress) io.stderr('\r\u001b[K');
  if (outcome.fixed !== undefined) {
    const { fields, recipients, fieldAdditions, todoPurpose } = outcome.fixed;
    const parts = [
      `${fields.length} field${fields.length === 1 ? '' : 's'}`,
      `${recipients.length} recipient${recipients.length === 1 ? '' : 's'}`,
      `${fieldAdditions.length} field update${fieldAdditions.length === 1 ? '' : 's'}`,
      ...(todoPurpose ? ['the `todo` purpose'] : []),
    ];
    io.stderr(`privlint: --fix added ${parts.join(', ')} to ${outcome.loaded.file}; replace its TODOs with what is true.\n`);
  }
  if (outcome.baseline !== undefined && baselinePath !== undefined) {
    writeFileAtomic(baselinePath, formatBaseline(outcome.baseline), { insideDir: io.cwd, ...(baselineBefore ? { unchangedSince: baselineBefore } : {}) });
    io.stderr(`privlint: wrote ${outcome.baseline.problems.length} known problem${outcome.baseline.problems.length === 1 ? '' : 's'} to the baseline ${flags.baseline ?? DEFAULT_BASELINE}.\n`);
  }
  if (outcome.base !== undefined && !flags.quiet) {
    const { ref, commit, problems } = outcome.base;
    io.stderr(`privlint: comparing with ${ref} (${commit.slice(0, 12)}), which had ${problems} problem${problems === 1 ? '' : 's'}; only new ones are reported.\n`);
  }
  const result = flags.quiet ? withoutWarnings(outcome.result) : outcome.result;
  const color = resolveColor(flags.color === false ? false : undefined, io);
  writeOutputs(
    targets,
    (format) =>
      formatCheckResult(isCheckFormat(format) ? format : 'pretty', result, {
        // Files get plain text whatever the terminal can do.
        color: color && targets.some((target) => target.format === format && target.file === undefined),
        version: VERSION,
        readSource: outcome.readSource,
        verbose: flags.verbose === true,
      }),
    io,
  );
  return toExitCode(result, flags, io);
}

function withoutWarnings(result: CheckResult): CheckResult {
  return { ...result, problems: result.problems.filter((problem) => problem.severity === 'error'), summary: { ...result.summary, warnings: 0 } };
}

function toExitCode(result: CheckResult, flags: CheckFlags, io: CommandIO): number {
  if (result.summary.errors > 0) return EXIT_PROBLEMS;
  if (flags.maxWarnings !== undefined && result.summary.warnings > flags.maxWarnings) {
    const count = result.summary.warnings;
    io.stderr(`privlint: ${count} warning${count === 1 ? '' : 's'} exceed${count === 1 ? 's' : ''} --max-warnings ${flags.maxWarnings}.\n`);
    return EXIT_PROBLEMS;
  }
  const unfollowed = describeUnfollowed(result.gaps.length, result.summary.skipped.length);
  if (flags.failOnGaps && unfollowed !== undefined) {
    io.stderr(`privlint: ${unfollowed} (--fail-on-gaps).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
