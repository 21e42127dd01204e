// Words are split at case changes, digits and any non-alphanumeric character, so `IPAddress`, `ip_address`,
// `ip-address`, `IP_ADDRESS` and `headers['ip-address']` all read as the same tokens.
const WORD = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|\p{L}+/gu;

// German umlauts are folded so that `straße`, `strasse`, `Straße` and `STRASSE` meet in one vocabulary term.
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

export function normalizeToken(token: string): string {
  let folded = token.toLowerCase();
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * Tokenizes camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE, dotted/bracket string keys and digits
 * into lowercase tokens with umlauts folded (`ä` → `ae`, `ß` → `ss`).
 */
export function tokenize(name: string): string[] {
  return [...getTokens(name)];
}

// The same names come back at every sink and every hop; the cache is dropped when it grows past a bound.
const TOKEN_CACHE = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 20_000;

/** tokenize() for internal callers that do not modify the result. */
export function getTokens(name: string): readonly string[] {
  const cached = TOKEN_CACHE.get(name);
  if (cached !== undefined) return cached;
  const tokens: string[] = [];
  for (const chunk of name.split(/[^\p{L}\p{N}]+/u)) {
    for (const word of chunk.match(WORD) ?? []) tokens.push(normalizeToken(word));
  }
  if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(name, tokens);
  return tokens;
}

/** The forms a token may take as a plural (`emails`, `addresses`, `allergies`), to compare with singular terms. */
export function getSingularForms(token: string): string[] {
  const forms = [token];
  if (token.length < 3) return forms;
  if (token.endsWith('ies')) forms.push(`${token.slice(0, -3)}y`);
  if (token.endsWith('es')) forms.push(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss') && !token.endsWith('us')) forms.push(token.slice(0, -1));
  return forms;
}
