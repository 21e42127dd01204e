import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../fs/write-file.js';
import type { Finding, Gap } from '../model.js';

/** Bumped whenever the shape of the cache file or of an entry changes. */
const CACHE_FORMAT = 3;

/** What privlint remembers about one file between runs. */
export interface CacheEntry {
  /** sha1 of the file's text. */
  hash: string;
  /** Import specifiers of that text (`listImports`), so an unchanged file is never re-read for its imports. */
  imports: string[];
  /**
   * sha1 of that text without its trailing comments and blank lines (`getCodeHash`), kept for texts that replaced an
   * earlier one: an edit that leaves it equal changed nothing the parser sees.
   */
  code?: string;
  /**
   * The shape hash of that text (`src/cache/shape-hash.ts`: blind to comments and spacing between top-level
   * statements), kept whenever the file is parsed; the next change of the file compares with it.
   */
  shape?: string;
  /**
   * An earlier text of this file, by hash, that this one differs from only in comments and spacing after the last
   * code (same trees, same positions): keys use it in place of `hash`, so such an edit invalidates nothing.
   */
  same?: string;
  /**
   * An earlier text of this file with the same shape, by its hash: the keys of files whose output does not point
   * into this one were computed with it, so they still hold. Absent: `hash` itself.
   */
  canonical?: string;
  /** The key `output` or `skipped` was computed under (see `reads`). */
  key?: string;
  /**
   * The other project files whose syntax trees the analysis read; the key then covers only those. Absent when the
   * analysis used the type checker or gave up: the key is then the file's closure key over its transitive imports.
   */
  reads?: string[];
  /** Findings and gaps the analysis of this file produced, before deduplication (they may sit in imported files). */
  output?: { findings: Finding[]; gaps: Gap[] };
  /** Why the analysis of this file gave up, when it did. */
  skipped?: string;
  /** The parser reported syntax errors in it. */
  partlyParsed?: boolean;
}

export interface ScanCache {
  /** The cache file; shown in notices. */
  file: string;
  entries: Map<string, CacheEntry>;
  /** Writes the entries atomically; returns a warning instead of throwing, since a cache is never worth a failed run. */
  save(entries: ReadonlyMap<string, CacheEntry>): string | undefined;
}

/**
 * Where the cache lives by default: `node_modules/.cache/privlint` beside the nearest `node_modules` at or above
 * the root (the convention of Babel, ESLint's loader, Prettier, Vite), else a folder in the OS temp dir, so a
 * checkout without installed packages is never given a `node_modules` folder by a linter.
 */
export function getDefaultCacheLocation(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (isDirectory(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'privlint');
    if (dirname(dir) === dir) break;
  }
  return join(tmpdir(), 'privlint-cache');
}

/**
 * Opens the cache of one scanned root under `location`. The file is ignored as a whole when it is unreadable,
 * corrupt, of another format, or was written under other settings (`settingsKey`); it is rewritten on save.
 */
export function openScanCache(location: string, root: string, settingsKey: string): ScanCache {
  const rootHash = createHash('sha1').update(root).digest('hex').slice(0, 16);
  const file = join(location, `scan-${rootHash}.json`);
  const entries = new Map<string, CacheEntry>();
  try {
    const document = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; settings?: unknown; files?: unknown };
    if (document.format === CACHE_FORMAT && document.settings === settingsKey && isRecord(document.files)) {
      for (const [path, entry] of Object.entries(document.files)) if (isEntry(entry)) entries.set(path, entry);
    }
  } catch {
    // Missing or corrupt: start empty; the next save replaces it.
  }
  return {
    file,
    entries,
    save(next) {
      const files: Record<string, CacheEntry> = {};
      for (const path of [...next.keys()].sort()) files[path] = next.get(path)!;
      try {
        writeFileAtomic(file, JSON.stringify({ format: CACHE_FORMAT, settings: settingsKey, files }));
        return undefined;
      } catch (error) {
        return `could not write the cache ${file} (${error instanceof Error ? error.message : String(error)}); the scan is complete, only the next one will not be faster`;
      }
    },
  };
}

/** A stable hash of JSON-like data (RegExps by their source, keys sorted). */
export function hashData(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value, (_key, item: unknown) => normalize(item))).digest('hex');
}

export const hashText = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Set by scripts/build-cli.mjs inside the CLI bundle: a hash of the compiled modules the bundle is made of. */
declare const PRIVLINT_ENGINE: string | undefined;

let engineFingerprint: string | undefined;
/**
 * Every module of privlint itself (the detectors, vocabulary, catalog and taxonomy all shape findings), so a rebuilt
 * privlint (same version number, new detection code) never reuses results of the old code. The bundle knows it
 * from its build; the library and the sources look at their files (src/ or dist/, one level up from here).
 */
export function getEngineFingerprint(): string {
  engineFingerprint ??= typeof PRIVLINT_ENGINE === 'string' ? PRIVLINT_ENGINE : fingerprintDirectories([join(dirname(fileURLToPath(import.meta.url)), '..')]);
  return engineFingerprint;
}

/** The modification times and sizes of the modules below these folders. */
export function fingerprintDirectories(directories: readonly string[]): string {
  const hash = createHash('sha1');
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      // Only modules count; declaration files and tests are left unread (a warm scan pays for every stat here).
      else if (/\.[cm]?[jt]s$/.test(entry.name) && !/\.(test|d)\.[cm]?[jt]s$/.test(entry.name)) {
        const stat = statSync(path, { throwIfNoEntry: false });
        if (stat) hash.update(`${path}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000`);
      }
    }
  };
  for (const dir of directories) visit(dir);
  return hash.digest('hex');
}

function normalize(item: unknown): unknown {
  if (item instanceof RegExp) return `/${item.source}/${item.flags}`;
  if (item instanceof Set) return [...item].map(String).sort();
  if (item instanceof Map) return Object.fromEntries([...item.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
  if (typeof item === 'function') return `function ${item.name}`;
  if (isRecord(item) && !Array.isArray(item)) {
    return Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]]));
  }
  return item;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value.hash !== 'string' || !Array.isArray(value.imports)) return false;
  if (!value.imports.every((item) => typeof item === 'string')) return false;
  if (value.output !== undefined && (!isRecord(value.output) || !Array.isArray(value.output.findings) || !Array.isArray(value.output.gaps))) return false;
  if (value.reads !== undefined && (!Array.isArray(value.reads) || !value.reads.every((item) => typeof item === 'string'))) return false;
  if (value.shape !== undefined && typeof value.shape !== 'string') return false;
  if (value.code !== undefined && typeof value.code !== 'string') return false;
  if (value.canonical !== undefined && typeof value.canonical !== 'string') return false;
  if (value.same !== undefined && typeof value.same !== 'string') return false;
  return value.key === undefined || typeof value.key === 'string';
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
