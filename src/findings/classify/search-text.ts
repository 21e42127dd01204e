import type { Classification } from './classify-name.js';
import type { Origin } from './content.js';
import { isConfiguredThing } from './content.js';
import { isThingOwner } from './person-objects.js';
import { getTokens } from './tokenize.js';

/**
 * Names under which a request or a search box carries what a person searched for (`?q=`, `{ query, sort }` of a
 * search endpoint, `searchValue` of a list's filter). Generic words: they name a search only in a person's input.
 */
const SEARCH_NAMES: ReadonlySet<string> = new Set([
  'q', 'query', 'search', 'term', 'keyword', 'keywords', 'searchvalue', 'querytext', 'textquery', 'searchstr', 'searchby',
]);
/** Siblings of a GraphQL operation (`{ query, variables, operationName }`): its `query` is the app's code, not a search. */
const OPERATION_SIBLINGS: ReadonlySet<string> = new Set(['variables', 'operationName', 'operation', 'extensions', 'persistedQuery', 'mutation']);

/**
 * What a person searched for: `query` or `q` read from their request or typed into the app is their search, whatever
 * it is called. Not under a configured thing (`monitor.query`, `alert.query`), nor beside a GraphQL operation's keys.
 */
export function classifySearchText(name: string, owner: string | undefined, siblings: readonly string[] | undefined, origin: Origin): Classification | undefined {
  if (origin === 'session' || !SEARCH_NAMES.has(name.toLowerCase())) return undefined;
  if (owner !== undefined && (isThingOwner(owner) || getTokens(owner).some(isConfiguredThing))) return undefined;
  if (siblings?.some((sibling) => OPERATION_SIBLINGS.has(sibling))) return undefined;
  const from = origin === 'typed-input' ? 'what a person typed into the app' : "a person's request input";
  return { category: 'user.behavior.search_history', confidence: 'medium', evidence: { by: 'name', matched: name, term: name, detail: `a search from ${from}` } };
}
