import { ts } from './typescript.js';
import type { Engine, ScanFile } from './context.js';
import { getScanFile } from './context.js';
import { CATALOG } from './catalog/index.js';
import { generatedModuleOf, isBareSpecifier, resolveProjectModule } from './modules.js';
import type { Declaration, FunctionLike } from './scope.js';
import { getEnclosingClass, isFunctionLike, propertyNameText, resolveIdentifier, resolveName, unwrap } from './scope.js';
import { findImplementations, findTypeDeclaration, isAbstractClass, typeArgumentsText, type Contract } from './type-declarations.js';
import { getReexportReach, type ReexportReach } from './reexport-reach.js';

/**
 * What an expression stands for, found syntactically: an npm package (through imports, `require`, `new X()`,
 * factories, class fields), a browser/Node global, or a project function, object, class or module.
 * `chain` is the member path from the binding with calls in between dropped (`braze.getUser().setEmail` → getUser, setEmail);
 * `calls` keeps those calls (`axios.create({ baseURL })`) for detectors that read their arguments.
 */
export type Binding =
  | { type: 'library'; module: string; root: string; chain: string[]; calls: ts.CallLikeExpression[]; record?: ts.Identifier }
  | { type: 'global'; name: string; root: string; chain: string[]; calls: ts.CallLikeExpression[] }
  | {
      type: 'unknown'; root: string; rootNode: ts.Node; declaration: Declaration | undefined; chain: string[]; calls: ts.CallLikeExpression[];
      /** The project type the value is declared with (`value: RawRecordPair`): its members' declared types say what they hold. */
      declaredType?: ts.TypeNode;
    }
  | { type: 'function'; fn: FunctionLike }
  | { type: 'object'; node: ts.ObjectLiteralExpression }
  | { type: 'class'; node: ts.ClassLikeDeclaration }
  | { type: 'instance'; node: ts.ClassLikeDeclaration }
  | { type: 'module'; file: ScanFile };

export type ChainBinding = Extract<Binding, { chain: string[] }>;

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
// https://trpc.io/docs/server/procedures: the methods that take a procedure's resolver.
const TRPC_RESOLVERS = new Set(['query', 'mutation', 'subscription']);

// Function types of a library whose parameters are the library's own classes (https://angular.dev/api/common/http/HttpInterceptorFn).
const FUNCTION_TYPE_PARAMETERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  '@angular/common/http': { HttpInterceptorFn: ['HttpRequest', 'HttpHandlerFn'] },
};

const isNextCall = (callee: ts.Expression): boolean =>
  (ts.isIdentifier(callee) && callee.text === 'next') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'next');

/** The value of an object literal's property (`name: value`, or `name` shorthand). */
function propertyValue(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of node.properties) {
    if (!property.name || propertyNameText(property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return unwrap(property.initializer);
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}
const CATALOGUED_PACKAGES: readonly string[] = CATALOG.flatMap((entry) => entry.packages);

function isAmbient(node: ts.VariableDeclaration): boolean {
  for (let current: ts.Node | undefined = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isVariableStatement(current) || ts.isModuleDeclaration(current)) {
      if ((ts.getModifiers(current as ts.HasModifiers) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)) return true;
    }
  }
  return node.getSourceFile().isDeclarationFile;
}

const cataloguedModules = new Map<string, boolean>();

function isCataloguedModule(module: string): boolean {
  let known = cataloguedModules.get(module);
  if (known === undefined) {
    const bare = module.replace(/^node:/, '');
    known = CATALOGUED_PACKAGES.some((pkg) => bare === pkg || bare.startsWith(`${pkg}/`));
    cataloguedModules.set(module, known);
  }
  return known;
}
const MAX_DEPTH = 12;
const LIBRARY_TYPE_HELPERS = new Set(['Parameters', 'ReturnType', 'Awaited', 'NonNullable', 'InstanceType', 'Readonly']);
// A call through an interface follows its classes (a real one, a fake for tests, an in-memory one...) up to this
// many; more say nothing of which one runs.
const MAX_IMPLEMENTATIONS = 6;

export function createBindingResolver(engine: Engine) {
  const declaredModules = engine.catalog.filter((entry) => entry.declared).flatMap((entry) => entry.packages);
  // A Map, not a WeakMap: the resolver lives for one file's analysis, and V8's young-generation collector pays for
  // every WeakMap entry whose key is young (measured: WeakMaps over syntax nodes cost 2.5 s of GC on 5,000 files).
  const cache = new Map<ts.Node, Binding | null>();
  // An answer the depth limit cut short somewhere below, with the depth it was asked at: it stands only for a
  // question asked as deep or deeper (no more budget, so cut at least as much). A shallower question recomputes,
  // or a file's findings would depend on which use of a binding happened to be resolved first.
  const cutShort = new Map<ts.Node, { depth: number; result: Binding | undefined }>();
  // Counts every cut by the depth limit; a computation that saw it grow is itself cut short.
  let cuts = 0;
  // Counts every answer a limit or a cycle shaped, whether or not it is cached (a type alias or member type followed
  // no deeper than the depth limit, an `export *` cycle): a walk that saw it stay the same asked nothing whose answer
  // depends on where the walk started, so what it settled holds for any file's analysis (analyze.ts, shared summaries).
  let limitsMet = 0;
  // The answers this resolver computed and cached as complete, in order, for a file that takes a summary made here.
  const settledExpressions: [ts.Node, Binding | null][] = [];
  const settledExports: [ScanFile, string, Binding | null][] = [];
  // The questions under way, each with its place on the stack (outermost 0). A question that meets one of them below
  // itself (a cycle) gets no answer there, so what it and every question between found depends on where the walk
  // entered the cycle: such answers are kept only until the outermost question is answered (`cycleShaped`), and a
  // later question computes them again from its own start. So a site's answer is a function of the code, not of what
  // the file's analysis happened to ask before it (which is what lets files share wrapper summaries, analyze.ts).
  const active = new Map<ts.Node, number>();
  const cycleShaped = new Map<ts.Node, Binding | null>();
  let lowestHit = Number.POSITIVE_INFINITY;
  const mixinCache = new Map<ts.Expression, ts.ClassLikeDeclaration[]>();
  const implementations = new Map<Contract, Map<string, ts.ClassDeclaration[]>>();

  function resolveExpression(expression: ts.Expression, depth = 0): Binding | undefined {
    const node = unwrap(expression);
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    const shaped = cycleShaped.get(node);
    if (shaped !== undefined) return shaped ?? undefined;
    const partial = cutShort.get(node);
    if (partial && depth >= partial.depth) {
      cuts++;
      limitsMet++;
      return partial.result;
    }
    if (depth > MAX_DEPTH) {
      cuts++;
      limitsMet++;
      return undefined;
    }
    const onStack = active.get(node);
    if (onStack !== undefined) {
      lowestHit = Math.min(lowestHit, onStack);
      limitsMet++;
      return undefined;
    }
    const index = active.size;
    active.set(node, index);
    const outerHit = lowestHit;
    lowestHit = Number.POSITIVE_INFINITY;
    const cutsBefore = cuts;
    let result: Binding | undefined;
    try {
      result = compute(node, depth + 1);
    } finally {
      active.delete(node);
    }
    if (lowestHit < index) cycleShaped.set(node, result ?? null);
    else if (cuts === cutsBefore) {
      cache.set(node, result ?? null);
      settledExpressions.push([node, result ?? null]);
    } else cutShort.set(node, { depth, result });
    lowestHit = Math.min(outerHit, lowestHit);
    if (active.size === 0) {
      cycleShaped.clear();
      lowestHit = Number.POSITIVE_INFINITY;
    }
    return result;
  }

  function compute(node: ts.Expression, depth: number): Binding | undefined {
    if (ts.isIdentifier(node)) return resolveIdentifierBinding(node, depth);
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      const owner = getEnclosingClass(node);
      return owner ? { type: 'instance', node: owner } : undefined;
    }
    if (ts.isPropertyAccessExpression(node)) {
      const base = resolveExpression(node.expression, depth);
      const found = base ? member(base, node.name.text, depth) : undefined;
      // `globalForPrisma.prisma ??= new PrismaClient()` elsewhere in the file: the global slot holds that client.
      if (found?.type === 'global' && found.chain.length === 0 && found.root.includes('.')) return assignedToGlobal(node, found.name, depth) ?? found;
      return found;
    }
    if (ts.isElementAccessExpression(node)) {
      // `records[0]` of `database.get('drafts').query(...).fetch()`: one row of a library's result is that library's record.
      if (ts.isNumericLiteral(node.argumentExpression)) {
        const rows = resolveExpression(node.expression, depth);
        if (rows?.type === 'library') return rows;
      }
      if (!ts.isStringLiteralLike(node.argumentExpression)) return elementOfTypedContainer(node.expression, 'index', depth);
      const base = resolveExpression(node.expression, depth);
      return base ? member(base, node.argumentExpression.text, depth) : undefined;
    }
    if (ts.isCallExpression(node)) return resolveCall(node, depth);
    if (ts.isNewExpression(node)) {
      const callee = resolveExpression(node.expression, depth);
      if (!callee) return undefined;
      if (callee.type === 'class') return { type: 'instance', node: callee.node };
      if ('chain' in callee) return { ...callee, calls: [...callee.calls, node] };
      return undefined;
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { type: 'function', fn: node };
    if (ts.isObjectLiteralExpression(node)) return { type: 'object', node };
    if (ts.isClassExpression(node)) return { type: 'class', node };
    if (ts.isConditionalExpression(node)) return preferred(resolveExpression(node.whenTrue, depth), resolveExpression(node.whenFalse, depth));
    if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) {
      return preferred(resolveExpression(node.left, depth), resolveExpression(node.right, depth));
    }
    return undefined;
  }

  function resolveCall(node: ts.CallExpression, depth: number): Binding | undefined {
    const callee = node.expression;
    const firstArgument = node.arguments[0];
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require' && !resolveIdentifier(callee);
    if ((isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) && firstArgument && ts.isStringLiteralLike(firstArgument)) {
      return moduleBinding(node, firstArgument.text, isRequire ? 'require' : 'import');
    }
    // `useCallback(fn, deps)` and `useMemo(() => value, deps)` (also as `React.useMemo`) hand back the function or value they wrap.
    const hook = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.name.text : undefined;
    if ((hook === 'useCallback' || hook === 'useMemo') && firstArgument) {
      if (hook === 'useCallback') return resolveExpression(firstArgument, depth);
      const factory = unwrap(firstArgument);
      if ((ts.isArrowFunction(factory) || ts.isFunctionExpression(factory)) && !ts.isBlock(factory.body)) return resolveExpression(factory.body, depth);
      return undefined;
    }
    // `import('posthog-js').then((m) => m.default)`: the promise's value is what the callback returns.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'then' && firstArgument) {
      const handler = unwrap(firstArgument);
      if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) {
        const returned = resolveReturn(handler, depth);
        if (returned) return returned;
      }
    }
    // `this.clients.get(serverUrl)` of a `Map<string, Client>`: an instance of the map's value type.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'get' && node.arguments.length === 1) {
      const held = elementOfTypedContainer(callee.expression, 'map', depth);
      if (held) return held;
    }
    const binding = resolveExpression(callee, depth);
    if (!binding) return undefined;
    if (binding.type === 'library') {
      const provided = providedValue(binding, node, depth);
      if (provided) return provided;
    }
    if ('chain' in binding) return { ...binding, calls: [...binding.calls, node] };
    if (binding.type === 'function') {
      // A project helper that keeps what its factory makes in a global cache (`remember(name, () => new
      // PrismaClient())` returning `globalThis.__cache.get(name)`): the global slot holds the factory's client.
      const returned = resolveReturn(binding.fn, depth);
      if (returned && returned.type !== 'global') return returned;
      return madeByFactoryArgument(node, depth) ?? returned;
    }
    return undefined;
  }

  /**
   * What a framework hands back for what it is given: Angular's `inject(HttpClient)` (an instance of that class),
   * React's `useContext(Context)` (the context's value: its default, or what a `<Context.Provider value>` gives),
   * and a wrapper that keeps what a factory makes (`remember('prisma', () => new PrismaClient())`).
   */
  function providedValue(binding: Extract<Binding, { type: 'library' }>, call: ts.CallExpression, depth: number): Binding | undefined {
    const name = binding.chain[binding.chain.length - 1];
    const argument = call.arguments[0];
    if (binding.calls.length === 0 && binding.module === '@angular/core' && name === 'inject' && argument) {
      const injected = resolveExpression(argument, depth);
      return injected?.type === 'class' ? { type: 'instance', node: injected.node } : injected;
    }
    if (binding.calls.length === 0 && binding.module === 'react' && name === 'useContext' && argument) return contextValue(argument, depth);
    if (!isCataloguedModule(binding.module)) return madeByFactoryArgument(call, depth);
    return undefined;
  }

  function madeByFactoryArgument(call: ts.CallExpression, depth: number): Binding | undefined {
    for (const argument of call.arguments) {
      const factory = unwrap(argument);
      if (!ts.isArrowFunction(factory) && !ts.isFunctionExpression(factory)) continue;
      const made = resolveReturn(factory, depth);
      if (made?.type === 'library' && isCataloguedModule(made.module)) return made;
    }
    return undefined;
  }

  function contextValue(context: ts.Expression, depth: number): Binding | undefined {
    const created = resolveExpression(context, depth);
    if (created?.type !== 'library' || created.module !== 'react' || created.chain[created.chain.length - 1] !== 'createContext') return undefined;
    const creation = created.calls[created.calls.length - 1];
    if (!creation || !ts.isCallExpression(creation)) return undefined;
    // What a Provider gives is what its consumers get; the default stands in only where none is mounted (often a
    // no-op such as `{ getToken: async () => undefined }`), so it counts only when no Provider gives a value.
    const defaultValue = () => {
      const value = creation.arguments[0] ? resolveExpression(creation.arguments[0], depth) : undefined;
      return value?.type === 'global' ? undefined : value;
    };
    const declaration = creation.parent;
    if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return defaultValue();
    const contextName = declaration.name.text;
    let provided: Binding | undefined;
    const visit = (node: ts.Node) => {
      if (provided) return;
      if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && isProviderTag(node.tagName, contextName)) {
        for (const attribute of node.attributes.properties) {
          if (!ts.isJsxAttribute(attribute) || !ts.isIdentifier(attribute.name) || attribute.name.text !== 'value') continue;
          const initializer = attribute.initializer;
          if (initializer && ts.isJsxExpression(initializer) && initializer.expression) provided = resolveExpression(initializer.expression, depth);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(creation.getSourceFile());
    return (provided?.type === 'global' ? undefined : provided) ?? defaultValue() ?? provided;
  }

  /** The value a file assigns to a global slot (`globalThis.prisma ??= ...`, `global.prisma = ...`). */
  function assignedToGlobal(access: ts.Node, name: string, depth: number): Binding | undefined {
    let found: Binding | undefined;
    for (const assignment of getAssignments(access.getSourceFile(), name)) {
      const target = assignment.left;
      if (!ts.isPropertyAccessExpression(target) || target === access) continue;
      const holder = resolveExpression(target.expression, depth);
      if (holder?.type !== 'global' || !GLOBAL_OBJECTS.has(holder.name) || holder.chain.length > 0) continue;
      found = preferred(found, resolveExpression(assignment.right, depth));
    }
    return found?.type === 'global' ? undefined : found;
  }

  /** The values a `let` without a usable initializer is given later (`cached ??= import('x')`). */
  function assignedToVariable(declaration: ts.VariableDeclaration, name: string, depth: number): Binding | undefined {
    let found: Binding | undefined;
    for (const assignment of getAssignments(declaration.getSourceFile(), name)) {
      if (!ts.isIdentifier(assignment.left)) continue;
      const assigned = resolveIdentifier(assignment.left);
      if (assigned?.kind !== 'variable' || assigned.node !== declaration) continue;
      found = preferred(found, resolveExpression(assignment.right, depth));
    }
    return found;
  }

  function resolveReturn(fn: FunctionLike, depth: number): Binding | undefined {
    if (!fn.body) return undefined;
    if (!ts.isBlock(fn.body)) return resolveExpression(fn.body, depth);
    // `if (!enabled) return noop(); ... return { track }`: the return the body falls through to is what the function
    // makes; an earlier one under a guard is its way out (a development no-op, a cached value).
    const last = fn.body.statements[fn.body.statements.length - 1];
    const fallthrough = last && ts.isReturnStatement(last) && last.expression ? resolveExpression(last.expression, depth) : undefined;
    if (fallthrough && fallthrough.type !== 'unknown') return fallthrough;
    let found: Binding | undefined;
    let webStorage: Binding | undefined;
    const visit = (node: ts.Node) => {
      if (webStorage) return;
      if (ts.isReturnStatement(node) && node.expression) {
        const binding = resolveExpression(node.expression, depth);
        if (binding && binding.type !== 'unknown') found ??= binding;
        if (binding && isWebStorage(binding)) webStorage = binding;
        return;
      }
      if (isFunctionLike(node)) return;
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(fn.body, visit);
    // `switch (type) { case 'memory': return { setItem: ... }; case 'local': return localStorage; default: return
    // sessionStorage }`: a write through what the function returns may land in the person's browser, whichever the
    // app's own in-memory stand-in is listed first.
    return webStorage ?? found;
  }

  function resolveIdentifierBinding(identifier: ts.Identifier, depth: number): Binding | undefined {
    const declaration = resolveIdentifier(identifier);
    if (!declaration) {
      if (identifier.text === 'undefined') return undefined;
      return { type: 'global', name: identifier.text, root: identifier.text, chain: [], calls: [] };
    }
    return bindingOfDeclaration(declaration, depth);
  }

  function bindingOfDeclaration(declaration: Declaration, depth: number): Binding | undefined {
    switch (declaration.kind) {
      case 'function':
        return { type: 'function', fn: declaration.node };
      case 'class':
        return { type: 'class', node: declaration.node };
      case 'import': {
        const specifier = (declaration.node.moduleSpecifier as ts.StringLiteral).text;
        if (declaration.node.importClause?.isTypeOnly) return undefined;
        return importBinding(declaration.node, specifier, declaration.imported, declaration.name, depth);
      }
      case 'variable': {
        const { node, path, name } = declaration;
        // `declare const gtag: Gtag.Gtag`, `declare global { var fbq: ... }`: a type for the page's global, not a local.
        if (!node.initializer && path.length === 0 && isAmbient(node)) return assignedToGlobal(node, name, depth) ?? { type: 'global', name, root: name, chain: [], calls: [] };
        let base: Binding | undefined;
        if (node.initializer) base = resolveExpression(node.initializer, depth);
        else if (node.type) base = resolveType(node.type, depth);
        // `const logger: winston.Logger = container.get(TYPES.Logger)`: a value from a DI container (or anything else
        // privlint cannot follow or does not know) is what its declared type says.
        if (node.type && path.length === 0 && (!base || base.type === 'unknown' || (base.type === 'library' && !isCataloguedModule(base.module)))) {
          const typed = resolveType(node.type, depth);
          if (typed && (!base || base.type === 'unknown' || (typed.type === 'library' && isCataloguedModule(typed.module)))) base = typed;
        }
        if (!base && path.length === 0 && ts.isVariableDeclarationList(node.parent) && !(node.parent.flags & ts.NodeFlags.Const)) base = assignedToVariable(node, name, depth);
        if (!base) return { type: 'unknown', root: name, rootNode: node, declaration, chain: [], calls: [] };
        return path.reduce<Binding | undefined>((current, key) => (current ? member(current, key, depth) : undefined), base);
      }
      case 'parameter': {
        const { node, name, path } = declaration;
        if (path.length === 0 && node.type) {
          const typed = resolveType(node.type, depth) ?? mixinBase(node, node.type, depth);
          if (typed) return typed;
        }
        // `({ database, value }: PrepareArgs)`: a destructured member is what the parameter's type declares it to be.
        const declaredType = node.type && path.length > 0 ? path.reduce<ts.TypeNode | undefined>((type, key) => (type ? declaredMemberType(type, key, depth) : undefined), node.type) : node.type;
        const typedMember = declaredType && path.length > 0 ? typedClient(declaredType, depth) : undefined;
        if (typedMember) return typedMember;
        // `withTransaction(ctx, async (tx) => ...)` of a project helper declaring `fn: (tx: DB) => Promise<T>`: the
        // callback's parameter is what the helper's signature says it hands over.
        const contextual = node.type ? undefined : contextualParameterType(node, depth);
        const handedByHelper = contextual ? typedClient(contextual, depth) : undefined;
        if (handedByHelper) return path.reduce<Binding | undefined>((current, key) => (current ? member(current, key, depth) : undefined), handedByHelper);
        // `.then(({ default: posthog }) => ...)`: a destructured callback parameter is a member of what the SDK hands over.
        const handed = callbackParameterBinding(node, name, depth);
        const handedMember = handed ? path.reduce<Binding | undefined>((current, key) => (current ? member(current, key, depth) : undefined), handed) : undefined;
        if (handedMember) return handedMember;
        const typedByLibraryFunction = path.length === 0 && !node.type ? contextualParameter(declaration, depth) : undefined;
        if (typedByLibraryFunction) return typedByLibraryFunction;
        return { type: 'unknown', root: name, rootNode: node, declaration, chain: [], calls: [], ...(declaredType ? { declaredType } : {}) };
      }
      default:
        return undefined;
    }
  }

  /** `const auth: HttpInterceptorFn = (req, next) => ...`: an untyped parameter is what the library's function type says. */
  function contextualParameter(parameter: Extract<Declaration, { kind: 'parameter' }>, depth: number): Binding | undefined {
    const fn = parameter.fn;
    const holder = fn.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isVariableDeclaration(holder) || holder.initializer !== fn || !holder.type) return undefined;
    const fnType = resolveType(holder.type, depth);
    if (fnType?.type !== 'library' || fnType.chain.length !== 1) return undefined;
    const parameterType = FUNCTION_TYPE_PARAMETERS[fnType.module]?.[fnType.chain[0]!]?.[parameter.index];
    return parameterType ? { ...fnType, root: parameter.name, chain: [parameterType], calls: [] } : undefined;
  }

  /**
   * The base class of a TypeScript mixin: `<TBase extends Constructor<ClientBase>>(superclass: TBase) => class extends
   * superclass {...}`. The parameter is typed by the function's type parameter, whose constraint names the class
   * (`Constructor<ClientBase>`, `new (...args: any[]) => ClientBase`), so members the mixin reaches on `this` are found there.
   */
  function mixinBase(parameter: ts.ParameterDeclaration, type: ts.TypeNode, depth: number): Binding | undefined {
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    const name = type.typeName.text;
    const owner = parameter.parent;
    const typeParameter = ts.isFunctionLike(owner) ? owner.typeParameters?.find((candidate) => candidate.name.text === name) : undefined;
    const constraint = typeParameter?.constraint;
    if (!constraint) return undefined;
    const instanceType = ts.isConstructorTypeNode(constraint) ? constraint.type : ts.isTypeReferenceNode(constraint) && constraint.typeArguments?.length === 1 ? constraint.typeArguments[0] : undefined;
    const instance = instanceType ? resolveType(instanceType, depth) : undefined;
    return instance?.type === 'instance' ? { type: 'class', node: instance.node } : undefined;
  }

  /**
   * An SDK that hands its callback a client or scope of its own: `Sentry.withScope((scope) => scope.setUser(u))`,
   * `prisma.$transaction(async (tx) => tx.user.create(...))`. The parameter is that SDK, reached through the call.
   * Only for catalogued packages, so a callback of any other library stays unknown (and silent).
   */
  function callbackParameterBinding(parameter: ts.ParameterDeclaration, name: string, depth: number): Binding | undefined {
    const fn = parameter.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== parameter) return undefined;
    let holder: ts.Node = fn;
    while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
    const call = holder.parent;
    if (!ts.isCallExpression(call) || !call.arguments.some((argument) => argument === holder)) return undefined;
    // `setupAnalytics(props).then((analytics) => analytics.track(event))`: the callback receives what the project
    // function's promise resolves to, the object or client it returns.
    if (ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'then' && call.arguments[0] === holder && ts.isCallExpression(unwrap(call.expression.expression))) {
      const promised = resolveExpression(call.expression.expression, depth + 1);
      if (promised && promised.type !== 'library' && promised.type !== 'unknown' && promised.type !== 'global') return promised;
    }
    const callee = resolveExpression(call.expression, depth + 1);
    if (callee?.type !== 'library' || !isCataloguedModule(callee.module)) return undefined;
    // A promise's callback receives the value itself: `import('posthog-js').then((module) => ...)`.
    const chain = callee.chain[callee.chain.length - 1] === 'then' ? callee.chain.slice(0, -1) : callee.chain;
    return { type: 'library', module: callee.module, root: name, chain: [...chain], calls: [] };
  }

  /**
   * The type a project function's signature gives the parameter of a callback passed to it: `withTransaction(ctx,
   * async (tx) => ...)` where the helper declares `fn: (tx: DB) => Promise<T>`. Only a function type written on the
   * helper's own parameter counts (no inference through generics).
   */
  function contextualParameterType(parameter: ts.ParameterDeclaration, depth: number): ts.TypeNode | undefined {
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
    let holder: ts.Node = fn;
    while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
    const call = holder.parent;
    if (!ts.isCallExpression(call)) return undefined;
    const argumentIndex = call.arguments.findIndex((argument) => argument === holder);
    if (argumentIndex < 0) return undefined;
    const callee = resolveExpression(call.expression, depth + 1);
    if (callee?.type !== 'function') return undefined;
    const declared = callee.fn.parameters[argumentIndex];
    if (!declared?.type || declared.dotDotDotToken) return undefined;
    const signature = presentFunctionType(declared.type);
    const index = fn.parameters.indexOf(parameter);
    const handed = signature?.parameters[index];
    return handed && !handed.dotDotDotToken ? handed.type : undefined;
  }

  /**
   * A module that is a library although it may be project code: a client generated into the project (Prisma's
   * `output`), a module the manifest declares as a service under `scan.sdks`, or a catalogued SDK that is a workspace
   * package of the repository scanned (the vendor's own monorepo: its apps call the service through it).
   */
  function libraryModuleOf(from: ScanFile | undefined, specifier: string): string | undefined {
    if (declaredModules.some((module) => specifier === module || specifier.startsWith(`${module}/`))) return specifier;
    if (isBareSpecifier(specifier) && isCataloguedModule(specifier)) return specifier;
    return from ? generatedModuleOf(engine, from, specifier) : undefined;
  }

  /** `seen`: the exports a chain of re-exports passed through, so a cycle of them ends (`export { x } from './a'` in b and back). */
  function importBinding(node: ts.Node, specifier: string, imported: string, localName: string, depth: number, seen?: Set<string>): Binding | undefined {
    const from = getScanFile(engine, node);
    const library = libraryModuleOf(from, specifier);
    if (library !== undefined) return { type: 'library', module: library, root: localName, chain: imported === 'default' || imported === '*' ? [] : [imported], calls: [] };
    const target = from ? resolveProjectModule(engine, from, specifier) : undefined;
    if (target) return imported === '*' ? { type: 'module', file: target } : resolveExport(target, imported, depth, seen);
    const chain = imported === 'default' || imported === '*' ? [] : [imported];
    return { type: 'library', module: specifier, root: localName, chain, calls: [] };
  }

  function moduleBinding(node: ts.Node, specifier: string, how: 'require' | 'import'): Binding | undefined {
    const from = getScanFile(engine, node);
    const library = libraryModuleOf(from, specifier);
    const target = library === undefined && from ? resolveProjectModule(engine, from, specifier) : undefined;
    if (target) return { type: 'module', file: target };
    return { type: 'library', module: library ?? specifier, root: how, chain: [], calls: [] };
  }

  function resolveType(type: ts.TypeNode, depth = 0): Binding | undefined {
    // `private sdk: typeof Rocketchat`: the value the name stands for (an SDK class imported from a package).
    if (ts.isTypeQueryNode(type) && ts.isIdentifier(type.exprName)) return resolveIdentifierBinding(type.exprName, depth);
    if (ts.isParenthesizedTypeNode(type)) return resolveType(type.type, depth);
    // `@optional() private client: Mixpanel | null`: an optional SDK client is that client wherever it is used. A
    // project class stays unresolved as before (`let user: UserModel | undefined` keeps its ORM reading by name).
    // `type DB = DrizzleClient | DrizzleTx`: a client or its transaction is that library either way.
    if (ts.isUnionTypeNode(type)) {
      const present = type.types.filter((member) => !isAbsentType(member));
      const clients = present.map((member) => resolveType(member, depth));
      const first = clients[0];
      if (first?.type !== 'library') return undefined;
      return clients.every((client) => client?.type === 'library' && client.module === first.module) ? first : undefined;
    }
    // `Parameters<Parameters<DrizzleClient['transaction']>[0]>[0]` (the transaction a client hands its callback), `Client['users']`:
    // a part of a library's type is that library, reached through the member a string index names.
    if (ts.isIndexedAccessTypeNode(type)) {
      const whole = resolveType(type.objectType, depth);
      if (whole?.type !== 'library') return undefined;
      const index = type.indexType;
      if (ts.isLiteralTypeNode(index) && ts.isStringLiteral(index.literal)) return member(whole, index.literal.text, depth);
      return ts.isLiteralTypeNode(index) && ts.isNumericLiteral(index.literal) ? whole : undefined;
    }
    // `type AppDatabase = { get: ... } & Database`: a project's refinement of a client type is still that client.
    if (ts.isIntersectionTypeNode(type)) {
      return type.types.map((member) => resolveType(member, depth)).find((client) => client?.type === 'library');
    }
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const names: string[] = [];
    let name: ts.EntityName = type.typeName;
    while (ts.isQualifiedName(name)) {
      names.unshift(name.right.text);
      name = name.left;
    }
    if (names.length === 0 && depth >= MAX_DEPTH) limitsMet++;
    const alias = names.length === 0 && depth < MAX_DEPTH ? typeAliasOf(name) : undefined;
    if (alias) return resolveType(alias.type, depth + 1);
    const declaration = resolveName(name.text, type);
    // `ReturnType<typeof drizzle>`, `Awaited<ReturnType<typeof getClient>>`, `NonNullable<Client>`: TypeScript's own
    // helpers over a library's type stay that library.
    const wrapped = type.typeArguments?.[0];
    if (!declaration && names.length === 0 && wrapped && LIBRARY_TYPE_HELPERS.has(name.text)) {
      const inner = resolveType(wrapped, depth);
      return inner?.type === 'library' ? inner : undefined;
    }
    let base: Binding | undefined;
    if (declaration?.kind === 'import') {
      const specifier = (declaration.node.moduleSpecifier as ts.StringLiteral).text;
      base = importBinding(declaration.node, specifier, declaration.imported, declaration.name, depth);
    } else if (declaration?.kind === 'class') {
      base = { type: 'class', node: declaration.node };
    }
    if (!base && names.length === 0) return implementationOf(type, name);
    if (!base) return undefined;
    const resolved = names.reduce<Binding | undefined>((current, key) => (current ? member(current, key, depth) : undefined), base);
    if (resolved?.type === 'class') return { type: 'instance', node: resolved.node };
    // `Repository<Setting>`, `EntityRepository<Note>`, `Model<UserDocument>`: the client is typed by the record it writes.
    const record = type.typeArguments?.[0];
    if (resolved?.type === 'library' && record && ts.isTypeReferenceNode(record) && ts.isIdentifier(record.typeName)) return { ...resolved, record: record.typeName };
    return resolved;
  }

  /**
   * A declared type that names a client privlint follows: a catalogued SDK's type (`database: Database`) or a project
   * class. Any other package's type says nothing about where data goes, so the member stays unknown.
   */
  function typedClient(type: ts.TypeNode, depth: number): Binding | undefined {
    const typed = resolveType(type, depth);
    if (typed?.type === 'library' && isCataloguedModule(typed.module)) return typed;
    return typed?.type === 'instance' ? typed : undefined;
  }

  /** The declared type of member `name` of a type literal, an interface or alias of the project, or an intersection of them. */
  function declaredMemberType(type: ts.TypeNode, name: string, depth: number): ts.TypeNode | undefined {
    if (depth > MAX_DEPTH) {
      limitsMet++;
      return undefined;
    }
    if (ts.isParenthesizedTypeNode(type)) return declaredMemberType(type.type, name, depth + 1);
    if (ts.isIntersectionTypeNode(type)) return type.types.map((part) => declaredMemberType(part, name, depth + 1)).find((found) => found !== undefined);
    if (ts.isUnionTypeNode(type)) {
      const present = type.types.filter((part) => !isAbsentType(part));
      return present.length === 1 ? declaredMemberType(present[0]!, name, depth + 1) : undefined;
    }
    let members: ts.NodeArray<ts.TypeElement> | undefined;
    if (ts.isTypeLiteralNode(type)) members = type.members;
    else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      const declaration = typeDeclarationOf(type.typeName);
      if (declaration && ts.isTypeAliasDeclaration(declaration)) return declaredMemberType(declaration.type, name, depth + 1);
      members = declaration?.members;
    }
    const found = members?.find((candidate) => candidate.name !== undefined && propertyNameText(candidate.name) === name);
    return found && ts.isPropertySignature(found) ? found.type : undefined;
  }

  /**
   * A value typed by a project interface that one class of the project implements (other than the class asking, a
   * facade that delegates to the implementation: `class UserRepository implements IUserRepository { constructor(
   * @Inject('USER_REPOSITORY') private inner: IUserRepository) {} }`) is an instance of that class: a DI container
   * hands it over. With several implementations, which one runs is configuration privlint does not read.
   */
  function implementationOf(type: ts.TypeNode & { typeArguments?: ts.NodeArray<ts.TypeNode> }, name: ts.Identifier): Binding | undefined {
    const contract = findTypeDeclaration(engine, name);
    if (!contract || !ts.isInterfaceDeclaration(contract)) return undefined;
    const typeArguments = typeArgumentsText(type);
    if (contract.typeParameters && typeArguments === '') return undefined;
    const asking = getEnclosingClass(type);
    const candidates = implementationsCached(contract, typeArguments).filter((candidate) => candidate !== asking);
    return candidates.length === 1 ? { type: 'instance', node: candidates[0]! } : undefined;
  }

  function implementationsCached(contract: Contract, typeArguments: string): ts.ClassDeclaration[] {
    let byArguments = implementations.get(contract);
    if (!byArguments) implementations.set(contract, (byArguments = new Map()));
    let classes = byArguments.get(typeArguments);
    if (!classes) byArguments.set(typeArguments, (classes = findImplementations(engine, contract, typeArguments)));
    return classes;
  }

  /** The project's interface or type alias a type name stands for (findTypeDeclaration: in scope, imported, global). */
  function typeDeclarationOf(name: ts.Identifier): ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined {
    const declaration = findTypeDeclaration(engine, name);
    return declaration && (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) ? declaration : undefined;
  }

  /** The project's type alias a type name stands for, declared in its file or imported from a project module. */
  function typeAliasOf(name: ts.Identifier): ts.TypeAliasDeclaration | undefined {
    const declaration = typeDeclarationOf(name);
    return declaration && ts.isTypeAliasDeclaration(declaration) ? declaration : undefined;
  }

  /**
   * What a keyed container of the project holds, from its declared type: `private clients: Record<string, Client>`
   * read as `this.clients[serverUrl]` is a Client (`'index'`: records, index signatures, arrays), and so is
   * `this.clients.get(serverUrl)` of a `Map<string, Client>` (`'map'`). The key is dynamic, so syntax alone cannot
   * tell which value is read; each value is of that type.
   */
  function elementOfTypedContainer(container: ts.Expression, access: 'index' | 'map', depth: number): Binding | undefined {
    const declared = declarationOf(unwrap(container), depth);
    let element = declared?.type ? containedType(declared.type, access) : undefined;
    // `new Map<string, Client>()` says the type where it is made.
    const made = declared?.initializer && unwrap(declared.initializer);
    if (!declared?.type && access === 'map' && made && ts.isNewExpression(made) && ts.isIdentifier(made.expression) && made.expression.text === 'Map') element = made.typeArguments?.[1];
    return element ? resolveType(element, depth) : undefined;
  }

  /** The declaration an identifier or a class member (`this.clients`) refers to, for the type written on it. */
  function declarationOf(expression: ts.Expression, depth: number): ts.VariableDeclaration | ts.ParameterDeclaration | ts.PropertyDeclaration | undefined {
    if (ts.isIdentifier(expression)) {
      const declaration = resolveIdentifier(expression);
      if ((declaration?.kind === 'variable' || declaration?.kind === 'parameter') && declaration.path.length === 0) return declaration.node;
      return undefined;
    }
    if (!ts.isPropertyAccessExpression(expression)) return undefined;
    const owner = resolveExpression(expression.expression, depth);
    if (owner?.type !== 'instance' && owner?.type !== 'class') return undefined;
    return propertyDeclaration(owner.node, expression.name.text, owner.type === 'class', depth);
  }

  function propertyDeclaration(node: ts.ClassLikeDeclaration, name: string, isStatic: boolean, depth: number): ts.PropertyDeclaration | undefined {
    for (const element of node.members) {
      const elementIsStatic = ts.canHaveModifiers(element) && (ts.getModifiers(element) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (elementIsStatic === isStatic && ts.isPropertyDeclaration(element) && element.name && propertyNameText(element.name) === name) return element;
    }
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const parent = heritage ? resolveExpression(heritage.expression, depth) : undefined;
    return parent?.type === 'class' ? propertyDeclaration(parent.node, name, isStatic, depth) : undefined;
  }

  function member(base: Binding, name: string, depth: number): Binding | undefined {
    switch (base.type) {
      case 'global':
        if (base.chain.length === 0 && base.calls.length === 0 && GLOBAL_OBJECTS.has(base.name) && !GLOBAL_OBJECTS.has(name)) {
          return { type: 'global', name, root: `${base.root}.${name}`, chain: [], calls: [] };
        }
        return { ...base, chain: [...base.chain, name] };
      case 'library':
        return { ...base, chain: [...base.chain, name] };
      case 'unknown': {
        const supplied = base.declaration?.kind === 'parameter' ? procedureContextMember(base.declaration, base.chain, name, depth) : undefined;
        if (supplied) return supplied;
        // `value.record` of `value: RawRecordPair` whose `record?: Model` is a WatermelonDB model: the declared member type.
        const declaredType = base.declaredType ? declaredMemberType(base.declaredType, name, depth) : undefined;
        const typed = declaredType ? typedClient(declaredType, depth) : undefined;
        if (typed) return typed;
        const { declaredType: _owner, ...rest } = base;
        return { ...rest, chain: [...base.chain, name], ...(declaredType ? { declaredType } : {}) };
      }
      case 'module':
        return resolveExport(base.file, name, depth);
      case 'object':
        return objectMember(base.node, name, depth);
      case 'instance':
        return classMember(base.node, name, false, depth);
      case 'class':
        return classMember(base.node, name, true, depth);
      default:
        return undefined;
    }
  }

  /**
   * `ctx.logger` in a tRPC resolver (`authedProcedure.query(({ ctx }) => ctx.logger.info(...))`): what the procedure's
   * middlewares put there (`next({ ctx: { ...ctx, logger: requestLogger } })`), the last one that sets it winning,
   * as tRPC merges each middleware's `ctx` over the one before.
   */
  function procedureContextMember(parameter: Extract<Declaration, { kind: 'parameter' }>, chain: readonly string[], name: string, depth: number): Binding | undefined {
    const path = [...parameter.path, ...chain];
    if (parameter.index !== 0 || path.length !== 1 || path[0] !== 'ctx') return undefined;
    let holder: ts.Node = parameter.fn;
    while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
    const call = holder.parent;
    if (!ts.isCallExpression(call) || call.arguments[0] !== holder || !ts.isPropertyAccessExpression(call.expression)) return undefined;
    if (!TRPC_RESOLVERS.has(call.expression.name.text)) return undefined;
    // The builder calls in front of the resolver (`.use(mw).input(schema).output(schema)`) are read here, not resolved
    // one by one: a long chain would spend the depth budget before reaching where the procedure was made.
    let receiver = unwrap(call.expression.expression);
    const used: ts.CallExpression[] = [];
    while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression)) {
      used.unshift(receiver);
      receiver = unwrap(receiver.expression.expression);
    }
    const procedure = resolveExpression(receiver, depth);
    if (procedure?.type !== 'library' || !procedure.module.startsWith('@trpc/server')) return undefined;
    const middlewares = [...procedure.calls, ...used].filter((made): made is ts.CallExpression =>
      ts.isCallExpression(made) && ts.isPropertyAccessExpression(made.expression) && made.expression.name.text === 'use' && made.arguments.length > 0);
    for (const use of middlewares.reverse()) {
      const fn = middlewareFunction(use.arguments[0]!, depth);
      const supplied = fn ? suppliedContextMember(fn, name) : undefined;
      if (supplied) return resolveExpression(supplied, depth);
    }
    return undefined;
  }

  /** The function of a middleware handed to `.use(...)`: inline, or a `t.middleware(fn)` declared elsewhere. */
  function middlewareFunction(argument: ts.Expression, depth: number): FunctionLike | undefined {
    const inline = unwrap(argument);
    if (ts.isArrowFunction(inline) || ts.isFunctionExpression(inline)) return inline;
    const made = resolveExpression(argument, depth);
    if (made?.type === 'function') return made.fn;
    if (made?.type !== 'library' || made.chain[made.chain.length - 1] !== 'middleware') return undefined;
    const creation = made.calls[made.calls.length - 1];
    const fn = creation && ts.isCallExpression(creation) && creation.arguments[0] ? unwrap(creation.arguments[0]) : undefined;
    return fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ? fn : undefined;
  }

  /** The expression a middleware passes on as `name` of the context: `next({ ctx: { name: value } })`. */
  function suppliedContextMember(fn: FunctionLike, name: string): ts.Expression | undefined {
    let found: ts.Expression | undefined;
    const visit = (node: ts.Node) => {
      if (found) return;
      if (ts.isCallExpression(node) && isNextCall(node.expression)) {
        const options = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
        const context = options && ts.isObjectLiteralExpression(options) ? propertyValue(options, 'ctx') : undefined;
        const value = context && ts.isObjectLiteralExpression(context) ? propertyValue(context, name) : undefined;
        if (value) {
          found = value;
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return found;
  }

  function objectMember(node: ts.ObjectLiteralExpression, name: string, depth: number): Binding | undefined {
    for (const property of node.properties) {
      if (property.name && propertyNameText(property.name) !== name) continue;
      if (ts.isMethodDeclaration(property)) return { type: 'function', fn: property };
      if (ts.isPropertyAssignment(property)) return resolveExpression(property.initializer, depth);
      if (ts.isShorthandPropertyAssignment(property)) return resolveExpression(property.name, depth);
    }
    return undefined;
  }

  function classMember(node: ts.ClassLikeDeclaration, name: string, isStatic: boolean, depth: number): Binding | undefined {
    for (const element of node.members) {
      const elementIsStatic = ts.canHaveModifiers(element) && (ts.getModifiers(element) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (elementIsStatic !== isStatic) continue;
      if (ts.isConstructorDeclaration(element) && !isStatic) {
        for (const parameter of element.parameters) {
          if (!ts.isIdentifier(parameter.name) || parameter.name.text !== name) continue;
          const isProperty = (ts.getModifiers(parameter) ?? []).some((m) =>
            [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword].includes(m.kind),
          );
          if (isProperty && parameter.type) return resolveType(parameter.type, depth);
        }
        continue;
      }
      if (!element.name || propertyNameText(element.name) !== name) continue;
      if (ts.isMethodDeclaration(element) || ts.isGetAccessorDeclaration(element)) {
        // An abstract method or an overload signature has no body to follow: the implementation (the overload's own, or
        // the classes that implement an abstract class, implementationsOf) is what runs.
        if (ts.isMethodDeclaration(element) && !element.body) continue;
        if (!ts.isGetAccessorDeclaration(element)) return { type: 'function', fn: element };
        // `get active(): AppDatabase { return this.databases.activeDB! }`: set elsewhere, typed here.
        return resolveReturn(element, depth) ?? (element.type ? resolveType(element.type, depth) : undefined);
      }
      if (ts.isPropertyDeclaration(element)) {
        // `private socket: Socket | null = null`: an empty start says nothing; the client is set later.
        const initial = element.initializer ? resolveExpression(element.initializer, depth) : undefined;
        if (initial || (element.initializer && !isEmptyValue(element.initializer))) return initial;
        const assigned = findConstructorAssignment(node, name);
        if (assigned) return resolveExpression(assigned, depth);
        if (element.type) {
          const typed = resolveType(element.type, depth);
          if (typed) return typed;
        }
        return assignedInMethods(node, name, depth);
      }
    }
    if (!isStatic) {
      const assigned = findConstructorAssignment(node, name);
      if (assigned) return resolveExpression(assigned, depth);
    }
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (heritage) {
      const parent = resolveExpression(heritage.expression, depth);
      if (parent?.type === 'class') return classMember(parent.node, name, isStatic, depth);
      // A mixin whose own base privlint cannot resolve answers every name with an unknown member: only a member it
      // really declares (or inherits from a class) counts.
      for (const mixin of mixinClasses(heritage.expression, depth)) {
        const found = classMember(mixin, name, isStatic, depth);
        if (found && found.type !== 'unknown') return found;
      }
      if (parent && 'chain' in parent) return { ...parent, chain: [...parent.chain, name] };
    }
    return undefined;
  }

  /**
   * The classes a class built by a mixin helper is made of: `class Client extends mix(ClientBase).with(ClientUsers,
   * ClientPosts)`, where each mixin is `(superclass) => class extends superclass {...}`. The helper composes them at
   * run time (a `reduce`), so its return says nothing; its arguments are the classes and the mixins' classes.
   */
  function mixinClasses(expression: ts.Expression, depth: number): ts.ClassLikeDeclaration[] {
    const known = mixinCache.get(expression);
    if (known) return known;
    const classes: ts.ClassLikeDeclaration[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        for (const argument of node.arguments) {
          const resolved = ts.isCallExpression(unwrap(argument)) ? undefined : resolveExpression(argument, depth);
          const made = resolved?.type === 'function' ? resolveReturn(resolved.fn, depth) : resolved;
          if (made?.type === 'class') classes.push(made.node);
        }
      }
      ts.forEachChild(node, visit);
    };
    const cutsBefore = cuts;
    visit(expression);
    // The last mixin applied is the outermost class: its members win, as at run time.
    classes.reverse();
    if (cuts === cutsBefore) mixinCache.set(expression, classes);
    return classes;
  }

  /**
   * A field set outside the constructor, by a method that creates the client (`initialize(server) { this.sdk =
   * new Rocketchat({ host: server }) }`): the first assignment that resolves (a `this.sdk = null` on disconnect does not).
   */
  function assignedInMethods(node: ts.ClassLikeDeclaration, name: string, depth: number): Binding | undefined {
    for (const member of node.members) {
      if (!ts.isMethodDeclaration(member) || !member.body) continue;
      for (const assigned of thisAssignments(member.body, name)) {
        const found = resolveExpression(assigned, depth);
        if (found) return found;
      }
    }
    return undefined;
  }


  /**
   * The methods a call through a project interface may run: `this.mailer.send(...)` where the receiver is declared
   * with an interface type (`@inject(TYPES.Mailer) private mailer: MailerInterface`, a constructor parameter of a DI
   * container's class) runs `send` of whichever class the container binds; each class implementing that very
   * interface is one. A generic interface (`MapperInterface<Revision, SQLRevision>`) is implemented by classes for
   * other types too: only those implementing it with the same type arguments count. Empty when the receiver resolves
   * to something itself, is not typed by a project interface, or when so many classes implement it (a handler or
   * plug-in interface) that the call says nothing about which one runs.
   */
  function implementationsOf(callee: ts.Expression): FunctionLike[] {
    const access = unwrap(callee);
    if (!ts.isPropertyAccessExpression(access) || !engine.implementers) return [];
    const typeNode = declaredTypeOf(unwrap(access.expression));
    const named = typeNode ? presentType(typeNode) : undefined;
    if (!named || !ts.isTypeReferenceNode(named) || !ts.isIdentifier(named.typeName)) return [];
    const declared = findTypeDeclaration(engine, named.typeName, 0);
    if (!declared || !(ts.isInterfaceDeclaration(declared) || isAbstractClass(declared))) return [];
    const typeArguments = typeArgumentsText(named);
    if (declared.typeParameters && typeArguments === '') return [];
    const methods: FunctionLike[] = [];
    for (const implementation of implementationsCached(declared, typeArguments)) {
      const method = classMember(implementation, access.name.text, false, 0);
      if (method?.type !== 'function' || methods.includes(method.fn)) continue;
      if (methods.length === MAX_IMPLEMENTATIONS) return [];
      methods.push(method.fn);
    }
    return methods;
  }

  /** The type written on a variable, a parameter, or a class member (`this.mailer`: a field or a constructor parameter property). */
  function declaredTypeOf(expression: ts.Expression): ts.TypeNode | undefined {
    if (ts.isIdentifier(expression)) return declarationOf(expression, 0)?.type;
    if (!ts.isPropertyAccessExpression(expression)) return undefined;
    const owner = resolveExpression(expression.expression);
    if (owner?.type !== 'instance') return undefined;
    return memberTypeOf(owner.node, expression.name.text, 0);
  }

  function memberTypeOf(node: ts.ClassLikeDeclaration, name: string, depth: number): ts.TypeNode | undefined {
    for (const element of node.members) {
      if (ts.isPropertyDeclaration(element) && element.name && propertyNameText(element.name) === name) return element.type;
      if (!ts.isConstructorDeclaration(element)) continue;
      const parameter = element.parameters.find((candidate) => ts.isIdentifier(candidate.name) && candidate.name.text === name && ts.isParameterPropertyDeclaration(candidate, element));
      if (parameter) return parameter.type;
    }
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (heritage && depth >= MAX_DEPTH) limitsMet++;
    const parent = heritage && depth < MAX_DEPTH ? resolveExpression(heritage.expression) : undefined;
    return parent?.type === 'class' ? memberTypeOf(parent.node, name, depth + 1) : undefined;
  }

  /** The binding a project module exports under `name` (`default` for the default export), through re-exports. */
  // Keyed by file then name, so a repeated lookup builds no key string.
  const exportCache = new Map<ScanFile, Map<string, Binding | null>>();

  function resolveExport(file: ScanFile, name: string, depth: number, seen?: Set<string>): Binding | undefined {
    let cachedInFile = exportCache.get(file);
    const cached = cachedInFile?.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const key = `${file.absolutePath}#${name}`;
    if (seen?.has(key)) {
      limitsMet++;
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      cuts++;
      limitsMet++;
      return undefined;
    }
    seen ??= new Set<string>();
    seen.add(key);
    const cutsBefore = cuts;
    const found = findExport(file, name, depth, seen);
    // Only a complete answer is cached: one cut short by a cycle or the depth limit may differ from another start.
    if (cuts === cutsBefore && (found || depth === 0)) {
      if (!cachedInFile) exportCache.set(file, (cachedInFile = new Map()));
      cachedInFile.set(name, found ?? null);
      settledExports.push([file, name, found ?? null]);
    }
    return found;
  }

  function findExport(file: ScanFile, name: string, depth: number, seen: Set<string>): Binding | undefined {
    const statements = file.sourceFile.statements;
    // Only the statements that can export `name` are looked at, in source order, so the first match still wins.
    // `export * from './generated/client'` may export any name: it answers only when nothing else in the module does.
    let fromLibrary: Binding | undefined;
    for (const index of getExportCandidates(file.sourceFile, name)) {
      const statement = statements[index]!;
      const library = exportAllLibrary(file, statement);
      if (library !== undefined) {
        fromLibrary ??= { type: 'library', module: library, root: name, chain: [name], calls: [] };
        continue;
      }
      if (reexportsWithout(file, statement, name)) continue;
      const binding = exportFrom(file, statement, name, depth, seen);
      if (binding !== NOT_HERE) return binding;
    }
    return fromLibrary;
  }

  // The re-export reaches passed over so far: this file has read their files already.
  const passedOver = new Set<ReexportReach>();

  /**
   * `export * from './button'` where neither that module nor anything it re-exports declares `name`: following it
   * finds nothing at any depth (reexport-reach.ts), so it is passed over. Its files still count as read by this file
   * (the cache keys them), as the walk would have read them.
   */
  function reexportsWithout(file: ScanFile, statement: ts.Statement, name: string): boolean {
    if (!ts.isExportDeclaration(statement) || statement.exportClause || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    const target = resolveProjectModule(engine, file, statement.moduleSpecifier.text);
    if (!target) return false;
    const reach = getReexportReach(engine, target, getExportIndex, exportAllLibrary);
    if (reach.names === 'any' || reach.names.has(name)) return false;
    if (!passedOver.has(reach)) {
      passedOver.add(reach);
      for (const read of reach.files) void read.sourceFile;
    }
    return true;
  }

  function exportAllLibrary(file: ScanFile, statement: ts.Statement): string | undefined {
    if (!ts.isExportDeclaration(statement) || statement.exportClause || statement.isTypeOnly) return undefined;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) return undefined;
    const library = libraryModuleOf(file, specifier.text);
    if (library !== undefined) return library;
    // `export * from '@prisma/client'` in a workspace's database package: its names are that SDK's.
    return isCataloguedModule(specifier.text) && !resolveProjectModule(engine, file, specifier.text) ? specifier.text : undefined;
  }

  function exportFrom(file: ScanFile, statement: ts.Statement, name: string, depth: number, seen: Set<string>): Binding | undefined | typeof NOT_HERE {
    const sourceFile = file.sourceFile;
    const exported = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported) {
      if (ts.isFunctionDeclaration(statement) && (isDefault ? name === 'default' : statement.name?.text === name) && statement.body) {
        return { type: 'function', fn: statement };
      }
      if (ts.isClassDeclaration(statement) && (isDefault ? name === 'default' : statement.name?.text === name)) return { type: 'class', node: statement };
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
            const local = resolveName(name, sourceFile);
            return local ? bindingOfDeclaration(local, depth) : undefined;
          }
        }
      }
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && name === 'default') return resolveExpression(statement.expression, depth);
    if (ts.isExportAssignment(statement) && statement.isExportEquals) return resolveExpression(statement.expression, depth);
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const specifier = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          if (element.name.text !== name) continue;
          const localName = element.propertyName ? (propertyNameText(element.propertyName) ?? element.name.text) : element.name.text;
          if (specifier === undefined) {
            const local = resolveName(localName, sourceFile);
            return local ? bindingOfDeclaration(local, depth) : undefined;
          }
          return importBinding(statement, specifier, localName, localName, depth, seen);
        }
      } else if (clause && ts.isNamespaceExport(clause) && clause.name.text === name && specifier) {
        return importBinding(statement, specifier, '*', name, depth);
      } else if (!clause && specifier) {
        const target = resolveProjectModule(engine, file, specifier);
        const found = target ? resolveExport(target, name, depth + 1, seen) : undefined;
        if (found) return found;
      }
    }
    return NOT_HERE;
  }

  /** The answers this resolver settled so far: complete, computed here (not adopted), whatever the walk's start. */
  function settledAnswers(): SettledAnswers {
    return { expressions: [...settledExpressions], exports: [...settledExports] };
  }

  /**
   * Takes answers another resolver settled (a summary's walk, analyze.ts) as if this one had computed them: each is
   * what this resolver would compute for the same question, and an answer it has already is left as it is.
   */
  function adoptSettled(answers: SettledAnswers): void {
    for (const [node, binding] of answers.expressions) if (!cache.has(node)) cache.set(node, binding);
    for (const [file, name, binding] of answers.exports) {
      let inFile = exportCache.get(file);
      if (!inFile) exportCache.set(file, (inFile = new Map()));
      if (!inFile.has(name)) inFile.set(name, binding);
    }
  }

  return {
    resolveExpression, resolveExport, resolveType, member, implementationsOf, settledAnswers, adoptSettled,
    limitsMet: () => limitsMet,
  };
}

/** What a resolver settled (`settledAnswers`), for another resolver to adopt. */
export interface SettledAnswers {
  expressions: readonly (readonly [ts.Node, Binding | null])[];
  exports: readonly (readonly [ScanFile, string, Binding | null])[];
}

export type BindingResolver = ReturnType<typeof createBindingResolver>;

/** `exportFrom` found nothing in that statement: look further (unlike `undefined`, a match that resolves to nothing). */
const NOT_HERE = Symbol('not exported here');

interface ExportIndex {
  /** Statement indexes that may export a name (a superset: `exportFrom` decides), in source order. */
  byName: Map<string, number[]>;
  /** `export * from` and `export =`: they may export any name. */
  anyName: number[];
}

// Pure syntax of one file, so it is safe to keep across analyses (the cache's fresh-state rule is about results).
const exportIndexes = new WeakMap<ts.SourceFile, ExportIndex>();

/**
 * Which statements of a module can export `name`, in source order. Looking a name up used to walk every statement
 * of the module, once per lookup; on large barrel-heavy code (effect) that was about 40% of the analysis.
 */
function getExportCandidates(sourceFile: ts.SourceFile, name: string): readonly number[] {
  const index = getExportIndex(sourceFile);
  const named = index.byName.get(name) ?? [];
  if (index.anyName.length === 0) return named;
  if (named.length === 0) return index.anyName;
  return [...named, ...index.anyName].sort((a, b) => a - b);
}

function getExportIndex(sourceFile: ts.SourceFile): ExportIndex {
  let index = exportIndexes.get(sourceFile);
  if (!index) {
    index = createExportIndex(sourceFile);
    exportIndexes.set(sourceFile, index);
  }
  return index;
}

function createExportIndex(sourceFile: ts.SourceFile): ExportIndex {
  const byName = new Map<string, number[]>();
  const anyName: number[] = [];
  const add = (name: string, position: number) => {
    const list = byName.get(name);
    if (!list) byName.set(name, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  sourceFile.statements.forEach((statement, position) => {
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    const exported = modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement))) {
      if (isDefault) add('default', position);
      else if (statement.name) add(statement.name.text, position);
    } else if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) add(declaration.name.text, position);
      }
    } else if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) anyName.push(position);
      else add('default', position);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) for (const element of clause.elements) add(element.name.text, position);
      else if (clause && ts.isNamespaceExport(clause)) add(clause.name.text, position);
      else if (!clause) anyName.push(position);
    }
  });
  return { byName, anyName };
}

const ASSIGNMENT_OPERATORS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);

// Pure syntax of one file, like the export index: every assignment, by the name it assigns to.
const assignmentIndexes = new WeakMap<ts.SourceFile, Map<string, ts.BinaryExpression[]>>();

function getAssignments(sourceFile: ts.SourceFile, name: string): readonly ts.BinaryExpression[] {
  let index = assignmentIndexes.get(sourceFile);
  if (!index) {
    const built = new Map<string, ts.BinaryExpression[]>();
    const visit = (node: ts.Node) => {
      if (ts.isBinaryExpression(node) && ASSIGNMENT_OPERATORS.has(node.operatorToken.kind)) {
        const target = ts.isPropertyAccessExpression(node.left) ? node.left.name.text : ts.isIdentifier(node.left) ? node.left.text : undefined;
        if (target !== undefined) {
          const list = built.get(target);
          if (list) list.push(node);
          else built.set(target, [node]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    index = built;
    assignmentIndexes.set(sourceFile, index);
  }
  return index.get(name) ?? [];
}

const isProviderTag = (tag: ts.Node, contextName: string): boolean =>
  (ts.isIdentifier(tag) && tag.text === contextName) ||
  (ts.isPropertyAccessExpression(tag) && tag.name.text === 'Provider' && ts.isIdentifier(tag.expression) && tag.expression.text === contextName);

// `globalForPrisma.prisma ?? new PrismaClient()`: the side that names a library says what the value is.
const RANK: Record<Binding['type'], number> = { library: 5, function: 4, object: 4, class: 4, instance: 4, module: 4, global: 2, unknown: 1 };
const preferred = (left: Binding | undefined, right: Binding | undefined): Binding | undefined => {
  if (!left) return right;
  if (!right) return left;
  return RANK[right.type] > RANK[left.type] ? right : left;
};

const WEB_STORAGE = new Set(['localStorage', 'sessionStorage']);

/** `localStorage`, `window.sessionStorage`: the browser's web storage itself. */
const isWebStorage = (binding: Binding): boolean =>
  binding.type === 'global' && binding.chain.length === 0 && WEB_STORAGE.has(binding.name);

const isFallbackOperator = (kind: ts.SyntaxKind) =>
  kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.AmpersandAmpersandToken;

/** The value a constructor assigns to `this.<name>`. */
export function findConstructorAssignment(node: ts.ClassLikeDeclaration, name: string): ts.Expression | undefined {
  const constructor = node.members.find(ts.isConstructorDeclaration);
  return constructor?.body ? thisAssignments(constructor.body, name)[0] : undefined;
}

/** The values a body assigns to `this.<name>`, in source order. */
function thisAssignments(body: ts.Node, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (child: ts.Node) => {
    if (
      ts.isBinaryExpression(child) &&
      child.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(child.left) &&
      child.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      child.left.name.text === name
    ) {
      found.push(child.right);
    }
    ts.forEachChild(child, visit);
  };
  visit(body);
  return found;
}

function isEmptyValue(node: ts.Expression): boolean {
  const value = unwrap(node);
  return value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined');
}

/** The type of the values a container type holds: `Record<K, V>`, `{ [key: string]: V }`, `V[]` (index) or `Map<K, V>` (map). */
function containedType(type: ts.TypeNode, access: 'index' | 'map'): ts.TypeNode | undefined {
  if (ts.isParenthesizedTypeNode(type)) return containedType(type.type, access);
  if (ts.isUnionTypeNode(type)) {
    const present = type.types.filter((member) => !isAbsentType(member));
    return present.length === 1 ? containedType(present[0]!, access) : undefined;
  }
  if (access === 'index' && ts.isArrayTypeNode(type)) return type.elementType;
  if (access === 'index' && ts.isTypeLiteralNode(type) && type.members.length === 1) {
    const signature = type.members[0]!;
    return ts.isIndexSignatureDeclaration(signature) ? signature.type : undefined;
  }
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const [first, second] = type.typeArguments ?? [];
  const name = type.typeName.text;
  if (access === 'map') return (name === 'Map' || name === 'ReadonlyMap' || name === 'WeakMap') ? second : undefined;
  if (name === 'Record') return second;
  return name === 'Array' || name === 'ReadonlyArray' ? first : undefined;
}

/** `<Revision, SQLRevision>` of a type reference or an implements clause, spaces dropped; empty without any. */
/** The one type a union of it with `null`/`undefined` stands for (`Mailer | null`), or the type itself. */
function presentType(type: ts.TypeNode): ts.TypeNode | undefined {
  if (ts.isParenthesizedTypeNode(type)) return presentType(type.type);
  if (!ts.isUnionTypeNode(type)) return type;
  const present = type.types.filter((member) => !isAbsentType(member));
  return present.length === 1 ? presentType(present[0]!) : undefined;
}

/** `null`, `undefined` or `void` in a union: the absence of a value, not another type of it. */
function isAbsentType(type: ts.TypeNode): boolean {
  if (type.kind === ts.SyntaxKind.UndefinedKeyword || type.kind === ts.SyntaxKind.VoidKeyword) return true;
  return ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword;
}


/** The function type a parameter is declared with (`fn: (tx: DB) => Promise<T>`, `fn?: ...`, `(... ) | undefined`). */
function presentFunctionType(type: ts.TypeNode): ts.FunctionTypeNode | undefined {
  if (ts.isParenthesizedTypeNode(type)) return presentFunctionType(type.type);
  if (ts.isFunctionTypeNode(type)) return type;
  if (!ts.isUnionTypeNode(type)) return undefined;
  const present = type.types.filter((member) => !isAbsentType(member));
  return present.length === 1 ? presentFunctionType(present[0]!) : undefined;
}
