import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { parseCsv } from './csv.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown, ROPA_COLUMNS } from './ropa.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const complete = loadManifest(fileURLToPath(new URL('../../fixtures/notice/complete/privacy.yml', import.meta.url)), { root }).manifest;

describe('export ropa (GDPR Art. 30(1) record)', () => {
  const { rows, warnings } = createRopa(complete);

  test('one row per purpose, sorted, with every Art. 30(1)(a)–(g) column', () => {
    expect(rows.map((row) => row.activity)).toEqual(['account', 'ads', 'coaching', 'fraud', 'invoice', 'tax', 'tips']);
    const titles = ROPA_COLUMNS.map((column) => column.title).join(' ');
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(titles).toContain(`Art. 30(1)(${letter})`);
    expect(warnings).toEqual([]);
  });

  test('the CSV parses back to the same table', () => {
    const parsed = parseCsv(formatRopaCsv(rows));
    expect(parsed[0]).toEqual(ROPA_COLUMNS.map((column) => column.title));
    expect(parsed.slice(1)).toEqual(rows.map((row) => ROPA_COLUMNS.map((column) => row[column.key])));
  });

  test('transfers name the country and the safeguard; special categories are marked', () => {
    const ads = rows.find((row) => row.activity === 'ads');
    expect(ads?.transfers).toBe('AdNetwork Corp.: United States (US), standard contractual clauses (Art. 46(2)(c)): Module 1 (controller to controller) of the 2021 clauses');
    expect(ads?.jointControllers).toBe('AdNetwork Corp.');
    const coaching = rows.find((row) => row.activity === 'coaching');
    expect(coaching?.dataCategories).toBe('Your heart rate during workouts (Biometric health data, user.biometric.health; special category: health)');
    expect(coaching?.legalBasis).toBe('Art. 6(1)(a) consent; Art. 9(2) ground: explicit-consent');
    expect(rows.find((row) => row.activity === 'fraud')?.legalBasis).toBe(
      'Art. 6(1)(f) legitimate interests; interest pursued: Keeping our service and our customers safe from fraud',
    );
  });

  test('the Markdown record has one table per purpose with every column as a row', () => {
    const markdown = formatRopaMarkdown(rows, complete.service.name);
    expect(markdown.match(/^## /gm)).toHaveLength(rows.length);
    expect(markdown.match(/^\| Time limits for erasure \(Art\. 30\(1\)\(f\)\) \| /gm)).toHaveLength(rows.length);
  });
});
