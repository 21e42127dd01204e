import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatRecipientCandidates } from '../report/scan-pretty.js';
import { scan } from './index.js';
import { listRecipientCandidates } from './recipient-candidates.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}/`, import.meta.url));

test('unknown packages and env:NAME destinations that received personal data are recipient candidates', async () => {
  const packages = await scan({ root: fixture('check/gap-unknown-package') });
  expect(packages.summary.recipientCandidates).toEqual([{ recipient: 'crm-client', source: 'package', calls: 1, categories: ['user.contact.email'] }]);

  const destinations = await scan({ root: fixture('scan/sink-http-env-url-destinations') });
  // Variables whose example value is a real URL resolve to its host and are no candidates.
  expect(destinations.summary.recipientCandidates).toEqual([
    { recipient: 'env:AUDIT_LOG_URL', source: 'environment', calls: 1, categories: ['user.unique_id'] },
    { recipient: 'env:VITE_EVENTS_URL', source: 'environment', calls: 1, categories: ['user.contact.phone_number'] },
  ]);
  expect(formatRecipientCandidates(destinations)).toBe(
    'Recipient candidates (declare them under recipients; privlint init drafts them): env:AUDIT_LOG_URL (1 call: user.unique_id), env:VITE_EVENTS_URL (1 call: user.contact.phone_number)',
  );
});

test("Node's own modules are no recipient candidates: the destination they are pointed at is", () => {
  const gap = (pkg: string, line: number) => ({
    location: { file: 'src/server.ts', line, column: 3 },
    expression: 'socket.remoteAddress',
    categories: ['user.device.ip_address'],
    reason: 'the data goes into a package privlint does not know',
    package: pkg,
  });
  expect(listRecipientCandidates([], [gap('http', 1), gap('node:net', 2), gap('net', 3), gap('crm-client', 4)])).toEqual([
    { recipient: 'crm-client', source: 'package', calls: 1, categories: ['user.device.ip_address'] },
  ]);
});
