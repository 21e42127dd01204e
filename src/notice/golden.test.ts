import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { assertManifestComplete } from './completeness.js';
import { formatNoticeHtml } from './html.js';
import { NOTICE_LANGUAGES } from './locales/index.js';
import { formatNoticeMarkdown } from './markdown.js';
import { createNoticeModel } from './model.js';
import { formatWarning } from './warnings.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

/** Each case: where its manifest is, and the folder its golden files live in. */
const CASES = [
  { name: 'minimal', manifest: 'notice/minimal/privacy.yml', goldens: 'notice/minimal' },
  { name: 'complete', manifest: 'notice/complete/privacy.yml', goldens: 'notice/complete' },
  { name: 'german-text', manifest: 'notice/german-text/privacy.yml', goldens: 'notice/german-text' },
  { name: 'xss', manifest: 'notice/xss/privacy.yml', goldens: 'notice/xss' },
  { name: 'demo-shop', manifest: 'demo-shop/privacy.yml', goldens: 'notice/demo-shop' },
  { name: 'kids-fitness', manifest: 'notice/kids-fitness/privacy.yml', goldens: 'notice/kids-fitness' },
  { name: 'b2b-saas', manifest: 'notice/b2b-saas/privacy.yml', goldens: 'notice/b2b-saas' },
];

describe.each(CASES)('notice golden files: $name', ({ manifest, goldens }) => {
  const loaded = loadManifest(fixture(manifest), { root });
  assertManifestComplete(loaded.manifest, loaded);

  test.each(NOTICE_LANGUAGES)('%s markdown, html and warnings match the golden files', async (lang) => {
    const { model, warnings } = createNoticeModel(loaded.manifest, lang);
    await expect(formatNoticeMarkdown(model)).toMatchFileSnapshot(fixture(`${goldens}/expected.${lang}.md`));
    await expect(formatNoticeHtml(model)).toMatchFileSnapshot(fixture(`${goldens}/expected.${lang}.html`));
    const warningText = warnings.map((warning) => `${formatWarning(warning, loaded.locate)}\n`).join('');
    await expect(warningText).toMatchFileSnapshot(fixture(`${goldens}/warnings.${lang}.txt`));
  });
});

test('every golden folder has a case, so no golden file goes stale unnoticed', () => {
  for (const { goldens } of CASES) expect(existsSync(fixture(goldens))).toBe(true);
});
