import type { ts } from 'ts-morph';
import type { Confidence, Evidence, Location, TraceStep } from '../model.js';
import type { CatalogEntry } from './catalog/types.js';
import type { WorkspaceIndex } from '../project/resolve.js';
import type { DeclaredModel } from '../project/prisma-models.js';
import type { Origin } from './classify/index.js';

export interface ScanFile {
  absolutePath: string;
  /** Relative to the root, forward slashes. */
  path: string;
  /** Parsed on first access (a getter): files whose cached results still hold are never parsed. */
  sourceFile: ts.SourceFile;
  /** Packages the file's workspace depends on; undefined when no package.json was found. */
  dependencies: ReadonlySet<string> | undefined;
  compilerOptions: ts.CompilerOptions | undefined;
}

/** One category carried by a value, with how it got there. */
export interface DataItem {
  category: string;
  confidence: Confidence;
  evidence: Evidence;
  /** The code that carries it, e.g. `user.email`. */
  expression: string;
  trace: TraceStep[];
  /** True when the value came in through a parameter bound by a caller (wrapper analysis). */
  viaParameter: boolean;
}

export interface Classifier {
  /**
   * `siblings`: the other names declared beside this one (keys of the same object, fields of the same type,
   * parameters of the same function). A bare `name` beside an `email` is a person's name.
   * `origin`: where the flow shows the value came from; free text from a person's input is their content.
   */
  classifyName(name: string, owner?: string, siblings?: readonly string[], origin?: Origin): { category: string; confidence: Confidence; evidence: Evidence } | undefined;
  isPersonObjectName(name: string): boolean;
  isNonPersonalType(typeText: string): boolean;
}

export interface Engine {
  root: string;
  files: Map<string, ScanFile>;
  /** The repository's workspace packages and generated clients; undefined outside a monorepo. */
  workspace?: WorkspaceIndex;
  catalog: readonly CatalogEntry[];
  classifier: Classifier;
  /** The models of the project's schema files (Prisma), read once per scan. */
  models: readonly DeclaredModel[];
  /** A type or interface a project `.d.ts` file declares globally (no import names it), by its name. */
  globalType?(name: string): ts.Node | undefined;
  /** The project files declaring a class that `implements` an interface of this name (implementations.ts). */
  implementers?(interfaceName: string): readonly ScanFile[];
  /** A type checker that knows the file of `at` (built on first use, grown as needed); undefined when types are off. */
  getTypeChecker(at: ts.Node): ts.TypeChecker | undefined;
}

export function getScanFile(engine: Engine, node: ts.Node): ScanFile | undefined {
  return engine.files.get(node.getSourceFile().fileName);
}

export function toLocation(engine: Engine, node: ts.Node): Location {
  const sourceFile = node.getSourceFile();
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  const file = engine.files.get(sourceFile.fileName)?.path ?? sourceFile.fileName;
  return { file, line: line + 1, column: character + 1 };
}

export function toTraceStep(engine: Engine, node: ts.Node, note: string): TraceStep {
  return { ...toLocation(engine, node), note };
}

// Only ever of nodes inside a statement, never a whole source file: the cache's shape keys (src/cache/shape-hash.ts)
// count on the text between top-level statements being unseen, and on comments inside one being part of the shape.
export const textOf = (node: ts.Node): string => {
  const tree = node.getSourceFile();
  let texts = textTables.get(tree);
  if (texts === undefined) textTables.set(tree, (texts = new Map()));
  let text = texts.get(node);
  if (text === undefined) texts.set(node, (text = node.getText(tree).replace(/\s+/g, ' ')));
  return text;
};

// The same expressions are written out again for every caller a wrapper's values are classified for. One small table
// per tree, dropped with the tree (scope.ts keeps its scopes the same way, and says why).
const textTables = new Map<ts.SourceFile, Map<ts.Node, string>>();

/** Drops the texts kept for the nodes of one syntax tree, so the tree can be collected. */
export function forgetTexts(tree: ts.SourceFile): void {
  textTables.delete(tree);
}
