import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const golden = (path: string) => readFileSync(join(root, 'fixtures', path), 'utf8');

const run = (...argv: string[]) => runCli(root, argv);

const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'privlint-notice-cli-'));
  temporary.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a manifest with TODOs left', () => {
  test.each([['notice'], ['notice', '--format', 'html'], ['export', 'ropa'], ['export', 'apple']])('%s refuses to publish them: exit 2, each TODO located', async (...command) => {
    const result = await run(...command, '--manifest', 'fixtures/notice/todo-left/privacy.yml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('fixtures/notice/todo-left/privacy.yml still holds 2 TODOs that would be published word for word');
    expect(result.stderr).toContain('fixtures/notice/todo-left/privacy.yml:13:5');
    expect(result.stderr).toContain('fields.email.description is still a TODO: "TODO: say what this is, in words the people it belongs to understand"');
    expect(result.stderr).toContain('fixtures/notice/todo-left/privacy.yml:17:5');
    expect(result.stderr).toContain('fields.email.retention is still a TODO: "TODO: how long it is kept"');
  });
});

describe('privlint notice', () => {
  test('a controller name ending in a full stop gets no second one', async () => {
    for (const lang of ['en', 'de']) {
      const result = await run('notice', '--manifest', 'fixtures/notice/controller-name-full-stop/privacy.yml', '--lang', lang, '--quiet');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(lang === 'en' ? 'Nobody outside Acme Inc.\n' : 'Niemand außerhalb von Acme Inc.\n');
      expect(result.stdout).not.toContain('Inc..');
    }
  });
  test('prints the Markdown notice on stdout and warnings on stderr, exit 0', async () => {
    const result = await run('notice', '--manifest', 'fixtures/notice/minimal/privacy.yml');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(golden('notice/minimal/expected.en.md'));
    expect(result.stderr).toBe(golden('notice/minimal/warnings.en.txt').replace(/^(?=.)/gm, 'privlint: warning: '));
  });

  test('--format html --lang de --output writes the file; --quiet hides warnings', async () => {
    const out = join(tempDir(), 'notice.html');
    const result = await run('notice', '--manifest', 'fixtures/notice/german-text/privacy.yml', '--format', 'html', '--lang', 'de', '--output', out, '--quiet');
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(golden('notice/german-text/expected.de.html'));
  });

  test('the language defaults to the manifest\'s first language', async () => {
    const result = await run('notice', '--manifest', 'fixtures/notice/german-text/privacy.yml');
    expect(result.stdout).toBe(golden('notice/german-text/expected.de.md'));
  });

  test('a manifest with a hole exits 2 naming the key and its line and column', async () => {
    const result = await run('notice', '--manifest', 'fixtures/notice/recipient-without-country/privacy.yml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'privlint: fixtures/notice/recipient-without-country/privacy.yml:9:3 recipients.segment has no country; add recipients.segment.country (an ISO code such as US or DE) so the notice can say where the data goes.\n',
    );
  });

  test('fixtures/notice/art9-art22-without-basis: validate reports Art. 9 and Art. 22 as located errors, notice refuses', async () => {
    const validate = await run('validate', 'fixtures/notice/art9-art22-without-basis/privacy.yml');
    expect(validate.code).toBe(2);
    const file = 'fixtures/notice/art9-art22-without-basis/privacy.yml';
    expect(validate.stderr.split('\n').filter((line) => line.includes('GDPR Art.')).map((line) => line.slice(0, line.indexOf(' ', line.indexOf('GDPR Art.') + 10)))).toEqual([
      `${file}:15:5 purposes.fraud makes a decision based solely on automated processing (GDPR Art. 22(1))`,
      `${file}:22:16 fields.heart_rate is special-category data (health, GDPR Art. 9(1))`,
      `${file}:22:26 fields.heart_rate is special-category data (health, GDPR Art. 9(1))`,
    ]);
    expect(validate.stderr).toContain('Ordinary consent (Art. 6(1)(a)) is not enough: Art. 9(2)(a) asks for explicit consent.');
    expect(validate.stderr).toContain('never on legitimate-interests');
    const notice = await run('notice', '--manifest', file);
    expect(notice.code).toBe(2);
    expect(notice.stdout).toBe('');
    expect(notice.stderr).toContain('leaves 3 things open that a privacy notice must say');
  });

  test('an unknown format or language is a usage error, exit 2', async () => {
    expect((await run('notice', '--format', 'pdf')).code).toBe(2);
    const lang = await run('notice', '--lang', 'fr');
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('Allowed choices are en, de');
  });
});

describe('privlint export', () => {
  test('ropa --lang de writes the Art. 30 record with German labels; --lang on another target is a usage error', async () => {
    const result = await run('export', 'ropa', '--manifest', 'fixtures/demo-shop/privacy.yml', '--lang', 'de', '--quiet');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\r\n')[0]).toBe(
      'Verarbeitungstätigkeit,Verantwortlicher (Art. 30 Abs. 1 lit. a),Gemeinsam Verantwortliche (Art. 30 Abs. 1 lit. a),Vertreter (Art. 30 Abs. 1 lit. a),Datenschutzbeauftragter (Art. 30 Abs. 1 lit. a),Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b),"Rechtsgrundlage (Art. 6 Abs. 1, Art. 9 Abs. 2)",Kategorien betroffener Personen (Art. 30 Abs. 1 lit. c),Kategorien personenbezogener Daten (Art. 30 Abs. 1 lit. c),Kategorien von Empfängern (Art. 30 Abs. 1 lit. d),Übermittlungen an Drittländer und Garantien (Art. 30 Abs. 1 lit. e),Fristen für die Löschung (Art. 30 Abs. 1 lit. f),Technische und organisatorische Maßnahmen (Art. 30 Abs. 1 lit. g)',
    );
    expect(result.stdout).toContain('Segment (Twilio Inc.): Vereinigte Staaten (US), EU-US Data Privacy Framework (Art. 45)');
    const apple = await run('export', 'apple', '--manifest', 'fixtures/demo-shop/privacy.yml', '--lang', 'de');
    expect(apple.code).toBe(2);
    expect(apple.stderr).toContain('--lang applies only to `privlint export ropa`');
  });

  test('play prints the Data safety CSV', async () => {
    const result = await run('export', 'play', '--manifest', 'fixtures/notice/complete/privacy.yml');
    expect(result).toEqual({ code: 0, stdout: golden('notice/complete/data-safety.csv'), stderr: '' });
  });

  test('ropa writes CSV and Markdown in one run when --format and --output are paired', async () => {
    const dir = tempDir();
    const result = await run(
      'export', 'ropa', '--manifest', 'fixtures/notice/complete/privacy.yml',
      '--format', 'markdown', '--output', join(dir, 'ropa.md'), '--format', 'csv', '--output', join(dir, 'ropa.csv'),
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'ropa.md'), 'utf8')).toBe(golden('notice/complete/ropa.md'));
    expect(readFileSync(join(dir, 'ropa.csv'), 'utf8')).toBe(golden('notice/complete/ropa.csv'));
  });

  test('apple, fides and json write their golden output', async () => {
    for (const [target, file] of [['apple', 'PrivacyInfo.xcprivacy'], ['fides', 'fides.yml'], ['json', 'manifest.json']] as const) {
      const result = await run('export', target, '--manifest', 'fixtures/notice/complete/privacy.yml');
      expect(result.code, target).toBe(0);
      expect(result.stdout, target).toBe(golden(`notice/complete/${file}`));
    }
  });

  test('--format on a target other than ropa is a usage error', async () => {
    const result = await run('export', 'apple', '--format', 'csv', '--manifest', 'fixtures/notice/complete/privacy.yml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'privlint: --format applies only to `privlint export ropa`; the apple export is always an XML property list (PrivacyInfo.xcprivacy), so drop --format.\n',
    );
  });

  test('an unknown target is a usage error listing the targets', async () => {
    const result = await run('export', 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Allowed choices are apple, play, ropa, fides, json');
  });
});
