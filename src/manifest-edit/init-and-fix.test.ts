import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { validateManifest } from '../manifest/index.js';
import { runCli } from '../testing/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/check/${name}/`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-edit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in-process with captured output; `cwd` is where the command runs. */
const run = (args: string[], cwd: string) => runCli(cwd, args);

const copyFixture = (name: string) => {
  const dir = join(scratch, name);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
};

describe('privlint init', () => {
  test('writes the expected draft, which validates, and check on it fails on the TODOs alone', async () => {
    const dir = copyFixture('init-draft');
    const init = await run(['init'], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const draft = readFileSync(join(dir, 'privacy.yml'), 'utf8');
    expect(draft).toBe(readFileSync(join(fixture('init-draft'), 'expected-privacy.yml'), 'utf8'));
    expect(validateManifest(join(dir, 'privacy.yml')).diagnostics).toEqual([]);

    const check = await run(['check', '--format', 'json'], dir);
    expect(check.code).toBe(1);
    const problems = (JSON.parse(check.stdout) as { problems: { rule: string; severity: string }[] }).problems;
    expect(problems.length).toBeGreaterThan(0);
    // A draft never declares `log` storage: personal data in a log is for a person to decide, so pii-in-logs speaks up.
    expect(problems.filter((problem) => problem.rule !== 'unfinished-declaration').map((problem) => `${problem.rule} ${problem.severity}`)).toEqual([
      'pii-in-logs warn',
    ]);
    expect(problems.filter((problem) => problem.rule === 'unfinished-declaration').every((problem) => problem.severity === 'error')).toBe(true);
  });

  test('the modeline points at the schema of the privlint installed for the project, hoisted to the repository root', async () => {
    const repository = join(scratch, 'hoisted');
    const app = join(repository, 'packages', 'app');
    cpSync(fixture('init-draft'), app, { recursive: true });
    mkdirSync(join(repository, 'node_modules', 'privlint', 'schemas'), { recursive: true });
    writeFileSync(join(repository, 'node_modules', 'privlint', 'schemas', 'manifest.schema.json'), '{}\n');
    expect((await run(['init'], app)).code).toBe(0);
    expect(readFileSync(join(app, 'privacy.yml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/privlint/schemas/manifest.schema.json');
  });

  test('drafts a URL read from an environment variable as a recipient whose host is env:NAME, with a TODO to name it or call it first party', async () => {
    const dir = copyFixture('env-url-undeclared-recipient');
    rmSync(join(dir, 'privacy.yml'));
    expect((await run(['init'], dir)).code).toBe(0);
    const draft = readFileSync(join(dir, 'privacy.yml'), 'utf8');
    expect(validateManifest(join(dir, 'privacy.yml')).diagnostics).toEqual([]);
    const recipients = draft.slice(draft.indexOf('recipients:\n'), draft.indexOf('fields:\n'));
    expect(recipients).toContain(
      [
        '  # found at src/sign-up.ts:3:9: email (fetch → env:CRM_WEBHOOK_URL)',
        '  crm-webhook:',
        '    name: "TODO: name the service CRM_WEBHOOK_URL points at; if it is your own, list env:CRM_WEBHOOK_URL under scan.firstPartyHosts instead and remove this recipient"',
        '    kind: http',
        '    role: processor',
        '    purposes: [todo]',
        '    safeguard: "TODO: add `country` (ISO code) and, if it is outside the EU, the transfer safeguard; else remove this line"',
        '    hosts: ["env:CRM_WEBHOOK_URL"]',
      ].join('\n'),
    );
    expect(recipients).toContain('    hosts: ["env:TINYBIRD_URL"]');
  });

  test('refuses to overwrite a manifest without --force', async () => {
    const dir = copyFixture('init-draft');
    writeFileSync(join(dir, 'privacy.yml'), 'version: 1\n');
    const refused = await run(['init'], dir);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'privlint: privacy.yml already exists; edit it, run `privlint check --fix` to add what the code shows, or pass --force to overwrite it.\n',
    });
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe('version: 1\n');
    expect((await run(['init', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe(readFileSync(join(fixture('init-draft'), 'expected-privacy.yml'), 'utf8'));
  });
});

describe('privlint check --fix', () => {
  test('adds what the code shows, keeps comments and formatting byte for byte, and is idempotent', async () => {
    const dir = copyFixture('fix-keeps-comments');
    const expected = readFileSync(join(fixture('fix-keeps-comments'), 'expected-privacy.yml'), 'utf8');
    const first = await run(['check', '--fix', '--format', 'json'], dir);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe(expected);
    expect(first.stderr).toBe(
      'privlint: --fix added 1 field, 1 recipient, 1 field update, the `todo` purpose to privacy.yml; replace its TODOs with what is true.\n',
    );
    // What is left is for a person: the TODO markers.
    const rules = (JSON.parse(first.stdout) as { problems: { rule: string }[] }).problems.map((problem) => problem.rule);
    expect(new Set(rules)).toEqual(new Set(['unfinished-declaration']));
    expect(first.code).toBe(1);

    const second = await run(['check', '--fix', '--format', 'json'], dir);
    expect(second.stderr).toBe('');
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe(expected);
  });

  test('keeps a byte-order mark the manifest began with', async () => {
    const dir = copyFixture('fix-keeps-comments');
    const manifest = join(dir, 'privacy.yml');
    writeFileSync(manifest, `\uFEFF${readFileSync(manifest, 'utf8')}`);
    const expected = readFileSync(join(fixture('fix-keeps-comments'), 'expected-privacy.yml'), 'utf8');
    const fixed = await run(['check', '--fix', '--format', 'json'], dir);
    expect(fixed.code).toBe(1);
    expect(readFileSync(manifest).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(manifest, 'utf8')).toBe(`\uFEFF${expected}`);
  });
});
