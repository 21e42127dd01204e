import { ts } from './typescript.js';
import type { BindingResolver } from './bindings.js';
import { findModelDefinition } from './catalog-match.js';
import { constantTexts } from './constant-keys.js';
import type { DataItem, Engine } from './context.js';
import { textOf } from './context.js';
import type { DeclaredTypes } from './declared-types.js';
import { calledName, findReferences, getEnclosingFunction, propertyNameText, resolveIdentifier, returnedExpressions, unwrap, type FunctionLike } from './scope.js';
import type { TypeExpander } from './type-expansion.js';
import { ownerName } from './values.js';
import { isConfiguredThing, tokenize, type Origin } from './classify/index.js';
import { allRequestHeaders, classifyRequestHeader } from './classify/request-headers.js';

/** A place where a server handler reads personal data out of the incoming request. */
export interface SourceSite {
  node: ts.Node;
  api: string;
  items: DataItem[];
}

const REQUEST_NAMES = new Set(['req', 'request', '_req', '_request', 'incomingRequest']);
const REQUEST_TYPE = /(^|\.)(Request|NextRequest|NextApiRequest|FastifyRequest|IncomingMessage|HonoRequest|VercelRequest|HttpRequest|APIGatewayProxyEvent|APIGatewayProxyEventV2|ALBEvent)(<.*>)?$/s;
const BODY_PROPERTIES = new Set(['body', 'query', 'params', 'headers', 'cookies', 'signedCookies', 'nextUrl', 'geo', 'validated', 'validatedBody', 'validatedQuery']);
/*
 * Where a validation middleware leaves what it checked, beside the raw request: `ctx.input.body` (a Koa middleware that
 * parses `ctx.request.body` with a schema), `req.validated` / `req.validatedBody` (Express). What is read there is
 * still the person's input.
 */
const VALIDATED_CONTAINERS = new Set(['input']);
const BODY_METHODS = new Set(['json', 'formData', 'parseBody', 'valid', 'text']);
// Functions of form and body parsing libraries that take the request: `parseFormData(request)`, `parseMultipartBody(req)`.
const BODY_PARSER = /^(parse|read|get)\w*(Form|FormData|Body|Json|Multipart)$/;
const KEYED_METHODS = new Set(['query', 'param', 'header', 'queries', 'cookie', 'get']);
const PARSE_METHODS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'validate', 'validateSync', 'cast', 'plainToInstance', 'plainToClass', 'create', 'assert']);
const NEST_SOURCES = new Set(['Body', 'Query', 'Param', 'Headers', 'Ip', 'Args']);
const KOA_CONTEXT_NAMES = new Set(['ctx', 'context']);
const KOA_CONTEXT_TYPE = /^(Koa\.)?(Context|ParameterizedContext|DefaultContext|RouterContext|Router\.RouterContext|RouterParamContext)$/;
const KOA_MODULE = /^(koa|@koa\/router|koa-router|koa-body|koa-bodyparser)$/;
const RESOLVER_GROUPS = new Set(['Query', 'Mutation', 'Subscription']);
// Model writes and the argument that holds the document: `create(doc)`, `findByIdAndUpdate(id, update)`.
const MODEL_WRITES: ReadonlyMap<string, number> = new Map([
  ['create', 0], ['insertMany', 0], ['updateOne', 1], ['updateMany', 1], ['findByIdAndUpdate', 1], ['findOneAndUpdate', 1], ['replaceOne', 1],
]);
const MAX_DEPTH = 6;
/** A type named for a person's (`user`, `account`, `profile`, `me`) settings or preferences is their account settings. */
const SETTINGS_WORDS = new Set(['setting', 'settings', 'preference', 'preferences', 'prefs']);
const SETTINGS_OWNERS = new Set(['user', 'users', 'account', 'profile', 'me', 'my', 'member', 'customer', 'personal', 'subscriber', 'subscribers']);
const NOT_WRITING_VERBS = new Set(['get', 'list', 'read', 'fetch', 'find', 'delete', 'remove', 'clear', 'reset']);
/** Settings of what a person is sent: their opt-ins and opt-outs. */
const CONSENT_WORDS = new Set(['subscriber', 'subscribers', 'notification', 'notifications', 'communication', 'communications', 'consent', 'consents', 'newsletter', 'marketing']);
/** Packages whose helpers read the incoming request handed to them: Vercel's, and the multipart form parsers. */
const REQUEST_HELPER_MODULES = new Set([
  '@vercel/functions', '@vercel/edge', '@mjackson/form-data-parser', '@remix-run/form-data-parser', '@remix-run/node', '@remix-run/server-runtime',
]);
/** Vercel's helpers that read the request, and the name that says what they return. */
const REQUEST_HELPERS: ReadonlyMap<string, string> = new Map([['ipAddress', 'ip'], ['geolocation', 'ipGeo']]);
const FORM_PARSERS = new Set(['parseFormData', 'unstable_parseMultipartFormData', 'parseMultipartFormData']);
/** Members of a request object that read it besides BODY_PROPERTIES: the client address and the URL. */
const ACCESS_READS = new Set(['ip', 'ips', 'socket', 'connection', 'url']);
const FALLBACK_OPERATORS = new Set([ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken]);
const TRANSFORM_METHODS = new Set(['replace', 'replaceAll', 'trim', 'toLowerCase', 'toUpperCase', 'normalize', 'slice', 'substring', 'split', 'toString']);
// The owners a read of one request header has: `req.headers.cookie`, `headers.get('cookie')`, Hono's `c.req.header('tz')`.
const HEADER_OWNERS = new Set(['headers', 'header']);

export function createRequestInputDetector(engine: Engine, resolver: BindingResolver, types: TypeExpander, declaredTypes: DeclaredTypes) {
  const { classifier } = engine;
  const importsKoa = new WeakMap<ts.SourceFile, boolean>();
  const importsHelpers = new WeakMap<ts.SourceFile, boolean>();

  // Everything read here is what a person sent: the free text read out of it is their content.
  const named = (name: string, owner: string | undefined, expression: string, siblings?: readonly string[], origin: Origin | 'container' = 'request-input', read?: ts.Node): DataItem[] => {
    const header = owner !== undefined && HEADER_OWNERS.has(owner) ? classifyRequestHeader(name, read !== undefined && isForwarded(read)) : undefined;
    const found = header ?? classifier.classifyName(name, owner, siblings, origin === 'container' ? undefined : origin);
    return found ? [{ ...found, expression, trace: [], viaParameter: false }] : [];
  };

  function isRequestObject(expression: ts.Expression): boolean {
    const node = unwrap(expression);
    if (ts.isCallExpression(node)) return isNestRequestCall(node);
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      // `const request = context.switchToHttp().getRequest()` in a NestJS guard, interceptor or parameter decorator.
      if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) {
        const initializer = unwrap(declaration.node.initializer);
        return ts.isCallExpression(initializer) && isNestRequestCall(initializer);
      }
      if (declaration?.kind !== 'parameter') return false;
      if (REQUEST_NAMES.has(node.text)) return true;
      const type = declaration.path.length === 0 ? declaration.node.type : undefined;
      if (type !== undefined && ts.isTypeReferenceNode(type) && REQUEST_TYPE.test(type.getText())) return true;
      return declaration.path.length === 0 && isKoaContext(node, type);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const declaration = resolveIdentifier(node.expression);
      if (declaration?.kind !== 'parameter') return false;
      // Koa `ctx.request`, Hono `c.req`.
      if (node.name.text === 'req' || (node.name.text === 'request' && /^(ctx|context|c)$/.test(node.expression.text))) return true;
      return VALIDATED_CONTAINERS.has(node.name.text) && isRequestObject(node.expression);
    }
    return false;
  }

  /** NestJS's `ExecutionContext.switchToHttp().getRequest()`: the incoming request a guard or interceptor checks. */
  function isNestRequestCall(call: ts.CallExpression): boolean {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'getRequest') return false;
    const http = unwrap(callee.expression);
    return ts.isCallExpression(http) && ts.isPropertyAccessExpression(http.expression) && http.expression.name.text === 'switchToHttp';
  }

  /**
   * Koa delegates the request to its context: `ctx.query`, `ctx.ip`, `ctx.headers`, `ctx.params` (koa-router) read the
   * incoming request. A `ctx` counts only typed as Koa's context or in a file that imports Koa, so tRPC's and
   * GraphQL's `ctx` are not taken for one.
   */
  function isKoaContext(node: ts.Identifier, type: ts.TypeNode | undefined): boolean {
    if (type !== undefined && ts.isTypeReferenceNode(type) && KOA_CONTEXT_TYPE.test(type.typeName.getText())) return true;
    // The app's own context type (`ctx: APIContext<Req>`) in a file that routes with Koa.
    const ownContextType = type !== undefined && ts.isTypeReferenceNode(type) && /Context$/.test(type.typeName.getText());
    if (type !== undefined && !ownContextType) return false;
    if (!KOA_CONTEXT_NAMES.has(node.text)) return false;
    return importsModule(node.getSourceFile(), KOA_MODULE, importsKoa);
  }

  function importsModule(sourceFile: ts.SourceFile, modules: RegExp | ReadonlySet<string>, cache: WeakMap<ts.SourceFile, boolean>): boolean {
    let imports = cache.get(sourceFile);
    if (imports === undefined) {
      imports = sourceFile.statements.some((statement) => {
        const specifier = ts.isImportDeclaration(statement) ? statement.moduleSpecifier : undefined;
        return specifier !== undefined && ts.isStringLiteral(specifier) && (modules instanceof RegExp ? modules.test(specifier.text) : modules.has(specifier.text));
      });
      cache.set(sourceFile, imports);
    }
    return imports;
  }

  /** Called for every property access and call; returns the request reads it starts. */
  function detect(node: ts.Node): SourceSite[] {
    return declaredTypes.asPersonInput(() => detectRead(node));
  }

  function detectRead(node: ts.Node): SourceSite[] {
    if (ts.isPropertyAccessExpression(node)) return detectAccess(node);
    if (ts.isCallExpression(node)) return detectCall(node);
    if (ts.isParameter(node)) return [...detectNestParameter(node), ...detectResolverArguments(node)];
    return [];
  }

  /**
   * GraphQL resolvers receive the request's arguments as their second parameter:
   * `resolvers = { Mutation: { signup: (_parent, args) => ... } }`, reported at that parameter.
   */
  function detectResolverArguments(parameter: ts.ParameterDeclaration): SourceSite[] {
    const fn = parameter.parent;
    if (fn.parameters.indexOf(parameter) !== 1 || !isResolverFunction(fn)) return [];
    const api = 'graphql.args';
    const items: DataItem[] = [];
    if (ts.isIdentifier(parameter.name)) items.push(...identifierReads(parameter.name, parameter.name.text, 0));
    else if (ts.isObjectBindingPattern(parameter.name)) items.push(...bindingReads(parameter.name, undefined, 'args', 0));
    if (parameter.type) items.push(...dtoItems(parameter.type, textOf(parameter.name)));
    return site(parameter, api, dedupeItems(items));
  }

  function isResolverFunction(fn: ts.SignatureDeclaration): boolean {
    // `signup: (parent, args) => ...` or `signup(parent, args) { ... }` inside `Mutation: { ... }`.
    const holder = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
    if (!holder || !ts.isObjectLiteralExpression(holder.parent)) return false;
    const group = holder.parent.parent;
    if (!ts.isPropertyAssignment(group) || !group.name) return false;
    return RESOLVER_GROUPS.has(propertyNameText(group.name) ?? '');
  }

  function detectAccess(node: ts.PropertyAccessExpression): SourceSite[] {
    const name = node.name.text;
    // Only these members read the request; the name is checked first, since resolving the object is the dear part.
    if (!ACCESS_READS.has(name) && !BODY_PROPERTIES.has(name)) return [];
    // `ctx.request.body` is read at `ctx.request.body`, not again at `ctx.request`.
    if (!isRequestObject(node.expression)) return [];
    const api = `${textOf(node.expression)}.${name}`;
    if (name === 'ip' || name === 'ips') return site(node, api, named('ip', undefined, textOf(node)));
    if ((name === 'socket' || name === 'connection') && ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node) {
      return site(node, api, named(node.parent.name.text, undefined, textOf(node.parent)));
    }
    if (name === 'url' && ts.isNewExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'URL') {
      return site(node, api, readsOf(node.parent, 0));
    }
    if (!BODY_PROPERTIES.has(name)) return [];
    // Koa's `ctx.body` is the response; the request's body is `ctx.request.body`.
    if (name === 'body' && ts.isIdentifier(unwrap(node.expression)) && !REQUEST_NAMES.has((unwrap(node.expression) as ts.Identifier).text)) {
      const declaration = resolveIdentifier(unwrap(node.expression) as ts.Identifier);
      const type = declaration?.kind === 'parameter' ? declaration.node.type : undefined;
      if (!(type !== undefined && ts.isTypeReferenceNode(type) && REQUEST_TYPE.test(type.getText()))) return [];
    }
    const reads = readsOf(node, 0);
    const found = reads.length > 0 ? reads : typedRead(node);
    return site(node, api, found.length > 0 || name !== 'body' ? found : handlerSettingsItems(node, textOf(node)));
  }

  /**
   * The declared type of a request part, from the handler's own annotation: express `Request<Params, Res, Body, Query>`,
   * Fastify `FastifyRequest<{ Body: T; Querystring: Q }>`. Works without node_modules.
   */
  function typedRead(node: ts.PropertyAccessExpression): DataItem[] {
    if (!isRequestObject(node.expression)) return [];
    const base = unwrap(node.expression);
    if (!ts.isIdentifier(base)) return [];
    const declaration = resolveIdentifier(base);
    const type = declaration?.kind === 'parameter' && declaration.path.length === 0 ? declaration.node.type : undefined;
    if (!type || !ts.isTypeReferenceNode(type) || !type.typeArguments) return [];
    const typeName = type.typeName.getText().split('.').pop();
    const part = node.name.text;
    let partType: ts.TypeNode | undefined;
    if (typeName === 'Request') {
      const index = { params: 0, body: 2, query: 3 }[part as 'params' | 'body' | 'query'];
      partType = index === undefined ? undefined : type.typeArguments[index];
    } else if (typeName === 'FastifyRequest') {
      const literal = type.typeArguments[0];
      const member = { body: 'Body', query: 'Querystring', params: 'Params', headers: 'Headers' }[part as 'body'];
      if (literal && ts.isTypeLiteralNode(literal) && member) {
        const property = literal.members.find((candidate) => candidate.name && propertyNameText(candidate.name) === member);
        partType = property && ts.isPropertySignature(property) ? property.type : undefined;
      }
    }
    if (!partType) return [];
    return dtoItems(partType, textOf(node));
  }

  function detectCall(node: ts.CallExpression): SourceSite[] {
    const callee = node.expression;
    if (isBodyParserCall(node)) return site(node, `${textOf(callee)}()`, readsOf(node, 0));
    if (ts.isIdentifier(callee)) return detectRequestHelper(node, callee);
    if (!ts.isPropertyAccessExpression(callee)) return [];
    const method = callee.name.text;
    const key = node.arguments[0];
    const readsRequest = KEYED_METHODS.has(method) || BODY_METHODS.has(method);
    const otherSource = method === 'get' || method === 'getAll' || method === 'fromEntries' || method === 'input';
    // Any other method reads nothing, on a request object or not; resolving the object is the dear part.
    if (!readsRequest && !otherSource) return [];
    if (isRequestObject(callee.expression)) {
      const api = `${textOf(callee.expression)}.${method}()`;
      const keys = key && KEYED_METHODS.has(method) ? constantTexts(engine, key) : undefined;
      if (keys) return isComparedOnlyWithConfig(node) ? [] : site(node, api, dedupeItems(keys.flatMap((text) => named(text, method, textOf(node), undefined, 'request-input', node))));
      if (BODY_METHODS.has(method) || KEYED_METHODS.has(method)) return site(node, api, readsOf(node, 0));
      return [];
    }
    if ((method === 'get' || method === 'getAll') && key && ts.isStringLiteralLike(key)) {
      // Server actions: `formData.get('email')` on the FormData the action receives.
      if (isActionFormData(callee.expression)) return site(node, `${textOf(callee.expression)}.${method}()`, keyedRead(node, key.text));
      // Next.js `headers().get('x-forwarded-for')` reads the incoming request's headers.
      const binding = resolver.resolveExpression(callee.expression);
      if (binding?.type === 'library' && binding.module === 'next/headers' && binding.chain.length === 1 && binding.chain[0] === 'headers') {
        return site(node, 'headers().get', keyedRead(node, key.text));
      }
    }
    // Server actions: `Object.fromEntries(formData)` of the FormData the action receives.
    if (method === 'fromEntries' && key && isActionFormData(key)) return site(node, 'Object.fromEntries(formData)', readsOf(node, 0));
    // tRPC: `.input(z.object({ ... }))`.
    if (method === 'input' && node.arguments.length === 1) {
      const schema = node.arguments[0]!;
      const shapes = declaredTypes.schemaShapes(schema);
      const owner = declaredTypes.schemaOwner(schema) ?? procedureThing(node);
      if (shapes.length > 0) return site(schema, 'trpc.input', shapes.flatMap((shape) => declaredTypes.shapeItems(shape, owner, textOf(schema))));
    }
    return [];
  }

  /**
   * A library helper that reads the incoming request for the handler: Vercel's `ipAddress(request)` (the client's
   * address) and `geolocation(request)` (its IP-derived city, country and coordinates), and multipart form parsers.
   */
  function detectRequestHelper(node: ts.CallExpression, callee: ts.Identifier): SourceSite[] {
    // Only in files that import the helpers: resolving every plain call would be the dear part.
    if (node.arguments.length === 0 || !importsModule(node.getSourceFile(), REQUEST_HELPER_MODULES, importsHelpers)) return [];
    const binding = resolver.resolveExpression(callee);
    if (binding?.type !== 'library' || !REQUEST_HELPER_MODULES.has(binding.module) || binding.chain.length !== 1) return [];
    const helper = binding.chain[0]!;
    const readName = REQUEST_HELPERS.get(helper);
    if (readName !== undefined) return site(node, helper, named(readName, undefined, textOf(node)));
    // `await parseFormData(request, { maxFileSize })`: the request's multipart form, read like `request.formData()`.
    return FORM_PARSERS.has(helper) ? site(node, helper, readsOf(node, 0)) : [];
  }

  /** A keyed read (`formData.get('email')`): the key names the value, else what the code does with it. */
  function keyedRead(call: ts.CallExpression, key: string): DataItem[] {
    if (isComparedOnlyWithConfig(call)) return [];
    const own = named(key, undefined, textOf(call), formKeys(call));
    return own.length > 0 ? own : readsOf(call, 0);
  }

  /** The other keys read from the same form in the same function: `name` beside `bio` or `email` is a person's. */
  function formKeys(call: ts.CallExpression): string[] {
    const callee = unwrap(call.expression);
    const receiver = ts.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : undefined;
    if (!receiver || !ts.isIdentifier(receiver)) return [];
    const scope = getEnclosingFunction(call) ?? call.getSourceFile();
    const keys: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const inner = unwrap(node.expression);
        if (ts.isPropertyAccessExpression(inner) && (inner.name.text === 'get' || inner.name.text === 'getAll')) {
          const owner = unwrap(inner.expression);
          if (ts.isIdentifier(owner) && owner.text === receiver.text) keys.push(node.arguments[0].text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(scope);
    return keys;
  }

  function isActionFormData(expression: ts.Expression): boolean {
    const node = unwrap(expression);
    if (!ts.isIdentifier(node)) return false;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind !== 'parameter') return false;
    const type = declaration.node.type;
    return (type !== undefined && type.getText() === 'FormData') || (type === undefined && node.text === 'formData');
  }

  function detectNestParameter(parameter: ts.ParameterDeclaration): SourceSite[] {
    const decorators = ts.canHaveDecorators(parameter) ? (ts.getDecorators(parameter) ?? []) : [];
    const sites: SourceSite[] = [];
    for (const decorator of decorators) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !NEST_SOURCES.has(call.expression.text)) continue;
      const declaration = resolveIdentifier(call.expression);
      if (declaration?.kind !== 'import' || !(declaration.node.moduleSpecifier as ts.StringLiteral).text.startsWith('@nestjs/')) continue;
      const kind = call.expression.text;
      const api = `@${kind}()`;
      const key = call.arguments[0];
      if (kind === 'Ip') sites.push(...site(decorator, api, named('ip', undefined, textOf(parameter.name))));
      else if (key && ts.isStringLiteralLike(key)) {
        // `@Args('input') input: CreateUserInput`: a key that names nothing personal leaves the DTO type to speak.
        const own = named(key.text, undefined, textOf(parameter.name));
        sites.push(...site(decorator, api, own.length > 0 || !parameter.type ? own : dtoItems(parameter.type, textOf(parameter.name))));
      } else if (parameter.type) sites.push(...site(decorator, api, dtoItems(parameter.type, textOf(parameter.name))));
    }
    return sites;
  }

  /** The personal properties of a DTO type, read syntactically; the type checker only when the type is not in the project. */
  function dtoItems(typeNode: ts.TypeNode, base: string): DataItem[] {
    const items = dtoMemberItems(typeNode, base);
    return items.length > 0 ? items : personSettingsItems(typeNode, base);
  }

  /**
   * A body typed as a person's own settings (`@Body() data: UpdateUserSettingDto`, `req.body as AccountPreferences`):
   * what they chose for their account, even where no single member's name says it (a currency, a savings rate).
   */
  function personSettingsItems(typeNode: ts.TypeNode, base: string): DataItem[] {
    const typeName = ts.isTypeReferenceNode(typeNode) ? typeNode.typeName.getText().split('.').pop() ?? '' : '';
    return settingsItems(tokenize(typeName), typeName, 'type', base);
  }

  /**
   * A request body passed on whole by a handler named for a person's settings (`putSetting` of a `UsersController`,
   * `updatePreferences(req, res)` of an account router): the body is what they chose, whatever the next service reads.
   */
  function handlerSettingsItems(read: ts.Node, base: string): DataItem[] {
    const handler = getEnclosingFunction(read);
    const handlerName = handler?.name !== undefined && ts.isIdentifier(handler.name) ? handler.name.text : undefined;
    if (handlerName === undefined) return [];
    const holder = handler!.parent;
    const className = ts.isClassDeclaration(holder) && holder.name ? holder.name.text : '';
    const named = className === '' ? handlerName : `${className}.${handlerName}`;
    // The handler's own name must say settings: a `UsersController` has many routes, and only those carry settings.
    // One that reads or deletes them (`getSetting`, `deleteSetting`) is handed none.
    const handlerWords = tokenize(handlerName);
    if (!handlerWords.some((token) => SETTINGS_WORDS.has(token)) || NOT_WRITING_VERBS.has(handlerWords[0] ?? '')) return [];
    return settingsItems([...tokenize(className), ...tokenize(handlerName)], named, 'name', base);
  }

  function settingsItems(tokens: readonly string[], matched: string, by: 'type' | 'name', base: string): DataItem[] {
    if (!tokens.some((token) => SETTINGS_WORDS.has(token)) || !tokens.some((token) => SETTINGS_OWNERS.has(token))) return [];
    // A subscriber's or a person's notification preferences are which messages they agree to receive.
    const consent = tokens.some((token) => CONSENT_WORDS.has(token));
    return [{
      category: consent ? 'user.privacy_preferences' : 'user.account.settings',
      confidence: 'medium',
      evidence: { by, matched, term: matched, detail: consent ? 'which messages a person agrees to receive' : "a person's own settings" },
      expression: base,
      trace: [],
      viaParameter: false,
    }];
  }

  function dtoMemberItems(typeNode: ts.TypeNode, base: string): DataItem[] {
    const declared = declaredTypes.typeNodeItems(typeNode, base);
    if (declared !== undefined) return declared;
    // The checker only for types that name a person or a payload (`CreateUserDto`, `SignupInput`): it is costly to build.
    const typeName = ts.isTypeReferenceNode(typeNode) ? typeNode.typeName.getText() : '';
    if (!classifier.isPersonObjectName(typeName) && !/(Dto|DTO|Input|Body|Payload|Form|Request|Params)$/.test(typeName)) return [];
    return (types.expandTypeNode(typeNode, typeNode.getText()) ?? []).map((property) => ({
      category: property.category,
      confidence: property.confidence,
      evidence: { by: 'type' as const, matched: property.matched, term: property.term },
      expression: `${base}.${property.path}`,
      trace: [],
      viaParameter: false,
    }));
  }

  /** What a handler reads out of a request value: properties, destructuring, `.get('key')`, through variables and parsers. */
  function readsOf(expression: ts.Node, depth: number): DataItem[] {
    if (depth > MAX_DEPTH) return [];
    let current: ts.Node = expression;
    const typed: DataItem[] = [];
    for (;;) {
      const parent = current.parent;
      if (
        ts.isParenthesizedExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isAwaitExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        (ts.isBinaryExpression(parent) && parent.left === current && FALLBACK_OPERATORS.has(parent.operatorToken.kind))
      ) {
        current = parent;
      } else if (ts.isPropertyAccessExpression(parent) && TRANSFORM_METHODS.has(parent.name.text) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
        current = parent.parent;
      } else if (ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) {
        typed.push(...dtoItems(parent.type, textOf(expression)));
        current = parent;
      } else {
        break;
      }
    }
    const parent = current.parent;
    const base = textOf(expression);
    let reads: DataItem[] = [];
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === current) {
      const key = ts.isPropertyAccessExpression(parent) ? parent.name.text : ts.isStringLiteralLike(parent.argumentExpression) ? parent.argumentExpression.text : undefined;
      // `headers[HEADER_KEY.toLowerCase()]`: a key named through constants reads what those texts name.
      const constantKeys = key === undefined && ts.isElementAccessExpression(parent) ? constantTexts(engine, parent.argumentExpression) : undefined;
      if (constantKeys) {
        const found = dedupeItems(constantKeys.flatMap((text) => named(text, ownerName(current as ts.Expression), textOf(parent), undefined, 'request-input', parent)));
        reads = found.length > 0 ? found : readsOf(parent, depth + 1);
      } else if (key !== undefined) {
        const grand = parent.parent;
        if (ts.isCallExpression(grand) && grand.expression === parent) {
          const argument = grand.arguments[0];
          const argumentKeys = (key === 'get' || key === 'getAll') && argument ? constantTexts(engine, argument) : undefined;
          if (argumentKeys) {
            if (isComparedOnlyWithConfig(grand)) return [];
            reads = dedupeItems(argumentKeys.flatMap((text) => named(text, ownerName(current as ts.Expression), textOf(grand), undefined, 'request-input', grand)));
            if (reads.length === 0) reads = readsOf(grand, depth + 1);
          }
          else if (PARSE_METHODS.has(key)) reads = readsOf(grand, depth + 1);
        } else {
          const deeper = readsOf(parent, depth + 1);
          // `req.body.message.data`: what is read is the member, and `message` only holds it.
          const holds = ts.isPropertyAccessExpression(grand) && grand.expression === parent && !(ts.isCallExpression(grand.parent) && grand.parent.expression === grand);
          if (deeper.length === 0 && isComparedOnlyWithConfig(parent)) return [];
          reads = deeper.length > 0 ? deeper : named(key, ownerName(current as ts.Expression), textOf(parent), undefined, holds ? 'container' : 'request-input', parent);
        }
      } else if (ts.isElementAccessExpression(parent) && isHeaders(current) && isLoopKey(parent.argumentExpression) && !isAssignedTo(parent)) {
        // `headers[name] = request.headers[name]` in a loop over them: every header the client sent is copied.
        reads = [{ ...allRequestHeaders(textOf(parent)), expression: textOf(parent), trace: [], viaParameter: false }];
      }
    } else if (ts.isSpreadAssignment(parent) && isHeaders(current)) {
      // `{ ...request.headers, host }`: the copy holds every header the client sent.
      reads = [{ ...allRequestHeaders(base), expression: base, trace: [], viaParameter: false }];
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === current) {
      // `const email = searchParams.get('resource')`: the variable's own name says what was read. A `body` or
      // `content` holding the parsed request is its container, not free text: what is read out of it says.
      const own = ts.isIdentifier(parent.name) ? named(parent.name.text, undefined, base, undefined, 'container') : [];
      reads = own.length > 0 ? own : bindingReads(parent.name, ownerName(expression as ts.Expression), base, depth);
      if (parent.type) reads.push(...dtoItems(parent.type, base));
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === current && ts.isIdentifier(parent.left)) {
      reads = identifierReads(parent.left, base, depth);
    } else if (ts.isCallExpression(parent) && parent.arguments.includes(current as ts.Expression)) {
      reads = argumentReads(parent, parent.arguments.indexOf(current as ts.Expression), base, depth);
    } else if (ts.isShorthandPropertyAssignment(parent) || (ts.isPropertyAssignment(parent) && parent.initializer === current)) {
      reads = objectArgumentReads(parent, base, depth);
    } else if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'URL') {
      reads = readsOf(parent, depth + 1);
    } else if (ts.isNewExpression(parent) && parent.arguments?.[0] === current) {
      // `new User(req.body)` of a model: the document holds the model's fields.
      const binding = resolver.resolveExpression(parent.expression);
      const model = binding && binding.type === 'library' ? findModelDefinition(binding) : undefined;
      if (model) reads = declaredTypes.modelItems(model, base) ?? [];
    }
    return [...typed, ...reads];
  }

  function bindingReads(name: ts.BindingName, owner: string | undefined, base: string, depth: number): DataItem[] {
    if (ts.isIdentifier(name)) return identifierReads(name, base, depth);
    const items: DataItem[] = [];
    const siblings = name.elements.flatMap((element) =>
      ts.isOmittedExpression(element) ? [] : element.propertyName ? [propertyNameText(element.propertyName) ?? ''] : ts.isIdentifier(element.name) ? [element.name.text] : [],
    );
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      if (element.dotDotDotToken) {
        if (ts.isIdentifier(element.name)) items.push(...identifierReads(element.name, base, depth));
        continue;
      }
      const key = element.propertyName ? propertyNameText(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
      if (ts.isObjectBindingPattern(element.name) || ts.isArrayBindingPattern(element.name)) {
        items.push(...bindingReads(element.name, key, `${base}.${key}`, depth + 1));
        continue;
      }
      if (key === undefined) continue;
      const own = named(key, owner, `${base}.${key}`, siblings);
      // `const { searchParams } = request.nextUrl`: a container whose reads come later.
      items.push(...(own.length > 0 ? own : ts.isIdentifier(element.name) && depth < MAX_DEPTH ? identifierReads(element.name, `${base}.${key}`, depth + 1) : []));
    }
    return items;
  }

  function identifierReads(name: ts.Identifier, base: string, depth: number): DataItem[] {
    const declaration = resolveIdentifier(name);
    if (!declaration) return [];
    const scope = getEnclosingFunction(name) ?? name.getSourceFile();
    return findReferences(scope, declaration, name.text)
      .filter((reference) => reference !== name)
      .flatMap((reference) => readsOf(reference, depth + 1))
      .map((found) => ({ ...found, expression: found.expression || base }));
  }

  /** `handle({ request, formData })` to the app's own `function handle({ formData })`: what the callee reads of that member. */
  function objectArgumentReads(property: ts.ShorthandPropertyAssignment | ts.PropertyAssignment, base: string, depth: number): DataItem[] {
    const key = propertyNameText(property.name);
    const literal = property.parent;
    const call = literal.parent;
    if (key === undefined || !ts.isCallExpression(call) || depth >= 3) return [];
    const index = call.arguments.indexOf(literal);
    const binding = index < 0 ? undefined : resolver.resolveExpression(unwrap(call.expression));
    const parameter = binding?.type === 'function' ? binding.fn.parameters[index] : undefined;
    if (!parameter || !ts.isObjectBindingPattern(parameter.name)) return [];
    const element = parameter.name.elements.find((candidate) => (candidate.propertyName ? propertyNameText(candidate.propertyName) : ts.isIdentifier(candidate.name) ? candidate.name.text : undefined) === key);
    return element && ts.isIdentifier(element.name) ? identifierReads(element.name, base, depth + 1) : [];
  }

  function argumentReads(call: ts.CallExpression, index: number, base: string, depth: number): DataItem[] {
    const callee = unwrap(call.expression);
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    // `Object.fromEntries(formData)`: the object holds what the form held.
    if (method === 'fromEntries' || method === 'assign' || method === 'structuredClone') return readsOf(call, depth + 1);
    // `User.create(req.body)`: the body becomes a document of the model, so it carries the model's fields.
    if (method !== undefined && MODEL_WRITES.get(method) === index) {
      const modelBinding = resolver.resolveExpression(callee);
      const model = modelBinding && modelBinding.type === 'library' ? findModelDefinition(modelBinding) : undefined;
      if (model) return declaredTypes.modelItems(model, base) ?? [];
    }
    if (method && PARSE_METHODS.has(method)) {
      const owner = ts.isPropertyAccessExpression(callee) ? declaredTypes.schemaOwner(callee.expression) : undefined;
      const fromSchema = ts.isPropertyAccessExpression(callee) ? declaredTypes.schemaShapes(callee.expression, 0).flatMap((shape) => declaredTypes.shapeItems(shape, owner, base, 0)) : [];
      return [...fromSchema, ...readsOf(call, depth + 1)];
    }

    // Form libraries validate against a schema passed beside the data: `parseWithZod(formData, { schema })`.
    const schemaOption = call.arguments.map((argument) => unwrap(argument)).find(ts.isObjectLiteralExpression)?.properties.find(
      (property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && propertyNameText(property.name) === 'schema',
    );
    if (schemaOption) {
      const owner = declaredTypes.schemaOwner(schemaOption.initializer);
      const fromSchema = declaredTypes.schemaShapes(schemaOption.initializer, 0).flatMap((shape) => declaredTypes.shapeItems(shape, owner, base, 0));
      if (fromSchema.length > 0) return [...fromSchema, ...readsOf(call, depth + 1)];
    }
    const binding = resolver.resolveExpression(callee);
    if (binding?.type === 'function' && depth < 3) {
      const parameter = binding.fn.parameters[index];
      if (parameter && ts.isIdentifier(parameter.name)) return identifierReads(parameter.name, base, depth + 1);
      if (parameter && ts.isObjectBindingPattern(parameter.name)) return bindingReads(parameter.name, undefined, base, depth + 1);
    }
    return [];
  }

  /**
   * `await parseFormData(request, options)`, `parseBody(req)`: a library that parses the request it is given hands
   * back what the request carried.
   */
  function isBodyParserCall(node: ts.CallExpression): boolean {
    const callee = unwrap(node.expression);
    const request = node.arguments[0];
    if (!ts.isIdentifier(callee) || !request || !isRequestObject(request)) return false;
    const binding = resolver.resolveExpression(callee);
    if (binding?.type === 'library') return BODY_PARSER.test(callee.text);
    return binding?.type === 'function' && returnsRequestBody(binding.fn);
  }

  /**
   * The app's own helper that hands back the body of the request it is given (`parseRequestBody(req)` returning
   * `await req.json()`, in a try that turns bad JSON into an error of the app): its callers read the request there.
   */
  function returnsRequestBody(fn: FunctionLike): boolean {
    const parameter = fn.parameters[0];
    if (!parameter || !ts.isIdentifier(parameter.name)) return false;
    const name = parameter.name.text;
    return returnedExpressions(fn).some((returned) => {
      const read = unwrap(returned);
      const member = ts.isCallExpression(read) && read.arguments.length === 0 ? unwrap(read.expression) : read;
      if (!ts.isPropertyAccessExpression(member) || !ts.isIdentifier(member.expression) || member.expression.text !== name) return false;
      const isBodyRead = ts.isCallExpression(read) ? BODY_METHODS.has(member.name.text) && member.name.text !== 'valid' : member.name.text === 'body';
      return isBodyRead && resolveIdentifier(member.expression)?.node === parameter;
    });
  }

  /**
   * Whether a value is what the incoming request carries (`req.body`, `ctx.input.body`, `await request.json()`,
   * `c.req.valid('json')`, a server action's FormData): the flow's origin for what is read out of it.
   */
  function isRequestValue(expression: ts.Expression): boolean {
    const node = unwrap(expression);
    if (ts.isPropertyAccessExpression(node)) return BODY_PROPERTIES.has(node.name.text) && isRequestObject(node.expression);
    if (ts.isIdentifier(node)) return isActionFormData(node);
    if (!ts.isCallExpression(node)) return false;
    if (isBodyParserCall(node)) return true;
    const callee = unwrap(node.expression);
    return ts.isPropertyAccessExpression(callee) && BODY_METHODS.has(callee.name.text) && isRequestObject(callee.expression);
  }

  return { detect, typedRead: (node: ts.PropertyAccessExpression) => declaredTypes.asPersonInput(() => typedRead(node)), isRequestValue };
}

/**
 * The configured thing a tRPC procedure is named after (`createRole`, `updatePermission`): its inline input is that
 * thing's, so a `description` in it is the workspace's text, not a person's.
 */
function procedureThing(input: ts.CallExpression): string | undefined {
  let node: ts.Node = input;
  while (ts.isCallExpression(node.parent) || ts.isPropertyAccessExpression(node.parent)) node = node.parent;
  const holder = node.parent;
  const name = (ts.isPropertyAssignment(holder) || ts.isVariableDeclaration(holder)) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  const subject = name === undefined ? undefined : tokenize(name).at(-1);
  return subject !== undefined && isConfiguredThing(subject) ? subject : undefined;
}

function dedupeItems(items: DataItem[]): DataItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.category)) return false;
    seen.add(item.category);
    return true;
  });
}

const EQUALITY_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
]);
const CONFIG_READ = /^(process\.env|import\.meta\.env|Bun\.env|Deno\.env|env\(\)|env|config|settings)\b/;

/**
 * `request.headers.get('Authorization') === \`Bearer ${process.env.INTERNAL_TOKEN}\``, or a variable holding the read that
 * is only compared so: the request proves it comes from another machine of the app's own (a cron, an agent, an
 * instance) with a secret from the configuration. Nothing of a person is collected.
 */
function isComparedOnlyWithConfig(read: ts.Expression): boolean {
  let value: ts.Node = read;
  // `(ctx.input.body.token ?? ctx.input.query.token) as string`: either read is the value compared.
  while (ts.isParenthesizedExpression(value.parent) || ts.isAwaitExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isNonNullExpression(value.parent)
    || (ts.isBinaryExpression(value.parent) && FALLBACK_OPERATORS.has(value.parent.operatorToken.kind))) value = value.parent;
  const holder = value.parent;
  if (ts.isBinaryExpression(holder)) return isComparisonWithConfig(holder, value);
  if (!ts.isVariableDeclaration(holder) || holder.initializer !== value || !ts.isIdentifier(holder.name)) return false;
  const declaration = resolveIdentifier(holder.name);
  if (declaration === undefined) return false;
  const uses = findReferences(getEnclosingFunction(holder) ?? holder.getSourceFile(), declaration, holder.name.text);
  return uses.length > 0 && uses.every((use) => (ts.isBinaryExpression(use.parent) && isComparisonWithConfig(use.parent, use)) || isEqualityCallWithConfig(use));
}

function isComparisonWithConfig(comparison: ts.BinaryExpression, side: ts.Node): boolean {
  if (!EQUALITY_OPERATORS.has(comparison.operatorToken.kind)) return false;
  const other = unwrap(comparison.left === side ? comparison.right : comparison.left);
  return isConfiguredText(other, 0);
}

// Constant-time comparisons (`crypto.timingSafeEqual`, `safeEqual`, `safeCompare`, `secureCompare`).
const EQUALITY_CALL = /(^|[a-z])(Equal|Equals|Compare)$|^(equal|equals|compare)$/;

/** `safeEqual(env.CRON_SECRET, token)`: the value checked against a configured secret in a constant-time comparison. */
function isEqualityCallWithConfig(use: ts.Node): boolean {
  const call = use.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(use as ts.Expression)) return false;
  const name = calledName(call);
  return name !== undefined && EQUALITY_CALL.test(name) && call.arguments.some((argument) => argument !== use && isConfiguredText(unwrap(argument), 0));
}

/** Text taken from the configuration: an env read, a template of them, or a constant holding one. */
function isConfiguredText(node: ts.Expression, depth: number): boolean {
  if (depth > 3) return false;
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isConfiguredText(unwrap(span.expression), depth + 1));
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) return CONFIG_READ.test(node.getText());
  if (!ts.isIdentifier(node)) return false;
  const declaration = resolveIdentifier(node);
  const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
  return initializer !== undefined && isConfiguredText(unwrap(initializer), depth + 1);
}

/**
 * A read passed on whole into another request: assigned to a member (`headers.cookie = request.headers.cookie`), a
 * property of an object literal (`{ Cookie: req.headers.cookie }`) or set under a key (`outgoing.set('cookie', ...)`).
 */
function isForwarded(read: ts.Node): boolean {
  let value: ts.Node = read;
  while (ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isNonNullExpression(value.parent)
    || (ts.isBinaryExpression(value.parent) && value.parent.left === value && FALLBACK_OPERATORS.has(value.parent.operatorToken.kind))) value = value.parent;
  const holder = value.parent;
  if (ts.isBinaryExpression(holder)) {
    return holder.right === value && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isPropertyAccessExpression(holder.left) || ts.isElementAccessExpression(holder.left));
  }
  if (ts.isPropertyAssignment(holder)) return holder.initializer === value;
  if (!ts.isCallExpression(holder) || holder.arguments[1] !== value) return false;
  const callee = unwrap(holder.expression);
  return ts.isPropertyAccessExpression(callee) && (callee.name.text === 'set' || callee.name.text === 'append');
}

/** `request.headers[name] = REDACTED`: a write into the headers (a scrubber's), not a read of them. */
function isAssignedTo(node: ts.Node): boolean {
  const holder = node.parent;
  return ts.isBinaryExpression(holder) && holder.left === node && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function isHeaders(node: ts.Node): boolean {
  return ownerName(node as ts.Expression) === 'headers';
}

const ITERATING_METHODS = new Set(['forEach', 'map', 'reduce', 'filter', 'flatMap']);

/**
 * A key that goes over every member of something: the variable of a `for...of`/`for...in` loop, or the parameter of a
 * `forEach`/`map` callback. A key handed in by a caller (`getHeader(name)`) names one member, chosen elsewhere.
 */
function isLoopKey(key: ts.Expression): boolean {
  const node = unwrap(key);
  if (!ts.isIdentifier(node)) return false;
  const declaration = resolveIdentifier(node);
  if (declaration?.kind === 'variable') {
    const list = declaration.node.parent;
    return ts.isVariableDeclarationList(list) && (ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent));
  }
  if (declaration?.kind !== 'parameter') return false;
  const callback = declaration.node.parent;
  const call = callback.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(callback as ts.Expression)) return false;
  const callee = unwrap(call.expression);
  return ts.isPropertyAccessExpression(callee) && ITERATING_METHODS.has(callee.name.text);
}

function site(node: ts.Node, api: string, items: DataItem[]): SourceSite[] {
  return items.length > 0 ? [{ node, api, items }] : [];
}

