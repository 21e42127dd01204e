import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOL_DIR = fileURLToPath(new URL('../../tools/sarif-validator/', import.meta.url));

/**
 * Microsoft's SARIF validator, installed from tools/sarif-validator's lock file on first use (.ci/run installs it
 * before the tests). It is not a devDependency: at 104 MB it would double every install from source.
 */
export function getSarifMultitool(): string {
  const bin = join(TOOL_DIR, 'node_modules', '.bin', 'sarif-multitool');
  if (!existsSync(bin)) execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: TOOL_DIR, stdio: 'pipe' });
  return bin;
}
