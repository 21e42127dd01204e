import { ts } from './typescript.js';
import type { Engine, ScanFile } from './context.js';
import { resolveProjectModule } from './modules.js';

/** What a module can export through `export * from` chains: the names (or any name), and the files the chains cross. */
export interface ReexportReach {
  names: ReadonlySet<string> | 'any';
  /** The module and every project module its `export *` chains reach. */
  files: readonly ScanFile[];
}

/** The statements of a module that may export a name, by name, and those that may export any name (bindings.ts). */
export interface ExportIndexLike {
  byName: ReadonlyMap<string, readonly number[]>;
  anyName: readonly number[];
}

// Per engine, since a re-export of a library (`export * from '@prisma/client'`) depends on its catalog and workspace.
const reaches = new WeakMap<Engine, Map<ScanFile, ReexportReach>>();

/**
 * Every name `file` may export, its own and those of the modules its `export * from` statements reach in turn: a
 * superset of what the binding resolver can find there. A barrel such as a UI package's `index.ts` re-exports a
 * hundred modules; looking a name up walked them in order until one declared it, again for each import of the barrel
 * in each file, while a module whose whole reach lacks the name can be passed over. Pure syntax and module
 * resolution, so one answer serves every file of the session.
 */
export function getReexportReach(
  engine: Engine,
  file: ScanFile,
  exportIndexOf: (sourceFile: ts.SourceFile) => ExportIndexLike,
  reexportedLibrary: (file: ScanFile, statement: ts.Statement) => string | undefined,
): ReexportReach {
  let byFile = reaches.get(engine);
  if (!byFile) reaches.set(engine, (byFile = new Map()));
  const known = byFile.get(file);
  if (known) return known;
  const names = new Set<string>();
  const files: ScanFile[] = [file];
  const visited = new Set<ScanFile>(files);
  let anyName = false;
  for (let at = 0; at < files.length && !anyName; at++) {
    const current = files[at]!;
    const sourceFile = current.sourceFile;
    const index = exportIndexOf(sourceFile);
    for (const name of index.byName.keys()) names.add(name);
    for (const position of index.anyName) {
      const statement = sourceFile.statements[position]!;
      const specifier = ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      // `export =` and a library's names re-exported may be any name.
      if (specifier === undefined || reexportedLibrary(current, statement) !== undefined) {
        anyName = true;
        break;
      }
      const target = resolveProjectModule(engine, current, specifier);
      if (target && !visited.has(target)) {
        visited.add(target);
        files.push(target);
      }
    }
  }
  const reach: ReexportReach = { names: anyName ? 'any' : names, files };
  byFile.set(file, reach);
  return reach;
}
