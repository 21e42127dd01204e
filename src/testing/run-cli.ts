import { main } from '../cli.js';
import type { CommandIO } from '../commands/context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as a non-TTY with NO_COLOR, and captures what it prints. */
export async function runCli(cwd: string, args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    cwd,
    env: { NO_COLOR: '1' },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main([...args], io);
  return { code, stdout, stderr };
}
