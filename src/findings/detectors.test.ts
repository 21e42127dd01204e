import { describe, expect, test } from 'vitest';
import { findInline, scanInline, summarizeGap } from '../testing/inline-project.js';

type Case = [name: string, code: string | Record<string, string>, dependencies: string[], expected: string[]];

const check = async ([, code, dependencies, expected]: Case) => {
  expect(await findInline(code, { dependencies })).toEqual(expected);
};

describe('SDK calls from the catalog', () => {
  test.each<Case>([
    [
      'default import, traits object',
      `
      import posthog from 'posthog-js';
      export function identify(user: { id: string; email: string }) {
        posthog.identify(user.id, { email: user.email });
      }`,
      ['posthog-js'],
      ['src/app.ts:3:3 user.contact.email analytics posthog', 'src/app.ts:3:3 user.unique_id analytics posthog'],
    ],
    [
      'instance from new X() held in a variable, aliased named import',
      `
      import { Analytics as SegmentAnalytics } from '@segment/analytics-node';
      const client = new SegmentAnalytics({ writeKey: 'k' });
      export const signup = (email: string) => client.track({ userId: 'u', event: 'Signed Up', properties: { email } });`,
      ['@segment/analytics-node'],
      ['src/app.ts:3:42 user.contact.email analytics segment'],
    ],
    [
      'factory result, namespace import and require',
      `
      import * as Sentry from '@sentry/node';
      const twilio = require('twilio');
      const sms = twilio('sid', 'token');
      export function alert(phoneNumber: string, email: string) {
        Sentry.setUser({ email });
        return sms.messages.create({ to: phoneNumber, from: '+100', body: 'Hi' });
      }`,
      ['@sentry/node', 'twilio'],
      ['src/app.ts:5:3 user.contact.email error-monitoring sentry', 'src/app.ts:6:10 user.contact.phone_number messaging twilio'],
    ],
    [
      'class field and constructor-injected client',
      `
      import Stripe from 'stripe';
      export class Billing {
        constructor(private readonly stripe: Stripe) {}
        open(customer: { email: string; name: string }) {
          return this.stripe.customers.create({ email: customer.email, name: customer.name });
        }
      }`,
      ['stripe'],
      ['src/app.ts:5:12 user.contact.email payments stripe', 'src/app.ts:5:12 user.name payments stripe'],
    ],
    [
      'snippet globals, window.X and command-style calls',
      `
      declare const gtag: (...args: unknown[]) => void;
      export function consent(email: string) {
        window.fbq('init', '123', { em: email });
        (window as any).analytics.identify('u1', { email });
      }`,
      [],
      ['src/app.ts:3:3 user.contact.email advertising meta-pixel', 'src/app.ts:4:3 user.contact.email analytics segment'],
    ],
    [
      'SDK re-exported through a project module',
      {
        'src/lib/posthog.ts': `
        import { PostHog } from 'posthog-node';
        export const posthog = new PostHog('key');`,
        'src/lib/index.ts': `export { posthog } from './posthog';`,
        'src/app.ts': `
        import { posthog } from './lib';
        export const track = (email: string) => posthog.capture({ distinctId: 'x', event: 'e', properties: { email } });`,
      },
      ['posthog-node'],
      ['src/app.ts:2:41 user.contact.email analytics posthog'],
    ],
    [
      'a SDK not listed in package.json is not live',
      `
      import posthog from 'posthog-js';
      export const go = (email: string) => posthog.capture('x', { email });`,
      ['react'],
      [],
    ],
    [
      'database writes only, not lookups',
      `
      import { PrismaClient } from '@prisma/client';
      const prisma = new PrismaClient();
      export async function signUp(email: string, phone: string) {
        const existing = await prisma.user.findUnique({ where: { email } });
        if (existing) return existing;
        return prisma.user.create({ data: { email, phone } });
      }`,
      ['@prisma/client'],
      ['src/app.ts:6:10 user.contact.email database prisma', 'src/app.ts:6:10 user.contact.phone_number database prisma'],
    ],
  ])('%s', async (...testCase) => check(testCase));
});

describe('generic sinks', () => {
  test.each<Case>([
    [
      'fetch body and query string, literal host',
      `
      export async function subscribe(email: string, phone: string) {
        await fetch(\`https://api.mail.example/v1/subscribe?phone=\${encodeURIComponent(phone)}\`, {
          method: 'POST',
          body: JSON.stringify({ email }),
        });
      }`,
      [],
      ['src/app.ts:2:9 user.contact.email http api.mail.example', 'src/app.ts:2:9 user.contact.phone_number http api.mail.example'],
    ],
    [
      'axios instance with baseURL; relative URL without base has no recipient',
      `
      import axios from 'axios';
      const api = axios.create({ baseURL: 'https://crm.example.com/api' });
      export async function save(email: string) {
        await api.post('/contacts', { email });
        await axios.post('/api/contacts', { email });
      }`,
      ['axios'],
      ['src/app.ts:4:9 user.contact.email http crm.example.com', 'src/app.ts:5:9 user.contact.email http null'],
    ],
    [
      'browser storage and cookies',
      `
      export function remember(email: string, phoneNumber: string) {
        localStorage.setItem('email', email);
        sessionStorage.phone = phoneNumber;
        document.cookie = \`email=\${email}; path=/\`;
        localStorage.setItem('theme', 'dark');
      }`,
      [],
      [
        'src/app.ts:2:3 user.contact.email browser-storage null',
        'src/app.ts:3:3 user.contact.phone_number browser-storage null',
        'src/app.ts:4:3 user.contact.email cookie null',
      ],
    ],
    [
      'loggers: console and pino child logger',
      `
      import pino from 'pino';
      const log = pino().child({ module: 'auth' });
      export function login(user: { email: string }) {
        console.log('login', user.email);
        log.info({ ip: '1.2.3.4' }, 'email sent');
      }`,
      ['pino'],
      ['src/app.ts:4:3 user.contact.email log console'],
    ],
    [
      'device APIs',
      `
      export function locate() {
        navigator.geolocation.getCurrentPosition(() => {});
        return navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      }`,
      [],
      ['src/app.ts:2:3 user.location.precise device-api null', 'src/app.ts:3:10 user.biometric.voice device-api null'],
    ],
  ])('%s', async (...testCase) => check(testCase));
});

describe('request input', () => {
  test.each<Case>([
    [
      'express body destructuring and ip',
      `
      import type { Request, Response } from 'express';
      export function signup(req: Request, res: Response) {
        const { email, password } = req.body;
        const ip = req.ip;
        res.json({ ok: Boolean(email && password && ip) });
      }`,
      ['express'],
      [
        'src/app.ts:3:31 user.authorization.password request-input null',
        'src/app.ts:3:31 user.contact.email request-input null',
        'src/app.ts:4:14 user.device.ip_address request-input null',
      ],
    ],
    [
      'Next.js route handler: keys read from request.json()',
      `
      export async function POST(request: Request) {
        const body = await request.json();
        return Response.json({ phone: body.phoneNumber });
      }`,
      [],
      ['src/app.ts:2:22 user.contact.phone_number request-input null'],
    ],
    [
      'AWS Lambda event body parsed as JSON, and an express header read with req.get',
      `
      import type { APIGatewayProxyEvent } from 'aws-lambda';
      export async function handler(event: APIGatewayProxyEvent) {
        const { phoneNumber } = JSON.parse(event.body ?? '{}');
        return { statusCode: 204, body: String(Boolean(phoneNumber)) };
      }
      export const clientIp = (req: { get(name: string): string }) => req.get('x-forwarded-for');`,
      [],
      ['src/app.ts:3:38 user.contact.phone_number request-input null', 'src/app.ts:6:65 user.device.ip_address request-input null'],
    ],
    [
      'NestJS @Body() DTO and tRPC zod input',
      {
        'src/users.controller.ts': `
        import { Body, Controller, Post } from '@nestjs/common';
        class CreateUserDto {
          email!: string;
          emailVerified!: boolean;
          dateOfBirth!: string;
        }
        @Controller('users')
        export class UsersController {
          @Post()
          create(@Body() dto: CreateUserDto) {
            return dto;
          }
        }`,
        'src/router.ts': `
        import { z } from 'zod';
        export const router = { update: procedure.input(z.object({ phone: z.string(), marketing: z.boolean() })) };`,
      },
      ['@nestjs/common', 'zod'],
      [
        'src/router.ts:2:49 user.contact.phone_number request-input null',
        'src/users.controller.ts:10:10 user.contact.email request-input null',
        'src/users.controller.ts:10:10 user.demographic.date_of_birth request-input null',
      ],
    ],
  ])('%s', async (...testCase) => check(testCase));

  test('a DTO exported by a barrel that imports it first is read from its class, without the type checker', async () => {
    const files = {
      'src/dto/create-user.dto.ts': 'export class CreateUserDto {\n  email!: string;\n  phoneNumber!: string;\n  newsletter!: boolean;\n}\n',
      'src/dto/index.ts': "import { CreateUserDto } from './create-user.dto';\nimport { CreateUserDto as SignupDto } from './create-user.dto';\n\nexport { CreateUserDto, SignupDto as RegisterDto };\n",
      'src/users.controller.ts': [
        "import { Body, Controller, Post } from '@nestjs/common';",
        "import { CreateUserDto, RegisterDto } from './dto';",
        '',
        "@Controller('users')",
        'export class UsersController {',
        '  @Post() create(@Body() dto: CreateUserDto) { return dto.newsletter; }',
        "  @Post('register') register(@Body() dto: RegisterDto) { return dto.newsletter; }",
        '}',
        '',
      ].join('\n'),
    };
    expect(await findInline(files, { dependencies: ['@nestjs/common'], types: false })).toEqual([
      'src/users.controller.ts:6:18 user.contact.email request-input null',
      'src/users.controller.ts:6:18 user.contact.phone_number request-input null',
      'src/users.controller.ts:7:30 user.contact.email request-input null',
      'src/users.controller.ts:7:30 user.contact.phone_number request-input null',
    ]);
  });
});

describe('data flow', () => {
  test.each<Case>([
    [
      'a wrapper across files: the call and the sink inside both report',
      {
        'src/lib/analytics.ts': `
        import posthog from 'posthog-js';
        export function track(event: string, properties?: Record<string, unknown>) {
          posthog.capture(event, properties);
        }`,
        'src/signup.ts': `
        import { track } from './lib/analytics';
        export const done = (email: string) => track('signed_up', { email });
        export const clicked = () => track('clicked', { button: 'buy' });`,
      },
      ['posthog-js'],
      [
        'src/lib/analytics.ts:3:3 user.behavior analytics posthog',
        'src/lib/analytics.ts:3:3 user.contact.email analytics posthog',
        'src/signup.ts:2:40 user.behavior analytics posthog',
        'src/signup.ts:2:40 user.contact.email analytics posthog',
        'src/signup.ts:3:30 user.behavior analytics posthog',
      ],
    ],
    [
      'variables, spread, hashing, optional chaining and casts',
      `
      import { createHash } from 'node:crypto';
      import mixpanel from 'mixpanel-browser';
      export function report(profile?: { email?: string; phone?: string }) {
        const hashed = createHash('sha256').update(profile?.email ?? '').digest('hex');
        const extra = { phone: profile!.phone as string };
        mixpanel.track('Profile', { hashed, ...extra });
      }`,
      ['mixpanel-browser'],
      [
        'src/app.ts:6:3 user.behavior analytics mixpanel',
        'src/app.ts:6:3 user.contact.email analytics mixpanel',
        'src/app.ts:6:3 user.contact.phone_number analytics mixpanel',
      ],
    ],
    [
      'flags, counts, template ids and literals in event properties: only the events themselves (user.behavior)',
      `
      import posthog from 'posthog-js';
      export function report(user: { emailVerified: boolean; emailCount: number; phone: string }) {
        posthog.capture('stats', { emailVerified: user.emailVerified, emailCount: user.emailCount, emailTemplateId: 't1' });
        posthog.capture('support', { email: 'support@acme.example' });
      }`,
      ['posthog-js'],
      ['src/app.ts:3:3 user.behavior analytics posthog', 'src/app.ts:4:3 user.behavior analytics posthog'],
    ],
    [
      'a typed object passed whole expands to its personal properties',
      `
      import { datadogRum } from '@datadog/browser-rum';
      interface User { id: string; email: string; emailVerified: boolean; createdAt: Date; }
      export const identify = (user: User) => datadogRum.setUser(user);`,
      ['@datadog/browser-rum'],
      ['src/app.ts:3:41 user.contact.email error-monitoring datadog', 'src/app.ts:3:41 user.unique_id error-monitoring datadog'],
    ],
  ])('%s', async (...testCase) => check(testCase));

  test('without types, a person object of an unknown library type claims nothing', async () => {
    const code = `
      import { datadogRum } from '@datadog/browser-rum';
      import type { Session } from 'next-auth';
      export const identify = (session: Session) => datadogRum.setUser(session.user);`;
    expect(await findInline(code, { dependencies: ['@datadog/browser-rum'], types: false })).toEqual([]);
  });
});

describe('traps give no finding', () => {
  test.each<Case>([
    [
      'a local object and a local function named like SDKs',
      `
      const analytics = { track: (x: unknown) => x };
      function gtag(...args: unknown[]) { return args; }
      export function go(email: string) {
        analytics.track({ email });
        gtag('event', { email });
      }`,
      [],
      [],
    ],
    [
      'a variable named after what it reads from a non-person owner',
      `
      import http from 'node:http';
      const server = http.createServer();
      const store = { city: 'Berlin', street: 'Main 1' };
      export function announce() {
        const address = server.address();
        const { city } = store;
        console.log(\`listening on \${JSON.stringify(address)} in \${city}\`);
      }`,
      [],
      [],
    ],
    [
      'configuration read from the environment',
      `
      import Stripe from 'stripe';
      const stripe = new Stripe(process.env.STRIPE_KEY!);
      export const open = () => stripe.customers.create({ metadata: { customer_id: process.env.DEFAULT_CUSTOMER_ID } });`,
      ['stripe'],
      [],
    ],
  ])('%s', async (...testCase) => check(testCase));
});

describe('gaps', () => {
  test('data passed to an unknown package and to a dynamic call is a gap, not a finding', async () => {
    const result = await scanInline({
      'src/app.ts': `
        import { sendToCrm } from 'acme-crm-sdk';
        import { z } from 'zod';
        export function sync(user: { email: string }, method: 'a' | 'b', handlers: Record<string, (x: unknown) => void>) {
          sendToCrm({ email: user.email });
          handlers[method](user.email);
          z.string().parse(user.email);
        }`,
    });
    expect(result.findings).toEqual([]);
    expect(result.gaps.map(summarizeGap)).toEqual(['src/app.ts:4:3 user.contact.email', 'src/app.ts:5:3 user.contact.email']);
  });
});

describe('framework conventions', () => {
  test.each<Case>([
    [
      'a client handed around by context (tRPC ctx.db) is known by its name and the one matching dependency',
      `
      export const update = async ({ ctx, input }: { ctx: any; input: { phone: string } }) =>
        ctx.db.user.update({ where: { id: 1 }, data: { phone: input.phone } });`,
      ['@prisma/client', '@trpc/server'],
      ['src/app.ts:2:3 user.contact.phone_number database prisma'],
    ],
    [
      'react-hook-form submit values take the keys of the resolver schema',
      `
      import { useForm } from 'react-hook-form';
      import { zodResolver } from '@hookform/resolvers/zod';
      import { z } from 'zod';
      const schema = z.object({ email: z.string(), newsletter: z.boolean() });
      export function Form() {
        const form = useForm({ resolver: zodResolver(schema) });
        return form.handleSubmit((values) => fetch('/api/subscribe', { method: 'POST', body: JSON.stringify(values) }));
      }`,
      ['react-hook-form', 'zod'],
      ['src/app.ts:7:40 user.contact.email http null'],
    ],
    [
      'a write to a person model reads a bare name as the person\'s name',
      `
      import { PrismaClient } from '@prisma/client';
      const prisma = new PrismaClient();
      export async function rename(formData: FormData) {
        await prisma.user.update({ where: { id: 'u1' }, data: { name: String(formData.get('name')) } });
        await prisma.product.update({ where: { id: 'p1' }, data: { name: String(formData.get('title')) } });
      }`,
      ['@prisma/client'],
      ['src/app.ts:4:9 user.name database prisma'],
    ],
    [
      'mongoose new Model(doc).save()',
      `
      import mongoose from 'mongoose';
      const Lead = mongoose.model('Lead', new mongoose.Schema({}));
      export async function capture(email: string) {
        const lead = new Lead({ email, source: 'landing' });
        await lead.save();
      }`,
      ['mongoose'],
      ['src/app.ts:5:9 user.contact.email database mongoose'],
    ],
  ])('%s', async (...testCase) => check(testCase));

  test('the finding at the sink inside a wrapper names the parameter that carries the data', async () => {
    const result = await scanInline({
      'src/app.ts': `
        import pino from 'pino';
        const logger = pino();
        function audit(message: string, meta: Record<string, unknown>) {
          logger.info({ meta }, message);
        }
        export const signedIn = (email: string) => audit('signed in', { email });`,
    });
    expect(result.findings.map((finding) => `${finding.location.line}:${finding.location.column} ${finding.expression}`)).toEqual(['4:3 meta', '6:44 email']);
  });

  test('the finding inside a wrapper names the member that carries what its caller passed', async () => {
    const result = await scanInline({
      'package.json': JSON.stringify({ dependencies: { resend: '4.0.0' } }),
      'src/app.ts': `
        import { Resend } from 'resend';
        const resend = new Resend('key');
        async function sendMagicLink(req: { page: string; to: string }) {
          await resend.emails.send({ from: 'login@acme.example', subject: \`Sign in to \${req.page}\`, to: req.to, html: '' });
        }
        export const signIn = (email: string, title: string) => sendMagicLink({ page: title, to: email });`,
    });
    expect(result.findings.map((finding) => `${finding.location.line}:${finding.location.column} ${finding.category} ${finding.expression}`)).toEqual([
      '4:9 user.contact.email req.to',
      '6:57 user.contact.email email',
    ]);
  });

  test('a mail to a person shows the addressee, not the sender address of the same category', async () => {
    const result = await scanInline({
      'package.json': JSON.stringify({ dependencies: { nodemailer: '6.9.0' } }),
      'src/app.ts': `
        import nodemailer from 'nodemailer';
        const transport = nodemailer.createTransport({});
        export async function notify(recipient: { email: string }, senderEmail: string) {
          await transport.sendMail({ from: senderEmail, to: { name: 'Signer', address: recipient.email }, subject: 'Sign' });
        }`,
    });
    expect(result.findings.map((finding) => `${finding.location.line}:${finding.location.column} ${finding.category} ${finding.expression}`)).toEqual([
      '4:9 user.contact.email recipient.email',
    ]);
  });
});

describe('more gaps', () => {
  test('a person object of a type privlint cannot see, and a wrapper chain deeper than the limit', async () => {
    const result = await scanInline({
      'src/app.ts': `
        import posthog from 'posthog-js';
        import { getSession } from 'next-auth/react';
        const level7 = (email: string) => posthog.capture('deep', { email });
        const level6 = (email: string) => level7(email);
        const level5 = (email: string) => level6(email);
        const level4 = (email: string) => level5(email);
        const level3 = (email: string) => level4(email);
        const level2 = (email: string) => level3(email);
        const level1 = (email: string) => level2(email);
        export async function go(user: { email: string }) {
          const session = await getSession();
          posthog.identify('x', session!.user);
          level1(user.email);
        }`,
    });
    expect(result.gaps.map(summarizeGap)).toEqual(['src/app.ts:12:3 user', 'src/app.ts:13:3 user.contact.email']);
  });
});

describe('output contract', () => {
  test('findings are sorted by file, line, column, category and deduplicated', async () => {
    const result = await scanInline({
      'src/b.ts': `console.log({ phone: p.phone, email: p.email }, p.email);\ndeclare const p: { phone: string; email: string };`,
      'src/a.ts': `console.info(user.email);\ndeclare const user: { email: string };`,
    });
    expect(result.findings.map((finding) => `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category}`)).toEqual([
      'src/a.ts:1:1 user.contact.email',
      'src/b.ts:1:1 user.contact.email',
      'src/b.ts:1:1 user.contact.phone_number',
    ]);
    expect(result.summary.findings).toBe(3);
  });

  test('a file with syntax errors is still scanned and named as partly parsed', async () => {
    const result = await scanInline({ 'src/broken.ts': `console.log(user.email);\nfunction (` });
    expect(result.summary.partlyParsed).toEqual(['src/broken.ts']);
    expect(result.findings.map((finding) => finding.category)).toEqual(['user.contact.email']);
  });
});

describe('real-world shapes', () => {
  test.each<Case>([
    [
      'the addressee of a mail API is the person whatever it is called; a constant or configured list is not',
      `
      import { Resend } from 'resend';
      const resend = new Resend('re_key');
      const ADMINS = ['ops@acme.example'];
      export async function notify(recipients: string[], text: string) {
        await resend.emails.send({ from: 'app@acme.example', to: recipients, subject: 'Update', text });
        await resend.emails.send({ from: 'app@acme.example', to: ADMINS, cc: process.env.CC_EMAIL, subject: 'Update', text });
      }`,
      ['resend'],
      ['src/app.ts:5:9 user.contact.email messaging resend'],
    ],
    [
      'a ctx outside a Koa file is not a request (tRPC, GraphQL context)',
      `
      export function resolve(ctx: { query: { email: string }; ip: string }) {
        return ctx.query.email.length + ctx.ip.length;
      }`,
      [],
      [],
    ],
    [
      'a callback parameter of a package outside the catalog stays unknown',
      `
      import { run } from 'job-runner';
      export function schedule(email: string) {
        run((client) => client.configure({ retries: 3, label: email.length }));
      }`,
      ['job-runner'],
      [],
    ],
    [
      'a constant object of demo data is not a person',
      `
      const DEMO_EMAIL = 'demo@acme.example';
      export function seed() {
        console.log('seeding', DEMO_EMAIL);
      }`,
      [],
      [],
    ],
    [
      'a document changed after loading carries only what was set on it',
      `
      import mongoose from 'mongoose';
      const Account = mongoose.model('Account', new mongoose.Schema({ email: String, plan: String }));
      export async function upgrade(id: string) {
        const account = await Account.findById(id);
        if (!account) return;
        account.plan = 'pro';
        await account.save();
      }`,
      ['mongoose'],
      [],
    ],
  ])('%s', async (...testCase) => check(testCase));
});

describe('gaps beside findings', () => {
  test('a person object of unknown type handed over beside other data is a gap, not silence', async () => {
    const result = await scanInline(
      {
        'src/app.ts': `
      import { Analytics } from '@segment/analytics-node';
      import { loadUser } from 'user-store';
      const analytics = new Analytics({ writeKey: 'k' });
      export async function sync(id: string) {
        const user = await loadUser(id);
        analytics.identify({ userId: user.id, traits: user });
      }`,
      },
      { dependencies: ['@segment/analytics-node', 'user-store'] },
    );
    expect(result.findings.map((finding) => `${finding.location.line}:${finding.location.column} ${finding.category}`)).toEqual(['6:3 user.unique_id']);
    expect(result.gaps.map(summarizeGap)).toEqual(['src/app.ts:6:3 user']);
  });
});
