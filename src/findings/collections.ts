import { ts } from './typescript.js';
import type { DataItem } from './context.js';
import type { FunctionLike } from './scope.js';
import { getEnclosingClass, getEnclosingFunction, isFunctionLike, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import { findConstructorAssignment } from './bindings.js';

/*
 * Collections a value travels through before it reaches a sink: arrays built with `push`, rows mapped with `.map()`,
 * `FormData`/`URLSearchParams`/`Map`/`Headers` filled with `append`/`set`, and the array methods that hand back (some of)
 * the elements they were given. The value classifier asks here; what a collection holds is classified by its callbacks.
 */

// Methods that hand back elements of the receiver (and, for `concat`, of the arguments) unchanged.
const ELEMENT_PRESERVING = new Set([
  'filter', 'slice', 'concat', 'reverse', 'sort', 'toSorted', 'toReversed', 'toSpliced', 'flat', 'find', 'findLast', 'at', 'values', 'with', 'splice',
]);
// Methods that hand back what their callback returns for each element.
const ELEMENT_MAPPING = new Set(['map', 'flatMap']);
// Methods that fold the elements into an accumulator the callback returns (or fills) and the call hands back.
const ELEMENT_FOLDING = new Set(['reduce', 'reduceRight']);
// Methods that put their arguments into the receiver.
const VALUE_MUTATORS = new Set(['push', 'unshift', 'add']);
// Methods that put a value under a key into the receiver: the key names the value when the value says nothing.
const KEYED_MUTATORS = new Set(['append', 'set']);
// Built-ins that start an empty (or partly filled) collection the code fills afterwards.
const COLLECTION_CONSTRUCTORS = new Set(['FormData', 'URLSearchParams', 'Map', 'Set', 'Headers', 'Array']);

export interface CollectionHooks {
  classifyValue: (expression: ts.Expression, depth: number) => DataItem[];
  /** Classifies the callback's returned values with its first parameter standing for the receiver's elements. */
  classifyCallbackReturns: (callback: FunctionLike, element: ts.Expression, depth: number) => DataItem[];
  /**
   * A fold's callback (`(acc, row) => ...`): what it returns and what it puts into its accumulator, with `row`
   * standing for the receiver's elements and `acc` for the initial value.
   */
  classifyFold: (callback: FunctionLike, receiver: ts.Expression, initial: ts.Expression | undefined, depth: number) => DataItem[];
  /** The values at `path` of what the callback returns, its first parameter standing for the receiver's elements. */
  classifyCallbackReturnsAt: (callback: FunctionLike, element: ts.Expression, path: readonly string[], depth: number) => DataItem[];
  classifyValueAt: (expression: ts.Expression, path: readonly string[], depth: number) => DataItem[];
  /** The function a callback argument names (`rows.map(toRow)`), when it is the project's own. */
  resolveCallback: (expression: ts.Expression) => FunctionLike | undefined;
  /** `siblings`: the keys of every entry the code put into the same collection (`client_secret` beside `code`). */
  classifyKeyed: (key: string, value: ts.Expression, depth: number, siblings: readonly string[]) => DataItem[];
  /** A file part appended to a form (`{ uri, type, name }`): the local file at `uri` is sent. */
  classifyFilePart: (part: ts.ObjectLiteralExpression, uri: ts.Expression, depth: number) => DataItem[];
}

/** What an array method call hands back: `rows.filter(...)`, `a.concat(b)`, `users.map((u) => ({ email: u.email }))`. */
export function classifyCollectionCall(call: ts.CallExpression, hooks: CollectionHooks, depth: number): DataItem[] | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const receiver = callee.expression;
  if (ELEMENT_MAPPING.has(method) || ELEMENT_FOLDING.has(method)) {
    const callback = call.arguments[0] ? callbackOf(unwrap(call.arguments[0]), hooks) : undefined;
    if (!callback) return undefined;
    // The callback's returns are a function's (two steps, as for a call): the method adds none of its own.
    if (ELEMENT_FOLDING.has(method)) return hooks.classifyFold(callback, receiver, call.arguments[1], depth);
    return hooks.classifyCallbackReturns(callback, receiver, depth);
  }
  if (!ELEMENT_PRESERVING.has(method)) return undefined;
  const fromReceiver = hooks.classifyValue(receiver, depth + 1);
  if (method !== 'concat') return fromReceiver;
  return [...fromReceiver, ...call.arguments.flatMap((argument) => hooks.classifyValue(argument, depth + 1))];
}

/**
 * A member read out of an element of an array method's result (`mail.to` of a `mails` that is `users.map((user) => ({
 * to: user.email }))`): the member of what the callback returns, or of the receiver's elements that the method keeps.
 */
export function classifyCollectionCallAt(call: ts.CallExpression, path: readonly string[], hooks: CollectionHooks, depth: number): DataItem[] | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || path.length === 0) return undefined;
  const method = callee.name.text;
  if (ELEMENT_MAPPING.has(method)) {
    const callback = call.arguments[0] ? callbackOf(unwrap(call.arguments[0]), hooks) : undefined;
    return callback ? hooks.classifyCallbackReturnsAt(callback, callee.expression, path, depth + 1) : undefined;
  }
  if (ELEMENT_PRESERVING.has(method) && /^\D/.test(path[0]!)) return hooks.classifyValueAt(callee.expression, path, depth + 1);
  return undefined;
}

/** A callback written in place, or one of the project's functions named by it (`rows.map(toRow)`, `fields.map(this.format)`). */
function callbackOf(node: ts.Expression, hooks: CollectionHooks): FunctionLike | undefined {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) ? hooks.resolveCallback(node) : undefined;
}

/**
 * What a fold's callback puts into its accumulator parameter: `acc.push(row)`, `acc.set(key, row)`, `acc[key] = row`,
 * `acc.key = row` (`rows.reduce((acc, row) => { acc.push(toMessage(row)); return acc; }, [])`).
 */
export function accumulatedValues(callback: FunctionLike): ts.Expression[] {
  const accumulator = callback.parameters[0];
  if (!accumulator || !ts.isIdentifier(accumulator.name) || !callback.body) return [];
  const name = accumulator.name.text;
  const isAccumulator = (node: ts.Expression) => ts.isIdentifier(node) && node.text === name && resolveIdentifier(node)?.node === accumulator;
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee) && isAccumulator(unwrap(callee.expression))) {
        if (VALUE_MUTATORS.has(callee.name.text)) values.push(...node.arguments);
        else if (KEYED_MUTATORS.has(callee.name.text) && node.arguments[1]) values.push(node.arguments[1]);
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = unwrap(node.left);
      if ((ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) && isAccumulator(unwrap(target.expression))) values.push(node.right);
    }
    if (isFunctionLike(node) && !isInlineCallback(node)) return;
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(callback.body, visit);
  return values;
}

/** `Array.from(rows, (row) => ...)`: the mapping callback's returns, else the source's elements. */
export function classifyArrayFrom(call: ts.CallExpression, hooks: CollectionHooks, depth: number): DataItem[] {
  const [source, mapper] = call.arguments;
  if (!source) return [];
  const callback = mapper ? unwrap(mapper) : undefined;
  if (callback && (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return hooks.classifyCallbackReturns(callback, source, depth + 1);
  return hooks.classifyValue(source, depth + 1);
}

/**
 * Whether a variable starts as a collection the code fills later: `[]`, `[first]`, `new FormData()`,
 * `new URLSearchParams()`, or an empty object whose members are assigned afterwards (`const headers = {}`).
 */
export function isCollectionStart(initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  const node = unwrap(initializer);
  if (ts.isArrayLiteralExpression(node) || isEmptyObject(node)) return true;
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && COLLECTION_CONSTRUCTORS.has(node.expression.text);
}

/**
 * What the code put into a collection variable before `reference` reads it: `rows.push(row)`, `messages.push({ role,
 * content })`, `form.append('email', email)`, `params.set('phone', phone)`. Only calls in the same function count:
 * one after the read, or in another function, did not fill what the read hands over.
 */
export function mutationItems(reference: ts.Identifier, variable: ts.VariableDeclaration, hooks: CollectionHooks, depth: number): DataItem[] {
  const scope = getEnclosingFunction(reference) ?? reference.getSourceFile();
  const calls: ts.CallExpression[] = [];
  const assignments: ts.BinaryExpression[] = [];
  const fillsMembers = variable.initializer !== undefined && isEmptyObject(unwrap(variable.initializer));
  const visit = (node: ts.Node) => {
    if (node.pos >= reference.pos) return;
    if (fillsMembers && isMemberAssignment(node, reference.text) && node.end <= reference.pos && resolveIdentifier(memberOwner(node.left))?.node === variable) {
      assignments.push(node);
    }
    if (ts.isCallExpression(node) && node.end <= reference.pos) {
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === reference.text) {
        const method = callee.name.text;
        if ((VALUE_MUTATORS.has(method) || KEYED_MUTATORS.has(method)) && resolveIdentifier(callee.expression)?.node === variable) calls.push(node);
      }
    }
    if (node !== scope && isFunctionLike(node) && !isInlineCallback(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return [...classifyMutations(calls, hooks, depth), ...classifyMemberAssignments(assignments, hooks, depth)];
}

function isEmptyObject(node: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(node) && node.properties.length === 0;
}

/** `headers.cookie = value`, `headers[name] = value` on the variable named `owner`. */
function isMemberAssignment(node: ts.Node, owner: string): node is ts.BinaryExpression & { left: ts.PropertyAccessExpression | ts.ElementAccessExpression } {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const target = node.left;
  if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return false;
  const base = unwrap(target.expression);
  return ts.isIdentifier(base) && base.text === owner;
}

function memberOwner(target: ts.Expression): ts.Identifier {
  return unwrap((target as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression) as ts.Identifier;
}

/**
 * What assignments to an empty object's members put into it (`headers.cookie = request.headers.cookie`,
 * `payload[key] = value`): the member's name names a value that says nothing itself, as a key of `append` does.
 */
function classifyMemberAssignments(assignments: readonly ts.BinaryExpression[], hooks: CollectionHooks, depth: number): DataItem[] {
  const keyOf = (assignment: ts.BinaryExpression): string | undefined => {
    const target = assignment.left;
    if (ts.isPropertyAccessExpression(target)) return target.name.text;
    return ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression.text : undefined;
  };
  const siblings = assignments.flatMap((assignment) => keyOf(assignment) ?? []);
  return assignments.flatMap((assignment) => {
    const key = keyOf(assignment);
    return key === undefined ? hooks.classifyValue(assignment.right, depth + 1) : hooks.classifyKeyed(key, assignment.right, depth + 1, siblings);
  });
}

/** The values the calls put into one collection; the keys of its other entries stand beside each keyed one. */
function classifyMutations(calls: readonly ts.CallExpression[], hooks: CollectionHooks, depth: number): DataItem[] {
  const siblings = calls.flatMap((call) => {
    const key = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    return key && ts.isStringLiteralLike(key) ? [key.text] : [];
  });
  return calls.flatMap((call) => mutationValues(call, hooks, depth, siblings));
}

/**
 * What the methods of a class put into a collection held in its field, read as `this.form`: `this.form = new
 * FormData()` in the constructor, `this.form.append('file', part)` in one method and `xhr.send(this.form)` in another.
 * Methods run in an order the code does not show, so every filling call in the class counts.
 */
export function fieldMutationItems(reference: ts.PropertyAccessExpression, hooks: CollectionHooks, depth: number): DataItem[] {
  if (reference.expression.kind !== ts.SyntaxKind.ThisKeyword) return [];
  const owner = getEnclosingClass(reference);
  const name = reference.name.text;
  if (!owner || !isCollectionField(owner, name)) return [];
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    // A nested class or `function` has its own `this`.
    if (ts.isClassLike(node) || ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      if (ts.isPropertyAccessExpression(callee) && isThisField(unwrap(callee.expression), name)) {
        const method = callee.name.text;
        if (VALUE_MUTATORS.has(method) || KEYED_MUTATORS.has(method)) calls.push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const member of owner.members) {
    if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member) || ts.isAccessor(member)) {
      if (member.body) ts.forEachChild(member.body, visit);
    } else if (ts.isPropertyDeclaration(member) && member.initializer && (ts.isArrowFunction(member.initializer) || ts.isFunctionExpression(member.initializer))) {
      ts.forEachChild(member.initializer.body, visit);
    }
  }
  return classifyMutations(calls, hooks, depth);
}

/**
 * The field a method call fills (`this.form.append('file', part)`, `this.rows.push(row)`) when the class keeps a
 * collection there; undefined for any other call.
 */
export function filledCollectionField(call: ts.CallExpression): { owner: ts.ClassLikeDeclaration; name: string } | undefined {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !(VALUE_MUTATORS.has(callee.name.text) || KEYED_MUTATORS.has(callee.name.text))) return undefined;
  const field = unwrap(callee.expression);
  if (!ts.isPropertyAccessExpression(field) || field.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  const owner = getEnclosingClass(call);
  return owner && isCollectionField(owner, field.name.text) ? { owner, name: field.name.text } : undefined;
}

export function isThisFieldReference(node: ts.Expression, name: string): boolean {
  return isThisField(unwrap(node), name);
}

/** `private form = new FormData()`, or `this.form = new FormData()` in the constructor. */
function isCollectionField(owner: ts.ClassLikeDeclaration, name: string): boolean {
  const declared = owner.members.find((member): member is ts.PropertyDeclaration => ts.isPropertyDeclaration(member) && member.name !== undefined && propertyNameText(member.name) === name);
  if (declared?.initializer) return isCollectionStart(declared.initializer);
  return isCollectionStart(findConstructorAssignment(owner, name));
}

function isThisField(node: ts.Expression, name: string): boolean {
  return ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword && node.name.text === name;
}

function mutationValues(call: ts.CallExpression, hooks: CollectionHooks, depth: number, siblings: readonly string[]): DataItem[] {
  const callee = unwrap(call.expression);
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (VALUE_MUTATORS.has(method)) return call.arguments.flatMap((argument) => hooks.classifyValue(argument, depth + 1));
  const [key, value] = call.arguments;
  if (!key || !value) return [];
  // React Native sends a local file as `form.append('file', { uri, type, name })`.
  const part = method === 'append' ? filePart(unwrap(value)) : undefined;
  if (part) return hooks.classifyFilePart(part.object, part.uri, depth + 1);
  const node = unwrap(key);
  if (ts.isStringLiteralLike(node)) return hooks.classifyKeyed(node.text, value, depth + 1, siblings);
  return hooks.classifyValue(value, depth + 1);
}

/** A React Native file part: an object with the file's `uri` and its `type` or `name`. */
function filePart(node: ts.Expression): { object: ts.ObjectLiteralExpression; uri: ts.Expression } | undefined {
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  let uri: ts.Expression | undefined;
  let described = false;
  for (const property of node.properties) {
    const key = property.name ? propertyNameText(property.name) : undefined;
    if (key === 'uri') {
      if (ts.isPropertyAssignment(property)) uri = property.initializer;
      else if (ts.isShorthandPropertyAssignment(property)) uri = property.name;
    } else if (key === 'type' || key === 'name') {
      described = true;
    }
  }
  return uri && described ? { object: node, uri } : undefined;
}

/**
 * A callback written inline (`users.forEach((u) => rows.push(u.email))`) runs as part of the function around it; a
 * function declared there for later does not necessarily.
 */
function isInlineCallback(fn: ts.Node): boolean {
  return (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent) && fn.parent.arguments.includes(fn as ts.Expression);
}
