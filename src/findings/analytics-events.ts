import { ts } from './typescript.js';
import type { CallSignature } from './catalog/types.js';
import type { SinkValue } from './sink-site.js';
import { propertyNameText, unwrap } from './scope.js';

/*
 * Words of an event's own name that say which behaviour it records. Only a name written as text is read this way: an
 * event constant (`events.FORGOT_PASSWORD`) is the app's label for the event, not the event's data, so it stays plain
 * `user.behavior` (issue 15: its words misclassified it before).
 */
const EVENT_KINDS: readonly { category: string; words: RegExp }[] = [
  { category: 'user.behavior.browsing_history', words: /^\$?(page ?views?|page viewed|viewed page|screen ?views?|screen viewed|viewed screen|\$?pageview|\$?screen)$/ },
  { category: 'user.behavior.search_history', words: /\b(search|searched|searches|site search)\b/ },
  { category: 'user.behavior.purchase_history', words: /\b(purchase|purchased|purchases|checkout|checked out|order completed|order placed|ordered|completed order|placed order|refund|refunded)\b/ },
];

/**
 * The event a catalogued event call records (CallSignature.event), as a value of the person's behaviour at the call:
 * undefined when the call is not an event after all (a `dataLayer.push` of anything but `{ event }`).
 */
export function eventValue(signature: CallSignature, call: ts.CallExpression, source: readonly ts.Expression[]): SinkValue | undefined {
  const event = signature.event;
  if (!event) return undefined;
  const standalone = event.standaloneIndex !== undefined && ts.isIdentifier(unwrap(call.expression));
  const index = standalone ? event.standaloneIndex : event.index;
  let argument = index === undefined ? undefined : source[index];
  if (argument && ts.isSpreadElement(argument)) argument = undefined;
  if (argument && event.property) {
    const node = unwrap(argument);
    if (ts.isObjectLiteralExpression(node)) {
      const named = node.properties.find((property) => property.name !== undefined && propertyNameText(property.name) === event.property);
      if (!named || isFixedIdentity(node)) return undefined;
      argument = ts.isPropertyAssignment(named) ? named.initializer : ts.isShorthandPropertyAssignment(named) ? named.name : argument;
    } else if (event.requireProperty) {
      return undefined;
    }
  } else if (event.requireProperty) {
    return undefined;
  }
  return { expression: argument ?? call, ...(event.category ? { category: event.category } : {}), event: true };
}

/*
 * The properties of a server SDK's event object that say whose event it is (`track({ userId, event })`): an event
 * sent only under an id written in code (`anonymousId: 'nightly-job'`) or under the id of an installation or a server
 * (a self-hosted instance's telemetry: `distinctId: this.installationId`) is the app's own, not a person's.
 */
const IDENTITY_PROPERTIES = new Set(['userId', 'anonymousId', 'distinctId', 'distinct_id', 'user_id', 'profileId', 'deviceId', 'device_id']);

function isFixedIdentity(event: ts.ObjectLiteralExpression): boolean {
  const identities = event.properties.filter((property) => property.name !== undefined && IDENTITY_PROPERTIES.has(propertyNameText(property.name) ?? ''));
  return identities.length > 0 && identities.every((property) => ts.isPropertyAssignment(property) && isAppOwnId(unwrap(property.initializer)));
}

const MACHINE_ID = /(installation|instance|node|server|machine|deployment|cluster)_?id$/i;

function isAppOwnId(node: ts.Expression): boolean {
  if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node)) return true;
  const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
  return name !== undefined && MACHINE_ID.test(name);
}

export function eventName(argument: ts.Expression): string | undefined {
  const node = unwrap(argument);
  return ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** `Page Viewed` is browsing, `search_performed` a search, `Order Completed` a purchase; any other event is behaviour. */
export function categoryOfEventName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9$]+/g, ' ')
    .trim();
  return EVENT_KINDS.find((kind) => kind.words.test(words))?.category ?? 'user.behavior';
}
