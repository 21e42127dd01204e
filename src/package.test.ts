import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULE_IDS } from './problems/rules/index.js';

// The package as a user gets it: `npm pack` of the built repository (`npm test` builds first), installed into an
// empty project with npm, then used the three ways the README documents: the API from an ES module, its types from
// TypeScript, and the bin.
const REPO = fileURLToPath(new URL('../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privlint-package-test-'));
const consumer = join(scratch, 'consumer');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string): SpawnSyncReturns<string> => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return result;
};
const succeed = (command: string, args: string[], cwd: string): string => {
  const result = run(command, args, cwd);
  expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
};

beforeAll(() => {
  // --ignore-scripts: pack the dist/ this test run was built with; `prepare` must not rebuild it under the other tests.
  const packed = JSON.parse(succeed('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], REPO)) as { filename: string }[];
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  // The dependencies come from npm's cache when `npm ci` filled it, else from the registry.
  succeed('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', join(scratch, packed[0]!.filename)], consumer);
  cpSync(join(REPO, 'fixtures', 'eslint', 'reports-problems-of-linted-file'), join(consumer, 'app'), { recursive: true });
  cpSync(join(REPO, 'fixtures', 'manifests', 'valid-complete', 'privacy.yml'), join(consumer, 'complete.yml'));
}, 240_000);

describe('the packed package, installed into a project', () => {
  test('installs only what it runs: no bundled or development packages', () => {
    for (const name of ['ajv', 'ajv-formats', 'ts-morph', 'yaml']) expect(existsSync(join(consumer, 'node_modules', name)), name).toBe(true);
    for (const name of ['commander', 'chalk', 'esbuild', 'vitest', '@microsoft/sarif-multitool', 'playwright-core']) {
      expect(existsSync(join(consumer, 'node_modules', name)), name).toBe(false);
    }
  });

  test('an ES module imports the API and gets the same answers as the CLI', () => {
    writeFileSync(
      join(consumer, 'use-api.mjs'),
      [
        "import { check, exportManifest, loadManifest, renderNotice, scan, validate, PrivlintError } from 'privlint';",
        "import privlint from 'privlint/eslint';",
        "const result = await check({ root: 'app' });",
        "const scanned = await scan({ root: 'app' });",
        "const validation = validate('app/privacy.yml');",
        "const incomplete = loadManifest('app/privacy.yml');",
        'let refused;',
        "try { renderNotice(incomplete); } catch (error) { refused = error instanceof PrivlintError ? error.code : String(error); }",
        "const loaded = loadManifest('complete.yml');",
        'console.log(JSON.stringify({',
        '  problems: result.problems.map((p) => `${p.rule} ${p.location.file}:${p.location.line}:${p.location.column}`),',
        '  findings: scanned.findings.map((f) => `${f.category} ${f.field}`),',
        '  valid: validation.manifest !== undefined,',
        '  refused,',
        "  notice: renderNotice(loaded, { lang: 'de', format: 'html' }).text.includes('<html lang=\"de\">'),",
        "  json: Object.keys(JSON.parse(exportManifest(loaded, 'json').text).fields),",
        "  ropa: exportManifest(loaded, 'ropa', { format: 'markdown' }).text.startsWith('#'),",
        '  eslintRules: Object.keys(privlint.rules).length,',
        '}));',
      ].join('\n'),
    );
    expect(JSON.parse(succeed(process.execPath, ['use-api.mjs'], consumer))).toEqual({
      problems: ['undeclared-storage src/profile.ts:2:3', 'undeclared-data src/profile.ts:3:3'],
      findings: ['user.contact.email email', 'user.contact.phone_number null'],
      valid: true,
      // The fixture's controller has no contact, which a notice must give.
      refused: 'E_MANIFEST_INCOMPLETE',
      notice: true,
      json: ['condition', 'email', 'risk-score'],
      ropa: true,
      // One ESLint rule per privlint rule.
      eslintRules: RULE_IDS.length,
    });
  });

  test('TypeScript type-checks a consumer against the published types', () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      [
        "import { check, scan, type CheckResult, type Finding, type Problem } from 'privlint';",
        'const result: CheckResult = await check({ root: "app", rules: { "unused-declaration": "off" } });',
        'const first: Problem | undefined = result.problems[0];',
        'const findings: Finding[] = (await scan({ root: "app", manifest: false })).findings;',
        'export const line: number | undefined = first?.location.line;',
        'export const count: number = findings.length;',
        '// @ts-expect-error: not a rule id',
        'await check({ root: "app", rules: { "no-such-rule": "off" } });',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'], typeRoots: [join(REPO, 'node_modules', '@types')] },
        files: ['consumer.ts'],
      }),
    );
    const tsc = run(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // Without skipLibCheck the compiler reads every declaration file the types reach (ts-morph's included).
  }, 180_000);

  test('the bin runs: check exits 1 on the fixture, init writes a modeline to the installed schema', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'privlint');
    const checked = run(bin, ['check', 'app', '--format', 'json', '--no-cache'], consumer);
    expect(checked.status).toBe(1);
    expect((JSON.parse(checked.stdout) as { problems: unknown[] }).problems).toHaveLength(2);
    rmSync(join(consumer, 'app', 'privacy.yml'));
    succeed(bin, ['init', '.'], consumer);
    const firstLine = readFileSync(join(consumer, 'privacy.yml'), 'utf8').split('\n')[0]!;
    expect(firstLine).toBe('# yaml-language-server: $schema=./node_modules/privlint/schemas/manifest.schema.json');
    expect(existsSync(join(consumer, 'node_modules', 'privlint', 'schemas', 'manifest.schema.json'))).toBe(true);
  });
});
