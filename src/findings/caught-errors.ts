import { ts } from './typescript.js';
import type { Binding } from './bindings.js';
import type { Declaration, FunctionLike } from './scope.js';
import { isFunctionLike, unwrap } from './scope.js';

/*
 * An error caught from a call that received personal data carries that data: SQL libraries quote the failing
 * parameters in their messages, mailers the addressee, HTTP clients the request they sent. Logged or reported whole,
 * the error sends that data on, for the libraries known to echo their input (ERROR_ECHOES); still low confidence,
 * since whether a given error includes it depends on the failure.
 */

// Methods that only read, reshape or collect values in memory: their errors (if any) say nothing about the input.
const IN_MEMORY_METHODS = new Set([
  'push', 'unshift', 'add', 'append', 'set', 'get', 'has', 'delete', 'map', 'flatMap', 'filter', 'find', 'forEach', 'reduce', 'some', 'every',
  'includes', 'indexOf', 'join', 'split', 'slice', 'concat', 'sort', 'trim', 'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'toString',
  'toISOString', 'startsWith', 'endsWith', 'then', 'catch', 'finally', 'log', 'info', 'warn', 'error', 'debug', 'trace',
]);
/*
 * What a library's error says about the call that failed, from how each builds its errors. `text` is what its message
 * (and so its stack) shows: Drizzle's "Failed query" lists the parameters, Knex inlines the bindings into the SQL it
 * quotes, pg, TypeORM and Sequelize pass on the database's text ("invalid input syntax for type uuid: ..."),
 * Mongoose's cast and validation errors name the rejected value, Nodemailer the rejected recipient, Stripe the object
 * it could not find ("No such customer: 'cus_...'"); got's HTTPError (12 and later) names the method and URL, not the
 * body, and keeps its `options` out of what a log prints (non-enumerable); axios's says only "Request failed with
 * status code 404": its input is in the error's `config` (URL, data, headers), which a log of the whole error, or of
 * that property, prints. `whole` is what logging the error object shows.
 * Prisma is not one of them: its runtime errors (a known request error such as P2002 or P2025, a connection or
 * initialization error) name the model, the operation and the fields, never the values. Only its validation error
 * prints the arguments, and that is a programming error type-checked code does not reach in production; on real apps
 * its caught errors were judged false 11 times and right twice, both borderline.
 * Other calls (fetch's "fetch failed", an app's REST client whose errors are server codes, a project helper) were
 * judged on real apps to carry nothing of their input: 100 of 114 such findings were false.
 */
type Shown = 'arguments' | 'url' | 'none';
export interface ErrorEcho {
  text: Shown;
  whole: Shown;
}
const SHOWS_ARGUMENTS: ErrorEcho = { text: 'arguments', whole: 'arguments' };
const ERROR_ECHOES = new Map<string, ErrorEcho>([
  ['drizzle-orm', SHOWS_ARGUMENTS], ['knex', SHOWS_ARGUMENTS], ['pg', SHOWS_ARGUMENTS], ['typeorm', SHOWS_ARGUMENTS], ['sequelize', SHOWS_ARGUMENTS], ['sequelize-typescript', SHOWS_ARGUMENTS],
  ['mongoose', SHOWS_ARGUMENTS], ['nodemailer', SHOWS_ARGUMENTS], ['stripe', SHOWS_ARGUMENTS],
  ['axios', { text: 'none', whole: 'arguments' }],
  ['got', { text: 'url', whole: 'url' }],
]);
const errorEcho = (module: string) => ERROR_ECHOES.get(module) ?? ERROR_ECHOES.get([...ERROR_ECHOES.keys()].find((name) => module.startsWith(`${name}/`)) ?? '');

// An error the project builds shows in its text what the text was built from, however it is logged.
const BUILT_ERROR_ECHO: ErrorEcho = SHOWS_ARGUMENTS;

/*
 * The values written into an error's text: the substitutions of a template and the operands of a concatenation, also
 * inside an options object (`{ message: \`...\` }`). A value passed as such (`new HttpError(status, body)`) or a code is
 * not text the project wrote.
 */
function interpolatedValues(args: readonly ts.Expression[]): ts.Expression[] {
  return args.flatMap((argument) => {
    const node = unwrap(argument);
    if (ts.isTemplateExpression(node)) return node.templateSpans.map((span) => span.expression);
    if (ts.isObjectLiteralExpression(node)) {
      return interpolatedValues(node.properties.flatMap((property) => (ts.isPropertyAssignment(property) ? [property.initializer] : [])));
    }
    const operands = concatenated(node);
    if (!operands.some((operand) => ts.isStringLiteralLike(operand) || ts.isTemplateExpression(operand))) return [];
    return operands.flatMap((operand) => (ts.isStringLiteralLike(operand) ? [] : ts.isTemplateExpression(operand) ? interpolatedValues([operand]) : [operand]));
  });
}

function concatenated(node: ts.Expression): ts.Expression[] {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.PlusToken) return [node];
  return [...concatenated(unwrap(node.left)), ...concatenated(unwrap(node.right))];
}

// The members of an error that are its text: what `text` above says they show.
const TEXT_MEMBERS = new Set(['message', 'stack']);

/**
 * The expressions of an echoing call whose values the caught error may show, when the catch logs `member` of it (or
 * the whole error when undefined).
 */
export function echoedExpressions({ call, echo }: EchoingCall, member: string | undefined): readonly ts.Expression[] {
  if (ts.isNewExpression(call)) return interpolatedValues(call.arguments ?? []);
  const shown = member === undefined ? echo.whole : TEXT_MEMBERS.has(member) ? echo.text : 'arguments';
  if (shown === 'none') return [];
  if (shown === 'url') return call.arguments.slice(0, 1);
  return call.arguments;
}

/** The calls an error value may come from: a `catch (error)` clause's try block, or the chain a `.catch((error) => ...)` hangs on. */
export function caughtErrorOrigin(declaration: Declaration | undefined): ts.Node | undefined {
  if (!declaration) return undefined;
  if (declaration.kind === 'other' && ts.isVariableDeclaration(declaration.node) && ts.isCatchClause(declaration.node.parent)) {
    const statement = declaration.node.parent.parent;
    return ts.isTryStatement(statement) ? statement.tryBlock : undefined;
  }
  if (declaration.kind !== 'parameter' || declaration.index !== 0 || declaration.path.length > 0) return undefined;
  const fn = declaration.fn;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isCallExpression(fn.parent)) return undefined;
  const call = fn.parent;
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const isRejectionHandler = (callee.name.text === 'catch' && call.arguments[0] === fn) || (callee.name.text === 'then' && call.arguments[1] === fn);
  return isRejectionHandler ? callee.expression : undefined;
}

/**
 * A call into an echoing library that may fail with what it was given (or an error the project builds and throws,
 * ``new AppError(`No recipient ${email}`)``), reached from the caught block either directly (`via` empty) or through
 * the project functions `via` calls in turn, each with the function it enters: the data the error carries is what
 * reaches that library call's arguments, followed through those functions' parameters.
 */
export interface EchoingCall {
  call: ts.CallExpression | ts.NewExpression;
  echo: ErrorEcho;
  via: { call: ts.CallExpression; fn: FunctionLike }[];
}

/** The echoing library calls under `origin` that may throw with what they were given; inline callbacks run there too. */
export function throwingCalls(origin: ts.Node, resolve: (expression: ts.Expression) => Binding | undefined): EchoingCall[] {
  const calls: EchoingCall[] = [];
  // A call inside an inner try whose catch does not throw again fails there, never into this catch.
  visitCalls(origin, true, (call) => {
    calls.push(...echoingCalls(call, resolve, []));
    return false;
  });
  return calls;
}

/**
 * Visits the calls with arguments that run in `origin` (inline callbacks included, other functions not), and the
 * errors it builds and throws, until `found` says so. With `uncaughtOnly`, skips the try blocks whose catch does not
 * throw again: what fails there stays inside.
 */
function visitCalls(origin: ts.Node, uncaughtOnly: boolean, found: (call: ts.CallExpression | ts.NewExpression) => boolean): boolean {
  const visit = (node: ts.Node): boolean => {
    if (node !== origin && isFunctionLike(node) && !(ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression))) return false;
    if (uncaughtOnly && ts.isTryStatement(node) && node.catchClause && !rethrows(node.catchClause)) {
      return [node.catchClause.block, node.finallyBlock].some((block) => block !== undefined && visit(block));
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0 && found(node)) return true;
    const thrown = ts.isThrowStatement(node) ? unwrap(node.expression) : undefined;
    if (thrown && ts.isNewExpression(thrown) && (thrown.arguments?.length ?? 0) > 0 && found(thrown)) return true;
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(origin);
}

function rethrows(clause: ts.CatchClause): boolean {
  const visit = (node: ts.Node): boolean => {
    if (ts.isThrowStatement(node)) return true;
    if (isFunctionLike(node)) return false;
    return ts.forEachChild(node, visit) ?? false;
  };
  return visit(clause.block);
}

// How deep to follow project functions into the functions they call before giving up on an error escaping.
const MAX_WRAPPER_DEPTH = 3;

/*
 * A project function is followed into its body: the error it lets out carries the input only when that input reaches
 * an echoing library call there. Blaming whatever the function was given whenever it called such a library with
 * anything (an id, a config) made most logged errors false findings on real apps.
 */
function echoingCalls(call: ts.CallExpression | ts.NewExpression, resolve: (expression: ts.Expression) => Binding | undefined, via: EchoingCall['via']): EchoingCall[] {
  if (ts.isNewExpression(call)) return interpolatedValues(call.arguments ?? []).length > 0 ? [{ call, echo: BUILT_ERROR_ECHO, via }] : [];
  const callee = unwrap(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (method !== undefined && IN_MEMORY_METHODS.has(method)) return [];
  const binding = resolve(callee);
  if (!binding) return [];
  if (binding.type === 'library') {
    const echo = errorEcho(binding.module);
    return echo ? [{ call, echo, via }] : [];
  }
  // A project function that does I/O (`async`, as wrappers around a client are) and lets a client's error out: one that
  // catches its own failures (logs them, posts an alert, returns a fallback) throws nothing with the input. A
  // synchronous helper's errors are its own.
  if (binding.type !== 'function' || !isAsync(binding.fn)) return [];
  return callsLetOut(binding.fn, resolve, [...via, { call, fn: binding.fn }]);
}

function isAsync(fn: FunctionLike): boolean {
  return (ts.getModifiers(fn as ts.HasModifiers) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
}

function callsLetOut(fn: FunctionLike, resolve: (expression: ts.Expression) => Binding | undefined, via: EchoingCall['via']): EchoingCall[] {
  // A cycle or a chain of wrappers deeper than privlint looks: no echoing client was seen, so no claim is made. Keeping
  // the guess there blamed every error of an app's deep store/REST layers on whatever its actions received (judged
  // false on a React Native app whose errors carry server messages only).
  if (via.slice(0, -1).some((step) => step.fn === fn) || via.length > MAX_WRAPPER_DEPTH) return [];
  const body = fn.body;
  if (body === undefined) return [];
  const calls: EchoingCall[] = [];
  visitCalls(body, true, (call) => {
    calls.push(...echoingCalls(call, resolve, via));
    return false;
  });
  return calls;
}
