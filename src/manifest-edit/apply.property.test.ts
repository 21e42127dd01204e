import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyAdditions } from './apply.js';
import type { Additions, FieldAdditions } from './plan.js';

type ListStyle = 'flow' | 'block' | 'compact' | 'none';
interface FieldShape {
  flowMap: boolean;
  recipients: ListStyle;
  storage: ListStyle;
  comment: boolean;
  add: boolean;
}

const list = (key: string, style: ListStyle, item: string, indent: string): string[] =>
  style === 'none'
    ? []
    : style === 'flow'
      ? [`${indent}${key}: [${item}]   # kept`]
      : [`${indent}${key}:`, `${indent}${style === 'block' ? '  ' : ''}- ${item}   # kept`];

function toText(fields: FieldShape[], indent: string): string {
  const lines = ['# head', 'version: 1', 'purposes:', `${indent}account:   { description: A, legalBasis: contract }`, 'fields:'];
  fields.forEach((shape, index) => {
    if (shape.comment) lines.push(`${indent}# field ${index}`);
    if (shape.flowMap) {
      const parts = ['category: user.name', 'purposes: [account]'];
      if (shape.recipients !== 'none') parts.push('recipients: [segment]');
      if (shape.storage !== 'none') parts.push('storage: [cookie]');
      lines.push(`${indent}f${index}: { ${parts.join(', ')} }`);
    } else {
      lines.push(`${indent}f${index}:`, `${indent}${indent}category: user.name`, `${indent}${indent}purposes: [account]`);
      lines.push(...list('recipients', shape.recipients, 'segment', indent + indent), ...list('storage', shape.storage, 'cookie', indent + indent));
    }
  });
  lines.push('# tail', '');
  return lines.join('\n');
}

const isSubsequence = (small: string[], big: string[]) => {
  let at = 0;
  for (const line of big) if (line === small[at]) at++;
  return at === small.length;
};

const shape = fc.record({
  flowMap: fc.boolean(),
  recipients: fc.constantFrom<ListStyle>('flow', 'block', 'compact', 'none'),
  storage: fc.constantFrom<ListStyle>('flow', 'block', 'compact', 'none'),
  comment: fc.boolean(),
  add: fc.boolean(),
});

describe('applyAdditions on any mix of YAML styles', () => {
  test('adds exactly what was planned, keeps every original line in order, and the result parses', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 5 }), fc.constantFrom('  ', '    '), fc.boolean(), (fields, indent, withNewField) => {
        const text = toText(fields, indent);
        const fieldAdditions: FieldAdditions[] = fields.flatMap((field, index) =>
          field.add ? [{ field: `f${index}`, purposes: [], recipients: ['posthog'], storage: ['database'], evidence: [] }] : [],
        );
        const newField = { id: 'phone', category: 'user.contact.phone_number', purposes: ['account'], recipients: [], storage: [], source: 'user' as const, evidence: [] };
        const additions: Additions = { fields: withNewField ? [newField] : [], recipients: [], fieldAdditions, todoPurpose: false };
        const result = applyAdditions(text, additions);
        const data = parse(result) as { fields: Record<string, { recipients?: string[]; storage?: string[] }> };
        fields.forEach((field, index) => {
          const entry = data.fields[`f${index}`]!;
          const recipients = [...(field.recipients === 'none' ? [] : ['segment']), ...(field.add ? ['posthog'] : [])];
          const storage = [...(field.storage === 'none' ? [] : ['cookie']), ...(field.add ? ['database'] : [])];
          expect(entry.recipients ?? []).toEqual(recipients);
          expect(entry.storage ?? []).toEqual(storage);
        });
        expect(Object.keys(data.fields)).toEqual([...fields.map((_, index) => `f${index}`), ...(withNewField ? ['phone'] : [])]);
        // Flow collections gain items inside their line; every other line stays, in order, and no comment is lost.
        const unchanged = text.split('\n').filter((line) => !line.includes('['));
        expect(isSubsequence(unchanged, result.split('\n'))).toBe(true);
        const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
        expect(count(result, '# kept')).toBe(count(text, '# kept'));
        expect(result.endsWith('# tail\n')).toBe(true);
      }),
    );
  });
});
