import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { loadManifestSchema, validateManifest } from './index.js';
import { MAX_MANIFEST_BYTES } from './load.js';

const FIXTURES = new URL('../../fixtures/manifests/', import.meta.url);

interface Expected {
  valid: boolean;
  diagnostics: string[];
  counts?: { fields: number; purposes: number; recipients: number };
  manifest?: unknown;
}

const formatDiagnostic = ({ location, message, severity }: Diagnostic): string =>
  `${location.file}:${location.line}:${location.column} ${severity === 'warn' ? 'warning: ' : ''}${message}`;

const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('fixtures/manifests', () => {
  test('hold at least 20 invalid behaviours and the valid ones', () => {
    expect(fixtureNames.filter((name) => !name.startsWith('valid-')).length).toBeGreaterThanOrEqual(20);
    expect(fixtureNames).toEqual(expect.arrayContaining(['valid-minimal', 'valid-complete', 'valid-json', 'valid-bom']));
  });

  test.each(fixtureNames)('%s', (name) => {
    const directory = new URL(`${name}/`, FIXTURES).pathname;
    const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as Expected;
    const result = validateManifest(join(directory, 'privacy.yml'), { root: directory });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(expected.diagnostics);
    expect(result.manifest !== undefined).toBe(expected.valid);
    if (expected.counts) {
      const manifest = result.manifest?.manifest;
      expect({
        fields: Object.keys(manifest?.fields ?? {}).length,
        purposes: Object.keys(manifest?.purposes ?? {}).length,
        recipients: Object.keys(manifest?.recipients ?? {}).length,
      }).toEqual(expected.counts);
    }
    if (expected.manifest !== undefined) expect(result.manifest?.manifest).toEqual(expected.manifest);
  });
});

describe('safety', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'privlint-manifest-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('an oversized file is refused before it is parsed', () => {
    const path = join(scratch, 'privacy.yml');
    // Valid YAML all the way through, so only the size check can reject it.
    const line = '# padding padding padding padding padding padding padding padding\n';
    writeFileSync(path, `version: 1\n${line.repeat(Math.ceil(MAX_MANIFEST_BYTES / line.length) + 1)}`);
    const result = validateManifest(path, { root: scratch });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'privacy.yml:1:1 privacy.yml is 5.0 MB, over the 5.0 MB limit for a manifest; a privacy manifest is hand-written and small, so check that this is the right file.',
    ]);
  });

  // How fast both are refused is measured by `node bench/hostile.mjs`, not here: a timed test fails on a busy machine.
  test('an alias bomb is refused at its first alias before it is expanded', () => {
    const directory = new URL('alias-bomb/', FIXTURES).pathname;
    const result = validateManifest(join(directory, 'privacy.yml'), { root: directory });
    expect(result.manifest).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'privacy.yml:3:8 aliases expand to too many values (over 100), as in a "billion laughs" attack; write the values out instead of nesting aliases.',
    ]);
  });

  test('a __proto__ key pollutes no prototype', () => {
    const directory = new URL('proto-key/', FIXTURES).pathname;
    validateManifest(join(directory, 'privacy.yml'));
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  $ref?: string;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
};

/** Every property path the schema declares, with map entries and list items written as `*`. */
function collectSchemaPaths(schema: SchemaNode, defs: Record<string, SchemaNode>, prefix: string, seen: Set<string>): string[] {
  const node = schema.$ref ? { ...defs[schema.$ref.replace('#/$defs/', '')], ...schema, $ref: undefined } : schema;
  const paths: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(path);
    if (!seen.has(path)) paths.push(...collectSchemaPaths(child, defs, path, seen));
  }
  if (node.items) paths.push(...collectSchemaPaths(node.items, defs, `${prefix}.*`, seen));
  if (typeof node.additionalProperties === 'object') paths.push(...collectSchemaPaths(node.additionalProperties, defs, `${prefix}.*`, seen));
  return paths;
}

function collectDataPaths(value: unknown, prefix: string, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectDataPaths(item, `${prefix}.*`, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.add(prefix === '' ? key : `${prefix}.${key}`);
      // Entries of id-keyed maps count as `*`, like the schema's additionalProperties.
      collectDataPaths(child, prefix === '' ? key : `${prefix}.${key}`, into);
    }
  }
  return into;
}

test('valid-complete uses every property the schema declares', () => {
  const schema = loadManifestSchema() as SchemaNode & { $defs: Record<string, SchemaNode> };
  const schemaPaths = new Set(collectSchemaPaths(schema, schema.$defs, '', new Set()));
  const data = parse(readFileSync(new URL('valid-complete/privacy.yml', FIXTURES), 'utf8')) as unknown;
  const dataPaths = [...collectDataPaths(data, '', new Set())].map((path) =>
    path
      .replace(/^(purposes|recipients|fields|deviceStorage)\.[^.]+/, '$1.*')
      .replace(/^rules\.[^.]+/, 'rules.*'),
  );
  const missing = [...schemaPaths].filter((path) => !path.endsWith('.*') && !dataPaths.includes(path) && !path.startsWith('rules.'));
  expect(missing).toEqual([]);
});
