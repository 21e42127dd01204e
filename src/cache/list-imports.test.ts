import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, test } from 'vitest';
import { listImports } from './list-imports.js';

const preProcessed = (text: string) =>
  [...new Set(ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName))].sort();

describe('listImports', () => {
  test('every form of naming a module', () => {
    const text = [
      "import posthog from 'posthog-js';",
      'import {',
      '  track,',
      '  identify,',
      '} from "./lib/analytics";',
      "import type { User } from '../types';",
      "import './polyfills';",
      "export * from './reexported';",
      "export { a as b } from '@/lib/aliased';",
      "const legacy = require('./legacy');",
      "import config = require('./config');",
      'async function later() { return import("./lazy"); }',
      '/// <reference path="./globals.d.ts" />',
    ].join('\n');
    expect(listImports(text)).toEqual([
      '../types', './config', './globals.d.ts', './lazy', './legacy', './lib/analytics', './polyfills', './reexported', '@/lib/aliased', 'posthog-js',
    ]);
  });

  test('finds at least what ts.preProcessFile finds in the demo shop', () => {
    const root = fileURLToPath(new URL('../../fixtures/demo-shop/src/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(listImports(text), file).toEqual(expect.arrayContaining(preProcessed(text)));
    }
  });
});
