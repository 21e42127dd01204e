import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { writeApp } from '../../bench/generate-app.mjs';
import { getUserCacheDirectory } from '../fs/private-files.js';
import { getDefaultCacheLocation, hashData, openScanCache } from './scan-cache.js';
import { runCli } from '../testing/run-cli.js';

const DEMO_SHOP = fileURLToPath(new URL('../../fixtures/demo-shop/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (cwd: string, ...args: string[]) => runCli(cwd, args);

/** The JSON report with its one timing field zeroed: everything else must match byte for byte. */
const withoutDuration = (json: string) => json.replace(/"durationMs": \d+/, '"durationMs": 0');

/** Scans with the cache and without, and returns both reports plus the file counts `--timings` printed. */
async function scanBothWays(root: string, cacheDir: string) {
  const cached = await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir, '--timings');
  const uncached = await run(root, 'scan', '--format', 'json', '--no-cache');
  expect(cached.code).toBe(0);
  expect(uncached.code).toBe(0);
  const counts = /files (\d+) \((\d+) analysed, (\d+) from the cache;/.exec(cached.stderr);
  return {
    cached: withoutDuration(cached.stdout),
    uncached: withoutDuration(uncached.stdout),
    total: Number(counts?.[1]),
    analysed: Number(counts?.[2]),
    fromCache: Number(counts?.[3]),
  };
}

function copyProject(from: string, name: string): string {
  const root = join(scratch, name);
  cpSync(from, root, { recursive: true });
  return root;
}

describe.each([
  ['fixtures/demo-shop', () => copyProject(DEMO_SHOP, 'demo-shop'), 'src/lib/analytics.ts', 'src/types.ts'],
  [
    'a generated 80-file app',
    () => {
      const root = join(scratch, 'generated');
      writeApp(root, { files: 80, seed: 7 });
      return root;
    },
    'src/lib/analytics.ts',
    'src/types/user.ts',
  ],
])('the cache gives the same report as no cache: %s', (_name, createProject, wrapperFile, typesFile) => {
  const root = createProject();
  const cacheDir = join(scratch, `cache-${_name.replace(/\W+/g, '-')}`);

  test('cold, then warm with no change (every file from the cache)', async () => {
    const cold = await scanBothWays(root, cacheDir);
    expect(cold.cached).toBe(cold.uncached);
    expect(cold.fromCache).toBe(0);
    const warm = await scanBothWays(root, cacheDir);
    expect(warm.cached).toBe(warm.uncached);
    expect(warm.fromCache).toBe(warm.total);
    expect(warm.analysed).toBe(0);
  });

  test('after a code change in one file, only it and the files whose analysis read it are analysed again', async () => {
    appendFileSync(join(root, wrapperFile), '\nexport const touched = 1;\n');
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBeGreaterThanOrEqual(1);
    expect(touched.analysed).toBeLessThan(touched.total);
  });

  test('after a comment appended to one file, nothing is analysed again', async () => {
    appendFileSync(join(root, wrapperFile), '// touched\n');
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBe(0);
  });

  test("after changing a wrapper's sink, its callers' findings follow", async () => {
    const before = (await scanBothWays(root, cacheDir)).cached;
    const path = join(root, wrapperFile);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/\b(segment|posthog)\.(capture|track|identify)\(/, 'console.log(');
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
    expect(after.cached).not.toBe(before);
  });

  test('after adding a personal field to a type other files import', async () => {
    const path = join(root, typesFile);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(/(interface User\b[^{]*\{)/, '$1\n  phoneNumber: string;\n  dateOfBirth: string;');
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
  });

  test('a corrupt cache file is ignored and rewritten', async () => {
    const [file] = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
    writeFileSync(join(cacheDir, file!), '{"format": 1, "settings": "trunc');
    const repaired = await scanBothWays(root, cacheDir);
    expect(repaired.cached).toBe(repaired.uncached);
    expect(repaired.fromCache).toBe(0);
    expect(() => JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as unknown).not.toThrow();
    expect((await scanBothWays(root, cacheDir)).fromCache).toBe(repaired.total);
  });
});

describe('what invalidates the cache', () => {
  test('a manifest change that leaves aliases and scan.sdks alone keeps every finding cached', async () => {
    const root = copyProject(DEMO_SHOP, 'manifest-edit');
    const cacheDir = join(scratch, 'cache-manifest-edit');
    await scanBothWays(root, cacheDir);
    const manifest = join(root, 'privacy.yml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('name: Demo Shop\n', 'name: Demo Shop Europe\n'));
    const edited = await scanBothWays(root, cacheDir);
    expect(edited.fromCache).toBe(edited.total);
    expect(edited.cached).toBe(edited.uncached);
  });

  test('a new alias in the manifest invalidates every file', async () => {
    const root = copyProject(DEMO_SHOP, 'alias-edit');
    const cacheDir = join(scratch, 'cache-alias-edit');
    await scanBothWays(root, cacheDir);
    const manifest = join(root, 'privacy.yml');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('aliases: [lastEmail]', 'aliases: [lastEmail, contactHandle]'));
    const edited = await scanBothWays(root, cacheDir);
    expect(edited.fromCache).toBe(0);
    expect(edited.cached).toBe(edited.uncached);
  });

  test('a new file that an import now resolves to', async () => {
    const root = join(scratch, 'new-module');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { 'posthog-js': '1.0.0' } }));
    writeFileSync(join(root, 'src/signup.ts'), "import { remember } from './remember';\nexport function signedUp(email: string) {\n  remember(email);\n}\n");
    const cacheDir = join(scratch, 'cache-new-module');
    const before = await scanBothWays(root, cacheDir);
    writeFileSync(join(root, 'src/remember.ts'), "export function remember(email: string) {\n  localStorage.setItem('email', email);\n}\n");
    const after = await scanBothWays(root, cacheDir);
    expect(after.cached).toBe(after.uncached);
    expect(after.cached).toContain('"file": "src/signup.ts"');
    expect(before.cached).not.toContain('"file": "src/signup.ts"');
  });

  test('a new class that implements the interface a caller is typed with, then a change to its sink', async () => {
    const root = join(scratch, 'new-implementation');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { 'posthog-js': '1.0.0' } }));
    writeFileSync(join(root, 'src/remember.ts'), 'export interface Remember {\n  remember(email: string): void;\n}\n');
    writeFileSync(
      join(root, 'src/signup.ts'),
      "import type { Remember } from './remember';\nexport class Signup {\n  constructor(private readonly store: Remember) {}\n  signedUp(email: string) {\n    this.store.remember(email);\n  }\n}\n",
    );
    const cacheDir = join(scratch, 'cache-new-implementation');
    const before = await scanBothWays(root, cacheDir);
    const implementation = join(root, 'src/local-remember.ts');
    writeFileSync(implementation, "import type { Remember } from './remember';\nexport class LocalRemember implements Remember {\n  remember(email: string) {\n    localStorage.setItem('email', email);\n  }\n}\n");
    const added = await scanBothWays(root, cacheDir);
    expect(added.cached).toBe(added.uncached);
    expect(added.cached).toContain('"file": "src/signup.ts"');
    expect(before.cached).not.toContain('"file": "src/signup.ts"');
    writeFileSync(implementation, readFileSync(implementation, 'utf8').replace("localStorage.setItem('email', email)", "sessionStorage.setItem('email', email)"));
    const changed = await scanBothWays(root, cacheDir);
    expect(changed.cached).toBe(changed.uncached);
    expect(changed.cached).toContain('sessionStorage.setItem');
  });

  test('--no-types and types on are kept apart', async () => {
    const root = copyProject(DEMO_SHOP, 'types-flag');
    const cacheDir = join(scratch, 'cache-types-flag');
    await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir);
    const untyped = await run(root, 'scan', '--format', 'json', '--cache-location', cacheDir, '--no-types', '--timings');
    const reference = await run(root, 'scan', '--format', 'json', '--no-cache', '--no-types');
    expect(untyped.stderr).toMatch(/\(\d+ analysed, 0 from the cache;/);
    expect(withoutDuration(untyped.stdout)).toBe(withoutDuration(reference.stdout));
  });
});

/** A project where files read other files' syntax: a wrapper (the caller's output points into it) and types (it does not). */
function writeShapeProject(root: string): void {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ dependencies: { 'posthog-js': '1.0.0', react: '18.0.0' } }),
    'src/types.ts': 'export interface Customer {\n  id: string;\n  email: string;\n  phoneNumber: string;\n}\n',
    'src/track.ts': "import posthog from 'posthog-js';\n\nexport function trackSignup(email: string) {\n  posthog.capture('signup', { email });\n}\n",
    'src/signup.ts': [
      "import posthog from 'posthog-js';",
      "import type { Customer } from './types';",
      "import { trackSignup } from './track';",
      '',
      'export function signUp(customer: Customer) {',
      '  trackSignup(customer.email);',
      "  posthog.capture('profile', customer);",
      '}',
      '',
    ].join('\n'),
    'src/patterns.ts': [
      'const EMAIL = /^[^@\\s]+@[^@\\s]+$/;',
      'const half = 10 / 2 / 1;',
      '',
      'export interface Contact {',
      '  email: string;',
      '  phoneNumber: string;',
      '}',
      '',
      'export const describeContact = (contact: Contact) => `${contact.email} (${half})`;',
      'export const isEmail = (value: string) => EMAIL.test(value) && `${value}`.length > 3;',
      '',
    ].join('\n'),
    'src/contact.ts': "import posthog from 'posthog-js';\nimport type { Contact } from './patterns';\n\nexport function saveContact(contact: Contact) {\n  posthog.capture('contact', contact);\n}\n",
    'src/Profile.tsx': [
      "import posthog from 'posthog-js';",
      '',
      'export interface Profile {',
      '  email: string;',
      '  fullName: string;',
      '}',
      '',
      'export function ProfileCard({ profile }: { profile: Profile }) {',
      "  posthog.capture('card', { email: profile.email });",
      '  return <div className="card">{profile.fullName}</div>;',
      '}',
      '',
    ].join('\n'),
    'src/page.tsx': "import posthog from 'posthog-js';\nimport type { Profile } from './Profile';\n\nexport function Page({ profile }: { profile: Profile }) {\n  posthog.capture('viewed', profile);\n  return <main>{profile.fullName}</main>;\n}\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('shape keys: an edit that leaves the code alone does not re-analyse the files that read it', () => {
  const root = join(scratch, 'shape');
  const cacheDir = join(scratch, 'cache-shape');
  writeShapeProject(root);
  const edit = (path: string, change: (text: string) => string) => {
    const text = readFileSync(join(root, path), 'utf8');
    const changed = change(text);
    expect(changed).not.toBe(text);
    writeFileSync(join(root, path), changed);
  };

  test('cold, then warm', async () => {
    const cold = await scanBothWays(root, cacheDir);
    expect(cold.cached).toBe(cold.uncached);
    expect(cold.cached).toContain('"file": "src/contact.ts"');
    expect(cold.cached).toContain('"file": "src/page.tsx"');
    expect((await scanBothWays(root, cacheDir)).analysed).toBe(0);
  });

  test('a comment appended to a file: nothing is analysed, not even the file', async () => {
    edit('src/track.ts', (text) => `${text}// bench: touched in round 1\n`);
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBe(0);
  });

  test('a comment above a declaration in a type file that others read: nothing is analysed', async () => {
    edit('src/types.ts', (text) => `// The people who buy.\n\n${text.replace('export interface', '/** A customer. */\nexport interface')}`);
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBe(0);
  });

  test('a comment above a component in a .tsx file with findings of its own: only that file is analysed', async () => {
    edit('src/Profile.tsx', (text) => text.replace('export function ProfileCard', '// Shown on the account page.\nexport function ProfileCard'));
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBe(1);
    expect(touched.cached).toContain('"file": "src/page.tsx"');
  });

  test("a comment above a wrapper whose sink the caller's findings point into: the caller is analysed again", async () => {
    const before = (await scanBothWays(root, cacheDir)).cached;
    edit('src/track.ts', (text) => text.replace('export function trackSignup', '// Every signup, once.\n// (Two lines, so the sink moves.)\nexport function trackSignup'));
    const touched = await scanBothWays(root, cacheDir);
    expect(touched.cached).toBe(touched.uncached);
    expect(touched.analysed).toBe(2);
    expect(touched.cached).not.toBe(before);
    expect(touched.cached).toContain('"file": "src/track.ts",\n          "line": 6');
  });

  test('whitespace between statements, then inside one', async () => {
    edit('src/patterns.ts', (text) => text.replace('const half', '\n\nconst half').replace('export interface', '  export interface'));
    const between = await scanBothWays(root, cacheDir);
    expect(between.cached).toBe(between.uncached);
    expect(between.analysed).toBe(0);
    edit('src/patterns.ts', (text) => text.replace('  email: string;', '    email: string;'));
    const inside = await scanBothWays(root, cacheDir);
    expect(inside.cached).toBe(inside.uncached);
    expect(inside.analysed).toBe(2);
  });

  test('a file with regular expressions and template literals: a comment between statements, then a change in a regex', async () => {
    edit('src/patterns.ts', (text) => text.replace('export const isEmail', '// Not a validator, a hint.\nexport const isEmail'));
    const comment = await scanBothWays(root, cacheDir);
    expect(comment.cached).toBe(comment.uncached);
    expect(comment.analysed).toBe(0);
    edit('src/patterns.ts', (text) => text.replace('/^[^@\\s]+@[^@\\s]+$/', '/^[^@\\s]+@[^@\\s]+\\.[a-z]+$/'));
    const code = await scanBothWays(root, cacheDir);
    expect(code.cached).toBe(code.uncached);
    expect(code.analysed).toBe(2);
  });

  test('a code change in a type file: the files that read it follow', async () => {
    edit('src/types.ts', (text) => text.replace('  phoneNumber: string;', '  phoneNumber: string;\n  dateOfBirth: string;'));
    const changed = await scanBothWays(root, cacheDir);
    expect(changed.cached).toBe(changed.uncached);
    expect(changed.analysed).toBe(2);
    expect(changed.cached).toContain('"category": "user.demographic.date_of_birth"');
  });
});

describe('a wrapper many files call: what it gives every caller alike is classified once, and the cache still follows it', () => {
  const root = join(scratch, 'shared-wrapper');
  const cacheDir = join(scratch, 'cache-shared-wrapper');
  const callers = ['src/a.ts', 'src/b.ts', 'src/c.ts'];
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ dependencies: { 'posthog-js': '1.0.0' } }),
    'src/shape.ts': "export function eventProperties(details: { plan: string; email: string }) {\n  return { plan: 'free' };\n}\n",
    'src/track.ts': [
      "import posthog from 'posthog-js';",
      "import { eventProperties } from './shape';",
      '',
      'export function trackVisit(details: { plan: string; email: string }) {',
      "  posthog.capture('visit', eventProperties(details));",
      '}',
      '',
    ].join('\n'),
    ...Object.fromEntries(
      callers.map((path, index) => [
        path,
        `import { trackVisit } from './track';\n\nexport function visit${index}(customer: { email: string }) {\n  trackVisit({ plan: 'pro', email: customer.email });\n}\n`,
      ]),
    ),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  test('callers that took a blind classification from an earlier file follow an edit that makes it read their arguments', async () => {
    const cold = await scanBothWays(root, cacheDir);
    expect(cold.cached).toBe(cold.uncached);
    for (const path of callers) expect(cold.cached).not.toContain(`"file": "${path}"`);
    writeFileSync(join(root, 'src/shape.ts'), files['src/shape.ts']!.replace("{ plan: 'free' }", "{ plan: 'free', contact: details }"));
    const edited = await scanBothWays(root, cacheDir);
    expect(edited.cached).toBe(edited.uncached);
    for (const path of callers) expect(edited.cached).toContain(`"file": "${path}",\n        "line": 4,\n        "column": 3`);
    expect(edited.analysed).toBe(5);
  });
});

describe('what a run loads', () => {
  const bin = fileURLToPath(new URL('../../bin/privlint.js', import.meta.url));
  // Reports at exit whether the TypeScript compiler was loaded (ts-morph's copy comes through require).
  const probe = join(scratch, 'typescript-probe.cjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`typescript loaded: ${Object.keys(require.cache).some((path) => /[\\\\/]typescript\\.js$/.test(path))}\\n`));\n");
  const scan = (root: string, cacheDir: string) => {
    const run = spawnSync(process.execPath, ['--require', probe, bin, 'scan', root, '--cache-location', cacheDir, '--format', 'json', '--timings'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    return { loaded: /typescript loaded: true/.test(run.stderr), analysed: Number(/\((\d+) analysed/.exec(run.stderr)?.[1]) };
  };

  test('a warm run with no change, or only a comment appended, never loads TypeScript (the built CLI)', () => {
    const root = join(scratch, 'loads');
    const cacheDir = join(scratch, 'cache-loads');
    writeShapeProject(root);
    expect(scan(root, cacheDir)).toEqual({ loaded: true, analysed: 7 });
    expect(scan(root, cacheDir)).toEqual({ loaded: false, analysed: 0 });
    appendFileSync(join(root, 'src/types.ts'), '// touched\n');
    expect(scan(root, cacheDir)).toEqual({ loaded: false, analysed: 0 });
    writeFileSync(join(root, 'src/types.ts'), `// moved\n${readFileSync(join(root, 'src/types.ts'), 'utf8')}`);
    // A comment above the code needs the parser for the shapes, and nothing else.
    expect(scan(root, cacheDir)).toEqual({ loaded: true, analysed: 0 });
  });
});

describe('openScanCache', () => {
  test('entries written under other settings are not read', () => {
    const location = join(scratch, 'settings');
    const first = openScanCache(location, '/project', hashData({ aliases: { mail: 'user.contact.email' } }));
    expect(first.save(new Map([['src/a.ts', { hash: 'h', imports: [] }]]))).toBeUndefined();
    expect(openScanCache(location, '/project', hashData({ aliases: { mail: 'user.contact.email' } })).entries.size).toBe(1);
    expect(openScanCache(location, '/project', hashData({ aliases: {} })).entries.size).toBe(0);
    expect(openScanCache(location, '/other-project', hashData({ aliases: { mail: 'user.contact.email' } })).entries.size).toBe(0);
  });

  test('a cache that cannot be written is a warning, not a failure', () => {
    const blocker = join(scratch, 'blocker');
    writeFileSync(blocker, 'a file where the cache folder should be');
    const cache = openScanCache(join(blocker, 'cache'), '/project', 'settings');
    expect(cache.save(new Map([['src/a.ts', { hash: 'h', imports: [] }]]))).toMatch(/^could not write the cache .*blocker/);
  });

  test("saving removes other roots' caches not written for a month, and keeps the rest", () => {
    const location = join(scratch, 'prune');
    const settings = hashData({});
    expect(openScanCache(location, '/old-project', settings).save(new Map())).toBeUndefined();
    expect(openScanCache(location, '/recent-project', settings).save(new Map())).toBeUndefined();
    const [oldFile, recentFile] = ['/old-project', '/recent-project'].map((root) => openScanCache(location, root, settings).file);
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
    utimesSync(oldFile!, daysAgo(31), daysAgo(31));
    utimesSync(recentFile!, daysAgo(29), daysAgo(29));
    writeFileSync(join(location, 'notes.txt'), 'not a cache file');
    utimesSync(join(location, 'notes.txt'), daysAgo(90), daysAgo(90));

    const current = openScanCache(location, '/project', settings);
    expect(current.save(new Map([['src/a.ts', { hash: 'h', imports: [] }]]))).toBeUndefined();
    expect(existsSync(oldFile!)).toBe(false);
    expect(existsSync(recentFile!)).toBe(true);
    expect(existsSync(current.file)).toBe(true);
    expect(existsSync(join(location, 'notes.txt'))).toBe(true);
  });

  test('hashData does not depend on key order', () => {
    expect(hashData({ a: 1, b: [/x/g, 2] })).toBe(hashData({ b: [/x/g, 2], a: 1 }));
    expect(hashData({ a: 1 })).not.toBe(hashData({ a: 2 }));
  });
});

describe('getDefaultCacheLocation', () => {
  test("the user's own cache folder, never inside the scanned project nor a folder shared with other users", () => {
    const location = getDefaultCacheLocation();
    expect(location).toBe(getUserCacheDirectory());
    expect(location).not.toContain('node_modules');
    expect(location).not.toBe(join(tmpdir(), 'privlint-cache'));
  });

  test('XDG_CACHE_HOME decides where it is, when set', () => {
    expect(getUserCacheDirectory({ XDG_CACHE_HOME: '/somewhere/cache' })).toBe('/somewhere/cache/privlint');
  });
});
