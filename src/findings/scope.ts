import { ts } from './typescript.js';
import { forgetTexts } from './context.js';

export type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

/** What a name refers to, found syntactically (no type checker): the declaration and, for destructuring, the path. */
export type Declaration =
  | { kind: 'variable'; node: ts.VariableDeclaration; name: string; path: string[] }
  | { kind: 'parameter'; node: ts.ParameterDeclaration; fn: ts.SignatureDeclaration; index: number; name: string; path: string[] }
  | { kind: 'function'; node: ts.FunctionDeclaration }
  | { kind: 'class'; node: ts.ClassDeclaration }
  | { kind: 'enum'; node: ts.EnumDeclaration }
  | { kind: 'import'; node: ts.ImportDeclaration; name: string; imported: string }
  | { kind: 'other'; node: ts.Node };

// Kind switches rather than a chain of `ts.isX` calls: these run for every ancestor of every identifier resolved.
export const isFunctionLike = (node: ts.Node): node is FunctionLike => {
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
};

/**
 * What a scope node knows: its own declarations, the next scope out, and every name already resolved from here
 * (a name resolves the same way from anywhere in one scope).
 */
interface ScopeInfo {
  node: ts.Node;
  declarations: Map<string, Declaration> | undefined;
  outer: ScopeInfo | null | undefined;
  resolved: Map<string, Declaration | null>;
}

/*
 * Per syntax tree, what is known about its scopes: pure syntax, so shared by every file's analysis (a barrel module's
 * scope is built once), and dropped with the tree (`forgetScopes`) when the scan lets the tree go.
 *
 * Why these shapes, measured with --trace-gc on 5,000 files: a WeakMap keyed by nodes cost 2.5 s of scavenges (V8
 * processes its young keys on every one); one Map for every tree, with entries deleted as trees went, sent about
 * half of the runs into a regime where each scavenge promoted ~4 MB (1.2 s of scavenges instead of 0.2 s, twice the
 * memory). Small tables, one per tree and dropped whole, stayed at 0.2 s in every run.
 */
const scopeTables = new Map<ts.SourceFile, TreeTables>();
// Lookups come in runs within one tree; the last table answers most of them without walking up to the tree's root.
let lastTable: TreeTables | undefined;

interface TreeTables {
  scopes: Map<ts.Node, ScopeInfo>;
  /**
   * What each identifier resolved to: the same identifiers are resolved again for every caller whose arguments a
   * wrapper's values are classified for, and this spares the walk up to their scope.
   */
  identifiers: Map<ts.Identifier, Declaration | null>;
}

/** Drops what was learnt about the scopes (and the texts, context.ts) of one syntax tree, so the tree can be collected. */
export function forgetScopes(tree: ts.SourceFile): void {
  if (scopeTables.get(tree) === lastTable) lastTable = undefined;
  scopeTables.delete(tree);
  forgetTexts(tree);
}

function getNearestScope(at: ts.Node | undefined): ScopeInfo | null {
  for (let node = at; node; node = node.parent) {
    if (!isScope(node)) continue;
    let info = lastTable?.scopes.get(node);
    if (info) return info;
    let tree: ts.Node = node;
    while (tree.parent) tree = tree.parent;
    let table = scopeTables.get(tree as ts.SourceFile);
    if (!table) scopeTables.set(tree as ts.SourceFile, (table = { scopes: new Map(), identifiers: new Map() }));
    lastTable = table;
    info = table.scopes.get(node);
    if (!info) {
      info = { node, declarations: undefined, outer: undefined, resolved: new Map() };
      table.scopes.set(node, info);
    }
    return info;
  }
  return null;
}

function resolveInScope(name: string, info: ScopeInfo): Declaration | undefined {
  const known = info.resolved.get(name);
  if (known !== undefined) return known ?? undefined;
  info.declarations ??= getScopeDeclarations(info.node);
  let declaration = info.declarations.get(name);
  if (!declaration) {
    if (info.outer === undefined) info.outer = getNearestScope(info.node.parent);
    declaration = info.outer ? resolveInScope(name, info.outer) : undefined;
  }
  info.resolved.set(name, declaration ?? null);
  return declaration;
}

/** Finds the declaration a name refers to by walking the enclosing scopes outwards. */
export function resolveName(name: string, at: ts.Node): Declaration | undefined {
  const info = getNearestScope(at);
  return info ? resolveInScope(name, info) : undefined;
}

export const resolveIdentifier = (identifier: ts.Identifier): Declaration | undefined => {
  const known = lastTable?.identifiers.get(identifier);
  if (known !== undefined) return known ?? undefined;
  const info = getNearestScope(identifier);
  if (!info) return undefined;
  // getNearestScope leaves lastTable at the tables of the identifier's tree, and resolving outwards stays in that tree.
  const table = lastTable!;
  const declaration = resolveInScope(identifier.text, info);
  table.identifiers.set(identifier, declaration ?? null);
  return declaration;
};

function isScope(node: ts.Node): boolean {
  if (isFunctionLike(node)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.SourceFile:
    case ts.SyntaxKind.Block:
    case ts.SyntaxKind.ModuleBlock:
    case ts.SyntaxKind.ForStatement:
    case ts.SyntaxKind.ForOfStatement:
    case ts.SyntaxKind.ForInStatement:
    case ts.SyntaxKind.CatchClause:
    case ts.SyntaxKind.CaseBlock:
    case ts.SyntaxKind.ClassExpression:
      return true;
    default:
      return false;
  }
}

function getScopeDeclarations(scope: ts.Node): Map<string, Declaration> {
  // Built once per scope node: resolveInScope keeps the result on the scope's ScopeInfo.
  const declarations = new Map<string, Declaration>();
  const addBinding = (name: ts.BindingName, make: (name: string, path: string[]) => Declaration, path: string[] = []) => {
    if (ts.isIdentifier(name)) {
      if (!declarations.has(name.text)) declarations.set(name.text, make(name.text, path));
      return;
    }
    name.elements.forEach((element, index) => {
      if (ts.isOmittedExpression(element)) return;
      if (ts.isObjectBindingPattern(name)) {
        const key = element.propertyName ? propertyNameText(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
        addBinding(element.name, make, element.dotDotDotToken || key === undefined ? path : [...path, key]);
      } else {
        addBinding(element.name, make, element.dotDotDotToken ? path : [...path, String(index)]);
      }
    });
  };
  const addVariables = (list: ts.VariableDeclarationList) => {
    for (const declaration of list.declarations) {
      addBinding(declaration.name, (name, path) => ({ kind: 'variable', node: declaration, name, path }));
    }
  };
  const addStatement = (statement: ts.Statement) => {
    if (ts.isVariableStatement(statement)) addVariables(statement.declarationList);
    else if (ts.isFunctionDeclaration(statement) && statement.name) {
      if (!declarations.has(statement.name.text) || statement.body) declarations.set(statement.name.text, { kind: 'function', node: statement });
    } else if (ts.isClassDeclaration(statement) && statement.name) declarations.set(statement.name.text, { kind: 'class', node: statement });
    else if (ts.isEnumDeclaration(statement)) declarations.set(statement.name.text, { kind: 'enum', node: statement });
    else if (ts.isImportDeclaration(statement)) addImport(statement);
    else if (ts.isImportEqualsDeclaration(statement)) declarations.set(statement.name.text, { kind: 'other', node: statement });
    else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) declarations.set(statement.name.text, { kind: 'other', node: statement });
    else if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return;
  };
  const addImport = (statement: ts.ImportDeclaration) => {
    const clause = statement.importClause;
    // A half-written import (`import { a,</ b } from 'x'`) may parse without a string specifier: nothing to follow.
    if (!clause || !ts.isStringLiteral(statement.moduleSpecifier)) return;
    if (clause.name) declarations.set(clause.name.text, { kind: 'import', node: statement, name: clause.name.text, imported: 'default' });
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      declarations.set(bindings.name.text, { kind: 'import', node: statement, name: bindings.name.text, imported: '*' });
    } else if (bindings) {
      for (const element of bindings.elements) {
        const imported = element.propertyName ? propertyNameText(element.propertyName) ?? element.name.text : element.name.text;
        declarations.set(element.name.text, { kind: 'import', node: statement, name: element.name.text, imported });
      }
    }
  };

  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
    for (const statement of scope.statements) addStatement(statement);
  } else if (ts.isCaseBlock(scope)) {
    for (const clause of scope.clauses) for (const statement of clause.statements) addStatement(statement);
  } else if (isFunctionLike(scope)) {
    scope.parameters.forEach((parameter, index) => {
      addBinding(parameter.name, (name, path) => ({ kind: 'parameter', node: parameter, fn: scope, index, name, path }));
    });
    if ((ts.isFunctionExpression(scope) || ts.isFunctionDeclaration(scope)) && scope.name && !declarations.has(scope.name.text)) {
      declarations.set(scope.name.text, { kind: 'other', node: scope });
    }
    // An arrow function's expression body is not a block, so its names live here.
  } else if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    if (scope.initializer && ts.isVariableDeclarationList(scope.initializer)) addVariables(scope.initializer);
  } else if (ts.isCatchClause(scope)) {
    if (scope.variableDeclaration) {
      const variable = scope.variableDeclaration;
      addBinding(variable.name, () => ({ kind: 'other', node: variable }));
    }
  } else if (ts.isClassExpression(scope) && scope.name) {
    declarations.set(scope.name.text, { kind: 'other', node: scope });
  }
  return declarations;
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName | ts.MemberName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  if (ts.isComputedPropertyName(name) && ts.isIdentifier(name.expression)) return constantStringOf(name.expression);
  return undefined;
}

/** `[codeParam]: z.string()` of `const codeParam = 'code'`: a key named by a string constant of the same file. */
function constantStringOf(identifier: ts.Identifier): string | undefined {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return undefined;
  if (!(ts.getCombinedNodeFlags(declaration.node) & ts.NodeFlags.Const)) return undefined;
  const value = unwrap(declaration.node.initializer);
  return ts.isStringLiteralLike(value) ? value.text : undefined;
}

/** Strips wrappers that do not change the value: parentheses, `as`, `!`, `satisfies`, `<T>x`, `await`. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (
      ts.isParenthesizedExpression(current) ||
      ts.isAsExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isSatisfiesExpression(current) ||
      ts.isTypeAssertionExpression(current) ||
      ts.isAwaitExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

/** The nearest enclosing function, or undefined at module level. */
/** The name a call is made by: `track` of `track(...)` and of `analytics.track(...)`; undefined for other callees. */
export function calledName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

export function getEnclosingFunction(node: ts.Node): FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionLike(current)) return current;
  return undefined;
}

/** What a function returns: its expression body, or the expressions of its own `return` statements (not nested functions'). */
export function returnedExpressions(fn: FunctionLike): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression);
    else if (!isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return found;
}

export function getEnclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isClassDeclaration(current) || ts.isClassExpression(current)) return current;
    // `this` inside a nested `function` is not the class instance any more.
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
  }
  return undefined;
}

/** Every identifier below `container` that refers to `declaration` (same name, same resolution). */
export function findReferences(container: ts.Node, declaration: Declaration, name: string): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && isReferencePosition(node)) {
      const resolved = resolveIdentifier(node);
      if (resolved && resolved.node === declaration.node) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(container);
  return found;
}

function isReferencePosition(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === identifier) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === identifier) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === identifier) return false;
  return true;
}

/** The object literal a plain variable was declared with (`const payload = { ... }`), if any. */
export function declaredObjectLiteral(identifier: ts.Identifier): ts.ObjectLiteralExpression | undefined {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return undefined;
  const initializer = unwrap(declaration.node.initializer);
  return ts.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/** The value an object literal gives its property `name`, when written after any spread that could override it. */
export function namedMember(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (let index = node.properties.length - 1; index >= 0; index--) {
    const property = node.properties[index]!;
    if (ts.isSpreadAssignment(property)) return undefined;
    if (!property.name || propertyNameText(property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
    return undefined;
  }
  return undefined;
}
