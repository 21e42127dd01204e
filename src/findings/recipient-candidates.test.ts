import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { formatRecipientCandidates } from '../report/scan-pretty.js';
import { scan } from './index.js';

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
