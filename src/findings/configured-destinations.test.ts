import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { scan } from './index.js';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-env-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('editing .env.example changes a cached scan: the env host is resolved after the per-file cache', async () => {
  const project = join(scratch, 'cached');
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "name": "cached", "private": true }\n');
  writeFileSync(join(project, 'src', 'track.ts'), 'export const track = (user: { email: string }) => fetch(process.env.EVENTS_URL!, { method: "POST", body: JSON.stringify({ email: user.email }) });\n');
  const cache = { location: join(scratch, 'cache') };
  const recipients = async () => (await scan({ root: project, cache })).findings.map((finding) => `${finding.sink.kind} ${finding.sink.recipient}`);
  expect(await recipients()).toEqual(['http env:EVENTS_URL']);
  writeFileSync(join(project, '.env.example'), 'EVENTS_URL=https://hooks.slack.com/services/T/B/X\n');
  expect(await recipients()).toEqual(['messaging slack']);
  writeFileSync(join(project, '.env.example'), 'EVENTS_URL=https://events.vendor.io\n');
  expect(await recipients()).toEqual(['http events.vendor.io']);
});

