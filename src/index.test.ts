import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportManifest, loadManifest, PrivlintError, renderNotice } from './index.js';

const manifest = (name: string) => fileURLToPath(new URL(`../fixtures/notice/${name}/privacy.yml`, import.meta.url));

describe('library API: documents people read', () => {
  test('renderNotice and exportManifest refuse a manifest with TODOs left, as the CLI does', () => {
    const loaded = loadManifest(manifest('todo-left'));
    for (const render of [() => renderNotice(loaded), () => exportManifest(loaded, 'ropa')]) {
      expect(render).toThrow(PrivlintError);
      expect(render).toThrow(/still holds 2 TODOs that would be published word for word/);
    }
  });

  test('a finished manifest renders', () => {
    expect(renderNotice(loadManifest(manifest('minimal'))).text).toContain('Acme Shop');
  });
});
