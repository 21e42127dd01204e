import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, cpSync, lchownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { recursionRingSources, wrapperChainSources } from '../../bench/hostile-projects.mjs';
import { main } from '../cli.js';
import type { CommandIO } from '../commands/context.js';

// Every hostile input must end in exit 0, 1 or 2 with one clear, located message, never a crash, hang or executed file.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');
const HOSTILE = join(REPO, 'fixtures', 'hostile');
const IS_ROOT = process.getuid?.() === 0;

interface Expectation {
  command: string[];
  exitCode: 0 | 1 | 2;
  stderrIncludes?: string[];
  stdoutIncludes?: string[];
  /** Matched with toMatchObject against the JSON report's summary (arrays must match in length). */
  summaryIncludes?: Record<string, unknown>;
  /** Every finding, as `file:line:column category sink-kind`, in output order. */
  findings?: string[];
  /** Findings that must be among the output's findings. */
  findingsInclude?: string[];
}

interface Expected extends Expectation {
  /** A generator below that adds what is too big, too odd or too platform-bound to commit. */
  generate?: string;
  /** Root reads files whatever their mode; what to expect instead, and why. */
  whenRoot?: Partial<Expectation> & { why: string };
  /**
   * Run as the unprivileged user nobody (65534) through setpriv, the project and the victim file being nobody's,
   * while planted files belong to another user (1001): needs root, which CI is.
   */
  asNobody?: boolean;
  /** Environment of the run; `{shared}` is a folder every user may write (no sticky bit), `{project}` the project. */
  env?: Record<string, string>;
  /** Commands run first, as the same user (to fill a cache), before `tamper`. */
  before?: string[][];
  /** A generator run after `before`. */
  tamper?: string;
  /** Where the command runs, below the project folder. */
  cwd?: string;
  stdoutExcludes?: string[];
  stderrExcludes?: string[];
  /** Checks by name (VERIFY below) run after the command. */
  verify?: string;
  /** The exit code must equal that of the same command with --no-cache (a cache must never change the verdict). */
  sameAsNoCache?: boolean;
}

/** What a generator may touch: the project, the victim file outside it, a folder shared by every user. */
interface CaseContext {
  project: string;
  victim: string;
  shared: string;
}

const VICTIM_CONTENT = 'the victim file: nothing privlint runs may change it\n';
const NOBODY = 65534;
const OTHER_USER = 1001;

const scratch = mkdtempSync(join(tmpdir(), 'privlint-hostile-'));
// nobody must reach the cases run as nobody.
chmodSync(scratch, 0o755);
afterAll(() => {
  // chmod 000 files must be made readable again before removal; links (some broken on purpose) are left alone.
  for (const path of walk(scratch)) if (!lstatSync(path).isSymbolicLink()) chmodSync(path, lstatSync(path).isDirectory() ? 0o755 : 0o644);
  rmSync(scratch, { recursive: true, force: true });
});

const MEBIBYTE = 1024 * 1024;

const GENERATORS: Record<string, (dir: string, context: CaseContext) => void> = {
  'manifest-nested-10000-levels': (dir) => {
    const depth = 10_000;
    writeFileSync(join(dir, 'privacy.yml'), `version: 1\nservice: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)}\n`);
  },
  'manifest-50-mb': (dir) => writeFile(join(dir, 'privacy.yml'), 50 * MEBIBYTE, 'version: 1\n', '# padding to make a file no manifest should ever be\n'),
  'code-minified-5-mb': (dir) =>
    writeFile(join(dir, 'src', 'vendor-bundle.ts'), 5 * MEBIBYTE, 'var u={email:"a@b.example"};', 'localStorage.setItem("e",u.email);var x0=1;', { newline: false }),
  'code-nested-10000-levels': (dir) => {
    const depth = 10_000;
    writeFileSync(join(dir, 'src', 'deep-parens.ts'), `export const deep =\n${'(\n'.repeat(depth)}1${'\n)'.repeat(depth)};\n`);
    writeFileSync(
      join(dir, 'src', 'deep-objects.ts'),
      `export function keep(email: string): void {\n  localStorage.setItem('deep', JSON.stringify(\n${'{ a:\n'.repeat(depth)}{ email }${'\n}'.repeat(depth)}));\n}\n`,
    );
    writeFileSync(join(dir, 'src', 'deep-calls.ts'), `const wrap = (value: unknown) => value;\nexport function keep(email: string): void {\n  console.log(\n${'wrap(\n'.repeat(depth)}email${'\n)'.repeat(depth)});\n}\n`);
    writeFileSync(join(dir, 'src', 'deep-binary.ts'), `export const sum =\n${Array.from({ length: depth }, (_, index) => index).join(' +\n')};\n`);
  },
  'code-symlink-loop': (dir) => symlinkSync('.', join(dir, 'src', 'loop')),
  'code-broken-symlink': (dir) => symlinkSync('gone.ts', join(dir, 'src', 'moved.ts')),
  'code-unreadable-file': (dir) => chmodSync(join(dir, 'src', 'secret.ts'), 0o000),
  // Another user (1001) planted the per-uid fallback folder in a temp dir without the sticky bit, with a link where
  // the victim's cache file will be written.
  'plant-shared-cache': (dir, { shared, victim }) => {
    const planted = join(shared, `privlint-cache-${NOBODY}`);
    mkdirSync(planted);
    chmodSync(planted, 0o777);
    symlinkSync(victim, join(planted, cacheFileName(dir)));
    for (const path of [planted, join(planted, cacheFileName(dir))]) lchownSync(path, OTHER_USER, OTHER_USER);
  },
  'commit-cache-link': (dir, { victim }) => {
    mkdirSync(join(dir, 'node_modules', '.cache', 'privlint'), { recursive: true });
    symlinkSync(victim, join(dir, 'node_modules', '.cache', 'privlint', cacheFileName(dir)));
  },
  // The entries of a real run, every finding removed, in a file another user wrote into the victim's cache folder.
  'poison-cache-as-other-user': (dir, { shared }) => {
    const file = join(shared, 'nobody-cache', 'privlint', cacheFileName(dir));
    rewriteCache(file, (entry) => {
      if (entry.output) entry.output.findings = [];
    });
    lchownSync(file, OTHER_USER, OTHER_USER);
  },
  'cache-entry-points-outside': (dir, { shared, victim }) => {
    writeFileSync(victim.replace(/victim\.txt$/, 'secret.txt'), 'SECRET-LINE\n'.repeat(20));
    rewriteCache(join(shared, 'cache', 'privlint', cacheFileName(dir)), (entry) => {
      for (const finding of entry.output?.findings ?? []) finding.location.file = '../secret.txt';
    });
  },
  'cache-entry-null-finding': (dir, { shared }) => {
    rewriteCache(join(shared, 'cache', 'privlint', cacheFileName(dir)), (entry) => {
      if (entry.output) entry.output.findings = [null as unknown as CachedFinding];
    });
  },
  'plant-code-cache': (_dir, { shared }) => {
    const planted = join(shared, `privlint-compile-cache-${NOBODY}`);
    mkdirSync(planted);
    writeFileSync(join(planted, 'PLANTED'), 'bytes another user wants run');
    for (const path of [planted, join(planted, 'PLANTED')]) lchownSync(path, OTHER_USER, OTHER_USER);
    chmodSync(planted, 0o777);
  },
  'manifest-links-to-credentials': (dir, { shared }) => {
    writeFileSync(join(shared, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_SECRET_TOKEN\n');
    symlinkSync(join(shared, '.npmrc'), join(dir, 'privacy.yml'));
  },
  'manifest-links-to-environ': (dir) => symlinkSync('/proc/self/environ', join(dir, 'privacy.yml')),
  'repository-below-manifest': (dir) => mkdirSync(join(dir, 'checkout', '.git', 'refs'), { recursive: true }),
  'commit-fix-draft-link': (dir, { victim }) => symlinkSync(victim, join(dir, '.privacy.yml.privlint-fix')),
  'file-name-with-workflow-command': (dir) => {
    copyManifest(dir);
    writeSource(dir, 'src/a\n::error file=README.md::forged.ts', "export function remember(phoneNumber: string) {\n  localStorage.setItem('phone', phoneNumber);\n}\n");
  },
  'code-with-escape-bytes': (dir) => {
    copyManifest(dir);
    writeSource(dir, 'src/profile.ts', "export function remember(phoneNumber: string, x: Record<string, string>) {\n  // \u001b]0;owned\u0007 \u001b[2J\n  localStorage.setItem('phone', x['\u001b[31m\u202e'] ?? phoneNumber);\n}\n");
  },
  'file-name-with-markdown-link': (dir) => writeSource(dir, 'src/[click here](https:evil.example)<img src=x>.ts', "export function remember(email: string) {\n  localStorage.setItem('email', email);\n}\n"),
  'suppression-after-line-separator': (dir) => {
    copyManifest(dir);
    writeSource(
      dir,
      'src/profile.ts',
      "export function remember(phoneNumber: string) {\n  const kept = 1;\u2028  void kept;\n  // privlint-disable-next-line undeclared-data -- the phone stays on the device\n  localStorage.setItem('phone', phoneNumber);\n  sessionStorage.setItem('phone', phoneNumber);\n}\n",
    );
  },
  'expression-5000-terms': (dir) => {
    const terms = Array.from({ length: 5000 }, (_, index) => `n${index % 3}`).join(' + ');
    writeSource(dir, 'src/sum.ts', `declare const n0: number, n1: number, n2: number;\nexport const sum = ${terms};\n\nexport function remember(phoneNumber: string) {\n  localStorage.setItem('phone', phoneNumber);\n}\n`);
  },
  'alias-chain-15': (dir) => {
    const chain = Array.from({ length: 15 }, (_, index) => `  const step${index + 1} = step${index};\n`).join('');
    writeSource(dir, 'src/chain.ts', `export function remember(phoneNumber: string) {\n  const step0 = phoneNumber;\n${chain}  localStorage.setItem('value', step15);\n}\n`);
  },
  'binary-source': (dir) => writeFileSync(join(dir, 'src', 'image.ts'), Buffer.from([0x65, 0x78, 0x00, 0x01])),
  'manifest-owned-by-nobody': (dir) => {
    lchownSync(join(dir, 'privacy.yml'), NOBODY, NOBODY);
    chmodSync(join(dir, 'privacy.yml'), 0o640);
  },
  'manifest-hard-link': (dir, { shared }) => linkSync(join(dir, 'privacy.yml'), join(shared, 'privacy-backup.yml')),
  'manifest-read-only': (dir) => chmodSync(join(dir, 'privacy.yml'), 0o444),
  'deep-constructs': (dir) => {
    for (const [name, text] of Object.entries(createDeepConstructs(5000))) writeSource(dir, `src/${name}`, `${text}\nexport function remember(phoneNumber: string) {\n  localStorage.setItem('phone', phoneNumber);\n}\n`);
  },
  'devices-and-links-out': (dir) => {
    symlinkSync('/dev/zero', join(dir, 'src', 'zero.ts'));
    symlinkSync('/dev/urandom', join(dir, 'src', 'random.ts'));
    symlinkSync('/', join(dir, 'src', 'outside'));
    spawnSync('mkfifo', [join(dir, 'src', 'pipe.ts')]);
  },
  'wrapper-chain-2000': (dir) => {
    for (const [path, text] of wrapperChainSources(2000)) writeSource(dir, path, text);
  },
  'recursion-ring-500': (dir) => {
    for (const [path, text] of recursionRingSources(500)) writeSource(dir, path, text);
  },
  'forge-shard-reports': (dir) => {
    const shard = JSON.parse(readFileSync(join(dir, 'shard-1.json'), 'utf8')) as { shard: { index: number; count: number }; findings: unknown[] };
    const forge = (name: string, change: (report: typeof shard) => void) => {
      const copy = structuredClone(shard);
      change(copy);
      writeFileSync(join(dir, name), JSON.stringify(copy));
    };
    forge('relabelled.json', (report) => Object.assign(report.shard, { index: 1, count: 1 }));
    forge('count-zero.json', (report) => Object.assign(report.shard, { count: 0 }));
    forge('count-negative.json', (report) => Object.assign(report.shard, { count: -3 }));
    forge('count-1e9.json', (report) => Object.assign(report.shard, { count: 1e9 }));
    forge('index-4-of-3.json', (report) => Object.assign(report.shard, { index: 4, count: 3 }));
    forge('null-finding.json', (report) => report.findings.unshift(null));
  },
  'tsconfig-links-to-dev-zero': (dir) => symlinkSync('/dev/zero', join(dir, 'tsconfig.json')),
  'line-with-2000-problems': (dir) => {
    copyManifest(dir);
    // 2,000 problems on one line of half a megabyte: each code frame shows a window of it, not all of it.
    const padding = 'padding words '.repeat(16);
    const calls = Array.from({ length: 2000 }, (_, index) => `localStorage.setItem('phone${index}', phoneNumber); /* ${padding}*/`).join(' ');
    writeSource(dir, 'src/profile.ts', `export function remember(phoneNumber: string) { ${calls} }\n`);
  },
};

/** The scan cache file of a project root: `scan-<sha1 of the root, 16 hex>.json` (src/cache/scan-cache.ts). */
const cacheFileName = (root: string) => `scan-${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`;

interface CachedFinding {
  location: { file: string };
}

function rewriteCache(file: string, change: (entry: { output?: { findings: CachedFinding[] } }) => void): void {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, { output?: { findings: CachedFinding[] } }> };
  expect(Object.keys(document.files).length).toBeGreaterThan(0);
  for (const entry of Object.values(document.files)) change(entry);
  const { uid, gid } = lstatSync(file);
  writeFileSync(file, JSON.stringify(document));
  lchownSync(file, uid, gid);
}

function copyManifest(dir: string): void {
  cpSync(join(HOSTILE, 'code-control-chars', 'privacy.yml'), join(dir, 'privacy.yml'));
}

function writeSource(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

type RunResult = ReturnType<typeof runCli>;

const VERIFY: Record<string, (dir: string, context: CaseContext, run: RunResult) => void> = {
  'planted-cache-untouched': (dir, { shared }) => {
    const planted = join(shared, `privlint-cache-${NOBODY}`);
    expect(readdirSync(planted)).toEqual([cacheFileName(dir)]);
    expect(lstatSync(join(planted, cacheFileName(dir))).isSymbolicLink()).toBe(true);
  },
  'committed-cache-link-replaced': (dir) => {
    // The link was replaced by the cache file itself, not written through.
    const file = join(dir, 'node_modules', '.cache', 'privlint', cacheFileName(dir));
    expect(lstatSync(file).isFile()).toBe(true);
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
  },
  'planted-code-cache-untouched': (_dir, { shared }) => {
    const planted = join(shared, `privlint-compile-cache-${NOBODY}`);
    expect(readdirSync(planted)).toEqual(['PLANTED']);
    expect(readFileSync(join(planted, 'PLANTED'), 'utf8')).toBe('bytes another user wants run');
  },
  'manifest-fixed': (dir) => {
    expect(lstatSync(join(dir, '.privacy.yml.privlint-fix')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toContain('phone');
    expect(readdirSync(dir).filter((name) => name.endsWith('.privlint-fix') || name.endsWith('.tmp'))).toEqual(['.privacy.yml.privlint-fix']);
  },
  'no-forged-workflow-command': (_dir, _context, run) => {
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  },
  'no-raw-control-characters': (_dir, _context, run) => {
    expect(run.stdout).not.toMatch(UNSAFE_FOR_TERMINAL);
  },
  'no-live-markdown-link': (_dir, _context, run) => {
    // Outside code spans the name appears nowhere: no link, no image, no HTML.
    expect(run.stdout.replace(/`[^`]*`/g, '')).not.toMatch(/\[click here\]|<img/);
  },
  'every-forged-shard-set-refused': (dir) => {
    const sets: [string[], string][] = [
      [['count-zero.json'], '/shard/count must be >= 1'],
      [['count-negative.json', 'shard-2.json'], '/shard/count must be >= 1'],
      [['count-1e9.json', 'shard-2.json'], '/shard/count must be <= 100000'],
      [['index-4-of-3.json', 'shard-2.json'], 'says it is shard 4/3, which does not exist'],
      [['null-finding.json', 'shard-2.json'], '/findings/0 must be object'],
      [['shard-1.json'], 'Shard 2/2 is missing'],
      [['shard-1.json', 'shard-1.json'], 'are both shard 1/2'],
    ];
    for (const [reports, message] of sets) {
      const merged = runCli(['merge', ...reports], dir);
      expect(merged.status, reports.join(' ')).toBe(2);
      expect(merged.stderr).toContain(message);
      expect(merged.stderr).not.toContain('this is a bug');
    }
    expect(runCli(['merge', 'shard-1.json', 'shard-2.json'], dir).status).toBe(0);
  },
  'manifest-gains-a-valid-field': (dir) => {
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toContain('phone_number:');
    const validated = runCli(['validate'], dir);
    expect(validated.status, validated.stderr).toBe(0);
  },
  'manifest-owner-kept': (dir) => {
    const stat = lstatSync(join(dir, 'privacy.yml'));
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toContain('phone');
  },
  'manifest-unchanged': (dir) => {
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe(readFileSync(join(HOSTILE, 'fix-refuses-hard-link', 'privacy.yml'), 'utf8'));
  },
  'same-report-with-two-threads': (dir, _context, run) => {
    const twoThreads = runCli(['scan', '--format', 'json', '--no-cache', '--concurrency', '2'], dir);
    const withoutDuration = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');
    expect(withoutDuration(twoThreads.stdout)).toBe(withoutDuration(run.stdout));
    // What these projects cost (the issue measured 64 s for the chain) is bounded by `node bench/hostile.mjs`.
  },
  'code-frames-are-windows': (dir, _context, run) => {
    expect(statSync(join(dir, 'src', 'profile.ts')).size).toBeGreaterThan(480_000);
    expect(Math.max(...run.stdout.split('\n').map((line) => line.length))).toBeLessThan(400);
  },
  'each-deep-file-keeps-its-finding': (_dir, _context, run) => {
    const report = JSON.parse(run.stdout) as { findings: Finding[]; gaps: { location: { file: string } }[] };
    const names = Object.keys(createDeepConstructs(10)).map((name) => `src/${name}`).sort();
    expect([...new Set(report.findings.map((finding) => finding.location.file))].sort()).toEqual(names);
    expect(report.gaps.map((gap) => gap.location.file).sort()).toEqual(names);
  },
};

/** One file per construct the parser and the walkers recurse on, `depth` levels deep. */
function createDeepConstructs(depth: number): Record<string, string> {
  const chain = (unit: string) => unit.repeat(depth);
  return {
    'ternary.ts': `export const pick = (x: number) =>\n${Array.from({ length: depth }, (_, index) => `x === ${index} ? ${index}`).join('\n  : ')}\n  : -1;\n`,
    'jsx.tsx': `export const Tree = () => (\n${chain('<div>\n')}x${chain('</div>\n')});\n`,
    'generics.ts': `export type Nested = ${chain('Array<\n')}string${chain('>')};\n`,
    'else-if.ts': `export function which(value: number): number {\n${Array.from({ length: depth }, (_, index) => `  if (value === ${index}) {\n    return ${index};\n  }`).join(' else ')}\n  return -1;\n}\n`,
    'arrows.ts': `export const curried = ${chain('() =>\n')}1;\n`,
    'negations.ts': `export const flag = ${chain('!\n')}true;\n`,
    'awaits.ts': `export async function settle(): Promise<number> {\n  return ${chain('await\n')}1;\n}\n`,
    'news.ts': `export const made = ${chain('new\n')}Object();\n`,
    'keyofs.ts': `export type Keys = ${chain('keyof\n')}string;\n`,
    'sum.ts': `declare const n: number;\nexport const total =\n${Array.from({ length: depth }, () => 'n').join(' +\n')};\n`,
  };
}

const cases = readdirSync(HOSTILE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixtures/hostile', () => {
  test('cover every case of the hardening issue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(53);
  });

  test.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(HOSTILE, name, 'expected.json'), 'utf8')) as Expected;
    if (expected.asNobody && !IS_ROOT) return; // Another user can only be simulated by root (CI runs as root).
    const caseRoot = join(scratch, name);
    const context: CaseContext = { project: join(caseRoot, 'project'), victim: join(caseRoot, 'victim.txt'), shared: join(caseRoot, 'shared') };
    const dir = context.project;
    cpSync(join(HOSTILE, name), dir, { recursive: true });
    rmSync(join(dir, 'expected.json'));
    mkdirSync(context.shared);
    chmodSync(context.shared, 0o777);
    writeFileSync(context.victim, VICTIM_CONTENT);
    if (expected.asNobody) {
      for (const path of [caseRoot, ...walk(caseRoot)]) lchownSync(path, NOBODY, NOBODY);
      chmodSync(context.shared, 0o777);
    }
    const runGenerator = (generatorName: string | undefined) => {
      if (generatorName === undefined) return;
      const generate = GENERATORS[generatorName];
      if (generate === undefined) throw new Error(`${name}/expected.json names an unknown generator ${generatorName}`);
      generate(dir, context);
    };
    runGenerator(expected.generate);
    const expectation: Expectation = IS_ROOT && expected.whenRoot ? { ...expected, ...expected.whenRoot } : expected;
    const env = Object.fromEntries(Object.entries(expected.env ?? {}).map(([key, value]) => [key, value.replaceAll('{shared}', context.shared).replaceAll('{project}', dir)]));
    const cwd = expected.cwd === undefined ? dir : join(dir, expected.cwd);
    const options = { env, asNobody: expected.asNobody === true };
    for (const command of expected.before ?? []) {
      const warm = runCli(command, cwd, options);
      expect([0, 1], warm.stderr).toContain(warm.status);
    }
    runGenerator(expected.tamper);
    const run = runCli(expectation.command, cwd, options);

    expect(run.status, `exit code (stderr: ${run.stderr.slice(0, 400)})`).toBe(expectation.exitCode);
    expectCleanEnd(run, expectation.command);
    for (const text of expectation.stderrIncludes ?? []) expect(run.stderr).toContain(text);
    for (const text of expectation.stdoutIncludes ?? []) expect(run.stdout).toContain(text);
    for (const text of expected.stderrExcludes ?? []) expect(run.stderr).not.toContain(text);
    for (const text of expected.stdoutExcludes ?? []) expect(run.stdout).not.toContain(text);
    if (expectation.summaryIncludes || expectation.findings || expectation.findingsInclude) {
      const report = JSON.parse(run.stdout) as { summary: Record<string, unknown>; findings: Finding[] };
      if (expectation.summaryIncludes) expect(report.summary).toMatchObject(expectation.summaryIncludes);
      if (expectation.findings) expect(report.findings.map(formatFinding)).toEqual(expectation.findings);
      if (expectation.findingsInclude) expect(report.findings.map(formatFinding)).toEqual(expect.arrayContaining(expectation.findingsInclude));
    }
    if (expected.sameAsNoCache) expect(run.status).toBe(runCli([...expectation.command, '--no-cache'], cwd, options).status);
    if (expected.verify !== undefined) VERIFY[expected.verify]!(dir, context, run);
    expect(lstatSync(context.victim).isFile()).toBe(true);
    expect(readFileSync(context.victim, 'utf8')).toBe(VICTIM_CONTENT);
    expect(findMarkers(dir)).toEqual([]);
  });
});

describe('scanned code and its configs are never executed', () => {
  // Every file in the fixture writes an EXECUTED-* marker when run, imported or required.
  test.each([
    ['scan', ['scan', '--format', 'json']],
    ['check', ['check', '--format', 'json']],
    ['check --fix', ['check', '--fix', '--format', 'json']],
    ['init --force', ['init', '--force']],
    ['notice', ['notice']],
    ['export json', ['export', 'json']],
  ])('%s', (_label, command) => {
    const dir = join(scratch, `never-executed-${command.join('-')}`);
    cpSync(join(HOSTILE, 'code-never-executed'), dir, { recursive: true });
    const run = runCli(command, dir);
    expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
    expect(findMarkers(dir)).toEqual([]);
  });
});

describe('prototype pollution', () => {
  const io = (cwd: string): CommandIO => ({ cwd, env: { NO_COLOR: '1' }, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false });
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  test.each([
    ['validate', ['validate']],
    ['check', ['check', '--format', 'json']],
    ['notice', ['notice']],
    ['export json', ['export', 'json']],
  ])('%s on __proto__ and constructor keys leaves Object.prototype untouched', async (_label, command) => {
    const dir = join(scratch, `prototype-${command.join('-')}`);
    cpSync(join(HOSTILE, 'manifest-prototype-keys'), dir, { recursive: true });
    expect(await main(command, io(dir))).toBe(2);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

interface Finding {
  category: string;
  sink: { kind: string };
  location: { file: string; line: number; column: number };
}

const formatFinding = (finding: Finding) =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind}`;

function runCli(command: string[], cwd: string, options: { env?: Record<string, string>; asNobody?: boolean } = {}) {
  const [file, args] = options.asNobody
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...command]]
    : [process.execPath, [BIN, ...command]];
  const result = spawnSync(file, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...(options.asNobody ? { HOME: '/nonexistent' } : {}), ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * MEBIBYTE,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

// ESC and the other C0 controls (bar newline) and the bidi overrides of "Trojan Source" must never reach a terminal raw.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function expectCleanEnd(run: ReturnType<typeof runCli>, command: string[]): void {
  expect(run.signal, 'the run was killed (a hang hit the timeout, or a crash)').toBeNull();
  expect([0, 1, 2]).toContain(run.status);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).not.toMatch(/^\s+at .+\(?.+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(UNSAFE_FOR_TERMINAL);
  const format = command[command.indexOf('--format') + 1];
  if (!command.includes('--format') || format === 'pretty') expect(run.stdout).not.toMatch(UNSAFE_FOR_TERMINAL);
  if (run.status === 2) {
    const first = run.stderr.split('\n')[0] ?? '';
    // One sentence that says where: a file:line:column, or at least a file or folder path.
    expect(first).toMatch(/\S+:\d+:\d+|[\w.-]+\.(?:ya?ml|json|ts|js)\b|\S*\/\S*/);
  }
}

function findMarkers(dir: string): string[] {
  return walk(dir)
    .filter((path) => /(^|\/)EXECUTED-[^/]*$/.test(path))
    .map((path) => path.slice(dir.length + 1));
}

function walk(dir: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    paths.push(path);
    if (entry.isDirectory()) paths.push(...walk(path));
  }
  return paths;
}

/** Writes `head` then `unit` until the file is exactly `size` bytes, without holding it all in memory. */
function writeFile(path: string, size: number, head: string, unit: string, options: { newline?: boolean } = {}): void {
  const body = options.newline === false ? unit : unit.endsWith('\n') ? unit : `${unit}\n`;
  const chunk = Buffer.from(body.repeat(Math.ceil(MEBIBYTE / body.length)));
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, head);
    while (written < size) written += writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  } finally {
    closeSync(fd);
  }
}
