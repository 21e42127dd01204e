import { performance } from 'node:perf_hooks';
import { ts } from './typescript.js';
import type { ts as TypeScript } from 'ts-morph';
import type { UserSdkEntry } from '../manifest/types.js';
import { createAnalyzer } from './analyze.js';
import type { AnalysisOutput, SharedAnalysis } from './analyze.js';
import { createCallerBlindMemo, type ReadTracker, type SettledEntries } from './caller-blind.js';
import { createBindingResolver } from './bindings.js';
import { CATALOG } from './catalog/index.js';
import { createCatalogIndex, toCatalogEntry, type CatalogIndex } from './catalog-match.js';
import { explainCallsOnLine, type CallExplanation } from './explain-calls.js';
import { classifyName, isNonPersonalType, isPersonObjectName } from './classify/index.js';
import type { Classifier, Engine, ScanFile } from './context.js';
import type { AmbientDeclaration } from './analysis-session.js';
import type { WorkspaceIndex } from '../project/resolve.js';
import type { DeclaredModel } from '../project/prisma-models.js';
import { createDataModel, thingRecordNouns } from './data-model.js';
import { createDeclaredTypes } from './declared-types.js';
import { parseWithinDepth, toDepthGap, type DepthCheckedTree } from './deep-code.js';
import { createContextClassifier } from './person-context.js';
import { createRequestInputDetector } from './request-input.js';
import { forgetScopes } from './scope.js';
import { createTypeExpander } from './type-expansion.js';
import { createValueClassifier, type ValueHooks } from './values.js';
import { createSentAddressees } from './sent-addressees.js';
import { createSharedSummaries } from './shared-summaries.js';
import type { ImplementationIndex } from './implementations.js';

/*
 * The analysis engine, loaded by the orchestrator (index.ts) only when some file must be parsed or analysed:
 * a scan answered wholly from the cache never loads ts-morph and the detectors.
 */

export interface EngineSettings {
  root: string;
  files: Map<string, ScanFile>;
  sdks: UserSdkEntry[] | undefined;
  aliases: Record<string, string>;
  types: boolean;
  rootOptions: ts.CompilerOptions | undefined;
  workspace?: WorkspaceIndex;
  models?: readonly DeclaredModel[];
  /** Told each time the analysis asks for the type checker (its answers depend on every file). */
  onTypeChecker?: () => void;
  /**
   * The files that may declare something global (scripts, `declare global`, `declare module`): every type program
   * includes them, since a type anywhere may depend on them without an import. undefined: every file.
   */
  globalScopeFiles?: readonly string[];
  ambientDeclarations?: readonly AmbientDeclaration[];
  implementations?: ImplementationIndex;
  /** Records what each file's analysis reads; with it, files share what a wrapper gives every caller alike. */
  tracker?: ReadTracker;
}

/** Milliseconds spent parsing and in the type checker, kept apart from the analysis around them. */
export interface EngineClock {
  parse: number;
  types: number;
}

/** Analyses one file with fresh state (see scanFiles in index.ts for why), appending to `output`. */
export interface FileAnalyzer {
  (file: ScanFile, output: AnalysisOutput): void;
  /** The scan lets the tree of the file at `path` go: nothing shared may keep its nodes. */
  forget(path: string): void;
  /** The caller-blind values this session settled since the last call, for the scan's other threads (parallel.ts). */
  takeSettled(): SettledEntries;
  /** Takes the caller-blind values another thread settled. */
  adoptSettled(entries: SettledEntries): void;
}

export function createFileAnalyzer(settings: EngineSettings, clock: EngineClock): FileAnalyzer {
  const { engine, catalogIndex } = createEngine(settings, clock);
  const summaries = settings.tracker
    ? createSharedSummaries(settings.tracker, (fn) => createFreshState().analyzer.summariseForSession(fn), (tree) => settings.files.get(tree.fileName)?.path)
    : undefined;
  const shared: SharedAnalysis | undefined = settings.tracker
    ? { callerBlind: createCallerBlindMemo(settings.tracker), fresh: () => createFreshState().analyzer.forCaller, ...(summaries ? { summaries } : {}) }
    : undefined;
  const createFreshState = () => {
    const resolver = createBindingResolver(engine);
    const types = createTypeExpander(engine);
    const declaredTypes = createDeclaredTypes(engine, resolver);
    const sources = createRequestInputDetector(engine, resolver, types, declaredTypes);
    const dataModel = createDataModel(engine, resolver);
    const hooks: ValueHooks = { typedRequestRead: sources.typedRead, isRequestValue: sources.isRequestValue, dataModel };
    const values = createValueClassifier(engine, resolver, types, declaredTypes, hooks);
    const analyzer = createAnalyzer(engine, resolver, values, catalogIndex, shared);
    // The analyzer finds the message calls whose addressees the classifier asks about, so it is handed over last.
    hooks.sentAddressee = createSentAddressees((call) => analyzer.sitesOfCall(call).sites, values.valuesAtPaths);
    return { analyzer, sources };
  };
  const analyse = (file: ScanFile, output: AnalysisOutput) => {
    const { analyzer, sources } = createFreshState();
    analyzer.analyzeFile(file.sourceFile, sources.detect, output);
  };
  return Object.assign(analyse, {
    forget: (path: string) => summaries?.forget(path),
    takeSettled: () => shared?.callerBlind.takeSettled() ?? [],
    adoptSettled: (entries: SettledEntries) => shared?.callerBlind.adopt(entries),
  });
}

/** `--explain` on a line without findings: what each call there resolved to (explain-calls.ts). */
export function createCallExplainer(settings: EngineSettings, clock: EngineClock): (file: ScanFile, line: number) => CallExplanation[] {
  const { engine, catalogIndex } = createEngine(settings, clock);
  return (file, line) => explainCallsOnLine(engine, createBindingResolver(engine), catalogIndex, file, line);
}

function createEngine(settings: EngineSettings, clock: EngineClock): { engine: Engine; catalogIndex: CatalogIndex } {
  const { root, files, aliases, rootOptions } = settings;
  const catalog = [...CATALOG, ...(settings.sdks ?? []).map(toCatalogEntry)];
  const byName = createContextClassifier((name, owner) => classifyName(name, { ...(owner !== undefined ? { owner } : {}), aliases }));
  const models = settings.models ?? [];
  const thingRecords = thingRecordNouns({ classifier: { classifyName: byName, isPersonObjectName, isNonPersonalType }, models });
  const classifier: Classifier = thingRecords.size === 0
    ? { classifyName: byName, isPersonObjectName, isNonPersonalType }
    : {
        classifyName: createContextClassifier((name, owner) => classifyName(name, { ...(owner !== undefined ? { owner } : {}), aliases, thingRecords })),
        isPersonObjectName,
        isNonPersonalType,
      };
  let typeChecker: ((fileName: string) => ts.TypeChecker) | undefined;
  const ambient = createAmbientTypes(settings.ambientDeclarations ?? []);
  const engine: Engine = {
    root,
    files,
    ...(settings.workspace ? { workspace: settings.workspace } : {}),
    catalog,
    classifier,
    models,
    globalType: ambient.find,
    implementers: (name) => (settings.implementations?.get(name) ?? []).flatMap((path) => files.get(path) ?? []),
    getTypeChecker(at) {
      if (!settings.types) return undefined;
      settings.onTypeChecker?.();
      const typesStarted = performance.now();
      const parseBefore = clock.parse;
      typeChecker ??= createTypeChecker(files, ambient.tree, rootOptions, settings.globalScopeFiles ?? [...files.keys()]);
      const checker = timeTypeChecker(typeChecker(at.getSourceFile().fileName), clock);
      clock.types += performance.now() - typesStarted - (clock.parse - parseBefore);
      return checker;
    },
  };
  return { engine, catalogIndex: createCatalogIndex(engine.catalog) };
}

/**
 * The global types the project's `.d.ts` script files declare, by name, parsed on first use. The same trees serve
 * the type checker, so a type found here and one the checker expands are the same declaration.
 */
function createAmbientTypes(declarations: readonly AmbientDeclaration[]) {
  const trees = new Map<string, ts.SourceFile>();
  let byName: Map<string, ts.Node> | undefined;
  const tree = (fileName: string): ts.SourceFile | undefined => {
    const known = trees.get(fileName);
    if (known) return known;
    const declaration = declarations.find((candidate) => candidate.absolutePath === fileName);
    if (!declaration) return undefined;
    const parsed = ts.createSourceFile(fileName, declaration.text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true);
    trees.set(fileName, parsed);
    return parsed;
  };
  const find = (name: string): ts.Node | undefined => {
    if (!byName) {
      byName = new Map();
      for (const declaration of declarations) {
        const statements = tree(declaration.absolutePath)!.statements.flatMap((statement) =>
          // `declare global { type X = ... }` in a module declares X globally too.
          ts.isModuleDeclaration(statement) && statement.name.text === 'global' && statement.body && ts.isModuleBlock(statement.body) ? [...statement.body.statements] : [statement],
        );
        for (const statement of statements) {
          if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && !byName.has(statement.name.text)) byName.set(statement.name.text, statement);
        }
      }
    }
    return byName.get(name);
  };
  return { tree, find };
}

/** Lets go of what the analysis keeps about a syntax tree (pure syntax, shared across files), with the tree. */
export function forgetTree(tree: ts.SourceFile): void {
  forgetScopes(tree);
}

/** Parses a project file; statements nested too deep to analyse are blanked (deep-code.ts). */
export function parseFile(fileName: string, text: string): DepthCheckedTree {
  // Plain `ts.createSourceFile`: a quarter of the cost of wrapping every file in a ts-morph Project (measured).
  // JSDoc is never read, and skipping it saves a large share of parsing on documented code.
  const parse = (source: string) =>
    ts.createSourceFile(fileName, source, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true);
  const variant = /\.[jt]sx$/i.test(fileName) ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  return parseWithinDepth(text, variant, parse);
}

export { toDepthGap };

/** Times every question asked of the type checker (most of the type cost is paid lazily inside them). */
function timeTypeChecker(checker: ts.TypeChecker, clock: { types: number; parse: number }): ts.TypeChecker {
  let depth = 0;
  return new Proxy(checker, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (depth > 0) return (value as (...a: unknown[]) => unknown).apply(target, args);
        depth++;
        const started = performance.now();
        const parseBefore = clock.parse;
        try {
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        } finally {
          depth--;
          clock.types += performance.now() - started - (clock.parse - parseBefore);
        }
      };
    },
  });
}

/**
 * A type checker over the already parsed files (the program reuses them, so nodes stay the same objects), for the
 * file that asks. The program holds the files that may declare globals and the files that asked, with everything
 * they import: the type of a node depends on nothing else, so the answers are those of a program over every file,
 * without parsing and binding the files no expanded type reaches. A file outside the program grows it: the next
 * program is made over the same trees, already bound, and the module resolutions already made.
 * `noLib` and `types: []` keep it to the project's own types plus the packages its imports name, and no full
 * type-check ever runs.
 */
function createTypeChecker(files: ReadonlyMap<string, ScanFile>, ambientTree: (fileName: string) => ts.SourceFile | undefined, projectOptions: ts.CompilerOptions | undefined, globalScopeFiles: readonly string[]): (fileName: string) => ts.TypeChecker {
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
    // `paths` without `baseUrl` are relative to the tsconfig that declares them; without this TypeScript takes the
    // current directory, and a scan's findings would depend on where it was started from.
    ...(projectOptions?.pathsBasePath ? { pathsBasePath: projectOptions.pathsBasePath } : {}),
  };
  const host = ts.createCompilerHost(options, true);
  const readFromDisk = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    files.get(fileName)?.sourceFile ?? ambientTree(fileName) ?? readFromDisk(fileName, languageVersion, onError, shouldCreate);
  host.writeFile = () => undefined;
  // One resolution cache for every program: a grown program resolves only the imports of the files it adds.
  const resolutions = ts.createModuleResolutionCache(host.getCurrentDirectory(), host.getCanonicalFileName, options);
  // Every program after the first asks again for the imports of each file it holds: answered here once per file,
  // not walked through the resolution cache's directory lookups again (the options never change between programs,
  // and no program has project references, so no redirected reference ever changes an answer).
  const resolvedByFile = new Map<string, Map<string, TypeScript.ResolvedModuleWithFailedLookupLocations>>();
  host.resolveModuleNameLiterals = (literals, containingFile, redirectedReference, compilerOptions, containingSourceFile) => {
    let resolved = resolvedByFile.get(containingFile);
    if (!resolved) {
      resolved = new Map();
      resolvedByFile.set(containingFile, resolved);
    }
    return literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions);
      const key = `${mode ?? ''}\u0000${literal.text}`;
      let resolution = redirectedReference === undefined ? resolved.get(key) : undefined;
      if (!resolution) {
        resolution = ts.resolveModuleName(literal.text, containingFile, compilerOptions, host, resolutions, redirectedReference, mode);
        if (redirectedReference === undefined) resolved.set(key, resolution);
      }
      return resolution;
    });
  };
  const rootNames = [...globalScopeFiles];
  const roots = new Set(rootNames);
  let program: ts.Program | undefined;
  let checker: ts.TypeChecker | undefined;
  return (fileName) => {
    if (!program || !program.getSourceFile(fileName)) {
      if (files.has(fileName) && !roots.has(fileName)) {
        roots.add(fileName);
        rootNames.push(fileName);
      }
      // Not `oldProgram`: with other root names TypeScript reuses nothing from it, and handing it over lost
      // expansions on ghostfolio. The trees keep their binding and the resolutions their cache all the same.
      program = ts.createProgram({ rootNames, options, host });
      checker = program.getTypeChecker();
    }
    return checker!;
  };
}
