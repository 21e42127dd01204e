import { PrivlintError } from '../errors.js';
import { Option } from 'commander';

/** What a command may touch of the outside world; the CLI passes the real process, tests pass fakes. */
export interface CommandIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/**
 * Resolves colour once: --no-color, then NO_COLOR / FORCE_COLOR, then whether stdout is a terminal.
 * `flag` is commander's `color` option, which is `true` by default when only `--no-color` is defined,
 * so only `false` carries meaning.
 */
export function resolveColor(flag: boolean | undefined, io: CommandIO): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutIsTTY;
}

/** Options every command that reads a manifest shares. */
export const manifestOption = () =>
  new Option('--manifest <file>', 'the privacy manifest (default: privacy.yml, privacy.yaml or .privacy/manifest.yml, searched from the scanned dir upwards)');

export const debugOption = () => new Option('--debug', 'print stack traces of internal errors');

/** `--concurrency <n|auto>`, as in ESLint: threads to analyse with; undefined means auto. */
export const concurrencyOption = () =>
  new Option('--concurrency <n>', 'threads to analyse with: a number (1 = no worker threads) or auto, as many as the cores and the amount of code make worthwhile')
    .argParser(parseConcurrency)
    .default(undefined, 'auto');

function parseConcurrency(value: string): number | undefined {
  if (value === 'auto') return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new PrivlintError('E_USAGE', `--concurrency ${value} is not a number of threads; use a whole number from 1 to 999, or auto.`);
  return Number(value);
}

export interface Registration {
  program: import('commander').Command;
  io: CommandIO;
  setExitCode: (code: number) => void;
}
