import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SINK_KINDS, THIRD_PARTY_KINDS, type SinkKind } from '../../model.js';
import { isKnownCategory } from '../../taxonomy/index.js';
import { CATALOG, getCatalogEntry } from './index.js';

const CATALOG_DIR = dirname(fileURLToPath(import.meta.url));

// The canonical recipient ids shared by the scan engine, its fixtures and the reporters, with their kinds
// (DESIGN.md "Which kind a service is", plus the team's decisions for services it does not list).
const EXPECTED_KINDS: Record<string, SinkKind> = {
  segment: 'analytics', rudderstack: 'analytics', mixpanel: 'analytics', amplitude: 'analytics', posthog: 'analytics',
  heap: 'analytics', 'google-analytics': 'analytics', 'google-tag-manager': 'analytics', 'firebase-analytics': 'analytics',
  plausible: 'analytics', matomo: 'analytics', snowplow: 'analytics', pendo: 'analytics', 'vercel-analytics': 'analytics',
  algolia: 'analytics', launchdarkly: 'analytics', statsig: 'analytics', sift: 'analytics',
  sentry: 'error-monitoring', bugsnag: 'error-monitoring', rollbar: 'error-monitoring', datadog: 'error-monitoring',
  'new-relic': 'error-monitoring', airbrake: 'error-monitoring', honeybadger: 'error-monitoring', raygun: 'error-monitoring',
  opentelemetry: 'error-monitoring', 'elastic-apm': 'error-monitoring', 'firebase-crashlytics': 'error-monitoring',
  logrocket: 'session-replay', fullstory: 'session-replay', hotjar: 'session-replay', clarity: 'session-replay',
  'meta-pixel': 'advertising', 'tiktok-pixel': 'advertising', 'google-ads': 'advertising', appsflyer: 'advertising',
  branch: 'advertising', adjust: 'advertising',
  braze: 'marketing', 'customer-io': 'marketing', klaviyo: 'marketing', mailchimp: 'marketing', hubspot: 'marketing',
  sendgrid: 'messaging', twilio: 'messaging', onesignal: 'messaging', postmark: 'messaging', resend: 'messaging',
  mailgun: 'messaging', 'aws-ses': 'messaging', slack: 'messaging',
  intercom: 'support', zendesk: 'support', crisp: 'support',
  stripe: 'payments', paypal: 'payments', revenuecat: 'payments',
  openai: 'ai', anthropic: 'ai', 'google-gemini': 'ai', mistral: 'ai', 'vercel-ai': 'ai', langchain: 'ai',
  cloudinary: 'file', 'aws-s3': 'file', 'google-cloud-storage': 'file', 'azure-blob': 'file',
  prisma: 'database', typeorm: 'database', mongoose: 'database', drizzle: 'database', knex: 'database',
  sequelize: 'database', pg: 'database', mysql2: 'database', mongodb: 'database', supabase: 'database', firestore: 'database',
  console: 'log', pino: 'log', winston: 'log', bunyan: 'log', 'nestjs-logger': 'log',
  'nestjs-mailer': 'messaging', nodemailer: 'messaging', vonage: 'messaging', 'aws-sns': 'messaging',
  'firebase-cloud-messaging': 'messaging', 'expo-push': 'messaging', novu: 'messaging', discord: 'messaging', telegram: 'messaging',
  paddle: 'payments', polar: 'payments', 'lemon-squeezy': 'payments', braintree: 'payments',
  'google-vertex-ai': 'ai', cohere: 'ai', 'aws-bedrock': 'ai', openrouter: 'ai',
  // Auth providers, integrations and hosted job runners: an outside service over its API (no kind of their own).
  clerk: 'http', auth0: 'http', workos: 'http', 'firebase-auth': 'http', github: 'http', linear: 'http', notion: 'http',
  inngest: 'http', 'trigger-dev': 'http', 'upstash-qstash': 'http', 'aws-sqs': 'http',
  // Self-hosted queues keep the job where the app keeps its records.
  bullmq: 'database', bull: 'database', 'pg-boss': 'database', kafkajs: 'database', 'upstash-ratelimit': 'database',
  'vercel-blob': 'file', uploadthing: 'file', 'supabase-storage': 'file',
};

// Packages that two entries share on purpose: the method names keep the entries apart.
const SHARED_PACKAGES: Record<string, string[]> = {
  // sendGAEvent and sendGTMEvent are both exported by @next/third-parties/google.
  '@next/third-parties/google': ['google-analytics', 'google-tag-manager'],
  // admin.auth().createUser(...), admin.messaging().send(...) and admin.firestore() come from one firebase-admin import.
  'firebase-admin': ['firebase-auth', 'firebase-cloud-messaging', 'firestore'],
  // supabase.from(table).insert(...) is a row, supabase.storage.from(bucket).upload(...) a file.
  '@supabase/supabase-js': ['supabase', 'supabase-storage'],
  // getPhotos()/getAssetsAsync() read the person's library (device-api); save()/saveToLibraryAsync() write a file to it.
  '@react-native-camera-roll/camera-roll': ['camera-roll', 'camera-roll-save'],
  '@react-native-community/cameraroll': ['camera-roll', 'camera-roll-save'],
  'expo-media-library': ['expo-media-library', 'expo-media-library-save'],
};

// Methods that only read: a lookup by email is not a collection, so none may be catalogued.
const READ_METHODS = new Set([
  'find', 'findOne', 'findMany', 'findFirst', 'findUnique', 'findById', 'findAll', 'findByPk', 'get', 'getItem',
  'getDoc', 'getDocs', 'select', 'count', 'aggregate', 'exists', 'where',
]);

describe('catalog', () => {
  test('ids are unique, kebab-case and sorted', () => {
    const ids = CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([]);
    expect(ids).toEqual([...ids].sort());
  });

  test('every canonical service is present with its kind', () => {
    const actual = Object.fromEntries(
      Object.keys(EXPECTED_KINDS).map((id) => [id, getCatalogEntry(id)?.kind ?? 'missing']),
    );
    expect(actual).toEqual(EXPECTED_KINDS);
  });

  test('covers at least 50 third-party services', () => {
    expect(CATALOG.filter((entry) => THIRD_PARTY_KINDS.has(entry.kind)).length).toBeGreaterThanOrEqual(50);
  });

  test('every family of web and product services has several entries', () => {
    const count = (kind: SinkKind) => CATALOG.filter((entry) => entry.kind === kind).length;
    expect(count('analytics')).toBeGreaterThanOrEqual(40);
    expect(count('error-monitoring')).toBeGreaterThanOrEqual(15);
    expect(count('session-replay')).toBeGreaterThanOrEqual(8);
    expect(count('advertising')).toBeGreaterThanOrEqual(13);
    expect(count('marketing')).toBeGreaterThanOrEqual(15);
    expect(count('support')).toBeGreaterThanOrEqual(15);
  });

  test('every kind is a sink kind', () => {
    expect(CATALOG.filter((entry) => !SINK_KINDS.includes(entry.kind)).map((entry) => entry.id)).toEqual([]);
  });

  test('every entry has a vendor docs URL and a way to be recognised', () => {
    for (const entry of CATALOG) {
      expect(entry.docs, entry.id).toMatch(/^https:\/\/\S+$/);
      // A service without an SDK (an SMS gateway's REST API) is recognised by its endpoints alone.
      const endpoints = entry.endpoints?.length ?? 0;
      expect(entry.packages.length + (entry.globals?.length ?? 0) + endpoints, entry.id).toBeGreaterThan(0);
      expect(entry.calls.length + endpoints, entry.id).toBeGreaterThan(0);
      if (entry.packages.length + (entry.globals?.length ?? 0) > 0) expect(entry.calls.length, entry.id).toBeGreaterThan(0);
      expect(entry.name.trim(), entry.id).not.toBe('');
    }
  });

  test('each entry in the source starts with a comment naming its vendor docs URL', () => {
    const sources = readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const undocumented: string[] = [];
    for (const file of sources) {
      const lines = readFileSync(join(CATALOG_DIR, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (/^export const \w+: CatalogEntry = \{$/.test(line) && !/^\/\/ https:\/\/\S+$/.test(lines[index - 1] ?? '')) {
          undocumented.push(`${file}:${index + 1}`);
        }
      });
    }
    expect(undocumented).toEqual([]);
  });

  test('no package belongs to two entries, except the documented shared ones', () => {
    const owners = new Map<string, string[]>();
    for (const entry of CATALOG) for (const pkg of entry.packages) owners.set(pkg, [...(owners.get(pkg) ?? []), entry.id]);
    const shared = Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1));
    expect(shared).toEqual(SHARED_PACKAGES);
  });

  test('REST endpoints name a bare host (optionally *.), an absolute path prefix and fideslang body categories', () => {
    const malformed: string[] = [];
    for (const entry of CATALOG) {
      for (const endpoint of entry.endpoints ?? []) {
        if (!/^(?:\*\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(endpoint.host)) malformed.push(`${entry.id} host ${endpoint.host}`);
        if (endpoint.pathPrefix !== undefined && !endpoint.pathPrefix.startsWith('/')) malformed.push(`${entry.id} path ${endpoint.pathPrefix}`);
        for (const property of endpoint.body ?? []) {
          if (!isKnownCategory(property.category)) malformed.push(`${entry.id} body ${property.path}: ${property.category}`);
        }
      }
    }
    expect(malformed).toEqual([]);
  });

  test('no two services claim the same REST endpoint', () => {
    const owners = new Map<string, string>();
    const claimedTwice: string[] = [];
    for (const entry of CATALOG) {
      for (const endpoint of entry.endpoints ?? []) {
        const key = `${endpoint.host}${endpoint.pathPrefix ?? ''}`;
        const owner = owners.get(key);
        if (owner !== undefined && owner !== entry.id) claimedTwice.push(`${key}: ${owner}, ${entry.id}`);
        owners.set(key, entry.id);
      }
    }
    expect(claimedTwice).toEqual([]);
  });

  test('every category named by a call is a fideslang data category', () => {
    const unknown: string[] = [];
    for (const entry of CATALOG) {
      for (const signature of entry.calls) {
        if (signature.args === 'all') continue;
        for (const argument of signature.args) {
          if (argument.category !== undefined && !isKnownCategory(argument.category)) unknown.push(`${entry.id} ${signature.method}: ${argument.category}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  test('events are marked only on analytics and session-replay services, never on identify, alias or group calls', () => {
    const marked = CATALOG.flatMap((entry) => entry.calls.filter((signature) => signature.event).map((signature) => ({ entry, signature })));
    expect(marked.length).toBeGreaterThanOrEqual(60);
    for (const { entry, signature } of marked) {
      expect(['analytics', 'session-replay'], entry.id).toContain(entry.kind);
      const method = signature.command ?? signature.method;
      expect(method, `${entry.id} ${signature.method}`).not.toMatch(/identify|alias|group|setUser/i);
      const { index, standaloneIndex, category } = signature.event!;
      for (const at of [index, standaloneIndex]) if (at !== undefined) expect(Number.isInteger(at) && at >= 0).toBe(true);
      if (category !== undefined) expect(category.startsWith('user.behavior') && isKnownCategory(category), category).toBe(true);
    }
  });

  test('argument indices are non-negative integers and no signature is listed twice', () => {
    for (const entry of CATALOG) {
      const keys = entry.calls.map((signature) => `${signature.method}|${signature.command ?? ''}`);
      expect(new Set(keys).size, entry.id).toBe(keys.length);
      for (const signature of entry.calls) {
        if (signature.args === 'all') continue;
        // A device read, an event that is its method (`logScreenView()`) or a start call turning on collection
        // (`posthog.init`) carries no argument: the call itself is the data; so does a hook whose result holds it (`useChat`).
        if (!signature.yields && !signature.event && !signature.starts && !signature.returnsContent) expect(signature.args.length, `${entry.id} ${signature.method}`).toBeGreaterThan(0);
        for (const argument of signature.args) expect(Number.isInteger(argument.index) && argument.index >= 0).toBe(true);
      }
    }
  });

  test('only device APIs yield categories, every device API call yields known ones, and a read takes no data argument', () => {
    for (const entry of CATALOG) {
      for (const signature of entry.calls) {
        if (entry.kind !== 'device-api') {
          expect(signature.yields, `${entry.id} ${signature.method}`).toBeUndefined();
          continue;
        }
        expect(signature.yields?.length, `${entry.id} ${signature.method}`).toBeGreaterThan(0);
        expect(signature.args, `${entry.id} ${signature.method}`).toEqual([]);
        for (const category of signature.yields ?? []) expect(isKnownCategory(category), `${entry.id} ${category}`).toBe(true);
      }
    }
  });

  test('no signature is shadowed by an earlier one: the engine takes the first whose method ends the call chain', () => {
    // An empty method matches only a call of the binding itself; a signature without a command matches any command.
    const endsWith = (method: string, suffix: string) => (suffix === '' ? method === '' : method === suffix || method.endsWith(`.${suffix}`));
    const shadowed: string[] = [];
    for (const entry of CATALOG) {
      entry.calls.forEach((later, index) => {
        const earlier = entry.calls
          .slice(0, index)
          .find((signature) => (signature.command === undefined || signature.command === later.command) && endsWith(later.method, signature.method));
        if (earlier) shadowed.push(`${entry.id}: ${later.method} after ${earlier.method}`);
      });
    }
    expect(shadowed).toEqual([]);
  });

  test('a bare call of the binding is only catalogued for snippet globals', () => {
    // An import is never called bare by a vendor's docs (the package's functions are named), a snippet global is (`fbq(...)`).
    const bare = CATALOG.filter((entry) => entry.calls.some((signature) => signature.method === ''));
    expect(bare.filter((entry) => (entry.globals ?? []).length === 0).map((entry) => entry.id)).toEqual([]);
    expect(bare.map((entry) => entry.id)).toEqual(expect.arrayContaining(['google-analytics', 'meta-pixel', 'intercom', 'rewardful', 'x-pixel']));
  });

  test('database entries list only writes', () => {
    const reads = CATALOG.filter((entry) => entry.kind === 'database').flatMap((entry) =>
      entry.calls.filter((signature) => READ_METHODS.has(signature.method.split('.').at(-1) ?? '')).map((signature) => `${entry.id} ${signature.method}`),
    );
    expect(reads).toEqual([]);
  });

  test('every argument of a log call may carry data; elsewhere only logger-like methods take all', () => {
    expect(CATALOG.filter((entry) => entry.kind === 'log').every((entry) => entry.calls.every((signature) => signature.args === 'all'))).toBe(true);
    // Log levels (and `with`, a child logger's bound fields), or a command API whose arguments are all data.
    const loggerLike = /^(?:critical|debug|error|fatal|info|log|trace|warn|warning|with)$/;
    const commandApis = ['google-analytics gtag', 'google-analytics sendGAEvent', 'matomo pushInstruction'];
    const elsewhere = CATALOG.filter((entry) => entry.kind !== 'log').flatMap((entry) =>
      entry.calls.filter((signature) => signature.args === 'all').map((signature) => `${entry.id} ${signature.method}`),
    );
    expect(elsewhere.filter((name) => !commandApis.includes(name) && !loggerLike.test(name.split(/[ .]/).at(-1) ?? ''))).toEqual([]);
    expect(elsewhere).toEqual(expect.arrayContaining([...commandApis, 'datadog logger.info', 'rollbar warning', 'axiom with']));
  });

  test('every REST endpoint names a bare hostname (or a *. subdomain wildcard), a path from the root and known categories', () => {
    const bad: string[] = [];
    for (const entry of CATALOG) {
      for (const endpoint of entry.endpoints ?? []) {
        if (!/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(endpoint.host)) bad.push(`${entry.id} host ${endpoint.host}`);
        if (endpoint.pathPrefix !== undefined && !/^\/\S*$/.test(endpoint.pathPrefix)) bad.push(`${entry.id} path ${endpoint.pathPrefix}`);
        for (const { path, category } of endpoint.body ?? []) {
          if (!isKnownCategory(category)) bad.push(`${entry.id} ${path}: ${category}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('no REST endpoint is claimed by two entries', () => {
    const owners = new Map<string, string[]>();
    for (const entry of CATALOG) {
      for (const endpoint of entry.endpoints ?? []) {
        const key = `${endpoint.host}${endpoint.pathPrefix ?? ''}`;
        owners.set(key, [...(owners.get(key) ?? []), entry.id]);
      }
    }
    expect(Object.fromEntries([...owners].filter(([, ids]) => new Set(ids).size > 1))).toEqual({});
  });

  test('package specifiers are npm names and globals are identifiers', () => {
    const bad: string[] = [];
    for (const entry of CATALOG) {
      for (const pkg of entry.packages) if (!/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/.test(pkg)) bad.push(`${entry.id} ${pkg}`);
      for (const name of entry.globals ?? []) if (!/^[A-Za-z_$][\w$]*$/.test(name)) bad.push(`${entry.id} ${name}`);
    }
    expect(bad).toEqual([]);
  });

  test('Prisma writes only the data it is given, never the lookup', () => {
    const prisma = getCatalogEntry('prisma');
    expect(prisma?.calls.find((signature) => signature.method === 'update')).toEqual({ method: 'update', args: [{ index: 0, paths: ['data'] }] });
    expect(prisma?.calls.find((signature) => signature.method === 'upsert')).toEqual({ method: 'upsert', args: [{ index: 0, paths: ['create', 'update'] }] });
  });

  test('getCatalogEntry finds entries by id', () => {
    expect(getCatalogEntry('segment')?.name).toBe('Segment');
    expect(getCatalogEntry('console')?.globals).toEqual(['console']);
    expect(getCatalogEntry('no-such-service')).toBeUndefined();
  });
});
