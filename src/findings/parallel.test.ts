import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeApp } from '../../bench/generate-app.mjs';
import { createAnalysisSession } from './analysis-session.js';
import type { AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';
import { analyseInParallel } from './parallel.js';
import { chooseThreadCount } from './threads.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');
const scratch = mkdtempSync(join(tmpdir(), 'privlint-threads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FILES: SessionFile[] = [
  { path: 'src/lib/track.ts', text: "import analytics from '@segment/analytics-node';\nexport function track(email: string) {\n  analytics.track({ event: 'signup', properties: { email } });\n}\n" },
  { path: 'src/signup.ts', text: "import { track } from './lib/track';\nexport function signup(user: { email: string }) {\n  track(user.email);\n}\n" },
  { path: 'src/log.ts', text: "export function log(user: { phone: string }) {\n  console.log(user.phone);\n}\n" },
  { path: 'src/math.ts', text: 'export const add = (a: number, b: number) => a + b;\n' },
].map((file) => ({ ...file, absolutePath: `/virtual/${file.path}`, dependencies: undefined, compilerOptions: undefined }));
const SETTINGS: AnalysisSettings = { root: '/virtual', sdks: undefined, aliases: {}, types: true, rootOptions: undefined, keepShapes: false };

describe('analyseInParallel', () => {
  test('a worker that fails leaves its files to the main thread: every result arrives, the same as one thread, with a notice', async () => {
    const sequential = createAnalysisSession(FILES, SETTINGS);
    await sequential.loadEngine();
    const expected = [...sequential.files.values()].map((file) => sequential.analyse(file));

    const session = createAnalysisSession(FILES, SETTINGS);
    await session.loadEngine();
    const order = [...session.files.values()];
    const results: FileResult[] = [];
    const notices: string[] = [];
    await analyseInParallel({
      session,
      input: FILES,
      settings: SETTINGS,
      order,
      releasable: new Set(['src/signup.ts', 'src/log.ts', 'src/math.ts']),
      threads: 3,
      onResult: (index, result) => (results[index] = result),
      yieldNow: () => new Promise((next) => setImmediate(next)),
      onNotice: (message) => notices.push(message),
      workerUrl: new URL('./no-such-worker.js', import.meta.url),
    });
    expect(results).toEqual(expected);
    expect(results.map((result) => result.output?.findings.length)).toEqual([2, 2, 1, 0]);
    expect(results[1]!.reads).toEqual(['src/lib/track.ts']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^a worker thread stopped \(Cannot find module .*no-such-worker\.js.*\); the main thread analysed its files instead, the result is complete$/);
  });
});

describe('chooseThreadCount', () => {
  test('under a TypeScript test runner there is no compiled worker, so one thread', () => {
    expect(chooseThreadCount(undefined, 50_000_000)).toBe(1);
    expect(chooseThreadCount(4, 50_000_000)).toBe(1);
  });
});

describe('privlint scan --concurrency (the built CLI)', () => {
  const app = join(scratch, 'app');
  writeApp(app, { files: 160, seed: 23 });
  const scanWith = (concurrency: string) => {
    const child = spawnSync(process.execPath, [BIN, 'scan', app, '--no-cache', '--format', 'json', '--timings', '--concurrency', concurrency], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    return { report: child.stdout.replace(/"durationMs": \d+/, '"durationMs": 0'), threads: /parsed; (\d+) threads?\)/.exec(child.stderr)?.[1] };
  };

  test('three threads give the same report as one, byte for byte', () => {
    const one = scanWith('1');
    const three = scanWith('3');
    expect(one.threads).toBe('1');
    expect(three.threads).toBe('3');
    expect(JSON.parse(three.report).findings.length).toBeGreaterThan(100);
    expect(three.report).toBe(one.report);
  });

  test('auto keeps a small project on one thread', () => {
    expect(scanWith('auto').threads).toBe('1');
  });

  test('never more threads than files to analyse', () => {
    const small = join(scratch, 'small');
    for (const file of FILES) {
      mkdirSync(dirname(join(small, file.path)), { recursive: true });
      writeFileSync(join(small, file.path), file.text);
    }
    const child = spawnSync(process.execPath, [BIN, 'scan', small, '--no-cache', '--format', 'json', '--timings', '--concurrency', '64'], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stderr).toContain('files 4 (4 analysed, 0 from the cache; 4 parsed; 4 threads)');
    expect(JSON.parse(child.stdout).findings.map((finding: { location: { file: string; line: number } }) => `${finding.location.file}:${finding.location.line}`)).toEqual([
      'src/lib/track.ts:3',
      'src/lib/track.ts:3',
      'src/log.ts:2',
      'src/signup.ts:3',
    ]);
  });
});
