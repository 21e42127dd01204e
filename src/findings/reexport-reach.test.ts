import { expect, test } from 'vitest';
import { createBindingResolver } from './bindings.js';
import { CATALOG } from './catalog/index.js';
import type { Engine, ScanFile } from './context.js';
import { ts } from './typescript.js';

/** An engine over in-memory modules under /project/src; every file records when its syntax tree is read. */
function projectOf(sources: Record<string, string>): { engine: Engine; reads: Set<string> } {
  const reads = new Set<string>();
  const files = new Map<string, ScanFile>();
  for (const [path, text] of Object.entries(sources)) {
    const absolutePath = `/project/${path}`;
    const tree = ts.createSourceFile(absolutePath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    files.set(absolutePath, {
      absolutePath,
      path,
      get sourceFile() {
        reads.add(path);
        return tree;
      },
      dependencies: new Set(['@segment/analytics-next']),
      compilerOptions: undefined,
    });
  }
  const engine = { root: '/project', files, catalog: CATALOG, models: [], getTypeChecker: () => undefined } as unknown as Engine;
  return { engine, reads };
}

const BARREL = {
  'src/ui/index.ts': `export * from './button';\nexport * from './layout';\nexport * from './send';\n`,
  'src/ui/button.ts': `export const Button = () => null;\n`,
  'src/ui/layout.ts': `export * from './grid';\nexport function Layout() { return null; }\n`,
  'src/ui/grid.ts': `export const Grid = () => null;\n`,
  'src/ui/send.ts': `export function send(user: { email: string }) { return user.email; }\n`,
};

function exportOf(engine: Engine, path: string, name: string) {
  return createBindingResolver(engine).resolveExport(engine.files.get(`/project/${path}`)!, name, 0);
}

test('a name re-exported by the last module of a barrel resolves to its declaration, and the modules passed over count as read', () => {
  const { engine, reads } = projectOf(BARREL);
  // What the barrel's modules may export is worked out once per session; a later file's analysis reads them too.
  exportOf(engine, 'src/ui/index.ts', 'send');
  reads.clear();
  const send = exportOf(engine, 'src/ui/index.ts', 'send');
  expect(send?.type).toBe('function');
  expect(send?.type === 'function' && ts.isFunctionDeclaration(send.fn) ? send.fn.name?.text : undefined).toBe('send');
  // The cache keys a file's output by what its analysis read: a name added to `grid.ts` would change this answer.
  expect([...reads].sort()).toEqual(['src/ui/button.ts', 'src/ui/grid.ts', 'src/ui/index.ts', 'src/ui/layout.ts', 'src/ui/send.ts']);
});

test('a name only a nested re-export declares is still found there, in source order', () => {
  const { engine } = projectOf({ ...BARREL, 'src/ui/button.ts': `export const Grid = 'first';\n` });
  const grid = exportOf(engine, 'src/ui/index.ts', 'Grid');
  expect(grid?.type).not.toBe('function');
  expect(exportOf(projectOf(BARREL).engine, 'src/ui/index.ts', 'Layout')?.type).toBe('function');
});

test('a module that re-exports a library may export any name, so a barrel still reaches the library through it', () => {
  const { engine } = projectOf({ ...BARREL, 'src/ui/layout.ts': `export * from '@segment/analytics-next';\n` });
  expect(exportOf(engine, 'src/ui/index.ts', 'AnalyticsBrowser')).toMatchObject({ type: 'library', module: '@segment/analytics-next', chain: ['AnalyticsBrowser'] });
  expect(exportOf(engine, 'src/ui/index.ts', 'nowhere')).toMatchObject({ type: 'library', module: '@segment/analytics-next' });
});

test('a name no module of the barrel exports resolves to nothing', () => {
  const { engine } = projectOf(BARREL);
  expect(exportOf(engine, 'src/ui/index.ts', 'nowhere')).toBeUndefined();
});
