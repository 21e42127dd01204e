import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// Spawns the built CLI (npm test builds first), as CI would run it.
const BIN = fileURLToPath(new URL('../../bin/privlint.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/check/', import.meta.url));

function run(args: string[], cwd = FIXTURES) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('privlint check (spawned)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'privlint-check-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('exit 0 when code and manifest agree: one summary line on stdout, nothing on stderr', () => {
    expect(run(['check', 'undeclared-data-declared'])).toEqual({
      code: 0,
      stdout: '✔ No problems (1 finding in 1 file checked against undeclared-data-declared/privacy.yml).\n',
      stderr: '',
    });
  });

  test('exit 1 on an error, with the exact pretty report on stdout', () => {
    expect(run(['check', 'undeclared-data'])).toEqual({
      code: 1,
      stdout: [
        'undeclared-data/src/profile.ts',
        '  2:3  error  `phoneNumber` is user.contact.phone_number, stored in browser storage by `localStorage.setItem`, but no field in privacy.yml covers user.contact.phone_number.  undeclared-data',
        '    1 | export function rememberPhone(phoneNumber: string): void {',
        '  > 2 |   localStorage.setItem(\'phone\', phoneNumber);',
        '      |   ^',
        '    help: add a field `phone_number` with `category: user.contact.phone_number` under `fields` in privacy.yml, or stop storing it',
        '    manifest: undeclared-data/privacy.yml:8:1',
        '',
        '✖ 1 problem (1 error, 0 warnings): 1 finding in 1 file checked against undeclared-data/privacy.yml.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('the exact github output: escaped annotations and a summary line', () => {
    expect(run(['check', 'undisclosed-sharing', '--format', 'github'])).toEqual({
      code: 1,
      stdout: [
        '::error file=undisclosed-sharing/src/newsletter.ts,line=2,col=9,title=privlint undisclosed-sharing::`email` (field `email`) is sent to mailer by `fetch`, but `fields.email.recipients` does not list mailer. Fix: add `mailer` to `fields.email.recipients` in privacy.yml, or stop sending it (privacy.yml:16:3).',
        'privlint: 1 problem (1 error, 0 warnings); 1 finding in 1 file checked against undisclosed-sharing/privacy.yml',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('warnings exit 0, unless --max-warnings is exceeded; --quiet reports errors only', () => {
    expect(run(['check', 'undeclared-storage']).code).toBe(0);
    const strict = run(['check', 'undeclared-storage', '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('privlint: 1 warning exceeds --max-warnings 0.\n');
    expect(run(['check', 'undeclared-storage', '--quiet'])).toMatchObject({ code: 0, stdout: '✔ No problems (1 finding in 1 file checked against undeclared-storage/privacy.yml).\n' });
    expect(run(['check', 'undeclared-storage', '--rule', 'undeclared-storage=error']).code).toBe(1);
  });

  test('--fail-on-gaps exits 1 when data reaches code privlint could not follow; gaps are grouped by package', () => {
    expect(run(['check', 'gap-unknown-package'])).toMatchObject({ code: 0, stderr: '' });
    const result = run(['check', 'gap-unknown-package', '--fail-on-gaps']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'Not followed (gaps), by package',
        '  crm-client: 1 place, user.contact.email (unknown package: declare it under scan.sdks, or as a recipient)',
        '    run with --verbose for every place',
        '',
        '✔ No problems (0 findings in 1 file checked against gap-unknown-package/privacy.yml, 1 gap).',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('privlint: 1 place where personal data goes into code privlint could not follow (--fail-on-gaps).\n');
    expect(run(['check', 'gap-unknown-package', '--verbose']).stdout).toBe(
      [
        'Not followed (gaps)',
        "  gap-unknown-package/src/crm.ts:4:9  user.contact.email in `upsertContact({ email })`: passed to crm-client (upsertContact), a package privlint's catalog does not know; add it under scan.sdks in privacy.yml if it sends or stores data",
        '',
        '✔ No problems (0 findings in 1 file checked against gap-unknown-package/privacy.yml, 1 gap).',
        '',
      ].join('\n'),
    );
  });

  test('--update-baseline writes the known problems; with --baseline they no longer fail the build', () => {
    const dir = join(scratch, 'adopt');
    cpSync(join(FIXTURES, 'undeclared-data'), dir, { recursive: true });
    expect(run(['check', '--update-baseline'], dir)).toEqual({
      code: 0,
      stdout: '✔ No problems (1 finding in 1 file checked against privacy.yml; 1 in the baseline).\n',
      stderr: 'privlint: wrote 1 known problem to the baseline privlint-baseline.json.\n',
    });
    const baseline = JSON.parse(readFileSync(join(dir, 'privlint-baseline.json'), 'utf8'));
    expect(baseline.problems.map((entry: { rule: string; file: string }) => `${entry.rule} ${entry.file}`)).toEqual(['undeclared-data src/profile.ts']);
    expect(run(['check', '--baseline', 'privlint-baseline.json'], dir).code).toBe(0);
    expect(run(['check'], dir).code).toBe(1);
  });

  test('--output writes a second report to a file (creating folders) while pretty goes to stdout', () => {
    const output = join(scratch, 'reports', 'privlint.sarif');
    const result = run(['check', 'undeclared-data', '--format', 'pretty', '--format', 'sarif', '--output', output]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('undeclared-data');
    expect(result.stderr).toBe('');
    const sarif = JSON.parse(readFileSync(output, 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['undeclared-data']);
  });

  test('each --output goes with the --format beside it: SARIF is never written as pretty text', () => {
    const beside = join(scratch, 'beside.sarif');
    const named = join(scratch, 'named.sarif');
    for (const args of [['--format', 'sarif', '--output', beside, '--format', 'pretty'], ['--format', `sarif=${named}`, '--format', 'pretty']]) {
      const result = run(['check', 'undeclared-data', ...args]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    }
    for (const file of [beside, named]) {
      expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['undeclared-data']);
    }
  });

  test('a scan.exclude pattern that matches no file is a warning naming it; a folder pattern excludes all of it', () => {
    const dir = join(scratch, 'exclude-patterns');
    cpSync(join(FIXTURES, 'undeclared-data-declared'), dir, { recursive: true });
    const manifest = join(dir, 'privacy.yml');
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}scan:\n  exclude: [src/legacy]\n`);
    expect(run(['check'], dir)).toEqual({
      code: 0,
      stdout: '✔ No problems (1 finding in 1 file checked against privacy.yml).\n',
      stderr:
        'privlint: warning: scan.exclude pattern "src/legacy" in the manifest matches no file, so it excludes nothing; fix the pattern (a folder such as src/lib covers everything in it) or remove it.\n',
    });
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('[src/legacy]', '[src]'));
    expect(run(['check'], dir).code).toBe(2);
  });

  test.each([
    [['check', 'undeclared-data', '--rule', 'nope=error'], 'privlint: --rule names an unknown rule "nope"; use one of:'],
    [['check', 'undeclared-data', '--format', 'xml'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are pretty, json, sarif, github, markdown, gitlab, junit."],
    [['check', 'undeclared-data', '--manifest', 'missing.yml'], 'privlint: The manifest missing.yml does not exist or is not a file; check the path.'],
    [['check', 'no-such-project'], 'privlint: no-such-project is not a directory; pass the folder of the project to check.'],
    [['check', 'undeclared-data', '--baseline', 'missing.json'], 'privlint: The baseline missing.json does not exist; create it with --update-baseline, or check the path.'],
  ])('exit 2 with one sentence on stderr and nothing on stdout: %j', (args, message) => {
    const result = run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
  });
});
