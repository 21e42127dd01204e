import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTsconfigProjects } from './tsconfig.js';
import { readTsconfigProjectsCached } from './tsconfig-cache.js';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-tsconfig-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('readTsconfigProjectsCached', () => {
  const root = join(scratch, 'project');
  const cache = join(scratch, 'cache');
  const config = join(root, 'tsconfig.json');
  const toDisplay = (path: string) => relative(root, path);
  write(root, {
    'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', include: ['src'] }),
    'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'src/app.ts': '',
    'src/.well-known/route.ts': '',
  });
  const listed = () => readTsconfigProjectsCached(config, toDisplay, [], cache).flatMap((project) => project.fileNames.map((file) => relative(root, file)));
  const cacheFile = () => join(cache, readdirSync(cache).find((name) => name.startsWith('tsconfig-'))!);

  /** Marks the cached answer, so a test can tell a reused listing from a fresh one. */
  function markCachedAnswer(): void {
    const document = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { projects: { fileNames: string[] }[] };
    document.projects[0]!.fileNames.push(join(root, 'src/MARKED-AS-CACHED.ts'));
    writeFileSync(cacheFile(), JSON.stringify(document));
  }

  test('the first answer is what TypeScript says, and the second comes from the cache', () => {
    const fresh = readTsconfigProjects(config, toDisplay).flatMap((project) => project.fileNames.map((file) => relative(root, file)));
    expect(listed()).toEqual(fresh);
    expect(fresh).toEqual(['src/.well-known/route.ts', 'src/app.ts']);
    markCachedAnswer();
    expect(listed()).toContain('src/MARKED-AS-CACHED.ts');
  });

  test('a cached listing of the wrong shape is dropped and rewritten, never a crash', () => {
    listed();
    const document = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { projects: unknown[] };
    document.projects = [null];
    writeFileSync(cacheFile(), JSON.stringify(document));
    expect(listed()).toEqual(['src/.well-known/route.ts', 'src/app.ts']);
    expect((JSON.parse(readFileSync(cacheFile(), 'utf8')) as { projects: unknown[] }).projects[0]).not.toBeNull();
  });

  test('a new file in an included folder is found (the listing is checked, not trusted)', () => {
    markCachedAnswer();
    write(root, { 'src/new.ts': '' });
    expect(listed()).toEqual(['src/.well-known/route.ts', 'src/app.ts', 'src/new.ts']);
  });

  test('a change in an extended config is seen', () => {
    markCachedAnswer();
    write(root, { 'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: 'src' } }) });
    const [project] = readTsconfigProjectsCached(config, toDisplay, [], cache);
    expect(project!.fileNames).not.toContain(join(root, 'src/MARKED-AS-CACHED.ts'));
    expect(project!.options.baseUrl).toBe(join(root, 'src'));
  });

  test('a corrupt cache file is read past', () => {
    writeFileSync(cacheFile(), '{ not json');
    expect(listed()).toEqual(['src/.well-known/route.ts', 'src/app.ts', 'src/new.ts']);
  });
});
