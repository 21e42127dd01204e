import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SINK_KINDS } from '../../model.js';
import { CATALOG_DOCS_COMMAND, CATALOG_DOCS_MARKERS, renderCatalogSummary, renderCatalogTable, replaceBetweenMarkers } from './coverage.js';
import { CATALOG } from './index.js';
import type { CatalogEntry } from './types.js';

const between = (document: string): string | undefined => {
  const start = document.indexOf(CATALOG_DOCS_MARKERS.start);
  const end = document.indexOf(CATALOG_DOCS_MARKERS.end);
  return start === -1 || end < start ? undefined : document.slice(start + CATALOG_DOCS_MARKERS.start.length + 1, end);
};

const committed = (path: string): string | undefined => between(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

describe('the catalog coverage in the docs', () => {
  test.each([
    ['README.md', renderCatalogSummary],
    ['docs/scanning.md', renderCatalogTable],
  ] as const)('%s holds what the catalog generates', (path, render) => {
    expect(committed(path), `${path} is out of date with src/findings/catalog/: run \`${CATALOG_DOCS_COMMAND}\``).toBe(render(CATALOG));
  });

  test('the table has a row per family, counted from the data, and names every service', () => {
    const table = renderCatalogTable(CATALOG);
    for (const entry of CATALOG) expect(table).toContain(entry.name);
    const rows = table.split('\n').filter((line) => /^\| .+ \(`[a-z-]+`\) \| \d+ \|/.test(line));
    expect(rows.length).toBe(new Set(CATALOG.map((entry) => entry.kind)).size);
    const counted = rows.reduce((sum, row) => sum + Number(row.split(' | ')[1]), 0);
    expect(counted).toBe(CATALOG.length);
  });

  test('families follow the sink kinds, names sorted, and a new entry changes the output', () => {
    const entry = (id: string, name: string, kind: CatalogEntry['kind']): CatalogEntry => ({ id, name, kind, docs: 'https://x.example', packages: [id], calls: [] });
    const sample = [entry('b', 'beta', 'support'), entry('a', 'Alpha', 'support'), entry('c', 'Gamma', 'analytics')];
    expect(renderCatalogTable(sample).split('\n').slice(4, 6)).toEqual([
      '| analytics, product analytics and feature flags (`analytics`) | 1 | Gamma |',
      '| support, scheduling and forms (`support`) | 2 | Alpha, beta |',
    ]);
    expect(renderCatalogSummary(sample)).toContain('3 services and libraries: 1 analytics, product analytics and feature flags; 2 support, scheduling and forms (');
    expect(SINK_KINDS.indexOf('analytics')).toBeLessThan(SINK_KINDS.indexOf('support'));
  });

  test('replaceBetweenMarkers keeps the rest of the document and refuses one without markers', () => {
    const document = `# Title\n\n${CATALOG_DOCS_MARKERS.start}\nold\n${CATALOG_DOCS_MARKERS.end}\nafter\n`;
    expect(replaceBetweenMarkers(document, 'new\n')).toBe(`# Title\n\n${CATALOG_DOCS_MARKERS.start}\nnew\n${CATALOG_DOCS_MARKERS.end}\nafter\n`);
    expect(replaceBetweenMarkers('# no markers\n', 'new\n')).toBeUndefined();
  });
});
