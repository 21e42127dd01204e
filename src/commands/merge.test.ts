import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeApp } from '../../bench/generate-app.mjs';
import { runCli } from '../testing/run-cli.js';

const DEMO_SHOP = fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-merge-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (cwd: string, ...args: string[]) => runCli(cwd, args);

const withoutDuration = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');

async function scanShards(root: string, count: number, ...extra: string[]): Promise<string[]> {
  const files: string[] = [];
  for (let index = 1; index <= count; index++) {
    const output = join(root, `shard-${index}.json`);
    const shard = await run(root, 'scan', '--shard', `${index}/${count}`, '--format', 'json', '--output', output, ...extra);
    expect(shard.code, shard.stderr).toBe(0);
    files.push(`shard-${index}.json`);
  }
  return files;
}

describe.each([
  ['fixtures/demo-shop', () => {
    const root = join(scratch, 'demo-shop');
    cpSync(DEMO_SHOP, root, { recursive: true });
    return root;
  }],
  ['a generated 120-file app', () => {
    const root = join(scratch, 'generated');
    writeApp(root, { files: 120, seed: 11 });
    return root;
  }],
])('merged shards equal the unsharded report: %s', (_name, createProject) => {
  const root = createProject();
  let unsharded = '';

  test.each([2, 3, 5])('%i shards', async (count) => {
    unsharded ||= withoutDuration((await run(root, 'scan', '--format', 'json', '--no-cache')).stdout);
    const shards = await scanShards(root, count, '--no-cache');
    const merged = await run(root, 'merge', ...shards.reverse(), '--format', 'json');
    expect(merged.code, merged.stderr).toBe(0);
    expect(withoutDuration(merged.stdout)).toBe(unsharded);
    expect(JSON.parse(merged.stdout).findings.length).toBeGreaterThan(0);
  });

  test('shards sharing a cache, and the pretty report of the merge', async () => {
    const cache = join(scratch, `cache-${_name.replace(/\W+/g, '-')}`);
    await scanShards(root, 3, '--cache-location', cache);
    const shards = await scanShards(root, 3, '--cache-location', cache);
    const mergedJson = await run(root, 'merge', ...shards, '--format', 'json');
    expect(withoutDuration(mergedJson.stdout)).toBe(withoutDuration((await run(root, 'scan', '--format', 'json', '--no-cache')).stdout));
    const mergedPretty = await run(root, 'merge', ...shards);
    const pretty = await run(root, 'scan', '--no-cache');
    expect(mergedPretty.stdout.replace(/\d+ ?ms\b|\d+(\.\d+)? ?s\b/g, 'T')).toBe(pretty.stdout.replace(/\d+ ?ms\b|\d+(\.\d+)? ?s\b/g, 'T'));
  });
});

describe('privlint merge refuses what it cannot combine', () => {
  const root = join(scratch, 'refusals');
  cpSync(DEMO_SHOP, root, { recursive: true });

  test('a missing shard', async () => {
    await scanShards(root, 3, '--no-cache');
    const merged = await run(root, 'merge', 'shard-1.json', 'shard-3.json');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toBe('privlint: Shard 2/3 is missing; pass the reports of all 3 shards.\n');
  });

  test('the same shard twice', async () => {
    const merged = await run(root, 'merge', 'shard-1.json', 'shard-2.json', 'shard-2.json', 'shard-3.json');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toBe('privlint: shard-2.json and shard-2.json are both shard 2/3; give each shard once.\n');
  });

  test('shards of runs with different settings', async () => {
    await run(root, 'scan', '--shard', '2/3', '--format', 'json', '--output', 'untyped-2.json', '--no-types', '--no-cache');
    const merged = await run(root, 'merge', 'shard-1.json', 'untyped-2.json', 'shard-3.json');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/^privlint: untyped-2\.json was scanned with settings \(aliases, scan\.sdks, scan\.include and exclude, --no-types\) hashed as \w+, but shard-1\.json with \w+; merge the shards of one run only\.\n$/);
  });

  test('a full report instead of a shard report', async () => {
    await run(root, 'scan', '--format', 'json', '--output', 'full.json', '--no-cache');
    const merged = await run(root, 'merge', 'full.json');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toBe('privlint: full.json:1:1 is a scan report without a shard block; produce one report per slice with privlint scan --shard K/N --format json.\n');
  });

  test('broken JSON, with its line and column', async () => {
    writeFileSync(join(root, 'broken.json'), '{\n  "schemaVersion": 1,\n  "tool": {},\n}\n');
    const merged = await run(root, 'merge', 'broken.json');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toBe('privlint: broken.json:4:1 is not valid JSON; pass the reports written by privlint scan --shard K/N --format json, unchanged.\n');
  });

  test('scan --shard without --format json', async () => {
    const scan = await run(root, 'scan', '--shard', '1/2');
    expect(scan.code).toBe(2);
    expect(scan.stderr).toBe('privlint: --shard 1/2 writes a partial report for privlint merge; use it with exactly one --format json (and no --explain).\n');
  });

  test.each(['0/2', '3/2', '2', 'a/b'])('scan --shard %s', async (value) => {
    const scan = await run(root, 'scan', '--shard', value, '--format', 'json');
    expect(scan.code).toBe(2);
    expect(scan.stderr).toBe(`privlint: --shard ${value} is not a slice; give it as K/N with 1 ≤ K ≤ N ≤ 1024, e.g. --shard 2/4.\n`);
  });
});
