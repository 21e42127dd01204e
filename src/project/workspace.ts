import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { createGlobMatcher } from './glob.js';
import { collectPrismaModels, type DeclaredModel } from './prisma-models.js';
import { IGNORED_DIRECTORIES, walkFiles } from './walk.js';

/** Where a workspace package keeps its entry points, as its package.json says (read as data). */
export interface PackageEntries {
  exports?: unknown;
  main?: string;
  module?: string;
  types?: string;
  source?: string;
}

export interface WorkspacePackage {
  name: string;
  /** Absolute folder, forward slashes. */
  dir: string;
  entries: PackageEntries;
}

/** A package.json that declares subpath imports (`"imports": { "#app/*": "./app/*" }`) for the files below it. */
export interface PackageImportScope {
  /** Absolute folder of the package.json, forward slashes. */
  dir: string;
  imports: Record<string, unknown>;
}

/** A client a code generator writes (Prisma's `output`): imports of that folder are the library itself. */
export interface GeneratedClient {
  /** Absolute folder, forward slashes. */
  dir: string;
  module: string;
  /** Where the generator is declared, relative to the repository root. */
  declaredIn: string;
}

/** Something in the repository's layout that could not be read as written; the scan goes on without it. */
export interface LayoutProblem {
  /** Relative to the scanned root, forward slashes; with `:line` when known. */
  file: string;
  message: string;
}

export interface RepositoryLayout {
  /** Absolute folder holding the workspace markers (the scanned root when there are none). */
  root: string;
  /** Which markers made it a monorepo: `package.json workspaces`, `pnpm-workspace.yaml`, `nx.json`, ... */
  workspaces: string[];
  packages: WorkspacePackage[];
  generated: GeneratedClient[];
  /** The package.json files (root and workspace packages) that declare subpath `imports`. */
  importScopes: PackageImportScope[];
  /** The models of the repository's Prisma schema files: which records the code writes and reads. */
  models: DeclaredModel[];
  /** Every package each package.json of the repository declares (dependencies of any kind). */
  dependencies: ReadonlySet<string>;
  /** The packages declared as `dependencies`, `peerDependencies` or `optionalDependencies`: what runs in production. */
  runtimeDependencies: ReadonlySet<string>;
  problems: LayoutProblem[];
}

const MARKERS = ['pnpm-workspace.yaml', 'nx.json', 'lerna.json', 'turbo.json', 'rush.json'];

// https://www.prisma.io/docs/orm/prisma-schema/overview/generators
const CLIENT_GENERATORS: Record<string, string> = { 'prisma-client-js': '@prisma/client', 'prisma-client': '@prisma/client' };

/**
 * Reads how the repository around `scanRoot` is laid out: its workspace packages (package manager workspaces,
 * pnpm, Nx projects, Lerna), the dependencies any of its package.json files declare, and clients generated into
 * the project's own folders. Everything is read as data: no config file, plugin or generator is run.
 */
export function readRepositoryLayout(scanRoot: string): RepositoryLayout {
  const root = findRepositoryRoot(scanRoot);
  const toDisplay = (path: string) => relative(scanRoot, path).replaceAll('\\', '/') || '.';
  const problems: LayoutProblem[] = [];
  const workspaces: string[] = [];
  /** `prefixed` turns a pattern into one relative to the repository root (a nested workspace's patterns are relative to it). */
  const patterns: { pattern: string; declaredIn: string; line: number | undefined; prefixed: (pattern: string) => string }[] = [];

  const rootManifest = readJson(join(root, 'package.json'), toDisplay, problems);
  // A repository whose JavaScript lives in one folder beside other code (`web/` of a Go service) keeps its workspace
  // markers there: that folder's packages are the repository's, and the repository stays the root.
  const workspaceRoots = isWorkspaceRoot(root) ? [root] : findNestedWorkspaceRoots(root);
  const nestedManifests: { dir: string; manifest: Record<string, unknown> }[] = [];
  const nxRoots: string[] = [];
  for (const workspaceRoot of workspaceRoots) {
    const prefix = relative(root, workspaceRoot).replaceAll('\\', '/');
    const marker = (name: string) => (prefix ? `${prefix}/${name}` : name);
    const manifest = workspaceRoot === root ? rootManifest : readJson(join(workspaceRoot, 'package.json'), toDisplay, problems);
    if (manifest && workspaceRoot !== root) nestedManifests.push({ dir: workspaceRoot, manifest });
    const declared = manifest?.workspaces;
    const workspaceList = Array.isArray(declared) ? declared : isRecord(declared) && Array.isArray(declared.packages) ? declared.packages : undefined;
    if (workspaceList) {
      workspaces.push(`${marker('package.json')} workspaces`);
      addPatterns(workspaceList, join(workspaceRoot, 'package.json'), prefix);
    }
    const pnpmFile = join(workspaceRoot, 'pnpm-workspace.yaml');
    if (existsSync(pnpmFile)) {
      workspaces.push(marker('pnpm-workspace.yaml'));
      const text = readFileSync(pnpmFile, 'utf8');
      const document = parseDocument(text);
      if (document.errors.length > 0) problems.push({ file: `${toDisplay(pnpmFile)}:${document.errors[0]!.linePos?.[0].line ?? 1}`, message: `not valid YAML (${document.errors[0]!.message.split('\n')[0]}); its packages were not read` });
      else addPatterns((document.toJSON() as { packages?: unknown } | null)?.packages, pnpmFile, prefix);
    }
    const lernaFile = join(workspaceRoot, 'lerna.json');
    if (existsSync(lernaFile)) {
      workspaces.push(marker('lerna.json'));
      addPatterns(readJson(lernaFile, toDisplay, problems)?.packages, lernaFile, prefix);
    }
    for (const name of ['nx.json', 'turbo.json', 'rush.json']) if (existsSync(join(workspaceRoot, name))) workspaces.push(marker(name));
    if (existsSync(join(workspaceRoot, 'nx.json')) && !workspaceList) nxRoots.push(workspaceRoot.replaceAll('\\', '/'));
  }

  // A single-package project needs no package discovery: only its Prisma schema, where Prisma looks for it.
  const walked = (workspaces.length > 0 ? walkFiles(root).files : listPrismaSchemas(root, rootManifest)).map((file) => file.replaceAll('\\', '/'));
  const manifestDirs = walked.filter((file) => basename(file) === 'package.json').map(dirname);
  const projectDirs = walked.filter((file) => basename(file) === 'project.json').map(dirname);
  const toRepoPath = (dir: string) => relative(root, dir).replaceAll('\\', '/');

  const positive = patterns.filter((entry) => !entry.pattern.startsWith('!'));
  const isNegated = createGlobMatcher(patterns.filter((entry) => entry.pattern.startsWith('!')).map((entry) => entry.prefixed(entry.pattern.slice(1))));
  const packageDirs = new Set<string>();
  for (const entry of positive) {
    const matches = createGlobMatcher([entry.prefixed(entry.pattern)]);
    const found = manifestDirs.filter((dir) => dir !== root.replaceAll('\\', '/') && matches(toRepoPath(dir)) && !isNegated(toRepoPath(dir)));
    if (found.length === 0) {
      problems.push({ file: `${toDisplay(entry.declaredIn)}${entry.line ? `:${entry.line}` : ''}`, message: `workspace pattern \`${entry.pattern}\` matches no package; fix or remove it` });
    }
    for (const dir of found) packageDirs.add(dir);
  }
  // Nx knows a project by its project.json; packages of an Nx repository without workspaces are every package.json.
  for (const dir of projectDirs) packageDirs.add(dir);
  for (const nxRoot of nxRoots) {
    for (const dir of manifestDirs) if (dir !== nxRoot && dir.startsWith(`${nxRoot}/`)) packageDirs.add(dir);
  }

  const rootManifests = [rootManifest, ...nestedManifests.map((nested) => nested.manifest)];
  const dependencies = new Set<string>(rootManifests.flatMap((manifest) => listDependencies(manifest)));
  const runtimeDependencies = new Set<string>(rootManifests.flatMap((manifest) => listDependencies(manifest, RUNTIME_DEPENDENCY_KEYS)));
  const packages: WorkspacePackage[] = [];
  const importScopes: PackageImportScope[] = [];
  addImportScope(root, rootManifest);
  for (const nested of nestedManifests) addImportScope(nested.dir, nested.manifest);
  const byName = new Map<string, WorkspacePackage>();
  for (const dir of [...packageDirs].sort()) {
    const manifest = existsSync(join(dir, 'package.json')) ? readJson(join(dir, 'package.json'), toDisplay, problems) : undefined;
    for (const dependency of listDependencies(manifest)) dependencies.add(dependency);
    addImportScope(dir, manifest);
    for (const dependency of listDependencies(manifest, RUNTIME_DEPENDENCY_KEYS)) runtimeDependencies.add(dependency);
    const project = !manifest?.name && existsSync(join(dir, 'project.json')) ? readJson(join(dir, 'project.json'), toDisplay, problems) : undefined;
    const name = typeof manifest?.name === 'string' ? manifest.name : typeof project?.name === 'string' ? project.name : undefined;
    if (!name) continue;
    const known = byName.get(name);
    if (known) {
      problems.push({ file: toDisplay(join(dir, 'package.json')), message: `two packages are named \`${name}\` (the other is ${toDisplay(known.dir) || '.'}); imports of it resolve to ${toDisplay(known.dir)}` });
      continue;
    }
    const workspacePackage: WorkspacePackage = { name, dir, entries: readEntries(manifest) };
    byName.set(name, workspacePackage);
    packages.push(workspacePackage);
  }

  // Each schema file is read once for both what it generates and the models it declares; one that cannot be read adds nothing.
  const schemas = walked.filter((file) => file.endsWith('.prisma')).flatMap((file) => {
    try {
      return [{ file, text: readFileSync(file, 'utf8') }];
    } catch {
      return [];
    }
  });
  const generated = schemas.flatMap((schema) => readGeneratedClients(schema.file, schema.text, root));
  const models = collectPrismaModels(schemas.map((schema) => schema.text));
  return { root: root.replaceAll('\\', '/'), workspaces, packages, generated, importScopes, models, dependencies, runtimeDependencies, problems };

  function addImportScope(dir: string, manifest: Record<string, unknown> | undefined) {
    if (isRecord(manifest?.imports)) importScopes.push({ dir: dir.replaceAll('\\', '/'), imports: manifest.imports });
  }

  function addPatterns(list: unknown, declaredIn: string, prefix: string) {
    if (!Array.isArray(list)) return;
    const text = readFileSync(declaredIn, 'utf8');
    const prefixed = (pattern: string) => (prefix ? `${prefix}/${normalizePattern(pattern)}` : normalizePattern(pattern));
    for (const pattern of list) {
      if (typeof pattern !== 'string') continue;
      const at = text.indexOf(pattern);
      patterns.push({ pattern, declaredIn, line: at === -1 ? undefined : text.slice(0, at).split('\n').length, prefixed });
    }
  }
}

/**
 * The nearest folder at or above `scanRoot` that declares workspaces, so scanning one app still knows its
 * sibling packages. The search stops at a `.git` folder: a repository never reaches into its parent.
 */
export function findRepositoryRoot(scanRoot: string): string {
  let dir = resolve(scanRoot);
  for (;;) {
    if (isWorkspaceRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return resolve(scanRoot);
    dir = parent;
  }
}

/** How deep below a repository without markers its JavaScript workspace may sit (`web/`, `frontend/app/`). */
const NESTED_WORKSPACE_DEPTH = 2;

/**
 * The outermost folders below `root`, at most NESTED_WORKSPACE_DEPTH deep, that declare workspaces (dependency and
 * build folders, dot-folders and test fixtures skipped): a polyglot repository's `web/pnpm-workspace.yaml`.
 */
function findNestedWorkspaceRoots(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || IGNORED_DIRECTORIES.has(entry.name) || NOT_PRODUCT_FOLDERS.test(entry.name)) continue;
      const child = join(dir, entry.name);
      if (isWorkspaceRoot(child)) found.push(child);
      else if (depth < NESTED_WORKSPACE_DEPTH) visit(child, depth + 1);
    }
  };
  visit(root, 1);
  return found;
}

/** Folders whose workspaces are not the product's: examples, templates, test fixtures. */
const NOT_PRODUCT_FOLDERS = /^(examples?|templates?|fixtures?|__fixtures__|test|tests|e2e|samples?|vendor|third[-_]party)$/i;

function isWorkspaceRoot(dir: string): boolean {
  if (MARKERS.some((marker) => existsSync(join(dir, marker)))) return true;
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces !== undefined;
  } catch {
    return false;
  }
}

// https://www.prisma.io/docs/orm/prisma-schema/overview/location: `prisma/`, the root, or package.json `prisma.schema`.
function listPrismaSchemas(root: string, manifest: Record<string, unknown> | undefined): string[] {
  const configured = isRecord(manifest?.prisma) && typeof manifest.prisma.schema === 'string' ? resolve(root, manifest.prisma.schema) : undefined;
  const places = [join(root, 'prisma'), ...(configured ? [configured] : [])];
  const files = places.flatMap((place) => {
    if (!existsSync(place)) return [];
    return statSync(place).isDirectory() ? walkFiles(place).files : [place];
  });
  let atRoot: string[] = [];
  try {
    atRoot = readdirSync(root).filter((name) => name.endsWith('.prisma')).map((name) => join(root, name));
  } catch {
    // Not a folder: listing the project's files says so, in one sentence.
  }
  return [...new Set([...files, ...atRoot])].filter((file) => file.endsWith('.prisma')).sort();
}

const normalizePattern = (pattern: string) => pattern.replace(/^\.\//, '').replace(/\/+$/, '');

function readEntries(manifest: Record<string, unknown> | undefined): PackageEntries {
  if (!manifest) return {};
  const entries: PackageEntries = {};
  if (manifest.exports !== undefined) entries.exports = manifest.exports;
  for (const key of ['main', 'module', 'types', 'typings', 'source'] as const) {
    const value = manifest[key];
    if (typeof value === 'string') entries[key === 'typings' ? 'types' : key] = value;
  }
  return entries;
}

const RUNTIME_DEPENDENCY_KEYS = ['dependencies', 'peerDependencies', 'optionalDependencies'];

export function listDependencies(manifest: Record<string, unknown> | undefined, keys = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']): string[] {
  if (!manifest) return [];
  return keys.flatMap((key) => {
    const value = manifest[key];
    return isRecord(value) ? Object.keys(value) : [];
  });
}

function readJson(file: string, toDisplay: (path: string) => string, problems: LayoutProblem[]): Record<string, unknown> | undefined {
  let text: string;
  try {
    if (!statSync(file).isFile()) return undefined;
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as unknown;
    return isRecord(value) ? value : undefined;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    const where = `${toDisplay(file)}${line ? `:${line}` : ''}`;
    if (!problems.some((problem) => problem.file === where)) problems.push({ file: where, message: 'not valid JSON; the package was read without it (fix the file)' });
    return undefined;
  }
}

/** The `generator` blocks of a Prisma schema file (one file, or one of a multi-file schema folder). */
function readGeneratedClients(schemaFile: string, text: string, root: string): GeneratedClient[] {
  const clients: GeneratedClient[] = [];
  for (const block of text.replace(/\/\/[^\n]*/g, '').matchAll(/\bgenerator\s+\w+\s*\{([^}]*)\}/g)) {
    const provider = /\bprovider\s*=\s*"([^"]+)"/.exec(block[1]!)?.[1];
    const output = /\boutput\s*=\s*"([^"]+)"/.exec(block[1]!)?.[1];
    const module = provider ? CLIENT_GENERATORS[provider] : undefined;
    if (!module || !output) continue;
    clients.push({ dir: resolve(dirname(schemaFile), output).replaceAll('\\', '/'), module, declaredIn: relative(root, schemaFile).replaceAll('\\', '/') });
  }
  return clients;
}

export const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
