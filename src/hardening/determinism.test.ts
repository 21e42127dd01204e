import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// The same input gives byte-identical output whatever order the file system lists it in.
// Only durationMs is real wall-clock time; it is stripped here and nowhere else.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');

const scratch = mkdtempSync(join(tmpdir(), 'privlint-determinism-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each run writes its reports into `out/`; stdout and stderr are compared too. */
const RUNS: { name: string; args: string[] }[] = [
  { name: 'scan', args: ['scan', '--format', 'json', '--format', 'markdown', '--output', 'out/scan.md', '--format', 'mermaid', '--output', 'out/scan.mmd'] },
  {
    name: 'check',
    args: [
      'check',
      '--format', 'pretty',
      '--format', 'json', '--output', 'out/check.json',
      '--format', 'sarif', '--output', 'out/check.sarif',
      '--format', 'github', '--output', 'out/check.github',
      '--format', 'markdown', '--output', 'out/check.md',
      '--format', 'gitlab', '--output', 'out/check.gitlab.json',
      '--format', 'junit', '--output', 'out/check.junit.xml',
    ],
  },
  { name: 'notice en', args: ['notice', '--lang', 'en', '--format', 'markdown', '--output', 'out/notice.en.md', '--format', 'html', '--output', 'out/notice.en.html'] },
  { name: 'notice de', args: ['notice', '--lang', 'de', '--format', 'markdown', '--output', 'out/notice.de.md', '--format', 'html', '--output', 'out/notice.de.html'] },
  { name: 'export apple', args: ['export', 'apple', '--output', 'out/PrivacyInfo.xcprivacy'] },
  { name: 'export play', args: ['export', 'play', '--output', 'out/play.csv'] },
  { name: 'export ropa', args: ['export', 'ropa', '--format', 'csv', '--output', 'out/ropa.csv', '--format', 'markdown', '--output', 'out/ropa.md'] },
  { name: 'export fides', args: ['export', 'fides', '--output', 'out/fides.yml'] },
  { name: 'export json', args: ['export', 'json', '--output', 'out/manifest.json'] },
];

/** Runs every command in `dir` and returns each output by name, with durationMs and the directory itself masked. */
function collectOutputs(dir: string): Map<string, string> {
  mkdirSync(join(dir, 'out'), { recursive: true });
  const outputs = new Map<string, string>();
  const mask = (text: string) => stripDuration(text.replaceAll(dir, '<dir>'));
  for (const { name, args } of RUNS) {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, timeout: 120_000 });
    expect([0, 1], `${name}: ${result.stderr}`).toContain(result.status);
    // A run that died early (exit 1 from Node itself) must not pass as "no output in both".
    for (const [index, arg] of args.entries()) if (arg === '--output') expect(existsSync(join(dir, args[index + 1]!)), `${name} wrote ${args[index + 1]}`).toBe(true);
    outputs.set(`${name} stdout`, mask(result.stdout));
    outputs.set(`${name} stderr`, mask(result.stderr));
  }
  for (const file of readdirSync(join(dir, 'out')).sort()) outputs.set(`out/${file}`, mask(readFileSync(join(dir, 'out', file), 'utf8')));
  return outputs;
}

const stripDuration = (text: string) => text.replaceAll(/("durationMs"\s*:\s*)\d+/g, (_match, key: string) => `${key}0`);

/** A seeded shuffle, so a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Writes `files` (relative path → content) into `dir`, creating files and folders in a shuffled order. */
function materialize(dir: string, files: ReadonlyMap<string, string | Buffer>, seed: number): void {
  for (const path of shuffle([...files.keys()], seed)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), files.get(path)!);
  }
}

function readTree(root: string, dir = root, files = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readTree(root, path, files);
    else if (entry.isFile() && !entry.name.endsWith('.tsbuildinfo')) files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

function expectSameOutputs(first: Map<string, string>, second: Map<string, string>): void {
  expect([...second.keys()].join("\n")).toBe([...first.keys()].join("\n"));
  for (const [name, text] of first) expect(second.get(name), name).toBe(text);
}

// Names that sort differently by code unit, by locale and by case; folders created deep first or last.
const NAMES = ['Zeta', 'alpha', 'Äpfel', '_intern', '10-ten', '9-nine', 'b', 'B2', 'émile', 'ß-strasse', 'z', 'Z'];
const SINKS = [
  (index: number) => `export function keep${index}(email: string): void {\n  localStorage.setItem('email-${index}', email);\n}\n`,
  (index: number) => `export function log${index}(phoneNumber: string, email: string): void {\n  console.log('signup ${index}', { phoneNumber, email });\n}\n`,
  (index: number) =>
    `export async function send${index}(email: string, birthDate: string): Promise<void> {\n  await fetch('https://partner-${index % 3}.example/api', { method: 'POST', body: JSON.stringify({ email, birthDate }) });\n}\n`,
  (index: number) => `export function remember${index}(firstName: string): void {\n  document.cookie = 'name=' + firstName;\n}\n`,
  (index: number) => `import { track } from '../lib/track';\nexport function signUp${index}(email: string, lastName: string): void {\n  track('signup-${index}', { email, lastName });\n}\n`,
];

function createGeneratedProject(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('package.json', `${JSON.stringify({ name: 'shuffled-shop', private: true, dependencies: { 'posthog-node': '^5.8.4' } }, null, 2)}\n`);
  files.set(
    'src/lib/track.ts',
    `import { PostHog } from 'posthog-node';\nconst posthog = new PostHog('key');\nexport function track(event: string, properties: Record<string, unknown>): void {\n  posthog.capture({ distinctId: 'anonymous', event, properties });\n}\n`,
  );
  NAMES.forEach((name, index) => {
    files.set(`src/${name}.ts`, SINKS[index % SINKS.length]!(index));
    files.set(`src/${name}/${NAMES[(index + 5) % NAMES.length]}/deep.ts`, SINKS[(index + 2) % SINKS.length]!(index + 100));
  });
  files.set(
    'privacy.yml',
    `version: 1
service:
  name: Shuffled Shop
  controller: { name: Shuffled GmbH, address: "Musterstraße 1, 10115 Berlin", email: privacy@shuffled.example }
purposes:
  account: { description: Run your customer account, legalBasis: contract, use: essential.service }
  analytics: { description: Learn how the shop is used, legalBasis: consent, use: analytics.reporting }
recipients:
  posthog: { name: PostHog, kind: analytics, role: processor, purposes: [analytics], country: US, safeguard: Standard contractual clauses }
fields:
  email:
    category: user.contact.email
    description: Your email address
    purposes: [account]
    storage: [browser-storage]
    retention: Until you delete your account
    required: true
    consequenceIfNotProvided: We cannot create your account
  fax:
    category: user.contact.fax_number
    description: Your fax number
    purposes: [account]
    retention: Until you delete your account
    required: false
`,
  );
  return files;
}

describe('two runs on the same input give the same bytes', () => {
  test('fixtures/demo-shop, copied in two different orders', () => {
    const files = readTree(join(REPO, 'fixtures', 'demo-shop'));
    const [first, second] = [join(scratch, 'demo-a'), join(scratch, 'demo-b')];
    materialize(first, files, 1);
    materialize(second, files, 2);
    expect(readdirSync(join(first, 'src'))).not.toEqual([]);
    expectSameOutputs(collectOutputs(first), collectOutputs(second));
  });

  test('a generated project whose files were created in shuffled orders', () => {
    const files = createGeneratedProject();
    const [first, second] = [join(scratch, 'generated-a'), join(scratch, 'generated-b')];
    materialize(first, files, 7);
    materialize(second, files, 8);
    const outputs = collectOutputs(first);
    // The project must give findings and problems, or the comparison proves nothing.
    const check = JSON.parse(outputs.get('out/check.json')!) as { summary: { files: number; findings: number; errors: number } };
    expect(check.summary.files).toBe(1 + NAMES.length * 2);
    expect(check.summary.findings).toBeGreaterThan(20);
    expect(check.summary.errors).toBeGreaterThan(0);
    expectSameOutputs(outputs, collectOutputs(second));
  });
});
