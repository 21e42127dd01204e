import { ts } from './typescript.js';
import type { SinkValue } from './sink-site.js';
import { propertyNameText, resolveIdentifier, unwrap } from './scope.js';

// The path words of an endpoint that records what people do in the product: `/v1/telemetry/measure`, `/api/track`,
// `/analytics/events`.
const TELEMETRY_PATH = /(^|\/)(telemetry|analytics|track|tracking)(\/|$)/i;
const EVENT_KEYS: ReadonlySet<string> = new Set(['event', 'eventName', 'event_name']);

/**
 * The event an app's own telemetry wrapper posts (`track(event, data) { api.post('/v1/telemetry/measure', { event,
 * data }) }`): a UI event of the signed-in person, like an analytics SDK's `track`. Only an event the wrapper was
 * handed (a parameter, also inside a template such as `${event} - [WEB]`), posted to a path that names telemetry or
 * analytics: a webhook's `{ event: 'deploy.finished' }` to a chat is the app's own notice, not a person's behaviour.
 */
export function telemetryEventValue(body: ts.Expression | undefined, path: string | undefined): SinkValue | undefined {
  if (!body || path === undefined || !TELEMETRY_PATH.test(path)) return undefined;
  const node = unwrap(body);
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (!property.name || !EVENT_KEYS.has(propertyNameText(property.name) ?? '')) continue;
    const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
    const handed = value ? handedParameter(value) : undefined;
    if (handed) return { expression: handed, event: true };
  }
  return undefined;
}

/** The parameter a value is (`event`), or the one parameter a template is built around (`${event} - [WEB]`). */
function handedParameter(value: ts.Expression): ts.Identifier | undefined {
  const spans = ts.isTemplateExpression(value) ? value.templateSpans.map((span) => unwrap(span.expression)) : [value];
  if (spans.length !== 1 || !ts.isIdentifier(spans[0]!)) return undefined;
  const identifier = spans[0] as ts.Identifier;
  return resolveIdentifier(identifier)?.kind === 'parameter' ? identifier : undefined;
}
