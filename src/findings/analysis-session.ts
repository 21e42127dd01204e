import { performance } from 'node:perf_hooks';
import type { ts } from 'ts-morph';
import { getTreeShapeHash } from '../cache/shape-hash.js';
import type { UserSdkEntry } from '../manifest/types.js';
import type { Gap } from '../model.js';
import type { AnalysisOutput } from './analyze.js';
import type { ReadTracker, SettledEntries } from './caller-blind.js';
import type { ScanFile } from './context.js';
import type { CallExplanation } from './explain-calls.js';
import type { FileAnalyzer } from './engine.js';
import type { WorkspaceIndex } from '../project/resolve.js';
import type { DeclaredModel } from '../project/prisma-models.js';
import { indexImplementations } from './implementations.js';

/** A project file as the analysis receives it: already read, with the settings its package and tsconfig give it. */
export interface SessionFile {
  absolutePath: string;
  path: string;
  text: string;
  dependencies: ReadonlySet<string> | undefined;
  compilerOptions: ts.CompilerOptions | undefined;
}

export interface AnalysisSettings {
  root: string;
  sdks: UserSdkEntry[] | undefined;
  aliases: Record<string, string>;
  types: boolean;
  rootOptions: ts.CompilerOptions | undefined;
  /** The repository's workspace packages and generated clients, for resolving imports (modules.ts). */
  workspace?: WorkspaceIndex;
  /** The models of the project's schema files (Prisma). */
  models?: readonly DeclaredModel[];
  /** The project's `.d.ts` files that declare globals (`type UserProfile = {...}` in a script file): their types type the project's values. */
  ambientDeclarations?: readonly AmbientDeclaration[];
  /** Compute the shape hash of every file parsed, for the cache (src/cache/README.md, "Keys"); no cache, no need. */
  keepShapes: boolean;
}

/** A type declaration file of the project, as read: never analysed, only looked up for the global types it declares. */
export interface AmbientDeclaration {
  absolutePath: string;
  text: string;
}

/** What analysing one file gave: its output, or why it was left out, and what the cache needs to key it. */
export interface FileResult {
  path: string;
  output?: AnalysisOutput;
  skipped?: string;
  /**
   * The other files whose syntax the analysis read, sorted; undefined when it asked the type checker (whose answers
   * may draw on any file) or gave up.
   */
  reads?: string[];
}

/** Milliseconds per stage, summed over every file this session analysed. */
export interface AnalysisClock {
  parse: number;
  /** Without the parsing and type checker time spent inside it. */
  analyse: number;
  types: number;
  /** Files whose analysis asked the type checker (a count, summed like the stages). */
  typedFiles: number;
}

/**
 * The files of one scan with their syntax trees parsed on first use, and the analysis of one file at a time.
 * The orchestrator runs one session on the main thread; each worker thread runs its own over the same files.
 *
 * Each file is analysed with fresh engine state, so what it yields depends only on its own text and the project
 * files it imports (transitively), never on which files were analysed before it or on which thread. That is what
 * lets the cache reuse one file's output, `--shard` analyse a slice, and threads split the work, all with the
 * same result as one full scan.
 */
export function createAnalysisSession(input: readonly SessionFile[], settings: AnalysisSettings) {
  const clock: AnalysisClock = { parse: 0, analyse: 0, types: 0, typedFiles: 0 };
  /** Whether each file parsed so far had syntax errors. */
  const parsed = new Map<string, boolean>();
  /** The shape hash of each file parsed so far (src/cache/shape-hash.ts), for the cache's next comparison. */
  const shapes = new Map<string, string>();
  const trees = new Map<string, ts.SourceFile>();
  /** Gaps for the statements of each parsed file that were too deep to analyse (deep-code.ts). */
  const blankedByPath = new Map<string, Gap[]>();
  let engineModule: typeof import('./engine.js') | undefined;
  let analyzeFile: FileAnalyzer | undefined;
  // While one file is analysed: the files whose syntax it reads, and whether it asked the type checker.
  let reads: Set<string> | undefined;
  let usedTypes = false;
  // The type checker's program holds the trees it was built over; from then on they must stay the same objects.
  let checkerBuilt = false;

  const files = new Map<string, ScanFile>();
  const globalScopeFiles: string[] = [];
  for (const file of input) {
    const absolutePath = file.absolutePath.replaceAll('\\', '/');
    if (mayDeclareGlobals(file.text)) globalScopeFiles.push(absolutePath);
    files.set(absolutePath, {
      absolutePath,
      path: file.path,
      // Parsed on first use: a file whose cached output is still valid is never parsed, unless another file's
      // analysis follows a flow into it.
      get sourceFile() {
        reads?.add(file.path);
        const known = trees.get(file.path);
        if (known) return known;
        const parseStarted = performance.now();
        const { tree, blanked } = engineModule!.parseFile(absolutePath, file.text);
        clock.parse += performance.now() - parseStarted;
        if (blanked.length > 0) blankedByPath.set(file.path, blanked.map((statement) => engineModule!.toDepthGap(file.path, file.text, tree, statement)));
        parsed.set(file.path, hasSyntaxErrors(tree));
        if (settings.keepShapes && !shapes.has(file.path)) shapes.set(file.path, getTreeShapeHash(tree, file.text));
        trees.set(file.path, tree);
        return tree;
      },
      dependencies: file.dependencies,
      compilerOptions: file.compilerOptions,
    });
  }

  for (const declaration of settings.ambientDeclarations ?? []) globalScopeFiles.push(declaration.absolutePath);
  const implementations = indexImplementations(input);

  const tracker: ReadTracker = {
    // The reads key the cache (`FileResult.reads`), and the shapes are kept exactly when there is one.
    exact: settings.keepShapes,
    capture(compute) {
      const outerReads = reads;
      const outerUsedTypes = usedTypes;
      const ownReads = new Set<string>();
      reads = ownReads;
      usedTypes = false;
      try {
        const value = compute();
        return { value, reads: [...ownReads], usedTypes };
      } finally {
        const ownUsedTypes = usedTypes;
        reads = outerReads;
        usedTypes = outerUsedTypes || ownUsedTypes;
        for (const path of ownReads) reads?.add(path);
      }
    },
    replay(paths, typed) {
      for (const path of paths) reads?.add(path);
      if (typed) usedTypes = true;
    },
  };

  return {
    files,
    implementations,
    parsed,
    shapes,
    clock,

    /** Loads the engine (and with it TypeScript); needed before `analyse`, and before reading any `sourceFile`. */
    async loadEngine(): Promise<void> {
      if (engineModule) return;
      engineModule = await import('./engine.js');
      analyzeFile = engineModule.createFileAnalyzer(
        {
          ...settings,
          files,
          globalScopeFiles,
          implementations,
          tracker,
          onTypeChecker: () => {
            usedTypes = true;
            checkerBuilt = true;
          },
        },
        clock,
      );
    },

    analyse(file: ScanFile): FileResult {
      const output: AnalysisOutput = { findings: [], gaps: [] };
      const started = performance.now();
      const inner = { parse: clock.parse, types: clock.types };
      let skipped: string | undefined;
      reads = new Set();
      usedTypes = false;
      try {
        analyzeFile!(file, output);
        output.gaps.push(...(blankedByPath.get(file.path) ?? []));
      } catch (error) {
        // One file the engine cannot follow must not cost the whole inventory; it is named, never silently dropped.
        skipped =
          error instanceof RangeError
            ? `its code is nested too deeply to analyse (${error.message})`
            : `privlint could not analyse it (internal error: ${error instanceof Error ? error.message : String(error)}); please report it`;
      }
      clock.analyse += performance.now() - started - (clock.parse - inner.parse) - (clock.types - inner.types);
      if (usedTypes) clock.typedFiles++;
      const readFiles = usedTypes || skipped !== undefined ? undefined : [...reads].filter((path) => path !== file.path).sort();
      reads = undefined;
      return skipped === undefined ? { path: file.path, output, ...(readFiles ? { reads: readFiles } : {}) } : { path: file.path, skipped };
    },

    /** What this session's analyses settled that the scan's other threads may take (parallel.ts); after `loadEngine`. */
    takeSettled(): SettledEntries {
      return analyzeFile!.takeSettled();
    },

    /** Takes what another thread's session settled (`takeSettled`). */
    adoptSettled(entries: SettledEntries): void {
      analyzeFile!.adoptSettled(entries);
    },

    /** What each call on one line resolved to (`--explain` on a line without findings); after `loadEngine`. */
    explain(file: ScanFile, line: number): CallExplanation[] {
      return engineModule!.createCallExplainer({ ...settings, files, implementations }, clock)(file, line);
    },

    /**
     * Lets go of a file's syntax tree (a file no other file imports will not be read again): peak memory then
     * follows the largest import closure, not the whole project. Reading it again later only parses it again.
     */
    release(path: string): void {
      const tree = trees.get(path);
      if (!tree || checkerBuilt) return;
      engineModule!.forgetTree(tree);
      analyzeFile!.forget(path);
      trees.delete(path);
    },
  };
}

export type AnalysisSession = ReturnType<typeof createAnalysisSession>;

/**
 * Whether a file may put something in the global scope, for the type checker (engine.ts): a script (no line opens
 * with an import or export statement, so its top-level declarations are global; `import('x')` leaves a script a
 * script) or a module with `declare global` or an ambient `declare module`/`namespace`. Read from the text, so it
 * errs towards yes: a word in a comment counts.
 */
export function mayDeclareGlobals(text: string): boolean {
  return !/^[ \t]*(?:import[\s{*'"]|export[\s{*])/m.test(text) || /\bdeclare\s+(?:global|module|namespace)\b/.test(text);
}

/** The parser recovered from syntax errors in this tree (the file is reported as partly parsed). */
function hasSyntaxErrors(tree: ts.SourceFile): boolean {
  const parseDiagnostics = (tree as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  return parseDiagnostics !== undefined && parseDiagnostics.length > 0;
}
