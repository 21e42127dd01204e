import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const roots: string[] = [];

function createProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'privlint-scan-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const run = (cwd: string, ...args: string[]) => runCli(cwd, args);

const shop = {
  'package.json': JSON.stringify({ dependencies: { 'posthog-js': '1.0.0', 'acme-crm': '1.0.0' } }),
  'src/signup.ts': [
    "import posthog from 'posthog-js';",
    "import { push } from 'acme-crm';",
    'export function signedUp(user: { email: string; phone: string }) {',
    "  posthog.capture('signed_up', { email: user.email });",
    '  push({ phone: user.phone });',
    '}',
    '',
  ].join('\n'),
};

describe('privlint scan', () => {
  test('--format mermaid: the data map; with a manifest, the flows it leaves out are marked, and the findings stay the same', async () => {
    const root = createProject(shop);
    const bare = await run(root, 'scan', '--format', 'mermaid', '--no-cache');
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('  c1["user.behavior"]');
    expect(bare.stdout).toContain('  c2["user.contact.email"]');
    expect(bare.stdout).toContain('  k1 --> r1');
    expect(bare.stdout).not.toContain('undeclared');
    writeFileSync(
      join(root, 'privacy.yml'),
      [
        'version: 1',
        'service: { name: Shop, controller: { name: Shop GmbH } }',
        'purposes: { analytics: { description: Usage, legalBasis: consent } }',
        'recipients: { posthog: { name: PostHog, kind: analytics, purposes: [analytics], country: DE } }',
        'fields:',
        '  email: { category: user.contact.email, description: Email, purposes: [analytics], recipients: [posthog], retention: 1 year }',
        '  behavior: { category: user.behavior, description: What you do in the shop, purposes: [analytics], recipients: [posthog], retention: 1 year }',
        '',
      ].join('\n'),
    );
    const judged = await run(root, 'scan', '--format', 'mermaid', '--no-cache');
    expect(judged.code).toBe(0);
    // The email and the sign-up event to PostHog are declared; nothing else in this shop reaches a known sink, so nothing is marked.
    expect(judged.stdout).toContain('    r1["PostHog"]');
    expect(judged.stdout.replace('["PostHog"]', '["posthog"]')).toBe(bare.stdout.replace('["PostHog"]', '["posthog"]'));
    writeFileSync(join(root, 'privacy.yml'), readFileSync(join(root, 'privacy.yml'), 'utf8').replace('recipients: [posthog], ', ''));
    const undeclared = await run(root, 'scan', '--format', 'mermaid', '--no-cache');
    expect(undeclared.stdout).toContain('  c2 -.->|undeclared| k1');
    expect(undeclared.stdout).toContain('  class c2 undeclared');
  });

  test('json on stdout, exit 0 even with gaps', async () => {
    const root = createProject(shop);
    const { code, stdout, stderr } = await run(root, 'scan', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.root).toBe('.');
    expect(report.findings.map((f: { location: { line: number; column: number }; category: string }) => `${f.location.line}:${f.location.column} ${f.category}`)).toEqual([
      '4:3 user.behavior',
      '4:3 user.contact.email',
    ]);
    expect(report.gaps).toHaveLength(1);
    expect(report.summary).toMatchObject({ files: 1, findings: 2, gaps: 1, skipped: [], partlyParsed: [] });
  });

  test('--fail-on-gaps exits 1 when gaps exist', async () => {
    const root = createProject(shop);
    expect((await run(root, 'scan', '--fail-on-gaps', '--quiet')).code).toBe(1);
  });

  test('pretty to stdout and markdown to a file in one run; the dir argument is relative to cwd', async () => {
    const root = createProject(shop);
    const { code, stdout } = await run(dirname(root), 'scan', root.split('/').pop()!, '--format', 'pretty', '--format', 'markdown', '--output', join(root, 'inventory.md'));
    expect(code).toBe(0);
    expect(stdout).toContain('user.contact.email\n  → analytics: posthog (posthog.capture)');
    expect(readFileSync(join(root, 'inventory.md'), 'utf8')).toContain('# Personal data inventory');
  });

  test('--explain says which name decided each finding on a line', async () => {
    const root = createProject(shop);
    const { code, stdout } = await run(root, 'scan', '--explain', 'src/signup.ts:4');
    expect(code).toBe(0);
    expect(stdout).toContain('src/signup.ts:4:3 user.contact.email → analytics (posthog) via posthog.capture');
    expect(stdout).toMatch(/because the name `email` matched "email"/);
  });

  test('a manifest found in the scanned dir lends its field aliases', async () => {
    const root = createProject({
      'src/app.ts': "console.log(customer.kdnr);\ndeclare const customer: { kdnr: string };\n",
    });
    const plain = JSON.parse((await run(root, 'scan', '--format', 'json')).stdout);
    expect(plain.findings).toEqual([]);
    writeFileSync(
      join(root, 'privacy.yml'),
      [
        'version: 1',
        'service:',
        '  name: Acme Shop',
        '  controller: { name: Acme GmbH, email: privacy@acme.example }',
        'purposes:',
        '  account: { description: Run your customer account, legalBasis: contract, use: essential.service }',
        'fields:',
        '  customer-number:',
        '    category: user.unique_id',
        '    description: Your customer number',
        '    purposes: [account]',
        '    retention: Until you delete your account',
        '    aliases: [kdnr]',
        '',
      ].join('\n'),
    );
    const withManifest = JSON.parse((await run(root, 'scan', '--format', 'json')).stdout);
    expect(withManifest.findings.map((f: { category: string; sink: { kind: string } }) => `${f.category} ${f.sink.kind}`)).toEqual(['user.unique_id log']);
  });

  test('with a manifest, each finding names the field that covers it, and null where none does', async () => {
    const root = createProject({
      'src/app.ts': 'console.log(user.email, user.phone);\ndeclare const user: { email: string; phone: string };\n',
      'privacy.yml': [
        'version: 1',
        'service:',
        '  name: Acme Shop',
        '  controller: { name: Acme GmbH, email: privacy@acme.example }',
        'purposes:',
        '  account: { description: Run your customer account, legalBasis: contract, use: essential.service }',
        'fields:',
        '  email:',
        '    category: user.contact.email',
        '    description: How to reach you by email',
        '    purposes: [account]',
        '    retention: Until you delete your account',
        '',
      ].join('\n'),
    });
    const report = JSON.parse((await run(root, 'scan', '--format', 'json')).stdout);
    expect(report.findings.map((f: { category: string; field: string | null }) => `${f.category} ${f.field}`)).toEqual([
      'user.contact.email email',
      'user.contact.phone_number null',
    ]);
  });

  test('a missing dir and a project without files exit 2 with one sentence', async () => {
    const missing = await run(tmpdir(), 'scan', 'privlint-no-such-dir');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^privlint: .*privlint-no-such-dir is not a directory; pass the folder of the project to scan\.\n$/);
    const empty = createProject({ 'README.md': '# nothing to scan' });
    const none = await run(empty, 'scan');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No TypeScript files to scan/);
  });

  test('an unknown format is a usage error', async () => {
    const root = createProject(shop);
    const { code, stderr } = await run(root, 'scan', '--format', 'sarif');
    expect(code).toBe(2);
    expect(stderr).toContain('--format sarif is not a scan format; use one of: pretty, json, markdown, mermaid.');
  });
  test('--timings prints each stage to stderr and leaves the report alone', async () => {
    const root = createProject(shop);
    const { code, stdout, stderr } = await run(root, 'scan', '--format', 'json', '--timings', '--no-cache');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.files).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('privlint: time per stage');
    expect(lines.slice(1, 8).map((line) => line.trim().split(/\s+/)[0])).toEqual(['list', 'read', 'cache', 'parse', 'analyse', 'types', 'report']);
    for (const line of lines.slice(1, 8)) expect(line).toMatch(/^  \w+ +\d+ ms$/);
    expect(lines[8]).toBe('  files 1 (1 analysed, 0 from the cache; 1 parsed; 1 thread)');
    expect(lines[9]).toBe('  type checker asked by 0 of the analysed files');
  });

  test('the second run takes every file from the cache, and the report is the same', async () => {
    const root = createProject({ ...shop, 'src/other.ts': "export const answer = 42;\n" });
    const cache = join(root, '.cache-here');
    const first = await run(root, 'scan', '--format', 'json', '--cache-location', cache, '--timings');
    const second = await run(root, 'scan', '--format', 'json', '--cache-location', cache, '--timings');
    expect(first.stderr).toContain('  files 2 (2 analysed, 0 from the cache; 2 parsed; 1 thread)');
    expect(second.stderr).toContain('  files 2 (0 analysed, 2 from the cache; 0 parsed; 1 thread)');
    const withoutDuration = (json: string) => json.replace(/"durationMs": \d+/, '');
    expect(withoutDuration(second.stdout)).toBe(withoutDuration(first.stdout));
  });

  test('a statement nested too deeply to parse costs only itself: a gap, and the rest of its file is scanned', async () => {
    const deep = `export const deep = ${'[\n'.repeat(3000)}1${'\n]'.repeat(3000)};\nexport function keep(email: string) {\n  localStorage.setItem('email', email);\n}\n`;
    const root = createProject({ ...shop, 'src/deep.ts': deep });
    const { code, stdout } = await run(root, 'scan', '--format', 'json', '--no-cache');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.skipped).toEqual([]);
    expect(report.summary.files).toBe(2);
    const gaps = report.gaps.filter((gap: { location: { file: string } }) => gap.location.file === 'src/deep.ts');
    expect(gaps.map((gap: { location: { line: number; column: number }; reason: string }) => `${gap.location.line}:${gap.location.column} ${gap.reason}`)).toEqual([
      '1:1 this statement (lines 1–6001) is nested too deeply for the parser; privlint did not analyse it, only the rest of the file',
    ]);
    expect(report.findings.map((f: { location: { file: string; line: number } }) => `${f.location.file}:${f.location.line}`)).toEqual(['src/deep.ts:6003', 'src/signup.ts:4', 'src/signup.ts:4']);
  });

  test('a statement too deep for the analysis (a 20,000-term sum) is a gap; the rest of its file is scanned', async () => {
    const terms = Array.from({ length: 20_000 }, (_, index) => `n${index % 7}`).join(' +\n');
    const sum = `declare const n0: number, n1: number, n2: number, n3: number, n4: number, n5: number, n6: number;\nexport const sum =\n${terms};\nexport function keep(email: string) {\n  localStorage.setItem('email', email);\n}\n`;
    const root = createProject({ ...shop, 'src/sum.ts': sum });
    const { code, stdout } = await run(root, 'scan', '--format', 'json', '--no-cache');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.skipped).toEqual([]);
    const gaps = report.gaps.filter((gap: { location: { file: string } }) => gap.location.file === 'src/sum.ts');
    expect(gaps.map((gap: { location: { file: string; line: number; column: number }; reason: string }) => `${gap.location.file}:${gap.location.line}:${gap.location.column} ${gap.reason}`)).toEqual([
      'src/sum.ts:2:1 this statement (lines 2–20002) is nested more than 400 levels deep; privlint did not analyse it, only the rest of the file',
    ]);
    expect(report.findings.map((f: { location: { file: string; line: number } }) => `${f.location.file}:${f.location.line}`)).toEqual(['src/signup.ts:4', 'src/signup.ts:4', 'src/sum.ts:20004']);
  });
});
