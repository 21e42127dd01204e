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

/**
 * Pairs repeated --format and --output flags by position: `--format pretty --format sarif --output out.sarif`
 * prints pretty and writes SARIF. An --output without a --format of its own takes the default format.
 */
export function pairOutputs(formats: string[], outputs: string[], defaultFormat: string, io: CommandIO): OutputTarget[] {
  const targets: OutputTarget[] = [];
  const count = Math.max(formats.length, outputs.length, 1);
  // With more formats than outputs, the outputs pair with the last formats and the first format goes to stdout.
  const offset = formats.length > outputs.length ? formats.length - outputs.length : 0;
  for (let index = 0; index < count; index++) {
    const format = formats[index] ?? defaultFormat;
    const outputIndex = index - offset;
    const output = outputIndex >= 0 ? outputs[outputIndex] : undefined;
    const file = output === undefined ? undefined : resolvePath(io.cwd, output);
    const before = file === undefined ? undefined : snapshotFile(file);
    targets.push({ format, file, ...(before ? { before } : {}) });
  }
  const toStdout = targets.filter((target) => target.file === undefined);
  if (toStdout.length > 1) {
    throw new PrivlintError(
      'E_USAGE',
      `Only one report can go to standard output, but ${toStdout.length} formats (${toStdout.map((t) => t.format).join(', ')}) have no --output; give each extra --format an --output file.`,
    );
  }
  return targets;
}

export function writeOutputs(targets: OutputTarget[], render: (format: string) => string, io: CommandIO): void {
  for (const target of targets) {
    const text = render(target.format);
    if (target.file === undefined) {
      io.stdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    } else {
      writeFileAtomic(target.file, text.endsWith('\n') ? text : `${text}\n`, { insideDir: io.cwd, ...(target.before ? { unchangedSince: target.before } : {}) });
      if (io.stderrIsTTY) io.stderr(`privlint: wrote ${relative(io.cwd, target.file) || target.file}\n`);
    }
  }
}

function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
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
