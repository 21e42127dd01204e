import { ts } from './typescript.js';
import type { Finding, Gap, Sink, TraceStep } from '../model.js';
import { CONFIDENCE_RANK } from '../model.js';
import type { Binding, BindingResolver, SettledAnswers } from './bindings.js';
import type { CallerBlindMemo, CallerClassification } from './caller-blind.js';
import { nodeKey } from './caller-blind.js';
import type { CatalogIndex } from './catalog-match.js';
import { matchCatalogCall, toRecipient as catalogRecipient } from './catalog-match.js';
import { startedByComponent } from './auto-collection.js';
import type { DataItem, Engine } from './context.js';
import { getScanFile, textOf, toLocation, toTraceStep } from './context.js';
import { matchAssignment, matchGenericCall } from './generic-sinks.js';
import { tokenize } from './classify/index.js';
import { isBareSpecifier, isOwnSpecifier, toPackageName } from './modules.js';
import { isNodeBuiltin } from './recipient-candidates.js';
import type { SourceSite } from './request-input.js';
import type { FunctionLike } from './scope.js';
import { getEnclosingFunction, propertyNameText, resolveIdentifier, returnedExpressions, unwrap } from './scope.js';
import type { SinkSite, SinkValue } from './sink-site.js';
import { stoppedByAllowList } from './allow-list-guards.js';
import type { Env, ValueClassifier } from './values.js';
import { bindArguments, MAX_VALUE_STEPS } from './values.js';
import { filledCollectionField, isThisFieldReference } from './collections.js';

/** A call of a project function on the way to a sink; `new Upload(...)` calls the class's constructor. */
type PathStep = { call: ts.CallExpression | ts.NewExpression; fn: FunctionLike };

/** A path from a project function's body to a sink: the calls to other project functions on the way, then the sink. */
interface SinkPath {
  steps: PathStep[];
  site: SinkSite;
}

/**
 * A call privlint did not follow (the depth or nesting limit), reached from a project function through `steps`.
 * Only a caller whose data reaches its arguments loses something there; other callers of the function do not.
 */
interface CutPath {
  steps: PathStep[];
  call: ts.CallExpression | ts.NewExpression;
}

const SESSION_CREDENTIAL = 'user.authorization.credentials';
const MAX_WRAPPER_DEPTH = 6;
/**
 * How many summaries may be under way at once (a chain of project functions across modules): deeper, the callee is
 * not summarised and the call of it is a cut (calls passing personal data down to it become gaps). Without it a
 * 2,000-module wrapper chain recursed until the stack ran out, at a depth that differs between the main thread and
 * the workers, and each file's analysis walked the whole chain again.
 */
const MAX_SUMMARY_NESTING = 64;
const MAX_PATHS = 256;

/*
 * Gaps must stay high-signal, so calls into these packages never make one: they validate, format, hash, render or
 * hold UI state, and none of them sends or stores data (schema libraries, React and its hooks, date and id helpers,
 * i18n, password hashing, passkey verification, state managers, decimal arithmetic, the web framework's own response helpers).
 */
const SILENT_PACKAGES = new Set([
  'react', 'react-dom', 'react-native', 'next', 'vue', 'svelte', 'solid-js', 'preact', 'zod', 'yup', 'joi', 'valibot', 'superstruct',
  'class-validator', 'class-transformer', 'lodash', 'lodash-es', 'underscore', 'ramda', 'date-fns', 'dayjs', 'moment', 'luxon',
  'uuid', 'nanoid', 'cuid', '@paralleldrive/cuid2', 'ulid', 'clsx', 'classnames', 'bcrypt', 'bcryptjs', 'argon2', 'crypto', 'node:crypto',
  'validator', 'libphonenumber-js', 'react-hook-form', 'formik', '@tanstack/react-query', 'swr', 'i18next', 'react-i18next', 'next-intl',
  'path', 'node:path', 'util', 'node:util', 'url', 'node:url', 'querystring', 'zustand', 'redux', '@reduxjs/toolkit', 'jotai', 'recoil',
  'rxjs', 'express', 'fastify', 'koa', 'hono', '@nestjs/common', '@nestjs/core', 'jsonwebtoken', 'jose', 'immer', 'tslib', 'assert',
  'node:assert', 'events', 'node:events', '@hookform/resolvers', 'zod-validation-error', 'slugify', 'he', 'dompurify', 'sanitize-html',
  'marked', 'react-router', 'react-router-dom', '@remix-run/react', 'vitest', 'jest', '@testing-library/react', 'graphql', 'next-auth',
  '@auth/core', 'mitt', 'qs', 'query-string', 'deepmerge', 'fast-deep-equal', 'escape-html', 'js-sha256', 'crypto-js', 'object-hash',
  'big.js', 'decimal.js', 'decimal.js-light', 'bignumber.js', '@simplewebauthn/server', '@simplewebauthn/server/helpers',
]);

// Method names that send, store or track: an unresolved receiver called with one of them and personal data is worth a look.
const SINK_VERBS = new Set([
  'track', 'identify', 'capture', 'send', 'sendEmail', 'sendMail', 'sendMessage', 'sendSms', 'publish', 'upload', 'notify', 'alias',
  'setUser', 'setUserId', 'setUserProperties', 'logEvent', 'record', 'report', 'enqueue', 'trackEvent',
]);
// A handler's own response object answers the person who asked: `res.send(user)` is not data leaving for elsewhere.
const RESPONSE_NAMES = new Set(['res', 'response', 'reply', 'ctx', 'context', 'c', 'h']);

/*
 * Clients handed around by framework context rather than imported: tRPC/GraphQL `ctx.db`, `ctx.prisma`,
 * Fastify `request.log`. The receiver cannot be resolved, but its conventional name plus the one matching
 * dependency in package.json say what it is. Used only when exactly one candidate package is a dependency.
 */
const CONVENTIONAL_CLIENTS: { name: RegExp; modules: string[] }[] = [
  { name: /^prisma$/i, modules: ['@prisma/client'] },
  { name: /^(db|database)$/i, modules: ['@prisma/client', 'drizzle-orm', 'kysely', 'knex', 'mongoose'] },
  { name: /^supabase$/i, modules: ['@supabase/supabase-js'] },
  { name: /^stripe$/i, modules: ['stripe'] },
  { name: /^(log|logger)$/i, modules: ['pino', 'winston', 'bunyan', 'fastify'] },
  // A repository injected under an interface the project declares (`private userRepository: UserRepository`): the
  // project's ORM is the one that writes what its `save`/`insert` receive.
  { name: /^\w*(Repository|Repo)$/, modules: ['typeorm', '@mikro-orm/core'] },
];

function toConventionalClient(binding: Extract<Binding, { type: 'unknown' }>, dependencies: ReadonlySet<string> | undefined): Extract<Binding, { type: 'library' }> | undefined {
  if (!dependencies) return undefined;
  const names = [binding.root, ...binding.chain.slice(0, -1)];
  for (const [index, name] of names.entries()) {
    const convention = CONVENTIONAL_CLIENTS.find((candidate) => candidate.name.test(name));
    if (!convention) continue;
    const present = convention.modules.filter((module) => dependencies.has(module));
    if (present.length !== 1) return undefined;
    // Fastify's `request.log` and `fastify.log` are pino loggers.
    const module = present[0] === 'fastify' ? 'pino' : present[0]!;
    return { type: 'library', module, root: name, chain: binding.chain.slice(index), calls: binding.calls };
  }
  return undefined;
}

export interface AnalysisOutput {
  findings: Finding[];
  gaps: Gap[];
}

/** How a wrapper's value is classified for one caller; `fresh` gives one over state no file's analysis has warmed. */
export interface CallerClassifier {
  siteValue(site: SinkSite, value: SinkValue, env: Env): CallerClassification;
  cutArguments(call: ts.CallExpression | ts.NewExpression, env: Env): CallerClassification;
}

/**
 * A function's sink paths summarised once for the session by a walk from the function itself over fresh state, which
 * any file's analysis takes as if it had walked there: the walk met no cycle of calls, no nesting limit, and no binding
 * answer a limit or a cycle shaped (bindings.ts `limitsMet`), so what it found and settled is what a walk from any
 * file finds (whose resolver may know more, never less, of what such a walk asks).
 */
export interface SharedSummary {
  /** The deepest nesting of summaries the walk reached, the function itself 1. */
  height: number;
  /** The functions this walk summarised itself (the function first), with what their callers need. */
  own: { fn: FunctionLike; paths: SinkPath[]; cuts: CutPath[]; givenUp: boolean }[];
  /** The summaries the walk took from the session instead of walking them. */
  taken: SharedSummary[];
  settled: SettledAnswers;
  /** The files the walk read (with those of what it took), which a file taking it counts as its own reads. */
  reads: readonly string[];
  usedTypes: boolean;
}

/** The session's summaries (shared-summaries.ts). */
export interface SharedSummaries {
  /**
   * The summary of `fn`; null when no file can share it (`false`: nor any summary whose walk reaches it); the path of
   * the one file that walked it itself so far.
   */
  get(fn: FunctionLike): SharedSummary | null | false | string | undefined;
  /** The file at `path` walks `fn` itself. */
  seen(fn: FunctionLike, path: string): void;
  /** Walks `fn` for the session over fresh state (`summariseForSession`), recording its reads. */
  make(fn: FunctionLike): SharedSummary | null | false;
  /** Counts the reads of a summary taken as the current file's. */
  take(summary: SharedSummary): void;
  /** How many summaries are being made, one inside another, right now. */
  readonly making: number;
}

/** What the analyses of one session's files share (engine.ts): caller-blind values, classified once (caller-blind.ts), and summaries. */
export interface SharedAnalysis {
  callerBlind: CallerBlindMemo;
  fresh: () => CallerClassifier;
  summaries?: SharedSummaries;
}

/**
 * Thrown to stop a walk for the session as soon as it meets what makes it unshareable: a binding answer a limit
 * shaped (`UNSHAREABLE`), or a cycle of calls or the nesting limit, which any walk reaching the function meets too.
 */
const UNSHAREABLE = Symbol('unshareable summary');
const UNSHAREABLE_BELOW = Symbol('unshareable summary, and so every summary above it');

export function createAnalyzer(engine: Engine, resolver: BindingResolver, values: ValueClassifier, catalog: CatalogIndex, shared?: SharedAnalysis) {
  const summaries = new Map<FunctionLike, SinkPath[]>();
  // The functions being summarised, outermost first. A summary that ran into one of them below itself (mutual
  // recursion) is partial: it is kept only until the outermost summary is done, so the result of a scan does not
  // depend on which call of the cycle happened to be analysed first.
  const stack: FunctionLike[] = [];
  const partial = new Map<FunctionLike, SinkPath[]>();
  let lowestHit = Number.POSITIVE_INFINITY;
  // Functions privlint gave up on whatever their callers pass (too many paths): their callers get a gap, not silence.
  const givenUp = new Set<FunctionLike>();
  // Where privlint stopped following inside each function: a caller whose data reaches one of them gets a gap.
  const cuts = new Map<FunctionLike, CutPath[]>();
  /**
   * The values of each sink path whose classification read no argument of the caller: nothing in them came through
   * a parameter, whoever calls, so the next call of the wrapper skips them. The walk before reading an argument is
   * the same for every caller, and the per-file caches it consults only ever gain entries, never change one.
   */
  const callerBlind = new Map<SinkPath, Set<SinkValue>>();
  // Cuts whose arguments read no argument of the caller, as `callerBlind`: no caller's data reaches them.
  const callerBlindCuts = new Set<CutPath>();
  // What each project function returns that a device API read in it, for its callers.
  const returnedDeviceItems = new Map<FunctionLike, DataItem[]>();
  // Where each class sends each collection field it fills (`sendsOfFilledField`).
  const fieldSends = new Map<ts.ClassLikeDeclaration, Map<string, SinkSite[]>>();
  // The names of each path and cut across files (`shared.callerBlind`), one per level it may be shared from (pathKeys).
  const sharedKeys = new Map<SinkPath | CutPath, readonly string[]>();
  // Set while this analyzer walks a function for the session (`summariseForSession`).
  let making: { limitsAtStart: number; height: number; own: FunctionLike[]; taken: SharedSummary[] } | undefined;
  // Once a walk of this file ran into the nesting limit, its summaries may be shaped by where they were asked from,
  // so the file stops taking shared ones.
  let nestingLimitMet = false;
  // The shared summaries this file took, each installed once.
  const installed = new Set<SharedSummary>();
  let currentFile: string | undefined;
  const forCaller: CallerClassifier = {
    siteValue: (site, value, env) => classifyForCaller(() => classifySiteValue(site, withSessionKey(site, value, env), env)),
    cutArguments: (call, env) => classifyForCaller(() => (call.arguments ?? []).flatMap((argument) => values.classifyValue(argument, env))),
  };

  /*
   * The same call is asked about again by the walks over one file (its own, the wrappers' summaries, the check for an
   * enclosing sink, the addressees of a message): answered once, unless a limit or a cycle shaped the answer, which
   * another start might not meet (bindings.ts `limitsMet`).
   */
  const siteAnswers = new Map<ts.CallExpression, { sites: SinkSite[]; binding: Binding | undefined }>();

  function sitesOfCall(call: ts.CallExpression): { sites: SinkSite[]; binding: Binding | undefined } {
    const known = siteAnswers.get(call);
    if (known) return known;
    const limitsBefore = resolver.limitsMet();
    const answer = matchSites(call);
    if (resolver.limitsMet() === limitsBefore) siteAnswers.set(call, answer);
    return answer;
  }

  function matchSites(call: ts.CallExpression): { sites: SinkSite[]; binding: Binding | undefined } {
    const binding = resolver.resolveExpression(call.expression);
    if (!binding) return { sites: conventionalSites(call), binding };
    if (!('chain' in binding)) return { sites: [], binding };
    const file = getScanFile(engine, call);
    let sites: SinkSite[] = [];
    if (binding.type === 'library' && file) sites = matchCatalogCall(catalog.entriesForModule(binding.module, file.dependencies), binding, call);
    else if (binding.type === 'global') sites = matchCatalogCall(catalog.entriesForGlobal(binding.name), binding, call);
    // A catalogued method called without data (`record.save()` of an active record) may still write the receiver.
    if (sites.every((site) => site.values.length === 0)) {
      const generic = matchGenericCall(binding, call, resolver, catalog.endpointOf);
      if (sites.length === 0 || generic.length > 0) sites = generic;
    }
    if (sites.length === 0 && binding.type === 'unknown' && file) {
      const conventional = toConventionalClient(binding, file.dependencies);
      if (conventional) sites = matchCatalogCall(catalog.entriesForModule(conventional.module, undefined), conventional, call);
    }
    // A developer's script opens the vendor's page for no visitor (it prints a Checkout URL for whoever runs it):
    // there, only what its arguments carry is a person's data.
    if (file && isScriptPath(file.path)) sites = sites.map((site) => ({ ...site, values: site.values.filter((value) => !value.collected) }));
    return { sites, binding };
  }

  /** An SDK's start component the app renders (`<OpenPanelComponent trackScreenViews />`): CatalogEntry.components. */
  function componentSites(element: ts.JsxSelfClosingElement | ts.JsxOpeningElement): SinkSite[] {
    const tag = element.tagName;
    if (!ts.isIdentifier(tag) && !ts.isPropertyAccessExpression(tag)) return [];
    // `<div>`, `<input>`: a lower-case name is an intrinsic element, never an imported component; nothing to resolve.
    if (ts.isIdentifier(tag) && isIntrinsicTag(tag.text)) return [];
    const binding = resolver.resolveExpression(tag);
    const file = binding?.type === 'library' ? getScanFile(engine, element) : undefined;
    if (binding?.type !== 'library' || !file) return [];
    return startedByComponent(catalog.entriesForModule(binding.module, file.dependencies), binding, element, catalogRecipient);
  }

  /**
   * A call on a receiver privlint could not resolve at all (a repository injected under the project's own interface
   * type, `this.userRepository.save(user)`): its conventional name and the project's one matching dependency decide.
   */
  function conventionalSites(call: ts.CallExpression): SinkSite[] {
    const file = getScanFile(engine, call);
    const names: string[] = [];
    let node = unwrap(call.expression);
    while (ts.isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = unwrap(node.expression);
    }
    if (!file || names.length < 2) return [];
    const root = ts.isIdentifier(node) ? node.text : node.kind === ts.SyntaxKind.ThisKeyword ? 'this' : undefined;
    if (root === undefined) return [];
    const conventional = toConventionalClient({ type: 'unknown', root, rootNode: node, declaration: undefined, chain: names, calls: [] }, file.dependencies);
    return conventional ? matchCatalogCall(catalog.entriesForModule(conventional.module, undefined), conventional, call) : [];
  }

  /**
   * Every sink a project function leads to, memoised per function. A path may cross at most
   * MAX_WRAPPER_DEPTH project functions and a function keeps at most MAX_PATHS paths. A longer path is a cut
   * (`cuts`): a call whose personal data reaches it becomes a gap, while calls whose data does not still get
   * what was found. Undefined when the nesting limit stopped privlint from summarising `fn` at all.
   */
  function sinkPathsOf(fn: FunctionLike): SinkPath[] | undefined {
    const known = summaries.get(fn) ?? partial.get(fn);
    if (known) return known;
    const onStack = stack.indexOf(fn);
    if (onStack >= 0) {
      if (making) throw UNSHAREABLE_BELOW;
      lowestHit = Math.min(lowestHit, onStack);
      return [];
    }
    if (!fn.body) return [];
    const taken = shared?.summaries && !nestingLimitMet ? takeShared(fn, shared.summaries) : undefined;
    if (taken) return taken;
    if (stack.length >= MAX_SUMMARY_NESTING) {
      if (making) throw UNSHAREABLE_BELOW;
      nestingLimitMet = true;
      return undefined;
    }
    const index = stack.length;
    stack.push(fn);
    if (making) making.height = Math.max(making.height, stack.length);
    const outerHit = lowestHit;
    lowestHit = Number.POSITIVE_INFINITY;
    const paths: SinkPath[] = [];
    const fnCuts = new Map<string, CutPath>();
    const addCut = (steps: PathStep[], call: ts.CallExpression | ts.NewExpression) => {
      const cut = steps.length < MAX_WRAPPER_DEPTH ? { steps, call } : { steps: steps.slice(0, MAX_WRAPPER_DEPTH - 1), call: steps[MAX_WRAPPER_DEPTH - 1]!.call };
      const key = [...cut.steps.map((step) => step.call), cut.call].map((node) => `${node.getSourceFile().fileName}:${node.pos}`).join('>');
      if (fnCuts.has(key)) return;
      if (fnCuts.size >= MAX_PATHS) givenUp.add(fn);
      else fnCuts.set(key, cut);
    };
    const add = (path: SinkPath) => {
      if (path.steps.length + 1 > MAX_WRAPPER_DEPTH) addCut(path.steps, path.steps[path.steps.length - 1]!.call);
      else if (paths.length >= MAX_PATHS) givenUp.add(fn);
      else paths.push(path);
    };
    const follow = (call: ts.CallExpression | ts.NewExpression, callee: FunctionLike) => {
      if (callee === fn) return;
      const step = { call, fn: callee };
      const inner = sinkPathsOf(callee);
      if (!inner) addCut([], call);
      for (const path of inner ?? []) add({ steps: [step, ...path.steps], site: path.site });
      for (const cut of cuts.get(callee) ?? []) addCut([step, ...cut.steps], cut.call);
      if (givenUp.has(callee)) givenUp.add(fn);
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const { sites, binding } = sitesOfCall(node);
        for (const site of sites) add({ steps: [], site });
        const callees = sites.length > 0 ? [] : binding?.type === 'function' ? [binding.fn] : binding ? [] : resolver.implementationsOf(node.expression);
        for (const callee of callees) follow(node, callee);
        for (const site of sendsOfFilledField(node)) add({ steps: [], site });
      } else if (ts.isNewExpression(node)) {
        const constructor = constructorOf(node);
        if (constructor) follow(node, constructor);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        for (const site of matchAssignment(node, resolver)) add({ steps: [], site });
      }
      if (making && resolver.limitsMet() !== making.limitsAtStart) throw UNSHAREABLE;
      ts.forEachChild(node, visit);
    };
    // An arrow function's expression body is itself the first node to look at.
    visit(fn.body);
    stack.pop();
    cuts.set(fn, [...fnCuts.values()]);
    if (lowestHit < index) partial.set(fn, paths);
    else {
      summaries.set(fn, paths);
      making?.own.push(fn);
    }
    lowestHit = Math.min(outerHit, lowestHit);
    if (stack.length === 0) {
      partial.clear();
      lowestHit = Number.POSITIVE_INFINITY;
    }
    return paths;
  }

  /**
   * The session's summary of `fn` installed as this file's own (its paths, cuts and given-up functions, the binding
   * answers its walk settled, its reads), made first when a second file asks; undefined to walk `fn` here.
   */
  function takeShared(fn: FunctionLike, store: SharedSummaries): SinkPath[] | undefined {
    let entry = store.get(fn);
    if (entry === false && making) throw UNSHAREABLE_BELOW;
    if (entry === undefined || typeof entry === 'string') {
      // A walk for the session takes the summaries made already but starts none: one walk over fresh state per
      // function it reaches cost more than walking them within it.
      if (making) return undefined;
      if (entry === undefined || entry === currentFile) {
        if (currentFile !== undefined) store.seen(fn, currentFile);
        return undefined;
      }
      entry = store.make(fn);
    }
    if (!entry || stack.length + entry.height > MAX_SUMMARY_NESTING) return undefined;
    install(entry);
    store.take(entry);
    if (making) {
      making.taken.push(entry);
      making.height = Math.max(making.height, stack.length + entry.height);
    }
    return summaries.get(fn);
  }

  function install(summary: SharedSummary): void {
    if (installed.has(summary)) return;
    installed.add(summary);
    for (const taken of summary.taken) install(taken);
    resolver.adoptSettled(summary.settled);
    for (const own of summary.own) {
      if (summaries.has(own.fn)) continue;
      summaries.set(own.fn, own.paths);
      cuts.set(own.fn, own.cuts);
      if (own.givenUp) givenUp.add(own.fn);
    }
  }

  /** `fn` walked from itself over this analyzer's fresh state, for the session; null when no file can share it. */
  function summariseForSession(fn: FunctionLike): Omit<SharedSummary, 'reads' | 'usedTypes'> | null | false {
    making = { limitsAtStart: resolver.limitsMet(), height: 0, own: [], taken: [] };
    try {
      sinkPathsOf(fn);
    } catch (error) {
      if (error === UNSHAREABLE) return null;
      if (error === UNSHAREABLE_BELOW) return false;
      throw error;
    }
    const { height, own, taken } = making;
    // The function itself first: it is summarised last.
    const ordered = [...own].reverse();
    return {
      height,
      own: ordered.map((walked) => ({ fn: walked, paths: summaries.get(walked)!, cuts: cuts.get(walked) ?? [], givenUp: givenUp.has(walked) })),
      taken,
      settled: resolver.settledAnswers(),
    };
  }

  /**
   * A method that fills a collection the class keeps in a field (`this.form.append('file', part)`) leads to where
   * another method of the class sends that field (`this.xhr.send(this.form)`): what its caller hands it is sent
   * there, later, by whoever calls that method.
   */
  function sendsOfFilledField(call: ts.CallExpression): SinkSite[] {
    const filled = filledCollectionField(call);
    if (!filled) return [];
    let byField = fieldSends.get(filled.owner);
    if (!byField) {
      byField = new Map();
      fieldSends.set(filled.owner, byField);
    }
    let sends = byField.get(filled.name);
    if (!sends) {
      const found: SinkSite[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isCallExpression(node)) {
          for (const site of sitesOfCall(node).sites) {
            if (site.values.some((value) => isThisFieldReference(value.expression, filled.name))) found.push(site);
          }
        }
        ts.forEachChild(node, visit);
      };
      for (const member of filled.owner.members) visit(member);
      sends = found;
      byField.set(filled.name, sends);
    }
    return sends;
  }

  /**
   * `const upload = new FileUpload(url, headers, parts)` then `await upload.send()`: the constructor kept what it was
   * given in fields and the method sends it, so the data leaves at the method's call as well as being handed over at
   * the construction. Only an object built in the same function (a variable, or a slot assigned just before) counts.
   */
  function emitSentAfterConstruction(call: ts.CallExpression, output: AnalysisOutput): void {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || call.arguments.length > 0) return;
    const created = constructionOf(unwrap(callee.expression), call);
    const constructor = created ? constructorOf(created) : undefined;
    // The object's own class says which method runs, whatever type the slot it waits in is declared with.
    const method = constructor?.parent.members.find((member): member is ts.MethodDeclaration =>
      ts.isMethodDeclaration(member) && member.body !== undefined && propertyNameText(member.name) === callee.name.text);
    if (!created || !constructor || !method) return;
    const sites = new Set((sinkPathsOf(method) ?? []).map((path) => path.site.node));
    if (sites.size > 0) emitWrapperCall(created, constructor, output, created.arguments ?? [], { call, sites });
  }

  /** The `new C(...)` a receiver holds: a variable's initializer, or the last assignment to a slot before `use`. */
  function constructionOf(receiver: ts.Expression, use: ts.Node): ts.NewExpression | undefined {
    if (ts.isIdentifier(receiver)) {
      const declaration = resolveIdentifier(receiver);
      const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 ? declaration.node.initializer : undefined;
      const made = initializer ? unwrap(initializer) : undefined;
      return made && ts.isNewExpression(made) ? made : undefined;
    }
    if (!ts.isElementAccessExpression(receiver)) return undefined;
    const scope = getEnclosingFunction(use);
    if (!scope?.body) return undefined;
    const target = textOf(receiver);
    let found: ts.NewExpression | undefined;
    const visit = (node: ts.Node) => {
      if (node.pos >= use.pos) return;
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && textOf(unwrap(node.left)) === target) {
        const made = unwrap(node.right);
        found = ts.isNewExpression(made) ? made : undefined;
      }
      ts.forEachChild(node, visit);
    };
    visit(scope.body);
    return found;
  }

  /** The constructor `new Upload(...)` runs, when the class is the project's own and declares one. */
  function constructorOf(expression: ts.NewExpression): ts.ConstructorDeclaration | undefined {
    const binding = resolver.resolveExpression(expression.expression);
    if (binding?.type !== 'class') return undefined;
    return binding.node.members.find((member): member is ts.ConstructorDeclaration => ts.isConstructorDeclaration(member) && member.body !== undefined);
  }

  /** Findings and gaps of one file: direct sinks, request reads, and calls of project functions that lead to sinks. */
  function analyzeFile(sourceFile: ts.SourceFile, detectSources: (node: ts.Node) => SourceSite[], output: AnalysisOutput): void {
    currentFile = sourceFile.fileName;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) analyzeCall(node, output);
      else if (ts.isNewExpression(node)) {
        const constructor = constructorOf(node);
        if (constructor) emitWrapperCall(node, constructor, output);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        for (const site of matchAssignment(node, resolver)) emitSite(site, undefined, output);
      } else if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) {
        for (const site of componentSites(node)) emitSite(site, undefined, output);
      }
      if (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node) || ts.isParameter(node)) {
        for (const source of detectSources(node)) emitSource(source, output);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  function analyzeCall(call: ts.CallExpression, output: AnalysisOutput): void {
    const { sites, binding } = sitesOfCall(call);
    for (const site of sites) if (!isInsideSinkArgument(call, site)) emitSite(site, undefined, output);
    if (sites.length > 0) return;
    emitSentAfterConstruction(call, output);
    if (binding?.type === 'function') {
      emitWrapperCall(call, binding.fn, output);
      return;
    }
    const implementations = binding ? [] : resolver.implementationsOf(call.expression);
    if (implementations.length > 0) {
      for (const fn of implementations) emitWrapperCall(call, fn, output);
      return;
    }
    const callback = binding?.type === 'library' ? libraryCallback(binding, call) : undefined;
    if (callback) {
      const fetcher = resolver.resolveExpression(callback.fn);
      if (fetcher?.type === 'function') emitWrapperCall(call, fetcher.fn, output, callback.args);
      return;
    }
    reportGap(call, binding, output);
  }

  /**
   * A builder call inside another call to the same service (`amplitude.identify(new Identify().set('email', v))`)
   * is one flow, reported at the outer call.
   */
  function isInsideSinkArgument(call: ts.CallExpression, site: SinkSite): boolean {
    let child: ts.Node = call;
    for (let node = call.parent; node && !ts.isStatement(node) && !isFunctionBoundary(node); node = node.parent) {
      if (ts.isCallExpression(node) && node.arguments.some((argument) => argument === child || (argument.pos <= call.pos && call.end <= argument.end))) {
        if (sitesOfCall(node).sites.some((outer) => outer.sink.recipient === site.sink.recipient && outer.sink.kind === site.sink.kind)) return true;
      }
      child = node;
    }
    return false;
  }

  function emitSite(site: SinkSite, env: Env | undefined, output: AnalysisOutput): void {
    const location = toLocation(engine, site.node);
    values.takeLimitReached();
    const items = classifySite(site, env);
    for (const item of items) output.findings.push(toFinding(item, site.sink, location, item.trace));
    if (values.takeLimitReached()) {
      output.gaps.push({
        location,
        expression: textOf(site.node).slice(0, 200),
        categories: [...new Set(items.map((item) => item.category))].sort(),
        reason: `privlint stopped following a value passed to ${site.sink.api} after ${MAX_VALUE_STEPS} steps (assignments, members, calls); what it carries beyond them is unknown`,
      });
    }
    // A person object whose type privlint cannot see (`identify(session.user)` without node_modules) is not
    // silently clean: it is a gap, so a person looks at it. Also beside other data: `{ userId: user.id, traits: user }`.
    const opaque = items.length > 0
      ? site.values.flatMap((value) => nestedPersonObjects(unwrap(value.expression))).find((value) => values.classifyValue(value, env).length === 0)
      : site.values.map((value) => unwrap(value.expression)).find((value) => isOpaquePerson(value));
    if (opaque) {
      output.gaps.push({
        location,
        expression: textOf(opaque),
        categories: ['user'],
        reason: `an object holding a person goes to ${site.sink.api}, but privlint cannot see its type to tell which data it carries`,
      });
    }
  }

  /** Person objects handed over whole inside an object argument (`traits: user`), one level down. */
  function nestedPersonObjects(value: ts.Expression): ts.Expression[] {
    if (!ts.isObjectLiteralExpression(value)) return [];
    return value.properties.flatMap((property) => {
      const inner = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      return inner && isOpaquePerson(inner) ? [inner] : [];
    });
  }

  function isOpaquePerson(value: ts.Expression): boolean {
    const name = ts.isIdentifier(value) ? value.text : ts.isPropertyAccessExpression(value) ? value.name.text : undefined;
    return name !== undefined && engine.classifier.isPersonObjectName(name);
  }

  /** A key names the data only when the value says nothing itself: `setItem('email', v)`, not `set('last_login', email)`. */
  function classifySite(site: SinkSite, env: Env | undefined): DataItem[] {
    const byApi = site.values.filter((value) => value.byApi).flatMap((value) => classifySiteValue(site, value, env));
    // A property the API names (`To` of an e-mail send) is its category only, not also what its name suggests.
    const named = new Set(byApi.map((item) => item.expression));
    const own = site.values
      .filter((value) => !value.isKey && !value.byApi)
      .map((value) => ({ addressee: isAddressee(value), items: classifySiteValue(site, withSessionKey(site, value, env), env) }));
    // Where the addressee (`to` of a mail) carries a category, the finding shows it, not the sender's `from` of the same.
    const addressed = new Map<string, number>();
    for (const item of own.flatMap((value) => (value.addressee ? value.items : []))) {
      addressed.set(item.category, Math.max(addressed.get(item.category) ?? 0, CONFIDENCE_RANK[item.confidence]));
    }
    const shownByAddressee = (item: DataItem) => (addressed.get(item.category) ?? -1) >= CONFIDENCE_RANK[item.confidence];
    const items = [
      ...byApi,
      ...own.flatMap((value) => value.items.filter((item) => !named.has(item.expression) && (value.addressee || !shownByAddressee(item)))),
    ];
    if (items.length > 0) return items;
    return site.values.filter((value) => value.isKey).flatMap((value) => classifySiteValue(site, value, env));
  }

  function isAddressee(value: SinkValue): boolean {
    return value.paths !== undefined && value.category !== undefined && !value.authored;
  }

  /**
   * A cookie, a browser-storage entry or an on-device store slot named for the session or its token
   * (`cookies().set('session', v)`, `localStorage.setItem('nc_token', t)`, `SecureStore.setItemAsync('TOKEN', token)`) holds
   * the sign-in itself, whatever its value is called (a literal value is not one); a cookie that holds an id is a cookie
   * identifier.
   */
  function withSessionKey(site: SinkSite, value: SinkValue, env: Env | undefined): SinkValue {
    if ((site.sink.kind !== 'cookie' && site.sink.kind !== 'browser-storage') || value.isKey || value.category) return value;
    if (site.values.some((key) => key.isKey && values.namesSession(key, env))) return { ...value, category: SESSION_CREDENTIAL };
    return site.sink.kind === 'cookie' && namesIdentifier(value.expression) ? { ...value, category: COOKIE_ID } : value;
  }

  /** A call the catalog does not list (`SinkSite.confidence`) is at most medium, however clear the data's name. */
  function classifySiteValue(site: SinkSite, value: SinkValue, env: Env | undefined): DataItem[] {
    const classified = values.classifySinkValue(value, env, site);
    const items = classified.length > 0 ? classified
      : site.sink.kind === 'file' ? values.storedRequestBytes(value, env)
        : site.sink.kind === 'log' ? values.loggedRequestBody(value, env) : classified;
    return site.confidence === 'medium' ? items.map((item) => (item.confidence === 'high' ? { ...item, confidence: 'medium' } : item)) : items;
  }

  function emitSource(source: SourceSite, output: AnalysisOutput): void {
    const location = toLocation(engine, source.node);
    const sink: Sink = { kind: 'request-input', recipient: null, api: source.api };
    for (const item of source.items) output.findings.push(toFinding(item, sink, location, []));
  }

  /**
   * A call of a project function `fn`; `args` are what it receives when a library calls it for the code (`useSWR`).
   * With `deferredTo`, `call` built an object whose method `deferredTo.call` sends what the constructor kept: only the
   * sinks that method reaches are reported, at that call (the construction itself had its findings already).
   */
  /** Whether the wrapper, or a function on the path, returns early at an allow-list guard for the text it is given. */
  function stoppedOnTheWay(fn: FunctionLike, args: readonly ts.Expression[], path: SinkPath): boolean {
    const nextOf = (index: number) => path.steps[index]?.call ?? path.site.node;
    if (stoppedByAllowList(engine, fn, args, nextOf(0))) return true;
    return path.steps.some((step, index) => stoppedByAllowList(engine, step.fn, step.call.arguments ?? [], nextOf(index + 1)));
  }

  function emitWrapperCall(
    call: ts.CallExpression | ts.NewExpression,
    fn: FunctionLike,
    output: AnalysisOutput,
    args: readonly ts.Expression[] = call.arguments ?? [],
    deferredTo?: { call: ts.CallExpression; sites: ReadonlySet<ts.Node> },
  ): void {
    const paths = (sinkPathsOf(fn) ?? []).filter((path) => (!deferredTo || deferredTo.sites.has(path.site.node)) && !stoppedOnTheWay(fn, args, path));
    const items = deferredTo ? [] : givenUp.has(fn)
      ? values.withoutTypes(() => args.flatMap((argument) => values.classifyValue(argument, undefined)))
      : (cuts.get(fn) ?? []).flatMap((cut) => dataReachingCut(fn, args, cut));
    if (items.length > 0) {
      output.gaps.push({
        location: toLocation(engine, call),
        expression: textOf(call).slice(0, 200),
        categories: [...new Set(items.map((item) => item.category))].sort(),
        reason: `privlint stopped following ${calleeName(call)}() after ${MAX_WRAPPER_DEPTH} levels of project functions`,
      });
    }
    if (paths.length === 0) return;
    const callLocation = toLocation(engine, deferredTo?.call ?? call);
    emitReturnedDeviceReads(call, fn, paths, output);
    // A wrapper whose branches reach two sinks of one service (a record helper's create and update) sends the
    // caller's data there once: one finding per category at the call, not one per branch.
    const atCalls = new Map<string, Finding>();
    const pushOnce = (finding: Finding) => {
      const key = [finding.location.line, finding.location.column, finding.location.file, finding.category, finding.sink.kind, finding.sink.recipient ?? ''].join('\u0000');
      const current = atCalls.get(key);
      if (!current || CONFIDENCE_RANK[finding.confidence] > CONFIDENCE_RANK[current.confidence]) atCalls.set(key, finding);
    };
    for (const path of paths) {
      const env = envAlong(fn, args, path.steps);
      const siteLocation = toLocation(engine, path.site.node);
      const stepTrace: TraceStep[] = path.steps.map((step) => toTraceStep(engine, step.call, `passed to ${calleeName(step.call)}()`));
      const sinkStep = toTraceStep(engine, path.site.node, `reaches ${path.site.sink.api}`);
      for (const value of path.site.values) {
        if (callerBlind.get(path)?.has(value)) continue;
        const { items, blind } = shareBlind(
          () => {
            const valueKey = `#${path.site.values.indexOf(value)}:${nodeKey(value.expression)}`;
            return pathKeys(fn, path).map((key) => key + valueKey);
          },
          (classifier) => classifier.siteValue(path.site, value, env),
        );
        if (blind) {
          const known = callerBlind.get(path);
          if (known) known.add(value);
          else callerBlind.set(path, new Set([value]));
        }
        if (items.length === 0) continue;
        const shownInside = (item: DataItem) => {
          if (value.event) return undefined;
          if (value.fixed) return textOf(path.site.node);
          // The member of the callee's parameter that holds what the caller passed under that key (`req.to` for `to: email`).
          const key = path.steps.length === 0 ? argumentKeyCarrying(args, item.expression) : undefined;
          return parameterReference(value.expression, key) ?? textOf(value.expression);
        };
        for (const item of items) {
          const entryStep = toTraceStep(engine, call, `passed to ${calleeName(call)}()`);
          pushOnce(toFinding(item, path.site.sink, callLocation, [...item.trace, ...stepTrace, sinkStep]));
          if (deferredTo) continue;
          path.steps.forEach((step, index) => {
            pushOnce(toFinding(item, path.site.sink, toLocation(engine, step.call), [...stepTrace.slice(index + 1), sinkStep]));
          });
          output.findings.push(
            toFinding({ ...item, expression: shownInside(item) ?? item.expression }, path.site.sink, siteLocation, [entryStep, ...stepTrace]),
          );
        }
      }
    }
    output.findings.push(...atCalls.values());
  }

  /**
   * A project function that hands back what a device API read (`export const pickImage = async () =>
   * normalize(await fileOpen(...))`): each call of it reads the device too, where the app asks for it.
   */
  function emitReturnedDeviceReads(call: ts.CallExpression | ts.NewExpression, fn: FunctionLike, paths: readonly SinkPath[], output: AnalysisOutput): void {
    const reads = paths.filter((path) => path.steps.length === 0 && path.site.sink.kind === 'device-api');
    if (reads.length === 0) return;
    let returned = returnedDeviceItems.get(fn);
    if (!returned) {
      returned = returnedExpressions(fn).flatMap((expression) => values.classifyValue(expression, undefined)).filter((item) => item.evidence.term === 'device API');
      returnedDeviceItems.set(fn, returned);
    }
    if (returned.length === 0) return;
    const read = reads.find((path) => returned!.some((item) => item.evidence.matched === path.site.sink.api)) ?? reads[0]!;
    const location = toLocation(engine, call);
    const sinkStep = toTraceStep(engine, read.site.node, `read by ${read.site.sink.api}`);
    for (const category of new Set(returned.map((item) => item.category))) {
      const item = returned.find((candidate) => candidate.category === category)!;
      output.findings.push(toFinding({ ...item, expression: textOf(call) }, read.site.sink, location, [sinkStep]));
    }
  }

  /** What of the caller's arguments reaches the arguments of a call privlint did not follow. */
  function dataReachingCut(fn: FunctionLike, args: readonly ts.Expression[], cut: CutPath): DataItem[] {
    if (callerBlindCuts.has(cut)) return [];
    const env = envAlong(fn, args, cut.steps);
    const { items, blind } = shareBlind(() => pathKeys(fn, cut), (classifier) => classifier.cutArguments(cut.call, env));
    if (blind) callerBlindCuts.add(cut);
    return items;
  }

  /** A caller's classification, taken as blind without classifying where another file's analysis found it so. */
  function shareBlind(keys: () => readonly string[], classify: (classifier: CallerClassifier) => CallerClassification): CallerClassification {
    if (!shared) return classify(forCaller);
    return shared.callerBlind(keys(), () => classify(forCaller), () => classify(shared.fresh()));
  }

  /**
   * The names of a path or cut, by the level of the path a blind classification looked no lower than (`Env.level`):
   * the first names it whole (the wrapper, the calls on the way, where it ends); the n-th only by its calls from the
   * n-th on and where it ends, which other paths into the same helpers share; the last only by where it ends.
   */
  function pathKeys(fn: FunctionLike, path: SinkPath | CutPath): readonly string[] {
    let keys = sharedKeys.get(path);
    if (keys === undefined) {
      const end = 'site' in path
        ? `${nodeKey(path.site.node)} ${path.site.sink.kind} ${path.site.sink.api} ${path.site.sink.recipient ?? ''} ${path.site.confidence ?? ''}`
        : `cut ${nodeKey(path.call)}`;
      const suffixes = [end];
      for (let index = path.steps.length - 1; index >= 0; index--) suffixes.unshift(`${nodeKey(path.steps[index]!.call)}>${suffixes[0]}`);
      keys = [`${nodeKey(fn)}>${suffixes[0]}`, ...suffixes];
      sharedKeys.set(path, keys);
    }
    return keys;
  }

  /**
   * The items of a classification that came through the caller's parameters, and whether it read nothing the caller
   * passed (`blind`): then no caller can get anything there, and the next call may skip it. A blind one also says the
   * lowest level of the path it looked into (`sharedFrom`): other paths with the same calls from there on get the same.
   */
  function classifyForCaller(classify: () => DataItem[]): CallerClassification {
    const { value, callerRead, lowestLevel } = values.readsOfPath(classify);
    const items = value.filter((item) => item.viaParameter);
    return { items, blind: items.length === 0 && !callerRead, sharedFrom: lowestLevel };
  }

  function reportGap(call: ts.CallExpression, binding: Binding | undefined, output: AnalysisOutput): void {
    const callee = unwrap(call.expression);
    let reason: string | undefined;
    if (ts.isElementAccessExpression(callee) && !ts.isStringLiteralLike(callee.argumentExpression)) {
      reason = 'dynamic call: privlint cannot tell which function receives the data';
    } else if (binding?.type === 'library') {
      const file = getScanFile(engine, call);
      if (!isBareSpecifier(binding.module) || SILENT_PACKAGES.has(binding.module) || SILENT_PACKAGES.has(toPackageName(binding.module))) return;
      // Node's own modules, with or without `node:` (`import * as zlib from 'zlib'`), are no third party.
      if (isNodeBuiltin(binding.module) || binding.module.startsWith('@types/')) return;
      if (file && catalog.entriesForModule(binding.module, undefined).length > 0) return;
      // The project's own code that privlint could not read (counted in the summary's unresolved imports).
      if (isOwnSpecifier(engine.workspace, file?.compilerOptions, binding.module)) return;
      reason = `passed to ${binding.module}${binding.chain.length > 0 ? ` (${binding.chain.join('.')})` : ''}, a package privlint's catalog does not know; add it under scan.sdks in privacy.yml if it sends or stores data`;
    } else if (binding?.type === 'unknown') {
      const last = binding.chain[binding.chain.length - 1];
      if (binding.chain.length === 0 || !last || !SINK_VERBS.has(last) || RESPONSE_NAMES.has(binding.root)) return;
      reason = `passed to ${binding.root}.${binding.chain.join('.')}(), whose receiver privlint could not resolve`;
    } else {
      return;
    }
    const items = values
      .withoutTypes(() => call.arguments.flatMap((argument) => values.classifyValue(argument, undefined)))
      .filter((item) => item.confidence !== 'low');
    if (items.length === 0) return;
    const categories = [...new Set(items.map((item) => item.category))].sort();
    const gap: Gap = { location: toLocation(engine, call), expression: textOf(call).slice(0, 200), categories, reason };
    if (binding?.type === 'library') gap.package = toPackageName(binding.module);
    output.gaps.push(gap);
  }

  return { analyzeFile, forCaller, sitesOfCall, summariseForSession };
}

/*
 * Libraries that call a function of the project with data the code gave them: SWR calls its fetcher with the key
 * (`useSWR(['/api/user', email], fetcher)`: https://swr.vercel.app/docs/arguments). What the fetcher sends is sent
 * by this call.
 */
const FETCHER_HOOKS: ReadonlyMap<string, { names: ReadonlySet<string>; key: number; fetcher: number }> = new Map([
  ['swr', { names: new Set(['default', 'useSWR']), key: 0, fetcher: 1 }],
  ['swr/immutable', { names: new Set(['default', 'useSWRImmutable']), key: 0, fetcher: 1 }],
  ['swr/mutation', { names: new Set(['default', 'useSWRMutation']), key: 0, fetcher: 1 }],
]);

/*
 * TanStack Query runs a mutation's `mutationFn` with what `mutate(variables)` / `mutateAsync(variables)` is given
 * (https://tanstack.com/query/latest/docs/framework/react/reference/useMutation); v3 took the function first
 * (`useMutation(fn, options)`). What the function sends is sent by that call.
 */
const MUTATION_HOOK_MODULES: ReadonlySet<string> = new Set([
  '@tanstack/react-query', '@tanstack/vue-query', '@tanstack/solid-query', '@tanstack/svelte-query', '@tanstack/angular-query-experimental', 'react-query',
]);
const MUTATE_METHODS: ReadonlySet<string> = new Set(['mutate', 'mutateAsync']);

function mutationCallback(binding: Extract<Binding, { type: 'library' }>, call: ts.CallExpression): { fn: ts.Expression; args: ts.Expression[] } | undefined {
  const [hook, method, ...rest] = binding.chain;
  const created = binding.calls[0];
  if (!MUTATION_HOOK_MODULES.has(binding.module) || hook !== 'useMutation' || !method || !MUTATE_METHODS.has(method) || rest.length > 0) return undefined;
  if (binding.calls.length !== 1 || !created || !ts.isCallExpression(created)) return undefined;
  const first = created.arguments[0] ? unwrap(created.arguments[0]) : undefined;
  let fn: ts.Expression | undefined;
  if (first && ts.isObjectLiteralExpression(first)) {
    const property = first.properties.find((candidate) => candidate.name !== undefined && propertyNameText(candidate.name) === 'mutationFn');
    if (property && ts.isPropertyAssignment(property)) fn = property.initializer;
    else if (property && ts.isShorthandPropertyAssignment(property)) fn = property.name;
  } else {
    fn = first;
  }
  return fn ? { fn, args: call.arguments.slice(0, 1) } : undefined;
}

function libraryCallback(binding: Extract<Binding, { type: 'library' }>, call: ts.CallExpression): { fn: ts.Expression; args: ts.Expression[] } | undefined {
  const mutation = mutationCallback(binding, call);
  if (mutation) return mutation;
  const hook = FETCHER_HOOKS.get(binding.module);
  const name = binding.chain[binding.chain.length - 1] ?? binding.root;
  if (!hook || binding.chain.length > 1 || binding.calls.length > 0 || !(hook.names.has(name) || binding.chain.length === 0)) return undefined;
  const key = call.arguments[hook.key];
  const fn = call.arguments[hook.fetcher];
  return key && fn ? { fn, args: [key] } : undefined;
}

const isFunctionBoundary = (node: ts.Node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node);

/** The parameter a wrapper hands to its sink (`properties`, `user.email`), for the finding at the sink inside. */
function parameterReference(expression: ts.Expression, member?: string): string | undefined {
  let first: ts.Node | undefined;
  let named: ts.Node | undefined;
  const visit = (node: ts.Node) => {
    if (named) return;
    if (ts.isIdentifier(node) && resolveIdentifier(node)?.kind === 'parameter') {
      let chain: ts.Node = node;
      while (ts.isPropertyAccessExpression(chain.parent) && chain.parent.expression === chain) chain = chain.parent;
      first ??= chain;
      if (member !== undefined && ts.isPropertyAccessExpression(chain) && chain.name.text === member) named = chain;
      if (member === undefined) named = chain;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  const found = named ?? first;
  return found ? textOf(found) : undefined;
}

/** The key of an object literal argument whose value is `expression` (`to` of `{ to: params.identifier }`). */
function argumentKeyCarrying(args: readonly ts.Expression[], expression: string): string | undefined {
  for (const argument of args) {
    const literal = unwrap(argument);
    if (!ts.isObjectLiteralExpression(literal)) continue;
    for (const property of literal.properties) {
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === expression) return property.name.text;
      if (ts.isPropertyAssignment(property) && textOf(property.initializer) === expression) return propertyNameText(property.name);
    }
  }
  return undefined;
}

/** The parameters of each function on `steps` bound to what the call before it passes, starting from the caller's `args`. */
function envAlong(fn: FunctionLike, args: readonly ts.Expression[], steps: readonly PathStep[]): Env {
  let env: Env = { ...bindArguments(fn, args, undefined, true), level: 0 };
  for (const [index, step] of steps.entries()) env = { ...bindArguments(step.fn, step.call.arguments ?? [], env, false), level: index + 1 };
  return env;
}

function toFinding(item: DataItem, sink: Sink, location: Finding['location'], trace: TraceStep[]): Finding {
  return {
    category: item.category,
    expression: item.expression,
    field: null,
    sink,
    location,
    confidence: item.confidence,
    trace,
    evidence: item.evidence,
  };
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return textOf(callee).replace(/^this\./, '');
  return textOf(callee);
}

const COOKIE_ID = 'user.device.cookie_id';
const IDENTIFIER_TOKENS = new Set(['id', 'ids', 'uuid', 'uuids']);

// Groups many people share: their id in a cookie (an SSO flow's `organizationId`) singles nobody out.
const SHARED_GROUPS = new Set(['organization', 'organisation', 'org', 'workspace', 'team', 'tenant', 'company']);

/**
 * `cookies.set(name, event.id)`, `[...applicationIds, application.id].join(',')`, `visitorIdValue`: an id kept in a
 * cookie on the visitor's browser is sent back with every request, so it singles the visitor out whatever record it
 * names (ePrivacy Art. 5(3), GDPR Recital 30): a cookie identifier even when its own name says nothing personal. Not
 * the id of a group many people share (`organizationId`, `workspace.id`).
 */
function namesIdentifier(value: ts.Expression): boolean {
  const names: { tokens: string[]; owner: string | undefined }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const owner = unwrap(node.expression);
      names.push({ tokens: lowerTokens(node.name.text), owner: ts.isIdentifier(owner) ? owner.text.toLowerCase() : ts.isPropertyAccessExpression(owner) ? owner.name.text.toLowerCase() : undefined });
      visit(node.expression);
    } else if (ts.isIdentifier(node)) names.push({ tokens: lowerTokens(node.text), owner: undefined });
    else if (ts.isCallExpression(node)) {
      visit(node.expression);
      node.arguments.forEach(visit);
    } else if (ts.isArrayLiteralExpression(node) || ts.isSpreadElement(node) || ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
      ts.forEachChild(node, visit);
    }
  };
  visit(unwrap(value));
  return names.some(({ tokens, owner }) => {
    const at = tokens.findIndex((token) => IDENTIFIER_TOKENS.has(token));
    if (at < 0) return false;
    const subject = at > 0 ? tokens[at - 1] : owner;
    return subject === undefined || !SHARED_GROUPS.has(subject);
  });
}

function lowerTokens(name: string): string[] {
  return tokenize(name).map((token) => token.toLowerCase());
}

/** A file under a `scripts/` folder: run by hand or by CI, not by a person using the app. */
function isScriptPath(path: string): boolean {
  // A regular expression, not split('/'): it runs for every call the scan matches, and allocates nothing.
  return /(?:^|\/)scripts?\//.test(path);
}

/** JSX's rule: a tag name starting with a lower-case letter is a host element. */
function isIntrinsicTag(name: string): boolean {
  return /^[a-z]/.test(name);
}
