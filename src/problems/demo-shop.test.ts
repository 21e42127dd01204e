import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkProject } from './check.js';
import { summarizeProblem } from './summarize.js';

const demo = fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-demo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The deliberate gaps documented in fixtures/demo-shop/README.md, and nothing else.
const GAPS = [
  'unused-declaration warn privacy.yml:128:3 - - mailchimp',
  'unused-declaration warn privacy.yml:251:3 user.contact.fax_number fax -',
  'undeclared-data error src/app/api/checkout/route.ts:24:49 user.contact.phone_number - -',
  'undeclared-data error src/app/api/checkout/route.ts:35:23 user.contact.phone_number - prisma',
  'undeclared-recipient error src/app/api/signup/route.ts:29:3 - - sentry',
  'undeclared-data error src/components/CheckoutForm.tsx:55:28 user.contact.phone_number - -',
  'undisclosed-sharing error src/components/SignupForm.tsx:33:5 user.contact.email email posthog',
  'undeclared-data error src/jobs/send-receipts.ts:31:13 user.contact.phone_number - twilio',
  'pii-in-logs warn src/jobs/send-receipts.ts:39:5 user.contact.email email pino',
  'undeclared-data error src/lib/db.ts:27:10 user.contact.phone_number - prisma',
];

describe('fixtures/demo-shop', () => {
  test('check reports exactly the deliberate gaps of its manifest', async () => {
    const { result } = await checkProject({ root: demo });
    expect(result.problems.map(summarizeProblem)).toEqual(GAPS);
    expect(result.summary.errors).toBe(7);
  });

  test('after --fix and filling in its TODOs, check passes (a copy in a temp dir)', async () => {
    const root = join(scratch, 'demo-shop');
    cpSync(demo, root, { recursive: true });
    const fixed = await checkProject({ root, fix: true });
    expect(fixed.fixed).toBeDefined();
    // The edit leaves only TODOs behind, and a draft fails the gate until a person finishes it.
    const errors = fixed.result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.length).toBe(fixed.result.summary.errors);
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((problem) => problem.rule))).toEqual(new Set(['unfinished-declaration']));

    // What a person does next: replace each TODO marker with real text.
    const manifest = join(root, 'privacy.yml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"TODO:[^"\n]*"/g, '"Written by the privacy team"'));
    const { result } = await checkProject({ root });
    expect(result.summary.errors).toBe(0);
    // Left for a person, as warnings: the stale entries and the email in a log line.
    expect(result.problems.map((problem) => problem.rule)).toEqual(['unused-declaration', 'unused-declaration', 'pii-in-logs']);
  });
});
