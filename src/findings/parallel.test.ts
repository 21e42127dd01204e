import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { writeApp } from '../../bench/generate-app.mjs';
import { createAnalysisSession } from './analysis-session.js';
import type { AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';
import { analyseInParallel, claimSlot, dealFiles, exchangeSettled } from './parallel.js';
import { autoThreadCount, chooseThreadCount } from './threads.js';

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
      imports: new Map([['src/signup.ts', ['src/lib/track.ts']]]),
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

describe('exchangeSettled', () => {
  // A wrapper many files call, whose sinks log the caller's data beside values no caller reaches (the helper's own).
  const WRAPPED: SessionFile[] = [
    { path: 'src/lib/send.ts', text: "export function send(topic: string, body: unknown) {\n  console.log('sending', topic, process.env.REGION);\n  fetch('https://hooks.example.com/' + topic, { method: 'POST', body: JSON.stringify(body) });\n}\n" },
    { path: 'src/lib/audit.ts', text: "import { send } from './send';\nexport function audit(event: string, user: { email: string }) {\n  console.log('audit', event, Date.now());\n  console.info(user.email);\n  send('audit', { event });\n}\n" },
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({
      path: `src/routes/${name}.ts`,
      text: `import { audit } from '../lib/audit';\nexport function ${name}(user: { email: string; phone: string }) {\n  audit('${name}', user);\n  audit(user.phone, user);\n}\n`,
    })),
  ].map((file) => ({ ...file, absolutePath: `/virtual/${file.path}`, dependencies: undefined, compilerOptions: undefined }));

  test('two sessions taking each other\'s caller-blind values give every file the result and reads of one session', async () => {
    for (const keepShapes of [false, true]) {
      const settings = { ...SETTINGS, keepShapes };
      const sequential = createAnalysisSession(WRAPPED, settings);
      await sequential.loadEngine();
      const expected = [...sequential.files.values()].map((file) => sequential.analyse(file));
      expect(expected.some((result) => result.output!.findings.length > 0)).toBe(true);

      const sessions = [createAnalysisSession(WRAPPED, settings), createAnalysisSession(WRAPPED, settings)];
      for (const session of sessions) await session.loadEngine();
      const { port1, port2 } = new MessageChannel();
      const ports = [port1, port2];
      let adopted = 0;
      const results = [...sequential.files.keys()].map((path, index) => {
        const session = sessions[index % 2]!;
        const result = session.analyse(session.files.get(path)!);
        const counting = {
          takeSettled: () => session.takeSettled(),
          adoptSettled: (entries: Parameters<typeof session.adoptSettled>[0]) => {
            adopted += entries.length;
            session.adoptSettled(entries);
          },
        };
        exchangeSettled(counting, [ports[index % 2]!]);
        return result;
      });
      port1.close();
      expect(adopted).toBeGreaterThan(0);
      expect(results).toEqual(expected);
    }
  });
});

describe('dealFiles', () => {
  // Two apps of a monorepo, each with pages that import its own library; the libraries are the same size.
  const paths = [
    'apps/admin/lib/db.ts',
    'apps/admin/pages/a.ts',
    'apps/admin/pages/b.ts',
    'apps/shop/lib/db.ts',
    'apps/shop/pages/a.ts',
    'apps/shop/pages/b.ts',
    'apps/shop/routes/c.ts',
  ];
  const imports = new Map([
    ['apps/admin/pages/a.ts', ['apps/admin/lib/db.ts']],
    ['apps/admin/pages/b.ts', ['apps/admin/lib/db.ts']],
    ['apps/shop/pages/a.ts', ['apps/shop/lib/db.ts']],
    ['apps/shop/pages/b.ts', ['apps/shop/lib/db.ts']],
    ['apps/shop/routes/c.ts', ['apps/shop/lib/db.ts']],
  ]);
  const sizes: Record<string, number> = { 'apps/admin/lib/db.ts': 5000, 'apps/shop/lib/db.ts': 5000 };
  const sizeOf = (path: string) => sizes[path] ?? 1000;

  test('files that import the same library go to the same thread, every file once', () => {
    const shares = dealFiles(paths, sizeOf, imports, 2).map((share) => share.map((index) => paths[index]));
    expect(shares).toEqual([
      ['apps/admin/lib/db.ts', 'apps/admin/pages/a.ts', 'apps/admin/pages/b.ts'],
      ['apps/shop/lib/db.ts', 'apps/shop/pages/a.ts', 'apps/shop/pages/b.ts', 'apps/shop/routes/c.ts'],
    ]);
  });

  test('one share per thread, empty when there are fewer directories than threads', () => {
    const shares = dealFiles(paths, sizeOf, imports, 5);
    expect(shares).toHaveLength(5);
    expect(shares.flat().sort()).toEqual(paths.map((_, index) => index));
    expect(dealFiles(paths, sizeOf, imports, 1)).toEqual([paths.map((_, index) => index)]);
  });
});

describe('claimSlot', () => {
  const cellsFor = (bounds: number[]) => {
    const slots = bounds[bounds.length - 1]!;
    const cells = new Int32Array(slots + 2 * (bounds.length - 1));
    for (let share = 0; share < bounds.length - 1; share++) [cells[slots + 2 * share], cells[slots + 2 * share + 1]] = [bounds[share]!, bounds[share + 1]!];
    return cells;
  };

  test('a thread takes its own share front to back, then the back of the share with the most left', () => {
    const bounds = [0, 3, 10];
    const cells = cellsFor(bounds);
    const first = [claimSlot(cells, bounds, 0), claimSlot(cells, bounds, 0), claimSlot(cells, bounds, 0)];
    expect(first).toEqual([0, 1, 2]);
    expect([claimSlot(cells, bounds, 1), claimSlot(cells, bounds, 0), claimSlot(cells, bounds, 1), claimSlot(cells, bounds, 0)]).toEqual([3, 9, 4, 8]);
  });

  test('whatever the turns of the threads, every slot goes to exactly one, and a thread that never starts loses nothing', () => {
    const bounds = [0, 7, 8, 20, 31];
    for (let seed = 1; seed <= 200; seed++) {
      const cells = cellsFor(bounds);
      const taken: number[] = [];
      const running = seed % 5 === 0 ? [0, 1, 2] : [0, 1, 2, 3];
      let random = seed;
      while (running.length > 0) {
        random = (random * 1103515245 + 12345) % 2147483648;
        const thread = running[random % running.length]!;
        const slot = claimSlot(cells, bounds, thread);
        if (slot === undefined) running.splice(running.indexOf(thread), 1);
        else taken.push(slot);
      }
      expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, slot) => slot));
    }
  });
});

describe('chooseThreadCount', () => {
  test('under a TypeScript test runner there is no compiled worker, so one thread', () => {
    expect(chooseThreadCount(undefined, 50_000_000, 10_000)).toBe(1);
    expect(chooseThreadCount(4, 50_000_000, 10_000)).toBe(1);
  });

  test('auto: at most half the cores and a thread per 4 MB; on two or three cores a second thread only for a large project', () => {
    expect(autoThreadCount(2, 3_700_000, 1_000)).toBe(1);
    expect(autoThreadCount(2, 6_900_000, 1_899)).toBe(1);
    expect(autoThreadCount(2, 16_000_000, 566)).toBe(1);
    expect(autoThreadCount(2, 8_800_000, 4_198)).toBe(2);
    expect(autoThreadCount(2, 14_000_000, 4_052)).toBe(2);
    expect(autoThreadCount(3, 14_000_000, 4_052)).toBe(2);
    expect(autoThreadCount(1, 14_000_000, 4_052)).toBe(1);
    expect(autoThreadCount(8, 14_000_000, 4_052)).toBe(3);
    expect(autoThreadCount(8, 6_000_000, 2_000)).toBe(1);
    expect(autoThreadCount(32, 100_000_000, 20_000)).toBe(4);
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

  test('two threads, handing each other what they settled, give the same report as one', () => {
    const one = scanWith('1');
    const two = scanWith('2');
    expect(two.threads).toBe('2');
    expect(two.report).toBe(one.report);
  });

  test('with a cache on two threads, a warm scan and a scan after an edit of a helper give the report of a scan without one', () => {
    const cachedApp = join(scratch, 'cached-app');
    writeApp(cachedApp, { files: 160, seed: 23 });
    const cache = join(scratch, 'cache');
    const scan = (...options: string[]) => {
      const child = spawnSync(process.execPath, [BIN, 'scan', cachedApp, '--format', 'json', ...options], { encoding: 'utf8' });
      expect(child.status).toBe(0);
      return child.stdout.replace(/"durationMs": \d+/, '"durationMs": 0');
    };
    const cold = scan('--cache-location', cache, '--concurrency', '2');
    expect(scan('--cache-location', cache, '--concurrency', '2')).toBe(cold);
    expect(cold).toBe(scan('--no-cache', '--concurrency', '1'));
    // A helper many files reach through their wrappers now sends what its callers pass.
    const monitoring = join(cachedApp, 'src/lib/monitoring.ts');
    writeFileSync(monitoring, readFileSync(monitoring, 'utf8').replace('Sentry.captureException(error);', 'Sentry.captureException(error, { extra: { email: user?.email } });'));
    const edited = scan('--cache-location', cache, '--concurrency', '2');
    expect(edited).not.toBe(cold);
    expect(edited).toBe(scan('--no-cache', '--concurrency', '1'));
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
