import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ts } from 'ts-morph';
import type { UserSdkEntry } from '../manifest/types.js';
import type { ProjectFile } from '../project/index.js';
import { createClosureKeys } from '../cache/dependency-graph.js';
import { listImports } from '../cache/list-imports.js';
import { fingerprintDirectories, hashData, hashText, openScanCache } from '../cache/scan-cache.js';
import type { CacheEntry } from '../cache/scan-cache.js';
import { VERSION } from '../version.js';
import type { AnalysisOutput } from './analyze.js';
import type { Engine, ScanFile } from './context.js';
import { resolveProjectModule } from './modules.js';

export interface CacheSettings {
  aliases: Record<string, string>;
  sdks: UserSdkEntry[] | undefined;
  types: boolean;
}

/**
 * The per-file cache seen from the scan: which target files may reuse their output (their key is unchanged),
 * and what to remember. Keys: src/cache/README.md.
 */
export function openCache(location: string, root: string, files: ReadonlyMap<string, ScanFile>, scanned: readonly ProjectFile[], settings: CacheSettings) {
  const settingsKey = hashData({ version: VERSION, engine: getEngineFingerprint(), ...settings });
  const cache = openScanCache(location, root, settingsKey);
  const next = new Map<string, CacheEntry>();
  const byPath = new Map<string, ScanFile>();
  for (const file of files.values()) byPath.set(file.path, file);
  const engineForResolution = { root, files } as Engine;
  const selfKeys = new Map<string, string>();
  const edges = new Map<string, string[]>();
  const sharedKeys = new Map<object, string>();
  for (const project of scanned) {
    const file = byPath.get(project.path)!;
    const hash = hashText(project.text);
    const previous = cache.entries.get(project.path);
    const imports = previous?.hash === hash ? previous.imports : listImports(project.text);
    next.set(project.path, previous?.hash === hash ? previous : { hash, imports });
    const targets = [...new Set(imports.flatMap((specifier) => resolveProjectModule(engineForResolution, file, specifier)?.path ?? []))].sort();
    edges.set(project.path, targets);
    selfKeys.set(project.path, `${hash}\u0000${targets.join('\u0000')}\u0001${keyOf(file.dependencies)}\u0001${keyOf(file.compilerOptions)}`);
  }
  const closureKeys = createClosureKeys(selfKeys, edges);

  /*
   * A file analysed without the type checker depends only on its own syntax, the syntax of the files it read, and
   * what their imports resolve to: the self keys of exactly those files (each holds its text and resolved imports).
   * Far narrower than the closure where everything imports everything (effect's sources), and as exact.
   */
  function keyFor(path: string, reads: readonly string[] | undefined): string | undefined {
    if (reads === undefined) return `closure:${closureKeys.get(path)}`;
    const hash = createHash('sha1');
    for (const read of [path, ...reads]) {
      const self = selfKeys.get(read);
      if (self === undefined) return undefined;
      hash.update(`${read}\u0000${self}\u0000`);
    }
    return `reads:${hash.digest('hex')}`;
  }

  // Files of one package.json and one tsconfig share these objects, so each is hashed once.
  function keyOf(shared: ReadonlySet<string> | ts.CompilerOptions | undefined): string {
    if (shared === undefined) return '-';
    let key = sharedKeys.get(shared);
    if (key === undefined) {
      key = shared instanceof Set ? hashData([...shared].sort()) : hashData([(shared as ts.CompilerOptions).paths ?? null, (shared as ts.CompilerOptions).baseUrl ?? null]);
      sharedKeys.set(shared, key);
    }
    return key;
  }
  let dirty = next.size !== cache.entries.size;
  for (const [path, entry] of next) if (cache.entries.get(path) !== entry) dirty = true;

  return {
    reuse(path: string): { output: AnalysisOutput; skipped?: undefined } | { skipped: string } | undefined {
      const entry = next.get(path)!;
      if (entry.key === undefined || entry.key !== keyFor(path, entry.reads)) return undefined;
      if (entry.skipped !== undefined) return { skipped: entry.skipped };
      return entry.output ? { output: entry.output } : undefined;
    },
    remember(path: string, result: { output: AnalysisOutput } | { skipped: string }, reads: string[] | undefined) {
      const { key: _key, output: _output, skipped: _skipped, reads: _reads, ...rest } = next.get(path)!;
      next.set(path, { ...rest, key: keyFor(path, reads)!, ...(reads ? { reads } : {}), ...result });
      dirty = true;
    },
    partlyParsed(path: string): boolean | undefined {
      return next.get(path)?.partlyParsed;
    },
    /** `parsed`: whether each file parsed in this run had syntax errors. */
    save(parsed: ReadonlyMap<string, boolean>): string | undefined {
      for (const [path, partly] of parsed) {
        const entry = next.get(path);
        if (entry && entry.partlyParsed !== partly) {
          next.set(path, { ...entry, partlyParsed: partly });
          dirty = true;
        }
      }
      return dirty ? cache.save(next) : undefined;
    },
  };
}

let engineFingerprint: string | undefined;
/** Every module of privlint itself (the detectors, vocabulary, catalog and taxonomy all shape findings). */
function getEngineFingerprint(): string {
  engineFingerprint ??= fingerprintDirectories([join(dirname(fileURLToPath(import.meta.url)), '..')]);
  return engineFingerprint;
}

