import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readRepositoryLayout } from './workspace.js';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-workspace-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function createRepository(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  // A .git folder bounds the search for the repository root, as in a real checkout.
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const summary = (scanRoot: string) => {
  const layout = readRepositoryLayout(scanRoot);
  return { workspaces: layout.workspaces, packages: layout.packages.map((entry) => `${entry.name} ${entry.dir.slice(layout.root.length + 1)}`), problems: layout.problems };
};

test('pnpm-workspace.yaml with a negated pattern, and Lerna', () => {
  const root = createRepository('pnpm', {
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  - '!packages/legacy'\n",
    'lerna.json': '{ "packages": ["tools/*"] }\n',
    'packages/core/package.json': '{ "name": "@acme/core" }',
    'packages/legacy/package.json': '{ "name": "@acme/legacy" }',
    'tools/cli/package.json': '{ "name": "@acme/cli" }',
  });
  expect(summary(root)).toEqual({ workspaces: ['pnpm-workspace.yaml', 'lerna.json'], packages: ['@acme/core packages/core', '@acme/cli tools/cli'], problems: [] });
});

test('Nx projects known by project.json alone, found from a folder inside the repository', () => {
  const root = createRepository('nx', {
    'nx.json': '{}',
    'package.json': '{ "name": "nx-root" }',
    'libs/data/project.json': '{ "name": "data" }',
    'apps/api/project.json': '{ "name": "api" }',
    'apps/api/src/main.ts': '',
  });
  expect(summary(join(root, 'apps/api'))).toEqual({ workspaces: ['nx.json'], packages: ['api apps/api', 'data libs/data'], problems: [] });
});

test('a Prisma generator output is read as data, relative to its schema file', () => {
  const root = createRepository('prisma', {
    'package.json': '{ "name": "single" }',
    'prisma/schema.prisma': 'generator client {\n  provider = "prisma-client-js"\n  // output = "../ignored"\n  output = "../src/generated/client"\n}\n',
  });
  expect(readRepositoryLayout(root).generated).toEqual([{ dir: `${root}/src/generated/client`, module: '@prisma/client', declaredIn: 'prisma/schema.prisma' }]);
});
