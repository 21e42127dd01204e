import { ts } from './typescript.js';
import type { Evidence, TraceStep } from '../model.js';
import type { Binding, BindingResolver } from './bindings.js';
import type { DataItem, Engine } from './context.js';
import { textOf, toTraceStep } from './context.js';
import type { Declaration, FunctionLike } from './scope.js';
import { isFreeTextName, isPersonObjectName, isPossessedNoun, isPossessionOfThing, isThingIdentifierName, isThingOwner, tokenize, type Origin } from './classify/index.js';
import { browserValueCategory } from './browser-values.js';
import { constantTexts } from './constant-keys.js';
import { caughtErrorOrigin, echoedExpressions, throwingCalls } from './caught-errors.js';
import { accumulatedValues, classifyArrayFrom, classifyCollectionCall, classifyCollectionCallAt, fieldMutationItems, isCollectionStart, mutationItems } from './collections.js';
import type { CollectionHooks } from './collections.js';
import { isBuilderChainCall } from './builders.js';
import { FS_MODULES, getDeviceCategories } from './generic-sinks.js';
import { PERSON_RECORD } from './person-context.js';
import { recordBuilderWrites } from './catalog-match.js';
import { categoryOfEventName, eventName } from './analytics-events.js';
import { postedEvent } from './telemetry-events.js';
import { fileReaderBlobs } from './file-readers.js';
import { calledName, getEnclosingFunction, isFunctionLike, namedMember, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import type { RecordField, SinkSite, SinkValue } from './sink-site.js';
import { isOrganisationsOwn, type DataModel } from './data-model.js';
import { holdsPersonContent } from './held-content.js';
import { isChosenFileItem, MESSAGE_ADDRESSEE_TERM, type DeclaredTypes } from './declared-types.js';
import type { SentAddressee } from './sent-addressees.js';
import { verificationRequestMember } from './auth-callbacks.js';
import type { TypeExpander } from './type-expansion.js';
import { findInitializer } from './type-declarations.js';
import { isCounter, isDrawnAtRandom, isRandomText, RANDOM_NAME_CATEGORY } from './generated-values.js';

/** Parameters of a called project function bound to the caller's arguments (wrapper analysis). */
export interface Env {
  bindings: Map<ts.ParameterDeclaration, { args: readonly ts.Expression[]; env: Env | undefined }>;
  /** Items read through this environment's bindings came from the outermost caller. */
  isOrigin: boolean;
  /** The environment around a callback bound here (`rows.map((row) => ...)` inside a wrapper): its parameters stay bound. */
  outer?: Env;
  /**
   * The parameters are an array callback's elements (`pairs.map(([userId]) => userId)`): where the receiver says
   * nothing, the element's name says what it is, as a local's would.
   */
  elements?: boolean;
  /**
   * Where this environment sits on a wrapper's path (analyze.ts `envAlong`): 0 binds the outermost caller's
   * arguments, n the arguments of the n-th call on the way to the sink. Unset for environments made while classifying.
   */
  level?: number;
  /**
   * When the environment was made (`bindArguments`, counting up): one made after a classification began is that
   * classification's own, so reading it does not tie the result to whoever called (`classifyValue`'s memo).
   */
  serial?: number;
}

// Calls that hand their input back changed in form but not in meaning: a hashed or lower-cased email is still an
// email, and so is a compressed one (`zlib.deflateSync(JSON.stringify(event))`).
const TRANSFORM_METHODS = new Set([
  'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize',
  'toString', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'replace', 'replaceAll', 'valueOf', 'toJSON',
  'toISOString', 'toDateString', 'toLocaleDateString', 'update', 'digest', 'split', 'join', 'concat', 'at',
  // Numbers and decimals (big.js, decimal.js, Prisma's Decimal): the same amount in another form.
  'toNumber', 'toFixed', 'toPrecision', 'toLocaleString',
]);
const TRANSFORM_FUNCTIONS = /^(String|encodeURIComponent|encodeURI|escape|btoa|atob|structuredClone|stringify|hash\w*|\w*[Hh]ash|deflate\w*|gzip\w*|brotliCompress\w*|compress\w*|sha\d*\w*|md5\w*|hmac\w*|encrypt\w*|encode\w*|normali[sz]e\w*|sanitize\w*|clean\w*|trim\w*|lower\w*|toLower\w*|format\w*|mask\w*|pseudonymi[sz]e\w*|anonymi[sz]e\w*)$/;
// What an encrypting helper hands back beside the ciphertext: its parameters, nothing of the plaintext.
const CIPHER_PARAMETERS = /^(iv|nonce|salt|tag|authTag|key|algorithm)$/i;
// Reads of a whole File or Blob's bytes.
const FILE_CONTENT_METHODS = new Set(['arrayBuffer', 'bytes', 'stream', 'text']);
const FILE_READERS = new Set(['createReadStream', 'readFile', 'readFileSync']);
// Where multipart parsers keep an uploaded file's temporary path (see uploadedFileRead).
const UPLOADED_FILE_PATHS = new Set(['filepath', 'path', 'tempFilePath']);
const KEYED_SETTERS = new Set(['set', 'setOnce', 'add', 'append', 'prepend', 'postInsert', 'preInsert', 'setAttribute', 'setUserProperty', 'setCustomAttribute']);
const ENTITY_FACTORIES = new Set(['create', 'build', 'merge', 'preload', 'plainToInstance', 'plainToClass', 'hydrate']);
// Built-ins that hold bytes: what one is made from is what it holds.
const BYTE_CONTAINERS = new Set(['Buffer', 'Uint8Array', 'Blob', 'File', 'Readable']);
const PASS_THROUGH_NEW = new Set(['URLSearchParams', 'Blob', 'Date', 'String', 'File', 'Set', 'Map']);
// Object-storage commands that read, list or delete objects by key (`new HeadObjectCommand({ Bucket, Key })`): the key
// only says which object, as a database `where` does; nothing is stored or sent on.
const OBJECT_LOOKUP_COMMAND = /^(Get|Head|List|Delete)Objects?[A-Za-z0-9]*Command$/;
export const MAX_VALUE_STEPS = 14;
// What a search of a service's records reveals of a person (SinkValue.lookup): how to reach them, or their name.
const NAMES_WHO_IS_SOUGHT = /^user\.(contact|name)(\.|$)/;
const FALLBACK_OPERATORS = new Set([ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken]);
// Members of an error that hold the failing call's input (its text, the request or response, the ORM's `meta`).
const ERROR_MEMBERS_WITH_INPUT = new Set(['message', 'stack', 'cause', 'meta', 'response', 'request', 'config', 'data', 'details', 'errors', 'body']);

/** A catalog path segment: a property name, optionally selecting array elements by a property's literal (`messages[role=user]`). */
function parsePathSegment(segment: string): { name: string; filter?: { key: string; value: string } } {
  const match = /^([^[]+)\[([^=\]]+)=([^\]]+)\]$/.exec(segment);
  return match ? { name: match[1]!, filter: { key: match[2]!, value: match[3]! } } : { name: segment };
}

// Words of a cookie or device-store slot name that hold a sign-in; anti-forgery and OAuth round-trip cookies, push tokens,
// a remembered sign-in provider and an app's configuration token are not one.
const SESSION_WORDS = new Set(['session', 'sess', 'sid', 'jwt', 'token', 'auth', 'authjs', 'login', 'remember']);
const NOT_SESSION_WORDS = new Set([
  'csrf', 'xsrf', 'state', 'nonce', 'verifier', 'pkce', 'callback', 'redirect', 'consent', 'theme', 'locale', 'expires', 'expiry', 'count',
  // A device's push token, a pagination cursor: tokens that sign nobody in.
  'push', 'fcm', 'apns', 'device', 'cursor', 'page',
  // A remembered sign-in provider, an app's configuration or preview token.
  'provider', 'method', 'last', 'config', 'configuration', 'preview',
]);

/** A slot named for a private key (`E2E_PRIVATE_KEY`) holds the person's own key, as end-to-end encrypted apps keep it. */
function namesPrivateKey(words: readonly string[]): boolean {
  return words.some((word, index) => word === 'private' && words[index + 1] === 'key');
}

// A react-hook-form form's methods that hand back every value when called without a field name.
const WHOLE_FORM_READERS = new Set(['getValues', 'watch']);

function isWholeFormRead(binding: Extract<Binding, { type: 'library' }>): boolean {
  const chain = binding.chain;
  return binding.module === 'react-hook-form' && chain.length === 2 && chain[0] === 'useForm' && WHOLE_FORM_READERS.has(chain[1]!);
}

export interface ValueHooks {
  /** The declared type of `req.body` and friends, when the handler annotates it. */
  typedRequestRead?: (node: ts.PropertyAccessExpression) => DataItem[];
  /** Whether a value is what the incoming request carries (`req.body`, `await request.json()`): a person's input. */
  isRequestValue?: (node: ts.Expression) => boolean;
  /** The project's data model (data-model.ts): what a write to a known model and a row read from one carry. */
  dataModel?: DataModel;
  /** What a read is because the same function sends a message to it (sent-addressees.ts). */
  sentAddressee?: (node: ts.Identifier | ts.PropertyAccessExpression) => SentAddressee | undefined;
}

/** A message type says only that a value is its addressee; an API that names its addressee's category says more. */
const isNotTypedAddressee = (found: DataItem): boolean => found.evidence.term !== MESSAGE_ADDRESSEE_TERM;

/** A classification remembered for reuse (`classifyRemembered`), with what it left behind for the ones around it. */
interface RememberedClassification {
  items: readonly DataItem[];
  limitReached: boolean;
  callerRead: boolean;
  lowestLevel: number;
}

const NOTHING: readonly DataItem[] = [];

// How many environments `bindArguments` made (Env.serial).
let envsMade = 0;

// Whether `classifyValue` reuses the classifications that read nothing of the caller (off only to compare in tests).
let memoiseValues = true;

/** Runs `fn` with every value classified afresh (`classifyRemembered` off), for tests that compare both ways. */
export async function withoutValueMemo<T>(fn: () => Promise<T> | T): Promise<T> {
  const previous = memoiseValues;
  memoiseValues = false;
  try {
    return await fn();
  } finally {
    memoiseValues = previous;
  }
}

export function createValueClassifier(engine: Engine, resolver: BindingResolver, types: TypeExpander, declaredTypes: DeclaredTypes, hooks: ValueHooks = {}) {
  const { classifier } = engine;

  function item(category: string, confidence: DataItem['confidence'], evidence: Evidence, expression: string, viaParameter = false, trace: TraceStep[] = []): DataItem {
    return { category, confidence, evidence, expression, trace, viaParameter };
  }

  function classifyNamed(name: string, owner: string | undefined, expression: string, siblings?: readonly string[], origin?: Origin): DataItem[] {
    const found = classifier.classifyName(name, owner, siblings, origin);
    return found ? [item(found.category, found.confidence, found.evidence, expression)] : [];
  }

  /** A name read out of `source` at the end of a flow: by the name, else by where the source came from. */
  function classifyRead(name: string, owner: string | undefined, expression: string, source: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    const named = classifyNamed(name, owner, expression);
    return named.length > 0 ? named : classifyByOrigin(name, owner, expression, source, env, depth);
  }

  /** Free text (`message`, `prompt`, `comment`) that says nothing by its name: a person's request input is what they wrote. */
  function classifyByOrigin(name: string, owner: string | undefined, expression: string, source: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    if (!isFreeTextName(name)) return [];
    const origin = sourceOrigin(source, env, depth);
    if (!origin) return [];
    // Free text a caller handed down (`setStatus(typedText)` of a wrapper that sends `{ message }`) is the caller's.
    const viaParameter = env !== undefined && touchesOrigin(source, env);
    return classifyNamed(name, owner, expression, undefined, origin).map((found) => (viaParameter ? { ...found, viaParameter } : found));
  }

  /**
   * Where the value a flow reached came from, followed back through reads, parses and variables: a person's request
   * input (the request's body, query or form, a tRPC input, a form's submitted values), or undefined when nothing says.
   */
  function sourceOrigin(expression: ts.Expression, env: Env | undefined, depth: number): Origin | undefined {
    if (depth > MAX_VALUE_STEPS) return undefined;
    const node = unwrap(expression);
    if (hooks.isRequestValue?.(node)) return 'request-input';
    if (ts.isConditionalExpression(node)) return sourceOrigin(node.whenTrue, env, depth + 1) ?? sourceOrigin(node.whenFalse, env, depth + 1);
    if (ts.isBinaryExpression(node) && FALLBACK_OPERATORS.has(node.operatorToken.kind)) return sourceOrigin(node.left, env, depth + 1) ?? sourceOrigin(node.right, env, depth + 1);
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      // `opts.input` of a tRPC resolver: the parameter and the member read as its path.
      const base = unwrap(node.expression);
      const declaration = ts.isIdentifier(base) && ts.isPropertyAccessExpression(node) ? resolveIdentifier(base) : undefined;
      if (declaration?.kind === 'parameter' && !(env && boundTo(env, declaration.node)) && isPersonInputParameter(declaration, [...declaration.path, (node as ts.PropertyAccessExpression).name.text])) return 'request-input';
      return sourceOrigin(node.expression, env, depth + 1);
    }
    if (ts.isCallExpression(node)) {
      // `schema.parse(body)`, `Object.fromEntries(formData)`, `formData.get('note')`, `body.text.trim()`: what they read.
      const parsed = schemaParseInput(node);
      if (parsed) return sourceOrigin(parsed, env, depth + 1);
      const callee = unwrap(node.expression);
      // `parseWithZod(formData, { schema })`, `validate(body)`: a validation library hands back what it checked.
      if (ts.isIdentifier(callee) && /^(parse|safeParse|validate)/.test(callee.text) && node.arguments[0] && resolver.resolveExpression(callee)?.type === 'library') {
        return sourceOrigin(node.arguments[0], env, depth + 1);
      }
      if (!ts.isPropertyAccessExpression(callee)) return undefined;
      const method = callee.name.text;
      if (method === 'fromEntries' && node.arguments[0]) return sourceOrigin(node.arguments[0], env, depth + 1);
      if (method === 'get' || method === 'getAll' || TRANSFORM_METHODS.has(method)) return sourceOrigin(callee.expression, env, depth + 1);
      return undefined;
    }
    if (!ts.isIdentifier(node)) return undefined;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'parameter') {
      const bound = env ? lookup(env, declaration.node) : undefined;
      if (bound) {
        for (const argument of bound.args) {
          const origin = sourceOrigin(argument, bound.env, depth + 1);
          if (origin) return origin;
        }
        return undefined;
      }
      return isPersonInputParameter(declaration, declaration.path) ? 'request-input' : undefined;
    }
    if (declaration?.kind !== 'variable' || !declaration.node.initializer || isKnownNonPersonal(declaration)) return undefined;
    if (isTypedState(declaration)) return 'typed-input';
    return sourceOrigin(declaration.node.initializer, env, depth + 1);
  }

  /**
   * Everything a person typed into a react-hook-form form, read at once (`getValues()`, `watch()` of a `useForm()`):
   * the form type's personal fields when `useForm<T>()` names a type of the project, else the values as a whole,
   * what that person wrote (`user.content.private`, medium).
   */
  function wholeFormValues(binding: Extract<Binding, { type: 'library' }>, read: ts.CallExpression): DataItem[] {
    const expression = textOf(read);
    const useForm = binding.calls.find((call): call is ts.CallExpression => ts.isCallExpression(call) && calledName(call) === 'useForm');
    const typeArgument = useForm?.typeArguments?.[0];
    const typed = typeArgument ? declaredTypes.asPersonInput(() => declaredTypes.typeNodeItems(typeArgument, expression)) : undefined;
    if (typed !== undefined) return typed;
    return [item('user.content.private', 'medium', { by: 'api', matched: expression, term: 'form values', detail: 'everything a person typed into a form' }, expression)];
  }

  /**
   * The bytes a file sink stores, when they are what a person's request carried: the request's body itself
   * (`put(name, request.body)`) or bytes made from its input (`Buffer.from(input.file, 'base64')`, `new Blob([part])`).
   * Whatever the app calls them, they are the file that person uploaded. A string read from the input is not taken so:
   * it is as often the object's name or path as its content (free text is classified by its name, above).
   */
  function storedRequestBytes(value: SinkValue, env: Env | undefined): DataItem[] {
    if (value.isKey || value.paths || value.category) return [];
    const origin = requestBytesOrigin(value.expression, env, 0);
    if (!origin) return [];
    const expression = textOf(value.expression);
    const evidence: Evidence = { by: 'api', matched: expression, term: 'stored file', detail: "bytes of a person's request input, stored as a file" };
    return [item('user.content.private', 'medium', evidence, expression, env !== undefined && touchesOrigin(value.expression, env))];
  }

  /**
   * A log line that prints a person's whole request body (`logger.debug(\`Request body: ${JSON.stringify(req.body)}\`)`,
   * `console.log('body', await request.json())`): everything the person sent, whatever it holds, as a file stored from
   * it is. Only the body itself counts, inside a template, a concatenation or a serialiser; a member of it is
   * classified by its own name.
   */
  function loggedRequestBody(value: SinkValue, env: Env | undefined): DataItem[] {
    if (value.isKey || value.paths || value.category) return [];
    const body = printedParts(unwrap(value.expression), 0).find((part) => requestBytesOrigin(part, env, 0) !== undefined);
    if (!body) return [];
    const expression = textOf(body);
    const evidence: Evidence = { by: 'api', matched: expression, term: 'logged request body', detail: "a person's whole request input, printed" };
    return [item('user.content.private', 'medium', evidence, expression, env !== undefined && touchesOrigin(body, env))];
  }

  /** What a printed value is made of: the spans of a template, the operands of `+`, what `JSON.stringify` serialises. */
  function printedParts(node: ts.Expression, depth: number): ts.Expression[] {
    if (depth > MAX_VALUE_STEPS) return [];
    if (ts.isTemplateExpression(node)) return node.templateSpans.flatMap((span) => printedParts(unwrap(span.expression), depth + 1));
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return [...printedParts(unwrap(node.left), depth + 1), ...printedParts(unwrap(node.right), depth + 1)];
    }
    if (ts.isCallExpression(node) && isSerialiser(node.expression) && node.arguments[0]) return printedParts(unwrap(node.arguments[0]), depth + 1);
    return [node];
  }

  function requestBytesOrigin(expression: ts.Expression, env: Env | undefined, depth: number): Origin | undefined {
    if (depth > MAX_VALUE_STEPS) return undefined;
    const node = unwrap(expression);
    if (hooks.isRequestValue?.(node)) return !ts.isPropertyAccessExpression(node) || node.name.text === 'body' ? 'request-input' : undefined;
    if (ts.isConditionalExpression(node)) return requestBytesOrigin(node.whenTrue, env, depth + 1) ?? requestBytesOrigin(node.whenFalse, env, depth + 1);
    const made = bytesMadeFrom(node);
    if (made) return made.map((source) => sourceOrigin(source, env, depth + 1)).find((origin) => origin !== undefined);
    if (!ts.isIdentifier(node)) return undefined;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'parameter' && declaration.path.length === 0 && env) {
      const bound = lookup(env, declaration.node);
      return bound?.args.map((argument) => requestBytesOrigin(argument, bound.env, depth + 1)).find((origin) => origin !== undefined);
    }
    if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return undefined;
    return requestBytesOrigin(declaration.node.initializer, env, depth + 1);
  }

  // `Buffer.from(x)`, `Uint8Array.from(x)`, `Readable.from(x)`, `new Uint8Array(x)`, `new Blob([x])`: bytes made of x.
  function bytesMadeFrom(node: ts.Expression): readonly ts.Expression[] | undefined {
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      const isFrom = ts.isPropertyAccessExpression(callee) && callee.name.text === 'from' && ts.isIdentifier(callee.expression) && BYTE_CONTAINERS.has(callee.expression.text);
      return isFrom && node.arguments[0] ? [node.arguments[0]] : undefined;
    }
    if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || !BYTE_CONTAINERS.has(node.expression.text)) return undefined;
    const first = node.arguments?.[0] ? unwrap(node.arguments[0]) : undefined;
    if (!first) return undefined;
    return ts.isArrayLiteralExpression(first) ? first.elements.map((element) => (ts.isSpreadElement(element) ? element.expression : element)) : [first];
  }

  /**
   * `const [input, setInput] = useState('')` whose setter takes what the person types (`setInput(e.target.value)`,
   * `onChangeText={setInput}`): a chat box or a text field's value.
   */
  function isTypedState(declaration: Extract<Declaration, { kind: 'variable' }>): boolean {
    const { node } = declaration;
    if (declaration.path.length !== 1 || declaration.path[0] !== '0' || !ts.isArrayBindingPattern(node.name)) return false;
    const initializer = unwrap(node.initializer!);
    if (!ts.isCallExpression(initializer) || !isStateHook(initializer)) return false;
    const setter = node.name.elements[1];
    if (!setter || ts.isOmittedExpression(setter) || !ts.isIdentifier(setter.name)) return false;
    const setterName = setter.name.text;
    const scope = getEnclosingFunction(node) ?? node.getSourceFile();
    let typed = false;
    const visit = (child: ts.Node) => {
      if (typed) return;
      if (ts.isCallExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === setterName && child.arguments[0]) {
        typed = /\.(target|currentTarget)\.value$/.test(textOf(unwrap(child.arguments[0])));
      } else if (ts.isJsxAttribute(child) && ts.isIdentifier(child.name) && /^onChange(Text)?$/.test(child.name.text) && child.initializer && ts.isJsxExpression(child.initializer) && child.initializer.expression) {
        typed = ts.isIdentifier(child.initializer.expression) && child.initializer.expression.text === setterName && child.name.text === 'onChangeText';
      }
      ts.forEachChild(child, visit);
    };
    visit(scope);
    return typed;
  }

  const personalOfPerson = new Map<string, boolean>();

  /** Whether a name is personal when a person owns it (`id`, `name`, `image`): only such members of a session's user are read. */
  function isPersonalOfPerson(name: string): boolean {
    let known = personalOfPerson.get(name);
    if (known === undefined) {
      known = classifier.classifyName(name, 'user') !== undefined;
      personalOfPerson.set(name, known);
    }
    return known;
  }

  /**
   * The signed-in person: `session.user`, `req.user` (Passport), `ctx.user`, `locals.user`, `(await auth()).user`,
   * Clerk's `currentUser()`, through the variables that hold it.
   */
  function isSessionUser(expression: ts.Expression, depth: number): boolean {
    if (depth > MAX_VALUE_STEPS) return false;
    const node = unwrap(expression);
    if (ts.isCallExpression(node)) return SESSION_USER_CALLS.test(calledName(node) ?? '');
    if (ts.isPropertyAccessExpression(node)) {
      if (node.name.text !== 'user') return false;
      const holder = unwrap(node.expression);
      if (ts.isCallExpression(holder)) return SESSION_CALLS.test(calledName(holder) ?? '');
      const holderName = ownerName(holder);
      return holderName !== undefined && SESSION_HOLDERS.test(holderName);
    }
    if (!ts.isIdentifier(node)) return false;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind !== 'variable' || !declaration.node.initializer) return false;
    // `const { user } = await auth()`: the path names the session's user.
    const initializer = unwrap(declaration.node.initializer);
    if (declaration.path.length === 1 && declaration.path[0] === 'user') {
      return ts.isCallExpression(initializer) ? SESSION_CALLS.test(calledName(initializer) ?? '') : SESSION_HOLDERS.test(ownerName(initializer) ?? '');
    }
    return declaration.path.length === 0 && isSessionUser(initializer, depth + 1);
  }

  /** A tRPC resolver's `input`, or the values a form's submit handler receives. */
  function isPersonInputParameter(declaration: Extract<Declaration, { kind: 'parameter' }>, path: readonly string[]): boolean {
    if (declaredTypes.procedureInputItems(declaration.node, path, declaration.name) !== undefined) return true;
    return path.length === 0 && declaredTypes.submitHandlerItems(declaration.node, declaration.name) !== undefined;
  }

  /** Every category a value carries. */
  function classifyValue(expression: ts.Expression, env: Env | undefined, depth = 0): DataItem[] {
    if (depth > MAX_VALUE_STEPS) {
      limitReached = true;
      return [];
    }
    const node = unwrap(expression);
    if (isLiteral(node)) return [];
    return memoiseValues ? classifyRemembered(node, env, depth) : classifyNode(node, env, depth);
  }

  // The classifications that read nothing of an environment made before they began, by node, then by depth, whether
  // an environment was given and the sink's settings (`classificationKey`).
  const remembered = new Map<ts.Node, Map<number, RememberedClassification>>();
  // The oldest environment (Env.serial, 0 when unset) read since the innermost remembered classification began.
  let oldestEnvRead = Number.POSITIVE_INFINITY;

  /**
   * A value classified once per file for each depth, settings and presence of an environment, as long as it read no
   * binding of an environment made before it began: a wrapper's sink value is walked again for each caller, and most
   * of that walk (a local's initializer, a constant, a call of a helper over the wrapper's own data) reads nothing the
   * caller passed. What such a classification gives depends only on the node, the depth, whether some environment
   * was given (`env !== undefined` decides branches) and the settings in the key: the per-file caches it consults
   * only gain entries, and one that read a binding answer a limit or a cycle shaped (bindings.ts `limitsMet`), which
   * another moment of the walk may answer otherwise, is not kept. What it left behind for the classifications around
   * it (`limitReached`, and `callerRead`/`lowestLevel` from environments it made itself) is replayed on reuse.
   */
  function classifyRemembered(node: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    const key = classificationKey(depth, env !== undefined);
    let byKey = remembered.get(node);
    const known = byKey?.get(key);
    if (known) {
      if (known.limitReached) limitReached = true;
      if (known.callerRead) callerRead = true;
      if (known.lowestLevel < lowestLevel) lowestLevel = known.lowestLevel;
      return known.items.length === 0 ? [] : [...known.items];
    }
    const outerLimitReached = limitReached;
    const outerCallerRead = callerRead;
    const outerLowestLevel = lowestLevel;
    const outerOldestEnvRead = oldestEnvRead;
    limitReached = false;
    callerRead = false;
    lowestLevel = Number.POSITIVE_INFINITY;
    oldestEnvRead = Number.POSITIVE_INFINITY;
    const madeBefore = envsMade;
    const limitsBefore = resolver.limitsMet();
    try {
      const items = classifyNode(node, env, depth);
      if (oldestEnvRead > madeBefore && resolver.limitsMet() === limitsBefore) {
        if (!byKey) remembered.set(node, (byKey = new Map()));
        byKey.set(key, { items: items.length === 0 ? NOTHING : [...items], limitReached, callerRead, lowestLevel });
      }
      return items;
    } finally {
      limitReached ||= outerLimitReached;
      callerRead ||= outerCallerRead;
      lowestLevel = Math.min(lowestLevel, outerLowestLevel);
      oldestEnvRead = Math.min(oldestEnvRead, outerOldestEnvRead);
    }
  }

  // The sink's settings a classification consults (writesStore, personRecord, thingRecord, vendorIdKeys,
  // typesAllowed), numbered as first met; -1 once one changed.
  const settingsNumbers = new Map<string, number>();
  let settingsNumber = -1;

  function classificationKey(depth: number, withEnv: boolean): number {
    if (settingsNumber < 0) {
      const settings = `${writesStore}\u0000${personRecord}\u0000${thingRecord ?? ''}\u0000${vendorIdKeys ? [...vendorIdKeys].join(',') : '-'}\u0000${typesAllowed}`;
      let known = settingsNumbers.get(settings);
      if (known === undefined) settingsNumbers.set(settings, (known = settingsNumbers.size));
      settingsNumber = known;
    }
    return (settingsNumber * (MAX_VALUE_STEPS + 1) + depth) * 2 + (withEnv ? 1 : 0);
  }

  function classifyNode(node: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    if (ts.isIdentifier(node)) return classifyIdentifier(node, env, depth);
    if (ts.isPropertyAccessExpression(node)) return classifyMember(node, node.name.text, env, depth);
    if (ts.isElementAccessExpression(node)) {
      if (ts.isStringLiteralLike(node.argumentExpression)) return classifyMember(node, node.argumentExpression.text, env, depth);
      return classifyValue(node.expression, env, depth + 1);
    }
    if (ts.isObjectLiteralExpression(node)) return classifyObject(node, env, depth);
    if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((element) => classifyValue(ts.isSpreadElement(element) ? element.expression : element, env, depth + 1));
    if (ts.isTemplateExpression(node)) return node.templateSpans.flatMap((span) => classifyValue(span.expression, env, depth + 1));
    if (ts.isTaggedTemplateExpression(node)) return ts.isTemplateExpression(node.template) ? classifyValue(node.template, env, depth + 1) : [];
    if (ts.isConditionalExpression(node)) return [...classifyValue(node.whenTrue, env, depth + 1), ...classifyValue(node.whenFalse, env, depth + 1)];
    if (ts.isBinaryExpression(node)) return classifyBinary(node, env, depth);
    if (ts.isCallExpression(node)) return classifyCall(node, env, depth);
    if (ts.isNewExpression(node)) {
      // Library commands and builders carry what they are built with (`new PutObjectCommand({ Body })`);
      // a project class is not followed into its constructor.
      const isBuiltIn = ts.isIdentifier(node.expression) && PASS_THROUGH_NEW.has(node.expression.text);
      if (ts.isIdentifier(node.expression) && OBJECT_LOOKUP_COMMAND.test(node.expression.text)) return [];
      if (!isBuiltIn && resolver.resolveExpression(node.expression)?.type === 'class') return [];
      return (node.arguments ?? []).flatMap((argument) => classifyValue(argument, env, depth + 1));
    }
    if (ts.isSpreadElement(node)) return classifyValue(node.expression, env, depth + 1);
    return [];
  }

  function classifyIdentifier(node: ts.Identifier, env: Env | undefined, depth: number): DataItem[] {
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'parameter' && env) {
      const bound = lookup(env, declaration.node);
      if (bound) {
        const items = classifyBound(bound, declaration.path, depth);
        // A literal, a constant, configuration or a generated placeholder is nothing of a person's, whatever the
        // parameter is called (`setUsername(getRandomUsername())`).
        const passedSomething = bound.args.some((argument) => !isLiteral(unwrap(argument)) && !isFixedReference(unwrap(argument)));
        const namesElement = env.elements === true && env.bindings.has(declaration.node);
        if (items.length > 0 || !(bound.isOrigin || namesElement) || !passedSomething) return items;
        // The caller's value says nothing by its name; the parameter's name still says what it is.
        const byName = classifyNamed(node.text, destructuredThing(declaration), node.text, declarationSiblings(declaration));
        if (byName.length > 0) return byName.map((found) => ({ ...found, viaParameter: bound.isOrigin }));
        if (!bound.isOrigin) return [];
        // Nor by its type (`const { user } = await res.json()` passed to `saveUser(user: User)`): what reaches the
        // sink inside is what the parameter's declared type holds. An object literal the caller wrote says it all.
        if (!bound.args.every((argument) => isOpaqueValue(unwrap(argument)))) return [];
        // A record the caller read back from the store and saved again (`const invitation = await repository.findOne(...);
        // invitation.status = 'declined'; repository.save(invitation)`): ORMs write the columns that changed, and the
        // changes, found above, said nothing; its stored columns are not collected again.
        if (writesStore && bound.args.every((argument) => isStoredRecordRead(unwrap(argument)))) return [];
        return declaredParameterItems(declaration, node.text).map((found) => ({ ...found, viaParameter: true }));
      }
    }
    if (declaration && isKnownNonPersonal(declaration)) return [];
    const caughtFrom = caughtErrorOrigin(declaration);
    if (caughtFrom) return caughtErrorItems(caughtFrom, node.text, undefined, node.text, env, depth);
    const named = classifyNamed(node.text, declaration ? destructuredThing(declaration) : undefined, node.text, declaration ? declarationSiblings(declaration) : undefined);
    if (named.length > 0) {
      // Inside a wrapper, a local built from the caller's arguments (`const email = { from, ...options }`) carries
      // what the caller passed, whatever it is called: that is what the caller's finding needs.
      const initializer = declaration?.kind === 'variable' ? declaration.node.initializer : undefined;
      if (env && initializer && declaration?.kind === 'variable' && touchesOrigin(initializer, env)) {
        const flowed = classifyAtPath(initializer, declaration.path, env, depth + 1);
        if (flowed.some((found) => found.viaParameter)) {
          const step = toTraceStep(engine, declaration.node, `assigned to ${node.text}`);
          return flowed.map((found) => ({ ...found, trace: [...found.trace, step] }));
        }
      }
      const derived = ipDerivedLocation(named, declaration, env, depth);
      return derived ?? named;
    }
    if (declaration?.kind === 'variable') {
      const { node: variable, path } = declaration;
      // `const rows = []; rows.push(row)`, `const form = new FormData(); form.append('email', email)`.
      const filled = path.length === 0 && isCollectionStart(variable.initializer) ? mutationItems(node, variable, collectionHooks(env), depth) : [];
      if (variable.initializer) {
        const items = [...classifyAtPath(variable.initializer, path, env, depth + 1), ...filled];
        if (items.length > 0) {
          const step = toTraceStep(engine, variable, `assigned to ${node.text}`);
          return items.map((found) => ({ ...found, trace: [...found.trace, step] }));
        }
      }
      // A declared type (`let customer: Customer | null = null`) speaks for the value instead, below; a library's type
      // (`let src: NodeJS.ReadableStream`) says nothing of what it holds.
      const typeSaysNothing = !variable.type || declaredTypes.typeNodeItems(variable.type, node.text) === undefined;
      const reassigned = path.length === 0 && typeSaysNothing ? reassignedItems(node, declaration, env, depth) : [];
      if (reassigned.length > 0) return reassigned;
    }
    if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer && ts.isObjectLiteralExpression(unwrap(declaration.node.initializer))) {
      // `const payload: Event = { userId: 'system' }`: the object is built right here, so it holds what the literal and
      // later assignments put in it, not every optional property its declared type allows (`email?`).
      return assignedPropertyItems(node, declaration, env, depth);
    }
    if (declaration?.kind === 'parameter' && declaration.path.length === 1) {
      const handed = libraryCallbackItems(declaration, declaration.path[0]!, node.text);
      if (handed.length > 0) return handed;
    }
    if (declaration?.kind === 'variable' || declaration?.kind === 'parameter') {
      // An object passed whole: the members of its declared type, then (for person objects) the type checker.
      const declaredType = declaration.kind === 'parameter' ? declaredTypes.parameterTypeNode(declaration.node) : declaration.node.type;
      const typeNode = declaredType ? declaredTypes.typeAtPath(declaredType, declaration.path) : undefined;
      const declared = typeNode
        ? declaredTypes.typeNodeItems(typeNode, node.text)
        : declaration.kind === 'parameter' && declaration.path.length === 0
          ? declaredTypes.submitHandlerItems(declaration.node, node.text)
          : undefined;
      if (declared !== undefined) return declared;
      if (declaration.kind === 'parameter') {
        const procedureInput = declaredTypes.procedureInputItems(declaration.node, declaration.path, node.text);
        if (procedureInput !== undefined) return procedureInput;
      }
      const typeName = typeNode && ts.isTypeReferenceNode(typeNode) ? typeNode.typeName.getText() : undefined;
      // `const user = new User(); user.email = dto.email; save(user)`: what was set, not every column of the entity.
      if (declaration.kind === 'variable' && declaration.node.initializer && isBlankObject(unwrap(declaration.node.initializer))) {
        return assignedPropertyItems(node, declaration, env, depth);
      }
      const row = declaration.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer ? hooks.dataModel?.rowItems(declaration.node.initializer, node.text) : undefined;
      if (row) return row;
      if (classifier.isPersonObjectName(node.text) || (typeName && classifier.isPersonObjectName(typeName))) {
        const expanded = expandWhole(node, node.text);
        if (expanded.length > 0) return expanded;
      }
      const assigned = assignedPropertyItems(node, declaration, env, depth);
      return assigned.length > 0 ? assigned : sentAddresseeItems(node, node.text, env);
    }
    return [];
  }

  /**
   * `const country = req.headers.get('x-vercel-ip-country')`: a variable named like an address part that holds what
   * was derived from the IP address is that approximate location, not a postal address.
   */
  function ipDerivedLocation(named: DataItem[], declaration: Declaration | undefined, env: Env | undefined, depth: number): DataItem[] | undefined {
    if (declaration?.kind !== 'variable' || !declaration.node.initializer) return undefined;
    if (!named.every((found) => /^user\.(contact\.address|location)(\.|$)/.test(found.category))) return undefined;
    const flowed = classifyAtPath(declaration.node.initializer, declaration.path, env, depth + 1);
    if (!flowed.some((found) => found.category === 'user.location.imprecise')) return undefined;
    const step = toTraceStep(engine, declaration.node, `assigned to ${declaration.name}`);
    return flowed.map((found) => ({ ...found, trace: [...found.trace, step] }));
  }

  /**
   * Properties the code set on the object before handing it over: `account.phone = phone; await account.save()`,
   * `payload.email = user.email; fetch(url, { body: JSON.stringify(payload) })`. A value that says nothing itself
   * is named by the property it is stored under.
   */
  function assignedPropertyItems(reference: ts.Identifier, declaration: Declaration, env: Env | undefined, depth: number): DataItem[] {
    if ((declaration.kind !== 'variable' && declaration.kind !== 'parameter') || declaration.path.length > 0) return [];
    return assignmentsBefore(reference).flatMap((assignment) => {
      const target = unwrap(assignment.left as ts.Expression);
      if (!ts.isPropertyAccessExpression(target) || !ts.isIdentifier(target.expression) || target.expression.text !== reference.text) return [];
      const value = unwrap(assignment.right);
      if (resolveIdentifier(target.expression)?.node !== declaration.node || isLiteral(value)) return [];
      const fromValue = classifyValue(assignment.right, env, depth + 1);
      if (fromValue.length > 0) return fromValue;
      return describesData(value, classifier) ? [] : classifyNamed(target.name.text, reference.text, textOf(target));
    });
  }

  /**
   * `let body; if (typeof input === 'string') body = await toBlob(input); else body = input;`: an untyped `let` holds
   * the values copied into it before it is read, in the same function.
   */
  function reassignedItems(reference: ts.Identifier, declaration: Extract<Declaration, { kind: 'variable' }>, env: Env | undefined, depth: number): DataItem[] {
    const list = declaration.node.parent;
    if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Let) === 0) return [];
    return assignmentsBefore(reference).flatMap((assignment) => {
      const target = unwrap(assignment.left as ts.Expression);
      // Only a value copied as it is, or the variable's own value added to (`headers = headers.set('Authorization', v)`
      // of an immutable builder such as Angular's HttpHeaders): a call's result (`response = await fetch(url, { body })`)
      // is what the callee returns, and a URL built in one branch (`url = \`${path}?${query}\``) is not what the other
      // branches send.
      const assigned = unwrap(assignment.right);
      const isSelf = (node: ts.Expression) => ts.isIdentifier(node) && node.text === reference.text && resolveIdentifier(node)?.node === declaration.node;
      // An object or array written in place (`payload = { text: data.content }` in a `catch`) is what the variable holds.
      const copied = ts.isIdentifier(assigned) || ts.isPropertyAccessExpression(assigned) || ts.isObjectLiteralExpression(assigned) || ts.isArrayLiteralExpression(assigned);
      const addedTo = ts.isCallExpression(assigned) && ts.isPropertyAccessExpression(assigned.expression) && KEYED_SETTERS.has(assigned.expression.name.text) && isSelf(unwrap(assigned.expression.expression));
      if (!(copied || addedTo) || !ts.isIdentifier(target) || !isSelf(target)) return [];
      const step = toTraceStep(engine, assignment, `assigned to ${reference.text}`);
      return classifyValue(assignment.right, env, depth + 1).map((found) => ({ ...found, trace: [...found.trace, step] }));
    });
  }

  /** The `=` assignments that end before `reference`, in its function (or its file at top level), in source order. */
  function assignmentsBefore(reference: ts.Identifier): ts.BinaryExpression[] {
    const found: ts.BinaryExpression[] = [];
    const visit = (child: ts.Node) => {
      if (child.pos >= reference.pos) return;
      if (ts.isBinaryExpression(child) && child.operatorToken.kind === ts.SyntaxKind.EqualsToken && child.end <= reference.pos) found.push(child);
      ts.forEachChild(child, visit);
    };
    visit(getEnclosingFunction(reference) ?? reference.getSourceFile());
    return found;
  }

  /** A variable whose value is fixed in code or read from deployment config, never a person's data. */
  function isKnownNonPersonal(declaration: Declaration): boolean {
    return isConstant(declaration) || isVetoedByOwner(declaration) || isRandomName(declaration);
  }

  /** `const username = getRandomUsername()`: a placeholder name the app draws at random names nobody (generated-values.ts). */
  function isRandomName(declaration: Declaration): boolean {
    if (declaration.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return false;
    const category = classifier.classifyName(declaration.name)?.category;
    return category !== undefined && RANDOM_NAME_CATEGORY.test(category) && isRandomText(unwrap(declaration.node.initializer));
  }

  /** `{ username: autoGeneratedUsername }`: the key names what the value stands for, a placeholder drawn at random. */
  const withoutRandomNames = (items: DataItem[], value: ts.Expression) =>
    items.some((found) => RANDOM_NAME_CATEGORY.test(found.category)) && isDrawnAtRandom(value) ? items.filter((found) => !RANDOM_NAME_CATEGORY.test(found.category)) : items;

  /** `const CONTACT_EMAIL = 'hello@acme.example'`, `const adminEmail = process.env.ADMIN_EMAIL ?? 'ops@acme.example'`. */
  function isConstant(declaration: Declaration): boolean {
    if (declaration.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return false;
    const list = declaration.node.parent;
    if (!ts.isVariableDeclarationList(list) || (list.flags & ts.NodeFlags.Const) === 0) return false;
    return isFixedValue(unwrap(declaration.node.initializer));
  }

  /**
   * `const address = server.address()`, `const { city } = store`, `const { address, port } = server.address()`: the
   * variable is named after what it reads, and the owner it reads from (or the object whose method returned it)
   * already said that is not a person's (the vocabulary's owner vetoes).
   */
  function isVetoedByOwner(declaration: Declaration | undefined): boolean {
    if (declaration?.kind !== 'variable' || !declaration.node.initializer) return false;
    let source = unwrap(declaration.node.initializer);
    let receiver: string | undefined;
    if (ts.isCallExpression(source)) {
      source = unwrap(source.expression);
      if (ts.isPropertyAccessExpression(source)) receiver = ownerName(unwrap(source.expression));
    }
    let owner: string | undefined;
    let name: string | undefined;
    if (declaration.path.length > 0) {
      owner = ownerName(source) ?? (ts.isIdentifier(source) ? source.text : undefined);
      name = declaration.path[declaration.path.length - 1];
    } else if (ts.isPropertyAccessExpression(source)) {
      owner = ownerName(unwrap(source.expression));
      name = source.name.text;
    }
    if (name === undefined) return false;
    const category = classifier.classifyName(name)?.category;
    if (category === undefined) return false;
    // The variable may shorten the name it reads (`const addr = server.address()`): the same meaning is enough.
    if (name.toLowerCase() !== declaration.name.toLowerCase() && classifier.classifyName(declaration.name)?.category !== category) return false;
    return [owner, receiver].some((candidate) => candidate !== undefined && classifier.classifyName(name, candidate) === undefined);
  }

  /** The personal properties of a parameter's declared type, at the destructured path the declaration reads. */
  function declaredParameterItems(declaration: Extract<Declaration, { kind: 'parameter' }>, base: string): DataItem[] {
    const declaredType = declaredTypes.parameterTypeNode(declaration.node);
    const typeNode = declaredType ? declaredTypes.typeAtPath(declaredType, declaration.path) : undefined;
    return (typeNode ? declaredTypes.typeNodeItems(typeNode, base) : undefined) ?? [];
  }

  /**
   * `const { messages } = options` of `options: StreamOptions` reads what the parameter's declared type says is there,
   * as `({ messages }: StreamOptions)` destructured in the parameter list does. Only where no caller is bound: a caller's
   * own value speaks for itself. A member read in place (`{ ...ctx.context }`) is not typed this way: a context or
   * options object spread on whole would drag every member its type allows into each sink it reaches.
   */
  function unboundParameterMemberItems(base: ts.Expression, path: readonly string[], expression: string, env: Env | undefined): DataItem[] {
    const declaration = ts.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    if (declaration?.kind !== 'parameter' || (env && boundTo(env, declaration.node))) return [];
    return declaredParameterItems({ ...declaration, path: [...declaration.path, ...path] }, expression);
  }

  /** The elements an array `join` turns into text: an array literal's, or the arguments a rest parameter was given. */
  function joinedElements(receiver: ts.Expression, env: Env | undefined, depth = 0): readonly ts.Expression[] | undefined {
    const node = unwrap(receiver);
    if (ts.isArrayLiteralExpression(node)) return node.elements.some(ts.isSpreadElement) ? undefined : node.elements;
    if (!ts.isIdentifier(node) || !env || depth > 4) return undefined;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind !== 'parameter' || !declaration.node.dotDotDotToken || declaration.path.length > 0) return undefined;
    const bound = lookup(env, declaration.node);
    if (!bound) return undefined;
    // `addBreadcrumb(level, ...args)` from `logError(...args)`: the elements are the outer call's arguments.
    const elements: ts.Expression[] = [];
    for (const argument of bound.args) {
      if (!ts.isSpreadElement(argument)) {
        elements.push(argument);
        continue;
      }
      const spread = joinedElements(argument.expression, bound.env, depth + 1);
      if (!spread) return undefined;
      elements.push(...spread);
    }
    return elements;
  }

  /** What `parameter` is bound to, for a reader of the arguments themselves. */
  function lookup(env: Env, parameter: ts.ParameterDeclaration): { args: readonly ts.Expression[]; env: Env | undefined; isOrigin: boolean } | undefined {
    const bound = boundTo(env, parameter);
    if (bound?.isOrigin) callerRead = true;
    return bound;
  }

  /**
   * What `parameter` is bound to, for a reader that asks only whether it is bound and whether by the outermost caller:
   * every caller of a path gets the same answer there (each of the wrapper's parameters is bound, `bindArguments`).
   */
  function boundTo(env: Env, parameter: ts.ParameterDeclaration): { args: readonly ts.Expression[]; env: Env | undefined; isOrigin: boolean } | undefined {
    if (env.level !== undefined && env.level < lowestLevel) lowestLevel = env.level;
    const serial = env.serial ?? 0;
    if (serial < oldestEnvRead) oldestEnvRead = serial;
    const bound = env.bindings.get(parameter);
    if (!bound) return env.outer ? boundTo(env.outer, parameter) : iteratedElement(env, parameter);
    return { ...bound, isOrigin: env.isOrigin };
  }

  /**
   * The element parameter of a callback written inline over a bound collection (`parts.forEach((part) =>
   * this.addPart(part))` where `parts` came from the caller): it stands for the collection, as a row stands for the
   * rows. Only a collection the environment binds counts, so a callback over the function's own data is unchanged.
   */
  function iteratedElement(env: Env, parameter: ts.ParameterDeclaration): { args: readonly ts.Expression[]; env: Env | undefined; isOrigin: boolean } | undefined {
    const callback = parameter.parent;
    if (callback.parameters[0] !== parameter || !ts.isIdentifier(parameter.name)) return undefined;
    if (!(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) || !ts.isCallExpression(callback.parent)) return undefined;
    const call = callback.parent;
    const callee = unwrap(call.expression);
    if (call.arguments[0] !== callback || !ts.isPropertyAccessExpression(callee) || !ITERATING_METHODS.has(callee.name.text)) return undefined;
    let root = unwrap(callee.expression);
    while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
    const declaration = ts.isIdentifier(root) ? resolveIdentifier(root) : undefined;
    if (declaration?.kind !== 'parameter' || !env.bindings.has(declaration.node)) return undefined;
    return { args: [callee.expression], env, isOrigin: false };
  }

  // Whether what the outermost caller passed was read, and the lowest `Env.level` looked into (readsOfPath).
  let callerRead = false;
  let lowestLevel = Number.POSITIVE_INFINITY;

  /**
   * Runs `classify` and says what it read of a wrapper's path: whether it read what the outermost caller passed
   * (`callerRead`), and the lowest `Env.level` it looked into. One that read nothing the caller passed gives every
   * caller of the path the same answer; one that looked no lower than level n gives the same answer on every path that
   * ends with the same calls from the n-th on, since nothing else of the path was looked at.
   */
  function readsOfPath<T>(classify: () => T): { value: T; callerRead: boolean; lowestLevel: number } {
    const outerRead = callerRead;
    const outerLowest = lowestLevel;
    callerRead = false;
    lowestLevel = Number.POSITIVE_INFINITY;
    try {
      const value = classify();
      return { value, callerRead, lowestLevel };
    } finally {
      callerRead ||= outerRead;
      lowestLevel = Math.min(lowestLevel, outerLowest);
    }
  }

  /**
   * A storage helper's key parameter (`setSetting(key, value) { localStorage.setItem(key, value) }`) names what each
   * caller stores with the constant it passes: `setSetting(DEVICE_ID_KEY, id)` keeps a device id.
   */
  function callerKeyItems(key: ts.Identifier, env: Env): DataItem[] {
    const declaration = resolveIdentifier(key);
    if (declaration?.kind !== 'parameter' || declaration.path.length !== 0) return [];
    const bound = lookup(env, declaration.node);
    if (!bound) return [];
    const texts = bound.args.flatMap((argument) => constantTexts(engine, argument) ?? []);
    return texts
      .flatMap((text) => classifyNamed(text, undefined, text))
      .map((found) => ({ ...found, viaParameter: bound.isOrigin, evidence: { ...found.evidence, detail: 'storage key passed by the caller' } }));
  }

  function classifyBound(bound: { args: readonly ts.Expression[]; env: Env | undefined; isOrigin: boolean }, path: string[], depth: number): DataItem[] {
    if (bound.isOrigin && bound.env === undefined && bound.args.length === 1) return callerArgumentItems(bound.args[0]!, path, depth + 1).map((found) => ({ ...found, viaParameter: true }));
    const items = bound.args.flatMap((argument) => classifyAtPath(argument, path, bound.env, depth + 1));
    return bound.isOrigin ? items.map((found) => ({ ...found, viaParameter: true })) : items;
  }

  // What each argument of a wrapper's caller carries at each path (callerArgumentItems).
  const callerArguments = new Map<ts.Expression, Map<string, { items: readonly DataItem[]; limitReached: boolean }>>();

  /**
   * An argument the caller of a wrapper passed, at `path`: every sink value of every path through the wrapper that
   * reads it asks the same (a route's caught `error`, logged and reported by each branch of its error handler), so
   * it is classified once per file. The argument is read without an environment, so what comes back depends only on
   * it, the path, the depth and the sink's settings that classification consults, which are all in the key.
   */
  function callerArgumentItems(argument: ts.Expression, path: readonly string[], depth: number): readonly DataItem[] {
    const key = `${depth}\u0000${writesStore}\u0000${personRecord}\u0000${thingRecord ?? ''}\u0000${vendorIdKeys ? [...vendorIdKeys].join(',') : '-'}\u0000${typesAllowed}\u0000${path.join('\u0000')}`;
    let byKey = callerArguments.get(argument);
    if (!byKey) {
      byKey = new Map();
      callerArguments.set(argument, byKey);
    }
    const known = byKey.get(key);
    if (known) {
      if (known.limitReached) limitReached = true;
      return known.items;
    }
    const outerLimitReached = limitReached;
    limitReached = false;
    const items = classifyAtPath(argument, path, undefined, depth);
    byKey.set(key, { items, limitReached });
    limitReached ||= outerLimitReached;
    return items;
  }

  /** The object literal a constant names: `Events` of `const Events = { ... }`, or `Events.SignInUser` inside it. */
  function constantObjectOf(node: ts.Expression, depth = 0): ts.ObjectLiteralExpression | undefined {
    if (depth > MAX_VALUE_STEPS) return undefined;
    if (ts.isObjectLiteralExpression(node)) return node;
    if (ts.isIdentifier(node)) {
      // Imported or local, the object must be a `const` declaration's whole initializer.
      const binding = resolver.resolveExpression(node);
      if (binding?.type !== 'object') return undefined;
      let holder: ts.Node = binding.node.parent;
      while (ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder) || ts.isParenthesizedExpression(holder)) holder = holder.parent;
      const list = holder.parent;
      const isConst = ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
      return isConst ? binding.node : undefined;
    }
    if (!ts.isPropertyAccessExpression(node)) return undefined;
    const owner = constantObjectOf(unwrap(node.expression), depth + 1);
    const member = owner?.properties.find((property) => ts.isPropertyAssignment(property) && propertyNameText(property.name) === node.name.text);
    return member !== undefined && ts.isPropertyAssignment(member) ? constantObjectOf(unwrap(member.initializer), depth + 1) : undefined;
  }

  /** The categories of `value.path` (destructuring, `paths` of a catalog argument), following object literals. */
  function classifyAtPath(value: ts.Expression, path: readonly string[], env: Env | undefined, depth: number): DataItem[] {
    if (path.length === 0) return classifyValue(value, env, depth);
    const node = unwrap(value);
    const [head, ...rest] = path as [string, ...string[]];
    // `const { ...rest } = init || {}`, `const { email } = cond ? a : b`: either side may be what is read.
    if (ts.isBinaryExpression(node) && FALLBACK_OPERATORS.has(node.operatorToken.kind)) {
      return [...classifyAtPath(node.left, path, env, depth + 1), ...classifyAtPath(node.right, path, env, depth + 1)];
    }
    if (ts.isConditionalExpression(node)) return [...classifyAtPath(node.whenTrue, path, env, depth + 1), ...classifyAtPath(node.whenFalse, path, env, depth + 1)];
    // `const [url, email] = ['/profile', email]`, a tuple handed to a callback.
    if (ts.isArrayLiteralExpression(node) && /^\d+$/.test(head)) {
      const element = node.elements[Number(head)];
      return element && !ts.isSpreadElement(element) && !ts.isOmittedExpression(element) ? classifyAtPath(element, rest, env, depth + 1) : [];
    }
    if (ts.isObjectLiteralExpression(node)) {
      const items: DataItem[] = [];
      for (const property of node.properties) {
        if (ts.isSpreadAssignment(property)) {
          items.push(...classifyAtPath(property.expression, path, env, depth + 1));
          continue;
        }
        if (!property.name || propertyNameText(property.name) !== head) continue;
        if (ts.isPropertyAssignment(property)) {
          const inner = classifyAtPath(property.initializer, rest, env, depth + 1);
          const initializer = unwrap(property.initializer);
          const keySpeaks = inner.length === 0 && rest.length === 0 && !isLiteral(initializer) && !describesData(initializer, classifier);
          items.push(...(keySpeaks ? classifyNamed(head, undefined, textOf(property.initializer)) : inner));
        } else if (ts.isShorthandPropertyAssignment(property)) {
          items.push(...classifyAtPath(property.name, rest, env, depth + 1));
        }
      }
      return items;
    }
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      if (declaration?.kind === 'parameter' && env) {
        const bound = lookup(env, declaration.node);
        if (bound) return classifyBound(bound, [...declaration.path, ...path], depth);
      }
      if (declaration?.kind === 'variable' && declaration.node.initializer) {
        return classifyAtPath(declaration.node.initializer, [...declaration.path, ...path], env, depth + 1);
      }
      const typedMember = unboundParameterMemberItems(node, path, `${textOf(value)}.${path.join('.')}`, env);
      if (typedMember.length > 0) return typedMember;
    }
    if (ts.isCallExpression(node) && head === '0' && isStateHook(node)) {
      // `const [form, setForm] = useState<CheckoutForm>(...)`: the state holds what its type (or initial object) says.
      const typeArgument = node.typeArguments?.[0];
      const typeNode = typeArgument ? declaredTypes.typeAtPath(typeArgument, rest) : undefined;
      const state = `${textOf(node.expression)}()`;
      if (typeNode) return declaredTypes.typeNodeItems(typeNode, state) ?? [];
      const initial = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
      if (initial && ts.isObjectLiteralExpression(initial) && rest.length === 0) {
        const keys = objectKeys(initial);
        return keys.flatMap((key) => classifyNamed(key, undefined, `${state}.${key}`, keys));
      }
      return initial ? classifyAtPath(initial, rest, env, depth + 1) : [];
    }
    if (ts.isCallExpression(node) && resolver.resolveExpression(unwrap(node.expression))?.type !== 'function') {
      const element = classifyCollectionCallAt(node, path, collectionHooks(env), depth);
      if (element !== undefined && element.length > 0) return element;
    }
    if (ts.isCallExpression(node)) {
      // `const { data: token } = await Notifications.getExpoPushTokenAsync()`: whatever is read out of a device API's result.
      const binding = resolver.resolveExpression(unwrap(node.expression));
      const fromDevice = deviceItems(node, binding);
      if (fromDevice.length > 0) return fromDevice;
      // `const { messages } = useChat(...)`: the conversation the person typed.
      if (binding && 'chain' in binding && holdsPersonContent(binding, head)) {
        const evidence: Evidence = { by: 'api', matched: textOf(node.expression), term: head, detail: 'what the person wrote, as the library keeps it' };
        return [item('user.content.private', 'medium', evidence, `${textOf(node.expression)}().${path.join('.')}`)];
      }
      // `const { encryptedBuffer, iv } = await encryptData(key, encoded)`: a project's own encrypting, encoding or
      // compressing helper hands back its input in another form, under whatever member it names the result.
      const helper = ts.isIdentifier(unwrap(node.expression)) ? (unwrap(node.expression) as ts.Identifier).text : undefined;
      if (binding?.type === 'function' && helper !== undefined && TRANSFORM_FUNCTIONS.test(helper)) {
        return CIPHER_PARAMETERS.test(path[path.length - 1]!) ? [] : node.arguments.flatMap((argument) => classifyValue(argument, env, depth + 1));
      }
      // `const [prefix] = hashParts(password)`: the member of what the project function returns, as far as it carries
      // what this call passed it; what the function adds itself (a signed header of the app's own key) is not the caller's.
      if (binding?.type === 'function' && depth < 10) {
        const viaParameter = env !== undefined && touchesOrigin(node, env);
        const returned = classifyReturnedAtPath(binding.fn, bindArguments(binding.fn, node.arguments, env, true), path, depth)
          .filter((found) => found.viaParameter)
          .map((found) => ({ ...found, viaParameter }));
        if (returned.length > 0) return returned;
      }
    }
    const parsed = schemaParseInput(node);
    if (parsed) {
      // `const { data } = schema.safeParse(input)`: the parsed data is the input; `schema.parse(input)` returns it.
      const inner = isSafeParse(node) ? (head === 'data' ? rest : undefined) : path;
      if (inner === undefined) return [];
      const items = classifyAtPath(parsed, inner, env, depth + 1);
      if (items.length > 0 || inner.length > 0) return items;
      return classifyParsed(node as ts.CallExpression, env, depth);
    }
    // `Events.SignInUser` of `const Events = { SignInUser: { name: 'user_signed_in' } }`: what the constant holds.
    const constant = ts.isPropertyAccessExpression(node) ? constantObjectOf(node) : undefined;
    if (constant !== undefined) return classifyAtPath(constant, path, env, depth + 1);
    if (ts.isCallExpression(node) || ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      // `const { email } = await getProfile()`: the name read out of the value is what it carries.
      const owner = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
      const last = path[path.length - 1]!;
      const expression = `${textOf(value)}.${path.join('.')}`;
      const viaParameter = env !== undefined && touchesOrigin(node, env);
      const readOwner = path[path.length - 2] ?? owner;
      const named = classifyNamed(last, readOwner, expression);
      const field = named.length === 0 && path.length === 1 && ts.isCallExpression(node) ? (hooks.dataModel?.rowFieldItems(node, last, expression) ?? []) : [];
      // `options.to` handed to a helper as `options` (`this.createMailData(options)`): the member of its message type.
      const addressed = named.length === 0 && field.length === 0 && path.length === 1 ? typedAddresseeItems(node, last, expression) : [];
      const read = named.length > 0 ? named : field.length > 0 ? field : addressed.length > 0 ? addressed : classifyByOrigin(last, readOwner, expression, node, env, depth);
      return read.map((found) => ({ ...found, viaParameter }));
    }
    return [];
  }

  function classifyMember(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string, env: Env | undefined, depth: number): DataItem[] {
    const base = unwrap(node.expression);
    if (isConfigRead(base)) return [];
    // `InjectModel(User.name)`, `new Logger(UsersService.name)`: a class's own name, written in code.
    if (name === 'name' && ts.isIdentifier(base) && resolver.resolveExpression(base)?.type === 'class') return [];
    // What a FileReader read is the content of the file it was given, when that is a file a person chose.
    if (name === 'result' && ts.isPropertyAccessExpression(node)) {
      const read = fileReaderBlobs(node).flatMap((blob) => classifyValue(blob, env, depth + 1)).filter(isChosenFileItem);
      if (read.length > 0) return read;
    }
    // `this.transform(providerData, message).body`, `const sms = this.transform(...)` then `sms.body`: a project
    // helper that merges the one message it is given hands back that message's data, whatever it does inside.
    if (ts.isPropertyAccessExpression(node) && MESSAGE_HOLDERS.has(name) && isBuiltMessage(node.expression)) {
      const merged = followToObjects(node, false);
      if (merged.length > 0) return merged.flatMap((literal) => classifyObject(literal, env, depth + 1, isAboutAddressee));
      const filled = filledMessageItems(node.expression, env, depth);
      if (filled.length > 0) return filled;
    }
    const constant = ts.isPropertyAccessExpression(node) ? constantObjectOf(node) : undefined;
    if (constant !== undefined) return classifyValue(constant, env, depth + 1);
    const browserValue = browserValueCategory(node, name);
    if (browserValue !== undefined) return [item(browserValue, 'medium', { by: 'api', matched: textOf(node), term: name, detail: 'read from the browser' }, textOf(node))];
    // `error.message`, `err.response`: an error's text carries what the call that threw was given; its `code` does not.
    if (ts.isIdentifier(base)) {
      const caughtFrom = caughtErrorOrigin(resolveIdentifier(base));
      if (caughtFrom) return ERROR_MEMBERS_WITH_INPUT.has(name) ? caughtErrorItems(caughtFrom, base.text, name, textOf(node), env, depth) : [];
    }
    const expression = textOf(node);
    // `xhr.send(this.form)`: what the class's methods appended to the form it keeps in a field. Those methods run
    // with their own arguments: a caller's only where the path came in through the method that filled the field (the
    // environment binds the parameters of the functions on the path, so no other method's are read as the caller's).
    if (base.kind === ts.SyntaxKind.ThisKeyword && ts.isPropertyAccessExpression(node)) {
      const filled = fieldMutationItems(node, collectionHooks(env), depth);
      if (filled.length > 0) return filled;
    }
    // A parameter bound to an object literal: read the property the caller really passed.
    if (env && ts.isIdentifier(base)) {
      const declaration = resolveIdentifier(base);
      if (declaration?.kind === 'parameter') {
        const bound = lookup(env, declaration.node);
        if (bound) {
          const argumentNodes = bound.args.map((argument) => unwrap(argument));
          if (declaration.path.length === 0 && argumentNodes.length === 1 && ts.isObjectLiteralExpression(argumentNodes[0]!)) {
            return classifyBound(bound, [name], depth);
          }
          const named = classifyNamed(name, base.text, expression);
          // A helper's parameter bound to what its caller got from further up (`formatKey(r)` over the wrapper's rows).
          if (named.length > 0) return named.map((found) => ({ ...found, viaParameter: bound.isOrigin || touchesOrigin(base, env) }));
          const whole = classifyBound(bound, [...declaration.path, name], depth);
          return whole;
        }
      }
    }
    if (name === 'data' && ts.isIdentifier(base)) {
      // `const parsed = schema.safeParse(values)`, then `parsed.data`: what was parsed.
      const declaration = resolveIdentifier(base);
      const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      const parsedCall = initializer ? unwrap(initializer) : undefined;
      if (parsedCall && isSafeParse(parsedCall) && schemaParseInput(parsedCall)) return classifyParsed(parsedCall as ts.CallExpression, env, depth);
    }
    if (ts.isIdentifier(base)) {
      // `input.name` of a tRPC procedure: the `.input()` schema says what it is, with its siblings (`{ name, bio }`).
      const declaration = resolveIdentifier(base);
      if (declaration?.kind === 'parameter' && !(env && boundTo(env, declaration.node))) {
        const schemaItems = declaredTypes.procedureInputItems(declaration.node, declaration.path, base.text);
        if (schemaItems !== undefined) return schemaItems.filter((found) => found.expression === `${base.text}.${name}`).map((found) => ({ ...found, expression }));
        // `(opts) => db.user.update({ data: opts.input })`
        if (declaration.path.length === 0 && ts.isIdentifier(declaration.node.name)) {
          const wholeInput = declaredTypes.procedureInputItems(declaration.node, [name], expression);
          if (wholeInput !== undefined) return wholeInput;
        }
      }
    }
    if (hooks.typedRequestRead && ts.isPropertyAccessExpression(node)) {
      const typed = hooks.typedRequestRead(node);
      if (typed.length > 0) return typed;
    }
    const owner = ownerName(base);
    const named = classifyNamed(name, owner, expression);
    if (named.length > 0) return env && touchesOrigin(base, env) ? named.map((found) => ({ ...found, viaParameter: true })) : named;
    const addressed = typedAddresseeItems(base, name, expression);
    if (addressed.length > 0) return addressed;
    const sent = ts.isPropertyAccessExpression(node) ? sentAddresseeItems(node, expression, env) : [];
    if (sent.length > 0) return sent;
    const handedTo = ts.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    if (handedTo?.kind === 'parameter' && handedTo.path.length === 0) {
      const handed = libraryCallbackItems(handedTo, name, expression);
      if (handed.length > 0) return handed;
    }
    // `me.id` of `const me = session.user`: the signed-in person's own id, name or picture.
    if (isPersonalOfPerson(name) && !classifier.isPersonObjectName(owner ?? '') && isSessionUser(base, depth)) {
      return classifyNamed(name, owner, expression, undefined, 'session');
    }
    // `body.message` of `const body = await req.json()`: free text says what it is by where it was read from.
    if (isFreeTextName(name)) {
      const read = classifyAtPath(base, [name], env, depth + 1).map((found) => ({ ...found, expression }));
      if (read.length > 0) return read;
    }
    if (classifier.isPersonObjectName(name)) {
      const expanded = expandWhole(node, name);
      return env && touchesOrigin(base, env) ? expanded.map((found) => ({ ...found, viaParameter: true })) : expanded;
    }
    // `userUuid.value` of a value object, `emailInput.value` of a form field: the value is what its holder is named,
    // unless it is stored under a property that names it (`user.email = username.value`: the column says it).
    if (name === 'value' && (ts.isIdentifier(base) || ts.isPropertyAccessExpression(base)) && !isStoredUnderProperty(node)) {
      const holder = ts.isIdentifier(base) ? classifyNamed(base.text, undefined, expression) : classifyNamed(base.name.text, ownerName(unwrap(base.expression)), expression);
      return env && touchesOrigin(base, env) ? holder.map((found) => ({ ...found, viaParameter: true })) : holder;
    }
    return [];
  }

  /** `req.to` logged by a function that also sends a message to `req.to`: the addressee the message API names. */
  function sentAddresseeItems(node: ts.Identifier | ts.PropertyAccessExpression, expression: string, env: Env | undefined): DataItem[] {
    // The message's own rules: a configured or literal address (`to: env.OPS_EMAIL`) is nobody's.
    if (isFixedReference(node) || identifiesThing(node, env) || holdsFixedValue(node, env, 0)) return [];
    const sent = hooks.sentAddressee?.(node);
    if (!sent) return [];
    const viaParameter = env !== undefined && touchesOrigin(node, env);
    return [item(sent.category, 'medium', { by: 'api', matched: expression, term: sent.category, detail: `also sent as the addressee of ${sent.api}` }, expression, viaParameter)];
  }

  /** `params.url` of an Auth.js e-mail provider's `sendVerificationRequest(params)`: what the library hands it (auth-callbacks.ts). */
  function libraryCallbackItems(declaration: Declaration, member: string, expression: string): DataItem[] {
    const category = verificationRequestMember(resolver, declaration, member);
    if (category === undefined) return [];
    return [item(category, 'high', { by: 'api', matched: expression, term: category, detail: 'Auth.js hands sendVerificationRequest the person signing in' }, expression)];
  }

  /** `options.to` of `options: SmsOptions`: the addressee of a message type, whoever the caller sends to. */
  function typedAddresseeItems(base: ts.Expression, name: string, expression: string): DataItem[] {
    const declaration = ts.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    if (declaration?.kind !== 'parameter' && declaration?.kind !== 'variable') return [];
    const declaredType = declaration.kind === 'parameter' ? declaredTypes.parameterTypeNode(declaration.node) : declaration.node.type;
    const typeNode = declaredType ? declaredTypes.typeAtPath(declaredType, declaration.path) : undefined;
    return typeNode ? declaredTypes.addresseeMemberItems(typeNode, name, expression) : [];
  }

  /** `user.email = username.value`, `{ email: username.value }`: a value stored under a property whose name says what it is. */
  function isStoredUnderProperty(node: ts.Expression): boolean {
    let value: ts.Node = node;
    while (ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isNonNullExpression(value.parent)) value = value.parent;
    const holder = value.parent;
    let key: string | undefined;
    if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken && holder.right === value && ts.isPropertyAccessExpression(holder.left)) key = holder.left.name.text;
    else if (ts.isPropertyAssignment(holder) && holder.initializer === value) key = propertyNameText(holder.name);
    return key !== undefined && classifier.classifyName(key) !== undefined;
  }

  function classifyObject(node: ts.ObjectLiteralExpression, env: Env | undefined, depth: number, include?: (property: ts.ObjectLiteralElementLike) => boolean): DataItem[] {
    const items: DataItem[] = [];
    const siblings = personRecord ? [...objectKeys(node), PERSON_RECORD] : objectKeys(node);
    for (const property of node.properties) {
      if (isThingRecordField(property)) continue;
      if (include && !include(property)) continue;
      if (ts.isSpreadAssignment(property)) {
        items.push(...classifyValue(property.expression, env, depth + 1));
      } else if (ts.isShorthandPropertyAssignment(property)) {
        if (vendorIdKeys?.has(property.name.text)) continue;
        const own = classifyIdentifier(property.name, env, depth + 1);
        const declaration = own.length > 0 ? undefined : resolveIdentifier(property.name);
        if (declaration && isKnownNonPersonal(declaration)) continue;
        const named = own.length > 0 ? own : classifyNamed(property.name.text, declaration ? destructuredThing(declaration) : undefined, property.name.text, siblings);
        items.push(...(named.length > 0 ? named : classifyByOrigin(property.name.text, undefined, property.name.text, property.name, env, depth + 1)));
      } else if (ts.isPropertyAssignment(property)) {
        const key = propertyNameText(property.name);
        const value = unwrap(property.initializer);
        if (isLiteral(value) || ts.isArrowFunction(value) || ts.isFunctionExpression(value)) continue;
        // `Authorization: \`Bearer ${process.env.API_KEY}\``: text built only from config names nobody.
        if (ts.isTemplateExpression(value) && isFixedReference(value)) continue;
        if (key !== undefined && vendorIdKeys?.has(key)) continue;
        const inner = classifyNestedValue(key, property.initializer, env, depth + 1);
        if (inner.length > 0) {
          items.push(...inner);
        } else if (key !== undefined && !ts.isObjectLiteralExpression(value) && !ts.isArrayLiteralExpression(value) && !describesData(value, classifier)) {
          // `{ customerId: CUSTOMER_ID }` of `const CUSTOMER_ID = 'cus_xxx'`: a constant names nobody, as its literal would not.
          if (ts.isIdentifier(value) && isFixedReference(value)) continue;
          // A value bound to a caller's argument is what the caller passed: if that says nothing, the key does not either.
          if (env !== undefined && touchesOrigin(value, env)) continue;
          const named = withoutRandomNames(classifyNamed(key, undefined, textOf(property.initializer), siblings), value);
          // `{ message: input }`: the key says the value is free text, and the value's origin whose.
          items.push(...(named.length > 0 ? named : classifyByOrigin(key, undefined, textOf(property.initializer), value, env, depth + 1)));
        }
      }
    }
    return items;
  }

  /**
   * A property's value: the vendor-id paths name properties from the argument down (`customerIdentifier.customerId`),
   * so under `key` only the rest of the paths that go through it hold.
   */
  function classifyNestedValue(key: string | undefined, expression: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    const outer = vendorIdKeys;
    const prefix = `${key}.`;
    const inner = key === undefined || outer === undefined ? [] : [...outer].filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length));
    const nested = inner.length > 0 ? new Set(inner) : undefined;
    if (nested === outer) return classifyValue(expression, env, depth);
    vendorIdKeys = nested;
    settingsNumber = -1;
    try {
      return classifyValue(expression, env, depth);
    } finally {
      vendorIdKeys = outer;
      settingsNumber = -1;
    }
  }

  function classifyBinary(node: ts.BinaryExpression, env: Env | undefined, depth: number): DataItem[] {
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.PlusToken:
        return [...classifyValue(node.left, env, depth + 1), ...classifyValue(node.right, env, depth + 1)];
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
        return classifyValue(node.right, env, depth + 1);
      default:
        return [];
    }
  }

  /** A key's text: a string literal, or the string a constant holds. */
  function keyText(key: ts.Expression): string | undefined {
    const node = unwrap(key);
    if (ts.isStringLiteralLike(node)) return node.text;
    const initializer = ts.isIdentifier(node) ? findInitializer(engine, node) : undefined;
    const constant = initializer ? unwrap(initializer) : undefined;
    return constant && ts.isStringLiteralLike(constant) ? constant.text : undefined;
  }

  function classifyCall(node: ts.CallExpression, env: Env | undefined, depth: number): DataItem[] {
    const callee = unwrap(node.expression);
    const args = node.arguments;
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const receiver = callee.expression;
      // The bytes of a file a person chose or uploaded are that file: `await file.arrayBuffer()`, `file.stream()`.
      if (FILE_CONTENT_METHODS.has(method) && args.length === 0) return classifyValue(receiver, env, depth + 1).filter(isChosenFileItem);
      // A buffer made of a value holds it: `Buffer.from(await file.arrayBuffer())`.
      if (ts.isIdentifier(receiver) && receiver.text === 'Buffer' && method === 'from' && !resolveIdentifier(receiver)) {
        return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
      }
      if (ts.isIdentifier(receiver) && (receiver.text === 'JSON' || receiver.text === 'Object' || receiver.text === 'Array') && !resolveIdentifier(receiver)) {
        if (receiver.text === 'Array' && method === 'from') return classifyArrayFrom(node, collectionHooks(env), depth);
        if (['stringify', 'parse', 'assign', 'freeze', 'fromEntries', 'from', 'of', 'entries', 'values'].includes(method)) {
          return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
        }
        return [];
      }
      if (schemaParseInput(node)) return isSafeParse(node) ? [] : classifyParsed(node, env, depth);
      if (resolver.resolveExpression(callee)?.type !== 'function') {
        const collected = classifyCollectionCall(node, collectionHooks(env), depth);
        if (collected !== undefined) return collected;
      }
      // Builders and key/value setters: `new Identify().set('email', v)`, `params.append('email', v)`.
      // The key may be a constant: `headers.set(HEADER_KEY_TOKEN, v)` with `const HEADER_KEY_TOKEN = 'Authorization'`.
      const key = args[0] ? keyText(args[0]) : undefined;
      if (KEYED_SETTERS.has(method) && key !== undefined && args[1]) {
        const fromValue = classifyValue(args[1], env, depth + 1);
        const own = fromValue.length > 0 ? fromValue : isLiteral(unwrap(args[1])) ? [] : classifyNamed(key, undefined, textOf(args[1]));
        return [...own, ...(ts.isPropertyAccessExpression(receiver) || ts.isCallExpression(unwrap(receiver)) || ts.isNewExpression(unwrap(receiver)) ? classifyValue(receiver, env, depth + 1) : [])];
      }
      // An SDK's request object built in place carries what its setters were given: `new EmailParams().setTo(to)`.
      if (isBuilderChainCall(node) && resolver.resolveExpression(callee)?.type !== 'function') {
        return [...args.flatMap((argument) => classifyValue(argument, env, depth + 1)), ...classifyValue(receiver, env, depth + 1)];
      }
      if ((method === 'get' || method === 'getAll') && args[0] && ts.isStringLiteralLike(args[0])) {
        return classifyRead(args[0].text, ownerName(unwrap(receiver)), textOf(node), receiver, env, depth + 1);
      }
      if (TRANSFORM_METHODS.has(method)) {
        const fromReceiver = classifyValue(receiver, env, depth + 1);
        if (method === 'join') return withoutObjectMembers(fromReceiver, joinedElements(receiver, env));
        if (fromReceiver.length > 0 || method !== 'update') return fromReceiver;
        return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
      }
      if (TRANSFORM_FUNCTIONS.test(method)) return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
    } else if (ts.isIdentifier(callee) && TRANSFORM_FUNCTIONS.test(callee.text)) {
      const binding = resolver.resolveExpression(callee);
      if (binding?.type !== 'function') return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
    }
    const binding = resolver.resolveExpression(callee);
    if (binding?.type === 'function' && depth < 10) return classifyReturn(binding.fn, node, env, depth);
    if (binding?.type === 'library' && args.length === 0 && isWholeFormRead(binding)) return wholeFormValues(binding, node);
    // `this.eventFactory.createEmailRequestedEvent(dto)` on a service injected under its interface: what the
    // implementing classes return.
    if (!binding && depth < 10) {
      const returned = resolver.implementationsOf(callee).flatMap((fn) => classifyReturn(fn, node, env, depth));
      if (returned.length > 0) return returned;
    }
    const uploaded = uploadedFileRead(node, binding, env, depth);
    if (uploaded.length > 0) return uploaded;
    const fromDevice = deviceItems(node, binding);
    if (fromDevice.length > 0) return fromDevice;
    // ORM factories hand back an entity made of their input: `repository.create(dto)`, `Model.build(doc)`.
    if (binding && isEntityFactory(binding)) return args.flatMap((argument) => classifyValue(argument, env, depth + 1));
    // `user.getEmail()`, `getPhoneNumber()`: an accessor's name says what it returns.
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    const getter = name ? /^get([A-Z].*)$/.exec(name)?.[1] : undefined;
    if (getter) return classifyNamed(getter, ts.isPropertyAccessExpression(callee) ? ownerName(unwrap(callee.expression)) : undefined, textOf(node));
    return [];
  }

  /**
   * A multipart parser keeps each uploaded file on disk and hands over its path (formidable's `filepath`, multer's
   * `path`, express-fileupload's `tempFilePath`): reading that path (`createReadStream(file.filepath)`,
   * `fs.readFile(file.path)`) reads what the person uploaded.
   */
  function uploadedFileRead(node: ts.CallExpression, binding: Binding | undefined, env: Env | undefined, depth: number): DataItem[] {
    if (binding?.type !== 'library' || !FS_MODULES.has(binding.module)) return [];
    const method = binding.chain[binding.chain.length - 1];
    const path = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    if (!method || !FILE_READERS.has(method) || !path || !ts.isPropertyAccessExpression(path) || !UPLOADED_FILE_PATHS.has(path.name.text)) return [];
    return classifyValue(path.expression, env, depth + 1).filter(isChosenFileItem);
  }

  /**
   * What an error caught from `origin` carries, logged whole or as its `member`: the data its echoing calls were given
   * where their errors show it, at low confidence.
   */
  function caughtErrorItems(origin: ts.Node, error: string, member: string | undefined, expression: string, env: Env | undefined, depth: number): DataItem[] {
    const items: DataItem[] = [];
    for (const echoing of throwingCalls(origin, (callee) => resolver.resolveExpression(callee))) {
      const { call, via } = echoing;
      let inner = env;
      const steps = via.map((step) => {
        inner = bindArguments(step.fn, step.call.arguments, inner, false);
        return toTraceStep(engine, step.call, `${error} may come from ${textOf(step.call.expression)}(), which passed it on`);
      });
      steps.push(
        toTraceStep(engine, call, ts.isNewExpression(call) ? `${error} may be the ${textOf(call.expression)} thrown here, whose text was built from it` : `${error} may be thrown by ${textOf(call.expression)}(), which received it`),
      );
      // What a project function reads for itself (a record it loads, its config) is not what the caught block gave it.
      const passed = via[0] ? new Set(via[0].call.arguments.flatMap((argument) => classifyValue(argument, env, depth + 1)).map((found) => found.category)) : undefined;
      // A transaction's error is that of the queries its callback runs on a `tx` privlint does not follow: what the
      // caught block passed in is what it may carry.
      const reached = isTransaction(call) && via[0]
        ? via[0].call.arguments.map((argument) => ({ argument, scope: env }))
        : echoedExpressions(echoing, member).map((argument) => ({ argument, scope: inner }));
      const reaching = reached.flatMap(({ argument, scope }) => classifyValue(argument, scope, depth + 1 + via.length));
      for (const found of reaching.filter((candidate) => passed === undefined || passed.has(candidate.category))) {
        items.push({ ...found, confidence: 'low', expression, trace: [...found.trace, ...steps] });
      }
    }
    return items;
  }

  function isTransaction(call: ts.CallExpression | ts.NewExpression): boolean {
    const callee = unwrap(call.expression);
    return ts.isPropertyAccessExpression(callee) && /^\$?transaction$/.test(callee.name.text);
  }

  /** What a project function returns, with its parameters bound to this call's arguments. */
  function classifyReturn(fn: FunctionLike, call: ts.CallExpression, env: Env | undefined, depth: number): DataItem[] {
    return classifyReturned(fn, bindArguments(fn, call.arguments, env, false), depth);
  }

  function collectionHooks(env: Env | undefined): CollectionHooks {
    return {
      classifyValue: (expression, depth) => classifyValue(expression, env, depth),
      // The element stands for the whole collection: what a row carries is what the rows carry.
      classifyCallbackReturns: (callback, element, depth) => classifyReturned(callback, { ...bindArguments(callback, [element], env, false), ...(env ? { outer: env } : {}), elements: true }, depth),
      classifyFold: (callback, receiver, initial, depth) => {
        const inner: Env = { ...bindArguments(callback, [initial ?? receiver, receiver], env, false), ...(env ? { outer: env } : {}) };
        return [...classifyReturned(callback, inner, depth), ...accumulatedValues(callback).flatMap((value) => classifyValue(value, inner, depth + 2))];
      },
      classifyCallbackReturnsAt: (callback, element, path, depth) => {
        const inner: Env = { ...bindArguments(callback, [element], env, false), ...(env ? { outer: env } : {}) };
        return returnedExpressions(callback).flatMap((returned) => classifyAtPath(returned, path, inner, depth + 2));
      },
      classifyValueAt: (expression, path, depth) => classifyAtPath(expression, path, env, depth),
      resolveCallback: (expression) => {
        const binding = resolver.resolveExpression(expression);
        return binding?.type === 'function' ? binding.fn : undefined;
      },
      classifyKeyed: (key, value, depth, siblings) => {
        const fromValue = classifyValue(value, env, depth);
        return fromValue.length > 0 || isLiteral(unwrap(value)) ? fromValue : classifyNamed(key, undefined, textOf(value), siblings);
      },
      // The file a person picked or took, whatever its fields are called; one at a fixed uri is the app's own.
      classifyFilePart: (part, uri, depth) => {
        const location = unwrap(uri);
        if (isFixedReference(location) || holdsFixedValue(location, env, depth)) return [];
        const evidence: Evidence = { by: 'api', matched: textOf(uri), term: 'FormData file part', detail: 'a local file sent as { uri, type, name }' };
        return [item('user.content.private', 'medium', evidence, textOf(part), env !== undefined && touchesOrigin(location, env))];
      },
    };
  }

  /** What a function returns, its parameters bound by `inner`. */
  function classifyReturned(fn: FunctionLike, inner: Env, depth: number): DataItem[] {
    return classifyReturnedAtPath(fn, inner, [], depth);
  }

  /** The member at `path` of what a function returns, its parameters bound by `inner`. */
  function classifyReturnedAtPath(fn: FunctionLike, inner: Env, path: readonly string[], depth: number): DataItem[] {
    if (!fn.body) return [];
    if (!ts.isBlock(fn.body)) return classifyAtPath(fn.body, path, inner, depth + 2);
    const items: DataItem[] = [];
    const visit = (child: ts.Node) => {
      if (ts.isReturnStatement(child) && child.expression) items.push(...classifyAtPath(child.expression, path, inner, depth + 2));
      else if (!isFunctionLike(child)) ts.forEachChild(child, visit);
    };
    ts.forEachChild(fn.body, visit);
    return items;
  }

  let typesAllowed = true;
  let limitReached = false;

  /** Whether a value was followed to MAX_VALUE_STEPS steps since the last call: what lies beyond is unknown, not clean. */
  function takeLimitReached(): boolean {
    const reached = limitReached;
    limitReached = false;
    return reached;
  }

  /** Runs `fn` with the type checker out of reach: gap hints must not pay for a program. */
  function withoutTypes<T>(fn: () => T): T {
    const previous = typesAllowed;
    typesAllowed = false;
    settingsNumber = -1;
    try {
      return fn();
    } finally {
      typesAllowed = previous;
      settingsNumber = -1;
    }
  }

  /** An object passed whole: expand it through its type; with no type known, nothing is claimed. */
  function expandWhole(node: ts.Expression, owner: string): DataItem[] {
    if (!typesAllowed) return [];
    const expanded = types.expandExpression(node, owner);
    if (!expanded) return [];
    const base = textOf(node);
    return expanded.map((property) =>
      item(property.category, property.confidence, { by: 'type', matched: property.matched, term: property.term, detail: `property of the type of \`${base}\`` }, `${base}.${property.path}`),
    );
  }

  // Whether the sink being classified writes to a database: a record read from it and saved back holds only its changes.
  let writesStore = false;
  let personRecord = false;
  // The record a write goes to when its name says a thing has it (`prisma.symbolProfile.update`): its fields are the thing's.
  let thingRecord: string | undefined;

  /** `countries`, `name`, `url` written to a security's `symbolProfile`: the thing's fields; `userId` there is still a person's. */
  function isThingRecordField(property: ts.ObjectLiteralExpression['properties'][number]): boolean {
    if (thingRecord === undefined || ts.isSpreadAssignment(property) || property.name === undefined) return false;
    const key = propertyNameText(property.name);
    return key !== undefined && classifier.classifyName(key, 'user') !== undefined && classifier.classifyName(key, thingRecord) === undefined;
  }
  // Keys of the sink's own argument object whose value is the recipient's id for a record it holds (Stripe's `customer`).
  let vendorIdKeys: ReadonlySet<string> | undefined;

  /**
   * Classifies the values of a sink; `record` is the model or table a database write names, `model` the model
   * definition it goes through (an opaque document written to it holds the model's fields).
   */
  function classifySinkValue(value: SinkValue, env: Env | undefined, site: Pick<SinkSite, 'record' | 'recordNode' | 'model'> & { sink?: Pick<SinkSite['sink'], 'kind'> } = {}): DataItem[] {
    const { record, model } = site;
    const previousWritesStore = writesStore;
    writesStore = site.sink?.kind === 'database';
    const previous = personRecord;
    const previousThingRecord = thingRecord;
    const previousVendorIdKeys = vendorIdKeys;
    vendorIdKeys = value.vendorIdKeys ? new Set(value.vendorIdKeys) : undefined;
    // The project's own model says whose record it is (a finance app's `Account` is not a person); else its name does.
    const described = hooks.dataModel?.siteModel(site);
    personRecord = described ? described.isPerson : record !== undefined && classifier.isPersonObjectName(record);
    thingRecord = record !== undefined && !personRecord && isPossessionOfThing(record) ? record : undefined;
    settingsNumber = -1;
    try {
      const own = classifySinkValueInRecord(value, env);
      const written = [...own, ...(hooks.dataModel?.recordItems(site, value, own, (node) => env !== undefined && touchesOrigin(node, env)) ?? [])];
      const all = described?.isOrganisation ? written.filter((found) => !isOrganisationsOwn(found, described)) : written;
      const items = value.lookup ? all.filter((found) => NAMES_WHO_IS_SOUGHT.test(found.category)) : all;
      if (items.length > 0 || !model || value.isKey) return items;
      const node = unwrap(value.expression);
      if (!isOpaqueValue(node) || isFixedReference(node)) return [];
      const viaParameter = env !== undefined && touchesOrigin(node, env);
      return (declaredTypes.modelItems(model, textOf(node)) ?? []).map((found) => ({ ...found, viaParameter }));
    } finally {
      writesStore = previousWritesStore;
      personRecord = previous;
      thingRecord = previousThingRecord;
      vendorIdKeys = previousVendorIdKeys;
      settingsNumber = -1;
    }
  }

  function classifySinkValueInRecord(value: SinkValue, env: Env | undefined): DataItem[] {
    if (value.builder) return handedBuilderItems(value.expression, env);
    if (value.event) return value.postedTo ? postedEventItems(value, env) : eventItems(value, env);
    if (value.fixed && value.category) {
      const term = value.collected ? 'collected by the vendor from the person' : 'device API';
      return [item(value.category, 'high', { by: 'api', matched: value.category, term }, ts.isCallExpression(value.expression) && value.expression.parent ? textOf(value.expression.expression) : '')];
    }
    if (value.isKey) {
      const node = value.paths ? undefined : unwrap(value.expression);
      const text = node && (ts.isStringLiteralLike(node) || ts.isIdentifier(node)) ? node.text : undefined;
      if (text === undefined) return value.paths ? classifyKeyAtPath(value.expression, value.paths) : [];
      const fromCaller = node && ts.isIdentifier(node) && env ? callerKeyItems(node, env) : [];
      if (fromCaller.length > 0) return fromCaller;
      let named = classifyNamed(text, undefined, text);
      // `localStorage.setItem(AUTH_TOKEN_KEY, token)` with `const AUTH_TOKEN_KEY = 'nv_auth_token'`: the key's text names it.
      const initializer = named.length === 0 && node && ts.isIdentifier(node) ? findInitializer(engine, node) : undefined;
      const constant = initializer ? unwrap(initializer) : undefined;
      if (constant && ts.isStringLiteralLike(constant)) named = classifyNamed(constant.text, undefined, text);
      return named.map((found) => ({ ...found, evidence: { ...found.evidence, detail: 'storage key' } }));
    }
    if (value.paths && value.category) return classifyAddressees(value.expression, value.paths, value.category, env, value.byApi === true, value.authored === true);
    const classified = value.paths ? classifyAtPaths(value.expression, value.paths, env) : value.field ? classifyWrittenField(value.expression, value.field, env, 0) : classifyValue(value.expression, env);
    const items = value.category ? classified.filter(isNotTypedAddressee) : classified;
    if (items.length > 0 || !value.category) return items;
    const node = unwrap(value.expression);
    if (isLiteral(node) || holdsFixedValue(node, env, 0)) return [];
    // What the API says a parameter holds, unless the code fixes it (`chat_id=${process.env.OPS_CHAT_ID}`, a monitor's id).
    if (value.byApi && (isFixedReference(node) || identifiesThing(node, env))) return [];
    const viaParameter = env !== undefined && touchesOrigin(node, env);
    return [item(value.category, 'medium', { by: 'api', matched: textOf(value.expression), term: value.category, detail: 'the API says what this argument is' }, textOf(value.expression), viaParameter)];
  }

  /**
   * The event an analytics call records (SinkValue.event), named by the caller when a wrapper passes it through
   * (`track(name) { posthog.capture(name) }` called as `track('Order Completed')`).
   */
  function eventItems(value: SinkValue, env: Env | undefined): DataItem[] {
    const written = eventAsWritten(value.expression, env);
    const node = written.node;
    const name = written.path.length === 0 ? eventName(node) : undefined;
    const category = value.category ?? (name === undefined ? 'user.behavior' : categoryOfEventName(name));
    const shown = written.path.length === 0 ? node : written.argument;
    const expression = name ?? (ts.isCallExpression(shown) && shown === unwrap(value.expression) ? textOf(shown.expression) : textOf(shown));
    return [item(category, 'medium', { by: 'api', matched: expression, term: 'analytics event', detail: 'an event the service ties to the person' }, expression, written.viaParameter)];
  }

  /** The event a caller hands through a posting wrapper to a telemetry path (SinkValue.postedTo). */
  function postedEventItems(value: SinkValue, env: Env | undefined): DataItem[] {
    const posted = postedEvent(value, env, lookup);
    if (!posted) return [];
    return eventItems({ expression: posted.event, event: true }, posted.env).map((found) => (posted.viaParameter && !found.viaParameter ? { ...found, viaParameter: true } : found));
  }

  /**
   * Where the caller wrote the event a wrapper passes on: through its parameters, also as a property of one
   * (`track(opts) { const { name, ...rest } = opts; op.track(name, rest) }` called as `track({ ...Events.SignUp, plan })`
   * or `track({ name: 'Signed Up' })`). `path` is what is still to be read from `node`; `argument` the caller's
   * argument as written, shown when the name itself is out of sight (a constant, a spread of another object).
   */
  function eventAsWritten(expression: ts.Expression, env: Env | undefined): { node: ts.Expression; path: string[]; argument: ts.Expression; viaParameter: boolean } {
    let node = unwrap(expression);
    let argument = node;
    let path: string[] = [];
    let scope = env;
    let viaParameter = false;
    for (let step = 0; step < MAX_VALUE_STEPS; step++) {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
        path = [node.name.text, ...path];
        node = unwrap(node.expression);
        continue;
      }
      if (ts.isObjectLiteralExpression(node) && path.length > 0) {
        const member = namedMember(node, path[0]!);
        if (!member) break;
        node = unwrap(member);
        path = path.slice(1);
        continue;
      }
      if (!ts.isIdentifier(node)) break;
      const declaration = resolveIdentifier(node);
      if (declaration?.kind === 'variable' && declaration.path.length > 0 && declaration.node.initializer) {
        path = [...declaration.path, ...path];
        node = unwrap(declaration.node.initializer);
        continue;
      }
      const bound = declaration?.kind === 'parameter' && scope ? lookup(scope, declaration.node) : undefined;
      if (!bound || bound.args.length !== 1 || declaration?.kind !== 'parameter') break;
      node = argument = unwrap(bound.args[0]!);
      path = [...declaration.path, ...path];
      scope = bound.env;
      viaParameter ||= bound.isOrigin;
    }
    return { node, path, argument, viaParameter };
  }

  /** What the caller's record builder assigns, for a builder the function was handed as `parameter` (SinkValue.builder). */
  function handedBuilderItems(parameter: ts.Expression, env: Env | undefined): DataItem[] {
    const node = unwrap(parameter);
    const declaration = ts.isIdentifier(node) ? resolveIdentifier(node) : undefined;
    const bound = declaration?.kind === 'parameter' && env ? lookup(env, declaration.node) : undefined;
    if (!bound || declaration?.kind !== 'parameter') return [];
    const items = bound.args
      .flatMap((argument) => functionsAt(argument, declaration.path, bound.env, 0))
      .flatMap(({ fn, env: builderEnv }) => recordBuilderWrites(fn).flatMap(({ value, field }) => (field ? classifyWrittenField(value, field, builderEnv, 1) : classifyValue(value, builderEnv, 1))));
    return bound.isOrigin ? items.map((found) => ({ ...found, viaParameter: true })) : items;
  }

  /**
   * A value a record builder writes to a field (`teamSearchHistory.term = raw.term`): what the value's own name says,
   * else what the field says of the record it belongs to, unless the value is fixed by the code (`m.kind = 'search'`).
   * A value a caller handed down is what that caller passed: if that says nothing, the field does not speak for it.
   */
  function classifyWrittenField(value: ts.Expression, field: RecordField, env: Env | undefined, depth: number): DataItem[] {
    const own = classifyValue(value, env, depth);
    if (own.length > 0) return own;
    const node = unwrap(value);
    if (isLiteral(node) || holdsFixedValue(node, env, 0) || (env !== undefined && touchesOrigin(node, env))) return [];
    return classifyNamed(field.name, field.record, textOf(value));
  }

  /** The functions `value.path` holds: a function written there, a named one, or one a caller handed down in turn. */
  function functionsAt(value: ts.Expression, path: readonly string[], env: Env | undefined, depth: number): { fn: FunctionLike; env: Env | undefined }[] {
    if (depth > MAX_VALUE_STEPS) return [];
    const node = unwrap(value);
    if (path.length === 0 && (ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return [{ fn: node, env }];
    if (ts.isObjectLiteralExpression(node) && path.length > 0) {
      const [head, ...rest] = path as [string, ...string[]];
      const property = node.properties.find((candidate) => candidate.name !== undefined && propertyNameText(candidate.name) === head);
      if (property && ts.isPropertyAssignment(property)) return functionsAt(property.initializer, rest, env, depth + 1);
      if (property && ts.isShorthandPropertyAssignment(property)) return functionsAt(property.name, rest, env, depth + 1);
      return property && ts.isMethodDeclaration(property) && rest.length === 0 ? [{ fn: property, env }] : [];
    }
    if (!ts.isIdentifier(node)) return [];
    const declaration = resolveIdentifier(node);
    if (declaration?.kind === 'function' && path.length === 0) return [{ fn: declaration.node, env }];
    if (declaration?.kind === 'variable' && declaration.node.initializer) return functionsAt(declaration.node.initializer, [...declaration.path, ...path], env, depth + 1);
    const bound = declaration?.kind === 'parameter' && env ? lookup(env, declaration.node) : undefined;
    if (!bound || declaration?.kind !== 'parameter') return [];
    return bound.args.flatMap((argument) => functionsAt(argument, [...declaration.path, ...path], bound.env, depth + 1));
  }

  function classifyAtPaths(expression: ts.Expression, paths: readonly string[], env: Env | undefined): DataItem[] {
    const node = unwrap(expression);
    const literal = ts.isObjectLiteralExpression(node) ? node : followToObject(node);
    if (!literal) return classifyValue(expression, env);
    return paths.flatMap((path) => classifyAtPath(literal, path.split('.'), env, 1));
  }

  /**
   * The addressee fields of a message (`to`, `Destination.ToAddresses`): a value that does not name itself is still the
   * API's category, unless it is written in code or read from configuration.
   */
  function classifyAddressees(expression: ts.Expression, paths: readonly string[], category: string, env: Env | undefined, byApi = false, authored = false): DataItem[] {
    const literals = objectsOf(unwrap(expression));
    if (literals.length === 0) return [];
    const items: DataItem[] = [];
    for (const path of paths) {
      for (const found of literals.flatMap((literal) => valuesAtPath(literal, path.split('.')))) {
        const own = classifyValue(found, env, 1).filter(isNotTypedAddressee);
        if (own.length > 0 && byApi) {
          // The endpoint says what the property holds (`To` of an e-mail send), whatever the value's name suggests.
          items.push({ ...own[0]!, category, evidence: { by: 'api', matched: textOf(found), term: category, detail: 'the API says what this property is' } });
          continue;
        }
        if (own.length > 0) {
          items.push(...own);
          continue;
        }
        const elements = ts.isArrayLiteralExpression(unwrap(found)) ? (unwrap(found) as ts.ArrayLiteralExpression).elements : [found];
        for (const element of elements) {
          const node = unwrap(element as ts.Expression);
          if (isFixedReference(node) || (authored && isComposedText(node)) || identifiesThing(node, env)) continue;
          if (ts.isPropertyAccessExpression(node) && isNotPassed(node, env)) continue;
          if (ts.isIdentifier(node) && isOptionalNotGiven(node, env)) continue;
          const viaParameter = env !== undefined && touchesOrigin(node, env);
          items.push(item(category, 'medium', { by: 'api', matched: textOf(node), term: category, detail: 'the API says what this argument is' }, textOf(node), viaParameter));
        }
      }
    }
    return items;
  }

  /**
   * Whether a value is a thing's identifier (`monitor.id`, `\`api_${workspace.id}\``), also when it is a wrapper's
   * parameter and that is what the caller passed (`identify({ userId: \`api_${workspace.id}\` })`).
   */
  function identifiesThing(node: ts.Expression, env: Env | undefined, depth = 0): boolean {
    if (isThingIdentifier(node)) return true;
    if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => identifiesThing(unwrap(span.expression), env, depth + 1));
    if (env === undefined || depth > MAX_VALUE_STEPS) return false;
    const base = ts.isPropertyAccessExpression(node) ? unwrap(node.expression) : node;
    const declaration = ts.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    const bound = declaration?.kind === 'parameter' && declaration.path.length === 0 ? lookup(env, declaration.node) : undefined;
    if (bound === undefined || bound.args.length !== 1) return false;
    const argument = unwrap(bound.args[0]!);
    if (base === node) return identifiesThing(argument, bound.env, depth + 1);
    if (!ts.isObjectLiteralExpression(argument)) return false;
    const key = (node as ts.PropertyAccessExpression).name.text;
    const passed = argument.properties.find((property) => ts.isPropertyAssignment(property) && propertyNameText(property.name) === key);
    return passed !== undefined && ts.isPropertyAssignment(passed) && identifiesThing(unwrap(passed.initializer), bound.env, depth + 1);
  }

  function valuesAtPath(literal: ts.ObjectLiteralExpression, path: readonly string[], depth = 0): ts.Expression[] {
    if (depth > MAX_VALUE_STEPS) return [];
    const [segment, ...rest] = path as [string, ...string[]];
    const { name: head, filter } = parsePathSegment(segment);
    const found: ts.Expression[] = [];
    for (const property of literal.properties) {
      // `{ ...basePayload, text }`: the spread object's properties are this one's.
      if (ts.isSpreadAssignment(property)) {
        found.push(...objectsOf(unwrap(property.expression)).flatMap((inner) => (inner === literal ? [] : valuesAtPath(inner, path, depth + 1))));
        continue;
      }
      if (!property.name || propertyNameText(property.name) !== head) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      if (!value) continue;
      if (filter) {
        for (const element of matchingElements(value, filter)) found.push(...(rest.length === 0 ? [element] : valuesAtPath(element, rest, depth + 1)));
        // A conversation handed over whole (`messages: await convertToModelMessages(body.messages)`, a history the
        // caller passes): its turns cannot be picked, and it holds the person's.
        if (isOpaqueList(value)) found.push(value);
      } else if (rest.length === 0) found.push(value);
      else found.push(...objectsOf(unwrap(value)).flatMap((inner) => valuesAtPath(inner, rest, depth + 1)));
    }
    return found;
  }

  /**
   * A list privlint cannot see the elements of: the result of a call (`convertToModelMessages(...)`, also kept in a
   * local) or a parameter. An array written in place, or a local holding one, has elements to pick from.
   */
  function isOpaqueList(value: ts.Expression): boolean {
    let node = unwrap(value);
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      if (declaration?.kind === 'parameter') return true;
      const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      if (!initializer) return false;
      node = unwrap(initializer);
    }
    return ts.isCallExpression(node);
  }

  /** The message objects a value holds: itself, or each element of a batch (`[{ to, body }]`, `messages: [{ destinations }]`). */
  function objectsOf(node: ts.Expression): ts.ObjectLiteralExpression[] {
    if (ts.isArrayLiteralExpression(node)) {
      return node.elements.flatMap((element) => (ts.isSpreadElement(element) || ts.isOmittedExpression(element) ? [] : objectsOf(unwrap(element))));
    }
    return followToObjects(node, true);
  }

  /**
   * The objects of an array written in place (or held in a local) whose `key` property is the literal `value`:
   * `messages[role=user]` picks the person's turns of a chat, not the app's own system prompt.
   */
  function matchingElements(value: ts.Expression, filter: { key: string; value: string }): ts.ObjectLiteralExpression[] {
    let node = unwrap(value);
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      if (initializer) node = unwrap(initializer);
    }
    if (!ts.isArrayLiteralExpression(node)) return [];
    return node.elements.flatMap((element) => {
      const object = followToObject(unwrap(element as ts.Expression));
      const matches = object?.properties.some((property) => {
        if (!ts.isPropertyAssignment(property) || propertyNameText(property.name) !== filter.key) return false;
        const literal = unwrap(property.initializer);
        return ts.isStringLiteralLike(literal) && literal.text === filter.value;
      });
      return object && matches ? [object] : [];
    });
  }

  /** Whether what is read out of `base` is a thing's, not a person's (`product.name`, `config.from`). */
  function isThingRead(base: ts.Expression): boolean {
    // `to: options.to` in a mail or SMS wrapper: the addressee its caller passed, unless the parameter holds settings.
    if (ts.isIdentifier(base) && resolveIdentifier(base)?.kind === 'parameter' && !CONFIGURATION_NAME.test(base.text)) return false;
    const owner = ownerName(base);
    return owner !== undefined && classifier.classifyName('email', owner) === undefined;
  }

  /** A literal, configuration (`process.env.X`, `config.alertsTo`, `env.ADMIN_EMAIL`) or a constant: not a person's. */
  function isFixedReference(node: ts.Expression): boolean {
    // `recipient.${index}@acme.example`: text built from constants and counters names nobody (a placeholder).
    if (isFixedValue(node) || ts.isTemplateExpression(node) && node.templateSpans.every((span) => isFixedReference(unwrap(span.expression)) || isCounter(unwrap(span.expression)))) return true;
    if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => isFixedReference(unwrap(element as ts.Expression)));
    // `env.ALERT_EMAILS.split(',')`: a method of a configured value.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return isFixedReference(unwrap(node.expression.expression));
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      if (isConfigRead(node)) return true;
      return isThingRead(unwrap(node.expression));
    }
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      if (declaration === undefined) return false;
      if (isConstant(declaration) || isRandomName(declaration)) return true;
      // `const { description } = product` reads the property as `product.description` does.
      const destructured = declaration.kind === 'variable' && declaration.path.length > 0 ? declaration.node.initializer : undefined;
      if (destructured !== undefined) return isThingRead(unwrap(destructured));
      // `const ADMINS = ['ops@acme.example', env.ONCALL]`
      const initializer = declaration.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      const list = declaration.kind === 'variable' && ts.isVariableDeclarationList(declaration.node.parent) && (declaration.node.parent.flags & ts.NodeFlags.Const) !== 0;
      return list && initializer !== undefined && ts.isArrayLiteralExpression(unwrap(initializer)) && isFixedReference(unwrap(initializer));
    }
    return false;
  }

  /**
   * Whether a cookie's name says it holds a sign-in (`session`, `sid`, `auth_token`), wherever the name is written: a
   * literal, a constant (its identifier and its text: `SESSION_COOKIE = 'portal_session'`), or the argument of a
   * wrapper's caller (`cookieStore.set(cookie.name, cookie.value)` called with `{ name: SESSION_COOKIE, value: token }`).
   */
  function namesSession(key: SinkValue, env: Env | undefined): boolean {
    const object = key.paths ? followToObject(unwrap(key.expression)) : undefined;
    const names = object && key.paths ? key.paths.flatMap((path) => valuesAtPath(object, path.split('.'))) : [key.expression];
    const words = names.flatMap((name) => keyWords(name, env, 0));
    return (words.some((word) => SESSION_WORDS.has(word)) || namesPrivateKey(words)) && !words.some((word) => NOT_SESSION_WORDS.has(word));
  }

  function keyWords(expression: ts.Expression, env: Env | undefined, depth: number): string[] {
    if (depth > 4) return [];
    const node = unwrap(expression);
    if (ts.isStringLiteralLike(node)) return tokenize(node.text);
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      if (declaration?.kind === 'parameter' && env) {
        const bound = lookup(env, declaration.node);
        if (bound && declaration.path.length === 0) return bound.args.flatMap((argument) => keyWords(argument, bound.env, depth + 1));
      }
      // A slot named by a constant of another module (`import { TOKEN_COOKIE } from './config'`) is named by its text.
      const initializer = findInitializer(engine, node);
      return [...tokenize(node.text), ...(initializer ? keyWords(initializer, env, depth + 1) : [])];
    }
    // `${server}-${E2E_PRIVATE_KEY}`, `${BASIC_AUTH_KEY}-${server}`: a slot per server, named by the parts around it.
    if (ts.isTemplateExpression(node)) {
      return [...tokenize(node.head.text), ...node.templateSpans.flatMap((span) => [...keyWords(span.expression, env, depth + 1), ...tokenize(span.literal.text)])];
    }
    if (ts.isPropertyAccessExpression(node)) {
      const found = objectsAt(unwrap(node.expression), env).flatMap(({ object, env: objectEnv }) =>
        valuesAtPath(object, [node.name.text]).flatMap((value) => keyWords(value, objectEnv, depth + 1)));
      return found.length > 0 ? found : tokenize(node.name.text);
    }
    return [];
  }

  /** Text the app writes around other values: a template, a concatenation, or a local holding one. */
  function isComposedText(node: ts.Expression): boolean {
    if (ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)) return true;
    if (!ts.isIdentifier(node)) return false;
    const declaration = resolveIdentifier(node);
    const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
    return initializer !== undefined && isComposedText(unwrap(initializer));
  }

  /**
   * `props.userId` in `setupAnalytics(props)` called as `setupAnalytics({})`: every caller here wrote the object in
   * place without that property, so the value is undefined, whatever the API calls it.
   */
  function isNotPassed(node: ts.PropertyAccessExpression, env: Env | undefined): boolean {
    const base = unwrap(node.expression);
    const declaration = env && ts.isIdentifier(base) ? resolveIdentifier(base) : undefined;
    const bound = declaration?.kind === 'parameter' && declaration.path.length === 0 ? lookup(env!, declaration.node) : undefined;
    if (!bound || bound.args.length === 0) return false;
    return bound.args.every((argument) => {
      const object = unwrap(argument);
      return ts.isObjectLiteralExpression(object) && object.properties.every((property) => !ts.isSpreadAssignment(property) && property.name !== undefined && propertyNameText(property.name) !== node.name.text);
    });
  }

  /** A wrapper's parameter its caller left out (`logger.error(message, error)` of `error(message, error, extra?, request?)`). */
  function isOptionalNotGiven(node: ts.Identifier, env: Env | undefined): boolean {
    const declaration = env ? resolveIdentifier(node) : undefined;
    const bound = declaration?.kind === 'parameter' && declaration.path.length === 0 ? lookup(env!, declaration.node) : undefined;
    return bound !== undefined && bound.args.length === 0;
  }

  /** Whether a wrapper's value is what its callers wrote in code (`setCookie({ name, value: '' })`), not data. */
  function holdsFixedValue(node: ts.Expression, env: Env | undefined, depth: number): boolean {
    if (!env || depth > 4) return false;
    if (isLiteral(node)) return true;
    if (ts.isIdentifier(node)) {
      const declaration = resolveIdentifier(node);
      const bound = declaration?.kind === 'parameter' && declaration.path.length === 0 ? lookup(env, declaration.node) : undefined;
      return bound !== undefined && bound.args.length > 0 && bound.args.every((argument) => isFixedReference(unwrap(argument)) || holdsFixedValue(unwrap(argument), bound.env, depth + 1));
    }
    if (!ts.isPropertyAccessExpression(node)) return false;
    if (isNotPassed(node, env)) return true;
    const found = objectsAt(unwrap(node.expression), env).flatMap(({ object, env: objectEnv }) =>
      valuesAtPath(object, [node.name.text]).map((value) => ({ value: unwrap(value), env: objectEnv })));
    return found.length > 0 && found.every(({ value, env: valueEnv }) => isFixedReference(value) || holdsFixedValue(value, valueEnv, depth + 1));
  }

  /** The object literals an expression may hold, following a wrapper's parameter to its callers' arguments. */
  function objectsAt(node: ts.Expression, env: Env | undefined): { object: ts.ObjectLiteralExpression; env: Env | undefined }[] {
    if (ts.isIdentifier(node) && env) {
      const declaration = resolveIdentifier(node);
      const bound = declaration?.kind === 'parameter' && declaration.path.length === 0 ? lookup(env, declaration.node) : undefined;
      if (bound) return bound.args.flatMap((argument) => objectsAt(unwrap(argument), bound.env));
    }
    const elements = arrayElementsOf(node);
    if (elements) return elements.flatMap((element) => objectsAt(unwrap(element), env));
    const object = followToObject(node);
    return object ? [{ object, env }] : [];
  }

  /** The elements of an array literal written in place or held by a variable (`const parts = [{ uri, type }]`). */
  function arrayElementsOf(node: ts.Expression): readonly ts.Expression[] | undefined {
    if (ts.isArrayLiteralExpression(node)) return node.elements.some(ts.isSpreadElement) ? undefined : node.elements;
    if (!ts.isIdentifier(node)) return undefined;
    const declaration = resolveIdentifier(node);
    const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
    return initializer && ts.isArrayLiteralExpression(unwrap(initializer)) ? arrayElementsOf(unwrap(initializer)) : undefined;
  }

  function classifyKeyAtPath(expression: ts.Expression, paths: readonly string[]): DataItem[] {
    const literal = followToObject(unwrap(expression));
    if (!literal) return [];
    const items: DataItem[] = [];
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property) || !property.name || !paths.includes(propertyNameText(property.name) ?? '')) continue;
      const value = unwrap(property.initializer);
      if (ts.isStringLiteralLike(value)) items.push(...classifyNamed(value.text, undefined, value.text));
    }
    return items;
  }

  /** The object literal a value was built from, when there is exactly one (see followToObjects). */
  function followToObject(node: ts.Expression, acrossReturns = false): ts.ObjectLiteralExpression | undefined {
    const literals = followToObjects(node, acrossReturns);
    return literals.length === 1 ? literals[0] : undefined;
  }

  /**
   * The object literals a value was built from. `acrossReturns` also follows a project helper to the literals it
   * returns (`this.createMailData(options)`, one per return): only for reading an addressee, since the helper's own
   * parameters are not bound there.
   */
  function followToObjects(node: ts.Expression, acrossReturns: boolean, depth = 0): ts.ObjectLiteralExpression[] {
    if (depth > 6) return [];
    if (ts.isObjectLiteralExpression(node)) return [node];
    // A request body serialised in place: `body: JSON.stringify({ to, subject })`, a form body `qs.stringify(message)`.
    if (ts.isCallExpression(node) && node.arguments.length >= 1 && isSerialiser(node.expression)) return followToObjects(unwrap(node.arguments[0]!), acrossReturns, depth + 1);
    // `client.send(new SendEmailCommand({ Destination }))`: a command built from an object (`new PublishCommand(params)`).
    if (ts.isNewExpression(node) && node.arguments?.length === 1) return followToObjects(unwrap(node.arguments[0]!), acrossReturns, depth + 1);
    // `this.transform(providerData, message).body`, `const sms = this.transform(...)` then `sms.body`: a project helper
    // that merges the message it is given, or builds it (`this.createMailData(options)`).
    const built = ts.isPropertyAccessExpression(node) ? followToHelperCall(unwrap(node.expression)) : followToHelperCall(node);
    if (built.length > 0) return built;
    if (!ts.isIdentifier(node)) return [];
    const declaration = resolveIdentifier(node);
    if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return [];
    return followToObjects(unwrap(declaration.node.initializer), acrossReturns, depth + 1);

    function followToHelperCall(target: ts.Expression): ts.ObjectLiteralExpression[] {
      let call = target;
      if (ts.isIdentifier(call)) {
        const declaration = resolveIdentifier(call);
        if (declaration?.kind === 'variable' && declaration.path.length === 0 && declaration.node.initializer) call = unwrap(declaration.node.initializer);
      }
      if (!ts.isCallExpression(call)) return [];
      const binding = resolver.resolveExpression(unwrap(call.expression));
      if (binding?.type !== 'function') return [];
      const given = call.arguments.map((argument) => followToObjects(unwrap(argument), acrossReturns, depth + 1).filter((literal) => literal.properties.length > 0));
      const messages = given.filter((literals) => literals.length > 0);
      if (messages.length === 1) return messages[0]!;
      if (messages.length > 1 || !acrossReturns) return [];
      return returnedExpressions(binding.fn).flatMap((returned) => followToObjects(returned, acrossReturns, depth + 1));
    }
  }

  /**
   * Whether a property of a message a provider builds may carry its addressee's data: not the sender (`from`,
   * `senderName`), nor what the provider was configured with (`user: this.config.username`, `options.from ||
   * this.config.from`).
   */
  function isAboutAddressee(property: ts.ObjectLiteralElementLike): boolean {
    const key = property.name ? propertyNameText(property.name) : undefined;
    if (key !== undefined && SENDER_KEY.test(key)) return false;
    const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    return value === undefined || !readsConfiguration(value);
  }

  /**
   * What a project helper built right there: the result of a call of a synchronous project function, or a local
   * holding one (`const sms = this.transform(...)`). A call that is awaited or of an async function does I/O, and what
   * it returns (`(await api.post({ email })).data`) is a response, not the message it was given.
   */
  function isBuiltMessage(expression: ts.Expression): boolean {
    return builtMessageCall(expression) !== undefined;
  }

  function builtMessageCall(expression: ts.Expression): ts.CallExpression | undefined {
    let call: ts.Expression = skipTypeWrappers(expression);
    if (ts.isIdentifier(call)) {
      const declaration = resolveIdentifier(call);
      const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      if (!initializer) return undefined;
      call = skipTypeWrappers(initializer);
    }
    if (!ts.isCallExpression(call)) return undefined;
    const binding = resolver.resolveExpression(unwrap(call.expression));
    if (binding?.type !== 'function') return undefined;
    const isAsync = (ts.getModifiers(binding.fn as ts.HasModifiers) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
    return isAsync ? undefined : call;
  }

  /**
   * A message the helper merged that was not written as a literal: one the provider filled property by property
   * (`const email: any = {}; email.to = options.to; this.transform(data, email).body`) holds what was set on it; the
   * provider's own options passed whole (`this.transform(data, options).body`) hold what their declared type says;
   * one another helper built (`this.transform(data, this.createMailData(options)).body`) what that helper returns.
   */
  function filledMessageItems(expression: ts.Expression, env: Env | undefined, depth: number): DataItem[] {
    const call = builtMessageCall(expression);
    if (!call) return [];
    return call.arguments.flatMap((argument) => {
      const given = unwrap(argument);
      if (ts.isCallExpression(given)) return classifyValue(given, env, depth + 1);
      const declaration = ts.isIdentifier(given) ? resolveIdentifier(given) : undefined;
      if ((declaration?.kind !== 'variable' && declaration?.kind !== 'parameter') || declaration.path.length > 0) return [];
      const initializer = declaration.kind === 'variable' && declaration.node.initializer ? skipTypeWrappers(declaration.node.initializer) : undefined;
      const isFilled = initializer !== undefined && isBlankObject(initializer);
      const isBuilt = initializer !== undefined && ts.isCallExpression(ts.isAwaitExpression(initializer) ? skipTypeWrappers(initializer.expression) : initializer);
      if (!isFilled && !isBuilt && declaration.kind !== 'parameter') return [];
      // The sender (`senderName`, `from`) of the options is the app's own identity, not its addressee's.
      return classifyValue(given, env, depth + 1).filter((found) => !SENDER_KEY.test(found.expression.split('.').pop() ?? ''));
    });
  }

  /** Whether an expression reads a parameter bound by the outermost caller. */
  function touchesOrigin(node: ts.Node, env: Env): boolean {
    let found = false;
    const visit = (child: ts.Node) => {
      if (found) return;
      if (ts.isIdentifier(child)) {
        const declaration = resolveIdentifier(child);
        if (declaration?.kind === 'parameter') {
          const bound = boundTo(env, declaration.node);
          if (bound && (bound.isOrigin || (bound.env && bound.args.some((argument) => touchesOrigin(argument, bound.env!))))) found = true;
        }
        return;
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    return found;
  }

  /** What a device API call returns: a push token, a device id, a position, the clipboard. */
  function deviceItems(call: ts.CallExpression, binding: ReturnType<BindingResolver['resolveExpression']>): DataItem[] {
    if (!binding || !('chain' in binding)) return [];
    const api = textOf(call.expression);
    return getDeviceCategories(binding, call).map((category) => item(category, 'high', { by: 'api', matched: api, term: 'device API' }, api));
  }

  /**
   * What a schema parse returns: the input as it says, or, when the input says nothing itself
   * (`schema.safeParse(Object.fromEntries(formData))`), the personal fields the schema describes.
   */
  function classifyParsed(call: ts.CallExpression, env: Env | undefined, depth: number): DataItem[] {
    const input = schemaParseInput(call);
    if (!input) return [];
    const items = classifyValue(input, env, depth + 1);
    // An object written right there says what it holds (`Payload.parse({ alert_uid: `monitor-${monitor.id}` })`), and a
    // record written out in code is sample data (`orderSchema.parse({ customer: { first_name: 'John' } })`), whatever
    // the schema says its fields are.
    if (items.length > 0 || ts.isObjectLiteralExpression(unwrap(input)) || isWrittenOut(unwrap(input))) return items;
    const schema = (unwrap(call.expression) as ts.PropertyAccessExpression).expression;
    const owner = declaredTypes.schemaOwner(schema);
    const viaParameter = env !== undefined && touchesOrigin(input, env);
    return declaredTypes.schemaShapes(schema).flatMap((shape) => declaredTypes.shapeItems(shape, owner, textOf(input))).map((found) => ({ ...found, viaParameter }));
  }

  /** The input of `schema.parse(input)`, `schema.safeParse(input)` (and their async forms) of a schema written in the project. */
  function schemaParseInput(node: ts.Expression): ts.Expression | undefined {
    if (!ts.isCallExpression(node) || node.arguments.length === 0) return undefined;
    const callee = unwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !SCHEMA_PARSE_METHODS.has(callee.name.text)) return undefined;
    return declaredTypes.schemaShapes(callee.expression).length > 0 ? node.arguments[0] : undefined;
  }

  /** The expressions a sink value holds at its paths (`to` of `{ from, to: req.to }`), as written. */
  function valuesAtPaths(value: SinkValue): ts.Expression[] {
    const paths = value.paths ?? [];
    return objectsOf(unwrap(value.expression)).flatMap((literal) => paths.flatMap((path) => valuesAtPath(literal, path.split('.'))));
  }

  return { classifyValue, classifySinkValue, storedRequestBytes, loggedRequestBody, namesSession, touchesOrigin, withoutTypes, takeLimitReached, readsOfPath, valuesAtPaths };
}

// What holds the signed-in session (`session.user`, Passport's `req.user`, tRPC's `ctx.user`, SvelteKit's `locals.user`).
const SESSION_HOLDERS = /^(session|serverSession|currentSession|req|request|ctx|context|locals)$/;
// Calls that return the session (`auth()`, `getServerSession(authOptions)`, `useSession().data`) or the signed-in user.
const SESSION_CALLS = /^(auth|getServerSession|getSession|unstable_getServerSession|getServerAuthSession|getAuthSession)$/;
const SESSION_USER_CALLS = /^(currentUser|getCurrentUser|getSessionUser|getSignedInUser)$/;

function isStateHook(call: ts.CallExpression): boolean {
  const name = calledName(call);
  return name === 'useState' || name === 'useLocalStorage' || name === 'useSessionStorage';
}

const SCHEMA_PARSE_METHODS = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync']);

function isSafeParse(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = unwrap(node.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text.startsWith('safeParse');
}

/** `new User()`, `{}`: an object the code fills property by property afterwards. */
function isBlankObject(node: ts.Expression): boolean {
  return (ts.isNewExpression(node) && (node.arguments?.length ?? 0) === 0) || (ts.isObjectLiteralExpression(node) && node.properties.length === 0);
}

/** A value whose shape the caller did not spell out: a variable, a property read, a call result. */
// Methods that read a stored record back: `findOne`, `findOneByUuid`, `getById`, `loadInvitation`.
const STORED_READ = /^(find|get|load|fetch|read)(One|First|Unique|By|$)/;

/** `invitation` of `const invitation = await this.repository.findOneByUuidAndStatus(uuid, status)`: a stored record read back. */
function isStoredRecordRead(node: ts.Expression): boolean {
  if (!ts.isIdentifier(node)) return false;
  const declaration = resolveIdentifier(node);
  if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return false;
  const read = unwrap(declaration.node.initializer);
  if (!ts.isCallExpression(read)) return false;
  const callee = unwrap(read.expression);
  return ts.isPropertyAccessExpression(callee) && STORED_READ.test(callee.name.text);
}

function isOpaqueValue(node: ts.Expression): boolean {
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node);
}

/** A literal, a template without substitutions, or deployment config (`process.env.X ?? 'fallback'`). */
/** An object or array literal whose every leaf is a literal: a record written out in code. */
function isWrittenOut(node: ts.Expression): boolean {
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((property) => ts.isPropertyAssignment(property) && isWrittenOut(unwrap(property.initializer)));
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => !ts.isSpreadElement(element) && isWrittenOut(unwrap(element)));
  return isLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand));
}

function isFixedValue(node: ts.Expression): boolean {
  if (isLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && isConfigRead(node)) return true;
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return isFixedValue(unwrap(node.left)) && isFixedValue(unwrap(node.right));
  }
  return false;
}

const METADATA_TOKENS = new Set(['count', 'counts', 'total', 'num', 'has', 'is', 'verified', 'enabled', 'disabled', 'flag', 'status', 'type', 'length', 'size', 'index', 'idx', 'template', 'config', 'env']);

/**
 * Whether a value is metadata about data rather than data: `avatars: profile.avatarCount`, `phone: user.hasPhone`,
 * `id: process.env.CUSTOMER_ID`. Then the key's name does not make it personal.
 */
function describesData(value: ts.Expression, classifier: Engine['classifier']): boolean {
  if (isConfigRead(value)) return true;
  // `ownerUuid: payload.sharedVaultUuid`, `userId: \`api_${workspace.id}\``: the value says it identifies a thing.
  if (isThingIdentifier(value)) return true;
  if (ts.isTemplateExpression(value)) return value.templateSpans.every((span) => isThingIdentifier(unwrap(span.expression)));
  // `username: proxyURL.username || undefined`, `password: url.password ? '******' : undefined`: the value is what its
  // parts are; a literal among them says nothing, so the key does not speak for them.
  const parts = ts.isConditionalExpression(value) ? [value.whenTrue, value.whenFalse] : ts.isBinaryExpression(value) && FALLBACK_OPERATORS.has(value.operatorToken.kind) ? [value.left, value.right] : undefined;
  if (parts !== undefined) return parts.every((part) => isLiteral(unwrap(part)) || describesData(unwrap(part), classifier));
  // `street: store.street`: the owner already said this is not a person's street; `'x-auth-token': this.config.token`
  // reads a setting, whatever the key says.
  if (ts.isPropertyAccessExpression(value) && classifier.classifyName(value.name.text) !== undefined) return true;
  // A parameter's member is what the caller passed (`phoneNumber: options.to` of `send(options)`): its key still speaks.
  if (ts.isPropertyAccessExpression(value) && isThingOwner(ownerName(unwrap(value.expression)) ?? '') && !isParameter(unwrap(value.expression))) return true;
  const name = ts.isIdentifier(value) ? value.text : ts.isPropertyAccessExpression(value) ? value.name.text : undefined;
  if (ts.isPropertyAccessExpression(value) && isConfigRead(unwrap(value.expression))) return true;
  if (ts.isPrefixUnaryExpression(value) || (ts.isBinaryExpression(value) && value.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && value.operatorToken.kind !== ts.SyntaxKind.BarBarToken && value.operatorToken.kind !== ts.SyntaxKind.PlusToken)) return true;
  return name !== undefined && tokenize(name).some((token) => METADATA_TOKENS.has(token));
}

function isParameter(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && resolveIdentifier(node)?.kind === 'parameter';
}

function isThingIdentifier(value: ts.Expression): boolean {
  if (ts.isIdentifier(value)) return isThingIdentifierName(value.text, undefined);
  return ts.isPropertyAccessExpression(value) && isThingIdentifierName(value.name.text, ownerName(unwrap(value.expression)));
}

/** A name for deployment settings (`config`, `mailSettings`, `env`): what it holds is configured, not a person's. */
const CONFIGURATION_NAME = /(^|[a-z_])(config|configuration|conf|cfg|settings|env|environment|secrets?|credentials|constants|defaults)$/i;

/** `process.env.X`, `import.meta.env.X`: deployment configuration, never data about a person. */
function isConfigRead(node: ts.Expression): boolean {
  const text = ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ? node.expression.getText() : node.getText();
  return /^(process\.env|import\.meta\.env)$/.test(text) || /^(process\.env|import\.meta\.env)$/.test(node.getText());
}

/** A message's sender, in the vendors' spellings: the app's own identity, not its addressee's. */
const SENDER_KEY = /^(from|sender|source|originator)(_?(name|email|address|number|id))?$|^(from|sender)[A-Z_]/i;

/** Whether an expression reads a configuration object anywhere: `this.config.from`, `settings.apiKey`, `config.userId`. */
function readsConfiguration(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) {
    const owner = unwrap(node.expression);
    const ownerName = ts.isIdentifier(owner) ? owner.text : ts.isPropertyAccessExpression(owner) && owner.expression.kind === ts.SyntaxKind.ThisKeyword ? owner.name.text : undefined;
    if (ownerName !== undefined && CONFIGURATION_NAME.test(ownerName)) return true;
  }
  return ts.forEachChild(node, (child) => (readsConfiguration(child) ? true : undefined)) ?? false;
}

/** An expression without its parentheses and type assertions, keeping an `await` (which unwrap drops). */
function skipTypeWrappers(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current) || ts.isTypeAssertionExpression(current)) current = current.expression;
  return current;
}

/** The member of a helper's result that holds the message it was given (`this.transform(data, message).body`). */
const MESSAGE_HOLDERS = new Set(['body', 'data', 'payload', 'params', 'message']);
const ORM_MODULES = new Set(['typeorm', 'sequelize', 'sequelize-typescript', 'mongoose', '@mikro-orm/core', 'class-transformer']);

/** `repository.create(dto)` of an ORM, or of a receiver named like a repository when its type cannot be resolved. */
function isEntityFactory(binding: NonNullable<ReturnType<BindingResolver['resolveExpression']>>): boolean {
  if (binding.type !== 'library' && binding.type !== 'unknown') return false;
  if (!ENTITY_FACTORIES.has(binding.chain[binding.chain.length - 1] ?? '')) return false;
  if (binding.type === 'library') return ORM_MODULES.has(binding.module);
  const receiver = binding.chain[binding.chain.length - 2] ?? binding.root;
  return /(repo|repository|model|manager|em)$/i.test(receiver);
}

/** Keys of an object literal, for sibling context. */
export function objectKeys(node: ts.ObjectLiteralExpression): string[] {
  return node.properties.flatMap((property) => {
    const name = property.name ? propertyNameText(property.name) : undefined;
    return name ? [name] : [];
  });
}

/** The names declared beside a variable or parameter: the same destructuring pattern, or the same parameter list. */
export function declarationSiblings(declaration: Declaration): string[] | undefined {
  if (declaration.kind === 'parameter') {
    return declaration.fn.parameters.flatMap((parameter) => bindingNames(parameter.name));
  }
  if (declaration.kind === 'variable' && !ts.isIdentifier(declaration.node.name)) return bindingNames(declaration.node.name);
  return undefined;
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => {
    if (ts.isOmittedExpression(element)) return [];
    const key = element.propertyName ? propertyNameText(element.propertyName) : undefined;
    return key ? [key] : bindingNames(element.name);
  });
}

const ARGUMENT_BAG_WORDS: ReadonlySet<string> = new Set(['options', 'opts', 'params', 'args', 'props', 'input', 'dto', 'data', 'payload', 'request', 'body']);

/**
 * The thing a destructured name belongs to, by the declared type it is destructured from:
 * `{ name, countries }: Prisma.SymbolProfileUpdateInput`, `{ name }: UpdateAssetProfileDto` read a thing's properties.
 */
function destructuredThing(declaration: Declaration): string | undefined {
  if ((declaration.kind !== 'parameter' && declaration.kind !== 'variable') || declaration.path.length !== 1) return undefined;
  const type = declaration.node.type;
  if (type === undefined || !ts.isTypeReferenceNode(type)) return undefined;
  const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  // A bag of a person's fields is theirs whatever word ends it (`{ name, email }: UpdateCustomerOptions`); an asset's
  // profile stays the asset's (`UpdateAssetProfileDto`).
  const tokens = tokenize(name);
  while (tokens.length > 1 && ARGUMENT_BAG_WORDS.has(tokens[tokens.length - 1]!)) tokens.pop();
  const subject = tokens.join('_');
  if (isPersonObjectName(subject) && !isThingOwner(subject)) return undefined;
  return isThingOwner(name) ? name : undefined;
}

// Array methods that call their first argument with each element of the receiver.
const ITERATING_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);

export function bindArguments(fn: FunctionLike, args: readonly ts.Expression[], env: Env | undefined, isOrigin: boolean): Env {
  const bindings: Env['bindings'] = new Map();
  // A declared `this` parameter (`static createWithCtx(this: ModelStatic<M>, ctx, values)`) takes no argument.
  const parameters = fn.parameters.filter((parameter) => !(ts.isIdentifier(parameter.name) && parameter.name.text === 'this'));
  parameters.forEach((parameter, index) => {
    const bound = parameter.dotDotDotToken ? args.slice(index) : args[index] ? [args[index]!] : [];
    bindings.set(parameter, { args: bound, env });
  });
  return { bindings, isOrigin, serial: ++envsMade };
}

export function ownerName(node: ts.Expression): string | undefined {
  const base = unwrap(node);
  if (ts.isIdentifier(base)) return base.text;
  if (ts.isPropertyAccessExpression(base)) {
    // `assetProfile.summaryProfile.country`: a profile (or account, details) that a thing holds is that thing's.
    if (isPossessedNoun(base.name.text)) {
      const holder = ownerName(base.expression);
      if (holder !== undefined && isThingOwner(holder)) return holder;
    }
    return base.name.text;
  }
  if (ts.isElementAccessExpression(base) && ts.isStringLiteralLike(base.argumentExpression)) return base.argumentExpression.text;
  if (ts.isCallExpression(base)) {
    const callee = unwrap(base.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    return name?.replace(/^(get|use|load|fetch|find)(?=[A-Z])/, '');
  }
  if (base.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

export function isLiteral(node: ts.Node): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isNumericLiteral(node) ||
    ts.isBigIntLiteral(node) ||
    ts.isRegularExpressionLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(node) && node.text === 'undefined') ||
    (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand))
  );
}

export type ValueClassifier = ReturnType<typeof createValueClassifier>;

/** What a function returns (`createMailData(options)` building a message): each returned expression. */
function returnedExpressions(fn: FunctionLike): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [unwrap(fn.body)];
  const returned: ts.Expression[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isReturnStatement(child) && child.expression) returned.push(unwrap(child.expression));
    else if (!isFunctionLike(child)) ts.forEachChild(child, visit);
  };
  ts.forEachChild(fn.body, visit);
  return returned;
}

/** `JSON.stringify(x)`, `qs.stringify(x)`, `querystring.stringify(x)`: the object, serialised for a request body. */
function isSerialiser(callee: ts.Expression): boolean {
  const node = unwrap(callee);
  return ts.isPropertyAccessExpression(node) && node.name.text === 'stringify' && ts.isIdentifier(node.expression) && /^(JSON|qs|querystring)$/.test(node.expression.text);
}

/**
 * `[label, error, msg].join(',')`: an element that is an object becomes "[object Object]", so what was found in its
 * members (`msg.broadcast.user_id` of an element `msg`) is not in the text; an element that is the value itself is.
 */
function withoutObjectMembers(items: DataItem[], elements: readonly ts.Expression[] | undefined): DataItem[] {
  if (!elements) return items;
  const texts = elements.map((element) => textOf(element));
  const isMemberRead = (expression: string) => texts.some((text) => expression.startsWith(`${text}.`) || expression.startsWith(`${text}?.`) || expression.startsWith(`${text}[`));
  return items.filter((item) => texts.includes(item.expression) || !isMemberRead(item.expression));
}
