import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Spawns the built CLI (npm test builds first), as a user would run it.
const BIN = new URL('../../bin/privlint.js', import.meta.url).pathname;
const FIXTURES = new URL('../../fixtures/manifests/', import.meta.url).pathname;

function run(args: string[], cwd = FIXTURES) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('privlint validate', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'privlint-validate-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('a valid manifest: exit 0, one line on stdout, nothing on stderr', () => {
    expect(run(['validate', 'valid-minimal/privacy.yml'])).toEqual({
      code: 0,
      stdout: 'valid-minimal/privacy.yml is valid (1 field, 2 purposes, 1 recipient)\n',
      stderr: '',
    });
  });

  test('an invalid manifest: exit 2, every diagnostic on stderr, nothing on stdout', () => {
    expect(run(['validate', 'several-errors/privacy.yml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'several-errors/privacy.yml:2:1 service is missing the required key "name"; add it: name of the product as people know it.',
        'several-errors/privacy.yml:6:69 purposes.analytics.legalBasis is the text "consnet"; did you mean "consent"? It must be one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests.',
        'several-errors/privacy.yml:11:15 fields.email.category "user.contact.emial" is not a fideslang data category; did you mean "user.contact.email"?',
        'several-errors/privacy.yml:14:27 fields.email.recipients[1] names recipient "mixpanel", which is not defined under recipients; define it under recipients, or remove it.',
        'several-errors/privacy.yml:15:25 fields.email.storage[1] repeats fields.email.storage[0]; remove the duplicate.',
        'several-errors/privacy.yml is invalid: 5 errors; fix them and run privlint validate again.',
        '',
      ].join('\n'),
    });
  });

  test('--format json prints the verdict and located diagnostics on stdout', () => {
    const { code, stdout, stderr } = run(['validate', '--format', 'json', 'dangling-purpose-ref/privacy.yml']);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      file: 'dangling-purpose-ref/privacy.yml',
      diagnostics: [
        {
          file: 'dangling-purpose-ref/privacy.yml',
          line: 14,
          column: 25,
          severity: 'error',
          message: 'fields.email.purposes[1] names purpose "analytcs", which is not defined under purposes; did you mean "analytics"?',
          path: 'fields.email.purposes[1]',
        },
      ],
    });
  });

  test('--format json on a valid manifest exits 0', () => {
    const { code, stdout } = run(['validate', '--format=json', '--manifest', 'valid-json/privacy.yml']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ valid: true, file: 'valid-json/privacy.yml', diagnostics: [] });
  });

  test('warnings go to stderr and keep exit 0', () => {
    const { code, stdout, stderr } = run(['validate', 'deprecated-data-use/privacy.yml']);
    expect(code).toBe(0);
    expect(stdout).toBe('deprecated-data-use/privacy.yml is valid (1 field, 2 purposes, 1 recipient)\n');
    expect(stderr).toBe(
      'deprecated-data-use/privacy.yml:7:83 warning: purposes.analytics.use "personalize.profiling" is deprecated in fideslang; use "personalize.content.profiling" instead.\n',
    );
  });

  test('without an argument the manifest is found from the current directory upwards', () => {
    const nested = join(scratch, 'project', 'src', 'deep');
    mkdirSync(join(scratch, 'project', '.privacy'), { recursive: true });
    mkdirSync(nested, { recursive: true });
    copyFileSync(join(FIXTURES, 'valid-minimal', 'privacy.yml'), join(scratch, 'project', '.privacy', 'manifest.yml'));
    expect(run(['validate'], nested)).toEqual({
      code: 0,
      stdout: '../../.privacy/manifest.yml is valid (1 field, 2 purposes, 1 recipient)\n',
      stderr: '',
    });
  });

  test('a missing manifest exits 2 and names the file', () => {
    const { code, stdout, stderr } = run(['validate', 'no-such-dir/privacy.yml']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('privlint: The manifest no-such-dir/privacy.yml does not exist or is not a file; check the path.\n');
  });

  test('an unknown --format exits 2 and lists the choices', () => {
    const { code, stderr } = run(['validate', '--format', 'xml', 'valid-minimal/privacy.yml']);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'xml' is invalid. Allowed choices are pretty, json.");
  });
});
