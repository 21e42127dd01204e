import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { ScanResult } from '../model.js';
import { scan } from './index.js';

// Repository layouts beyond one package (DESIGN.md "Detection"); the layouts' own cases are in fixtures/scan/flow-*.
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/monorepo/${name}`, import.meta.url));
const corpusCase = (name: string) => fileURLToPath(new URL(`../../fixtures/scan/${name}`, import.meta.url));

const compact = (result: ScanResult) =>
  result.findings.map((finding) => `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind} ${finding.sink.recipient ?? 'null'}`);

describe('scanning one app of a monorepo', () => {
  test('follows its imports into the packages it uses, and reports only inside the app', async () => {
    const result = await scan({ root: fixture('app-follows-packages/apps/site'), concurrency: 1 });
    expect(compact(result)).toEqual([
      'src/lib/tracker.ts:2:3 user.contact.email http collect.acme.test',
      'src/newsletter.ts:5:9 user.contact.email marketing hubspot',
      'src/newsletter.ts:6:3 user.contact.email http collect.acme.test',
    ]);
    expect(result.findings[1]!.trace).toEqual([{ file: '../../packages/crm/src/sync.ts', line: 6, column: 9, note: 'reaches hubspot.crm.contacts.basicApi.create' }]);
    expect(result.gaps).toEqual([]);
    expect(result.summary.files).toBe(2);
    expect(result.summary.project).toMatchObject({ workspaces: ['package.json workspaces'], packages: 2, tsconfigs: ['tsconfig.json'], followedFiles: 2, ownImports: 2, unresolvedImports: 0 });
  });

  test('scan.sdks declares a workspace package and a path alias as services', async () => {
    const result = await scan({
      root: fixture('app-follows-packages/apps/site'),
      concurrency: 1,
      sdks: [
        { id: 'acme-tracker', name: 'Acme tracker', kind: 'analytics', packages: ['@/lib/tracker'], calls: [{ method: 'track', args: [0] }] },
        { id: 'acme-crm', name: 'Acme CRM', kind: 'marketing', packages: ['@acme/crm'], calls: [{ method: 'syncContact', args: [0] }] },
      ],
    });
    // The wrapper is now the service: nothing reaches its inner sendBeacon through it any more.
    expect(compact(result)).toEqual([
      'src/newsletter.ts:5:9 user.contact.email marketing acme-crm',
      'src/newsletter.ts:6:3 user.contact.email analytics acme-tracker',
    ]);
  });
});

describe('a repository whose JavaScript workspace sits in a folder beside other code', () => {
  test('reads the packages of web/pnpm-workspace.yaml from the repository root, so their clients are known', async () => {
    const result = await scan({ root: fixture('workspace-in-subfolder'), concurrency: 1 });
    expect(compact(result)).toEqual([
      'web/apps/dashboard/src/invite.ts:4:9 user.contact.email database drizzle',
    ]);
    expect(result.gaps).toEqual([]);
    expect(result.summary.project).toMatchObject({ workspaces: ['web/pnpm-workspace.yaml'], packages: 2, unresolvedImports: 0 });
  });
});

describe('the summary says how the repository was read', () => {
  test('a root scan lists every package file once, with the tsconfig that gives it its settings', async () => {
    const result = await scan({ root: corpusCase('flow-nx-tsconfig-base-paths'), concurrency: 1 });
    expect(result.summary.files).toBe(3);
    expect(result.summary.project).toEqual({
      workspaces: ['nx.json'],
      packages: 2,
      tsconfigs: ['apps/api/tsconfig.app.json', 'libs/data-access/tsconfig.json'],
      followedFiles: 0,
      ownImports: 2,
      unresolvedImports: 0,
      topUnresolved: [],
      problems: [],
    });
  });

  test('own imports that resolve to nothing are counted and named, with a warning; they are never gaps', async () => {
    const result = await scan({ root: fixture('unresolved-own-imports'), concurrency: 1 });
    expect(result.gaps).toEqual([]);
    expect(result.summary.project).toMatchObject({
      ownImports: 3,
      unresolvedImports: 2,
      topUnresolved: [
        { specifier: '@acme/ui', count: 1 },
        { specifier: '@acme/ui/avatar', count: 1 },
      ],
    });
    expect(result.summary.project!.warning).toBe(
      "67% of the project's own imports (2 of 3) resolve to no file, so flows through them are lost (most often `@acme/ui`, `@acme/ui/avatar`). " +
        'Scan from the repository root, check that tsconfig `paths` and package.json `exports` point at committed sources, or generate what is generated before scanning.',
    );
  });

  test('a broken layout is named once per problem, and the scan goes on with what it can read', async () => {
    const result = await scan({ root: fixture('broken-layout'), concurrency: 1 });
    expect(compact(result)).toEqual(['apps/web/src/audit.ts:7:3 user.contact.email log pino', 'apps/web/src/audit.ts:7:3 user.name.first log pino']);
    expect(result.summary.project!.problems).toEqual([
      {
        file: 'apps/web/tsconfig.json',
        message:
          'Circularity detected while resolving configuration: apps/web/tsconfig.json -> apps/web/tsconfig.loop.json -> apps/web/tsconfig.json; fix the tsconfig, or list the files to scan under scan.include in privacy.yml.',
      },
      {
        file: 'apps/web/tsconfig.json',
        message: "the paths alias `@outside/*` points outside the repository (../../../outside/*); privlint reads only the repository's files, so imports through it stay unresolved",
      },
      { file: 'package.json:7', message: 'workspace pattern `services/*` matches no package; fix or remove it' },
      { file: 'packages/format-copy/package.json', message: 'two packages are named `@acme/web` (the other is apps/web); imports of it resolve to apps/web' },
      {
        file: 'packages/format-copy/tsconfig.json',
        message: "Cannot read file 'packages/format-copy/missing-base.json'; fix the tsconfig, or list the files to scan under scan.include in privacy.yml.",
      },
      { file: 'packages/format/package.json:1', message: 'not valid JSON; the package was read without it (fix the file)' },
    ]);
  });
});
