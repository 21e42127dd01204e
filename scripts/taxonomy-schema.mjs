#!/usr/bin/env node
// Writes the taxonomy `$defs` (fideslang categories, data uses, data subjects, each id with its description) into
// schemas/manifest.schema.json from the taxonomy data in src/taxonomy/, compiled to dist/ by `npm run build`.
// src/taxonomy/schema-defs.test.ts fails when the schema and the taxonomy disagree.
import { readFileSync, writeFileSync } from 'node:fs';

const schemaUrl = new URL('../schemas/manifest.schema.json', import.meta.url);
const { createTaxonomyDefs } = await import(new URL('../dist/taxonomy/schema-defs.js', import.meta.url).href).catch((error) => {
  process.stderr.write(`taxonomy-schema: cannot load dist/taxonomy/schema-defs.js (${error.message}); run npm run build first.\n`);
  process.exit(2);
});

const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
schema.$defs = { ...schema.$defs, ...createTaxonomyDefs() };
writeFileSync(schemaUrl, `${JSON.stringify(schema, null, 2)}\n`);
