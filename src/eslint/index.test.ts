import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import typescriptParser from '@typescript-eslint/parser';
import { afterAll, expect, test } from 'vitest';
import type pluginType from './index.js';

// The plugin as published: its check runs on a worker thread loaded from dist/eslint/ (`npm test` builds first).
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const { default: privlint } = (await import(join(REPO, 'dist', 'eslint', 'index.js'))) as { default: typeof pluginType };
const FIXTURE = join(REPO, 'fixtures', 'eslint', 'reports-problems-of-linted-file');
const scratch = mkdtempSync(join(tmpdir(), 'privlint-eslint-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const createESLint = (cwd: string) =>
  new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: typescriptParser } }, privlint.configs.recommended],
  });

const summarize = (results: ESLint.LintResult[], cwd: string) =>
  results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.slice(cwd.length + 1)}:${message.line}:${message.column} ${message.severity === 2 ? 'error' : 'warn'} ${message.ruleId} ${message.message}`),
  );

test('fixtures/eslint/reports-problems-of-linted-file: each file gets its own problems, at their positions and severities', async () => {
  const results = await createESLint(FIXTURE).lintFiles(['src/format.ts', 'src/profile.ts']);
  expect(summarize(results, FIXTURE)).toEqual([
    'src/profile.ts:2:3 warn privlint/undeclared-storage `email` (field `email`) is stored in browser-storage by `localStorage.setItem`, but `fields.email.storage` does not list browser-storage. Fix: add `browser-storage` to `fields.email.storage` in privacy.yml, or stop storing it.',
    'src/profile.ts:3:3 error privlint/undeclared-data `phoneNumber` is user.contact.phone_number, stored in browser storage by `localStorage.setItem`, but no field in privacy.yml covers user.contact.phone_number. Fix: add a field `phone_number` with `category: user.contact.phone_number` under `fields` in privacy.yml, or stop storing it.',
  ]);
  expect(results.find((result) => result.filePath.endsWith('format.ts'))?.messages).toEqual([]);
});

test('an unsaved buffer is checked as the editor holds it, not as the disk has it', async () => {
  const project = join(scratch, 'unsaved');
  cpSync(FIXTURE, project, { recursive: true });
  const eslint = createESLint(project);
  const file = join(project, 'src', 'format.ts');
  const buffer = "export function formatPrice(cents: number, email: string): string {\n  console.log('price for', email);\n  return `${(cents / 100).toFixed(2)} EUR`;\n}\n";
  const [result] = await eslint.lintText(buffer, { filePath: file });
  expect(result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['2:3 privlint/pii-in-logs']);
  // Saved back as it was on disk, the file is clean again.
  const [saved] = await eslint.lintFiles([file]);
  expect(saved!.messages).toEqual([]);
});

test('a file of a project without a manifest gets one message saying so', async () => {
  const project = join(scratch, 'no-manifest');
  cpSync(FIXTURE, project, { recursive: true });
  rmSync(join(project, 'privacy.yml'));
  writeFileSync(join(project, 'package.json'), '{ "name": "no-manifest", "private": true }\n');
  const [result] = await createESLint(project).lintFiles(['src/profile.ts']);
  expect(result!.messages).toHaveLength(1);
  expect(result!.messages[0]).toMatchObject({ line: 1, column: 1, ruleId: 'privlint/undeclared-data', severity: 2 });
  expect(result!.messages[0]!.message).toMatch(/^privlint could not check this file: No privacy manifest found/);
});
