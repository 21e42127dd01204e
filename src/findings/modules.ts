import type { Engine, ScanFile } from './context.js';
import { findGeneratedClient, resolveModule, type ModuleLookup } from '../project/resolve.js';

export { isBareSpecifier, isOwnSpecifier, toPackageName } from '../project/resolve.js';
export type { WorkspaceIndex } from '../project/resolve.js';

/**
 * Resolves an import specifier to a scanned project file (src/project/resolve.ts says how); undefined for npm
 * packages and for files outside the scan.
 */
export function resolveProjectModule(engine: Engine, from: ScanFile, specifier: string): ScanFile | undefined {
  return memoized(engine, resolved, from, specifier, () => resolveModule(engineLookup(engine), from.absolutePath, from.compilerOptions, specifier));
}

/**
 * The library a generated client stands for, when the specifier points into a generator's output folder
 * (`../generated/prisma`, `@/generated/client`): that folder is usually not committed, and is the library itself.
 */
export function generatedModuleOf(engine: Engine, from: ScanFile, specifier: string): string | undefined {
  if (!engine.workspace?.generated.length) return undefined;
  return memoized(engine, generated, from, specifier, () => findGeneratedClient(engineLookup(engine), from.absolutePath, from.compilerOptions, specifier)?.module);
}

// Per engine and importing file: the same specifier is resolved again for every binding that reaches it.
type Memo<T> = WeakMap<Engine, Map<ScanFile, Map<string, T | null>>>;
const resolved: Memo<ScanFile> = new WeakMap();
const generated: Memo<string> = new WeakMap();

function memoized<T>(engine: Engine, memo: Memo<T>, from: ScanFile, specifier: string, compute: () => T | undefined): T | undefined {
  let byFile = memo.get(engine);
  if (!byFile) memo.set(engine, (byFile = new Map()));
  let bySpecifier = byFile.get(from);
  if (!bySpecifier) byFile.set(from, (bySpecifier = new Map()));
  const known = bySpecifier.get(specifier);
  if (known !== undefined) return known ?? undefined;
  const value = compute();
  bySpecifier.set(specifier, value ?? null);
  return value;
}

/** The project files that a file's import specifiers resolve to, each once, sorted. */
export function resolveImportTargets(engine: Engine, from: ScanFile, specifiers: readonly string[]): string[] {
  return [...new Set(specifiers.flatMap((specifier) => resolveProjectModule(engine, from, specifier)?.path ?? []))].sort();
}

const lookups = new WeakMap<Engine, ModuleLookup<ScanFile>>();

function engineLookup(engine: Engine): ModuleLookup<ScanFile> {
  let lookup = lookups.get(engine);
  if (!lookup) {
    lookup = { root: engine.root, workspace: engine.workspace, find: (path) => engine.files.get(path) };
    lookups.set(engine, lookup);
  }
  return lookup;
}
