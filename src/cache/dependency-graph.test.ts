import { describe, expect, test } from 'vitest';
import { createClosureKeys } from './dependency-graph.js';

const keysOf = (self: Record<string, string>, edges: Record<string, string[]>) =>
  createClosureKeys(new Map(Object.entries(self)), new Map(Object.entries(edges)));

describe('createClosureKeys', () => {
  const edges = { 'page.ts': ['track.ts'], 'track.ts': ['sdk.ts'], 'sdk.ts': [], 'other.ts': [] };
  const before = keysOf({ 'page.ts': 'p1', 'track.ts': 't1', 'sdk.ts': 's1', 'other.ts': 'o1' }, edges);

  test('a change reaches every file that imports it, directly or not, and nothing else', () => {
    const after = keysOf({ 'page.ts': 'p1', 'track.ts': 't1', 'sdk.ts': 's2', 'other.ts': 'o1' }, edges);
    expect(after.get('sdk.ts')).not.toBe(before.get('sdk.ts'));
    expect(after.get('track.ts')).not.toBe(before.get('track.ts'));
    expect(after.get('page.ts')).not.toBe(before.get('page.ts'));
    expect(after.get('other.ts')).toBe(before.get('other.ts'));
  });

  test('a change in an importer leaves what it imports alone', () => {
    const after = keysOf({ 'page.ts': 'p2', 'track.ts': 't1', 'sdk.ts': 's1', 'other.ts': 'o1' }, edges);
    expect(after.get('page.ts')).not.toBe(before.get('page.ts'));
    expect(after.get('track.ts')).toBe(before.get('track.ts'));
    expect(after.get('sdk.ts')).toBe(before.get('sdk.ts'));
  });

  test('a new import edge changes the importer key', () => {
    const after = keysOf({ 'page.ts': 'p1', 'track.ts': 't1', 'sdk.ts': 's1', 'other.ts': 'o1' }, { ...edges, 'page.ts': ['track.ts', 'other.ts'] });
    expect(after.get('page.ts')).not.toBe(before.get('page.ts'));
    expect(after.get('other.ts')).toBe(before.get('other.ts'));
  });

  test('files in an import cycle share a key that any member changes', () => {
    const cycle = { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'user.ts': ['a.ts'] };
    const first = keysOf({ 'a.ts': '1', 'b.ts': '1', 'c.ts': '1', 'user.ts': '1' }, cycle);
    const second = keysOf({ 'a.ts': '1', 'b.ts': '1', 'c.ts': '2', 'user.ts': '1' }, cycle);
    expect(new Set([first.get('a.ts'), first.get('b.ts'), first.get('c.ts')]).size).toBe(1);
    for (const file of ['a.ts', 'b.ts', 'c.ts', 'user.ts']) expect(second.get(file)).not.toBe(first.get(file));
  });

  test('edges to files outside the set are ignored, and a 20,000-file chain does not overflow the stack', () => {
    const self = new Map<string, string>();
    const chain = new Map<string, string[]>();
    for (let index = 0; index < 20_000; index++) {
      self.set(`f${index}.ts`, 'x');
      chain.set(`f${index}.ts`, [`f${index + 1}.ts`, 'node_modules/sdk.ts']);
    }
    const keys = createClosureKeys(self, chain);
    expect(keys.size).toBe(20_000);
    // Same content, different position in the chain: the keys differ because the closures differ.
    expect(keys.get('f0.ts')).not.toBe(keys.get('f1.ts'));
  });
});
