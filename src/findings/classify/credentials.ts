import type { Classification } from './classify-name.js';
import { isConfiguredThing, type Origin } from './content.js';
import { isThingOwner } from './person-objects.js';
import { getTokens } from './tokenize.js';
import { PREFIX_VETOES } from './vocabulary.js';

const CREDENTIAL = 'user.authorization.credentials';

/*
 * A bare `token` or `code` is not a credential by its name: it is as often a lexer's token, a country or an error code.
 * Two things say whose and what it is: where it came from, and the request it is sent in.
 */
const SECRET_WORDS: ReadonlySet<string> = new Set(['token', 'code']);

// Words before `token`/`code` that make it something other than what signs a person in: anti-bot and anti-forgery
// tokens, a device's push token, a pagination cursor, a price's or a place's code, a campaign's or a coupon's code.
const NOT_SECRET_WORDS: ReadonlySet<string> = new Set([
  'csrf', 'xsrf', 'captcha', 'recaptcha', 'hcaptcha', 'turnstile', 'cf', 'push', 'fcm', 'apns', 'expo', 'device',
  'cursor', 'page', 'next', 'continuation', 'pagination', 'sync', 'country', 'language', 'lang', 'locale', 'currency',
  'postal', 'zip', 'post', 'area', 'dial', 'phone', 'region', 'state', 'airport', 'promo', 'promotion', 'coupon',
  'discount', 'voucher', 'gift', 'referral', 'affiliate', 'partner', 'campaign', 'utm', 'error', 'status', 'response',
  'exit', 'http', 'source', 'color', 'colour', 'product', 'plan', 'price', 'tax', 'qr', 'short', 'link', 'html', 'embed',
  'snippet', 'iso', 'hs', 'sku', 'bar', 'barcode', 'event', 'reason', 'kind', 'category', 'app', 'client',
  'project', 'workspace', 'team', 'org', 'organization', 'integration', 'bot', 'webhook', 'api', 'server', 'service',
]);

function namesSecret(name: string): boolean {
  const tokens = getTokens(name);
  const head = tokens[tokens.length - 1];
  if (head === undefined || !SECRET_WORDS.has(head)) return false;
  return !tokens.slice(0, -1).some((token) => NOT_SECRET_WORDS.has(token) || PREFIX_VETOES.has(token));
}

/**
 * A `token` or `code` a person sends in their own request or types into the app (`formData.get('code')`,
 * `ctx.input.query.code`, a tRPC input's `token`) is the one-time code, the magic-link, verification or invitation
 * token, or the OAuth authorization code that proves who they are. Not when the owner is a thing (`country.code`),
 * a word before it says what else it is (`captchaToken`, `promoCode`, `countryCode`), or it comes beside the fields
 * of something the workspace configures (`{ name, monitors, token }`).
 */
export function classifyCredentialInput(name: string, owner: string | undefined, origin: Origin, siblings: readonly string[] = []): Classification | undefined {
  if (origin === 'session' || !namesSecret(name)) return undefined;
  if (owner !== undefined && (isThingOwner(owner) || getTokens(owner).some((token) => NOT_SECRET_WORDS.has(token)))) return undefined;
  // `{ name, monitors, token }`: the token of a thing the workspace sets up (a private location's agent), not a person's.
  if (siblings.some((sibling) => getTokens(sibling).some(isConfiguredThing))) return undefined;
  const from = origin === 'typed-input' ? 'what a person typed into the app' : "a person's request input";
  return { category: CREDENTIAL, confidence: 'medium', evidence: { by: 'name', matched: name, term: getTokens(name).at(-1)!, detail: `a one-time code or token from ${from}` } };
}

// The parameters of an OAuth 2.0 token request (RFC 6749 4.1.3 and 6, RFC 7636): the client's own id and secret beside
// the grant it exchanges.
const TOKEN_REQUEST_PARAMETERS: ReadonlySet<string> = new Set(['client_secret', 'client_id', 'grant_type', 'redirect_uri', 'code_verifier']);

function isTokenRequestParameter(name: string): boolean {
  return TOKEN_REQUEST_PARAMETERS.has(getTokens(name).join('_'));
}

/**
 * `{ code, client_id, client_secret, grant_type }`: the `code` of an OAuth token request is the authorization code the
 * provider gave the person who signed in or installed the app, exchanged for their access token. Its siblings say
 * so; alone, a `code` says nothing.
 */
export function classifyTokenRequestCode(name: string, siblings: readonly string[] | undefined): Classification | undefined {
  if (!siblings || getTokens(name).join('_') !== 'code') return undefined;
  const beside = siblings.filter((sibling) => sibling !== name && isTokenRequestParameter(sibling));
  if (beside.length < 2) return undefined;
  return { category: CREDENTIAL, confidence: 'high', evidence: { by: 'name', matched: name, term: 'code', detail: `an OAuth authorization code, beside ${beside.sort().join(', ')}` } };
}
