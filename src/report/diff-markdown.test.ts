import { describe, expect, test } from 'vitest';
import { compareFlows } from '../flows/compare.js';
import type { Finding } from '../model.js';
import { COMMENT_LIMIT, formatDiffMarkdown } from './diff-markdown.js';

const finding = (index: number): Finding => ({
  category: `user.custom.field_${String(index).padStart(5, '0')}`,
  expression: `user.field${index}`,
  field: null,
  sink: { kind: 'http', recipient: `collector-${index % 40}.example.com`, api: 'fetch' },
  location: { file: `src/generated/module-${index}.ts`, line: 10 + (index % 90), column: 3 },
  confidence: 'high',
  trace: [],
});

const side = (findings: Finding[], ref: string | null) => ({ ref, commit: ref === null ? null : 'a'.repeat(40), findings });

describe('diff markdown (the pull-request comment)', () => {
  test("stays under GitHub's 65,536-character limit and says how many changes it left out", () => {
    const head = Array.from({ length: 3000 }, (_, index) => finding(index));
    const diff = { ...compareFlows(side([], 'main'), side(head, null)), root: '.' };
    const comment = formatDiffMarkdown(diff);
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    const shown = comment.split('\n').filter((line) => line.startsWith('- ➕ ')).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(3000);
    expect(comment).toContain(`- …and ${diff.changes.length - shown - comment.split('\n').filter((line) => line.startsWith('- 🆕 ')).length} more`);
    expect(comment.startsWith('<!-- privlint-diff root=. -->\n')).toBe(true);
  });

  test('a small diff keeps everything: the changes, the data map and every place, folded', () => {
    const diff = { ...compareFlows(side([finding(1)], 'main'), side([finding(2)], null)), root: 'apps/web' };
    const comment = formatDiffMarkdown(diff);
    expect(comment).not.toContain('more');
    expect(comment).toContain('<!-- privlint-diff root=apps/web -->');
    expect(comment).toContain('<details><summary>Data map of these changes</summary>');
    expect(comment).toContain('-.->|removed|');
    expect(comment).toContain('<details><summary>Every place in code</summary>');
  });

  test('names and hosts from the code cannot open HTML in the comment', () => {
    const hostile = { ...finding(1), sink: { kind: 'http' as const, recipient: '<img src=x onerror=alert(1)>.example', api: 'fetch' } };
    const comment = formatDiffMarkdown({ ...compareFlows(side([], 'main'), side([hostile], null)), root: '.' });
    expect(comment).not.toContain('<img');
    expect(comment).toContain('&lt;img src=x onerror=alert(1)&gt;.example');
  });
});
