import { ts } from './typescript.js';
import type { UserSdkEntry } from '../manifest/types.js';
import type { SinkKind } from '../model.js';
import type { ChainBinding } from './bindings.js';
import type { CallSignature, CatalogEntry } from './catalog/types.js';
import { startedCollections } from './auto-collection.js';
import { eventValue } from './analytics-events.js';
import { createEndpointLookup, type EndpointLookup } from './endpoints.js';
import { toPackageName } from './modules.js';
import type { RecordField, SinkSite, SinkValue } from './sink-site.js';
import { isFunctionLike, resolveIdentifier, unwrap } from './scope.js';
import { isBuilderChainCall } from './builders.js';
import type { FunctionLike } from './scope.js';

/** Kinds whose finding never names a recipient: the data stays on the device or comes from the person. */
const LOCAL_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['browser-storage', 'cookie', 'request-input', 'device-api']);
const NODE_BUILTINS = new Set(['fs', 'fs/promises', 'node:fs', 'node:fs/promises']);

export function toCatalogEntry(entry: UserSdkEntry): CatalogEntry {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    docs: '',
    packages: entry.packages,
    ...(entry.globals ? { globals: entry.globals } : {}),
    calls: entry.calls.map((call) => ({ method: call.method, args: call.args ? call.args.map((index) => ({ index })) : 'all' })),
    declared: true,
  };
}

export interface CatalogIndex {
  /**
   * The catalog's entries for `module`: with the `dependencies` of the calling file's package.json, only the services
   * it declares (and Node's built-ins); without, every entry for the module.
   */
  entriesForModule(module: string, dependencies: ReadonlySet<string> | undefined): CatalogEntry[];
  entriesForGlobal(name: string): CatalogEntry[];
  endpointOf: EndpointLookup;
}

export function createCatalogIndex(catalog: readonly CatalogEntry[]): CatalogIndex {
  const byGlobal = new Map<string, CatalogEntry[]>();
  for (const entry of catalog) for (const name of entry.globals ?? []) byGlobal.set(name, [...(byGlobal.get(name) ?? []), entry]);
  const byModule = new Map<string, { entries: CatalogEntry[]; packageName: string; builtin: boolean; declared: CatalogEntry[] }>();
  return {
    entriesForModule(module, dependencies) {
      let known = byModule.get(module);
      if (!known) {
        const bare = module.replace(/^node:/, '');
        const entries = catalog.filter((entry) => entry.packages.some((pkg) => bare === pkg || bare.startsWith(`${pkg}/`)));
        const packageName = toPackageName(module);
        const builtin = NODE_BUILTINS.has(module) || NODE_BUILTINS.has(packageName);
        known = { entries, packageName, builtin, declared: entries.filter((entry) => entry.declared) };
        byModule.set(module, known);
      }
      const { entries, packageName, builtin, declared } = known;
      if (dependencies === undefined || entries.length === 0) return entries;
      // Only SDKs the workspace depends on are live (knip's enablers); Node built-ins always are.
      if (builtin || dependencies.has(packageName)) return entries;
      return declared;
    },
    entriesForGlobal: (name) => byGlobal.get(name) ?? [],
    endpointOf: createEndpointLookup(catalog),
  };
}

/** Matches a call through an SDK binding against the catalog: the member chain's suffix, then the command string. */
export function matchCatalogCall(entries: readonly CatalogEntry[], binding: ChainBinding, call: ts.CallExpression): SinkSite[] {
  const sites: SinkSite[] = [];
  for (const entry of entries) {
    for (const signature of signaturesEndingIn(entry, binding.chain)) {
      if (!matchesMethod(signature.method, binding.chain)) continue;
      const command = matchCommand(signature, call);
      if (command === false) continue;
      // A raw query that only reads sends its parameters as lookup keys (DESIGN.md "Findings"): nothing is stored.
      if (entry.kind === 'database' && isReadingQuery(call)) return sites;
      const values = [...withVendorIdKeys(entry, selectValues(signature, call, command, binding)), ...boundValues(entry, signature.method, binding, call)];
      const api = calleePath(call.expression) ?? [binding.root, ...(signature.method ? signature.method.split('.') : [])].join('.');
      const record = entry.kind === 'database' ? recordName(binding, signature.method) : undefined;
      const recordNode = entry.kind === 'database' ? recordArgument(binding) : undefined;
      const model = entry.kind === 'database' ? findModelDefinition(binding) : undefined;
      sites.push({
        node: call,
        sink: { kind: entry.kind, recipient: toRecipient(entry), api: signature.command ? `${api}:${signature.command}` : api },
        values,
        ...(record ? { record } : {}),
        ...(recordNode ? { recordNode } : {}),
        ...(model ? { model } : {}),
      });
      return sites;
    }
  }
  // A request object built in place (`new EmailParams().setRecipients(recipients)`) is sent where it is passed.
  const service = isBuilderChainCall(call) ? undefined : entries.find((entry) => isServiceCall(entry, binding));
  if (service) {
    // Any other call on a service's client that receives personal data sends it there (DESIGN.md "Detection").
    const api = calleePath(call.expression) ?? [binding.root, ...binding.chain].join('.');
    sites.push({ node: call, sink: { kind: service.kind, recipient: toRecipient(service), api }, values: withVendorIdKeys(service, call.arguments.map((expression) => ({ expression }))), confidence: 'medium' });
  } else {
    const searched = entries.find((entry) => isServiceSearch(entry, binding));
    if (searched) {
      const api = calleePath(call.expression) ?? [binding.root, ...binding.chain].join('.');
      const values = call.arguments.map((expression) => ({ expression, lookup: true }));
      sites.push({ node: call, sink: { kind: searched.kind, recipient: toRecipient(searched), api }, values: withVendorIdKeys(searched, values), confidence: 'medium' });
    }
  }
  return sites;
}

/**
 * `sequelize.query('SELECT ... WHERE "userId" = :userId', { replacements })`, `client.query({ text: 'SELECT ...', values })`:
 * the SQL text at the call says it reads.
 */
function isReadingQuery(call: ts.CallExpression): boolean {
  const first = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
  if (!first) return false;
  const text = ts.isObjectLiteralExpression(first) ? sqlTextProperty(first) : first;
  const head = text === undefined ? undefined : ts.isStringLiteralLike(text) ? text.text : ts.isTemplateExpression(text) ? text.head.text : undefined;
  return head !== undefined && /^\s*select\b/i.test(head);
}

function sqlTextProperty(query: ts.ObjectLiteralExpression): ts.Expression | undefined {
  const property = query.properties.find((candidate) => ts.isPropertyAssignment(candidate) && ts.isIdentifier(candidate.name) && (candidate.name.text === 'text' || candidate.name.text === 'sql'));
  return property && ts.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
}

/**
 * What the logger a line is written with was bound to (`const log = logger.child({ userId })` before `log.info(...)`):
 * every line of a bound logger carries its bindings, whatever the line itself says.
 */
function boundValues(entry: CatalogEntry, method: string, binding: ChainBinding, call: ts.CallExpression): SinkValue[] {
  const boundBy = entry.boundBy;
  if (!boundBy || boundBy.includes(method)) return [];
  return binding.calls.flatMap((made) => {
    if (made === call || !ts.isCallExpression(made) || !ts.isPropertyAccessExpression(made.expression) || !boundBy.includes(made.expression.name.text)) return [];
    const bindings = made.arguments[0];
    return bindings && !ts.isSpreadElement(bindings) ? [{ expression: bindings }] : [];
  });
}

function withVendorIdKeys(entry: CatalogEntry, values: SinkValue[]): SinkValue[] {
  const keys = entry.vendorIdKeys;
  return keys === undefined ? values : values.map((value) => ({ ...value, vendorIdKeys: keys }));
}

/*
 * Kinds whose every call is read as sending: a third-party service. Databases and loggers are not (a query's `where`
 * is a lookup, DESIGN.md "Findings"; their writes are all listed), nor what stays on the device.
 */
const SERVICE_KINDS: ReadonlySet<SinkKind> = new Set<SinkKind>(['analytics', 'error-monitoring', 'session-replay', 'advertising', 'marketing', 'payments', 'messaging', 'support', 'ai', 'file']);

/**
 * Reads and deletions address a record the service already holds (`stripe.customers.retrieve(customerId)`): the id
 * reaches the service, but it tells it nothing new, so, as with database lookups, it is not a new collection.
 * Setup, lifecycle and event wiring (`init({ dsn })`, `startSpan`, `on('event', fn)`) carry configuration, not a person's data.
 */
const READ_METHOD = /^(get|retrieve|list|search|find|fetch|read|query|count|exists|has|is|del|delete|remove|cancel|close|destroy|archive|on|off|once|addListener|removeListener|subscribe|unsubscribe|use|then|catch|finally|toString|toJSON|valueOf|init|initialize|configure|setup|load|register|wrap|with|flush|shutdown|start|stop|reset|enable|disable|opt)([A-Z_].*)?$/;

function isServiceCall(entry: CatalogEntry, binding: ChainBinding): boolean {
  // A service reached over HTTP (an auth provider, GitHub) is a service like any other; an HTTP client library has no recipient.
  if (!(SERVICE_KINDS.has(entry.kind) || entry.kind === 'http') || toRecipient(entry) === null) return false;
  const method = binding.chain[binding.chain.length - 1];
  return method !== undefined && !READ_METHOD.test(method);
}

/**
 * A search of a service's records (`stripe.customers.list({ email })`, `customers.search({ query })`): unlike a read by
 * the service's own id, what it is searched by reaches the service (SinkValue.lookup keeps only what names a person).
 */
const SEARCH_METHOD = /^(list|search|find|query)([A-Z_].*)?$/;

function isServiceSearch(entry: CatalogEntry, binding: ChainBinding): boolean {
  if (!(SERVICE_KINDS.has(entry.kind) || entry.kind === 'http') || toRecipient(entry) === null) return false;
  const method = binding.chain[binding.chain.length - 1];
  return method !== undefined && SEARCH_METHOD.test(method);
}

/** The call as the code writes it, without arguments and receivers like `this`: `stripe.customers.create`, `braze.getUser.setEmail`. */
function calleePath(callee: ts.Expression): string | undefined {
  const names: string[] = [];
  let node: ts.Expression = callee;
  for (;;) {
    if (ts.isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = node.expression;
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      names.unshift(node.argumentExpression.text);
      node = node.expression;
    } else if (ts.isCallExpression(node) || ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isAwaitExpression(node)) {
      node = node.expression;
    } else {
      break;
    }
  }
  if (ts.isIdentifier(node) && !['window', 'globalThis', 'self'].includes(node.text)) names.unshift(node.text);
  return names.length > 0 ? names.join('.') : undefined;
}

/** The model or table a database write names: `prisma.user.create` → user, `db.insert(users).values` → users. */
/** `mongoose.model('User', UserSchema)` / `model<IUser>('User', schema)` among the calls that built the binding. */
export function findModelDefinition(binding: ChainBinding): ts.CallExpression | undefined {
  return binding.calls.find((created): created is ts.CallExpression => {
    if (!ts.isCallExpression(created) || created.arguments.length < 2) return false;
    const callee = created.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    return name === 'model';
  });
}

const RECORD_NAMING_CALLS = new Set(['insert', 'update', 'into', 'from', 'table', 'collection', 'getRepository', 'model']);

function recordName(binding: ChainBinding, method: string): string | undefined {
  const before = binding.chain[binding.chain.length - method.split('.').length - 1];
  const argument = recordArgument(binding);
  if (argument && ts.isPropertyAccessExpression(argument)) return argument.name.text;
  return argument && (ts.isIdentifier(argument) || ts.isStringLiteralLike(argument)) ? argument.text : before;
}

/**
 * The table or entity a write names in its chain: `users` of `db.insert(users)`, `User` of `getRepository(User)`,
 * or the type argument of the client's declared type (`private repository: Repository<User>`).
 */
function recordArgument(binding: ChainBinding): ts.Expression | undefined {
  if (binding.type === 'library' && binding.record) return binding.record;
  for (const created of binding.calls) {
    if (!ts.isCallExpression(created) || !ts.isPropertyAccessExpression(created.expression)) continue;
    const argument = created.arguments[0];
    // `db.insert(schema.roles)`: a table reached through the namespace of the module that defines it.
    const named = argument && (ts.isIdentifier(argument) || ts.isStringLiteralLike(argument) || (ts.isPropertyAccessExpression(argument) && ts.isIdentifier(argument.expression)));
    if (RECORD_NAMING_CALLS.has(created.expression.name.text) && named) return argument;
  }
  return undefined;
}

// Each entry's signatures by the last segment of their method ('' for a call of the binding itself), in catalog order:
// a database client's entry has dozens, and a call can only match those that end in its last member.
const SIGNATURES_BY_LAST_SEGMENT = new WeakMap<CatalogEntry, ReadonlyMap<string, readonly CallSignature[]>>();
const NO_SIGNATURES: readonly CallSignature[] = [];

export function signaturesEndingIn(entry: CatalogEntry, chain: readonly string[]): readonly CallSignature[] {
  let byLastSegment = SIGNATURES_BY_LAST_SEGMENT.get(entry);
  if (byLastSegment === undefined) {
    const built = new Map<string, CallSignature[]>();
    for (const signature of entry.calls) {
      const last = signature.method.slice(signature.method.lastIndexOf('.') + 1);
      const bucket = built.get(last);
      if (bucket) bucket.push(signature);
      else built.set(last, [signature]);
    }
    byLastSegment = built;
    SIGNATURES_BY_LAST_SEGMENT.set(entry, byLastSegment);
  }
  return byLastSegment.get(chain.length === 0 ? '' : chain[chain.length - 1]!) ?? NO_SIGNATURES;
}

// The catalog's methods, split once: every call through an SDK binding is matched against each of its entry's methods.
const METHOD_SEGMENTS = new Map<string, readonly string[]>();

function matchesMethod(method: string, chain: readonly string[]): boolean {
  if (method === '') return chain.length === 0;
  let segments = METHOD_SEGMENTS.get(method);
  if (segments === undefined) METHOD_SEGMENTS.set(method, (segments = method.split('.')));
  if (segments.length > chain.length) return false;
  const offset = chain.length - segments.length;
  return segments.every((segment, index) => chain[offset + index] === segment);
}

/** undefined: no command needed; 'args'/'array': where the command was found; false: no match. */
function matchCommand(signature: CallSignature, call: ts.CallExpression): 'args' | 'array' | undefined | false {
  if (!signature.command) return undefined;
  const first = call.arguments[0];
  if (!first) return false;
  if (ts.isStringLiteralLike(first)) return first.text === signature.command ? 'args' : false;
  if (ts.isArrayLiteralExpression(first)) {
    const head = first.elements[0];
    return head && ts.isStringLiteralLike(head) && head.text === signature.command ? 'array' : false;
  }
  return false;
}

function selectValues(signature: CallSignature, call: ts.CallExpression, command: 'args' | 'array' | undefined, binding: ChainBinding): SinkValue[] {
  if (signature.yields) return signature.yields.map((category) => ({ expression: call, category, fixed: true }));
  const collected: SinkValue[] = (signature.collects ?? []).map((category) => ({ expression: call, category, fixed: true, collected: true }));
  const event = eventValue(signature, call, command === 'array' ? (call.arguments[0] as ts.ArrayLiteralExpression).elements : call.arguments);
  return [...argumentValues(signature, call, command, binding), ...collected, ...(event ? [event] : []), ...startedCollections(signature, call)];
}

function argumentValues(signature: CallSignature, call: ts.CallExpression, command: 'args' | 'array' | undefined, binding: ChainBinding): SinkValue[] {
  const source: readonly ts.Expression[] =
    command === 'array' ? (call.arguments[0] as ts.ArrayLiteralExpression).elements : call.arguments;
  if (signature.args === 'all') return source.map((expression) => ({ expression }));
  const constructed = [...binding.calls].reverse().find((made): made is ts.NewExpression => ts.isNewExpression(made))?.arguments ?? [];
  const values: SinkValue[] = [];
  for (const argument of signature.args) {
    const expression = (argument.constructed ? constructed : source)[argument.index];
    if (!expression) continue;
    if (ts.isSpreadElement(expression)) continue;
    if (argument.builder) {
      values.push(...builtValues(expression));
      continue;
    }
    values.push({
      expression,
      ...(argument.category ? { category: argument.category } : {}),
      ...(argument.paths ? { paths: argument.paths } : {}),
      ...(argument.key ? { isKey: true } : {}),
      ...(argument.authored ? { authored: true } : {}),
    });
  }
  return values;
}

/**
 * What a record builder assigns to the record it is handed: `m.msg = msg` gives `msg`, `Object.assign(m, message)` gives
 * `message`. The builder may be written inline, named (`const fieldsMapper = (user) => {...}`), or wrapped once in a call
 * of the app's own (`protectedFunction((m) => {...})`). A builder the function was handed by its caller
 * (`prepareCreate(fieldsMapper)` of a `{ fieldsMapper }` parameter) is the caller's: the value names that parameter.
 */
function builtValues(argument: ts.Expression): SinkValue[] {
  const builder = builderFunction(argument);
  if (builder && builder.parameters.length > 0) return recordBuilderWrites(builder).map(({ value, field }) => ({ expression: value, ...(field ? { field } : {}) }));
  const handed = handedBuilder(argument, builder);
  return handed ? [{ expression: handed, builder: true }] : [];
}

/** A value a record builder writes, and the record's field it goes to when the builder names one (`record.term = v`). */
export interface RecordBuilderWrite {
  value: ts.Expression;
  field?: RecordField;
}

/** The values a record builder function assigns to its first parameter, the record, each with its field (see builtValues). */
export function recordBuilderWrites(builder: FunctionLike): RecordBuilderWrite[] {
  const record = builder.parameters[0]?.name;
  if (!builder.body || !record || !ts.isIdentifier(record)) return [];
  const isRecord = (node: ts.Expression) => ts.isIdentifier(node) && node.text === record.text;
  const writes: RecordBuilderWrite[] = [];
  const visit = (node: ts.Node) => {
    if (isFunctionLike(node) && node !== builder) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left;
      if ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && isRecord(unwrap(target.expression))) {
        const name = ts.isPropertyAccessExpression(target) ? target.name.text : ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression.text : undefined;
        writes.push({ value: node.right, ...(name !== undefined ? { field: { name, record: record.text } } : {}) });
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'assign') {
      const [target, ...sources] = node.arguments;
      if (target && isRecord(unwrap(target))) writes.push(...sources.map((value) => ({ value })));
    }
    ts.forEachChild(node, visit);
  };
  visit(builder.body);
  return writes;
}

/**
 * The parameter that holds the builder when the function was handed it: `prepareCreate(fieldsMapper)`, or
 * `prepareUpdate(() => fieldsMapper(record))` which applies it to a record of its own.
 */
function handedBuilder(argument: ts.Expression, inline: FunctionLike | undefined): ts.Identifier | undefined {
  let node = unwrap(argument);
  if (inline?.body) {
    const body = ts.isBlock(inline.body) && inline.body.statements.length === 1 ? inline.body.statements[0]! : inline.body;
    const applied = ts.isExpressionStatement(body) || ts.isReturnStatement(body) ? body.expression : ts.isExpression(body) ? body : undefined;
    const call = applied ? unwrap(applied) : undefined;
    if (!call || !ts.isCallExpression(call) || call.arguments.length !== 1) return undefined;
    node = unwrap(call.expression);
  }
  return ts.isIdentifier(node) && resolveIdentifier(node)?.kind === 'parameter' ? node : undefined;
}

function builderFunction(argument: ts.Expression): FunctionLike | undefined {
  const node = unwrap(argument);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
  if (ts.isIdentifier(node)) {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'function') return declaration.node;
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) {
      const initializer = unwrap(declaration.node.initializer);
      if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return initializer;
    }
    return undefined;
  }
  if (ts.isCallExpression(node)) {
    const inner = node.arguments.map(unwrap).find((inside) => ts.isArrowFunction(inside) || ts.isFunctionExpression(inside));
    return inner as FunctionLike | undefined;
  }
  return undefined;
}

export function toRecipient(entry: CatalogEntry): string | null {
  // An HTTP client library sends wherever the app points it: the library is not the recipient (DESIGN.md: `http` names a
  // host). A service reached over HTTP (an auth provider, GitHub) is.
  if (LOCAL_KINDS.has(entry.kind) || entry.sendsWhereConfigured || entry.onDevice) return null;
  if (entry.kind === 'file' && entry.packages.every((pkg) => NODE_BUILTINS.has(pkg) || pkg.startsWith('node:') || pkg === 'fs-extra')) return null;
  return entry.id;
}
