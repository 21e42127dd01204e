import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// Nothing the user owns may be lost: every writer replaces a file atomically, keeps its mode,
// refuses symbolic links that leave the project, and leaves the old file whole when it fails midway.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');
const IS_ROOT = process.getuid?.() === 0;

const scratch = mkdtempSync(join(tmpdir(), 'privlint-atomic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MANIFEST = `version: 1
service:
  name: Atomic Shop
  controller: { name: Atomic GmbH, address: "Musterstraße 1, 10115 Berlin", email: privacy@atomic.example }
purposes:
  account: { description: Run your customer account, legalBasis: contract, use: essential.service }
fields:
  email:
    category: user.contact.email
    description: Your email address
    purposes: [account]
    storage: [browser-storage]
    retention: Until you delete your account
# ${'A comment the user wrote and --fix must keep. '.repeat(40)}
`;

/** A project whose code stores phone numbers the manifest does not declare, in enough files that every output passes 1 KB. */
function createProject(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'atomic-shop', private: true })}\n`);
  writeFileSync(join(dir, 'privacy.yml'), MANIFEST);
  for (let index = 0; index < 30; index++) {
    writeFileSync(
      join(dir, 'src', `form-${String(index).padStart(2, '0')}.ts`),
      `export function remember${index}(email: string, phoneNumber: string): void {\n  localStorage.setItem('email', email);\n  localStorage.setItem('phone', phoneNumber);\n}\n`,
    );
  }
  return dir;
}

interface Writer {
  name: string;
  /** The file the command replaces, relative to the project. */
  target: string;
  /** What the target holds before the run (a previous report, manifest or baseline). */
  before: (dir: string) => string;
  args: string[];
  /** Exit codes the command ends with when the write succeeds. */
  okExitCodes: number[];
}

const WRITERS: Writer[] = [
  {
    name: 'check --output',
    target: 'report.sarif',
    before: () => '{ "previous": "report" }\n',
    args: ['check', '--format', 'sarif', '--output', 'report.sarif'],
    okExitCodes: [1],
  },
  {
    name: 'init --force',
    target: 'privacy.yml',
    before: () => MANIFEST,
    args: ['init', '--force'],
    okExitCodes: [0],
  },
  {
    name: 'check --fix',
    target: 'privacy.yml',
    before: () => MANIFEST,
    args: ['check', '--fix', '--format', 'json'],
    okExitCodes: [0, 1],
  },
  {
    name: 'check --update-baseline',
    target: 'privlint-baseline.json',
    before: () => '{ "version": 1, "problems": [] }\n',
    args: ['check', '--update-baseline', '--format', 'json'],
    okExitCodes: [0, 1],
  },
];

const run = (args: string[], cwd: string, shellPrefix?: string) => {
  const command = shellPrefix === undefined ? [process.execPath, BIN, ...args] : ['/bin/sh', '-c', `${shellPrefix}; exec "$0" "$@"`, process.execPath, BIN, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
};

const leftovers = (dir: string) => readdirSync(dir).filter((name) => /\.tmp$|privlint-fix/.test(name));

describe.each(WRITERS)('$name', (writer) => {
  const slug = writer.name.replaceAll(/\W+/g, '-');

  test('replaces the file and keeps its permissions (640 before, 640 after)', () => {
    const dir = createProject(`${slug}-mode`);
    const target = join(dir, writer.target);
    const old = writer.before(dir);
    writeFileSync(target, old);
    chmodSync(target, 0o640);
    const result = run(writer.args, dir);
    expect(writer.okExitCodes, result.stderr).toContain(result.status);
    expect(readFileSync(target, 'utf8')).not.toBe(old);
    expect((statSync(target).mode & 0o777).toString(8)).toBe('640');
    expect(leftovers(dir)).toEqual([]);
  });

  test('refuses to write through a symbolic link that leaves the project', () => {
    const dir = createProject(`${slug}-symlink`);
    const outside = join(scratch, `${slug}-outside`);
    mkdirSync(outside, { recursive: true });
    const victim = join(outside, 'victim.txt');
    const old = writer.before(dir);
    writeFileSync(victim, old);
    rmSync(join(dir, writer.target), { force: true });
    symlinkSync(victim, join(dir, writer.target));
    const result = run(writer.args, dir);
    expect(readFileSync(victim, 'utf8')).toBe(old);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/symbolic link/);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('privlint:')).length).toBe(1);
  });

  test('a write killed midway (file size limit) leaves the old file intact', () => {
    const dir = createProject(`${slug}-killed`);
    const target = join(dir, writer.target);
    const old = writer.before(dir);
    writeFileSync(target, old);
    // RLIMIT_FSIZE of 1 block: the first write past it fails (EFBIG) or the kernel stops the process (SIGXFSZ).
    const result = run(writer.args, dir, 'ulimit -f 1');
    expect(result.signal === 'SIGXFSZ' || result.status === 2, `status ${result.status}, signal ${result.signal}: ${result.stderr}`).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(old);
    if (result.status === 2) {
      expect(result.stderr).not.toContain('internal error');
      expect(leftovers(dir)).toEqual([]);
    }
  });

  // Root writes into read-only folders anyway, so this case can only be tried as another user.
  test.skipIf(IS_ROOT)('a read-only folder fails with exit 2 and leaves the old file intact', () => {
    const dir = createProject(`${slug}-read-only`);
    const target = join(dir, writer.target);
    const old = writer.before(dir);
    writeFileSync(target, old);
    chmodSync(dir, 0o555);
    try {
      const result = run(writer.args, dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^privlint: .*(permission|EACCES)/m);
      expect(readFileSync(target, 'utf8')).toBe(old);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
