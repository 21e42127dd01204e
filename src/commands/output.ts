import { InvalidArgumentError, Option } from 'commander';
import { relative, resolve } from 'node:path';
import { PrivlintError } from '../errors.js';
import { snapshotFile, writeFileAtomic, type FileSnapshot } from '../fs/write-file.js';
import type { CommandIO } from './context.js';

export interface OutputTarget {
  format: string;
  /** Absolute path, or undefined for stdout. */
  file?: string;
  /** The file as it was when the run began: a file edited since is not overwritten. */
  before?: FileSnapshot;
}

/** One --format or --output flag as written on the command line, in order. */
export interface WrittenReportFlag {
  kind: 'format' | 'output';
  value: string;
}

/**
 * --format and --output options that remember the order they were written in, so that each --output goes with
 * the --format beside it, however the flags are arranged. `--format sarif=out.sarif` names both at once.
 */
export function createReportOptions(
  choices: readonly string[],
  describe: { format: string; output: string },
  reject: (format: string) => Error = () => new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`),
) {
  const written: WrittenReportFlag[] = [];
  const format = new Option('--format <format>', describe.format).argParser((value: string, previous: string[] | undefined) => {
    const name = splitFormat(value).format;
    if (!choices.includes(name)) throw reject(name);
    written.push({ kind: 'format', value });
    return [...(previous ?? []), value];
  });
  const output = new Option('--output <file>', describe.output).argParser((value: string, previous: string[] | undefined) => {
    written.push({ kind: 'output', value });
    return [...(previous ?? []), value];
  });
  return { format, output, written: (): WrittenReportFlag[] => [...written] };
}

function splitFormat(value: string): { format: string; file?: string } {
  const equals = value.indexOf('=');
  return equals < 0 ? { format: value } : { format: value.slice(0, equals), file: value.slice(equals + 1) };
}

/**
 * Pairs the report flags: `--format sarif=out.sarif`, or an --output with the --format written right before it
 * (`--format sarif --output out.sarif --format pretty`), else right after it (`--output out.sarif --format sarif`).
 * An --output with no --format at all takes the default format. Without the written order (a library caller),
 * the formats are taken as written before the outputs.
 */
export function pairOutputs(
  formats: string[],
  outputs: string[],
  defaultFormat: string,
  io: CommandIO,
  written: readonly WrittenReportFlag[] = [
    ...formats.map((value) => ({ kind: 'format' as const, value })),
    ...outputs.map((value) => ({ kind: 'output' as const, value })),
  ],
): OutputTarget[] {
  const slots = written.map((flag) => (flag.kind === 'format' ? { ...flag, ...splitFormat(flag.value) } : { ...flag, format: undefined, file: undefined }));
  const targets: OutputTarget[] = [];
  const formatSlots = slots.filter((slot) => slot.kind === 'format');
  slots.forEach((slot, index) => {
    if (slot.kind !== 'output') return;
    const isOpen = (other: (typeof slots)[number] | undefined) => other !== undefined && other.kind === 'format' && other.file === undefined;
    const partner = isOpen(slots[index - 1]) ? slots[index - 1] : isOpen(slots[index + 1]) && slots[index + 2]?.kind !== 'output' ? slots[index + 1] : undefined;
    if (partner !== undefined) {
      partner.file = slot.value;
    } else if (formatSlots.length === 0 && !targets.some((target) => target.file !== undefined)) {
      const file = resolve(io.cwd, slot.value);
      const before = snapshotFile(file);
      targets.push({ format: defaultFormat, file, ...(before ? { before } : {}) });
    } else {
      throw new PrivlintError(
        'E_USAGE',
        `--output ${slot.value} has no --format of its own beside it; write each report as --format <format> --output <file>, or as --format <format>=<file>.`,
      );
    }
  });
  for (const slot of formatSlots) {
    if (slot.file === '') throw new PrivlintError('E_USAGE', `--format ${slot.value} names no file after '='; write --format ${slot.format}=<file>.`);
    const file = slot.file === undefined ? undefined : resolve(io.cwd, slot.file);
    const before = file === undefined ? undefined : snapshotFile(file);
    targets.push({ format: slot.format!, file, ...(before ? { before } : {}) });
  }
  if (targets.length === 0) targets.push({ format: defaultFormat });
  const toStdout = targets.filter((target) => target.file === undefined);
  if (toStdout.length > 1) {
    throw new PrivlintError(
      'E_USAGE',
      `Only one report can go to standard output, but ${toStdout.length} formats (${toStdout.map((t) => t.format).join(', ')}) have no file; write the others as --format <format>=<file>.`,
    );
  }
  return targets;
}

export function writeOutputs(targets: OutputTarget[], render: (format: string, target: OutputTarget) => string, io: CommandIO): void {
  for (const target of targets) {
    const text = render(target.format, target);
    if (target.file === undefined) {
      io.stdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    } else {
      writeFileAtomic(target.file, text.endsWith('\n') ? text : `${text}\n`, { insideDir: io.cwd, ...(target.before ? { unchangedSince: target.before } : {}) });
      if (io.stderrIsTTY) io.stderr(`privlint: wrote ${relative(io.cwd, target.file) || target.file}\n`);
    }
  }
}
/**
 * What --fail-on-gaps fails on: gaps, and files not scanned at all (a skipped file can hide anything, so it must not
 * pass a gate that a gap fails). Undefined when there is neither.
 */
export function describeUnfollowed(gaps: number, skipped: number): string | undefined {
  const parts: string[] = [];
  if (gaps > 0) parts.push(`${gaps} place${gaps === 1 ? '' : 's'} where personal data goes into code privlint could not follow`);
  if (skipped > 0) parts.push(`${skipped} file${skipped === 1 ? '' : 's'} not scanned`);
  return parts.length === 0 ? undefined : parts.join(' and ');
}
