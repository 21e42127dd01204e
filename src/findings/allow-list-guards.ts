import { ts } from './typescript.js';
import type { Engine } from './context.js';
import type { FunctionLike } from './scope.js';
import { unwrap } from './scope.js';
import { findInitializer } from './type-declarations.js';

/*
 * A wrapper that returns early unless its argument is on a fixed list (`if (!ALLOWED.has(category)) return;` before
 * it calls the analytics SDK) sends nothing for a caller whose argument, written as text, is not on that list:
 * `trackEvent('toolbar', ...)` with `ALLOWED = new Set(['export'])` never reaches the sink. Only literal arguments
 * and lists written out as text are judged; anything else is assumed to pass.
 */

/** The strings of a constant list (`new Set(['a', 'b'])`, `['a', 'b']`, `['a'] as const`), or undefined. */
function listedStrings(engine: Engine, expression: ts.Expression): Set<string> | undefined {
  let list = unwrap(expression);
  if (ts.isIdentifier(list)) {
    const initializer = findInitializer(engine, list);
    if (!initializer) return undefined;
    list = unwrap(initializer);
  }
  if (ts.isNewExpression(list) && ts.isIdentifier(list.expression) && list.expression.text === 'Set' && list.arguments?.length === 1) {
    list = unwrap(list.arguments[0]!);
  }
  if (!ts.isArrayLiteralExpression(list)) return undefined;
  const strings = new Set<string>();
  for (const element of list.elements) {
    if (!ts.isStringLiteralLike(element)) return undefined;
    strings.add(element.text);
  }
  return strings;
}

const returnsOnly = (statement: ts.Statement): boolean =>
  ts.isReturnStatement(statement) || (ts.isBlock(statement) && statement.statements.length === 1 && ts.isReturnStatement(statement.statements[0]!));

/** `!LIST.has(p)` / `!LIST.includes(p)`: the list and the parameter's index, when `p` is a parameter of `fn`. */
function allowListTest(fn: FunctionLike, condition: ts.Expression): { list: ts.Expression; index: number } | undefined {
  const test = unwrap(condition);
  if (!ts.isPrefixUnaryExpression(test) || test.operator !== ts.SyntaxKind.ExclamationToken) return undefined;
  const call = unwrap(test.operand);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.arguments.length !== 1) return undefined;
  if (call.expression.name.text !== 'has' && call.expression.name.text !== 'includes') return undefined;
  const argument = unwrap(call.arguments[0]!);
  if (!ts.isIdentifier(argument)) return undefined;
  const index = fn.parameters.findIndex((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === argument.text);
  return index >= 0 ? { list: call.expression.expression, index } : undefined;
}

/** The function's top-level statements, and those of a `try` block at its top level, that come before `before`. */
function statementsBefore(fn: FunctionLike, before: ts.Node): ts.Statement[] {
  if (!fn.body || !ts.isBlock(fn.body) || before.getSourceFile() !== fn.getSourceFile()) return [];
  const statements: ts.Statement[] = [];
  for (const statement of fn.body.statements) {
    if (statement.pos >= before.pos) break;
    statements.push(statement);
    if (ts.isTryStatement(statement)) statements.push(...statement.tryBlock.statements.filter((inner) => inner.end <= before.pos));
  }
  return statements;
}

/** Whether `fn`, called with `args`, returns early at an allow-list guard before it reaches `next`. */
export function stoppedByAllowList(engine: Engine, fn: FunctionLike, args: readonly ts.Expression[], next: ts.Node): boolean {
  for (const statement of statementsBefore(fn, next)) {
    if (!ts.isIfStatement(statement) || statement.elseStatement || !returnsOnly(statement.thenStatement)) continue;
    const test = allowListTest(fn, statement.expression);
    const argument = test ? args[test.index] : undefined;
    if (!test || !argument) continue;
    const value = unwrap(argument);
    if (!ts.isStringLiteralLike(value)) continue;
    const allowed = listedStrings(engine, test.list);
    if (allowed && !allowed.has(value.text)) return true;
  }
  return false;
}
