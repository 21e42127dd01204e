import { readFileSync } from 'node:fs';
import { PrivlintError } from '../errors.js';
import type { Problem } from '../model.js';

/** One known problem; the fields beside the fingerprint make the file reviewable in a diff. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  file: string;
  category: string | null;
  recipient: string | null;
}

export interface Baseline {
  schemaVersion: 1;
  problems: BaselineEntry[];
}

const compare = (a: BaselineEntry, b: BaselineEntry) =>
  a.file.localeCompare(b.file, 'en') || a.rule.localeCompare(b.rule, 'en') || a.fingerprint.localeCompare(b.fingerprint, 'en');

export function createBaseline(problems: readonly Problem[]): Baseline {
  const entries = problems.map(({ fingerprint, rule, location, category, recipient }) => ({
    fingerprint,
    rule,
    file: location.file,
    category,
    recipient,
  }));
  return { schemaVersion: 1, problems: entries.sort(compare) };
}

export const formatBaseline = (baseline: Baseline): string => `${JSON.stringify(baseline, null, 2)}\n`;

/** Reads a baseline file; `displayPath` is how the user named it, for the error sentence. */
export function readBaseline(path: string, displayPath: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new PrivlintError(
      'E_BASELINE_INVALID',
      missing
        ? `The baseline ${displayPath} does not exist; create it with --update-baseline, or check the path.`
        : `Cannot read the baseline ${displayPath}; check its permissions.`,
      { cause: error },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const where = position === undefined ? '' : `:${toLineColumn(text, Number(position))}`;
    throw new PrivlintError('E_BASELINE_INVALID', `The baseline ${displayPath}${where} is not valid JSON; regenerate it with --update-baseline.`, {
      cause: error,
    });
  }
  if (!isBaseline(data)) {
    throw new PrivlintError(
      'E_BASELINE_INVALID',
      `The baseline ${displayPath}:1:1 is not a privlint baseline (expected { "schemaVersion": 1, "problems": [{ "fingerprint": ... }] }); regenerate it with --update-baseline.`,
    );
  }
  return data;
}

function isBaseline(data: unknown): data is Baseline {
  if (data === null || typeof data !== 'object') return false;
  const { schemaVersion, problems } = data as Record<string, unknown>;
  return (
    schemaVersion === 1 &&
    Array.isArray(problems) &&
    problems.every((entry) => entry !== null && typeof entry === 'object' && typeof (entry as BaselineEntry).fingerprint === 'string')
  );
}

function toLineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}
