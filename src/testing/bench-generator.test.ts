import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ts } from 'ts-morph';
import { afterAll, describe, expect, test } from 'vitest';
import { generateApp, writeApp } from '../../bench/generate-app.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'privlint-bench-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readTree(root: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.push([relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')]);
    }
  };
  visit(root);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('bench/generate-app.mjs', () => {
  test('writes exactly N files, byte-identical for the same seed', () => {
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    expect(writeApp(first, { files: 20, seed: 42 })).toBe(20);
    expect(writeApp(second, { files: 20, seed: 42 })).toBe(20);
    const firstTree = readTree(first);
    expect(firstTree).toHaveLength(20);
    expect(readTree(second)).toEqual(firstTree);
    expect(firstTree).toEqual(generateApp({ files: 20, seed: 42 }));
  });

  test('a different seed gives a different app', () => {
    const contents = (seed: number) => generateApp({ files: 20, seed }).map(([path, text]) => `${path}\n${text}`).join('\n');
    expect(contents(1)).not.toBe(contents(2));
  });

  test('includes the files the benchmark relies on', () => {
    const paths = generateApp({ files: 20 }).map(([path]) => path);
    expect(paths).toContain('package.json');
    expect(paths).toContain('tsconfig.json');
    expect(paths).toContain('app/.well-known/account-deletion/route.ts');
    expect(paths).toContain('src/lib/analytics.ts');
    expect(paths).toContain('src/types/user.ts');
  });

  test('every generated source file parses without syntax errors', () => {
    const sources = generateApp({ files: 200 }).filter(([path]) => /\.tsx?$/.test(path));
    expect(sources.length).toBeGreaterThan(190);
    const broken = sources.flatMap(([path, text]) => {
      const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
      // parseDiagnostics is internal to the compiler API but is the only syntax-only diagnostic list.
      const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      return diagnostics.map((d) => `${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    });
    expect(broken).toEqual([]);
  });

  test('package.json lists the SDKs the generated code imports', () => {
    const app = new Map(generateApp({ files: 300 }));
    const dependencies = Object.keys(JSON.parse(app.get('package.json') ?? '{}').dependencies as Record<string, string>);
    const imported = new Set<string>();
    for (const [path, text] of app) {
      if (!/\.tsx?$/.test(path)) continue;
      for (const match of text.matchAll(/from '([^'.@][^']*|@[^/']+\/[^']+)'/g)) imported.add(match[1]!);
    }
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const external = [...new Set([...imported].filter((specifier) => !specifier.startsWith('@/')).map(packageOf))].sort();
    expect(external.filter((specifier) => !dependencies.includes(specifier))).toEqual([]);
    expect(external.length).toBeGreaterThan(10);
  });
});
