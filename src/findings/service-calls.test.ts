import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { scan } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/scan/${name}/`, import.meta.url));
const describeFinding = (finding: { location: { file: string; line: number; column: number }; sink: { api: string; recipient: string | null }; confidence: string; category: string }) =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.recipient} ${finding.sink.api} ${finding.confidence}`;

// Line 8's customerSessions.create passes only `customer`, Stripe's own id: no finding (sdk-stripe-own-customer-id).
test('a call of a catalogued service that the catalog does not list is medium, its api naming the method', async () => {
  const result = await scan({ root: fixture('sdk-stripe-unlisted-service-method') });
  expect(result.findings.map(describeFinding)).toEqual([
    'src/billing/portal.ts:9:9 user.unique_id stripe stripe.customers.createBalanceTransaction medium',
    'src/billing/portal.ts:10:9 user.contact.email stripe stripe.billing.meterEvents.create medium',
  ]);
});

test('raw HTTP to a REST endpoint names the method, host and path; a listed body property keeps the API category', async () => {
  const result = await scan({ root: fixture('sink-http-endpoint-resend-fetch') });
  expect(result.findings.map((finding) => `${describeFinding(finding)} ${finding.expression}`)).toEqual([
    'src/mail/send-invite.ts:4:9 user.contact.email resend fetch POST api.resend.com/emails medium recipient',
    'src/mail/send-invite.ts:12:9 user.contact.email postmark fetch POST api.postmarkapp.com/email medium address',
  ]);
});

test('an env URL resolved to a catalogued endpoint through .env.example says which host in its api', async () => {
  const result = await scan({ root: fixture('sink-http-env-url-destinations') });
  expect(result.findings.filter((finding) => finding.sink.recipient === 'slack').map(describeFinding)).toEqual([
    'src/lib/signup-events.ts:6:9 user.contact.email slack fetch hooks.slack.com high',
  ]);
});
