import { createHash } from 'node:crypto';
import type { ts } from 'ts-morph';
import type { UserSdkEntry } from '../manifest/types.js';
import type { ProjectFile } from '../project/index.js';
import { createClosureKeys } from '../cache/dependency-graph.js';
import { listImports } from '../cache/list-imports.js';
import { getCodeHash, getShapeHash } from '../cache/shape-hash.js';
import { getEngineFingerprint, hashData, hashText, openScanCache } from '../cache/scan-cache.js';
import type { CacheEntry } from '../cache/scan-cache.js';
import { VERSION } from '../version.js';
import type { AnalysisOutput } from './analyze.js';
import type { Engine, ScanFile } from './context.js';
import { resolveImportTargets } from './modules.js';
import type { WorkspaceIndex } from './modules.js';
import type { DeclaredModel } from '../project/prisma-models.js';

export interface CacheSettings {
  aliases: Record<string, string>;
  sdks: UserSdkEntry[] | undefined;
  types: boolean;
  /** The schema's models say what every database write holds: a changed schema file changes every file's key. */
  models: readonly DeclaredModel[];
  /** The global types of the project's `.d.ts` files (path and text hash): what a value's type expands to. */
  ambient?: readonly string[];
  /** Which files implement each interface (implementations.ts): a call through an interface reaches those classes. */
  implementations?: readonly string[];
  /** What bare specifiers resolve to depends on the repository's packages and generated clients. */
  workspace?: WorkspaceIndex;
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
  const engineForResolution = { root, files, ...(settings.workspace ? { workspace: settings.workspace } : {}) } as Engine;
  // A file's self key is `<identity>\u0000<rest>`, the identity being the hash of its text or of an earlier text it
  // differs from only in trailing trivia; where only its shape matters, its canonical hash takes the identity's place.
  const identities = new Map<string, string>();
  const selfRests = new Map<string, string>();
  const edges = new Map<string, string[]>();
  const sharedKeys = new Map<object, string>();
  const projectFiles = new Map<string, ProjectFile>();
  // Files whose text changed since the last run, other than at its end (those are settled here, without a parser).
  const reshaped = new Set<string>();
  for (const project of scanned) {
    const file = byPath.get(project.path)!;
    const hash = hashText(project.text);
    const previous = cache.entries.get(project.path);
    if (previous?.hash === hash) next.set(project.path, previous);
    else {
      const code = getCodeHash(project.text);
      if (previous && previous.partlyParsed === false && previous.code === code) {
        // Only trailing comments and blank lines changed (getCodeHash): same trees at the same positions, so
        // everything computed from the previous text holds.
        next.set(project.path, { ...previous, hash, code, imports: listImports(project.text), same: previous.same ?? previous.hash });
      } else {
        // The output stays, under its old key: a key built on the canonical hash may still hold (getCanonicalHash).
        const { shape: _shape, canonical: _canonical, same: _same, hash: _hash, code: _code, imports: _imports, partlyParsed: _partly, ...kept } = previous ?? {};
        next.set(project.path, { ...kept, hash, code, imports: listImports(project.text) });
        if (previous) reshaped.add(project.path);
      }
    }
    const entry = next.get(project.path)!;
    const targets = resolveImportTargets(engineForResolution, file, entry.imports);
    edges.set(project.path, targets);
    identities.set(project.path, entry.same ?? hash);
    selfRests.set(project.path, `${targets.join('\u0000')}\u0001${keyOf(file.dependencies)}\u0001${keyOf(file.compilerOptions)}`);
    projectFiles.set(project.path, project);
  }
  const selfKeys = new Map<string, string>();
  for (const [path, identity] of identities) selfKeys.set(path, `${identity}\u0000${selfRests.get(path)!}`);
  const closureKeys = createClosureKeys(selfKeys, edges);
  let dirty = next.size !== cache.entries.size;
  for (const [path, entry] of next) if (cache.entries.get(path) !== entry) dirty = true;

  /*
   * A file analysed without the type checker depends only on its own syntax, the syntax of the files it read, and
   * what their imports resolve to. On the positions of one of those files only when its output points into it (a
   * finding, gap or trace step there); otherwise on the file's shape alone: its syntax trees without the comments
   * and spacing between top-level statements (src/cache/shape-hash.ts says why that is exact). So the key hashes
   * the self key of the file and of every read file its output names, and for the others their canonical self key:
   * a comment added at the end of a file, or above a declaration, keeps the files that merely read it, and the
   * file itself when it has no finding of its own. Far narrower than the closure where everything imports
   * everything (effect's sources).
   */
  function keyFor(path: string, reads: readonly string[] | undefined, output: AnalysisOutput | undefined): string | undefined {
    if (reads === undefined) return `closure:${closureKeys.get(path)}`;
    const named = output ? getNamedPaths(output) : undefined;
    const hash = createHash('sha1');
    for (const file of [path, ...reads]) {
      const self = selfKeys.get(file);
      if (self === undefined) return undefined;
      hash.update(`${file}\u0000${named === undefined || named.has(file) ? self : `~${getCanonicalHash(file)}\u0000${selfRests.get(file)!}`}\u0000`);
    }
    return `reads:${hash.digest('hex')}`;
  }

  /*
   * The earliest text of a file, by hash, that its current text has the same shape as, going back through the
   * texts the cache saw without a change of shape. Only a file whose text changed since the last run is parsed
   * for it, and only when some key needs it (never on a run where no file changed): the new text's shape is kept
   * in the entry, and the previous one comes from the entry or, after a first change, from the stored text.
   */
  const canonicalHashes = new Map<string, string>();
  function getCanonicalHash(path: string): string {
    let canonical = canonicalHashes.get(path);
    if (canonical !== undefined) return canonical;
    const entry = next.get(path)!;
    const previous = cache.entries.get(path);
    if (!reshaped.has(path) || previous === undefined) canonical = entry.canonical ?? identities.get(path)!;
    else {
      const project = projectFiles.get(path)!;
      // The previous text's shape was kept when it was parsed (every analysed file is); unknown means changed.
      const before = previous.shape;
      const shape = getShapeHash(project.absolutePath, project.text);
      const sameShape = before === shape;
      canonical = sameShape ? (previous.canonical ?? previous.same ?? previous.hash) : entry.hash;
      // The same statements parse with the same errors, or none.
      const partly = sameShape && previous.partlyParsed !== undefined ? { partlyParsed: previous.partlyParsed } : {};
      next.set(path, { ...next.get(path)!, shape, ...partly, ...(canonical === entry.hash ? {} : { canonical }) });
      dirty = true;
    }
    canonicalHashes.set(path, canonical);
    return canonical;
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

  return {
    /** Each file's resolved imports (project paths), as the keys use them. */
    importEdges: edges as ReadonlyMap<string, readonly string[]>,
    reuse(path: string): { output: AnalysisOutput; skipped?: undefined } | { skipped: string } | undefined {
      const entry = next.get(path)!;
      if (entry.key === undefined || entry.key !== keyFor(path, entry.reads, entry.output)) return undefined;
      if (entry.skipped !== undefined) return { skipped: entry.skipped };
      return entry.output ? { output: entry.output } : undefined;
    },
    remember(path: string, result: { output: AnalysisOutput } | { skipped: string }, reads: string[] | undefined) {
      const key = keyFor(path, reads, 'output' in result ? result.output : undefined)!;
      const { key: _key, output: _output, skipped: _skipped, reads: _reads, ...rest } = next.get(path)!;
      next.set(path, { ...rest, key, ...(reads ? { reads } : {}), ...result });
      dirty = true;
    },
    partlyParsed(path: string): boolean | undefined {
      return next.get(path)?.partlyParsed;
    },
    /** `parsed`: whether each file parsed in this run had syntax errors; `shapes`: their shape hashes. */
    save(parsed: ReadonlyMap<string, boolean>, shapes: ReadonlyMap<string, string>): string | undefined {
      for (const [path, partly] of parsed) {
        const entry = next.get(path);
        if (entry && entry.partlyParsed !== partly) {
          next.set(path, { ...entry, partlyParsed: partly });
          dirty = true;
        }
      }
      for (const [path, shape] of shapes) {
        const entry = next.get(path);
        if (entry && entry.shape !== shape) {
          next.set(path, { ...entry, shape });
          dirty = true;
        }
      }
      return dirty ? cache.save(next) : undefined;
    },
  };
}

/** The files an output points into: where its findings and gaps sit and every step of their traces. */
function getNamedPaths(output: AnalysisOutput): Set<string> {
  const named = new Set<string>();
  for (const finding of output.findings) {
    named.add(finding.location.file);
    for (const step of finding.trace) named.add(step.file);
  }
  for (const gap of output.gaps) named.add(gap.location.file);
  return named;
}
