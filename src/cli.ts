import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, isPrivlintError } from './errors.js';
import { registerCheck } from './commands/check.js';
import type { CommandIO } from './commands/context.js';
import { registerDiff } from './commands/diff.js';
import { registerExport } from './commands/export.js';
import { registerInit } from './commands/init.js';
import { registerMerge } from './commands/merge.js';
import { registerNotice } from './commands/notice.js';
import { registerScan } from './commands/scan.js';
import { registerValidate } from './commands/validate.js';
import { escapeForTerminal } from './manifest/quote.js';
import { VERSION } from './version.js';

export function createProgram(io: CommandIO, setExitCode: (code: number) => void): Command {
  const program = new Command('privlint')
    .description("Keep a product's privacy promises true to its code: check privacy.yml against what the TypeScript code really does.")
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run privlint --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const register = { program, io, setExitCode };
  registerScan(register);
  registerCheck(register);
  registerDiff(register);
  registerValidate(register);
  registerInit(register);
  registerNotice(register);
  registerExport(register);
  registerMerge(register);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let exitCode = 0;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, debug);
  }
}

function handleError(error: unknown, io: CommandIO, debug: boolean): number {
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride with exit code 0; everything else is a usage error.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return EXIT_FAILURE;
  }
  if (isPrivlintError(error)) {
    io.stderr(`privlint: ${escapeForTerminal(error.message)}\n`);
    for (const diagnostic of error.diagnostics) {
      const { file, line, column } = diagnostic.location;
      io.stderr(`  ${escapeForTerminal(file)}:${line}:${column} ${escapeForTerminal(diagnostic.message)}\n`);
    }
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`privlint: internal error: ${message}. This is a bug in privlint; please report it with the command you ran (add --debug for the stack trace).\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT_FAILURE;
}

function processIO(): CommandIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: writerUntilClosed(process.stdout),
    stderr: writerUntilClosed(process.stderr),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/**
 * Writes to a stream until its reader goes away (`privlint scan --help | head`): the rest of the output is dropped and
 * the run ends with its own exit code, as `git log | head` does, instead of an EPIPE stack trace.
 */
function writerUntilClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
