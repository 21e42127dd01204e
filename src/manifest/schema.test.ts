import { describe, expect, test } from 'vitest';
import type { RuleId } from '../model.js';
import { SINK_KINDS } from '../model.js';
import { loadManifestSchema } from './validate.js';
import { LEGAL_BASES, STORAGE_KINDS } from './types.js';

type Node = Record<string, unknown>;
const schema = loadManifestSchema() as Node & { $defs: Record<string, Node> };
const property = (def: string, name: string) => (schema.$defs[def]?.properties as Record<string, Node>)[name] as Node;

// A Record over RuleId fails to compile when a rule is added to the model but not listed here.
const RULE_IDS: Record<RuleId, true> = {
  'automated-decision-basis': true,
  'undeclared-data': true,
  'undeclared-recipient': true,
  'undisclosed-sharing': true,
  'purpose-mismatch': true,
  'undeclared-storage': true,
  'pii-in-logs': true,
  'special-category-basis': true,
  'unused-declaration': true,
  'unfinished-declaration': true,
  'unused-suppression': true,
  'invalid-suppression': true,
};

describe('schemas/manifest.schema.json', () => {
  test('is draft 2020-12 with a versioned $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://privlint.dev/schemas/manifest-v1.json');
  });

  test('enums match the model', () => {
    expect((property('purpose', 'legalBasis').enum as string[])).toEqual(LEGAL_BASES);
    expect(((property('field', 'storage').items as Node).enum as string[])).toEqual(STORAGE_KINDS);
    expect(property('sdk', 'kind').enum).toEqual(SINK_KINDS);
    expect(property('recipient', 'kind').enum).toEqual([...SINK_KINDS, 'hosting', 'other']);
    expect(((schema.properties as Record<string, Node>).rules?.propertyNames as Node).enum).toEqual(Object.keys(RULE_IDS));
  });

  test('every property has a description', () => {
    const undocumented: string[] = [];
    const visit = (node: Node, path: string) => {
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
        if (typeof child.description !== 'string' || child.description === '') undocumented.push(`${path}.${name}`);
        visit(child, `${path}.${name}`);
      }
      if (node.items) visit(node.items as Node, `${path}[]`);
    };
    visit(schema, '#');
    for (const [name, def] of Object.entries(schema.$defs)) visit(def, `$defs.${name}`);
    expect(undocumented).toEqual([]);
  });

  test('objects whose keys are fixed refuse unknown keys', () => {
    const open: string[] = [];
    for (const [name, def] of Object.entries(schema.$defs)) {
      if (def.type === 'object' && def.properties && def.additionalProperties !== false) open.push(name);
    }
    expect(open).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });
});
