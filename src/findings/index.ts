import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ts } from 'ts-morph';
import { PrivlintError } from '../errors.js';
import type { UserSdkEntry } from '../manifest/types.js';
import type { Finding, Gap, ScanResult, SkippedFile } from '../model.js';
import { createDependencyLookup, listProjectFiles } from '../project/index.js';
import type { ProjectFile } from '../project/index.js';
import { VERSION } from '../version.js';
import { createAnalyzer } from './analyze.js';
import type { AnalysisOutput } from './analyze.js';
import { createBindingResolver } from './bindings.js';
import { CATALOG } from './catalog/index.js';
import { createCatalogIndex, toCatalogEntry } from './catalog-match.js';
import { classifyName, isNonPersonalType, isPersonObjectName } from './classify/index.js';
import type { Classifier, Engine, ScanFile } from './context.js';
import { createDeclaredTypes } from './declared-types.js';
import { createContextClassifier } from './person-context.js';
import { createRequestInputDetector } from './request-input.js';
import { createTypeExpander } from './type-expansion.js';
import { createValueClassifier } from './values.js';

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
  onProgress?: (done: number, total: number) => void;
}

/** Finds where personal data is collected, stored, logged and sent in the TypeScript project at `root`. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const root = resolve(options.root);
  const listing = listProjectFiles({ root, include: options.include, exclude: options.exclude });
  if (listing.files.length === 0) {
    throw new PrivlintError(
      'E_NO_FILES',
      `No TypeScript files to scan in ${root}${listing.skipped.length > 0 ? ` (${listing.skipped.length} skipped)` : ''}; check the folder, its tsconfig.json include, or scan.include in privacy.yml.`,
    );
  }

  return scanFiles({
    root,
    files: listing.files,
    skipped: listing.skipped,
    compilerOptions: listing.compilerOptions,
    dependenciesOf: createDependencyLookup(root).dependenciesOf,
    options,
    started,
  });
}

export interface FileSet {
  root: string;
  files: readonly ProjectFile[];
  skipped: SkippedFile[];
  compilerOptions: ReadonlyMap<string, ts.CompilerOptions>;
  dependenciesOf: (absoluteFile: string) => ReadonlySet<string> | undefined;
  options: Omit<ScanOptions, 'root' | 'include' | 'exclude'>;
  started?: number;
}

/** Scans files already read (from disk by `scan`, or given inline by tests); never touches the file system. */
export async function scanFiles(set: FileSet): Promise<ScanResult> {
  const started = set.started ?? performance.now();
  const { root, options } = set;
  const listing = { files: set.files, skipped: set.skipped, compilerOptions: set.compilerOptions };
  const rootOptions = listing.compilerOptions.get(listing.files[0]!.absolutePath) ?? [...listing.compilerOptions.values()][0];
  const files = new Map<string, ScanFile>();
  const partlyParsed: string[] = [];
  for (const file of listing.files) {
    // Plain `ts.createSourceFile`: a quarter of the cost of wrapping every file in a ts-morph Project (measured).
    // JSDoc is never read, and skipping it saves a large share of parsing on documented code.
    const sourceFile = ts.createSourceFile(
      file.absolutePath.replaceAll('\\', '/'),
      file.text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      true,
    );
    const parseDiagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
    if (parseDiagnostics && parseDiagnostics.length > 0) partlyParsed.push(file.path);
    files.set(sourceFile.fileName, {
      absolutePath: sourceFile.fileName,
      path: file.path,
      sourceFile,
      dependencies: set.dependenciesOf(file.absolutePath),
      compilerOptions: listing.compilerOptions.get(file.absolutePath),
    });
  }

  const aliases = options.aliases ?? {};
  const classifier: Classifier = {
    classifyName: createContextClassifier((name, owner) => classifyName(name, { ...(owner !== undefined ? { owner } : {}), aliases })),
    isPersonObjectName,
    isNonPersonalType,
  };
  let checker: ts.TypeChecker | undefined;
  const engine: Engine = {
    root,
    files,
    catalog: [...CATALOG, ...(options.sdks ?? []).map(toCatalogEntry)],
    classifier,
    getTypeChecker() {
      if (options.types === false) return undefined;
      checker ??= createTypeChecker(files, rootOptions);
      return checker;
    },
  };
  const resolver = createBindingResolver(engine);
  const types = createTypeExpander(engine);
  const declaredTypes = createDeclaredTypes(engine, resolver);
  const sources = createRequestInputDetector(engine, resolver, types, declaredTypes);
  const values = createValueClassifier(engine, resolver, types, declaredTypes, { typedRequestRead: sources.typedRead });
  const analyzer = createAnalyzer(engine, resolver, values, createCatalogIndex(engine.catalog));

  const output: AnalysisOutput = { findings: [], gaps: [] };
  let done = 0;
  const skipped = [...listing.skipped];
  for (const file of files.values()) {
    try {
      analyzer.analyzeFile(file.sourceFile, sources.detect, output);
    } catch (error) {
      // One file the engine cannot follow must not cost the whole inventory; it is named, never silently dropped.
      const message = error instanceof Error ? error.message : String(error);
      skipped.push({ file: file.path, reason: `privlint could not analyse it (internal error: ${message}); please report it` });
    }
    options.onProgress?.(++done, files.size);
    // Yield now and then so a progress bar can repaint during long scans.
    if (done % 50 === 0) await new Promise((next) => setImmediate(next));
  }

  const findings = dedupeFindings(output.findings);
  const gaps = dedupeGaps(output.gaps);
  return {
    schemaVersion: 1,
    tool: { name: 'privlint', version: VERSION },
    root: '.',
    summary: {
      files: files.size,
      findings: findings.length,
      gaps: gaps.length,
      durationMs: Math.round(performance.now() - started),
      skipped: skipped.sort((a, b) => compareText(a.file, b.file)),
      partlyParsed: partlyParsed.sort(),
    },
    findings,
    gaps,
  };
}

/**
 * The type checker over the already parsed files (the program reuses them, so nodes stay the same objects).
 * Built only when a whole object must be expanded; `noLib` and `types: []` keep it to the project's own types
 * plus the packages its imports name, and no full type-check ever runs.
 */
function createTypeChecker(files: ReadonlyMap<string, ScanFile>, projectOptions: ts.CompilerOptions | undefined): ts.TypeChecker {
  const options: ts.CompilerOptions = {
    allowJs: true,
    jsx: ts.JsxEmit.Preserve,
    strict: true,
    noEmit: true,
    noLib: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    types: [],
    ...(projectOptions?.paths ? { paths: projectOptions.paths } : {}),
    ...(projectOptions?.baseUrl ? { baseUrl: projectOptions.baseUrl } : {}),
  };
  const host = ts.createCompilerHost(options, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    files.get(fileName)?.sourceFile ?? readFromDisk(fileName, languageVersion, onError, shouldCreate);
  host.writeFile = () => undefined;
  return ts.createProgram({ rootNames: [...files.keys()], options, host }).getTypeChecker();
}

const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

/** One finding per (place, category, sink); the most confident and most direct explanation wins. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const { file, line, column } = finding.location;
    const key = [file, line, column, finding.category, finding.sink.kind, finding.sink.recipient ?? '', finding.sink.api].join('\u0000');
    const current = best.get(key);
    if (
      !current ||
      CONFIDENCE_RANK[finding.confidence] > CONFIDENCE_RANK[current.confidence] ||
      (finding.confidence === current.confidence && finding.trace.length < current.trace.length)
    ) {
      best.set(key, finding);
    }
  }
  return [...best.values()].sort(compareFindings);
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

function dedupeGaps(gaps: readonly Gap[]): Gap[] {
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
