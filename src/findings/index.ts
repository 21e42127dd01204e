import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ts } from 'ts-morph';
import { PrivlintError } from '../errors.js';
import type { UserSdkEntry } from '../manifest/types.js';
import type { Finding, Gap, ScanResult, SkippedFile } from '../model.js';
import { CONFIDENCE_RANK } from '../model.js';
import { createDependencyLookup, isInShard, listProjectFiles } from '../project/index.js';
import type { ProjectFile, Shard } from '../project/index.js';
import { VERSION } from '../version.js';
import type { AnalysisOutput } from './analyze.js';
import { listImports } from '../cache/list-imports.js';
import { createAnalysisSession, mayDeclareGlobals } from './analysis-session.js';
import type { AnalysisClock, AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';
import type { Engine, ScanFile } from './context.js';
import { resolveImportTargets } from './modules.js';
import type { WorkspaceIndex } from './modules.js';
import { describeReading } from '../project/reading.js';
import type { CallExplanation } from './explain-calls.js';
import { readRepositoryLayout } from '../project/workspace.js';
import type { DeclaredModel } from '../project/prisma-models.js';
import { implementationKeys } from './implementations.js';
import { chooseThreadCount } from './threads.js';
import { CATALOG } from './catalog/index.js';
import { resolveConfiguredDestinations } from './configured-destinations.js';
import { createEndpointLookup } from './endpoints.js';
import { listRecipientCandidates } from './recipient-candidates.js';
import { readExampleEnvHosts } from '../project/env-examples.js';
import { openCache } from './scan-cache-keys.js';
import { hashText } from '../cache/scan-cache.js';

export interface ScanOptions {
  /** Absolute directory. */
  root: string;
  include?: string[];
  exclude?: string[];
  /** Manifest `scan.sdks`. */
  sdks?: UserSdkEntry[];
  /** Manifest field aliases: code name → category. */
  aliases?: Record<string, string>;
  /** Lazy type expansion of objects passed whole; default true (`--no-types` turns it off). */
  types?: boolean;
  /** Keep per-file results in this folder between runs (src/cache/README.md); no cache when undefined. */
  cache?: { location: string };
  /**
   * Threads to analyse with (`--concurrency`): 1 analyses on the main thread only; undefined picks as many as the
   * cores and the amount of code make worthwhile.
   */
  concurrency?: number;
  /** Analyse only this slice of the files (`--shard K/N`); every file is still read, so flows across files hold. */
  shard?: Shard;
  /**
   * Texts to read instead of the files on disk, by absolute path: an editor's unsaved buffer (the ESLint rule).
   * Only files the project lists are read; a text for any other path is ignored.
   */
  sourceTexts?: ReadonlyMap<string, string>;
  onProgress?: (done: number, total: number) => void;
  /** The files the scan reads, with their texts, once listed: `check` looks for suppression comments in them. */
  onListed?: (files: readonly ProjectFile[]) => void;
  /** Milliseconds per stage, once the scan is done (`--timings`). */
  onTimings?: (timings: ScanTimings) => void;
  /** Something the user should know that does not change the result (a cache that could not be written). */
  onNotice?: (message: string) => void;
  /** `--explain file:line`: also say what each call on that line resolved to (`ScanResult.explainedCalls`). */
  explainLine?: { file: string; line: number };
}

export interface ScanTimings {
  list: number;
  read: number;
  /** Hashing, the import graph, and reading and writing the cache. */
  cache: number;
  parse: number;
  /** Walking the files and following the data, without the parsing and type checker time inside it. */
  analyse: number;
  /** Building the type program and answering type questions. */
  types: number;
  /** Threads that analysed files; parse, analyse and types are summed over them. */
  threads: number;
  /** `typed`: of the analysed files, those whose analysis asked the type checker. */
  files: { total: number; analysed: number; fromCache: number; parsed: number; typed: number };
}

/** Finds where personal data is collected, stored, logged and sent in the TypeScript project at `root`. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const layout = readRepositoryLayout(root);
  const listing = listProjectFiles({ root, include: options.include, exclude: options.exclude, layout, ...(options.cache ? { cacheLocation: options.cache.location } : {}) });
  for (const { list, pattern } of listing.unmatchedPatterns) {
    options.onNotice?.(
      `warning: scan.${list} pattern ${JSON.stringify(pattern)} in the manifest matches no file, so it ${list === 'include' ? 'adds' : 'excludes'} nothing; fix the pattern (a folder such as src/lib covers everything in it) or remove it.`,
    );
  }
  if (listing.files.length === 0) {
    throw new PrivlintError(
      'E_NO_FILES',
      `No TypeScript files to scan in ${root}${listing.skipped.length > 0 ? ` (${listing.skipped.length} skipped)` : ''}; check the folder, its tsconfig.json include, or scan.include in privacy.yml.`,
    );
  }

  const isMonorepo = layout.packages.length > 0;
  const workspace: WorkspaceIndex = { packages: layout.packages, generated: layout.generated, importScopes: layout.importScopes };
  const files = options.sourceTexts ? listing.files.map((file) => ({ ...file, text: options.sourceTexts?.get(file.absolutePath) ?? file.text })) : listing.files;
  options.onListed?.(files);
  const result = await scanFiles({
    root,
    files,
    followed: listing.followed,
    declarations: listing.declarations,
    skipped: listing.skipped,
    compilerOptions: listing.compilerOptions,
    // A catalogued service is live when any package.json of the repository declares it.
    dependenciesOf: createDependencyLookup(layout.root, isMonorepo ? layout.dependencies : undefined).dependenciesOf,
    workspace,
    models: layout.models,
    options,
    started,
    timings: listing.timings,
  });
  result.summary.project = describeReading({ root, layout, listing, workspace });
  const envHosts = readExampleEnvHosts([root, ...(layout.root !== root ? [layout.root] : []), ...layout.packages.map((pkg) => pkg.dir)]);
  // Entries of `scan.sdks` list no endpoints: the catalog's own are all there is to match.
  result.findings = resolveConfiguredDestinations(result.findings, envHosts, createEndpointLookup(CATALOG));
  result.summary.recipientCandidates = listRecipientCandidates(result.findings, result.gaps);
  return result;
}

export interface FileSet {
  root: string;
  files: readonly ProjectFile[];
  /** Files outside the root read only so that flows follow into them (list-files.ts). */
  followed?: readonly ProjectFile[];
  /** The project's `.d.ts` files (list-files.ts): those that declare globals type the project's values. */
  declarations?: readonly ProjectFile[];
  workspace?: WorkspaceIndex;
  /** The models of the project's schema files (Prisma): what its database records hold. */
  models?: readonly DeclaredModel[];
  skipped: SkippedFile[];
  compilerOptions: ReadonlyMap<string, ts.CompilerOptions>;
  dependenciesOf: (absoluteFile: string) => ReadonlySet<string> | undefined;
  options: Omit<ScanOptions, 'root' | 'include' | 'exclude'>;
  started?: number;
  timings?: { listMs: number; readMs: number };
}

/**
 * Scans files already read (from disk by `scan`, or given inline by tests); never touches the file system
 * except for the optional cache. Files are analysed one at a time with fresh state (analysis-session.ts), on as
 * many threads as pay (parallel.ts); the result does not depend on the order or the thread.
 */
export async function scanFiles(set: FileSet): Promise<ScanResult> {
  const started = set.started ?? performance.now();
  const { root, options } = set;
  const skipped = [...set.skipped];
  // Code nested too deep for the parser costs only its statement (deep-code.ts), never the whole file.
  const scanned = set.files;
  if (scanned.length === 0) {
    throw new PrivlintError('E_NO_FILES', `No TypeScript file in ${root} could be scanned (${skipped.length} skipped); see the skipped files in the report.`);
  }
  const aliases = options.aliases ?? {};
  const types = options.types !== false;
  const followedPaths = new Set((set.followed ?? []).map((file) => file.path));
  const sessionFiles: SessionFile[] = [...scanned, ...(set.followed ?? [])].map((file) => ({
    absolutePath: file.absolutePath,
    path: file.path,
    text: file.text,
    dependencies: set.dependenciesOf(file.absolutePath),
    compilerOptions: set.compilerOptions.get(file.absolutePath),
  }));
  const ambient = (set.declarations ?? []).filter((file) => mayDeclareGlobals(file.text));
  const settings: AnalysisSettings = {
    root,
    sdks: options.sdks,
    aliases,
    types,
    rootOptions: set.compilerOptions.get(scanned[0]!.absolutePath) ?? [...set.compilerOptions.values()][0],
    keepShapes: options.cache !== undefined,
    ...(set.workspace ? { workspace: set.workspace } : {}),
    models: set.models ?? [],
    ambientDeclarations: ambient.map((file) => ({ absolutePath: file.absolutePath.replaceAll('\\', '/'), text: file.text })),
  };
  const session = createAnalysisSession(sessionFiles, settings);
  const { files } = session;

  const targets = [...files.values()].filter((file) => !followedPaths.has(file.path) && (!options.shard || isInShard(file.path, options.shard)));
  let cacheMs = 0;
  const cacheStarted = performance.now();
  const cache = options.cache
    ? openCache(options.cache.location, root, files, [...scanned, ...(set.followed ?? [])], { aliases, sdks: options.sdks ?? [], types, models: set.models ?? [], ambient: ambient.map((file) => `${file.path}\u0000${hashText(file.text)}`), implementations: implementationKeys(session.implementations, (absolute) => files.get(absolute)?.path ?? absolute), ...(set.workspace ? { workspace: set.workspace } : {}) })
    : undefined;
  cacheMs += performance.now() - cacheStarted;

  const results = new Map<string, FileResult | { cached: AnalysisOutput } | { cachedSkip: string }>();
  const toAnalyse: ScanFile[] = [];
  for (const file of targets) {
    const cached = cache?.reuse(file.path);
    if (!cached) toAnalyse.push(file);
    else results.set(file.path, cached.skipped !== undefined ? { cachedSkip: cached.skipped } : { cached: cached.output });
  }
  const fromCache = targets.length - toAnalyse.length;
  let done = fromCache;
  const workerClocks: AnalysisClock[] = [];
  const needsParseFlags = targets.some((file) => cache?.partlyParsed(file.path) === undefined);
  if (toAnalyse.length > 0 || needsParseFlags) await session.loadEngine();
  if (toAnalyse.length > 0) {
    const textBytes = new Map(sessionFiles.map((file) => [file.path, file.text.length]));
    const bytes = toAnalyse.reduce((sum, file) => sum + textBytes.get(file.path)!, 0);
    // Never more threads than files: each would load TypeScript and the engine for nothing.
    const threads = Math.min(chooseThreadCount(options.concurrency, bytes, toAnalyse.length), toAnalyse.length);
    const imports = toAnalyse.length > 1 ? (cache?.importEdges ?? listImportEdges(sessionFiles, session.files, root, set.workspace)) : new Map<string, string[]>();
    const releasable = findUnimportedFiles(imports);
    const onResult = (index: number, result: FileResult) => {
      results.set(toAnalyse[index]!.path, result);
      options.onProgress?.(++done, targets.length);
    };
    if (threads > 1) {
      const { analyseInParallel } = await import('./parallel.js');
      const run = await analyseInParallel({
        session,
        input: sessionFiles,
        settings,
        order: toAnalyse,
        releasable,
        imports,
        threads,
        onResult,
        yieldNow: () => new Promise((next) => setImmediate(next)),
        ...(options.onNotice ? { onNotice: options.onNotice } : {}),
      });
      for (const [path, partly] of run.parsed) if (!session.parsed.has(path)) session.parsed.set(path, partly);
      for (const [path, shape] of run.shapes) if (!session.shapes.has(path)) session.shapes.set(path, shape);
      workerClocks.push(...run.clocks);
    } else {
      for (const [index, file] of toAnalyse.entries()) {
        onResult(index, session.analyse(file));
        if (releasable.has(file.path)) session.release(file.path);
        // Yield now and then so a progress bar can repaint during long scans.
        if (index % 50 === 49) await new Promise((next) => setImmediate(next));
      }
    }
  }

  const outputs: AnalysisOutput[] = [];
  for (const file of targets) {
    const result = results.get(file.path)!;
    if ('cached' in result) outputs.push(result.cached);
    else if ('cachedSkip' in result) skipped.push({ file: file.path, reason: result.cachedSkip });
    else {
      if (result.output) outputs.push(result.output);
      else skipped.push({ file: file.path, reason: result.skipped! });
      cache?.remember(file.path, result.output ? { output: result.output } : { skipped: result.skipped! }, result.reads);
    }
  }

  const parsed = session.parsed;
  const partlyParsed: string[] = [];
  for (const file of targets) {
    // Only the shard's own files are reported, so merged shards list each file once.
    let partly = parsed.get(file.path) ?? cache?.partlyParsed(file.path);
    if (partly === undefined) {
      // Neither knows: reading the tree parses the file, which records the answer in `parsed`.
      void file.sourceFile;
      partly = parsed.get(file.path);
    }
    if (partly) partlyParsed.push(file.path);
  }
  if (cache) {
    const saveStarted = performance.now();
    const warning = cache.save(parsed, session.shapes);
    if (warning) options.onNotice?.(warning);
    cacheMs += performance.now() - saveStarted;
  }

  // A flow followed into a package outside the root is reported at the root's own call (its trace goes on there).
  const isInsideRoot = (location: { file: string }) => !location.file.startsWith('../');
  const explainTarget = options.explainLine ? targets.find((file) => file.path === options.explainLine!.file) : undefined;
  let explainedCalls: CallExplanation[] | undefined;
  if (explainTarget) {
    await session.loadEngine();
    explainedCalls = session.explain(explainTarget, options.explainLine!.line);
  }
  const findings = dedupeFindings(outputs.flatMap((output) => output.findings).filter((finding) => isInsideRoot(finding.location)));
  const gaps = dedupeGaps(outputs.flatMap((output) => output.gaps).filter((gap) => isInsideRoot(gap.location)));
  const clocks = [session.clock, ...workerClocks];
  const sum = (stage: keyof AnalysisClock) => clocks.reduce((total, clock) => total + clock[stage], 0);
  options.onTimings?.({
    list: set.timings?.listMs ?? 0,
    read: set.timings?.readMs ?? 0,
    cache: cacheMs,
    parse: sum('parse'),
    analyse: sum('analyse'),
    types: sum('types'),
    threads: clocks.length,
    files: { total: files.size, analysed: targets.length - fromCache, fromCache, parsed: parsed.size, typed: sum('typedFiles') },
  });
  return {
    schemaVersion: 1,
    tool: { name: 'privlint', version: VERSION },
    root: '.',
    summary: {
      files: files.size - followedPaths.size,
      findings: findings.length,
      gaps: gaps.length,
      durationMs: Math.round(performance.now() - started),
      skipped: skipped.sort((a, b) => compareText(a.file, b.file)),
      partlyParsed: partlyParsed.sort(),
    },
    findings,
    gaps,
    ...(explainedCalls ? { explainedCalls } : {}),
  };
}

/** Files no other project file imports: once analysed, nothing will read their syntax again. */
function findUnimportedFiles(edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const imported = new Set([...edges.values()].flat());
  return new Set([...edges.keys()].filter((path) => !imported.has(path)));
}

/** Each file's resolved imports, when no cache has them already. */
function listImportEdges(input: readonly SessionFile[], files: ReadonlyMap<string, ScanFile>, root: string, workspace: WorkspaceIndex | undefined): Map<string, string[]> {
  const resolver = { root, files, ...(workspace ? { workspace } : {}) } as Engine;
  const edges = new Map<string, string[]>();
  for (const { absolutePath, path, text } of input) edges.set(path, resolveImportTargets(resolver, files.get(absolutePath.replaceAll('\\', '/'))!, listImports(text)));
  return edges;
}


/** One finding per (place, category, sink); the most confident and most direct explanation wins. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const { file, line, column } = finding.location;
    const key = [file, line, column, finding.category, finding.sink.kind, finding.sink.recipient ?? '', finding.sink.api].join('\u0000');
    const current = best.get(key);
    if (!current || isBetterExplanation(finding, current)) best.set(key, finding);
  }
  return [...best.values()].sort(compareFindings);
}

/**
 * A total order, so the winner does not depend on which file's analysis produced a finding first: merged shards
 * and cached runs must pick the same one as a full scan. Among equals the trace that starts earliest wins, then
 * the expression that sorts last (any fixed order would do; this one keeps what "first found wins" chose on the
 * benchmark corpus).
 */
function isBetterExplanation(finding: Finding, current: Finding): boolean {
  const rank = CONFIDENCE_RANK[finding.confidence] - CONFIDENCE_RANK[current.confidence];
  if (rank !== 0) return rank > 0;
  if (finding.trace.length !== current.trace.length) return finding.trace.length < current.trace.length;
  for (let index = 0; index < finding.trace.length; index++) {
    const a = finding.trace[index]!;
    const b = current.trace[index]!;
    const order = compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.note, b.note);
    if (order !== 0) return order < 0;
  }
  return compareText(finding.expression, current.expression) > 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.category, b.category) ||
    compareText(a.sink.kind, b.sink.kind) ||
    compareText(a.sink.recipient ?? '', b.sink.recipient ?? '') ||
    compareText(a.sink.api, b.sink.api) ||
    compareText(a.expression, b.expression)
  );
}

export function dedupeGaps(gaps: readonly Gap[]): Gap[] {
  const byLocation = new Map<string, Gap>();
  for (const gap of gaps) {
    const key = `${gap.location.file}:${gap.location.line}:${gap.location.column}`;
    const current = byLocation.get(key);
    if (!current) byLocation.set(key, gap);
    else byLocation.set(key, { ...current, categories: [...new Set([...current.categories, ...gap.categories])].sort() });
  }
  return [...byLocation.values()].sort(
    (a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column,
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
