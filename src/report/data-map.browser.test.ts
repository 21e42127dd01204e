import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../testing/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const root = fileURLToPath(new URL('../../', import.meta.url));

interface MermaidApi {
  initialize: (config: Record<string, unknown>) => void;
  parse: (text: string) => Promise<unknown>;
  render: (id: string, text: string) => Promise<{ svg: string }>;
}
declare const mermaid: MermaidApi;

/** The ```mermaid block of a markdown document. */
const mermaidBlock = (markdown: string) => /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';

// mermaid needs a DOM to parse as well as to draw, so both run in the headless Chromium that the notice test
// uses; mermaid is loaded from node_modules and every request that is not a local file is refused.
describe.skipIf(!hasChromium)(`the data map's Mermaid text, parsed and drawn by mermaid in headless Chromium${hasChromium ? '' : ' (skipped: /usr/bin/chromium is missing)'}`, () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const pageErrors: string[] = [];
  const maps: Record<string, string> = {};

  beforeAll(async () => {
    const scan = await runCli(root, ['scan', 'fixtures/demo-shop', '--format', 'mermaid', '--no-cache']);
    expect(scan.code).toBe(0);
    maps['scan of the demo shop'] = scan.stdout;
    maps['PR comment of fixtures/diff/new-flow'] = mermaidBlock(readFileSync(join(root, 'fixtures/diff/new-flow/comment.md'), 'utf8'));
    maps['PR comment of fixtures/diff/removed-flow'] = mermaidBlock(readFileSync(join(root, 'fixtures/diff/removed-flow/comment.md'), 'utf8'));
    userDataDir = mkdtempSync(join(tmpdir(), 'privlint-mermaid-browser-'));
    const file = join(userDataDir, 'map.html');
    writeFileSync(file, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>map</title></head><body></body></html>');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
    await page.evaluate(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('the maps are not empty', () => {
    expect(maps['scan of the demo shop']).toMatch(/^flowchart LR\n/);
    expect(maps['scan of the demo shop']).toContain('-.->|undeclared|');
    expect(maps['PR comment of fixtures/diff/new-flow']).toContain('-.->|undeclared|');
    expect(maps['PR comment of fixtures/diff/removed-flow']).toContain('-.->|removed|');
  });

  test("mermaid's parser accepts every map, and rejects a broken one (so the check can fail)", async () => {
    for (const [name, text] of Object.entries(maps)) {
      const outcome = await page.evaluate(async (source) => mermaid.parse(source).then(() => 'ok', (error: Error) => String(error.message)), text);
      expect(outcome, name).toBe('ok');
    }
    const broken = await page.evaluate(async () => mermaid.parse('flowchart LR\n  c1["unterminated --> k1').then(() => 'ok', () => 'rejected'));
    expect(broken).toBe('rejected');
  });

  test('mermaid draws every map as SVG with each node label', async () => {
    let index = 0;
    for (const [name, text] of Object.entries(maps)) {
      const svg = await page.evaluate(async ({ id, source }) => (await mermaid.render(id, source)).svg, { id: `map${index++}`, source: text });
      expect(svg, name).toMatch(/^<svg/);
      for (const [, label] of text.matchAll(/\["([^"]*)"\]/g)) expect(svg, `${name}: ${label}`).toContain(label!.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
    }
    expect(pageErrors).toEqual([]);
  });
});
