import { performance } from 'node:perf_hooks';
import { scanFiles } from '../findings/index.js';
import type { ScanOptions } from '../findings/index.js';
import type { Finding, Gap, ScanResult } from '../model.js';

export const INLINE_ROOT = '/virtual-project';

export interface InlineOptions extends Omit<ScanOptions, 'root' | 'include' | 'exclude'> {
  /** Packages the virtual package.json lists; omitted: no package.json (every SDK is live). */
  dependencies?: string[];
}

/**
 * Scans source text given inline, without touching the disk: the same engine as `scan()`, fed from memory.
 * Keys are root-relative paths (`src/app.ts`).
 */
export async function scanInline(files: Record<string, string>, options: InlineOptions = {}): Promise<ScanResult> {
  const { dependencies, ...scanOptions } = options;
  const projectFiles = Object.entries(files)
    .map(([path, text]) => ({ path, absolutePath: `${INLINE_ROOT}/${path}`, text: dedent(text) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const dependencySet = dependencies ? new Set(dependencies) : undefined;
  return scanFiles({
    root: INLINE_ROOT,
    files: projectFiles,
    skipped: [],
    compilerOptions: new Map(),
    dependenciesOf: () => dependencySet,
    options: scanOptions,
    started: performance.now(),
  });
}

/** `file:line:column category kind recipient`: the compact form the corpus and the detector tables assert. */
export const summarizeFinding = (finding: Finding): string =>
  `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category} ${finding.sink.kind} ${finding.sink.recipient ?? 'null'}`;

export const summarizeGap = (gap: Gap): string => `${gap.location.file}:${gap.location.line}:${gap.location.column} ${gap.categories.join(',')}`;

export async function findInline(files: Record<string, string> | string, options: InlineOptions = {}): Promise<string[]> {
  const result = await scanInline(typeof files === 'string' ? { 'src/app.ts': files } : files, options);
  return result.findings.map(summarizeFinding);
}

/** Strips the common indentation of a template literal, so cases can be written indented inside tests. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common)).join('\n');
}
