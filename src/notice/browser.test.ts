import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { formatNoticeHtml } from './html.js';
import { getLocale, NOTICE_LANGUAGES } from './locales/index.js';
import { createNoticeModel } from './model.js';

// The page-side callbacks run in Chromium; the project compiles without DOM types, so declare what they touch.
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  id: string;
  parentElement: PageElement | null;
  getBoundingClientRect(): { right: number; left: number };
}
declare const document: { documentElement: PageElement; querySelectorAll(selector: string): Iterable<PageElement> };
declare function getComputedStyle(element: unknown): { maxWidth: string };

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const root = fileURLToPath(new URL('../../', import.meta.url));
// The committed screenshot changes with the machine's fonts, so a test run writes a scratch copy and leaves the
// working tree clean; PRIVLINT_UPDATE_SCREENSHOT=1 refreshes the committed one on purpose.
const committedScreenshot = fileURLToPath(new URL('../../fixtures/notice/demo-shop-notice.png', import.meta.url));
const screenshotPath = process.env.PRIVLINT_UPDATE_SCREENSHOT === '1' ? committedScreenshot : join(tmpdir(), `privlint-notice-${process.pid}.png`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// A phone and a laptop: the German recipients table used to be 1,018 px wide in a 768 px column.
const WIDTHS = [360, 1280] as const;
// The demo shop, plus the two manifests with the most tables and the longest German words.
const MANIFESTS = ['demo-shop/privacy.yml', 'notice/b2b-saas/privacy.yml', 'notice/kids-fitness/privacy.yml'];

// In CI a missing browser fails this test (.ci/run installs it); on a machine without it the suite is skipped,
// and its name says why.
test.skipIf(hasChromium || process.env.CI === undefined)('Chromium is installed at /usr/bin/chromium (CI)', () => {
  expect(hasChromium, 'install it with: apt-get install -y chromium').toBe(true);
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const skipNote = hasChromium ? '' : ' (skipped: /usr/bin/chromium is missing; apt-get install -y chromium)';

describe.skipIf(!hasChromium)(`notices in headless Chromium${skipNote}`, () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'privlint-notice-browser-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const open = async (manifestPath: string, lang: (typeof NOTICE_LANGUAGES)[number]) => {
    const loaded = loadManifest(fileURLToPath(new URL(`../../fixtures/${manifestPath}`, import.meta.url)), { root });
    const file = join(userDataDir, `${manifestPath.replace(/\W+/g, '-')}.${lang}.html`);
    writeFileSync(file, formatNoticeHtml(createNoticeModel(loaded.manifest, lang).model));
    consoleErrors.length = 0;
    await page.goto(pathToFileURL(file).href);
  };

  describe.each(MANIFESTS.flatMap((manifest) => NOTICE_LANGUAGES.map((lang) => [manifest, lang] as const)))('%s (%s)', (manifestPath, lang) => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(manifestPath, lang);
    });

    test('loads without console errors, and its stylesheet passes its own Content-Security-Policy', async () => {
      expect(consoleErrors).toEqual([]);
      // 50rem: the page style only applies if the CSP hash matches the <style> element.
      expect(await page.locator('.page').evaluate((element) => getComputedStyle(element).maxWidth)).toBe('800px');
    });

    test.each(WIDTHS)('at %i px: no table and no page scrolls sideways, and axe-core finds no violation at all, light or dark', async (width) => {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => {
        const wide: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) wide.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
        for (const table of document.querySelectorAll('table')) {
          const container = table.parentElement;
          const available = container?.clientWidth ?? root.clientWidth;
          if (table.scrollWidth > available || (container !== null && container.scrollWidth > container.clientWidth)) {
            wide.push(`table in #${container?.parentElement?.id ?? '?'} ${table.scrollWidth} > ${available}`);
          }
        }
        return wide;
      });
      expect(overflow).toEqual([]);
      // The notice forbids scripts by CSP, so an injected <script> tag would be blocked; evaluating the source
      // through the DevTools protocol is not subject to the page's CSP and leaves the policy enforced.
      await page.evaluate(axeSource);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run(document);
          return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
        });
        expect(violations, `${colorScheme}, ${width} px`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });
  });

  describe('the demo shop (en)', () => {
    const t = getLocale('en');
    beforeAll(async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open('demo-shop/privacy.yml', 'en');
    });

    test('the map of recipients and their data is a labelled image with a text alternative, drawn without external resources', async () => {
      const map = page.locator('figure.data-map svg');
      await expect.poll(() => map.isVisible()).toBe(true);
      expect(await map.getAttribute('role')).toBe('img');
      expect(await page.getByRole('img', { name: 'Who receives which of your data' }).count()).toBe(1);
      const description = await page.locator('#data-map-desc').textContent();
      expect(description).toMatch(/^.+ receives .+\./);
      expect(await map.locator('image, use, foreignObject, script').count()).toBe(0);
      expect(await map.locator('line').count()).toBeGreaterThan(0);
    });

    test('every section is visible, in order, with the summary first and the right to object right after it', async () => {
      const headings = await page.locator('main section > h2').allTextContents();
      expect(headings).toEqual([
        t.headings.glance,
        t.headings.objection,
        t.headings.controller,
        t.headings.purposes,
        t.headings.data,
        t.headings.recipients,
        t.headings.deviceStorage,
        t.headings.sources,
        t.headings.automatedDecisions,
        t.headings.rights,
        t.headings.complaint,
        t.headings.changes,
      ]);
      for (const section of await page.locator('main section').all()) await expect.poll(() => section.isVisible()).toBe(true);
    });

    test('prints without the table of contents', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('nav').isVisible()).toBe(true);
    });

    test('writes a screenshot for people to look at (fixtures/notice/demo-shop-notice.png with PRIVLINT_UPDATE_SCREENSHOT=1)', async () => {
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.screenshot({ path: screenshotPath, fullPage: true });
      expect(readFileSync(screenshotPath).subarray(1, 4).toString()).toBe('PNG');
      if (screenshotPath !== committedScreenshot) rmSync(screenshotPath, { force: true });
    });
  });
});
