import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isRecord, listDependencies } from './workspace.js';

export interface DependencyLookup {
  /** Packages the file's workspace depends on, or undefined when no package.json was found (then every SDK counts). */
  dependenciesOf(absoluteFile: string): ReadonlySet<string> | undefined;
}

/**
 * Which npm packages a file may import: the dependencies of its nearest package.json, plus those of every
 * package.json above it up to the root (monorepos often hoist shared SDKs to the root manifest), plus
 * `repositoryWide`: in a monorepo, what any package declares (a client made in one package is used from another).
 * Read as JSON only: nothing is installed or executed.
 */
export function createDependencyLookup(root: string, repositoryWide?: ReadonlySet<string>): DependencyLookup {
  const byDirectory = new Map<string, ReadonlySet<string> | undefined>();
  const ownByDirectory = new Map<string, string[] | undefined>();

  const ownDependencies = (dir: string): string[] | undefined => {
    if (ownByDirectory.has(dir)) return ownByDirectory.get(dir);
    let result: string[] | undefined;
    const file = join(dir, 'package.json');
    // Most folders have none: asking first is cheaper than the exception a failed read throws.
    if (!existsSync(file)) {
      ownByDirectory.set(dir, undefined);
      return undefined;
    }
    try {
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      result = listDependencies(isRecord(json) ? json : undefined);
    } catch {
      result = undefined;
    }
    ownByDirectory.set(dir, result);
    return result;
  };

  const forDirectory = (dir: string): ReadonlySet<string> | undefined => {
    if (byDirectory.has(dir)) return byDirectory.get(dir);
    const own = ownDependencies(dir);
    const insideRoot = !relative(root, dir).startsWith('..');
    const parent = dirname(dir);
    const inherited = insideRoot && dir !== root && parent !== dir ? forDirectory(parent) : undefined;
    let result: ReadonlySet<string> | undefined;
    if (own === undefined) result = inherited;
    else result = new Set([...own, ...(inherited ?? [])]);
    byDirectory.set(dir, result);
    return result;
  };

  if (!repositoryWide) return { dependenciesOf: (file) => forDirectory(dirname(file)) };
  const withRepository = new Map<ReadonlySet<string> | undefined, ReadonlySet<string>>();
  return {
    dependenciesOf(file) {
      const own = forDirectory(dirname(file));
      let merged = withRepository.get(own);
      if (!merged) {
        merged = new Set([...(own ?? []), ...repositoryWide]);
        withRepository.set(own, merged);
      }
      return merged;
    },
  };
}
