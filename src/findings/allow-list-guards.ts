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

interface AllowListGuard {
  /** Where the guard ends: it stops what comes after it. */
  end: number;
  index: number;
  list: ts.Expression;
  allowed?: Set<string> | null;
}

// A function's guards, read once: wrapper calls ask for them at every call of every caller (a hot path).
const guardsOf = new WeakMap<FunctionLike, AllowListGuard[]>();

/** The allow-list guards among the function's top-level statements and those of a `try` block at its top level. */
function allowListGuards(fn: FunctionLike): AllowListGuard[] {
  const known = guardsOf.get(fn);
  if (known) return known;
  const guards: AllowListGuard[] = [];
  const statements = fn.body && ts.isBlock(fn.body)
    ? fn.body.statements.flatMap((statement) => (ts.isTryStatement(statement) ? [statement, ...statement.tryBlock.statements] : [statement]))
    : [];
  for (const statement of statements) {
    if (!ts.isIfStatement(statement) || statement.elseStatement || !returnsOnly(statement.thenStatement)) continue;
    const test = allowListTest(fn, statement.expression);
    if (test) guards.push({ end: statement.end, ...test });
  }
  guardsOf.set(fn, guards);
  return guards;
}

/** Whether `fn`, called with `args`, returns early at an allow-list guard before it reaches `next`. */
export function stoppedByAllowList(engine: Engine, fn: FunctionLike, args: readonly ts.Expression[], next: ts.Node): boolean {
  if (next.getSourceFile() !== fn.getSourceFile()) return false;
  for (const guard of allowListGuards(fn)) {
    if (guard.end > next.pos) continue;
    const argument = args[guard.index];
    const value = argument ? unwrap(argument) : undefined;
    if (!value || !ts.isStringLiteralLike(value)) continue;
    if (guard.allowed === undefined) guard.allowed = listedStrings(engine, guard.list) ?? null;
    if (guard.allowed && !guard.allowed.has(value.text)) return true;
  }
  return false;
}
