import { expect, test } from 'vitest';
import { findGeneratedClient, isOwnSpecifier, resolveModule, type ModuleLookup, type WorkspaceIndex } from './resolve.js';

const workspace: WorkspaceIndex = {
  packages: [
    {
      name: '@acme/ui',
      dir: '/repo/packages/ui',
      entries: {
        exports: {
          '.': { types: './dist/index.d.ts', import: './dist/index.mjs', require: './dist/index.js' },
          './icons': { import: './dist/icons/index.mjs' },
          './components/*': './dist/components/*.js',
        },
      },
    },
    { name: '@acme/utils', dir: '/repo/packages/utils', entries: { main: './dist/index.mjs', types: './dist/index.d.ts' } },
    { name: '@acme/config', dir: '/repo/packages/config', entries: {} },
  ],
  generated: [{ dir: '/repo/apps/web/src/generated/prisma', module: '@prisma/client', declaredIn: 'apps/web/prisma/schema.prisma' }],
};

const files = new Set([
  '/repo/packages/ui/src/index.ts',
  '/repo/packages/ui/src/icons/index.tsx',
  '/repo/packages/ui/src/components/button.tsx',
  '/repo/packages/utils/src/index.ts',
  '/repo/packages/config/src/env.ts',
  '/repo/apps/web/src/lib/db.ts',
]);
const lookup: ModuleLookup<string> = { root: '/repo/apps/web', workspace, find: (path) => (files.has(path) ? path : undefined) };
const from = '/repo/apps/web/src/app/page.tsx';
const appOptions = { paths: { '@/*': ['./src/*'] }, pathsBasePath: '/repo/apps/web' };

test.each([
  ['exports `.` types in dist/ → the sources in src/', '@acme/ui', '/repo/packages/ui/src/index.ts'],
  ['an exports subpath', '@acme/ui/icons', '/repo/packages/ui/src/icons/index.tsx'],
  ['an exports pattern', '@acme/ui/components/button', '/repo/packages/ui/src/components/button.tsx'],
  ['main and types without exports', '@acme/utils', '/repo/packages/utils/src/index.ts'],
  ['a subpath of a package without exports, under src/', '@acme/config/env', '/repo/packages/config/src/env.ts'],
  ['a tsconfig paths alias', '@/lib/db', '/repo/apps/web/src/lib/db.ts'],
  ['an npm package', 'react', undefined],
  ['a subpath the exports map does not list', '@acme/ui/secret', undefined],
])('%s', (_name, specifier, expected) => {
  expect(resolveModule(lookup, from, appOptions, specifier)).toBe(expected);
});

test('a specifier into a Prisma output folder is that client, whether or not the folder exists', () => {
  expect(findGeneratedClient(lookup, '/repo/apps/web/src/lib/db.ts', appOptions, '../generated/prisma')?.module).toBe('@prisma/client');
  expect(findGeneratedClient(lookup, from, appOptions, '@/generated/prisma/client')?.module).toBe('@prisma/client');
  expect(findGeneratedClient(lookup, from, appOptions, '@prisma/client')).toBeUndefined();
});

test.each([
  ['./local', true],
  ['@/lib/db', true],
  ['~/lib/db', true],
  ['#internal/db', true],
  ['@acme/ui/icons', true],
  ['@acme/unknown', false],
  ['react', false],
])('own specifier %s: %s', (specifier, own) => {
  expect(isOwnSpecifier(workspace, appOptions, specifier)).toBe(own);
});

test('package.json subpath imports: the nearest scope, the longest pattern, conditions, and build targets read as sources', () => {
  const scoped: WorkspaceIndex = {
    ...workspace,
    importScopes: [
      { dir: '/repo', imports: { '#shared/*': './shared/*' } },
      {
        dir: '/repo/apps/web',
        imports: {
          '#app/*': './src/*',
          '#app/legacy/*': './src/modern/*',
          '#db': { types: './dist/lib/db.d.ts', default: './dist/lib/db.js' },
          '#polyfill': 'some-npm-package',
        },
      },
    ],
  };
  const scopedLookup: ModuleLookup<string> = { ...lookup, workspace: scoped, find: (path) => (files.has(path) || path === '/repo/apps/web/src/modern/store.ts' ? path : undefined) };
  expect(resolveModule(scopedLookup, from, undefined, '#app/lib/db.ts')).toBe('/repo/apps/web/src/lib/db.ts');
  expect(resolveModule(scopedLookup, from, undefined, '#app/legacy/store.ts')).toBe('/repo/apps/web/src/modern/store.ts');
  expect(resolveModule(scopedLookup, from, undefined, '#db')).toBe('/repo/apps/web/src/lib/db.ts');
  expect(resolveModule(scopedLookup, from, undefined, '#polyfill')).toBeUndefined();
  // Only the nearest package.json maps `#` specifiers: the root's `#shared/*` is not the app's.
  expect(resolveModule(scopedLookup, from, undefined, '#shared/env')).toBeUndefined();
  expect(resolveModule(scopedLookup, '/repo/packages/config/src/env.ts', undefined, '#app/lib/db.ts')).toBeUndefined();
});

test('one lookup answers each importing folder apart: the same relative specifier from two folders names two files', () => {
  const siblings = new Set(['/repo/apps/web/src/a/util.ts', '/repo/apps/web/src/b/util/index.ts']);
  const shared: ModuleLookup<string> = { root: '/repo/apps/web', workspace, find: (path) => (siblings.has(path) ? path : undefined) };
  expect(resolveModule(shared, '/repo/apps/web/src/a/page.tsx', appOptions, './util')).toBe('/repo/apps/web/src/a/util.ts');
  expect(resolveModule(shared, '/repo/apps/web/src/a/other.tsx', appOptions, './util')).toBe('/repo/apps/web/src/a/util.ts');
  expect(resolveModule(shared, '/repo/apps/web/src/b/page.tsx', appOptions, './util')).toBe('/repo/apps/web/src/b/util/index.ts');
  expect(resolveModule(shared, '/repo/apps/web/src/c/page.tsx', appOptions, './util')).toBeUndefined();
  // Other options, other answers: `@/` follows each tsconfig's own paths.
  expect(resolveModule(shared, '/repo/apps/web/src/a/page.tsx', { paths: { '@/*': ['./src/a/*'] }, pathsBasePath: '/repo/apps/web' }, '@/util')).toBe('/repo/apps/web/src/a/util.ts');
  expect(resolveModule(shared, '/repo/apps/web/src/a/page.tsx', { paths: { '@/*': ['./src/b/*'] }, pathsBasePath: '/repo/apps/web' }, '@/util')).toBe('/repo/apps/web/src/b/util/index.ts');
});
