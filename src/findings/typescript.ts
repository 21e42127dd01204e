import type { ts as TypeScript } from 'ts-morph';
import { loadTypeScript } from '../project/typescript.js';

// Compiler functions the analysis calls per node besides the `is…` guards (withDirectAccessors).
const DIRECT_NAMES = new Set(['SyntaxKind', 'forEachChild', 'getModifiers', 'canHaveModifiers', 'getJSDocTags']);

/*
 * The compiler that ts-morph bundles (the same module instance), loaded without ts-morph itself: importing
 * ts-morph from ESM compiles it and runs Node's CommonJS export scanner over it, a fixed cost of a cold scan.
 * The namespace re-exports the node types the analysis names, so `ts.Node` reads as before.
 */
export const ts: typeof TypeScript = withDirectAccessors(loadTypeScript());

/*
 * The compiler's CommonJS exports are getters (its bundler's `__export`), so each `ts.isCallExpression(node)` or
 * `ts.SyntaxKind.Block` of the analysis called a function first (the `SyntaxKind` getter alone was 2% of the self
 * time in a profile of a cold dub scan). The analysis asks the `is…` guards, the kinds and `forEachChild` for every
 * node it walks, so those are copied once as plain values onto an object whose prototype is the compiler: anything
 * else is found there, as before. `defineProperty`, because an assignment would call the prototype's setter-less
 * accessor and copy nothing.
 */
function withDirectAccessors(compiler: typeof TypeScript): typeof TypeScript {
  const direct = Object.create(compiler) as object;
  for (const name of Object.keys(compiler)) {
    if (!/^is[A-Z]/.test(name) && !DIRECT_NAMES.has(name)) continue;
    Object.defineProperty(direct, name, { value: (compiler as unknown as Record<string, unknown>)[name], enumerable: true, writable: true, configurable: true });
  }
  return direct as typeof TypeScript;
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace ts {
  export type ArrayLiteralExpression = TypeScript.ArrayLiteralExpression;
  export type ArrowFunction = TypeScript.ArrowFunction;
  export type BinaryExpression = TypeScript.BinaryExpression;
  export type BindingName = TypeScript.BindingName;
  export type CallExpression = TypeScript.CallExpression;
  export type CallLikeExpression = TypeScript.CallLikeExpression;
  export type CatchClause = TypeScript.CatchClause;
  export type ClassDeclaration = TypeScript.ClassDeclaration;
  export type ClassElement = TypeScript.ClassElement;
  export type ClassLikeDeclaration = TypeScript.ClassLikeDeclaration;
  export type CompilerOptions = TypeScript.CompilerOptions;
  export type ConstructorDeclaration = TypeScript.ConstructorDeclaration;
  export type ElementAccessExpression = TypeScript.ElementAccessExpression;
  export type EntityName = TypeScript.EntityName;
  export type EnumDeclaration = TypeScript.EnumDeclaration;
  export type Expression = TypeScript.Expression;
  export type FunctionDeclaration = TypeScript.FunctionDeclaration;
  export type FunctionExpression = TypeScript.FunctionExpression;
  export type FunctionTypeNode = TypeScript.FunctionTypeNode;
  export type GetAccessorDeclaration = TypeScript.GetAccessorDeclaration;
  export type HasModifiers = TypeScript.HasModifiers;
  export type Identifier = TypeScript.Identifier;
  export type ImportDeclaration = TypeScript.ImportDeclaration;
  export type InterfaceDeclaration = TypeScript.InterfaceDeclaration;
  export type JSDocParsingMode = TypeScript.JSDocParsingMode;
  export type JsxAttributes = TypeScript.JsxAttributes;
  export type JsxEmit = TypeScript.JsxEmit;
  export type JsxOpeningElement = TypeScript.JsxOpeningElement;
  export type JsxSelfClosingElement = TypeScript.JsxSelfClosingElement;
  export type MemberName = TypeScript.MemberName;
  export type MethodDeclaration = TypeScript.MethodDeclaration;
  export type ModuleDeclaration = TypeScript.ModuleDeclaration;
  export type ModuleKind = TypeScript.ModuleKind;
  export type ModuleResolutionKind = TypeScript.ModuleResolutionKind;
  export type NewExpression = TypeScript.NewExpression;
  export type Node = TypeScript.Node;
  export type NodeFlags = TypeScript.NodeFlags;
  export type ObjectLiteralExpression = TypeScript.ObjectLiteralExpression;
  export type ObjectLiteralElementLike = TypeScript.ObjectLiteralElementLike;
  export type ParameterDeclaration = TypeScript.ParameterDeclaration;
  export type PropertyDeclaration = TypeScript.PropertyDeclaration;
  export type PropertyAccessExpression = TypeScript.PropertyAccessExpression;
  export type PropertyAssignment = TypeScript.PropertyAssignment;
  export type Program = TypeScript.Program;
  export type PropertyName = TypeScript.PropertyName;
  export type QualifiedName = TypeScript.QualifiedName;
  export type ScriptTarget = TypeScript.ScriptTarget;
  export type SetAccessorDeclaration = TypeScript.SetAccessorDeclaration;
  export type SignatureDeclaration = TypeScript.SignatureDeclaration;
  export type ShorthandPropertyAssignment = TypeScript.ShorthandPropertyAssignment;
  export type SourceFile = TypeScript.SourceFile;
  export type Statement = TypeScript.Statement;
  export type StringLiteral = TypeScript.StringLiteral;
  export type Symbol = TypeScript.Symbol;
  export type SyntaxKind = TypeScript.SyntaxKind;
  export type Type = TypeScript.Type;
  export type TypeAliasDeclaration = TypeScript.TypeAliasDeclaration;
  export type TypeChecker = TypeScript.TypeChecker;
  export type TypeElement = TypeScript.TypeElement;
  export type TypeFlags = TypeScript.TypeFlags;
  export type TypeNode = TypeScript.TypeNode;
  export type TypeReference = TypeScript.TypeReference;
  export type VariableDeclaration = TypeScript.VariableDeclaration;
  export type VariableDeclarationList = TypeScript.VariableDeclarationList;
  export type NodeArray<T extends TypeScript.Node> = TypeScript.NodeArray<T>;
}
