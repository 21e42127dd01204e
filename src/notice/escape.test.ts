import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { escapeHtml, escapeMarkdown, isSafeUrl, toSentence } from './escape.js';
import { formatNoticeHtml } from './html.js';
import { NOTICE_LANGUAGES } from './locales/index.js';
import { formatNoticeMarkdown } from './markdown.js';
import { createNoticeModel } from './model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const xss = loadManifest(fileURLToPath(new URL('../../fixtures/notice/xss/privacy.yml', import.meta.url)), { root }).manifest;

describe('escaping', () => {
  test('escapeHtml leaves no character that could open a tag, end an attribute or start an entity', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });

  test('escapeMarkdown keeps text on one line and escapes markup', () => {
    expect(escapeMarkdown('a <b>\n[x](y) | *z* & _w_ #1')).toBe('a \\<b\\> \\[x\\](y) \\| \\*z\\* \\& \\_w\\_ \\#1');
  });

  test('only http(s) and mailto become links', () => {
    expect(['https://a.example', 'mailto:a@b.example', 'javascript:alert(1)', 'data:text/html,x'].map(isSafeUrl)).toEqual([true, true, false, false]);
  });

  test('toSentence adds one full stop', () => {
    expect([toSentence('Keeping us safe'), toSentence('Done.'), toSentence('Really?')]).toEqual(['Keeping us safe.', 'Done.', 'Really?']);
  });
});

describe.each(NOTICE_LANGUAGES)('fixtures/notice/xss (%s)', (lang) => {
  const { model } = createNoticeModel(xss, lang);

  test('HTML shows manifest markup as text: no tag, handler or javascript: link from the manifest survives', () => {
    const html = formatNoticeHtml(model);
    expect(html).not.toMatch(/<(script|img|em|i|u|b)[\s>]|href="javascript:/i);
    expect(html).toContain('Acme &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('O&#39;Brien &amp; &quot;Sons&quot; &lt;b&gt;Ltd&lt;/b&gt;');
    expect(html).toContain('Evil&lt;/td&gt;&lt;td&gt;Corp');
    expect(html).toContain('Until &lt;/dd&gt;&lt;/dl&gt;&lt;script&gt;');
  });

  test('Markdown escapes every manifest tag, link and heading', () => {
    const markdown = formatNoticeMarkdown(model);
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|em|i|u|b)[\s>]|(?<!\\)\]\(javascript:/i);
    expect(markdown).toContain('Acme \\<script\\>alert("name")\\</script\\> \\& Co');
    expect(markdown).toContain('\\[Click me\\](javascript:alert(2)) \\*\\*now\\*\\* \\| \\`code\\` \\# heading');
    // The recipient's heading stays one heading: its `</td><td>` and quotes are text.
    expect(markdown).toContain('### Evil\\</td\\>\\<td\\>Corp "quoted" \\& \\<i\\>italic\\</i\\>\n');
    expect(markdown).toContain('\\<script\\>alert("safeguard")\\</script\\>');
  });
});
