import { describe, expect, it } from 'vitest';
import { textOf } from './context.js';
import { forgetScopes } from './scope.js';
import { ts } from './typescript.js';
import { nodesOf } from '../testing/syntax-nodes.js';

const expressionsOf = (tree: ts.SourceFile): ts.Node[] => nodesOf(tree, ts.isExpression);

describe('textOf', () => {
  const source = 'const user = await db.user.findFirst({\n  where: { id },\n\tselect: {  email: true } });\nlog(`a  b`, user?.email);\n';

  it('gives each node its text with whitespace runs made one space, asked once or again and after its tree is forgotten', () => {
    const tree = ts.createSourceFile('a.ts', source, ts.ScriptTarget.Latest, true);
    const nodes = expressionsOf(tree);
    const expected = nodes.map((node) => node.getText(tree).replace(/\s+/g, ' '));
    expect(nodes.map(textOf)).toEqual(expected);
    expect(nodes.map(textOf)).toEqual(expected);
    forgetScopes(tree);
    expect([...nodes].reverse().map(textOf)).toEqual([...expected].reverse());
    expect(textOf(nodes.find((node) => ts.isObjectLiteralExpression(node))!)).toBe('{ where: { id }, select: { email: true } }');
  });

  it('keeps the nodes of two trees of the same text apart', () => {
    const first = ts.createSourceFile('a.ts', 'f(a);', ts.ScriptTarget.Latest, true);
    const second = ts.createSourceFile('a.ts', 'f(b);', ts.ScriptTarget.Latest, true);
    expect(expressionsOf(first).map(textOf)).toEqual(['f(a)', 'f', 'a']);
    expect(expressionsOf(second).map(textOf)).toEqual(['f(b)', 'f', 'b']);
  });
});
