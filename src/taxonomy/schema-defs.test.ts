import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadManifestSchema, validateManifest } from '../manifest/index.js';
import { allCategories, allDataSubjects, allDataUses } from './index.js';
import { TAXONOMY_DEFS, createTaxonomyDefs } from './schema-defs.js';

type Node = Record<string, unknown>;
const schema = loadManifestSchema() as { $defs: Record<string, Node & { properties?: Record<string, Node> }> };
const scratch = mkdtempSync(join(tmpdir(), 'privlint-taxonomy-schema-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the schema lists the taxonomy as it ships (run `npm run build && node scripts/taxonomy-schema.mjs` to update)', () => {
  const defs = createTaxonomyDefs();
  for (const name of TAXONOMY_DEFS) expect(schema.$defs[name], name).toEqual(defs[name]);
  const ids = (name: (typeof TAXONOMY_DEFS)[number]) => defs[name].anyOf.map((alternative) => alternative.const).sort();
  expect(ids('dataCategory')).toEqual(allCategories().map((entry) => entry.id).sort());
  expect(ids('dataUse')).toEqual(allDataUses().map((entry) => entry.id).sort());
  expect(ids('dataSubject')).toEqual(allDataSubjects().map((entry) => entry.id).sort());
  for (const name of TAXONOMY_DEFS) expect(defs[name].enum).toEqual(defs[name].anyOf.map((alternative) => alternative.const));
  expect(defs.dataCategory.anyOf.find((alternative) => alternative.const === 'user.contact.email')?.description).toMatch(/^Email address: /);
});

test('the manifest names its taxonomy ids through those lists', () => {
  expect(schema.$defs.field?.properties?.category?.$ref).toBe('#/$defs/dataCategory');
  expect(schema.$defs.purpose?.properties?.use?.$ref).toBe('#/$defs/dataUse');
  expect((schema.$defs.purpose?.properties?.dataSubjects?.items as Node).$ref).toBe('#/$defs/dataSubject');
});

test('an unknown id is one sentence with a suggestion, not one error per listed id', () => {
  const path = join(scratch, 'privacy.yml');
  writeFileSync(
    path,
    [
      'version: 1',
      'service: { name: Shop, controller: { name: Shop GmbH } }',
      'purposes:',
      '  account: { description: Accounts, legalBasis: contract, use: essential.servce, dataSubjects: [custmer] }',
      'fields:',
      '  email: { category: user.contact.emial, description: Email, purposes: [account], retention: A year }',
      '',
    ].join('\n'),
  );
  expect(validateManifest(path, { root: scratch }).diagnostics.map((diagnostic) => `${diagnostic.location.line}:${diagnostic.location.column} ${diagnostic.message}`)).toEqual([
    '4:64 purposes.account.use "essential.servce" is not a fideslang data use; did you mean "essential.service"?',
    '4:97 purposes.account.dataSubjects[0] "custmer" is not a fideslang data subject; did you mean "customer"?',
    '6:22 fields.email.category "user.contact.emial" is not a fideslang data category; did you mean "user.contact.email"?',
  ]);
});
