import type { Engine, ScanFile } from './context.js';
import { findGeneratedClient, resolveModule, type ModuleLookup } from '../project/resolve.js';

export { isBareSpecifier, isOwnSpecifier, toPackageName } from '../project/resolve.js';
export type { WorkspaceIndex } from '../project/resolve.js';

/**
 * Resolves an import specifier to a scanned project file (src/project/resolve.ts says how); undefined for npm
 * packages and for files outside the scan.
 */
export function resolveProjectModule(engine: Engine, from: ScanFile, specifier: string): ScanFile | undefined {
  return resolveModule(engineLookup(engine), from.absolutePath, from.compilerOptions, specifier);
}

/**
 * The library a generated client stands for, when the specifier points into a generator's output folder
 * (`../generated/prisma`, `@/generated/client`): that folder is usually not committed, and is the library itself.
 */
export function generatedModuleOf(engine: Engine, from: ScanFile, specifier: string): string | undefined {
  return findGeneratedClient(engineLookup(engine), from.absolutePath, from.compilerOptions, specifier)?.module;
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
