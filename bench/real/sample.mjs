// Which findings a person judges for precision, and how a judgement is matched to a finding on a later run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function lineText(root, file, line, cache) {
  if (!cache.has(file)) {
    let lines = [];
    try {
      lines = readFileSync(path.join(root, file), 'utf8').split(/\r?\n/);
    } catch {
      // A finding in a file that cannot be read keeps an empty line text in its fingerprint.
    }
    cache.set(file, lines);
  }
  return (cache.get(file)[line - 1] ?? '').trim();
}

/** Identifies a finding without its line number, so a judgement survives unrelated edits above it. */
export function fingerprintFinding(finding, text) {
  const parts = [
    finding.location.file,
    finding.category,
    finding.sink.kind,
    finding.sink.recipient ?? '',
    finding.sink.api ?? '',
    finding.expression,
    text,
  ];
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 20);
}

/**
 * The findings to judge: the `size` whose seeded hash of the fingerprint is lowest. A finding's place in the order
 * depends on it alone, so a new engine's sample keeps every finding that both engines report and were judged.
 */
export function judgementSample(appId, root, findings, size) {
  const cache = new Map();
  const entries = findings.map((finding) => {
    const text = lineText(root, finding.location.file, finding.location.line, cache);
    const fingerprint = fingerprintFinding(finding, text);
    const order = createHash('sha256').update(`privlint-real-2026:${appId}:${fingerprint}`).digest('hex');
    return {
      order,
      entry: {
        fingerprint,
        file: finding.location.file,
        line: finding.location.line,
        column: finding.location.column,
        category: finding.category,
        sink: finding.sink,
        expression: finding.expression,
        lineText: text,
        confidence: finding.confidence,
        verdict: null,
        note: '',
      },
    };
  });
  const unique = new Map();
  for (const item of entries.sort((a, b) => a.order.localeCompare(b.order))) {
    if (!unique.has(item.entry.fingerprint)) unique.set(item.entry.fingerprint, item.entry);
  }
  return [...unique.values()].slice(0, size);
}
