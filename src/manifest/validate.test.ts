import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { validateManifest } from './index.js';
import { parseManifestText } from './load.js';
import { createLocator } from './locate.js';
import { validateAgainstSchema } from './validate.js';

const FIXTURES = new URL('../../fixtures/manifests/', import.meta.url).pathname;
const VALID = join(FIXTURES, 'valid-complete', 'privacy.yml');
const INVALID = join(FIXTURES, 'bad-email-format', 'privacy.yml');
const UID = process.getuid?.() ?? -1;

// os.tmpdir() follows TMPDIR, so each test gets a compile cache folder of its own.
const scratch = mkdtempSync(join(tmpdir(), 'privlint-manifest-memo-test-'));
const saved = { TMPDIR: process.env.TMPDIR, PRIVLINT_NO_COMPILE_CACHE: process.env.PRIVLINT_NO_COMPILE_CACHE };
let tempRoot = '';
let counter = 0;

beforeEach(() => {
  tempRoot = mkdtempSync(join(scratch, `case-${++counter}-`));
  process.env.TMPDIR = tempRoot;
  delete process.env.PRIVLINT_NO_COMPILE_CACHE;
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const markers = () => {
  try {
    return readdirSync(join(tempRoot, `privlint-compile-cache-${UID}`)).filter((name) => name.startsWith('manifest-valid-'));
  } catch {
    return [];
  }
};

describe('the record of manifests the schema accepted', () => {
  test('a valid manifest is recorded once, and the next validation gives the same result', () => {
    const first = validateManifest(VALID, { root: FIXTURES });
    expect(first.manifest).toBeDefined();
    expect(markers()).toHaveLength(1);
    const second = validateManifest(VALID, { root: FIXTURES });
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.manifest?.manifest).toEqual(first.manifest?.manifest);
    expect(markers()).toHaveLength(1);
  });

  test('an invalid manifest is never recorded and reports the same errors every time', () => {
    const first = validateManifest(INVALID, { root: FIXTURES });
    expect(first.manifest).toBeUndefined();
    expect(first.diagnostics.length).toBeGreaterThan(0);
    expect(markers()).toEqual([]);
    expect(validateManifest(INVALID, { root: FIXTURES }).diagnostics).toEqual(first.diagnostics);
    expect(markers()).toEqual([]);
  });

  test('the record is keyed by the text: it vouches for the text it was written for, and only for it', () => {
    validateManifest(VALID, { root: FIXTURES });
    const invalid = parseManifestText(readFileSync(INVALID, 'utf8'), 'privacy.yml');
    const locator = createLocator(invalid.document, invalid.lineCounter, 'privacy.yml');
    // The same invalid data passed with the valid manifest's text is taken as accepted: the validator was skipped.
    expect(validateAgainstSchema(invalid.data, locator, readFileSync(VALID, 'utf8'))).toEqual([]);
    expect(validateAgainstSchema(invalid.data, locator, invalid.text).length).toBeGreaterThan(0);
    expect(validateAgainstSchema(invalid.data, locator).length).toBeGreaterThan(0);
  });

  test('PRIVLINT_NO_COMPILE_CACHE=1 validates without recording', () => {
    process.env.PRIVLINT_NO_COMPILE_CACHE = '1';
    expect(validateManifest(VALID, { root: FIXTURES }).manifest).toBeDefined();
    expect(markers()).toEqual([]);
  });
});
