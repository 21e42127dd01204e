import { ts } from './typescript.js';
import type { SinkValue } from './sink-site.js';
import { namedMember, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import type { Env } from './values.js';

// The path words of an endpoint that records what people do in the product: `/v1/telemetry/measure`, `/api/track`,
// `/analytics/events`.
const TELEMETRY_PATH = /(^|\/)(telemetry|analytics|track|tracking)(\/|$)/i;
const EVENT_KEYS: ReadonlySet<string> = new Set(['event', 'eventName', 'event_name']);

/**
 * The event an app's own telemetry wrapper posts (`track(event, data) { api.post('/v1/telemetry/measure', { event,
 * data }) }`): a UI event of the signed-in person, like an analytics SDK's `track`. Only an event the wrapper was
 * handed (a parameter, also inside a template such as `${event} - [WEB]`), posted to a path that names telemetry or
 * analytics: a webhook's `{ event: 'deploy.finished' }` to a chat is the app's own notice, not a person's behaviour.
 */
export function telemetryEventValue(body: ts.Expression | undefined, path: string | undefined): SinkValue | undefined {
  if (!body || path === undefined || !TELEMETRY_PATH.test(path)) return undefined;
  const node = unwrap(body);
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (!property.name || !EVENT_KEYS.has(propertyNameText(property.name) ?? '')) continue;
    const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    const handed = value ? handedParameter(value) : undefined;
    if (handed) return { expression: handed, event: true };
  }
  return undefined;
}

/** The parameter a value is (`event`), or the one parameter a template is built around (`${event} - [WEB]`). */
function handedParameter(value: ts.Expression): ts.Identifier | undefined {
  const spans = ts.isTemplateExpression(value) ? value.templateSpans.map((span) => unwrap(span.expression)) : [value];
  if (spans.length !== 1 || !ts.isIdentifier(spans[0]!)) return undefined;
  const identifier = spans[0] as ts.Identifier;
  return resolveIdentifier(identifier)?.kind === 'parameter' ? identifier : undefined;
}

type BoundParameter = { args: readonly ts.Expression[]; env: Env | undefined; isOrigin: boolean };
/** The arguments a caller's environment binds to one of the function's parameters (values.ts `lookup`). */
export type ParameterLookup = (env: Env, parameter: ts.ParameterDeclaration) => BoundParameter | undefined;

const MAX_POSTED_STEPS = 8;

/**
 * A body an HTTP call posts to a URL built from the function's parameters (`post(url, payload) { return
 * axios.post(`${API_ROOT}${url}`, payload) }`), or a telemetry path with a body the function was handed: whether it
 * is an event of a person's is decided for each caller, who writes the path and the `{ event }` (postedEvent).
 */
export function postedEventValue(body: { expression: ts.Expression; path: readonly string[] } | undefined, url: ts.Expression | undefined, path: string | undefined): SinkValue | undefined {
  if (!body || !url || !referencesParameter(body.expression)) return undefined;
  if (!(path !== undefined && TELEMETRY_PATH.test(path)) && !referencesParameter(url)) return undefined;
  return { expression: body.expression, event: true, postedTo: { url, bodyPath: body.path } };
}

/**
 * The event a caller hands through a posting wrapper (SinkValue.postedTo), two wrappers deep included
 * (`segment.track(name)` → `api.post('/v1/telemetry/measure', { event: name })` → `axios.post(url, payload)`):
 * only when the URL as the callers write it names telemetry or analytics, and the body's `event` is one its poster
 * was handed (a parameter), as at a telemetry wrapper's own call (telemetryEventValue).
 */
export function postedEvent(value: SinkValue, env: Env | undefined, lookup: ParameterLookup): { event: ts.Identifier; env: Env | undefined; viaParameter: boolean } | undefined {
  const posted = value.postedTo;
  if (!posted || !env) return undefined;
  const url = urlTextThrough(posted.url, env, lookup, 0);
  if (url === undefined || !TELEMETRY_PATH.test(urlPath(url))) return undefined;
  const member = eventMemberThrough(value.expression, posted.bodyPath, env, lookup);
  const event = member ? handedParameter(member.node) : undefined;
  return event && member ? { event, env: member.env, viaParameter: member.viaParameter } : undefined;
}

/** A URL's text as the callers write it (`${API_ROOT}${url}` with `url` bound to '/v1/telemetry/measure'); unknown parts are empty. */
function urlTextThrough(expression: ts.Expression, env: Env | undefined, lookup: ParameterLookup, depth: number): string | undefined {
  if (depth > MAX_POSTED_STEPS) return undefined;
  const node = unwrap(expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.templateSpans.reduce((text, span) => text + (urlTextThrough(span.expression, env, lookup, depth + 1) ?? '') + span.literal.text, node.head.text);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return (urlTextThrough(node.left, env, lookup, depth + 1) ?? '') + (urlTextThrough(node.right, env, lookup, depth + 1) ?? '');
  }
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = resolveIdentifier(node);
  if (declaration?.kind === 'parameter' && declaration.path.length === 0 && env) {
    const bound = lookup(env, declaration.node);
    return bound?.args.length === 1 ? urlTextThrough(bound.args[0]!, bound.env, lookup, depth + 1) : undefined;
  }
  if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) {
    return urlTextThrough(declaration.node.initializer, undefined, lookup, depth + 1);
  }
  return undefined;
}

/** The path part of a URL's text: no scheme and host, no query or fragment. */
function urlPath(text: string): string {
  return text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
}

/** The `event` member of a posted body, followed through the callers' arguments, variables and `JSON.stringify`. */
function eventMemberThrough(expression: ts.Expression, bodyPath: readonly string[], env: Env | undefined, lookup: ParameterLookup): { node: ts.Expression; env: Env | undefined; viaParameter: boolean } | undefined {
  let node = unwrap(expression);
  let scope = env;
  let viaParameter = false;
  let rest = [...bodyPath];
  for (let step = 0; step < MAX_POSTED_STEPS; step++) {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = rest.length > 0 ? [rest[0]!] : [...EVENT_KEYS];
      const member = keys.map((key) => namedMember(node as ts.ObjectLiteralExpression, key)).find((found) => found !== undefined);
      if (!member) return undefined;
      if (rest.length === 0) return { node: unwrap(member), env: scope, viaParameter };
      node = unwrap(member);
      rest = rest.slice(1);
    } else if (ts.isCallExpression(node) && isJsonStringify(node) && node.arguments[0]) {
      node = unwrap(node.arguments[0]);
    } else if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      if (declaration?.kind === 'parameter' && declaration.path.length === 0 && scope) {
        const bound = lookup(scope, declaration.node);
        if (!bound || bound.args.length !== 1) return undefined;
        node = unwrap(bound.args[0]!);
        scope = bound.env;
        viaParameter ||= bound.isOrigin;
      } else if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) {
        node = unwrap(declaration.node.initializer);
      } else {
        return undefined;
      }
    } else {
      return undefined;
    }
  }
  return undefined;
}

function isJsonStringify(call: ts.CallExpression): boolean {
  const callee = unwrap(call.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'stringify' && ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON';
}

function referencesParameter(expression: ts.Expression): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(node) && resolveIdentifier(node)?.kind === 'parameter') found = true;
    else if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}
