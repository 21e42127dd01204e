import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Location } from '../model.js';
import { quote } from './quote.js';

export type JsonPath = readonly (string | number)[];

export interface Locator {
  /** The key's position for a map entry, the item's position for a list item; the nearest existing parent otherwise. */
  locateKey(path: JsonPath): Location;
  /** The value's position (where a wrong value should be fixed); falls back like locateKey. */
  locateValue(path: JsonPath): Location;
}

interface Hit {
  key?: Node | null;
  value?: Node | null;
}

const toKeyString = (key: unknown): string | undefined => {
  if (isScalar(key)) return String(key.value);
  return undefined;
};

/** Walks the YAML node tree along a JSON path, through aliases; returns the deepest hit and how far it got. */
function walk(document: Document | undefined, path: JsonPath): { hit: Hit; depth: number } {
  let current: unknown = document?.contents ?? null;
  let hit: Hit = { value: (current as Node | null) ?? null };
  let depth = 0;
  for (const step of path) {
    if (isAlias(current) && document) current = current.resolve(document);
    let next: Hit | undefined;
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && toKeyString(item.key) === String(step));
      if (pair) next = { key: pair.key as Node | null, value: pair.value as Node | null };
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step];
      if (item !== undefined) next = { value: item as Node | null };
    }
    if (!next) break;
    hit = next;
    current = next.value;
    depth++;
  }
  return { hit, depth };
}

export function createLocator(document: Document | undefined, lineCounter: LineCounter, file: string): Locator {
  const toLocation = (node: Node | null | undefined): Location | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const start: Location = { file, line: 1, column: 1 };
  return {
    locateKey(path) {
      const { hit } = walk(document, path);
      return toLocation(hit.key) ?? toLocation(hit.value) ?? start;
    },
    locateValue(path) {
      const { hit } = walk(document, path);
      return toLocation(hit.value) ?? toLocation(hit.key) ?? start;
    },
  };
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** A path people read: `fields.email.purposes[1]`; odd keys are quoted (`fields["e mail"]`), control and bidi characters escaped. */
export function formatPath(path: JsonPath): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (PLAIN_KEY.test(step)) text += text === '' ? step : `.${step}`;
    else text += `[${quote(step)}]`;
  }
  return text;
}

/** Turns an ajv instancePath (JSON pointer) into path steps, reading array indices as numbers where the data has arrays. */
export function fromJsonPointer(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const steps: (string | number)[] = [];
  let current = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      steps.push(index);
      current = current[index];
    } else {
      steps.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return steps;
}
