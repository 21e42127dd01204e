import { describe, expect, it } from 'vitest';
import { forgetScopes, resolveIdentifier, resolveName, type Declaration } from './scope.js';
import { ts } from './typescript.js';
import { nodesOf } from '../testing/syntax-nodes.js';

const SOURCE = `
import { db } from './db';
import * as mail from '@acme/mail';
const codeParam = 'code';
const schema = { [codeParam]: 1 };
export async function handler(req, { user: { email }, ...rest }) {
  const user = await db.user.find({ where: { id: req.id } });
  for (const [index, item] of rest.items.entries()) {
    try { mail.send(email, item, index); } catch (error) { log(error, user); }
  }
  switch (req.kind) { case 1: { const user = 2; return user; } default: return schema; }
}
class Store { save(record) { return db.insert(record); } }
const later = () => handler;
`;

const identifiersOf = (tree: ts.SourceFile): ts.Identifier[] => nodesOf(tree, ts.isIdentifier);

/** A declaration as its node's position and kind, to compare answers from different trees of one text. */
const declarationKey = (declaration: Declaration | undefined) => (declaration ? `${declaration.kind}@${declaration.node.pos}` : 'none');

describe('resolveIdentifier', () => {
  it('answers as resolveName by the identifier\'s text, whatever was resolved before, in another tree or after forgetting', () => {
    const reference = ts.createSourceFile('a.ts', SOURCE, ts.ScriptTarget.Latest, true);
    const expected = identifiersOf(reference).map((identifier) => declarationKey(resolveName(identifier.text, identifier)));
    expect(expected.filter((answer) => answer !== 'none').length).toBeGreaterThan(10);

    const tree = ts.createSourceFile('b.ts', SOURCE, ts.ScriptTarget.Latest, true);
    const other = ts.createSourceFile('c.ts', SOURCE, ts.ScriptTarget.Latest, true);
    const identifiers = identifiersOf(tree);
    const otherIdentifiers = identifiersOf(other);
    // Backwards, then forwards, interleaved with another tree of the same text, so the last table is often the wrong one.
    const backwards = [...identifiers].reverse().flatMap((identifier, index) => {
      const otherAnswer = declarationKey(resolveIdentifier(otherIdentifiers[otherIdentifiers.length - 1 - index]!));
      return [declarationKey(resolveIdentifier(identifier)), otherAnswer];
    });
    expect(backwards.filter((_, index) => index % 2 === 0).reverse()).toEqual(expected);
    expect(backwards.filter((_, index) => index % 2 === 1).reverse()).toEqual(expected);
    expect(identifiers.map((identifier) => declarationKey(resolveIdentifier(identifier)))).toEqual(expected);
    forgetScopes(tree);
    expect(identifiers.map((identifier) => declarationKey(resolveIdentifier(identifier)))).toEqual(expected);
  });

  it('returns the same declaration object when asked again', () => {
    const tree = ts.createSourceFile('a.ts', SOURCE, ts.ScriptTarget.Latest, true);
    const identifiers = identifiersOf(tree);
    const first = identifiers.map(resolveIdentifier);
    expect(identifiers.map(resolveIdentifier)).toEqual(first);
    first.forEach((declaration, index) => expect(resolveIdentifier(identifiers[index]!)).toBe(declaration));
  });
});
