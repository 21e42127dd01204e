import { ts } from './typescript.js';
import type { Engine } from './context.js';
import { resolveIdentifier, unwrap } from './scope.js';
import { findInitializer } from './type-declarations.js';

const MAX_DEPTH = 4;
const CASE_METHODS: ReadonlyMap<string, (text: string) => string> = new Map([
  ['toLowerCase', (text) => text.toLowerCase()],
  ['toUpperCase', (text) => text.toUpperCase()],
  ['toLocaleLowerCase', (text) => text.toLowerCase()],
  ['toLocaleUpperCase', (text) => text.toUpperCase()],
  ['trim', (text) => text.trim()],
]);

/**
 * The texts a key expression can only be, when the code names it through constants rather than a literal:
 * `headers[HEADER_KEY_TIMEZONE.toLowerCase()]` with `export const HEADER_KEY_TIMEZONE = 'Timezone'` in another module,
 * or `headers.get(header)` inside `for (const header of IP_HEADERS)` with `const IP_HEADERS = ['x-real-ip', ...]`.
 * undefined when any part of it is not a constant (a parameter, a call, a computed text).
 */
export function constantTexts(engine: Engine, expression: ts.Expression, depth = 0): string[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isCallExpression(node) && node.arguments.length === 0 && ts.isPropertyAccessExpression(node.expression)) {
    const change = CASE_METHODS.get(node.expression.name.text);
    const texts = change ? constantTexts(engine, node.expression.expression, depth + 1) : undefined;
    return texts?.map(change!);
  }
  if (ts.isPropertyAccessExpression(node)) return memberTexts(engine, node, depth);
  if (!ts.isIdentifier(node)) return undefined;
  const element = loopElementTexts(engine, node, depth);
  if (element) return element;
  const initializer = constInitializer(engine, node);
  return initializer ? constantTexts(engine, initializer, depth + 1) : undefined;
}

/** `Service.HEADER` of a class's `static readonly HEADER = 'x-...'`, or `HEADERS.ip` of a constant object literal. */
function memberTexts(engine: Engine, node: ts.PropertyAccessExpression, depth: number): string[] | undefined {
  const owner = unwrap(node.expression);
  if (!ts.isIdentifier(owner)) return undefined;
  const declaration = resolveIdentifier(owner);
  if (declaration?.kind === 'class') {
    const member = (declaration.node as ts.ClassLikeDeclaration).members.find(
      (candidate): candidate is ts.PropertyDeclaration =>
        ts.isPropertyDeclaration(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === node.name.text &&
        (ts.getModifiers(candidate) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
        (ts.getModifiers(candidate) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword),
    );
    return member?.initializer ? constantTexts(engine, member.initializer, depth + 1) : undefined;
  }
  const initializer = constInitializer(engine, owner);
  const literal = initializer ? unwrap(initializer) : undefined;
  if (!literal || !ts.isObjectLiteralExpression(literal)) return undefined;
  const property = literal.properties.find(
    (candidate): candidate is ts.PropertyAssignment => ts.isPropertyAssignment(candidate) && ts.isIdentifier(candidate.name) && candidate.name.text === node.name.text,
  );
  return property ? constantTexts(engine, property.initializer, depth + 1) : undefined;
}

/** The loop variable of `for (const header of LIST)` over a constant array of texts: each of them. */
function loopElementTexts(engine: Engine, node: ts.Identifier, depth: number): string[] | undefined {
  const declaration = resolveIdentifier(node);
  if (declaration?.kind !== 'variable' || declaration.path.length !== 0) return undefined;
  const list = declaration.node.parent;
  const loop = ts.isVariableDeclarationList(list) ? list.parent : undefined;
  if (!loop || !ts.isForOfStatement(loop) || (list.flags & ts.NodeFlags.Const) === 0) return undefined;
  const source = unwrap(loop.expression);
  const array = ts.isIdentifier(source) ? constInitializer(engine, source) : source;
  const literal = array ? unwrap(array) : undefined;
  if (!literal || !ts.isArrayLiteralExpression(literal) || literal.elements.length === 0) return undefined;
  const texts: string[] = [];
  for (const element of literal.elements) {
    const found = ts.isSpreadElement(element) ? undefined : constantTexts(engine, element, depth + 1);
    if (!found) return undefined;
    texts.push(...found);
  }
  return texts;
}

/** The initializer of a `const` (in this module or imported from the project's own), never of a `let` that may change. */
function constInitializer(engine: Engine, identifier: ts.Identifier): ts.Expression | undefined {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind === 'variable' && (declaration.node.parent.flags & ts.NodeFlags.Const) === 0) return undefined;
  return findInitializer(engine, identifier);
}
