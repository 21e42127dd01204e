import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { PrivlintError } from '../errors.js';
import { toGlobRegExp, toManifestGlobs } from './glob.js';
import { listProjectFiles, MAX_FILE_BYTES } from './list-files.js';
import { createDependencyLookup } from './packages.js';
import { readRepositoryLayout } from './workspace.js';

const roots: string[] = [];

function createProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'privlint-project-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const listed = (root: string, options: { include?: string[]; exclude?: string[] } = {}) => listProjectFiles({ root, ...options }).files.map((file) => file.path);

describe('glob patterns', () => {
  test.each([
    ['src/**/*.ts', 'src/app/.well-known/route.ts', true],
    ['src/**/*.ts', 'src/index.ts', true],
    ['src/*.ts', 'src/app/index.ts', false],
    ['**/*.{test,spec}.ts', 'src/a.spec.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(toGlobRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('manifest scan.include and scan.exclude read like .gitignore', () => {
  test.each([
    ['src/lib', ['src/lib', 'src/lib/**']],
    ['src/lib/', ['src/lib', 'src/lib/**']],
    ['./src/lib', ['src/lib', 'src/lib/**']],
    ['generated', ['**/generated', '**/generated/**']],
    ['*.test.ts', ['**/*.test.ts', '**/*.test.ts/**']],
    ['/scripts', ['scripts', 'scripts/**']],
    ['src/**', ['src/**']],
    ['**/*.stories.tsx', ['**/*.stories.tsx', '**/*.stories.tsx/**']],
  ])('%s stands for %j', (pattern, globs) => {
    expect(toManifestGlobs(pattern)).toEqual(globs);
  });

  test('a folder excludes everything in it; a pattern that matches nothing is reported', () => {
    const root = createProject({
      'src/app.ts': 'export const a = 1;',
      'src/lib/deep/helper.ts': 'export const b = 1;',
      'packages/ui/generated/client.ts': 'export const c = 1;',
    });
    const listing = listProjectFiles({ root, exclude: ['src/lib', 'generated', 'src/legacy'] });
    expect(listing.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(listing.unmatchedPatterns).toEqual([{ list: 'exclude', pattern: 'src/legacy' }]);
    const included = listProjectFiles({ root, include: ['src', 'apps/web'] });
    expect(included.files.map((file) => file.path)).toEqual(['src/app.ts', 'src/lib/deep/helper.ts']);
    expect(included.unmatchedPatterns).toEqual([{ list: 'include', pattern: 'apps/web' }]);
  });
});

describe('listing the files to scan', () => {
  test('without a tsconfig: every TypeScript file, skipping dependencies, build output, declarations and tests', () => {
    const root = createProject({
      'src/app.ts': 'export {};',
      'src/view.tsx': 'export {};',
      'src/app/.well-known/webfinger/route.ts': 'export {};',
      'src/types.d.ts': 'export {};',
      'src/app.test.ts': 'export {};',
      'src/__mocks__/sdk.ts': 'export {};',
      'node_modules/sdk/index.ts': 'export {};',
      'dist/app.ts': 'export {};',
      '.next/server.ts': 'export {};',
      'scripts/tool.js': 'export {};',
    });
    expect(listed(root)).toEqual(['src/app.ts', 'src/app/.well-known/webfinger/route.ts', 'src/view.tsx']);
  });

  test('declaration files are kept apart: not scanned, read for the global types they declare', () => {
    const root = createProject({
      'src/app.ts': 'export {};',
      'types/api/users.d.ts': 'type UserProfile = { email: string };',
      'node_modules/sdk/index.d.ts': 'export declare const sdk: unknown;',
    });
    const listing = listProjectFiles({ root });
    expect(listing.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(listing.declarations.map((file) => [file.path, file.text])).toEqual([['types/api/users.d.ts', 'type UserProfile = { email: string };']]);
  });

  test('from tsconfig.json: include and exclude, extends and references, dot-folders included', () => {
    const root = createProject({
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { strict: true }, exclude: ['src/legacy'] }),
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './server' }] }),
      'tsconfig.app.json': JSON.stringify({ extends: './tsconfig.base.json', include: ['src'], exclude: ['src/legacy'] }),
      'server/tsconfig.json': JSON.stringify({ include: ['**/*.ts'], compilerOptions: { allowJs: false } }),
      'src/app.ts': 'export {};',
      'src/.well-known/route.ts': 'export {};',
      'src/legacy/old.ts': 'export {};',
      'server/main.ts': 'export {};',
      'other/ignored.ts': 'export {};',
    });
    expect(listed(root)).toEqual(['server/main.ts', 'src/.well-known/route.ts', 'src/app.ts']);
  });

  test('scan.include replaces the tsconfig and may bring test files back', () => {
    const root = createProject({
      'tsconfig.json': JSON.stringify({ include: ['src'] }),
      'src/app.ts': 'export {};',
      'src/app.test.ts': 'export {};',
      'lib/extra.ts': 'export {};',
    });
    expect(listed(root, { include: ['src/**/*.ts', 'lib/**/*.ts'], exclude: ['lib/**'] })).toEqual(['src/app.test.ts', 'src/app.ts']);
  });

  test('generated, minified, binary and oversized files are skipped with a reason', () => {
    const root = createProject({
      'src/app.ts': 'export {};',
      'src/schema.generated.ts': 'export {};',
      'src/client.ts': '// @generated by the API client generator\nexport {};',
      'src/vendor.ts': `export const x = ${JSON.stringify('a'.repeat(5000))};`,
      'src/image.ts': Buffer.from([0x65, 0x78, 0x00, 0x01]),
      'src/huge.ts': `// ${'x'.repeat(80)}\n`.repeat(Math.ceil(MAX_FILE_BYTES / 80) + 10),
    });
    const listing = listProjectFiles({ root });
    expect(listing.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(listing.skipped).toEqual([
      { file: 'src/client.ts', reason: 'generated file (@generated marker)' },
      { file: 'src/huge.ts', reason: 'larger than 2 MB' },
      { file: 'src/image.ts', reason: 'binary file' },
      { file: 'src/schema.generated.ts', reason: 'generated file' },
      { file: 'src/vendor.ts', reason: 'minified file' },
    ]);
  });

  test('a symbolic link loop ends the walk and is named', () => {
    const root = createProject({ 'src/app.ts': 'export {};' });
    symlinkSync(join(root, 'src'), join(root, 'src', 'loop'));
    const listing = listProjectFiles({ root });
    expect(listing.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(listing.skipped.map((skipped) => skipped.file)).toEqual(['src/loop']);
  });

  test('a missing folder is an input error with one sentence', () => {
    expect(() => listProjectFiles({ root: join(tmpdir(), 'privlint-does-not-exist') })).toThrow(PrivlintError);
  });

  test('an invalid root tsconfig is named once with file:line:column, and every TypeScript file is scanned without it', () => {
    const root = createProject({ 'tsconfig.json': '{\n  "include": ["src"\n}', 'src/app.ts': 'export {};', 'lib/util.ts': 'export {};' });
    const listing = listProjectFiles({ root });
    expect(listing.files.map((file) => file.path)).toEqual(['lib/util.ts', 'src/app.ts']);
    expect(listing.problems).toEqual([{ file: 'tsconfig.json:3:1', message: "',' expected; fix the tsconfig, or list the files to scan under scan.include in privacy.yml." }]);
  });

  test('a config in extends that is not JSON is a named problem, not a silently dropped include', () => {
    const root = createProject({
      'tsconfig.json': '{ "extends": "./tsconfig.base.js" }',
      'tsconfig.base.js': 'module.exports = { include: ["lib"] };\n',
      'src/app.ts': 'export {};',
    });
    const listing = listProjectFiles({ root });
    expect(listing.problems).toEqual([
      {
        file: 'tsconfig.base.js:1:1',
        message: "'{' expected (tsconfig.json extends it; TypeScript reads it as JSON); fix the tsconfig, or list the files to scan under scan.include in privacy.yml.",
      },
    ]);
    expect(listing.files.map((file) => file.path)).toEqual(['src/app.ts']);
    // Comments and trailing commas are fine: TypeScript reads its configs as JSON with those.
    writeFileSync(join(root, 'tsconfig.base.js'), '{\n  // shared\n  "include": ["src",],\n}\n');
    expect(listed(root)).toEqual(['src/app.ts']);
  });
});

describe('dependencies per workspace', () => {
  test('the nearest package.json plus those above it decide which SDKs are live', () => {
    const root = createProject({
      'package.json': JSON.stringify({ devDependencies: { pino: '1' } }),
      'apps/web/package.json': JSON.stringify({ dependencies: { 'posthog-js': '1' }, peerDependencies: { react: '18' } }),
      'apps/web/src/app.ts': '',
      'apps/api/src/main.ts': '',
    });
    const lookup = createDependencyLookup(root);
    expect([...(lookup.dependenciesOf(join(root, 'apps/web/src/app.ts')) ?? [])].sort()).toEqual(['pino', 'posthog-js', 'react']);
    expect([...(lookup.dependenciesOf(join(root, 'apps/api/src/main.ts')) ?? [])]).toEqual(['pino']);
    expect(createDependencyLookup(createProject({ 'a.ts': '' })).dependenciesOf('/nowhere/a.ts')).toBeUndefined();
  });
});

describe('test, seed and example files are left out by default', () => {
  const files = {
    'src/app/signup.ts': 'export const a = 1;',
    'scripts/backfill-emails.ts': 'export const b = 1;',
    'e2e/login.spec.ts': 'export {};',
    'e2e/helpers/create-user.ts': 'export {};',
    'tests/mocks/resend.ts': 'export {};',
    'apps/web/playwright/fixtures/users.ts': 'export {};',
    'cypress/support/commands.ts': 'export {};',
    'server/test/factories.ts': 'export {};',
    'apps/api/src/app.e2e-ee.ts': 'export {};',
    'apps/api/src/app.e2e.ts': 'export {};',
    'prisma/seed.ts': 'export {};',
    'packages/db/seeds/users.ts': 'export {};',
    'examples/next/page.tsx': 'export {};',
    'playground/index.ts': 'export {};',
    'src/button.stories.tsx': 'export {};',
  };

  test('only product code is listed, scripts/ included, and the listing counts what the defaults left out', () => {
    const root = createProject(files);
    const listing = listProjectFiles({ root });
    expect(listing.files.map((file) => file.path)).toEqual(['scripts/backfill-emails.ts', 'src/app/signup.ts']);
    expect(listing.excludedByDefault).toBe(13);
  });

  test('scan.include wins over the defaults', () => {
    const root = createProject(files);
    const listing = listProjectFiles({ root, include: ['server/test/**', 'prisma/seed.ts'] });
    expect(listing.files.map((file) => file.path)).toEqual(['prisma/seed.ts', 'server/test/factories.ts']);
    expect(listing.excludedByDefault).toBe(0);
  });

  test('a product folder merely named like a test word is still scanned', () => {
    const root = createProject({ 'src/latest/index.ts': 'export {};', 'src/contest/entries.ts': 'export {};', 'src/seeding/plan.ts': 'export {};' });
    expect(listed(root)).toEqual(['src/contest/entries.ts', 'src/latest/index.ts', 'src/seeding/plan.ts']);
  });
});

describe('workspace packages inside one another', () => {
  test('each file belongs to the deepest package holding it, and is read with that package’s tsconfig', () => {
    const root = createProject({
      '.git/HEAD': '',
      'package.json': JSON.stringify({ workspaces: ['packages/outer', 'packages/outer/vendor/inner'] }),
      'packages/outer/package.json': JSON.stringify({ name: '@acme/outer' }),
      'packages/outer/src/a.ts': 'export const a = 1;\n',
      'packages/outer/src/legacy.js': 'module.exports = {};\n',
      'packages/outer/vendor/inner/package.json': JSON.stringify({ name: '@acme/inner' }),
      'packages/outer/vendor/inner/tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, baseUrl: '.' }, include: ['src'] }),
      'packages/outer/vendor/inner/src/b.ts': 'export const b = 1;\n',
      'packages/outer/vendor/inner/src/c.js': 'export const c = 1;\n',
      'packages/outer/vendor/inner/scratch/d.ts': 'export const d = 1;\n',
      'tools/e.ts': 'export const e = 1;\n',
    });
    const listing = listProjectFiles({ root, layout: readRepositoryLayout(root) });
    // Outside the inner package's include, d.ts is neither the inner package's nor the outer one's to list.
    expect(listing.files.map((file) => file.path)).toEqual(['packages/outer/src/a.ts', 'packages/outer/vendor/inner/src/b.ts', 'packages/outer/vendor/inner/src/c.js', 'tools/e.ts']);
    expect(listing.compilerOptions.get(join(root, 'packages/outer/vendor/inner/src/b.ts'))?.allowJs).toBe(true);
    expect(listing.compilerOptions.get(join(root, 'packages/outer/src/a.ts'))?.allowJs).toBeUndefined();
  });
});
