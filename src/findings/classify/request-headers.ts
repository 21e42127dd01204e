import type { Classification } from './classify-name.js';
import { getTokens } from './tokenize.js';

const CREDENTIAL = 'user.authorization.credentials';

// The browser sends the site's cookies, the session among them, in one `Cookie` header.
const COOKIE_HEADERS: ReadonlySet<string> = new Set(['cookie', 'cookies']);
// A time zone the client reports of itself (`Timezone`, `X-Timezone`, `X-Time-Zone`): where the person roughly is.
const TIME_ZONE_HEADERS: ReadonlySet<string> = new Set(['timezone', 'time zone', 'tz', 'user timezone', 'client timezone', 'browser timezone']);
// Request headers every client sends of itself, whatever the person does: not prefixes of a vendor's or a proxy's.
const HEADER_PREFIXES: ReadonlySet<string> = new Set(['x']);

/**
 * What one header of the incoming request holds, by the header's name, where its name says more than a vocabulary
 * term would: a time-zone header the region the person is in; `Cookie`, passed on whole (`forwarded`: into another
 * request's headers), the person's session. A Cookie header parsed for one cookie (a language, a theme) hands over
 * no more than that cookie. Only for headers: a `timezone` in a body is as often a monitor's or a schedule's.
 */
export function classifyRequestHeader(header: string, forwarded: boolean): Classification | undefined {
  const tokens = getTokens(header);
  const words = (HEADER_PREFIXES.has(tokens[0] ?? '') ? tokens.slice(1) : tokens).join(' ');
  if (COOKIE_HEADERS.has(words) && forwarded) {
    return { category: CREDENTIAL, confidence: 'medium', evidence: { by: 'name', matched: header, term: 'cookie', detail: 'the Cookie header, which carries the session' } };
  }
  if (TIME_ZONE_HEADERS.has(words)) {
    return { category: 'user.location.imprecise', confidence: 'medium', evidence: { by: 'name', matched: header, term: 'timezone', detail: "the time zone the person's client reports" } };
  }
  return undefined;
}

/**
 * Every header the client sent, read without naming one (`request.headers[name]` in a loop over them, `{ ...req.headers }`):
 * its `Authorization` and `Cookie` headers are among them, so the copy carries the person's credentials.
 */
export function allRequestHeaders(expression: string): Classification {
  return { category: CREDENTIAL, confidence: 'medium', evidence: { by: 'name', matched: expression, term: 'headers', detail: 'every request header, Authorization and Cookie among them' } };
}
