import { describe, expect, test } from 'vitest';
import type { ScanResult } from '../model.js';
import { formatScanJson, toScanJson } from './scan-json.js';
import { formatScanMarkdown } from './scan-markdown.js';
import { formatScanPretty } from './scan-pretty.js';

const result: ScanResult = {
  schemaVersion: 1,
  tool: { name: 'privlint', version: '0.1.0' },
  root: '.',
  summary: {
    files: 3,
    findings: 3,
    gaps: 1,
    durationMs: 42,
    skipped: [{ file: 'src/vendor.min.ts', reason: 'minified file' }],
    partlyParsed: [],
  },
  findings: [
    {
      category: 'user.contact.email',
      expression: 'user.email',
      field: null,
      sink: { kind: 'analytics', recipient: 'segment', api: 'analytics.identify' },
      location: { file: 'src/signup.ts', line: 12, column: 3 },
      confidence: 'high',
      trace: [{ file: 'src/lib/track.ts', line: 4, column: 10, note: 'reaches analytics.identify' }],
      evidence: { by: 'name', matched: 'email', term: 'email' },
    },
    {
      category: 'user.contact.email',
      expression: 'body.email',
      field: null,
      sink: { kind: 'request-input', recipient: null, api: 'req.body' },
      location: { file: 'src/routes/signup.ts', line: 5, column: 9 },
      confidence: 'high',
      trace: [],
    },
    {
      category: 'user.name',
      expression: 'user.name',
      field: null,
      sink: { kind: 'log', recipient: 'pino', api: 'logger.info' },
      location: { file: 'src/signup.ts', line: 20, column: 3 },
      confidence: 'medium',
      trace: [],
    },
  ],
  gaps: [
    {
      location: { file: 'src/crm.ts', line: 7, column: 3 },
      expression: 'sendToCrm(user)',
      categories: ['user.contact.email'],
      reason: 'passed to acme-crm, a package privlint does not know',
      package: 'acme-crm',
    },
  ],
};

describe('scan reporters', () => {
  test('json: the DESIGN.md document, keys in contract order, evidence left out', () => {
    const document = JSON.parse(formatScanJson(result, { color: false }));
    expect(Object.keys(document)).toEqual(['schemaVersion', 'tool', 'root', 'summary', 'findings', 'gaps']);
    expect(Object.keys(document.summary)).toEqual(['files', 'findings', 'gaps', 'durationMs', 'skipped', 'partlyParsed']);
    expect(Object.keys(document.findings[0])).toEqual(['category', 'expression', 'field', 'sink', 'location', 'confidence', 'trace']);
    expect(Object.keys(document.findings[0].sink)).toEqual(['kind', 'recipient', 'api']);
    // DESIGN.md's gap keys, then the unknown package the data went into, when there is one.
    expect(Object.keys(document.gaps[0])).toEqual(['location', 'expression', 'categories', 'reason', 'package']);
    expect(JSON.stringify(document)).not.toContain('evidence');
    expect(toScanJson(result).findings[1]!.sink.recipient).toBeNull();
  });

  test('pretty: a data map per category, then gaps and skipped files', async () => {
    await expect(formatScanPretty(result, { color: false })).toMatchFileSnapshot('./__snapshots__/scan-pretty.txt');
  });

  test('pretty: colour only when asked', () => {
    expect(formatScanPretty(result, { color: false })).not.toContain('\u001b[');
    expect(formatScanPretty(result, { color: true })).toContain('\u001b[');
  });

  test('escapes and bidirectional overrides from scanned code are shown, never obeyed', () => {
    const hostile = { ...result, findings: [{ ...result.findings[0]!, expression: 'label\u001b[2J\u202eevil' }] };
    const text = formatScanPretty(hostile, { color: false });
    expect(text).toContain('label\\u001b[2J\\u202eevil');
    expect(text).not.toMatch(/[\u001b\u202e]/u);
    expect(formatScanMarkdown(hostile, { color: false })).not.toMatch(/[\u001b\u202e]/u);
  });

  test('markdown: a data inventory for a privacy team', async () => {
    await expect(formatScanMarkdown(result, { color: false })).toMatchFileSnapshot('./__snapshots__/scan-markdown.md');
  });
});
