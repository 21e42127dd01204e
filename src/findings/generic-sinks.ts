import { ts } from './typescript.js';
import type { BindingResolver, ChainBinding } from './bindings.js';
import { CATALOG } from './catalog/index.js';
import type { CatalogEntry } from './catalog/types.js';
import { findModelDefinition, matchCatalogCall } from './catalog-match.js';
import type { EndpointLookup } from './endpoints.js';
import { destinationOf, flattenConcatenation, joinPaths, literalPathOf, pathValues } from './destinations.js';
import { getEnclosingFunction, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import { postedEventValue, telemetryEventValue } from './telemetry-events.js';
import type { SinkSite, SinkValue } from './sink-site.js';

const FETCH_MODULES = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici']);
/** Axios-shaped libraries: the same `(url, data, config)` methods and `create({ baseURL })`. */
const AXIOS_MODULES = ['axios', 'redaxios'];
const AXIOS_INSTANCE_TYPES = new Set(['AxiosInstance', 'AxiosStatic']);
/** ofetch's `ofetch(url, { body, query })`, also Nuxt's auto-imported global `$fetch`. */
const OFETCH_NAMES = new Set(['ofetch', '$fetch']);
const OFETCH_OPTIONS = ['body', 'query', 'params'];
const BODY_METHODS = new Set(['post', 'put', 'patch']);
const NO_BODY_METHODS = new Set(['get', 'delete', 'head', 'options']);
const REQUEST_NAMES = new Set(['res', 'response', 'reply', 'ctx', 'context']);
const COOKIE_SESSION_MODULES = /^(react-router|@react-router\/(node|cloudflare|architect)|@remix-run\/(node|cloudflare|deno|server-runtime|architect))$/;

/**
 * Sinks that are code, not catalog data: HTTP clients (the recipient is the service whose REST endpoint the URL
 * names, else the literal host or `env:NAME`), browser storage,
 * IndexedDB, cookies and device APIs. Each returns the sites a call creates; most calls create none.
 */
export function matchGenericCall(binding: ChainBinding, call: ts.CallExpression, resolver: BindingResolver, endpoints: EndpointLookup = () => undefined): SinkSite[] {
  return (
    matchModelSave(binding, call) ??
    matchHttp(binding, call, resolver, endpoints) ??
    matchStreamToFile(binding, call, resolver) ??
    matchStorage(binding, call) ??
    matchCookie(binding, call) ??
    matchDevice(binding, call) ??
    []
  );
}

// Active-record ORMs, whose records save themselves: the catalog id each module reports as.
const ACTIVE_RECORD_MODULES: ReadonlyMap<string, string> = new Map([
  ['mongoose', 'mongoose'], ['sequelize', 'sequelize'], ['sequelize-typescript', 'sequelize'], ['typeorm', 'typeorm'],
]);

/**
 * Mongoose `new User(doc).save()`: the document was handed to the constructor, not to `save`. A record loaded and
 * changed (`user.phone = phone; await user.save()`, Mongoose, Sequelize, TypeORM's BaseEntity) carries what was set on it.
 */
function matchModelSave(binding: ChainBinding, call: ts.CallExpression): SinkSite[] | undefined {
  const recipient = binding.type === 'library' ? ACTIVE_RECORD_MODULES.get(binding.module) : undefined;
  if (!recipient || binding.chain[binding.chain.length - 1] !== 'save' || (recipient !== 'mongoose' && call.arguments.length > 0)) return undefined;
  const created = [...binding.calls].reverse().find((candidate): candidate is ts.NewExpression => ts.isNewExpression(candidate));
  const callee = call.expression;
  const receiver = ts.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : undefined;
  const document = created?.arguments?.[0] ?? (receiver && ts.isIdentifier(receiver) ? receiver : undefined);
  if (!document) return undefined;
  // The model's fields stand in only for a document built from opaque input, not for one loaded and changed.
  const model = created && recipient === 'mongoose' ? findModelDefinition(binding) : undefined;
  return [{ node: call, sink: { kind: 'database', recipient, api: 'Model.save' }, values: [{ expression: document }], ...(model ? { model } : {}) }];
}

const STREAM_MODULES = new Set(['stream', 'node:stream', 'stream/promises', 'node:stream/promises']);
export const FS_MODULES: ReadonlySet<string> = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra']);

/**
 * `await pipeline(source, gzip, fs.createWriteStream(path))`: a stream pipeline that ends in a file writes to disk
 * what its source carries (https://nodejs.org/api/stream.html#streampipelinesource-transforms-destination-callback).
 */
function matchStreamToFile(binding: ChainBinding, call: ts.CallExpression, resolver: BindingResolver): SinkSite[] | undefined {
  if (binding.type !== 'library' || !STREAM_MODULES.has(binding.module) || binding.chain[binding.chain.length - 1] !== 'pipeline') return undefined;
  const streams = call.arguments.filter((argument) => !ts.isArrowFunction(argument) && !ts.isFunctionExpression(argument));
  const destination = streams[streams.length - 1] ? unwrap(streams[streams.length - 1]!) : undefined;
  if (!destination || !ts.isCallExpression(destination)) return undefined;
  const writer = resolver.resolveExpression(destination.expression);
  if (writer?.type !== 'library' || !FS_MODULES.has(writer.module) || writer.chain[writer.chain.length - 1] !== 'createWriteStream') return undefined;
  return [{ node: call, sink: { kind: 'file', recipient: null, api: 'pipeline' }, values: streams.slice(0, -1).map((expression) => ({ expression })) }];
}

function matchHttp(binding: ChainBinding, call: ts.CallExpression, resolver: BindingResolver, endpoints: EndpointLookup): SinkSite[] | undefined {
  const request = readHttpRequest(binding, call);
  if (request === undefined || request === null) return request === null ? [] : undefined;
  return [toHttpSite(call, request, resolver, endpoints)];
}

/** A raw HTTP call as privlint reads it: the URL (and a base it is relative to), the method, and what it carries. */
interface HttpRequest {
  api: string;
  url: ts.Expression | undefined;
  /** axios `baseURL`, got and ky `prefixUrl`: where a relative URL goes. */
  base?: ts.Expression | undefined;
  method?: string | undefined;
  values: SinkValue[];
  /** The body, for an endpoint's body properties: the expression and the path to the body inside it (`body` of fetch's init). */
  body?: { expression: ts.Expression; path: string[] } | undefined;
}

/** undefined: not an HTTP call; null: an HTTP call without arguments to read. */
function readHttpRequest(binding: ChainBinding, call: ts.CallExpression): HttpRequest | null | undefined {
  const args = call.arguments;
  const chain = binding.chain;
  const isLibrary = (names: string[]) => binding.type === 'library' && names.includes(binding.module);
  if ((binding.type === 'global' && binding.name === 'fetch' && chain.length === 0) || (isLibrary([...FETCH_MODULES]) && (chain.length === 0 || (chain.length === 1 && chain[0] === 'fetch')))) {
    if (binding.calls.length > 1) return undefined;
    const [url, init] = args;
    if (!url) return null;
    return withInit('fetch', url, init);
  }
  if (binding.type === 'library' && binding.module === 'undici' && chain.length === 1 && chain[0] === 'request') {
    const [url, options] = args;
    if (!url) return null;
    return withInit('undici.request', url, options);
  }
  // aws4fetch: new AwsClient({ accessKeyId, secretAccessKey }).fetch(url, init) signs and sends a fetch (S3, R2, any AWS API).
  if (isLibrary(['aws4fetch']) && chain[chain.length - 1] === 'fetch' && (chain.length === 1 || (chain.length === 2 && chain[0] === 'AwsClient'))) {
    const [url, init] = args;
    if (!url) return null;
    return withInit('AwsClient.fetch', url, init);
  }
  if ((binding.type === 'global' && binding.name === '$fetch' && chain.length === 0) || (isLibrary(['ofetch']) && (chain.length === 0 || (chain.length === 1 && OFETCH_NAMES.has(chain[0]!))))) {
    const [url, options] = args;
    if (!url) return null;
    return {
      api: 'ofetch',
      url,
      method: literalProperty(options, 'method') ?? 'GET',
      values: options ? [{ expression: options, paths: [...OFETCH_OPTIONS, 'headers'] }] : [],
      body: options ? { expression: options, path: ['body'] } : undefined,
    };
  }
  if (isLibrary(['needle'])) return readNeedle(chain, call);
  if (isLibrary(AXIOS_MODULES)) return readAxios(binding, call);
  if (isLibrary(['got', 'ky', 'ky-universal'])) return readGotOrKy(binding, call);
  if (isLibrary(['@angular/common/http']) && chain.length === 2 && chain[0] === 'HttpClient') return readAngularHttp(chain[1]!, call);
  if (isLibrary(['@angular/common/http']) && chain.length === 2 && chain[0] === 'HttpRequest' && chain[1] === 'clone') return readAngularRequestClone(call);
  if (binding.type === 'global' && binding.name === 'navigator' && chain.length === 1 && chain[0] === 'sendBeacon') {
    const [url, data] = args;
    if (!url) return null;
    return { api: 'navigator.sendBeacon', url, method: 'POST', values: data ? [{ expression: data }] : [], body: data ? { expression: data, path: [] } : undefined };
  }
  if (binding.type === 'global' && binding.name === 'XMLHttpRequest' && chain.length === 1 && chain[0] === 'send') {
    const body = args[0];
    return { api: 'XMLHttpRequest.send', url: findXhrUrl(call), values: body ? [{ expression: body }] : [], body: body ? { expression: body, path: [] } : undefined };
  }
  return undefined;
}

/** fetch and undici: `(url, { method, headers, body })`. */
function withInit(api: string, url: ts.Expression, init: ts.Expression | undefined): HttpRequest {
  return {
    api,
    url,
    method: literalProperty(init, 'method') ?? 'GET',
    values: init ? [{ expression: init, paths: ['body', 'headers'] }] : [],
    body: init ? { expression: init, path: ['body'] } : undefined,
  };
}

function readAxios(binding: ChainBinding, call: ts.CallExpression): HttpRequest | null | undefined {
  const creations = binding.calls.filter((created) => ts.isCallExpression(created) && created !== call && isCreateCall(created));
  // An instance handed in under its type (`constructor(protected http: AxiosInstance)`) is reached through the type's name.
  const typed = AXIOS_INSTANCE_TYPES.has(binding.chain[0] ?? '') ? binding.chain.slice(1) : binding.chain;
  const chain = typed.filter((name) => name !== 'create' && name !== 'default');
  const created = creations.map((creation) => (creation as ts.CallExpression).arguments[0]);
  const base = created.map((config) => configProperty(config, 'baseURL')).find(Boolean);
  const method = chain.length === 0 ? 'request' : chain.length === 1 ? chain[0]! : undefined;
  if (!method || (chain.length === 0 && binding.calls.length > creations.length + 1)) return undefined;
  const [first, second, third] = call.arguments;
  if (!first) return null;
  // Headers set once on the instance travel with every request it makes.
  const values: SinkValue[] = created.flatMap((config) => (config ? [{ expression: config, paths: ['headers'] }] : []));
  let url: ts.Expression | undefined;
  let body: HttpRequest['body'];
  let verb = method;
  if (method === 'request' || (chain.length === 0 && isObjectLike(first))) {
    const config = chain.length === 0 && !isObjectLike(first) ? second : first;
    url = chain.length === 0 && !isObjectLike(first) ? first : configProperty(config, 'url');
    verb = literalProperty(config, 'method') ?? 'GET';
    if (config) {
      values.push({ expression: config, paths: ['data', 'params', 'headers'] });
      body = { expression: config, path: ['data'] };
    }
  } else if (BODY_METHODS.has(method) || method === 'postForm' || method === 'putForm' || method === 'patchForm') {
    url = first;
    if (second) {
      values.push({ expression: second });
      body = { expression: second, path: [] };
    }
    if (third) values.push({ expression: third, paths: ['params', 'headers'] });
  } else if (NO_BODY_METHODS.has(method)) {
    url = first;
    if (second) values.push({ expression: second, paths: ['params', 'data', 'headers'] });
  } else {
    return undefined;
  }
  return { api: `axios.${method}`, url, base, method: verb.replace(/Form$/, ''), values, body };
}

// https://github.com/tomas/needle#api: needle(method, url, data, options), needle.post(url, data, options), needle.get(url, options).
function readNeedle(chain: readonly string[], call: ts.CallExpression): HttpRequest | null | undefined {
  const args = [...call.arguments];
  const verb = chain.length === 0 || (chain.length === 1 && chain[0] === 'request') ? args.shift() : undefined;
  const named = verb && ts.isStringLiteralLike(verb) ? verb.text.toLowerCase() : 'request';
  const method = chain.length === 1 && chain[0] !== 'request' ? chain[0]! : named;
  if (method !== 'request' && !BODY_METHODS.has(method) && !NO_BODY_METHODS.has(method)) return undefined;
  const [url, data, options] = args;
  if (!url) return null;
  const sendsBody = data !== undefined && !NO_BODY_METHODS.has(method);
  const headers = NO_BODY_METHODS.has(method) ? data : options;
  return {
    api: `needle.${method}`,
    url,
    method: method === 'request' ? undefined : method,
    values: [...(sendsBody ? [{ expression: data }] : []), ...(headers ? [{ expression: headers, paths: ['headers'] }] : [])],
    body: sendsBody ? { expression: data, path: [] } : undefined,
  };
}

/**
 * https://angular.dev/api/common/http/HttpRequest#clone: an interceptor's `req.clone({ setHeaders, body })` is the request
 * the app sends, with what the interceptor adds (a bearer token, the user's id) on every call that passes through it.
 */
function readAngularRequestClone(call: ts.CallExpression): HttpRequest | null {
  const update = call.arguments[0];
  if (!update) return null;
  return {
    api: 'HttpRequest.clone',
    url: configProperty(update, 'url'),
    method: literalProperty(update, 'method'),
    values: [{ expression: update, paths: ['headers', 'setHeaders', 'params', 'setParams', 'body'] }],
    body: { expression: update, path: ['body'] },
  };
}

// https://angular.dev/api/common/http/HttpClient: post/put/patch(url, body, options), get/delete(url, options).
function readAngularHttp(method: string, call: ts.CallExpression): HttpRequest | null | undefined {
  const [url, second, third] = call.arguments;
  if (!url) return null;
  let values: SinkValue[];
  let body: HttpRequest['body'];
  if (BODY_METHODS.has(method)) {
    values = [...(second ? [{ expression: second }] : []), ...(third ? [{ expression: third, paths: ['params', 'headers'] }] : [])];
    body = second ? { expression: second, path: [] } : undefined;
  } else if (NO_BODY_METHODS.has(method)) {
    values = second ? [{ expression: second, paths: ['params', 'headers', 'body'] }] : [];
  } else if (method === 'request') {
    values = third ? [{ expression: third, paths: ['body', 'params', 'headers'] }] : [];
    body = third ? { expression: third, path: ['body'] } : undefined;
  } else {
    return undefined;
  }
  const target = method === 'request' ? second : url;
  const verb = method === 'request' && ts.isStringLiteralLike(unwrap(url)) ? (unwrap(url) as ts.StringLiteral).text : method;
  return { api: `HttpClient.${method}`, url: target, method: verb, values, body };
}

function readGotOrKy(binding: ChainBinding, call: ts.CallExpression): HttpRequest | null | undefined {
  const library = binding.type === 'library' ? binding.module.replace('-universal', '') : 'got';
  const creations = binding.calls.filter((created) => ts.isCallExpression(created) && created !== call && isExtendCall(created));
  const chain = binding.chain.filter((name) => name !== 'extend' && name !== 'create' && name !== 'default');
  const created = creations.map((creation) => (creation as ts.CallExpression).arguments[0]);
  const base = created.map((config) => configProperty(config, 'prefixUrl')).find(Boolean);
  const method = chain.length === 0 ? 'call' : chain.length === 1 ? chain[0]! : undefined;
  if (!method || !(method === 'call' || BODY_METHODS.has(method) || NO_BODY_METHODS.has(method) || method === 'stream')) return undefined;
  const [first, second] = call.arguments;
  if (!first) return null;
  const url = isObjectLike(first) ? configProperty(first, 'url') : first;
  const options = isObjectLike(first) ? first : second;
  const values: SinkValue[] = [
    ...created.flatMap((config) => (config ? [{ expression: config, paths: ['headers'] }] : [])),
    ...(options ? [{ expression: options, paths: ['json', 'body', 'form', 'searchParams', 'headers'] }] : []),
  ];
  const verb = method === 'call' || method === 'stream' ? literalProperty(options, 'method') ?? 'GET' : method;
  return { api: method === 'call' ? library : `${library}.${method}`, url, base, method: verb, values, body: options ? { expression: options, path: ['json'] } : undefined };
}

/**
 * The sink of a raw HTTP call and the values it carries (query string, path segments, headers, body). The recipient
 * is the service whose REST endpoint the URL names (`api.resend.com` is resend), else the literal host or
 * `env:NAME` for a URL read from an environment variable (index.ts resolves it with the example env files),
 * else null: a relative URL goes to the app's own server.
 */
function toHttpSite(call: ts.CallExpression, request: HttpRequest, resolver: BindingResolver, endpoints: EndpointLookup): SinkSite {
  const { url, base } = request;
  const ownHost = url ? destinationOf(url, resolver) : null;
  const destination = ownHost ?? (base ? destinationOf(base, resolver) : null);
  // A path segment names the record a request is about (`/api/users/${user.id}`): to another party it discloses
  // that id; to the app's own server (a relative URL) it is a lookup of a record the app holds, not a collection.
  const values: SinkValue[] = [...(url ? [...queryValues(url), ...(destination !== null ? pathValues(url) : [])] : []), ...request.values];
  // A URL relative to the client's base (`axios.create({ baseURL })` then `post('/sms/send')`) is under the base's path.
  const urlPath = url ? literalPathOf(url, 0, resolver) : undefined;
  const path = ownHost === null && base ? joinPaths(literalPathOf(base, 0, resolver), urlPath) : urlPath;
  const event = telemetryEventValue(request.body && request.body.path.length === 0 ? request.body.expression : undefined, path) ?? postedEventValue(request.body, url, path);
  if (event) values.push(event);
  const match = destination ? endpoints(destination, path) : undefined;
  if (!match) return { node: call, sink: { kind: 'http', recipient: destination, api: request.api }, values };
  const { entry, endpoint } = match;
  const method = request.method ? `${request.method.toUpperCase()} ` : '';
  const api = `${request.api} ${method}${destination}${path && path !== '/' ? path : endpoint.pathPrefix ?? ''}`;
  const body = request.body;
  const bodyValues: SinkValue[] = body
    ? (endpoint.body ?? []).map((property) => ({ expression: body.expression, paths: [[...body.path, property.path].join('.')], category: property.category, byApi: true }))
    : [];
  // A GET-style call puts the endpoint's parameters in the query string (`/sendMessage?chat_id=${chatId}`).
  const queryParameters = url ? namedQueryValues(url) : new Map<string, ts.Expression>();
  const queryItems: SinkValue[] = (endpoint.body ?? []).flatMap((property) => {
    const expression = queryParameters.get(property.path);
    return expression ? [{ expression, category: property.category, byApi: true }] : [];
  });
  return { node: call, sink: { kind: entry.kind, recipient: entry.id, api }, values: [...bodyValues, ...queryItems, ...values] };
}

/** The values a template URL's query string names: `chat_id` → `chatId` of `` `...?chat_id=${chatId}&text=${text}` ``. */
function namedQueryValues(url: ts.Expression): Map<string, ts.Expression> {
  const named = new Map<string, ts.Expression>();
  const node = unwrap(url);
  if (!ts.isTemplateExpression(node)) return named;
  let before = node.head.text;
  let inQuery = before.includes('?');
  for (const span of node.templateSpans) {
    const key = inQuery ? /[?&]([^?&=]+)=$/.exec(before)?.[1] : undefined;
    if (key !== undefined) named.set(key, span.expression);
    before = span.literal.text;
    if (before.includes('?')) inQuery = true;
  }
  return named;
}

/** A string literal property of an object literal (`method: 'POST'`). */
function literalProperty(config: ts.Expression | undefined, name: string): string | undefined {
  const value = configProperty(config, name);
  const node = value ? unwrap(value) : undefined;
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

const isCreateCall = (call: ts.CallLikeExpression) =>
  ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'create';
const isExtendCall = (call: ts.CallLikeExpression) =>
  ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && ['extend', 'create'].includes(call.expression.name.text);

const isObjectLike = (expression: ts.Expression) => ts.isObjectLiteralExpression(unwrap(expression));

function configProperty(config: ts.Expression | undefined, name: string): ts.Expression | undefined {
  if (!config) return undefined;
  let node = unwrap(config);
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) node = unwrap(declaration.node.initializer);
  }
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (!property.name || propertyNameText(property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

/** Values in a URL's query string: template spans after `?`, `+` operands after `?`, `new URLSearchParams(...)`. */
export function queryValues(url: ts.Expression, depth = 0): SinkValue[] {
  if (depth > 3) return [];
  const node = unwrap(url);
  if (ts.isTemplateExpression(node)) {
    const values: SinkValue[] = [];
    let inQuery = node.head.text.includes('?');
    for (const span of node.templateSpans) {
      const spanValue = unwrap(span.expression);
      if (inQuery || isSearchParams(spanValue)) values.push({ expression: span.expression });
      if (span.literal.text.includes('?')) inQuery = true;
    }
    return values;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = flattenConcatenation(node);
    const values: SinkValue[] = [];
    let inQuery = false;
    for (const part of parts) {
      const unwrapped = unwrap(part);
      if (ts.isStringLiteralLike(unwrapped)) {
        if (unwrapped.text.includes('?')) inQuery = true;
      } else if (inQuery || isSearchParams(unwrapped)) {
        values.push({ expression: part });
      }
    }
    return values;
  }
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer && declaration.node.parent.flags & ts.NodeFlags.Const) {
      const initializer = unwrap(declaration.node.initializer);
      return [...queryValues(initializer, depth + 1), ...(isNewUrl(initializer) ? urlSearchValues(node, declaration.node) : [])];
    }
  }
  if (isNewUrl(node) && node.arguments?.[0]) {
    return queryValues(node.arguments[0], depth + 1);
  }
  // `fetch(url.toString())`, `fetch(url.href)`: the URL object itself.
  const isUrlText = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString' && node.arguments.length === 0;
  if (isUrlText) return queryValues((node.expression as ts.PropertyAccessExpression).expression, depth + 1);
  if (ts.isPropertyAccessExpression(node) && node.expression && node.name.text === 'href') return queryValues(node.expression, depth + 1);
  return [];
}

const isNewUrl = (node: ts.Expression): node is ts.NewExpression => ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL';

/**
 * What the code put into a `URL` object's query before sending it, in the same function: `url.search =
 * params.toString()`, `url.searchParams.set('to', phone)` / `append(...)`.
 */
function urlSearchValues(reference: ts.Identifier, declaration: ts.VariableDeclaration): SinkValue[] {
  const values: SinkValue[] = [];
  const isTheUrl = (node: ts.Expression) => ts.isIdentifier(node) && node.text === reference.text && resolveIdentifier(node)?.node === declaration;
  const visit = (child: ts.Node) => {
    if (child.pos >= reference.pos) return;
    if (ts.isBinaryExpression(child) && child.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = unwrap(child.left);
      if (ts.isPropertyAccessExpression(target) && target.name.text === 'search' && isTheUrl(unwrap(target.expression))) values.push({ expression: child.right });
    }
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && ['set', 'append'].includes(child.expression.name.text) && child.arguments[1]) {
      const params = unwrap(child.expression.expression);
      if (ts.isPropertyAccessExpression(params) && params.name.text === 'searchParams' && isTheUrl(unwrap(params.expression))) values.push({ expression: child.arguments[1] });
    }
    ts.forEachChild(child, visit);
  };
  visit(getEnclosingFunction(reference) ?? reference.getSourceFile());
  return values;
}

const isSearchParams = (node: ts.Expression): boolean =>
  (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URLSearchParams') ||
  (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString' && isSearchParams(unwrap(node.expression.expression)));

function findXhrUrl(send: ts.CallExpression): ts.Expression | undefined {
  const callee = send.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;
  const name = callee.expression.text;
  const scope = getEnclosingFunction(send) ?? send.getSourceFile();
  let url: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (url) return;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'open' &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === name
    ) {
      url = node.arguments[1];
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return url;
}

function matchStorage(binding: ChainBinding, call: ts.CallExpression): SinkSite[] | undefined {
  const chain = binding.chain;
  if (binding.type === 'global' && (binding.name === 'localStorage' || binding.name === 'sessionStorage') && chain.length === 1 && chain[0] === 'setItem') {
    const [key, value] = call.arguments;
    const values: SinkValue[] = [];
    if (key) values.push({ expression: key, isKey: true });
    if (value) values.push({ expression: value });
    return [{ node: call, sink: { kind: 'browser-storage', recipient: null, api: `${binding.name}.setItem` }, values }];
  }
  // IndexedDB: `db.transaction(...).objectStore(name).put(value)`, however the store object was reached.
  const last = chain[chain.length - 1];
  if ((last === 'put' || last === 'add') && chain.includes('objectStore') && call.arguments[0]) {
    return [{ node: call, sink: { kind: 'browser-storage', recipient: null, api: `indexedDB.objectStore.${last}` }, values: [{ expression: call.arguments[0] }] }];
  }
  return undefined;
}

function matchCookie(binding: ChainBinding, call: ts.CallExpression): SinkSite[] | undefined {
  const chain = binding.chain;
  const last = chain[chain.length - 1];
  const cookieSite = (api: string, nameIndex: number) => {
    const name = call.arguments[nameIndex];
    const value = call.arguments[nameIndex + 1];
    const values: SinkValue[] = [];
    if (name && ts.isObjectLiteralExpression(unwrap(name))) values.push({ expression: name, paths: ['value'] }, { expression: name, paths: ['name'], isKey: true });
    else {
      if (name) values.push({ expression: name, isKey: true });
      if (value) values.push({ expression: value });
    }
    return [{ node: call, sink: { kind: 'cookie' as const, recipient: null, api }, values }];
  };
  if (last === 'set' && chain[chain.length - 2] === 'cookies') {
    if (binding.type === 'library' && binding.module === 'next/headers') return cookieSite('cookies().set', 0);
    return cookieSite(`${binding.root}.cookies.set`, 0);
  }
  if (binding.type === 'library' && binding.module === 'next/headers' && chain.length === 2 && chain[0] === 'cookies' && chain[1] === 'set') {
    return cookieSite('cookies().set', 0);
  }
  if (binding.type === 'library' && binding.module === 'hono/cookie' && chain.length === 1 && (chain[0] === 'setCookie' || chain[0] === 'setSignedCookie')) {
    return cookieSite(chain[0], 1);
  }
  if (binding.type === 'library' && COOKIE_SESSION_MODULES.test(binding.module)) {
    // Remix/React Router: a session of `createCookieSessionStorage()` is serialised into its cookie on commit, so what
    // is set on it is stored in the browser; `createCookie(name).serialize(value)` writes a cookie directly. `flash`
    // is left out: it holds a one-time message shown back to the same person (a toast), not data kept about them.
    if (chain[0] === 'createCookieSessionStorage' && chain.includes('getSession') && last === 'set') return cookieSite('session.set', 0);
    if (chain[0] === 'createCookie' && chain.length === 2 && last === 'serialize') return [{ node: call, sink: { kind: 'cookie', recipient: null, api: 'cookie.serialize' }, values: call.arguments[0] ? [{ expression: call.arguments[0] }] : [] }];
  }
  if (binding.type === 'unknown' && chain.length === 1 && (last === 'cookie' || last === 'setCookie') && isResponseObject(binding)) {
    return cookieSite(`${binding.root}.${last}`, 0);
  }
  // A parameter typed with the framework's response type: `res: Response` from express, `reply: FastifyReply`.
  if (
    binding.type === 'library' &&
    ['express', 'fastify'].includes(binding.module) &&
    chain.length === 2 &&
    (chain[0] === 'Response' || chain[0] === 'FastifyReply') &&
    (last === 'cookie' || last === 'setCookie')
  ) {
    return cookieSite(chain[0] === 'Response' ? `res.${last}` : `reply.${last}`, 0);
  }
  return undefined;
}

function isResponseObject(binding: Extract<ChainBinding, { type: 'unknown' }>): boolean {
  const declaration = binding.declaration;
  if (declaration?.kind !== 'parameter') return false;
  if (REQUEST_NAMES.has(binding.root) && binding.root !== 'ctx' && binding.root !== 'context') return true;
  const type = declaration.node.type;
  return type !== undefined && ts.isTypeReferenceNode(type) && /(^|\.)(Response|FastifyReply)$/.test(type.typeName.getText());
}

const LOCATION_METHODS = new Set(['getCurrentPositionAsync', 'watchPositionAsync', 'getLastKnownPositionAsync']);
const CONTACT_METHODS = new Set(['getContactsAsync', 'presentContactPickerAsync', 'getContactByIdAsync', 'getAll', 'getAllWithoutPhotos', 'getContactsMatchingString', 'getContactsByPhoneNumber', 'getContactsByEmailAddress', 'openContactForm']);
const DEVICE_ID_METHODS = new Set(['getUniqueId', 'getUniqueIdSync', 'getAndroidId', 'getAndroidIdSync', 'getInstanceId', 'getInstanceIdSync', 'getSerialNumber', 'getSerialNumberSync', 'getIosIdForVendorAsync', 'getAdvertisingId', 'getAdvertisingIdAsync']);
const CLIPBOARD_METHODS = new Set(['getStringAsync', 'getImageAsync', 'getUrlAsync', 'getString']);
const PUSH_TOKEN_METHODS = new Set(['getExpoPushTokenAsync', 'getDevicePushTokenAsync']);
const PUSH_TOKEN_MODULES = new Set(['@react-native-firebase/messaging', 'firebase/messaging']);
const IMAGE_METHODS = new Set(['launchCameraAsync', 'launchImageLibraryAsync', 'takePictureAsync', 'launchCamera', 'launchImageLibrary']);

/** The categories a device API call yields (`getExpoPushTokenAsync()` a device id), for values read from its result. */
export function getDeviceCategories(binding: ChainBinding, call: ts.CallExpression): string[] {
  const sites = matchDevice(binding, call) ?? (binding.type === 'library' ? matchCatalogCall(deviceEntriesOf(binding.module), binding, call) : []);
  return sites.flatMap((site) => site.values.flatMap((value) => (value.category ? [value.category] : [])));
}

const DEVICE_ENTRIES = CATALOG.filter((entry) => entry.kind === 'device-api');

/** The catalogued device APIs of a module (`react-native-image-crop-picker`), for what their calls return. */
function deviceEntriesOf(module: string): CatalogEntry[] {
  return DEVICE_ENTRIES.filter((entry) => entry.packages.some((pkg) => module === pkg || module.startsWith(`${pkg}/`)));
}

function matchDevice(binding: ChainBinding, call: ts.CallExpression): SinkSite[] | undefined {
  const chain = binding.chain;
  const last = chain[chain.length - 1] ?? '';
  const site = (api: string, categories: string[]): SinkSite[] => [
    { node: call, sink: { kind: 'device-api', recipient: null, api }, values: categories.map((category) => ({ expression: call, category, fixed: true })) },
  ];
  if (binding.type === 'global' && binding.name === 'navigator') {
    const path = chain.join('.');
    if (path === 'geolocation.getCurrentPosition' || path === 'geolocation.watchPosition') return site(`navigator.${path}`, ['user.location.precise']);
    if (path === 'mediaDevices.getUserMedia') return site(`navigator.${path}`, mediaCategories(call.arguments[0]));
    if (path === 'contacts.select') return site(`navigator.${path}`, ['user.social']);
    // The Credential Management API hands back the person's passkey assertion or new key pair (WebAuthn), or a saved password.
    if (path === 'credentials.get' || path === 'credentials.create') return site(`navigator.${path}`, ['user.authorization.credentials']);
    // What a person copied is their own content (a message, a password, an address): reading it collects it.
    if (path === 'clipboard.readText' || path === 'clipboard.read') return site(`navigator.${path}`, ['user.content.private']);
    return undefined;
  }
  // The File System Access API's picker: the files a person picks from their disk are their own documents.
  if (binding.type === 'global' && binding.name === 'showOpenFilePicker' && chain.length === 0) return site('showOpenFilePicker', ['user.content.private']);
  if (binding.type === 'global' && binding.name === 'geolocation' && (last === 'getCurrentPosition' || last === 'watchPosition')) {
    return site(`geolocation.${last}`, ['user.location.precise']);
  }
  if (binding.type !== 'library') {
    if (last === 'takePictureAsync' || last === 'recordAsync') return site(`camera.${last}`, ['user.content.self_image']);
    return undefined;
  }
  const module = binding.module;
  const api = `${binding.root}.${last}`;
  if (module === 'expo-location' && LOCATION_METHODS.has(last)) return site(api, ['user.location.precise']);
  if ((module === '@react-native-community/geolocation' || module === 'react-native-geolocation-service') && (last === 'getCurrentPosition' || last === 'watchPosition')) {
    return site(api, ['user.location.precise']);
  }
  if ((module === 'expo-contacts' || module === 'react-native-contacts') && CONTACT_METHODS.has(last)) return site(api, ['user.social']);
  if ((module === 'react-native-device-info' || module === 'expo-application' || module === 'expo-tracking-transparency' || module === 'expo-device') && DEVICE_ID_METHODS.has(last)) {
    return site(api, ['user.device.device_id']);
  }
  if (module === 'react-native-device-info' && (last === 'getIpAddress' || last === 'getIpAddressSync')) return site(api, ['user.device.ip_address']);
  if ((module === 'expo-image-picker' || module === 'react-native-image-picker' || module === 'expo-camera') && IMAGE_METHODS.has(last)) {
    return site(api, ['user.content.self_image']);
  }
  // react-native-webrtc exports the browser's `mediaDevices` for React Native: the constraints say what it opens.
  if (module === 'react-native-webrtc' && chain.join('.') === 'mediaDevices.getUserMedia') return site(api, mediaCategories(call.arguments[0]));
  if (module === 'expo-av' && last === 'createAsync' && chain.includes('Recording')) return site(api, ['user.biometric.voice']);
  if ((module === 'expo-clipboard' || module === '@react-native-clipboard/clipboard' || module === '@react-native-community/clipboard') && CLIPBOARD_METHODS.has(last)) {
    return site(api, ['user.content.private']);
  }
  // A push token addresses one device: it is a device identifier.
  if ((module === 'expo-notifications' && PUSH_TOKEN_METHODS.has(last)) || (PUSH_TOKEN_MODULES.has(module) && last === 'getToken')) {
    return site(api, ['user.device.device_id']);
  }
  return undefined;
}

function mediaCategories(constraints: ts.Expression | undefined): string[] {
  const node = constraints ? unwrap(constraints) : undefined;
  if (!node || !ts.isObjectLiteralExpression(node)) return ['user.content.self_image', 'user.biometric.voice'];
  const categories: string[] = [];
  for (const property of node.properties) {
    const name = property.name ? propertyNameText(property.name) : undefined;
    const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
    if (value && value.kind === ts.SyntaxKind.FalseKeyword) continue;
    if (name === 'video') categories.push('user.content.self_image');
    if (name === 'audio') categories.push('user.biometric.voice');
  }
  return categories;
}

/** `document.cookie = v`, `localStorage.key = v`, `localStorage['key'] = v`: assignments that store data. */
export function matchAssignment(assignment: ts.BinaryExpression, resolver: BindingResolver): SinkSite[] {
  const target = assignment.left;
  if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return [];
  const base = resolver.resolveExpression(target.expression);
  if (!base || base.type !== 'global' || base.chain.length > 0) return [];
  const key = ts.isPropertyAccessExpression(target) ? target.name : ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression : undefined;
  const keyText = key ? (ts.isIdentifier(key) ? key.text : (key as ts.StringLiteral).text) : undefined;
  if (base.name === 'document' && keyText === 'cookie') {
    return [{ node: target, sink: { kind: 'cookie', recipient: null, api: 'document.cookie' }, values: [{ expression: assignment.right }, ...cookieNameValues(assignment.right)] }];
  }
  if ((base.name === 'localStorage' || base.name === 'sessionStorage') && keyText !== undefined) {
    const values: SinkValue[] = [{ expression: assignment.right }];
    if (key && ts.isStringLiteralLike(key)) values.push({ expression: key, isKey: true });
    else if (key) values.push({ expression: ts.factory.createStringLiteral(keyText), isKey: true });
    return [{ node: target, sink: { kind: 'browser-storage', recipient: null, api: `${base.name}.${keyText}` }, values }];
  }
  return [];
}

/** `document.cookie = \`email=${value}\``: the cookie's name says what the value is. */
function cookieNameValues(value: ts.Expression): SinkValue[] {
  const node = firstCookiePart(unwrap(value));
  if (ts.isTemplateExpression(node)) {
    const name = /^\s*([^=;\s]+)=/.exec(node.head.text)?.[1];
    if (name) return [{ expression: ts.factory.createStringLiteral(name), isKey: true }];
    // `${COOKIE_NAME}=${value}`: the constant names the cookie.
    const [first] = node.templateSpans;
    return node.head.text.trim() === '' && first && first.literal.text.startsWith('=') ? [{ expression: first.expression, isKey: true }] : [];
  }
  return [];
}

/** `[\`${name}=${value}\`, 'path=/'].join('; ')`: the cookie's name and value come first, its attributes after. */
function firstCookiePart(node: ts.Expression): ts.Expression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'join') return node;
  const parts = unwrap(node.expression.expression);
  return ts.isArrayLiteralExpression(parts) && parts.elements[0] && !ts.isSpreadElement(parts.elements[0]) ? unwrap(parts.elements[0]) : node;
}
