import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ts } from 'ts-morph';
import { isRecord, type GeneratedClient, type PackageImportScope, type WorkspacePackage } from './workspace.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** What resolution knows of the repository beyond one file: its workspace packages and generated clients. */
export interface WorkspaceIndex {
  packages: readonly WorkspacePackage[];
  generated: readonly GeneratedClient[];
  /** package.json files declaring subpath `imports` (`#app/*`); absent when the index predates them. */
  importScopes?: readonly PackageImportScope[];
}

/** Where modules are looked up: the files of the scan (analysis), or the disk (following an app into its packages). */
export interface ModuleLookup<T> {
  root: string;
  workspace: WorkspaceIndex | undefined;
  /** Must answer the same for a path as long as the lookup is used: resolutions are remembered per lookup. */
  find(absolutePath: string): T | undefined;
}

/**
 * Resolves an import specifier to a project file: relative paths, tsconfig `paths`/`baseUrl`, package.json subpath
 * imports (`#app/*`), the repository's workspace packages (through `exports`, `main`, `types`, or their sources beside a build folder), and the common
 * `@/` and `~/` aliases. Returns undefined for npm packages and for files the lookup does not know.
 */
export function resolveModule<T>(lookup: ModuleLookup<T>, fromPath: string, options: ts.CompilerOptions | undefined, specifier: string): T | undefined {
  // The candidates depend on the importing file only through its folder (candidateBases), so the files of one
  // folder share their answers: each import was otherwise probed again, extension by extension, from every file.
  let byOptions = resolutions.get(lookup);
  if (!byOptions) {
    byOptions = new WeakMap();
    resolutions.set(lookup, byOptions);
  }
  const optionsKey = options ?? NO_OPTIONS;
  let memo = byOptions.get(optionsKey);
  if (!memo) {
    memo = new Map();
    byOptions.set(optionsKey, memo);
  }
  const key = `${dirname(fromPath)}\u0000${specifier}`;
  if (memo.has(key)) return memo.get(key) as T | undefined;
  let resolved: T | undefined;
  for (const base of candidateBases(lookup, fromPath, options, specifier)) {
    resolved = findFile(lookup, base);
    if (resolved !== undefined) break;
  }
  memo.set(key, resolved);
  return resolved;
}

const NO_OPTIONS: ts.CompilerOptions = {};
const resolutions = new WeakMap<ModuleLookup<unknown>, WeakMap<ts.CompilerOptions, Map<string, unknown>>>();

/** The generated client (Prisma's `output` folder) the specifier points into, if any. */
export function findGeneratedClient(lookup: ModuleLookup<unknown>, fromPath: string, options: ts.CompilerOptions | undefined, specifier: string): GeneratedClient | undefined {
  const generated = lookup.workspace?.generated ?? [];
  if (generated.length === 0) return undefined;
  for (const base of candidateBases(lookup, fromPath, options, specifier)) {
    const normalized = base.replaceAll('\\', '/');
    const client = generated.find((entry) => normalized === entry.dir || normalized.startsWith(`${entry.dir}/`));
    if (client) return client;
  }
  return undefined;
}

/**
 * The project's own code by its name: a workspace package, a tsconfig `paths` alias, or a root alias (`@/`, `~/`,
 * `#`). Such a specifier that does not resolve is a limit of privlint's reading, counted in the summary, never a
 * third-party package.
 */
export function isOwnSpecifier(workspace: WorkspaceIndex | undefined, options: ts.CompilerOptions | undefined, specifier: string): boolean {
  if (!isBareSpecifier(specifier) || /^[@~#]\//.test(specifier) || specifier.startsWith('#')) return true;
  const name = toPackageName(specifier);
  if (workspace?.packages.some((entry) => entry.name === name)) return true;
  return Object.keys(options?.paths ?? {}).some((pattern) => pattern !== '*' && matchPattern(pattern, specifier) !== undefined);
}

/** Absolute paths, without extension probing, that the specifier may name, in the order TypeScript would try them. */
function candidateBases(lookup: ModuleLookup<unknown>, fromPath: string, options: ts.CompilerOptions | undefined, specifier: string): string[] {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return [resolve(dirname(fromPath), specifier)];
  const bases: string[] = specifier.startsWith('#') ? subpathImportBases(lookup.workspace?.importScopes ?? [], fromPath, specifier) : [];
  if (options?.paths) {
    const base = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? lookup.root;
    for (const [pattern, substitutions] of Object.entries(options.paths)) {
      const captured = matchPattern(pattern, specifier);
      if (captured === undefined) continue;
      for (const substitution of substitutions) bases.push(resolve(base, substitution.replace('*', captured)));
    }
  }
  if (options?.baseUrl) bases.push(resolve(options.baseUrl, specifier));
  const name = toPackageName(specifier);
  const workspacePackage = lookup.workspace?.packages.find((entry) => entry.name === name);
  if (workspacePackage) bases.push(...packageEntryBases(workspacePackage, `.${specifier.slice(name.length)}`));
  const alias = /^[@~#]\/(.*)$/.exec(specifier);
  if (alias) bases.push(join(lookup.root, 'src', alias[1]!), join(lookup.root, alias[1]!));
  return bases;
}

/**
 * Node's subpath imports (https://nodejs.org/api/packages.html#subpath-imports): the package.json nearest above the
 * importing file maps `#name` or a `#prefix/*` pattern (the longest matching prefix wins) to files of its own
 * package, under conditions read like `exports`. Targets that name another package are npm's business, not ours.
 */
function subpathImportBases(scopes: readonly PackageImportScope[], fromPath: string, specifier: string): string[] {
  const from = fromPath.replaceAll('\\', '/');
  const scope = scopes
    .filter((candidate) => from.startsWith(`${candidate.dir}/`))
    .reduce<PackageImportScope | undefined>((nearest, candidate) => (nearest && nearest.dir.length >= candidate.dir.length ? nearest : candidate), undefined);
  if (!scope) return [];
  const targets = mappedTargets(scope.imports, specifier);
  return [...new Set(targets.filter((target) => target.startsWith('./')).flatMap(sourceTwins))].map((target) => join(scope.dir, target));
}

/** The targets a `exports`/`imports` map gives `key`: its exact entry, else the pattern with the longest prefix. */
function mappedTargets(map: Record<string, unknown>, key: string): string[] {
  if (map[key] !== undefined && !key.includes('*')) return conditionLeaves(map[key]);
  let best: { pattern: string; captured: string } | undefined;
  for (const pattern of Object.keys(map)) {
    if (!pattern.includes('*')) continue;
    const captured = matchPattern(pattern, key);
    if (captured !== undefined && (!best || pattern.indexOf('*') > best.pattern.indexOf('*'))) best = { pattern, captured };
  }
  return best ? conditionLeaves(map[best.pattern]).map((target) => target.replaceAll('*', best.captured)) : [];
}

/**
 * Where a workspace package's code for `subpath` (`.`, `./button`) lives: the `exports` targets (every condition,
 * `source` and `types` first), else `source`, `types`, `module`, `main` and `index`. A target in a build folder
 * (`dist/index.js`, `dist/index.d.ts`) is also looked for in `src/` and at the package root, because the scan reads
 * sources and a repository rarely commits its builds.
 */
function packageEntryBases(workspacePackage: WorkspacePackage, subpath: string): string[] {
  const { entries, dir } = workspacePackage;
  let targets = entries.exports !== undefined ? exportTargets(entries.exports, subpath) : [];
  if (targets.length === 0) {
    targets =
      subpath === '.'
        ? [entries.source, entries.types, entries.module, entries.main, './index', './src/index'].filter((target): target is string => target !== undefined)
        : [subpath, `./src/${subpath.slice(2)}`];
  }
  return [...new Set(targets.flatMap(sourceTwins))].map((target) => join(dir, target));
}

function exportTargets(exports: unknown, subpath: string): string[] {
  if (typeof exports === 'string' || Array.isArray(exports)) return subpath === '.' ? conditionLeaves(exports) : [];
  if (!isRecord(exports)) return [];
  const keys = Object.keys(exports);
  if (!keys.some((key) => key.startsWith('.'))) return subpath === '.' ? conditionLeaves(exports) : [];
  return mappedTargets(exports, subpath);
}

const PREFERRED_CONDITIONS = ['source', 'types', 'typescript', 'development', 'import', 'module', 'require', 'node', 'default'];

function conditionLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(conditionLeaves);
  if (!isRecord(value)) return [];
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return keys.flatMap((key) => conditionLeaves(value[key]));
}

const rank = (condition: string) => {
  const index = PREFERRED_CONDITIONS.indexOf(condition);
  return index === -1 ? PREFERRED_CONDITIONS.length : index;
};

function sourceTwins(target: string): string[] {
  const stem = target.replace(/\.d\.[mc]?ts$/, '');
  const build = /^(\.\/)?(dist|build|lib|out|esm|cjs)\/(?:(?:esm|cjs|src)\/)?(.*)$/.exec(stem);
  if (!build) return [stem];
  return [stem, `./src/${build[3]}`, `./${build[3]}`];
}

function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

function findFile<T>(lookup: ModuleLookup<T>, base: string): T | undefined {
  const normalized = base.replaceAll('\\', '/');
  const direct = lookup.find(normalized);
  if (direct !== undefined) return direct;
  const withoutJs = normalized.replace(/\.(m|c)?jsx?$/, '');
  for (const stem of new Set([normalized, withoutJs])) {
    for (const extension of SOURCE_EXTENSIONS) {
      const file = lookup.find(stem + extension) ?? lookup.find(`${stem}/index${extension}`);
      if (file !== undefined) return file;
    }
  }
  return undefined;
}

/** The npm package name of a bare specifier: `@scope/name` or `name` (`firebase/analytics` → `firebase`). */
export function toPackageName(specifier: string): string {
  const parts = specifier.replace(/^node:/, '').split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export const isBareSpecifier = (specifier: string): boolean => !specifier.startsWith('.') && !isAbsolute(specifier);

