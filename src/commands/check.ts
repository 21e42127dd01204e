import { resolve } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { getDefaultCacheLocation } from '../cache/scan-cache.js';
import { writeFileAtomic } from '../fs/write-file.js';
import type { CheckResult, RuleId, Severity } from '../model.js';
import { CHECK_FORMATS, formatCheckResult, isCheckFormat } from '../report/index.js';
import { VERSION } from '../version.js';
import { debugOption, manifestOption, resolveColor, type CommandIO, type Registration } from './context.js';
import { pairOutputs, writeOutputs } from './output.js';

interface CheckFlags {
  manifest?: string;
  format: string[];
  output?: string[];
  rule?: string[];
  strict?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  types: boolean;
  cache: boolean;
  cacheLocation?: string;
  failOnGaps?: boolean;
  color?: boolean;
}

const DEFAULT_BASELINE = 'privlint-baseline.json';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const collectFormat = (value: string, previous: string[] = []) => {
  if (!isCheckFormat(value)) throw new InvalidArgumentError(`Allowed choices are ${CHECK_FORMATS.join(', ')}.`);
  return [...previous, value];
};

const parseCount = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Give a whole number of warnings, e.g. --max-warnings 0.');
  return Number(value);
};

export function registerCheck({ program, io, setExitCode }: Registration): void {
  program
    .command('check')
    .description('scan the code and compare it with the privacy manifest; exit 1 when they disagree (the CI gate)')
    .argument('[dir]', 'the project to check', '.')
    .addOption(manifestOption())
    .addOption(new Option('--format <format>', `report format: ${CHECK_FORMATS.join(', ')} (repeat with --output for several reports)`).argParser(collectFormat).default([], 'pretty'))
    .addOption(new Option('--output <file>', 'write the report to a file instead of standard output (repeatable, paired with --format)').argParser(collect))
    .addOption(new Option('--rule <rule=severity>', 'set a rule to off, warn or error (repeatable), e.g. --rule unused-declaration=off').argParser(collect))
    .option('--strict', 'let low-confidence findings be errors too')
    .option('--baseline <file>', 'report only problems that are not in this baseline file')
    .option('--update-baseline', `write every current problem to the baseline (--baseline, default ${DEFAULT_BASELINE})`)
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(parseCount))
    .option('--quiet', 'report errors only')
    .option('--fix', 'add what the code shows and the manifest lacks to the manifest, with TODO markers')
    .option('--no-types', 'do not use the type checker to expand typed objects (faster, less precise)')
    .option('--no-cache', 'analyse every file again instead of reusing the results of unchanged files')
    .option('--cache-location <dir>', 'where to keep the cache (default: node_modules/.cache/privlint, or the temp folder without node_modules)')
    .option('--fail-on-gaps', 'exit 1 when personal data reaches code privlint could not follow')
    .option('--no-color', 'print without colour')
    .addOption(debugOption())
    .action(async (dir: string, flags: CheckFlags) => {
      setExitCode(await runCheck(dir, flags, io));
    });
}

async function runCheck(dir: string, flags: CheckFlags, io: CommandIO): Promise<number> {
  // Loaded here, not at the top: the scanner pulls in TypeScript, which `--help` and the other commands never need.
  const { checkProject, formatBaseline, parseRuleFlag } = await import('../problems/index.js');
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const value of flags.rule ?? []) {
    const [id, severity] = parseRuleFlag(value);
    rules[id] = severity;
  }
  const targets = pairOutputs(flags.format, flags.output ?? [], 'pretty', io);
  const root = resolve(io.cwd, dir);
  const baselinePath = flags.baseline === undefined ? (flags.updateBaseline ? resolve(root, DEFAULT_BASELINE) : undefined) : resolve(io.cwd, flags.baseline);
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
    ...(flags.cache ? { cache: { location: flags.cacheLocation === undefined ? getDefaultCacheLocation(root) : resolve(io.cwd, flags.cacheLocation) } } : {}),
    fix: flags.fix,
    onProgress: showProgress ? (done, total) => io.stderr(`\rprivlint: scanning ${done}/${total} files`) : undefined,
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
    writeFileAtomic(baselinePath, formatBaseline(outcome.baseline), { insideDir: io.cwd });
    io.stderr(`privlint: wrote ${outcome.baseline.problems.length} known problem${outcome.baseline.problems.length === 1 ? '' : 's'} to the baseline ${flags.baseline ?? DEFAULT_BASELINE}.\n`);
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
  if (flags.failOnGaps && result.gaps.length > 0) {
    io.stderr(`privlint: ${result.gaps.length} place${result.gaps.length === 1 ? '' : 's'} where personal data goes into code privlint could not follow (--fail-on-gaps).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
