#!/usr/bin/env node
// Writes a realistic N-file TypeScript app (Next.js route handlers, Express routers, React components, services with
// injected SDK clients, analytics/logger/db wrappers, typed User/Order objects, and plenty of code that handles no
// personal data) for the benchmark. Output depends only on (files, seed): same inputs, same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 20261129;

const RESOURCES = [
  'account', 'address', 'appointment', 'booking', 'cart', 'checkout', 'coupon', 'feedback', 'invoice', 'invite',
  'member', 'message', 'newsletter', 'notification', 'order', 'payment', 'profile', 'project', 'referral', 'report',
  'review', 'shipment', 'subscription', 'support-ticket', 'team', 'user', 'waitlist', 'wishlist',
];
const ACTIONS = ['create', 'update', 'delete', 'list', 'export', 'import', 'verify', 'confirm', 'sync', 'archive'];
const UI_NAMES = [
  'Badge', 'Banner', 'Breadcrumbs', 'Button', 'Card', 'Chart', 'Dialog', 'Divider', 'Drawer', 'Dropdown', 'EmptyState',
  'Footer', 'Grid', 'Header', 'Icon', 'Layout', 'Link', 'List', 'Menu', 'Pagination', 'Panel', 'Pill', 'Popover',
  'Progress', 'Sidebar', 'Skeleton', 'Spinner', 'Stack', 'Stat', 'Table', 'Tabs', 'Tag', 'Timeline', 'Toast', 'Tooltip',
];
const UTIL_TOPICS = ['array', 'string', 'date', 'number', 'object', 'url', 'color', 'retry', 'cache', 'queue', 'format', 'parse', 'slug', 'sort'];
const MATH_TOPICS = ['vector', 'matrix', 'statistics', 'geometry', 'interpolation', 'random', 'histogram', 'easing'];
const HOOK_TOPICS = ['media-query', 'debounce', 'interval', 'previous', 'toggle', 'pagination', 'keyboard', 'scroll'];
const PERSONAL_FIELDS = [
  ['email', 'string'], ['phone', 'string'], ['firstName', 'string'], ['lastName', 'string'], ['fullName', 'string'],
  ['dateOfBirth', 'string'], ['street', 'string'], ['postalCode', 'string'], ['city', 'string'], ['ipAddress', 'string'],
];
const PLAIN_FIELDS = [
  ['sku', 'string'], ['quantity', 'number'], ['priceCents', 'number'], ['currency', 'string'], ['status', 'string'],
  ['title', 'string'], ['description', 'string'], ['createdAt', 'string'], ['tags', 'string[]'], ['position', 'number'],
];
const EVENTS = ['Signed Up', 'Logged In', 'Order Placed', 'Plan Changed', 'Invite Sent', 'Profile Updated', 'Checkout Started', 'Report Exported'];

/** Kinds of generated file, with the share of the app each takes. */
const KINDS = [
  ['next-route', 10], ['express-router', 6], ['form-component', 8], ['ui-component', 16], ['service', 8],
  ['util', 18], ['math', 10], ['hook', 6], ['types', 6], ['repository', 6], ['job', 6],
];

/** mulberry32: small, fast and good enough to make the corpus vary without depending on Math.random. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (probability) => next() < probability;
  const sample = (items, count) => {
    const pool = [...items];
    const out = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, sample };
}

const pascal = (kebab) => kebab.split('-').map((part) => part[0].toUpperCase() + part.slice(1)).join('');
const camel = (kebab) => {
  const p = pascal(kebab);
  return p[0].toLowerCase() + p.slice(1);
};

/**
 * Returns the app as a sorted array of [relativePath, content]; `files` counts every file written, including
 * package.json and tsconfig.json.
 */
export function generateApp({ files, seed = DEFAULT_SEED }) {
  if (!Number.isInteger(files) || files < 20) throw new Error(`generate-app needs at least 20 files, got ${files}`);
  const random = createRandom(seed);
  const out = new Map();
  const add = (path, lines) => {
    if (out.has(path)) throw new Error(`generate-app wrote ${path} twice`);
    out.set(path, Array.isArray(lines) ? `${lines.join('\n')}\n` : lines);
  };
  for (const [path, content] of createCoreFiles()) add(path, content);
  add('app/.well-known/account-deletion/route.ts', createWellKnownRoute(random));

  // Turns a name into a free path: the first of name, name-2, name-3... (or the caller's own numbering).
  const uniquePath = (dir, base, extension, toPath = (count) => `${dir}/${base}${count === 1 ? '' : `-${count}`}${extension}`) => {
    for (let count = 1; ; count++) {
      const path = toPath(count);
      if (!out.has(path)) return path;
    }
  };
  const totalWeight = KINDS.reduce((sum, [, weight]) => sum + weight, 0);
  const remaining = files - out.size;
  for (let index = 0; index < remaining; index++) {
    // Kinds are dealt in proportion to their weight, in a seeded order, so small apps still get every kind.
    let roll = random.next() * totalWeight;
    let kind = KINDS[0][0];
    for (const [name, weight] of KINDS) {
      roll -= weight;
      if (roll < 0) {
        kind = name;
        break;
      }
    }
    const [path, lines] = createFile(kind, random, uniquePath);
    add(path, lines);
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function writeApp(outDir, options) {
  const entries = generateApp(options);
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, content] of entries) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return entries.length;
}

function createFile(kind, random, uniquePath) {
  const resource = random.pick(RESOURCES);
  switch (kind) {
    case 'next-route': {
      const action = random.pick(ACTIONS);
      const toPath = (count) => `app/api/${count === 1 ? '' : `v${count}/`}${resource}/${action}/route.ts`;
      return [uniquePath('', '', '', toPath), withFiller(createNextRoute(random, resource, action), random)];
    }
    case 'express-router':
      return [uniquePath('src/server/routes', `${resource}-routes`, '.ts'), withFiller(createExpressRouter(random, resource), random)];
    case 'form-component':
      return [uniquePath('src/components/forms', `${pascal(resource)}Form`, '.tsx'), createFormComponent(random, resource)];
    case 'ui-component': {
      const name = random.pick(UI_NAMES);
      return [uniquePath(`src/components/ui/${resource}`, name, '.tsx'), createUiComponent(random, name)];
    }
    case 'service':
      return [uniquePath('src/services', `${resource}-service`, '.ts'), withFiller(createService(random, resource), random)];
    case 'util': {
      const topic = random.pick(UTIL_TOPICS);
      return [uniquePath('src/utils', topic, '.ts'), withFiller([`// Helpers for ${topic} handling shared across features.`], random, 70)];
    }
    case 'math': {
      const topic = random.pick(MATH_TOPICS);
      return [uniquePath('src/lib/math', topic, '.ts'), withFiller(createMathModule(random, topic), random, 60)];
    }
    case 'hook': {
      const topic = random.pick(HOOK_TOPICS);
      return [uniquePath('src/hooks', `use-${topic}`, '.ts'), withFiller(createHook(random, topic), random)];
    }
    case 'types':
      return [uniquePath('src/types', resource, '.ts'), createTypesModule(random, resource)];
    case 'repository':
      return [uniquePath('src/repositories', `${resource}-repository`, '.ts'), withFiller(createRepository(random, resource), random)];
    case 'job':
      return [uniquePath('src/jobs', `${resource}-job`, '.ts'), withFiller(createJob(random, resource), random)];
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

/** Appends pure helper functions until the file reaches a length between 60 and 150 lines. */
function withFiller(lines, random, minimum = 60) {
  const target = random.int(Math.max(minimum, lines.length + 8), 150);
  const used = new Set();
  let guard = 0;
  while (lines.length < target && guard++ < 40) {
    const template = random.pick(FILLERS);
    const suffix = used.has(template) ? String(guard) : '';
    used.add(template);
    lines.push('', ...template(suffix, random));
  }
  return lines;
}

const FILLERS = [
  (s, r) => [
    `export function clamp${s}(value: number, min = ${r.int(0, 5)}, max = ${r.int(50, 500)}): number {`,
    '  if (Number.isNaN(value)) return min;',
    '  return Math.min(max, Math.max(min, value));',
    '}',
  ],
  (s) => [
    `export function chunk${s}<T>(items: readonly T[], size: number): T[][] {`,
    '  if (size <= 0) throw new RangeError(`chunk size must be positive, got ${size}`);',
    '  const out: T[][] = [];',
    '  for (let index = 0; index < items.length; index += size) {',
    '    out.push(items.slice(index, index + size));',
    '  }',
    '  return out;',
    '}',
  ],
  (s, r) => [
    `export function debounce${s}<A extends unknown[]>(fn: (...args: A) => void, wait = ${r.int(50, 400)}) {`,
    '  let timer: ReturnType<typeof setTimeout> | undefined;',
    '  return (...args: A) => {',
    '    if (timer !== undefined) clearTimeout(timer);',
    '    timer = setTimeout(() => fn(...args), wait);',
    '  };',
    '}',
  ],
  (s, r) => [
    `export function formatMoney${s}(cents: number, currency = '${r.pick(['EUR', 'USD', 'GBP', 'CHF'])}', locale = 'en-US'): string {`,
    '  const formatter = new Intl.NumberFormat(locale, { style: \'currency\', currency });',
    '  return formatter.format(cents / 100);',
    '}',
  ],
  (s) => [
    `export function groupBy${s}<T, K extends PropertyKey>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {`,
    '  const groups = {} as Record<K, T[]>;',
    '  for (const item of items) {',
    '    const k = key(item);',
    '    (groups[k] ??= []).push(item);',
    '  }',
    '  return groups;',
    '}',
  ],
  (s, r) => [
    `export async function retry${s}<T>(task: () => Promise<T>, attempts = ${r.int(2, 6)}, delayMs = ${r.int(100, 1000)}): Promise<T> {`,
    '  let lastError: unknown;',
    '  for (let attempt = 0; attempt < attempts; attempt++) {',
    '    try {',
    '      return await task();',
    '    } catch (error) {',
    '      lastError = error;',
    '      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));',
    '    }',
    '  }',
    '  throw lastError;',
    '}',
  ],
  (s) => [
    `export function slugify${s}(text: string): string {`,
    '  return text',
    '    .normalize(\'NFKD\')',
    '    .replace(/[\\u0300-\\u036f]/g, \'\')',
    '    .toLowerCase()',
    '    .replace(/[^a-z0-9]+/g, \'-\')',
    '    .replace(/^-+|-+$/g, \'\');',
    '}',
  ],
  (s, r) => [
    `export const PAGE_SIZES${s} = [${r.int(5, 10)}, ${r.int(20, 30)}, ${r.int(50, 100)}] as const;`,
    '',
    `export function paginate${s}<T>(items: readonly T[], page: number, pageSize: number = PAGE_SIZES${s}[0]) {`,
    '  const pages = Math.max(1, Math.ceil(items.length / pageSize));',
    '  const current = Math.min(Math.max(1, page), pages);',
    '  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pages };',
    '}',
  ],
  (s) => [
    `export function deepEqual${s}(a: unknown, b: unknown): boolean {`,
    '  if (Object.is(a, b)) return true;',
    '  if (typeof a !== \'object\' || typeof b !== \'object\' || a === null || b === null) return false;',
    '  const keysA = Object.keys(a);',
    '  const keysB = Object.keys(b);',
    '  if (keysA.length !== keysB.length) return false;',
    '  return keysA.every((key) => deepEqual' + s + '((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));',
    '}',
  ],
  (s) => [
    `export function parseQuery${s}(search: string): Record<string, string> {`,
    '  const out: Record<string, string> = {};',
    '  for (const [key, value] of new URLSearchParams(search)) out[key] = value;',
    '  return out;',
    '}',
  ],
  (s, r) => [
    `export function movingAverage${s}(values: readonly number[], window = ${r.int(3, 12)}): number[] {`,
    '  const out: number[] = [];',
    '  let sum = 0;',
    '  for (let index = 0; index < values.length; index++) {',
    '    sum += values[index] ?? 0;',
    '    if (index >= window) sum -= values[index - window] ?? 0;',
    '    out.push(sum / Math.min(index + 1, window));',
    '  }',
    '  return out;',
    '}',
  ],
  (s, r) => [
    `export type Result${s}<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };`,
    '',
    `export function tryParseJson${s}<T>(text: string): Result${s}<T> {`,
    '  try {',
    '    return { ok: true, value: JSON.parse(text) as T };',
    '  } catch (error) {',
    `    return { ok: false, error: error instanceof Error ? error : new Error('invalid JSON (${r.int(1, 99)})') };`,
    '  }',
    '}',
  ],
  (s) => [
    `export class LruCache${s}<K, V> {`,
    '  private readonly entries = new Map<K, V>();',
    '  constructor(private readonly capacity: number) {}',
    '  get(key: K): V | undefined {',
    '    const value = this.entries.get(key);',
    '    if (value === undefined) return undefined;',
    '    this.entries.delete(key);',
    '    this.entries.set(key, value);',
    '    return value;',
    '  }',
    '  set(key: K, value: V): void {',
    '    this.entries.delete(key);',
    '    this.entries.set(key, value);',
    '    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);',
    '  }',
    '}',
  ],
  (s, r) => [
    `export function relativeTime${s}(from: Date, to: Date = new Date(${r.int(1_600_000_000, 1_800_000_000)}000)): string {`,
    '  const seconds = Math.round((to.getTime() - from.getTime()) / 1000);',
    '  if (seconds < 60) return `${seconds}s ago`;',
    '  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;',
    '  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ago`;',
    '  return `${Math.floor(seconds / 86400)}d ago`;',
    '}',
  ],
  (s) => [
    `export function hexToRgb${s}(hex: string): [number, number, number] {`,
    '  const value = hex.replace(/^#/, \'\');',
    '  const full = value.length === 3 ? [...value].map((c) => c + c).join(\'\') : value;',
    '  const number = Number.parseInt(full, 16);',
    '  return [(number >> 16) & 255, (number >> 8) & 255, number & 255];',
    '}',
  ],
];

function createCoreFiles() {
  const packageJson = {
    name: 'acme-shop',
    version: '1.0.0',
    private: true,
    scripts: { dev: 'next dev', build: 'next build', start: 'next start', server: 'node dist/server/index.js' },
    dependencies: {
      '@prisma/client': '5.22.0', '@segment/analytics-node': '2.1.3', '@sendgrid/mail': '8.1.4', '@sentry/nextjs': '8.42.0',
      axios: '1.7.9', express: '4.21.2', 'mixpanel-browser': '2.56.0', next: '15.1.0', openai: '4.76.0', pino: '9.5.0',
      'posthog-js': '1.200.0', react: '19.0.0', 'react-dom': '19.0.0', resend: '4.0.1', stripe: '17.4.0', twilio: '5.3.7',
      zod: '3.24.1',
    },
    devDependencies: { '@types/express': '5.0.0', '@types/node': '22.10.2', '@types/react': '19.0.1', typescript: '5.7.2' },
  };
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022', lib: ['dom', 'dom.iterable', 'es2023'], allowJs: false, skipLibCheck: true, strict: true,
      noEmit: true, esModuleInterop: true, module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true,
      isolatedModules: true, jsx: 'preserve', incremental: true, paths: { '@/*': ['./src/*'] },
    },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  };
  return [
    ['package.json', `${JSON.stringify(packageJson, null, 2)}\n`],
    ['tsconfig.json', `${JSON.stringify(tsconfig, null, 2)}\n`],
    ['src/types/user.ts', [
      'export type Role = \'owner\' | \'admin\' | \'member\' | \'viewer\';',
      '',
      'export interface Address {',
      '  street: string;',
      '  postalCode: string;',
      '  city: string;',
      '  country: string;',
      '}',
      '',
      'export interface User {',
      '  id: string;',
      '  email: string;',
      '  firstName: string;',
      '  lastName: string;',
      '  phone?: string;',
      '  dateOfBirth?: string;',
      '  address?: Address;',
      '  role: Role;',
      '  createdAt: string;',
      '}',
      '',
      'export type PublicUser = Pick<User, \'id\' | \'role\'>;',
      '',
      'export function displayName(user: Pick<User, \'firstName\' | \'lastName\'>): string {',
      '  return `${user.firstName} ${user.lastName}`.trim();',
      '}',
    ]],
    ['src/types/order.ts', [
      'import type { Address, User } from \'./user\';',
      '',
      'export interface OrderLine {',
      '  sku: string;',
      '  quantity: number;',
      '  priceCents: number;',
      '}',
      '',
      'export interface Order {',
      '  id: string;',
      '  customer: User;',
      '  shippingAddress: Address;',
      '  lines: OrderLine[];',
      '  currency: string;',
      '  status: \'pending\' | \'paid\' | \'shipped\' | \'cancelled\';',
      '}',
      '',
      'export function orderTotal(order: Pick<Order, \'lines\'>): number {',
      '  return order.lines.reduce((sum, line) => sum + line.quantity * line.priceCents, 0);',
      '}',
    ]],
    ['src/lib/analytics.ts', [
      'import { Analytics } from \'@segment/analytics-node\';',
      'import posthog from \'posthog-js\';',
      'import type { User } from \'../types/user\';',
      '',
      'const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? \'\' });',
      '',
      'export function trackEvent(event: string, properties: Record<string, unknown> = {}): void {',
      '  posthog.capture(event, properties);',
      '}',
      '',
      'export function identifyUser(user: User): void {',
      '  segment.identify({ userId: user.id, traits: { email: user.email, firstName: user.firstName, lastName: user.lastName } });',
      '}',
      '',
      'export function trackServerEvent(userId: string, event: string, properties: Record<string, unknown> = {}): void {',
      '  segment.track({ userId, event, properties });',
      '}',
    ]],
    ['src/lib/logger.ts', [
      'import pino from \'pino\';',
      '',
      'export const logger = pino({ level: process.env.LOG_LEVEL ?? \'info\', redact: [\'req.headers.authorization\'] });',
      '',
      'export function childLogger(module: string) {',
      '  return logger.child({ module });',
      '}',
    ]],
    ['src/lib/db.ts', [
      'import { PrismaClient } from \'@prisma/client\';',
      '',
      'const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };',
      '',
      'export const prisma = globalForPrisma.prisma ?? new PrismaClient();',
      '',
      'if (process.env.NODE_ENV !== \'production\') globalForPrisma.prisma = prisma;',
    ]],
    ['src/lib/monitoring.ts', [
      'import * as Sentry from \'@sentry/nextjs\';',
      'import type { User } from \'../types/user\';',
      '',
      'export function reportError(error: unknown, user?: Pick<User, \'id\' | \'email\'>): void {',
      '  if (user) Sentry.setUser({ id: user.id, email: user.email });',
      '  Sentry.captureException(error);',
      '}',
    ]],
    ['src/lib/http.ts', [
      'import axios from \'axios\';',
      '',
      'export const api = axios.create({ baseURL: \'https://api.acme.example\', timeout: 10_000 });',
      '',
      'export async function postJson<T>(path: string, body: unknown): Promise<T> {',
      '  const response = await fetch(`https://api.acme.example${path}`, {',
      '    method: \'POST\',',
      '    headers: { \'content-type\': \'application/json\' },',
      '    body: JSON.stringify(body),',
      '  });',
      '  if (!response.ok) throw new Error(`POST ${path} failed with ${response.status}`);',
      '  return (await response.json()) as T;',
      '}',
    ]],
    ['src/server/app.ts', [
      'import express from \'express\';',
      'import { logger } from \'../lib/logger\';',
      '',
      'export const app = express();',
      'app.use(express.json({ limit: \'1mb\' }));',
      'app.use((req, _res, next) => {',
      '  logger.info({ method: req.method, path: req.path, ip: req.ip }, \'request\');',
      '  next();',
      '});',
    ]],
  ];
}

function createWellKnownRoute(random) {
  return `${[
    'import { NextResponse } from \'next/server\';',
    'import { prisma } from \'@/lib/db\';',
    'import { logger } from \'@/lib/logger\';',
    '',
    '// Account-deletion endpoint that app stores link to.',
    'export async function POST(request: Request) {',
    '  const { email } = (await request.json()) as { email: string };',
    '  logger.info({ email }, \'account deletion requested\');',
    `  await prisma.deletionRequest.create({ data: { email, requestedAt: new Date(${random.int(1_700_000_000, 1_800_000_000)}000) } });`,
    '  return NextResponse.json({ ok: true });',
    '}',
  ].join('\n')}\n`;
}

function personalPick(random, count) {
  return random.sample(PERSONAL_FIELDS, count).map(([name]) => name);
}

function createNextRoute(random, resource, action) {
  const fields = personalPick(random, random.int(1, 3));
  const model = camel(resource);
  const personal = random.chance(0.6);
  const lines = [
    'import { NextResponse } from \'next/server\';',
    'import { z } from \'zod\';',
    'import { prisma } from \'@/lib/db\';',
    'import { logger } from \'@/lib/logger\';',
    'import { trackServerEvent } from \'@/lib/analytics\';',
    '',
    `const ${pascal(action)}Schema = z.object({`,
    ...(personal ? fields.map((field) => `  ${field}: z.string().min(1),`) : []),
    `  ${random.pick(PLAIN_FIELDS)[0]}: z.string().optional(),`,
    '  userId: z.string(),',
    '});',
    '',
    `export async function ${action === 'list' || action === 'export' ? 'GET' : 'POST'}(request: Request) {`,
  ];
  if (action === 'list' || action === 'export') {
    lines.push(
      '  const url = new URL(request.url);',
      `  const page = Number(url.searchParams.get('page') ?? '1');`,
      `  const items = await prisma.${model}.findMany({ skip: (page - 1) * ${random.int(10, 50)}, take: ${random.int(10, 50)} });`,
      `  logger.debug({ count: items.length, page }, '${resource} ${action}');`,
      '  return NextResponse.json({ items, page });',
      '}',
    );
    return lines;
  }
  lines.push(
    `  const input = ${pascal(action)}Schema.parse(await request.json());`,
    `  const record = await prisma.${model}.${action === 'delete' ? 'delete({ where: { id: input.userId } })' : `upsert({ where: { id: input.userId }, create: input, update: input })`};`,
  );
  if (personal) lines.push(`  logger.info({ ${fields[0]}: input.${fields[0]} }, '${resource} ${action}');`);
  else lines.push(`  logger.info({ id: record.id }, '${resource} ${action}');`);
  if (random.chance(0.5)) lines.push(`  trackServerEvent(input.userId, '${pascal(resource)} ${pascal(action)}', { ${personal ? `${fields.at(-1)}: input.${fields.at(-1)}` : 'source: \'api\''} });`);
  lines.push('  return NextResponse.json({ id: record.id }, { status: 201 });', '}');
  return lines;
}

function createExpressRouter(random, resource) {
  const fields = personalPick(random, random.int(2, 4));
  const model = camel(resource);
  return [
    'import { Router } from \'express\';',
    'import { prisma } from \'../../lib/db\';',
    'import { logger } from \'../../lib/logger\';',
    'import { reportError } from \'../../lib/monitoring\';',
    '',
    'export const router = Router();',
    '',
    `router.post('/${resource}s', async (req, res) => {`,
    `  const { ${fields.join(', ')} } = req.body;`,
    '  try {',
    `    const created = await prisma.${model}.create({ data: { ${fields.join(', ')} } });`,
    `    logger.info({ id: created.id, ${fields[0]} }, '${resource} created');`,
    '    res.status(201).json(created);',
    '  } catch (error) {',
    '    reportError(error);',
    `    res.status(500).json({ error: 'could not create ${resource}' });`,
    '  }',
    '});',
    '',
    `router.get('/${resource}s/:id', async (req, res) => {`,
    `  const found = await prisma.${model}.findUnique({ where: { id: req.params.id } });`,
    '  if (!found) return res.status(404).end();',
    '  return res.json(found);',
    '});',
    '',
    `router.patch('/${resource}s/:id', async (req, res) => {`,
    `  const patch = req.body as Partial<{ ${fields.map((field) => `${field}: string`).join('; ')} }>;`,
    `  const updated = await prisma.${model}.update({ where: { id: req.params.id }, data: patch });`,
    `  logger.debug({ ip: req.ip }, 'patched ${resource}');`,
    '  res.json(updated);',
    '});',
  ];
}

function createFormComponent(random, resource) {
  const fields = personalPick(random, random.int(2, 4));
  const name = `${pascal(resource)}Form`;
  const useStorage = random.chance(0.4);
  const lines = [
    '\'use client\';',
    '',
    'import { useState, type FormEvent } from \'react\';',
    'import { trackEvent } from \'../../lib/analytics\';',
    'import { postJson } from \'../../lib/http\';',
    '',
    `interface ${name}Values {`,
    ...fields.map((field) => `  ${field}: string;`),
    '}',
    '',
    `const EMPTY: ${name}Values = { ${fields.map((field) => `${field}: ''`).join(', ')} };`,
    '',
    `export function ${name}({ onDone }: { onDone?: () => void }) {`,
    `  const [values, setValues] = useState<${name}Values>(EMPTY);`,
    '  const [busy, setBusy] = useState(false);',
    '',
    '  async function onSubmit(event: FormEvent<HTMLFormElement>) {',
    '    event.preventDefault();',
    '    setBusy(true);',
    `    await postJson('/${resource}s', values);`,
    `    trackEvent('${random.pick(EVENTS)}', { ${fields[0]}: values.${fields[0]} });`,
  ];
  if (useStorage) lines.push(`    localStorage.setItem('last-${fields[0]}', values.${fields[0]});`);
  lines.push(
    '    setBusy(false);',
    '    onDone?.();',
    '  }',
    '',
    '  return (',
    '    <form onSubmit={onSubmit} className="space-y-4">',
  );
  for (const field of fields) {
    lines.push(
      `      <label className="block">`,
      `        <span className="text-sm font-medium">${field}</span>`,
      `        <input`,
      `          name="${field}"`,
      `          value={values.${field}}`,
      `          onChange={(event) => setValues({ ...values, ${field}: event.target.value })}`,
      `          className="mt-1 w-full rounded border px-3 py-2"`,
      '        />',
      '      </label>',
    );
  }
  lines.push(
    '      <button type="submit" disabled={busy} className="rounded bg-black px-4 py-2 text-white">',
    `        {busy ? 'Saving…' : 'Save ${resource}'}`,
    '      </button>',
    '    </form>',
    '  );',
    '}',
  );
  return lines;
}

function createUiComponent(random, name) {
  const variants = random.sample(['primary', 'secondary', 'ghost', 'danger', 'outline', 'subtle', 'success'], random.int(2, 5));
  const sizes = random.sample(['xs', 'sm', 'md', 'lg', 'xl'], random.int(2, 4));
  const lines = [
    'import type { ReactNode } from \'react\';',
    '',
    `export type ${name}Variant = ${variants.map((v) => `'${v}'`).join(' | ')};`,
    `export type ${name}Size = ${sizes.map((v) => `'${v}'`).join(' | ')};`,
    '',
    `export interface ${name}Props {`,
    `  variant?: ${name}Variant;`,
    `  size?: ${name}Size;`,
    '  title?: string;',
    '  children?: ReactNode;',
    '  className?: string;',
    '}',
    '',
    'const VARIANT_CLASSES = {',
    ...variants.map((v) => `  ${v}: 'bg-${random.pick(['gray', 'blue', 'red', 'green', 'zinc', 'amber'])}-${random.int(1, 9)}00 text-${random.pick(['white', 'black'])}',`),
    `} satisfies Record<${name}Variant, string>;`,
    '',
    'const SIZE_CLASSES = {',
    ...sizes.map((v, i) => `  ${v}: 'px-${i + 1} py-${i} text-${v}',`),
    `} satisfies Record<${name}Size, string>;`,
    '',
    `export function ${name}({ variant = '${variants[0]}', size = '${sizes[0]}', title, children, className = '' }: ${name}Props) {`,
    '  const classes = [VARIANT_CLASSES[variant], SIZE_CLASSES[size], className].filter(Boolean).join(\' \');',
    '  return (',
    '    <div className={classes} role="group" aria-label={title}>',
    '      {title ? <h3 className="font-semibold">{title}</h3> : null}',
    '      {children}',
    '    </div>',
    '  );',
    '}',
  ];
  const extraItems = random.int(2, 8);
  lines.push('', `export function ${name}List({ items }: { items: Array<{ id: string; label: string }> }) {`, '  return (', '    <ul>');
  for (let index = 0; index < extraItems; index++) lines.push(`      {items[${index}] ? <li key={items[${index}].id}>{items[${index}].label}</li> : null}`);
  lines.push('    </ul>', '  );', '}');
  return withFiller(lines, random, 60);
}

function createService(random, resource) {
  const flavour = random.pick(['billing', 'messaging', 'email', 'ai', 'crm']);
  const name = `${pascal(resource)}Service`;
  const header = {
    billing: ['import Stripe from \'stripe\';', 'stripe: Stripe', (u) => `      const customer = await this.stripe.customers.create({ email: ${u}.email, name: displayName(${u}), phone: ${u}.phone });`],
    messaging: ['import { Twilio } from \'twilio\';', 'twilio: Twilio', (u) => `      const customer = await this.twilio.messages.create({ to: ${u}.phone ?? '', from: '+15550100', body: \`Hi ${'${'}${u}.firstName}, your ${resource} is ready\` });`],
    email: ['import { Resend } from \'resend\';', 'resend: Resend', (u) => `      const customer = await this.resend.emails.send({ from: 'shop@acme.example', to: ${u}.email, subject: '${pascal(resource)} update', html: '<p>Hello</p>' });`],
    ai: ['import OpenAI from \'openai\';', 'openai: OpenAI', (u) => `      const customer = await this.openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: \`Summarise the ${resource} history of ${'${'}displayName(${u})}\` }] });`],
    crm: ['import mixpanel from \'mixpanel-browser\';', 'analytics: typeof mixpanel', (u) => `      this.analytics.people.set({ $email: ${u}.email, $first_name: ${u}.firstName });\n      const customer = { id: ${u}.id };`],
  }[flavour];
  const field = header[1].split(':')[0];
  return [
    header[0],
    'import type { User } from \'../types/user\';',
    'import { displayName } from \'../types/user\';',
    'import { logger } from \'../lib/logger\';',
    'import { reportError } from \'../lib/monitoring\';',
    '',
    `export class ${name} {`,
    `  constructor(private readonly ${header[1]}, private readonly retries = ${random.int(1, 5)}) {}`,
    '',
    `  async register(user: User) {`,
    '    try {',
    header[2]('user'),
    `      logger.info({ userId: user.id, ${random.chance(0.3) ? 'email: user.email, ' : ''}attempts: this.retries }, '${flavour} ${resource} registered');`,
    '      return customer;',
    '    } catch (error) {',
    '      reportError(error, user);',
    '      throw error;',
    '    }',
    '  }',
    '',
    `  describe(): string {`,
    `    return \`${name} using ${field} with \${this.retries} retries\`;`,
    '  }',
    '}',
  ];
}

function createMathModule(random, topic) {
  const dims = random.int(2, 4);
  const axes = ['x', 'y', 'z', 'w'].slice(0, dims);
  return [
    `// ${topic} helpers used by charts and layout.`,
    `export interface Vec${dims} { ${axes.map((a) => `${a}: number;`).join(' ')} }`,
    '',
    `export function add${dims}(a: Vec${dims}, b: Vec${dims}): Vec${dims} {`,
    `  return { ${axes.map((a) => `${a}: a.${a} + b.${a}`).join(', ')} };`,
    '}',
    '',
    `export function dot${dims}(a: Vec${dims}, b: Vec${dims}): number {`,
    `  return ${axes.map((a) => `a.${a} * b.${a}`).join(' + ')};`,
    '}',
    '',
    `export function length${dims}(v: Vec${dims}): number {`,
    `  return Math.sqrt(dot${dims}(v, v));`,
    '}',
    '',
    `export function lerp(a: number, b: number, t: number): number {`,
    '  return a + (b - a) * t;',
    '}',
    '',
    'export function mean(values: readonly number[]): number {',
    '  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;',
    '}',
    '',
    'export function variance(values: readonly number[]): number {',
    '  const m = mean(values);',
    '  return mean(values.map((v) => (v - m) ** 2));',
    '}',
    '',
    `export function histogram(values: readonly number[], buckets = ${random.int(4, 20)}): number[] {`,
    '  const out = new Array<number>(buckets).fill(0);',
    '  const min = Math.min(...values);',
    '  const span = Math.max(...values) - min || 1;',
    '  for (const value of values) out[Math.min(buckets - 1, Math.floor(((value - min) / span) * buckets))]! += 1;',
    '  return out;',
    '}',
  ];
}

function createHook(random, topic) {
  const name = `use${pascal(topic)}`;
  const tracks = random.chance(0.25);
  return [
    'import { useEffect, useRef, useState } from \'react\';',
    ...(tracks ? ['import { trackEvent } from \'../lib/analytics\';'] : []),
    '',
    `export function ${name}(initial = ${random.int(0, 10)}, delayMs = ${random.int(100, 2000)}) {`,
    '  const [value, setValue] = useState(initial);',
    '  const previous = useRef(initial);',
    '  useEffect(() => {',
    '    const timer = setTimeout(() => {',
    '      previous.current = value;',
    '      setValue((current) => current + 1);',
    ...(tracks ? [`      trackEvent('${topic} changed', { value });`] : []),
    '    }, delayMs);',
    '    return () => clearTimeout(timer);',
    '  }, [value, delayMs]);',
    '  return { value, previous: previous.current, reset: () => setValue(initial) };',
    '}',
  ];
}

function createTypesModule(random, resource) {
  const name = pascal(resource);
  const plain = random.sample(PLAIN_FIELDS, random.int(3, 7));
  const personal = random.chance(0.4) ? random.sample(PERSONAL_FIELDS, random.int(1, 3)) : [];
  const lines = [
    ...(personal.length > 0 ? ['import type { User } from \'./user\';', ''] : []),
    `export interface ${name} {`,
    '  id: string;',
    ...[...plain, ...personal].map(([field, type]) => `  ${field}: ${type};`),
    ...(personal.length > 0 ? ['  owner: User;'] : []),
    '}',
    '',
    `export type ${name}Draft = Omit<${name}, 'id'>;`,
    `export type ${name}Patch = Partial<${name}Draft>;`,
    '',
    `export const ${camel(resource)}Statuses = [${random.sample(['draft', 'active', 'archived', 'pending', 'done', 'failed'], 3).map((s) => `'${s}'`).join(', ')}] as const;`,
    `export type ${name}Status = (typeof ${camel(resource)}Statuses)[number];`,
    '',
    `export function is${name}Status(value: string): value is ${name}Status {`,
    `  return (${camel(resource)}Statuses as readonly string[]).includes(value);`,
    '}',
  ];
  return withFiller(lines, random, 60);
}

function createRepository(random, resource) {
  const model = camel(resource);
  const name = pascal(resource);
  const fields = personalPick(random, random.int(1, 3));
  return [
    'import { prisma } from \'../lib/db\';',
    'import type { User } from \'../types/user\';',
    '',
    `export async function find${name}ById(id: string) {`,
    `  return prisma.${model}.findUnique({ where: { id } });`,
    '}',
    '',
    `export async function find${name}ByEmail(email: string) {`,
    `  return prisma.${model}.findFirst({ where: { email } });`,
    '}',
    '',
    `export async function save${name}(user: User) {`,
    `  return prisma.${model}.create({`,
    `    data: { userId: user.id, ${fields.map((field) => `${field}: user.${field === 'fullName' ? 'firstName' : field === 'street' || field === 'postalCode' || field === 'city' ? `address?.${field}` : field === 'ipAddress' ? 'id' : field}`).join(', ')} },`,
    '  });',
    '}',
    '',
    `export async function count${name}s(): Promise<number> {`,
    `  return prisma.${model}.count();`,
    '}',
  ];
}

function createJob(random, resource) {
  const mail = random.chance(0.5);
  return [
    mail ? 'import sgMail from \'@sendgrid/mail\';' : 'import { api } from \'../lib/http\';',
    'import type { Order } from \'../types/order\';',
    'import { orderTotal } from \'../types/order\';',
    'import { childLogger } from \'../lib/logger\';',
    '',
    `const log = childLogger('${resource}-job');`,
    '',
    `export async function run${pascal(resource)}Job(orders: Order[]): Promise<number> {`,
    '  let sent = 0;',
    '  for (const order of orders) {',
    `    if (orderTotal(order) < ${random.int(100, 5000)}) continue;`,
    mail
      ? `    await sgMail.send({ to: order.customer.email, from: 'orders@acme.example', subject: 'Your ${resource}', text: \`Total: \${orderTotal(order)}\` });`
      : `    await api.post('/fulfilment', { orderId: order.id, address: order.shippingAddress, phone: order.customer.phone });`,
    '    sent += 1;',
    '  }',
    `  log.info({ sent, batch: orders.length }, '${resource} job done');`,
    '  return sent;',
    '}',
  ];
}

function main(argv) {
  const [countText, outDir, seedText] = argv;
  const files = Number(countText);
  if (!countText || !outDir || !Number.isInteger(files)) {
    process.stderr.write('usage: node bench/generate-app.mjs <files> <outDir> [seed]\n');
    return 2;
  }
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  const written = writeApp(resolve(outDir), { files, seed });
  process.stdout.write(`wrote ${written} files to ${outDir}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
