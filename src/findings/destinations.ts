import { ts } from './typescript.js';
import { findConstructorAssignment, type BindingResolver } from './bindings.js';
import { getEnclosingClass, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import type { SinkValue } from './sink-site.js';
const MAX_DEPTH = 6;

import { ENV_DESTINATION_PREFIX } from './endpoints.js';

/** Objects that hold environment variables: Node, Vite, Bun, and the validated env objects of t3-env and zod schemas. */
const ENV_OBJECT = /^(process\.env|import\.meta\.env|Bun\.env|env|ENV|Env|serverEnv|clientEnv|publicEnv|privateEnv|env\(\)|getEnv\(\)|useRuntimeConfig\(\)|config\.env)$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Where a request's URL goes: its literal host (`api.resend.com`), `env:NAME` when the URL is read from an environment
 * variable, or null for a relative URL or one privlint cannot read. Follows constants, `new URL(path, base)`,
 * template heads, `a ?? b`, object properties (a config module's exported object) and class fields to the
 * constructor that set them.
 */
export function destinationOf(expression: ts.Expression, resolver: BindingResolver, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(expression);
  const variable = envVariableOf(node);
  if (variable) return `${ENV_DESTINATION_PREFIX}${variable}`;
  if (ts.isStringLiteralLike(node)) return parseHost(node.text, false);
  if (ts.isTemplateExpression(node)) {
    if (node.head.text === '') return destinationOf(node.templateSpans[0]!.expression, resolver, depth + 1);
    return parseHost(node.head.text, true);
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
    const [path, base] = node.arguments ?? [];
    const own = path ? destinationOf(path, resolver, depth + 1) : null;
    if (own) return own;
    return base ? destinationOf(base, resolver, depth + 1) : null;
  }
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.PlusToken) return destinationOf(node.left, resolver, depth + 1);
    if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
      return destinationOf(node.left, resolver, depth + 1) ?? destinationOf(node.right, resolver, depth + 1);
    }
    return null;
  }
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) {
      return destinationOf(declaration.node.initializer, resolver, depth + 1);
    }
    // `const { SLACK_WEBHOOK_URL } = process.env`
    if (declaration?.kind === 'variable' && declaration.path.length === 1 && declaration.node.initializer && isEnvObject(unwrap(declaration.node.initializer))) {
      return `${ENV_DESTINATION_PREFIX}${declaration.path[0]}`;
    }
    return null;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString') {
    return destinationOf(node.expression.expression, resolver, depth + 1);
  }
  if (ts.isPropertyAccessExpression(node)) {
    if (node.name.text === 'href') return destinationOf(node.expression, resolver, depth + 1);
    const held = heldValue(node, resolver);
    return held ? destinationOf(held, resolver, depth + 1) : null;
  }
  return null;
}

/** `process.env.X`, `env.X`, `import.meta.env.X`, `Bun.env.X`, `process.env['X']`, `Deno.env.get('X')`: the variable's name. */
export function envVariableOf(node: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(node) && isEnvObject(unwrap(node.expression))) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && isEnvObject(unwrap(node.expression))) {
    return ENV_NAME.test(node.argumentExpression.text) ? node.argumentExpression.text : undefined;
  }
  if (ts.isCallExpression(node) && node.expression.getText() === 'Deno.env.get' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
    return node.arguments[0].text;
  }
  return undefined;
}

const isEnvObject = (node: ts.Expression): boolean => ENV_OBJECT.test(node.getText().replace(/\s+/g, ''));

/** The value a member holds: a property of an object literal (imported or local), or a class field set where it is declared or in the constructor. */
function heldValue(node: ts.PropertyAccessExpression, resolver: BindingResolver): ts.Expression | undefined {
  const name = node.name.text;
  const base = unwrap(node.expression);
  if (base.kind === ts.SyntaxKind.ThisKeyword) {
    const owner = getEnclosingClass(base);
    if (!owner) return undefined;
    for (const element of owner.members) {
      if (ts.isPropertyDeclaration(element) && element.name && propertyNameText(element.name) === name && element.initializer) return element.initializer;
    }
    const assigned = findConstructorAssignment(owner, name);
    if (!assigned) return undefined;
    // `constructor(baseUrl = process.env.API_URL) { this.baseUrl = baseUrl }`: the parameter's default.
    const target = unwrap(assigned);
    if (ts.isIdentifier(target)) {
      const declaration = resolveIdentifier(target);
      if (declaration?.kind === 'parameter') return declaration.path.length === 0 ? declaration.node.initializer : undefined;
    }
    return assigned;
  }
  const owner = resolver.resolveExpression(base);
  // `TermiiSmsProvider.BASE_URL`: a static field of a class.
  if (owner?.type === 'class') {
    for (const element of owner.node.members) {
      const isStatic = ts.getModifiers(element as ts.HasModifiers)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
      if (ts.isPropertyDeclaration(element) && isStatic && element.name && propertyNameText(element.name) === name && element.initializer) return element.initializer;
    }
    return undefined;
  }
  if (owner?.type !== 'object') return undefined;
  for (const property of owner.node.properties) {
    if (!property.name || propertyNameText(property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

export function parseHost(text: string, isTemplateHead: boolean): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/:?#@\s]+)([/:?#]|$)/i.exec(text.trim());
  if (!match) return null;
  // `https://${region}.api.example` has no literal host: the head stops inside the host name.
  if (isTemplateHead && match[2] === '' && /[.-]$/.test(match[1]!)) return null;
  return match[1]!.toLowerCase();
}

/**
 * The literal path of a URL after its host (`/emails` of `https://api.resend.com/emails`), when the code writes it.
 * With a resolver, a URL built on a held base (`${this.BASE_URL}/sms`, `BASE_URL + '/sms'`) includes the base's path.
 */
export function literalPathOf(expression: ts.Expression, depth = 0, resolver?: BindingResolver): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(expression);
  const fromText = (text: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*(\/[^?#]*)?/i.exec(text.trim())?.[1] ?? (text.startsWith('/') ? text.replace(/[?#].*$/, '') : undefined);
  if (ts.isStringLiteralLike(node)) return fromText(node.text) ?? '/';
  if (ts.isTemplateExpression(node)) {
    if (node.head.text !== '') return fromText(node.head.text);
    const [first] = node.templateSpans;
    if (!first!.literal.text.startsWith('/')) return undefined;
    const base = resolver ? basePathOf(first!.expression, resolver, depth + 1) : undefined;
    return joinPaths(base, first!.literal.text.replace(/[?#].*$/, ''));
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.[0]) {
    return literalPathOf(node.arguments[0], depth + 1);
  }
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) return literalPathOf(declaration.node.initializer, depth + 1, resolver);
  }
  // `this.config.baseUrl || this.DEFAULT_BASE_URL`: the path of whichever side names the host.
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
    return literalPathOf(node.left, depth + 1, resolver) ?? literalPathOf(node.right, depth + 1, resolver);
  }
  if (resolver && ts.isPropertyAccessExpression(node) && node.name.text !== 'href') {
    const held = heldValue(node, resolver);
    return held ? literalPathOf(held, depth + 1, resolver) : undefined;
  }
  return undefined;
}

/** The path of the base a URL is built on (`/v3` of `https://api.brevo.com/v3`); a relative base has none. */
function basePathOf(base: ts.Expression, resolver: BindingResolver, depth: number): string | undefined {
  const node = unwrap(base);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return basePathOf(node.left, resolver, depth + 1);
  const path = literalPathOf(node, depth, resolver);
  return path === '/' ? undefined : path;
}

/** A relative path under a base path: `/v3` and `/transactionalSMS/sms` make `/v3/transactionalSMS/sms`. */
export function joinPaths(base: string | undefined, path: string | undefined): string | undefined {
  if (base === undefined || base === '/') return path;
  if (path === undefined || path === '/') return base;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Values written into a URL's path (`/api/users/${user.id}`, `'/u/' + email`): every part after the URL's base and
 * before its query string. The base (a template's first span when it has no literal head) names the server, not data.
 */
export function pathValues(url: ts.Expression, depth = 0): SinkValue[] {
  if (depth > 3) return [];
  const node = unwrap(url);
  if (ts.isTemplateExpression(node)) {
    const values: SinkValue[] = [];
    if (node.head.text.includes('?')) return values;
    for (const [index, span] of node.templateSpans.entries()) {
      const isBase = index === 0 && node.head.text === '';
      if (!isBase) values.push({ expression: span.expression });
      if (span.literal.text.includes('?')) break;
    }
    return values;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const values: SinkValue[] = [];
    for (const [index, part] of flattenConcatenation(node).entries()) {
      const unwrapped = unwrap(part);
      if (ts.isStringLiteralLike(unwrapped)) {
        if (unwrapped.text.includes('?')) break;
      } else if (index > 0) values.push({ expression: part });
    }
    return values;
  }
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer && declaration.node.parent.flags & ts.NodeFlags.Const) {
      return pathValues(declaration.node.initializer, depth + 1);
    }
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.[0]) {
    return pathValues(node.arguments[0], depth + 1);
  }
  return [];
}

export function flattenConcatenation(node: ts.Expression): ts.Expression[] {
  const unwrapped = unwrap(node);
  if (ts.isBinaryExpression(unwrapped) && unwrapped.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...flattenConcatenation(unwrapped.left), ...flattenConcatenation(unwrapped.right)];
  }
  return [node];
}
