import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseDotenv, readExampleEnvHosts, toRealHost } from './env-examples.js';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-env-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('dotenv lines: export, quotes and trailing comments', () => {
  expect(parseDotenv('# comment\nexport A_URL="https://a.example.io/x" # a\nB=\'https://b.io\'\nC=https://c.io/path # note\nnot a line\n')).toEqual([
    ['A_URL', 'https://a.example.io/x'],
    ['B', 'https://b.io'],
    ['C', 'https://c.io/path'],
  ]);
});

test.each([
  ['https://api.tinybird.co', 'api.tinybird.co'],
  ['https://hooks.slack.com/services/T/B/X', 'hooks.slack.com'],
  ['http://localhost:3000', undefined],
  ['http://127.0.0.1:8080', undefined],
  ['https://your-domain.com', undefined],
  ['https://api.example.com', undefined],
  ['http://redis:6379', undefined],
  ['https://${HOST}/api', undefined],
  ['postgresql://user@db.acme.io/app', undefined],
  ['re_123', undefined],
])('%s is the real host %s', (value, host) => {
  expect(toRealHost(value)).toBe(host);
});

test('the first folder naming a variable wins; compose environment lists and maps both count', () => {
  const app = join(scratch, 'layout', 'app');
  const root = join(scratch, 'layout');
  mkdirp(app);
  writeFileSync(join(app, '.env.example'), 'CRM_URL=https://crm.app-vendor.io\n');
  writeFileSync(join(root, '.env.sample'), 'CRM_URL=https://crm.root-vendor.io\nSEARCH_URL=https://search.vendor.io\n');
  writeFileSync(join(root, 'docker-compose.yml'), 'services:\n  web:\n    environment:\n      - MAILER_URL=https://mail.vendor.io\n  worker:\n    environment:\n      QUEUE_URL: https://queue.vendor.io\n');
  expect(readExampleEnvHosts([app, root])).toEqual({
    CRM_URL: 'crm.app-vendor.io',
    MAILER_URL: 'mail.vendor.io',
    QUEUE_URL: 'queue.vendor.io',
    SEARCH_URL: 'search.vendor.io',
  });
});

function mkdirp(dir: string) {
  mkdirSync(dir, { recursive: true });
}
