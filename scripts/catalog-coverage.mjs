#!/usr/bin/env node
// Writes the SDK catalog's size and coverage by family, generated from the catalog data, into README.md (one paragraph)
// and docs/scanning.md (the table), between the catalog-coverage markers. Run through `npm run catalog:docs`, which
// builds first: this reads the compiled catalog in dist/. src/findings/catalog/coverage.test.ts fails when they drift.
// Without --write it prints what it would write.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const { CATALOG } = await import('../dist/findings/catalog/index.js');
const { renderCatalogSummary, renderCatalogTable, replaceBetweenMarkers } = await import('../dist/findings/catalog/coverage.js');

const targets = [
  { url: new URL('../README.md', import.meta.url), content: renderCatalogSummary(CATALOG) },
  { url: new URL('../docs/scanning.md', import.meta.url), content: renderCatalogTable(CATALOG) },
];

if (!process.argv.includes('--write')) {
  for (const { content } of targets) process.stdout.write(`${content}\n`);
  process.exit(0);
}
for (const { url, content } of targets) {
  const updated = replaceBetweenMarkers(readFileSync(url, 'utf8'), content);
  if (updated === undefined) {
    process.stderr.write(`${url.pathname} has no <!-- catalog-coverage:start --> … <!-- catalog-coverage:end --> markers; add them where the catalog section belongs.\n`);
    process.exit(2);
  }
  const temporary = `${url.pathname}.tmp-${process.pid}`;
  writeFileSync(temporary, updated);
  renameSync(temporary, url.pathname);
}
