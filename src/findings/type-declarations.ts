import { ts } from './typescript.js';
import type { Engine } from './context.js';
import { getScanFile } from './context.js';
import { resolveProjectModule } from './modules.js';
import { resolveIdentifier, resolveName } from './scope.js';

export type TypeDeclaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration;

/** How many re-exports and nested type references are followed to a type's declaration. */
export const MAX_TYPE_DEPTH = 5;

/** The declaration a type name stands for: in an enclosing block or the file, a global `.d.ts`, or through imports and re-exports. */
export function findTypeDeclaration(engine: Engine, name: ts.Identifier, depth = 0): TypeDeclaration | undefined {
  for (let node: ts.Node | undefined = name; node; node = node.parent) {
    const statements = ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) ? node.statements : undefined;
    if (!statements) continue;
    for (const statement of statements) {
      if (isTypeDeclaration(statement) && statement.name?.text === name.text) return statement;
    }
  }
  const declaration = resolveName(name.text, name);
  if (!declaration) {
    const global = engine.globalType?.(name.text);
    return global && (ts.isTypeAliasDeclaration(global) || ts.isInterfaceDeclaration(global)) ? global : undefined;
  }
  if (declaration.kind === 'class') return declaration.node;
  if (declaration?.kind !== 'import' || depth > MAX_TYPE_DEPTH) return undefined;
  const from = getScanFile(engine, name);
  const target = from ? resolveProjectModule(engine, from, (declaration.node.moduleSpecifier as ts.StringLiteral).text) : undefined;
  return target ? findExportedType(engine, target.sourceFile, declaration.imported, depth + 1) : undefined;
}

function findExportedType(engine: Engine, sourceFile: ts.SourceFile, name: string, depth: number): TypeDeclaration | undefined {
  for (const statement of sourceFile.statements) {
    if (isTypeDeclaration(statement) && statement.name?.text === name) return statement;
    // `import { ISubscriberPayload } from '@acme/shared'; export { ISubscriberPayload }` (a barrel that imports
    // first, `export { X as Y }` too): re-exported by name.
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause) && depth < MAX_TYPE_DEPTH) {
      const element = statement.exportClause.elements.find((candidate) => candidate.name.text === name);
      const local = element ? (element.propertyName ?? element.name) : undefined;
      if (local && ts.isIdentifier(local)) {
        const found = findTypeDeclaration(engine, local, depth + 1);
        if (found) return found;
      }
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && depth < MAX_TYPE_DEPTH) {
      const clause = statement.exportClause;
      const exported = !clause || (ts.isNamedExports(clause) && clause.elements.some((element) => element.name.text === name));
      if (!exported) continue;
      const file = engine.files.get(sourceFile.fileName);
      const target = file ? resolveProjectModule(engine, file, statement.moduleSpecifier.text) : undefined;
      const found = target ? findExportedType(engine, target.sourceFile, name, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

export function isTypeDeclaration(statement: ts.Statement): statement is TypeDeclaration {
  return ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement);
}

/**
 * The project's classes that implement an interface (`class TypeORMUserRepository implements UserRepositoryInterface`),
 * what a value typed by the interface is at run time when a DI container hands it over
 * (`@Inject('USER_REPOSITORY') repository: IUserRepository`, inversify's `@inject(TYPES.UserRepository)`).
 * The same declaration, not only the same name (two packages of a monorepo may each have a `LoggerInterface`), and
 * for a generic interface the same type arguments (`MapperInterface<Revision, SQLRevision>` is not the mapper of
 * another pair). Only the files whose text names the interface after `implements` are parsed (engine.implementers).
 */
/** What classes implement: an interface, or an abstract class used as one (`class S3Storage implements StorageService`). */
export type Contract = ts.InterfaceDeclaration | (ts.ClassDeclaration & { name: ts.Identifier });

export function isAbstractClass(declaration: TypeDeclaration): declaration is Contract {
  return ts.isClassDeclaration(declaration) && declaration.name !== undefined && (ts.getModifiers(declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
}

export function findImplementations(engine: Engine, contract: Contract, typeArguments = ''): ts.ClassDeclaration[] {
  const name = contract.name.text;
  const found: ts.ClassDeclaration[] = [];
  for (const file of engine.implementers?.(name) ?? []) {
    for (const statement of file.sourceFile.statements) {
      if (!ts.isClassDeclaration(statement)) continue;
      const implemented = statement.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)?.types ?? [];
      const matches = implemented.some((type) => {
        const named = ts.isPropertyAccessExpression(type.expression) ? type.expression.name : type.expression;
        return ts.isIdentifier(named) && named.text === name && typeArgumentsText(type) === typeArguments && findTypeDeclaration(engine, named) === contract;
      });
      if (matches) found.push(statement);
    }
  }
  return found;
}

/** `<Revision, SQLRevision>` as written (without spaces): how a generic interface's use and its implementations are matched. */
export function typeArgumentsText(node: { typeArguments?: ts.NodeArray<ts.TypeNode> | undefined }): string {
  return (node.typeArguments ?? []).map((argument) => argument.getText().replace(/\s+/g, '')).join(',');
}

/**
 * What a variable of the project was set to where it is declared, in this file or in the project module it is imported
 * from, through barrels that re-export it (`export { CreateInput } from './schemas'`, `export * from`, or an import
 * exported again).
 */
export function findInitializer(engine: Engine, identifier: ts.Identifier): ts.Expression | undefined {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind === 'variable' && declaration.path.length === 0) return declaration.node.initializer;
  if (declaration?.kind !== 'import') return undefined;
  const from = getScanFile(engine, identifier);
  const target = from ? resolveProjectModule(engine, from, (declaration.node.moduleSpecifier as ts.StringLiteral).text) : undefined;
  return target ? exportedInitializer(engine, target.sourceFile, declaration.imported, 0) : undefined;
}

function exportedInitializer(engine: Engine, sourceFile: ts.SourceFile, name: string, depth: number): ts.Expression | undefined {
  const local = resolveName(name, sourceFile);
  if (local?.kind === 'variable' && local.path.length === 0) return local.node.initializer;
  if (depth >= MAX_TYPE_DEPTH) return undefined;
  const file = engine.files.get(sourceFile.fileName);
  if (!file) return undefined;
  if (local?.kind === 'import') {
    const target = resolveProjectModule(engine, file, (local.node.moduleSpecifier as ts.StringLiteral).text);
    return target ? exportedInitializer(engine, target.sourceFile, local.imported, depth + 1) : undefined;
  }
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.exportClause;
    if (clause && !ts.isNamedExports(clause)) continue;
    const element = clause?.elements.find((candidate) => candidate.name.text === name);
    if (clause && !element) continue;
    const target = resolveProjectModule(engine, file, statement.moduleSpecifier.text);
    const found = target ? exportedInitializer(engine, target.sourceFile, element?.propertyName?.text ?? name, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}
