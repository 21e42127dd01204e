import { ts } from './typescript.js';
import type { ChainBinding } from './bindings.js';
import type { AutoCollection, CallSignature, CatalogEntry } from './catalog/types.js';
import type { SinkSite, SinkValue } from './sink-site.js';
import { propertyNameText, unwrap } from './scope.js';

// An option written as a bare JSX attribute (`<OpenPanelComponent trackScreenViews />`): on.
const FLAG = 'flag';
type Options = (name: string) => ts.Expression | typeof FLAG | undefined;

/**
 * What an SDK's start call turns on (CallSignature.starts), read from the options written at the call: each kind of
 * data it will collect by itself is a value of the call. Options passed as a variable are not followed: a collection
 * on by default stays on, one the options must turn on is not assumed.
 */
export function startedCollections(signature: CallSignature, call: ts.CallExpression): SinkValue[] {
  return (signature.starts ?? []).flatMap((collection) => {
    const argument = collection.options === undefined ? undefined : call.arguments[collection.options];
    const options = argument ? unwrap(argument) : undefined;
    const written = options && ts.isObjectLiteralExpression(options) ? (name: string) => optionValue(options, name) : undefined;
    return isOn(collection, written) ? [toValue(collection, call, call)] : [];
  });
}

/**
 * A catalogued SDK's start component rendered by the app (CatalogEntry.components): the element is the start, its
 * props the options. The behaviour it records is named by the component (`OpenPanelComponent`).
 */
export function startedByComponent(entries: readonly CatalogEntry[], binding: ChainBinding, element: ts.JsxSelfClosingElement | ts.JsxOpeningElement, recipient: (entry: CatalogEntry) => string | null): SinkSite[] {
  const name = binding.chain[binding.chain.length - 1];
  const node = ts.isJsxOpeningElement(element) ? element.parent : element;
  const props = (prop: string) => propValue(element.attributes, prop);
  const tag = element.tagName;
  const named = ts.isIdentifier(tag) || ts.isPropertyAccessExpression(tag) ? tag : node;
  const sites: SinkSite[] = [];
  for (const entry of entries) {
    const component = entry.components?.find((candidate) => candidate.name === name);
    if (!component) continue;
    const values = component.starts.filter((collection) => isOn(collection, props)).map((collection) => toValue(collection, named, node));
    if (values.length > 0) sites.push({ node, sink: { kind: entry.kind, recipient: recipient(entry), api: `<${name}>` }, values });
  }
  return sites;
}

function toValue(collection: AutoCollection, named: ts.Expression, at: ts.Expression): SinkValue {
  if (collection.category.startsWith('user.behavior')) return { expression: named, category: collection.category, event: true };
  return { expression: at, category: collection.category, fixed: true, collected: true };
}

/** `options` is undefined when the options are not written in place (a variable). */
function isOn(collection: AutoCollection, options: Options | undefined): boolean {
  if (collection.unless) return !options || collection.unless.length === 0 || !collection.unless.every((name) => isWrittenOff(options(name)));
  if (!options) return false;
  if (collection.when) {
    const value = options(collection.when);
    return value !== undefined && !isWrittenOff(value);
  }
  const integrations = collection.integrations ? options('integrations') : undefined;
  return integrations !== undefined && integrations !== FLAG && makesIntegration(integrations, new Set(collection.integrations));
}

function propValue(attributes: ts.JsxAttributes, name: string): ts.Expression | typeof FLAG | undefined {
  for (let index = attributes.properties.length - 1; index >= 0; index--) {
    const attribute = attributes.properties[index]!;
    if (!ts.isJsxAttribute(attribute) || !ts.isIdentifier(attribute.name) || attribute.name.text !== name) continue;
    const initializer = attribute.initializer;
    if (!initializer) return FLAG;
    if (ts.isJsxExpression(initializer)) return initializer.expression ? unwrap(initializer.expression) : undefined;
    return ts.isStringLiteral(initializer) ? initializer : undefined;
  }
  return undefined;
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
function isWrittenOff(value: ts.Expression | typeof FLAG | undefined): boolean {
  if (value === undefined || value === FLAG) return false;
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
