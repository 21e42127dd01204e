import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { assertManifestComplete } from '../notice/completeness.js';
import { formatWarning, type ManifestWarning } from '../notice/warnings.js';
import { createApplePrivacyManifest, formatApplePrivacyManifest } from './apple.js';
import { createFidesSystem, formatFidesYaml } from './fides.js';
import { createManifestJson, formatManifestJson } from './json.js';
import { createPlayDataSafety, formatPlayCsv } from './play.js';
import { createRopa, formatRopaCsv, formatRopaMarkdown } from './ropa.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

const CASES = [
  { name: 'minimal', manifest: 'notice/minimal/privacy.yml', goldens: 'notice/minimal' },
  { name: 'complete', manifest: 'notice/complete/privacy.yml', goldens: 'notice/complete' },
  { name: 'german-text', manifest: 'notice/german-text/privacy.yml', goldens: 'notice/german-text' },
  { name: 'xss', manifest: 'notice/xss/privacy.yml', goldens: 'notice/xss' },
  { name: 'demo-shop', manifest: 'demo-shop/privacy.yml', goldens: 'notice/demo-shop' },
  { name: 'kids-fitness', manifest: 'notice/kids-fitness/privacy.yml', goldens: 'notice/kids-fitness' },
  { name: 'b2b-saas', manifest: 'notice/b2b-saas/privacy.yml', goldens: 'notice/b2b-saas' },
];

describe.each(CASES)('export golden files: $name', ({ manifest, goldens }) => {
  const loaded = loadManifest(fixture(manifest), { root });
  assertManifestComplete(loaded.manifest, loaded);
  const golden = (name: string) => fixture(`${goldens}/${name}`);
  const warningsText = (warnings: ManifestWarning[]) => warnings.map((warning) => `${formatWarning(warning, loaded.locate)}\n`).join('');

  test('apple: PrivacyInfo.xcprivacy', async () => {
    const { privacyManifest, warnings } = createApplePrivacyManifest(loaded.manifest);
    await expect(formatApplePrivacyManifest(privacyManifest)).toMatchFileSnapshot(golden('PrivacyInfo.xcprivacy'));
    await expect(warningsText(warnings)).toMatchFileSnapshot(golden('warnings.apple.txt'));
  });

  test('play: data-safety.csv', async () => {
    const { dataSafety, warnings } = createPlayDataSafety(loaded.manifest);
    await expect(formatPlayCsv(dataSafety)).toMatchFileSnapshot(golden('data-safety.csv'));
    await expect(warningsText(warnings)).toMatchFileSnapshot(golden('warnings.play.txt'));
  });

  test('ropa: ropa.csv and ropa.md', async () => {
    const { rows, warnings } = createRopa(loaded.manifest);
    await expect(formatRopaCsv(rows)).toMatchFileSnapshot(golden('ropa.csv'));
    await expect(formatRopaMarkdown(rows, loaded.manifest.service.name)).toMatchFileSnapshot(golden('ropa.md'));
    await expect(warningsText(warnings)).toMatchFileSnapshot(golden('warnings.ropa.txt'));
  });

  test('fides: fides.yml', async () => {
    const { system, warnings } = createFidesSystem(loaded.manifest);
    await expect(formatFidesYaml(system)).toMatchFileSnapshot(golden('fides.yml'));
    await expect(warningsText(warnings)).toMatchFileSnapshot(golden('warnings.fides.txt'));
  });

  test('json: manifest.json', async () => {
    await expect(formatManifestJson(createManifestJson(loaded.manifest, loaded.file))).toMatchFileSnapshot(golden('manifest.json'));
  });
});
