import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkProject } from './check.js';
import { suggestRecipientId } from './describe.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/check/${name}/`, import.meta.url));

test('an undeclared env:NAME destination says how to declare it: a recipient host or first party', async () => {
  const { result } = await checkProject({ root: fixture('env-url-undeclared-recipient') });
  expect(result.problems.map((problem) => [problem.rule, problem.recipient, problem.help])).toEqual([
    [
      'undeclared-recipient',
      'env:CRM_WEBHOOK_URL',
      'the URL comes from the environment variable CRM_WEBHOOK_URL: if it points at a third party, add a recipient `crm-webhook` with `hosts: [env:CRM_WEBHOOK_URL]` under `recipients` in privacy.yml; if it is your own service, list env:CRM_WEBHOOK_URL under `scan.firstPartyHosts`; a real URL for CRM_WEBHOOK_URL in .env.example lets privlint name the host',
    ],
  ]);
});

test.each([
  ['env:TINYBIRD_URL', 'tinybird'],
  ['env:NEXT_PUBLIC_POSTHOG_HOST', 'posthog'],
  ['env:CRM_API_BASE_URL', 'crm'],
  ['env:SLACK_WEBHOOK_URL', 'slack-webhook'],
  ['api.segment.io', 'segment'],
])('a recipient id for %s: %s', (destination, id) => {
  expect(suggestRecipientId(destination)).toBe(id);
});
