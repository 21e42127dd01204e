import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeStaleFiles } from '../fs/compile-cache-directory.js';
import { getUserCacheDirectory, preparePrivateDirectory, readPrivateFile, writePrivateFile } from '../fs/private-files.js';
import { SINK_KINDS, type Finding, type Gap, type Location } from '../model.js';

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
 * Where the cache lives by default: the user's own cache folder (`~/.cache/privlint`, see `getUserCacheDirectory`),
 * never `node_modules/.cache` of the scanned repository, where a pull request could commit poisoned entries or a link
 * that makes the next save overwrite another file, and never a temp folder shared with other users.
 */
export function getDefaultCacheLocation(): string {
  const preferred = getUserCacheDirectory();
  if (preparePrivateDirectory(preferred) === undefined) return preferred;
  // No usable home (a system account's /nonexistent): the user's own folder in the temp dir, checked the same way.
  return join(tmpdir(), `privlint-cache-${process.getuid?.() ?? -1}`);
}

/** A cache file is a few MB even for 20,000 files; anything far bigger was not written by privlint. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * Opens the cache of one scanned root under `location`. The file is ignored as a whole when it is unreadable,
 * corrupt, of another format, written under other settings (`settingsKey`), or not the user's own (a link, a file of
 * another user, a folder others can write); entries of the wrong shape or naming files outside the root are dropped.
 * Everything dropped is rewritten on save.
 */
export function openScanCache(location: string, root: string, settingsKey: string): ScanCache {
  const rootHash = createHash('sha1').update(root).digest('hex').slice(0, 16);
  const file = join(location, `scan-${rootHash}.json`);
  const entries = new Map<string, CacheEntry>();
  const unusable = preparePrivateDirectory(location);
  try {
    const bytes = unusable === undefined ? readPrivateFile(file, MAX_CACHE_BYTES) : undefined;
    const document = bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as { format?: unknown; settings?: unknown; files?: unknown });
    if (document?.format === CACHE_FORMAT && document.settings === settingsKey && isRecord(document.files)) {
      for (const [path, entry] of Object.entries(document.files)) if (isProjectPath(path) && isEntry(entry)) entries.set(path, entry);
    }
  } catch {
    // Missing or corrupt: start empty; the next save replaces it.
  }
  return {
    file,
    entries,
    save(next) {
      if (unusable !== undefined) return `could not write the cache ${file}: its folder is ${unusable}; the scan is complete but ran without a cache (pass --cache-location <dir> or --no-cache)`;
      const files: Record<string, CacheEntry> = {};
      for (const path of [...next.keys()].sort()) files[path] = next.get(path)!;
      try {
        writePrivateFile(file, JSON.stringify({ format: CACHE_FORMAT, settings: settingsKey, files }));
        // Caches of roots nobody scanned (changed) for a month, such as deleted clones, would otherwise stay forever.
        removeStaleFiles(location, 'scan-', basename(file));
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
  if (value.output !== undefined) {
    if (!isRecord(value.output) || !Array.isArray(value.output.findings) || !Array.isArray(value.output.gaps)) return false;
    if (!value.output.findings.every(isFinding) || !value.output.gaps.every(isGap)) return false;
  }
  if (value.skipped !== undefined && typeof value.skipped !== 'string') return false;
  if (value.partlyParsed !== undefined && typeof value.partlyParsed !== 'boolean') return false;
  if (value.reads !== undefined && (!Array.isArray(value.reads) || !value.reads.every((item) => typeof item === 'string' && isProjectPath(item)))) return false;
  if (value.shape !== undefined && typeof value.shape !== 'string') return false;
  if (value.code !== undefined && typeof value.code !== 'string') return false;
  if (value.canonical !== undefined && typeof value.canonical !== 'string') return false;
  if (value.same !== undefined && typeof value.same !== 'string') return false;
  return value.key === undefined || typeof value.key === 'string';
}

/** A root-relative path with forward slashes that stays inside the root: no `..` step, not absolute, no drive. */
export function isProjectPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path) || path.includes('\u0000')) return false;
  return path.split('/').every((segment) => segment !== '..' && segment !== '.' && segment !== '');
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isPosition = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
const isLocation = (value: unknown): value is Location =>
  isRecord(value) && isString(value.file) && isProjectPath(value.file) && isPosition(value.line) && isPosition(value.column);
const CONFIDENCES: readonly unknown[] = ['high', 'medium', 'low'];
const EVIDENCE_KINDS: readonly unknown[] = ['name', 'type', 'alias', 'api'];

/** A finding as the analysis writes it: every location inside the root, so a cache entry cannot point code frames elsewhere. */
function isFinding(value: unknown): value is Finding {
  if (!isRecord(value) || !isString(value.category) || !isString(value.expression) || !(value.field === null || isString(value.field))) return false;
  const sink = value.sink;
  if (!isRecord(sink) || !(SINK_KINDS as readonly unknown[]).includes(sink.kind) || !(sink.recipient === null || isString(sink.recipient)) || !isString(sink.api)) return false;
  if (!isLocation(value.location) || !CONFIDENCES.includes(value.confidence)) return false;
  if (!Array.isArray(value.trace) || !value.trace.every((step) => isLocation(step) && isString((step as { note?: unknown }).note))) return false;
  const evidence = value.evidence;
  return evidence === undefined || (isRecord(evidence) && EVIDENCE_KINDS.includes(evidence.by) && isString(evidence.matched) && isString(evidence.term) && (evidence.detail === undefined || isString(evidence.detail)));
}

function isGap(value: unknown): value is Gap {
  return isRecord(value) && isLocation(value.location) && isString(value.expression) && isString(value.reason) && Array.isArray(value.categories) && value.categories.every(isString);
}
