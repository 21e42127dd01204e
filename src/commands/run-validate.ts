import { Chalk } from 'chalk';
import { EXIT_FAILURE, EXIT_OK, PrivlintError, type Diagnostic } from '../errors.js';
import { escapeForTerminal, findManifest, formatPath, validateManifest, type ManifestValidation } from '../manifest/index.js';
import { findLegalProblems } from '../manifest/legal.js';
import { resolveColor, type CommandIO } from './context.js';
import type { ValidateOptions } from './validate.js';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The JSON shape of `validate --format json`; diagnostics carry the human path (`fields.email.purposes[1]`). */
export function formatValidationJson(result: ManifestValidation): string {
  const diagnostics = result.diagnostics.map((diagnostic) => ({
    file: diagnostic.location.file,
    line: diagnostic.location.line,
    column: diagnostic.location.column,
    severity: diagnostic.severity ?? 'error',
    message: diagnostic.message,
    path: formatPath(diagnostic.path ?? []),
  }));
  return `${JSON.stringify({ valid: result.manifest !== undefined, file: result.file, diagnostics }, null, 2)}\n`;
}

/** Pretty output: the verdict of a valid manifest on stdout, diagnostics (human errors) on stderr. */
export function formatValidationPretty(result: ManifestValidation, color: { stdout: boolean; stderr: boolean }): { stdout: string; stderr: string } {
  const chalk = new Chalk({ level: color.stderr ? 1 : 0 });
  const stdoutChalk = new Chalk({ level: color.stdout ? 1 : 0 });
  const formatDiagnostic = ({ location, message, severity }: Diagnostic): string => {
    const label = severity === 'warn' ? `${chalk.yellow('warning:')} ` : '';
    // Messages escape the user text they quote; the path and the message are escaped again here as a last guard for the terminal.
    return `${chalk.bold(`${escapeForTerminal(location.file)}:${location.line}:${location.column}`)} ${label}${escapeForTerminal(message)}\n`;
  };
  const warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warn');
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'warn');
  const { manifest } = result;
  if (manifest) {
    const counts = [
      plural(Object.keys(manifest.manifest.fields).length, 'field'),
      plural(Object.keys(manifest.manifest.purposes).length, 'purpose'),
      plural(Object.keys(manifest.manifest.recipients).length, 'recipient'),
    ].join(', ');
    return {
      stdout: `${stdoutChalk.green(`${escapeForTerminal(result.file)} is valid`)} (${counts})\n`,
      stderr: warnings.map(formatDiagnostic).join(''),
    };
  }
  const summary = `${chalk.red(`${escapeForTerminal(result.file)} is invalid:`)} ${plural(errors.length, 'error')}; fix ${errors.length === 1 ? 'it' : 'them'} and run privlint validate again.\n`;
  return { stdout: '', stderr: result.diagnostics.map(formatDiagnostic).join('') + summary };
}

/**
 * A manifest that loads may still break GDPR Art. 9 or 22 as written; `validate` reports that as errors (exit 1),
 * though `check` still reads such a manifest and reports the same through its rules.
 */
function withLegalProblems(result: ManifestValidation): ManifestValidation {
  const loaded = result.manifest;
  if (!loaded) return result;
  const legal: Diagnostic[] = findLegalProblems(loaded.manifest).map((problem) => ({
    location: loaded.locate(problem.path),
    message: `${problem.message}.`,
    path: [...problem.path],
    severity: 'error',
  }));
  if (legal.length === 0) return result;
  const diagnostics = [...result.diagnostics, ...legal].sort(
    (a, b) => a.location.line - b.location.line || a.location.column - b.location.column || a.message.localeCompare(b.message),
  );
  return { diagnostics, file: result.file };
}

/** `privlint validate`: prints the verdict and every diagnostic; returns the exit code. */
export function runValidate(positional: string | undefined, options: ValidateOptions, io: CommandIO): number {
  if (positional !== undefined && options.manifest !== undefined && positional !== options.manifest) {
    throw new PrivlintError('E_USAGE', `two manifests were given (${positional} and --manifest ${options.manifest}); pass only one.`);
  }
  const path = findManifest(io.cwd, positional ?? options.manifest, io.cwd);
  const result = withLegalProblems(validateManifest(path, { root: io.cwd }));
  if (options.format === 'json') {
    io.stdout(formatValidationJson(result));
  } else {
    // commander gives `color: true` by default when only --no-color is defined; that must not force colour on.
    const flag = options.color === false ? false : undefined;
    const color = {
      stdout: resolveColor(flag, io),
      stderr: resolveColor(flag, { ...io, stdoutIsTTY: io.stderrIsTTY }),
    };
    const { stdout, stderr } = formatValidationPretty(result, color);
    if (stdout) io.stdout(stdout);
    if (stderr) io.stderr(stderr);
  }
  return result.manifest ? EXIT_OK : EXIT_FAILURE;
}
