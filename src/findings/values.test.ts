import { describe, expect, test } from 'vitest';
import { scanInline } from '../testing/inline-project.js';
import { withoutValueMemo } from './values.js';

/** The findings and gaps of a project, in full, as a report would give them. */
async function report(files: Record<string, string>) {
  const result = await scanInline(files);
  return { findings: result.findings, gaps: result.gaps };
}

/** The same project scanned with every value classified afresh and with reuse: the reports must be equal. */
async function expectSameBothWays(files: Record<string, string>) {
  const fresh = await withoutValueMemo(() => report(files));
  const remembered = await report(files);
  expect(remembered).toEqual(fresh);
  return remembered;
}

// A chain of more assignments than a value is followed through (MAX_VALUE_STEPS), ending in a person's email.
const deepChain = Array.from({ length: 18 }, (_, index) => `  const step${index + 1} = step${index};`).join('\n');

describe('reusing value classifications that read nothing of the caller', () => {
  test('a wrapper whose sink value mixes its own data with what each caller passes', async () => {
    const { findings } = await expectSameBothWays({
      'src/notify.ts': `
        import { currentUser } from './session';
        export function notify(subject: string, extra: unknown) {
          const sender = currentUser().email;
          const note = { sender, subject, extra, sentAt: Date.now() };
          console.log('notify', note, sender);
          fetch('https://hooks.example.com/notify', { method: 'POST', body: JSON.stringify({ note, sender }) });
        }
      `,
      'src/session.ts': `
        export function currentUser() { return { email: 'someone@example.com', name: 'Someone' }; }
      `,
      'src/a.ts': `
        import { notify } from './notify';
        export function signUp(email: string, phone: string) { notify('welcome', { email, phone }); notify('again', { email }); }
      `,
      'src/b.ts': `
        import { notify } from './notify';
        export function order(total: number, address: string) { notify('order', { total, address }); notify('plain', total); }
      `,
    });
    expect(findings.length).toBeGreaterThan(0);
  });

  test('callbacks inside a wrapper over what the caller passed, and over its own data', async () => {
    await expectSameBothWays({
      'src/report.ts': `
        const staff = [{ email: 'a@example.com' }, { email: 'b@example.com' }];
        export function report(people: { email: string; phone: string }[], label: string) {
          const emails = people.map((person) => person.email);
          const own = staff.map((member) => member.email);
          const phones = people.filter((person) => person.phone).map((person) => ({ phone: person.phone, label }));
          console.log(label, emails, own, phones);
        }
      `,
      'src/use.ts': `
        import { report } from './report';
        export function run(users: { email: string; phone: string }[], contacts: { email: string; phone: string }[]) {
          report(users, 'users');
          report(contacts, 'contacts');
        }
      `,
    });
  });

  test('a value followed to the step limit is a gap at each sink that reaches it, reused or not', async () => {
    const { gaps } = await expectSameBothWays({
      'src/deep.ts': `
        export function deep(user: { email: string }) {
          const step0 = user.email;
        ${deepChain}
          console.log(step18);
          console.warn(step18);
          console.info({ value: step18 });
          fetch('https://api.example.com/log', { method: 'POST', body: JSON.stringify(step18) });
        }
        export function wrapped(text: string) {
          const step0 = text;
        ${deepChain}
          console.log(step18, text);
        }
      `,
      'src/call.ts': `
        import { wrapped } from './deep';
        export function call(user: { email: string }) { wrapped(user.email); wrapped('fixed'); }
      `,
    });
    // The two logs of the same value at the same step are one classification reused: each still names the limit.
    expect(gaps.filter((gap) => /after \d+ steps/.test(gap.reason)).length).toBeGreaterThanOrEqual(2);
  });
});
