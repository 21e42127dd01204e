import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/init/${name}/`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-init-to-notice-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const copy = (name: string) => {
  const dir = join(scratch, name);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
};

/** What a team writes in place of each TODO of the draft. */
function finishDraft(text: string): string {
  return text
    .replace(
      'name: "TODO: the company or person who decides why and how the data is processed"',
      'name: Acme GmbH\n    email: privacy@acme.example',
    )
    .replace(/( +)description: "TODO: say why this data is processed[^"\n]*"/, '$1description: Run the shop\n$1legalBasis: contract')
    .replace(/( +)safeguard: "TODO: add `country`[^"\n]*"/g, '$1country: US\n$1safeguard: EU-US Data Privacy Framework')
    .replace(/description: "TODO: describe (\w+)[^"\n]*"/g, 'description: Your $1')
    .replace(/retention: "TODO: how long (\w+) is kept"/g, 'retention: Until you delete your account');
}

describe('from init to a notice, in a small monorepo', () => {
  test('init drafts, check fails on the TODOs one line each, a finished manifest passes, notice prints no TODO', async () => {
    const dir = copy('monorepo-app');
    const init = await runCli(dir, ['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('privlint: wrote privacy.yml from 3 findings in 1 file: 2 fields, 1 recipient.\n');
    const draft = readFileSync(join(dir, 'privacy.yml'), 'utf8');
    // The name people know, not the package id `@acme/root`.
    expect(draft).toContain('  # taken from the title of README.md: keep it if it is the name people know the service by\n  name: Acme Shop\n');
    expect(draft).not.toMatch(/^ +legalBasis:/m);
    expect(draft).not.toContain('log]');

    const unfinished = await runCli(dir, ['check']);
    expect(unfinished.code).toBe(1);
    const todoLines = unfinished.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ {2}error {2}\S+: "TODO/.test(line));
    expect(todoLines).toEqual([
      '  9:5  error  service.controller.name: "TODO: the company or person who decides why and how the data is processed"',
      '  13:5  error  purposes.todo.description: "TODO: say why this data is processed, give the purpose a real id, and add its legalBasis (consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests)"',
      '  21:5  error  recipients.segment.safeguard: "TODO: add `country` (ISO code) and, if it is outside the EU, the transfer safeguard; else remove this line"',
      '  27:5  error  fields.email.description: "TODO: describe email in words the people it belongs to understand"',
      '  31:5  error  fields.email.retention: "TODO: how long email is kept"',
      '  36:5  error  fields.unique_id.description: "TODO: describe unique_id in words the people it belongs to understand"',
      '  39:5  error  fields.unique_id.retention: "TODO: how long unique_id is kept"',
    ]);
    expect(unfinished.stdout).not.toContain(' | ');
    const refused = await runCli(dir, ['notice']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('privacy.yml still holds 7 TODOs that would be published word for word');

    writeFileSync(join(dir, 'privacy.yml'), finishDraft(draft));
    // Editing the manifest's text changes nothing the code means: every file comes from init's cache.
    const timed = await runCli(dir, ['scan', '--timings', '--format', 'json', '--output', join(scratch, 'scan.json')]);
    expect(timed.stderr).toContain('files 1 (0 analysed, 1 from the cache;');
    const finished = await runCli(dir, ['check']);
    expect(finished).toMatchObject({ code: 0, stdout: '✔ No problems (3 findings in 1 file checked against privacy.yml).\n' });
    const notice = await runCli(dir, ['notice']);
    expect(notice.code).toBe(0);
    expect(notice.stdout).toContain('# Privacy notice: Acme Shop');
    expect(notice.stdout).not.toContain('TODO');
  });
});

describe('init on an app that sends data to a package privlint does not know', () => {
  test('the package becomes a draft recipient to confirm, and the data it receives become fields', async () => {
    const dir = copy('unknown-sdk');
    const init = await runCli(dir, ['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(
      'Not followed: personal data went into 1 package privlint does not know (drafted as recipients to confirm):\n  acme-crm-client: 1 place, user.contact.email, user.contact.phone_number\n',
    );
    const draft = readFileSync(join(dir, 'privacy.yml'), 'utf8');
    expect(draft).toContain(
      [
        'recipients:',
        '  # acme-crm-client is a package privlint does not know; personal data went into it here:',
        '  # found at src/sync.ts:4:9: upsertContact({ email: form.email, phone: form.phone }) (acme-crm-client, not followed)',
        '  # if it keeps the data in-process, remove this entry; if it sends the data out, keep it and',
        '  # declare its calls under scan.sdks (packages: [acme-crm-client]) so check can follow them',
        '  acme-crm-client:',
        '    name: acme-crm-client',
        '    kind: other',
        '    role: processor',
        '    purposes: [todo]',
      ].join('\n'),
    );
    expect(draft).toContain('  email:\n    category: user.contact.email\n');
    expect(draft).toContain('  phone_number:\n    category: user.contact.phone_number\n');
  });
});

describe('init and packages that are nobody\'s recipient', () => {
  test('a development-only package is not drafted as a recipient, though its gap stays in the scan', async () => {
    const dir = copy('dev-dependency-not-a-recipient');
    const scan = await runCli(dir, ['scan', '--format', 'json', '--no-cache']);
    expect((JSON.parse(scan.stdout) as { gaps: { package?: string }[] }).gaps.map((gap) => gap.package)).toEqual(['story-formatter']);
    const init = await runCli(dir, ['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).not.toContain('Not followed');
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).not.toContain('story-formatter');
  });
});

describe('check on a draft with 30 TODOs', () => {
  test('fits in 40 lines', async () => {
    const dir = copy('thirty-todos');
    expect((await runCli(dir, ['init'])).stdout).toContain('Replace the 30 TODOs in privacy.yml');
    const check = await runCli(dir, ['check']);
    expect(check.code).toBe(1);
    const lines = check.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('error  ') && line.includes('"TODO'))).toHaveLength(30);
    expect(lines.length).toBeLessThanOrEqual(40);
  });
});
