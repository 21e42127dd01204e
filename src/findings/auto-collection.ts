import { ts } from './typescript.js';
import type { AutoCollection, CallSignature } from './catalog/types.js';
import type { SinkValue } from './sink-site.js';
import { propertyNameText, unwrap } from './scope.js';

/**
 * What an SDK's start call turns on (CallSignature.starts), read from the options written at the call: each kind of
 * data it will collect by itself is a value of the call. Options passed as a variable are not followed: a collection
 * on by default stays on, one the options must turn on is not assumed.
 */
export function startedCollections(signature: CallSignature, call: ts.CallExpression): SinkValue[] {
  return (signature.starts ?? []).filter((collection) => isOn(collection, call)).map((collection) => toValue(collection, call));
}

function toValue(collection: AutoCollection, call: ts.CallExpression): SinkValue {
  if (collection.category.startsWith('user.behavior')) return { expression: call, category: collection.category, event: true };
  return { expression: call, category: collection.category, fixed: true, collected: true };
}

function isOn(collection: AutoCollection, call: ts.CallExpression): boolean {
  const argument = call.arguments[collection.options];
  const options = argument ? unwrap(argument) : undefined;
  const written = options && ts.isObjectLiteralExpression(options) ? options : undefined;
  if (collection.unless) return !written || !collection.unless.every((name) => isWrittenOff(optionValue(written, name)));
  if (!written) return false;
  if (collection.when) {
    const value = optionValue(written, collection.when);
    return value !== undefined && !isWrittenOff(value);
  }
  const integrations = collection.integrations ? optionValue(written, 'integrations') : undefined;
  return integrations !== undefined && makesIntegration(integrations, new Set(collection.integrations));
}

function optionValue(options: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (let index = options.properties.length - 1; index >= 0; index--) {
    const property = options.properties[index]!;
    if (property.name === undefined || propertyNameText(property.name) !== name) continue;
    if (ts.isPropertyAssignment(property)) return unwrap(property.initializer);
    if (ts.isShorthandPropertyAssignment(property)) return property.name;
  }
  return undefined;
}

/** `false`, `0`, `''`, `null`, `undefined` or `{ enabled: false }`: the option is written as off. */
function isWrittenOff(value: ts.Expression | undefined): boolean {
  if (value === undefined) return false;
  if (value.kind === ts.SyntaxKind.FalseKeyword || value.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isNumericLiteral(value)) return Number(value.text) === 0;
  if (ts.isStringLiteralLike(value)) return value.text === '';
  if (ts.isIdentifier(value)) return value.text === 'undefined';
  // `sessionReplay: { enabled: false }`
  if (ts.isObjectLiteralExpression(value)) return optionValue(value, 'enabled')?.kind === ts.SyntaxKind.FalseKeyword;
  return false;
}

/** The integrations list (or the function building it) calls or constructs one of `names` (`Sentry.replayIntegration()`). */
function makesIntegration(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    const callee = unwrap(node.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (name !== undefined && names.has(name)) return true;
  }
  return ts.forEachChild(node, (child) => makesIntegration(child, names) || undefined) ?? false;
}
