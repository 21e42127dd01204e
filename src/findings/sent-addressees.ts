import { ts } from './typescript.js';
import type { SinkSite, SinkValue } from './sink-site.js';
import type { FunctionLike } from './scope.js';
import { getEnclosingFunction, resolveIdentifier, unwrap } from './scope.js';

/** What a value is because the function sends a message to it: the API's category for its addressee, and the API. */
export interface SentAddressee {
  category: string;
  api: string;
}

interface Recorded extends SentAddressee {
  /** The addressee as written in the message (`to: req.to`): classified there already, by the message's own rules. */
  node: ts.Expression;
}

/**
 * A value the same function hands to a message API as its addressee (`resend.emails.send({ to: req.to })`) is that
 * person's address wherever else the function uses it: `console.log(\`Sent to ${req.to}\`)` logs the address, though
 * `to` says nothing by its name. Only a catalogued or endpoint-described call whose API names the addressee's category
 * (CallSignature `addressedTo`, an endpoint's `to`) counts, and only the same variable or member read (one declaration,
 * one member path); text a person wrote for an AI call (`authored`) is not an addressee.
 */
export function createSentAddressees(sitesOfCall: (call: ts.CallExpression) => SinkSite[], addresseeValues: (value: SinkValue) => ts.Expression[]) {
  const byFunction = new Map<FunctionLike, Map<ts.Node, Map<string, Recorded>>>();

  function recordedIn(fn: FunctionLike): Map<ts.Node, Map<string, Recorded>> {
    let recorded = byFunction.get(fn);
    if (recorded) return recorded;
    recorded = new Map();
    byFunction.set(fn, recorded);
    const found = recorded;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        for (const site of sitesOfCall(node)) {
          for (const value of site.values) {
            if (!value.paths || !value.category || value.authored) continue;
            for (const addressee of addresseeValues(value).flatMap(elementsOf)) {
              const reference = referenceOf(addressee);
              if (!reference) continue;
              const paths = found.get(reference.declaration) ?? new Map<string, Recorded>();
              found.set(reference.declaration, paths);
              if (!paths.has(reference.path)) paths.set(reference.path, { category: value.category, api: site.sink.api, node: addressee });
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    if (fn.body) visit(fn.body);
    return found;
  }

  /** The addressee the enclosing function sends `node` to, when it is a read of a value it also sends as one. */
  function sentAddressee(node: ts.Identifier | ts.PropertyAccessExpression): SentAddressee | undefined {
    const fn = getEnclosingFunction(node);
    const reference = referenceOf(node);
    if (!fn || !reference) return undefined;
    const recorded = recordedIn(fn).get(reference.declaration)?.get(reference.path);
    if (!recorded || recorded.node === node) return undefined;
    return { category: recorded.category, api: recorded.api };
  }

  return sentAddressee;
}

/** `to: [a, b]`: each element is an addressee. */
function elementsOf(value: ts.Expression): ts.Expression[] {
  const node = unwrap(value);
  return ts.isArrayLiteralExpression(node) ? node.elements.map((element) => unwrap(element)) : [node];
}

/** A variable or a chain of member reads off one (`req.to`, `opts.recipient.email`): its declaration and member path. */
function referenceOf(expression: ts.Expression): { declaration: ts.Node; path: string } | undefined {
  const members: string[] = [];
  let node = unwrap(expression);
  while (ts.isPropertyAccessExpression(node)) {
    members.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = resolveIdentifier(node);
  if (declaration?.kind !== 'variable' && declaration?.kind !== 'parameter') return undefined;
  return { declaration: declaration.node, path: [...declaration.path, ...members].join('.') };
}
