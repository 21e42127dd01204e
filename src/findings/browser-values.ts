import { ts } from './typescript.js';
import { resolveIdentifier, unwrap } from './scope.js';

/**
 * Members of the browser's own objects that hold something of the person using it, whatever the code calls the value
 * later: `document.referrer` is the page they came from
 * (https://developer.mozilla.org/en-US/docs/Web/API/Document/referrer). The DOM's `document` only: a global, or
 * `window.document`; a local record named `document` is the app's own.
 */
const PAGE_MEMBERS: ReadonlyMap<string, string> = new Map([['referrer', 'user.behavior.browsing_history']]);
const WINDOW_NAMES = new Set(['window', 'globalThis', 'self']);

/** The category of a browser value such as `document.referrer`, else undefined. */
export function browserValueCategory(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string): string | undefined {
  const category = PAGE_MEMBERS.get(name);
  return category !== undefined && isDomDocument(unwrap(node.expression)) ? category : undefined;
}

function isDomDocument(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'document' && isGlobal(node);
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'document') return false;
  const owner = unwrap(node.expression);
  return ts.isIdentifier(owner) && WINDOW_NAMES.has(owner.text) && isGlobal(owner);
}

const isGlobal = (identifier: ts.Identifier): boolean => resolveIdentifier(identifier) === undefined;
