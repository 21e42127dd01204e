import type { Confidence, Evidence } from '../../model.js';
import { endsInActor, getHeadToken, isPersonNoun, isPossessedByThing, isThingOwner } from './person-objects.js';
import { getSingularForms, getTokens, tokenize } from './tokenize.js';
import {
  ADDRESS_QUALIFIERS,
  AMBIGUOUS_PERSON_NOUNS,
  BANK_QUALIFIERS,
  CARD_QUALIFIERS,
  DEVICE_QUALIFIERS,
  FINANCE_QUALIFIERS,
  GEO_QUALIFIERS,
  ID_SUFFIXES,
  IP_GEO_OWNERS,
  NEUTRAL_PREFIXES,
  OWNER_VETOES,
  PERSON_NOUNS,
  PERSON_QUALIFIERS,
  SEARCH_QUALIFIERS,
  POSSESSED_PERSON_NOUNS,
  PREFIX_VETOES,
  SAFE_SUFFIXES,
  VOCABULARY,
  type TermContext,
  type VocabularyEntry,
  type VocabularyTerm,
} from './vocabulary.js';

export interface Classification {
  category: string;
  confidence: Confidence;
  evidence: Evidence;
}

/** Manifest alias → category: code names a team declared as one of its fields. */
export interface AliasTable {
  [codeName: string]: string;
}

export interface ClassifyContext {
  /** The name of the object the property belongs to (`user` in `user.id`), when known. */
  owner?: string;
  aliases?: AliasTable;
  /**
   * Person nouns that the project's own data model uses for records that are not people (a finance app's `Account`
   * model is a brokerage account): their `name` and id are the record's, though their money stays a person's.
   */
  thingRecords?: ReadonlySet<string>;
}

/** A vocabulary phrase as tokens, with its entry: what the matcher compares names against. */
export interface IndexedTerm {
  tokens: string[];
  entry: Pick<VocabularyEntry, 'category' | 'suffixes' | 'exclusions'>;
  term: VocabularyTerm;
}

interface TermMatch {
  indexed: IndexedTerm;
  start: number;
  end: number;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** A person noun followed by an id word is that person's identifier: `userId`, `customer_uuid`, `kundenNummer`. */
function createPersonIdTerms(explicit: ReadonlySet<string>): IndexedTerm[] {
  const entry = { category: 'user.unique_id' };
  const generated: IndexedTerm[] = [];
  for (const noun of PERSON_NOUNS) {
    if (AMBIGUOUS_PERSON_NOUNS.has(noun)) continue;
    for (const suffix of ID_SUFFIXES) {
      // An account number is a bank account, not a user id.
      if (noun === 'account' && suffix !== 'id' && suffix !== 'uid' && suffix !== 'uuid' && suffix !== 'guid') continue;
      const tokens = [noun, suffix];
      if (explicit.has(tokens.join(' '))) continue;
      generated.push({ tokens, entry, term: { phrase: `${noun} ${suffix}`, confidence: 'high' } });
    }
  }
  // `user.id`, `customer._id`, `member.uuid`: a bare id counts only when its owner is a person.
  // `sub` is the OpenID Connect subject: `session.user.sub`, `profile.sub`.
  for (const phrase of ['id', 'uuid', 'guid', 'identifier', 'sub']) {
    generated.push({ tokens: [phrase], entry, term: { phrase, confidence: 'medium', context: 'person' } });
  }
  return generated;
}

/** Every phrase the classifier knows, the generated person ids (`customerId`, `kundenNummer`) included. */
export function getVocabularyTerms(): IndexedTerm[] {
  const explicit: IndexedTerm[] = VOCABULARY.flatMap((entry) =>
    [...entry.en, ...entry.de].map((term) => ({ tokens: tokenize(term.phrase), entry, term })),
  );
  const explicitKeys = new Set(explicit.map((indexed) => indexed.tokens.join(' ')));
  return [...explicit, ...createPersonIdTerms(explicitKeys)];
}

const TERMS_BY_FIRST_TOKEN: ReadonlyMap<string, IndexedTerm[]> = (() => {
  const byFirst = new Map<string, IndexedTerm[]>();
  for (const indexed of getVocabularyTerms()) {
    const first = indexed.tokens[0];
    if (first === undefined) continue;
    const bucket = byFirst.get(first) ?? [];
    bucket.push(indexed);
    byFirst.set(first, bucket);
  }
  return byFirst;
})();

function matchesAt(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  if (start + phrase.length > tokens.length) return false;
  return phrase.every((expected, offset) => {
    const actual = tokens[start + offset] ?? '';
    if (actual === expected) return true;
    // Only the last word of a phrase takes a plural: `emailAddresses`, `phoneNumbers`.
    return offset === phrase.length - 1 && getSingularForms(actual).includes(expected);
  });
}

function compareMatches(left: TermMatch, right: TermMatch): number {
  if (left.end !== right.end) return right.end - left.end;
  const leftLength = left.end - left.start;
  const rightLength = right.end - right.start;
  if (leftLength !== rightLength) return rightLength - leftLength;
  return CONFIDENCE_RANK[right.indexed.term.confidence] - CONFIDENCE_RANK[left.indexed.term.confidence];
}

const COMPOUND_QUALIFIERS: ReadonlySet<string> = new Set(
  [...PERSON_NOUNS, ...PERSON_QUALIFIERS, ...ADDRESS_QUALIFIERS].filter((word) => word.length >= 4),
);

function isSingleTokenTerm(token: string): boolean {
  return getSingularForms(token).some((form) => (TERMS_BY_FIRST_TOKEN.get(form) ?? []).some((indexed) => indexed.tokens.length === 1));
}

/**
 * Splits words that glue a person or address qualifier to a term without a case change, as German compounds and
 * all-lowercase names do: `kundenemail` → `kunden email`, `userid` → `user id`, `liefertelefon` → `liefer telefon`.
 */
function splitCompounds(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((token) => token.length >= 6)) return tokens;
  return tokens.flatMap((token) => {
    if (token.length < 6 || TERMS_BY_FIRST_TOKEN.has(token) || isPersonNoun(token)) return [token];
    for (let split = 4; split <= token.length - 2; split += 1) {
      const head = token.slice(0, split);
      const rest = token.slice(split);
      if (COMPOUND_QUALIFIERS.has(head) && isSingleTokenTerm(rest)) return [head, rest];
    }
    return [token];
  });
}

/**
 * Every vocabulary term found in the tokens, best head first. English compounds put the head last
 * (`emailTemplate` is a template), so the match that ends last comes first, the longest one on a tie
 * (`emailAddress` before `address`).
 */
function findMatches(tokens: readonly string[]): TermMatch[] {
  const matches: TermMatch[] = [];
  tokens.forEach((token, start) => {
    // A one-word term may itself be the plural (`credentials`), so look it up under every singular form too.
    const candidates = new Set(getSingularForms(token).flatMap((form) => TERMS_BY_FIRST_TOKEN.get(form) ?? []));
    for (const indexed of candidates) {
      if (matchesAt(tokens, start, indexed.tokens)) matches.push({ indexed, start, end: start + indexed.tokens.length });
    }
  });
  return matches.sort(compareMatches);
}

function isAllowedSuffix(token: string, entry: IndexedTerm['entry']): boolean {
  return /^\d+$/.test(token) || SAFE_SUFFIXES.has(token) || (entry.suffixes?.includes(token) ?? false);
}

function isVetoPrefix(token: string, entry: IndexedTerm['entry']): boolean {
  return PREFIX_VETOES.has(token) || (entry.exclusions?.includes(token) ?? false);
}

const CONTEXT_QUALIFIERS: Record<TermContext, ReadonlySet<string>> = {
  person: new Set(PERSON_QUALIFIERS),
  address: new Set(ADDRESS_QUALIFIERS),
  card: new Set(CARD_QUALIFIERS),
  bank: new Set(BANK_QUALIFIERS),
  finance: new Set(FINANCE_QUALIFIERS),
  geo: new Set(GEO_QUALIFIERS),
  device: new Set(DEVICE_QUALIFIERS),
  search: new Set(SEARCH_QUALIFIERS),
  bare: new Set(),
};

function isQualifier(context: TermContext, token: string): boolean {
  if (CONTEXT_QUALIFIERS[context].has(token)) return true;
  return (context === 'person' || context === 'geo') && isPersonNoun(token) && !AMBIGUOUS_PERSON_NOUNS.has(token);
}

/**
 * Whether the word right before the term (neutral adjectives skipped), or else the owner object,
 * makes an ambiguous term personal: `customerName`, `user.name`, `billingState`; not `fileName`, `product.name`.
 */
function getContextSource(context: TermContext, prefix: readonly string[], owner: string | undefined): string | undefined {
  for (let index = prefix.length - 1; index >= 0; index -= 1) {
    const token = prefix[index] ?? '';
    if (NEUTRAL_PREFIXES.has(token)) continue;
    if (context === 'bare') return isQualifier('person', token) || isQualifier('address', token) ? token : undefined;
    return isQualifier(context, token) ? token : undefined;
  }
  if (context === 'bare') return '';
  if (owner === undefined) return undefined;
  if (context === 'search') return isSearchOwner(owner) ? owner : undefined;
  const head = getHeadToken(owner);
  if (head === undefined) return undefined;
  if (isQualifier(context, head)) return owner;
  // `document.createdBy.name`: whoever created the document is a person.
  if (context === 'person' && endsInActor(getTokens(owner))) return owner;
  // `user.billing.state`-like owners are resolved by their own head; `userAddress.state` by its head `address`.
  return undefined;
}

// The URL API's query string (`url.searchParams`, `new URLSearchParams(location.search)`), not a search a person made.
const URL_SEARCH_PARAMS: ReadonlySet<string> = new Set(['search params', 'url search params']);

/**
 * A search's own record or request: `recentSearch`, `teamSearchHistory`, `PostSearchParams`, `searchOptions`; not the
 * URL's `searchParams`.
 */
function isSearchOwner(owner: string): boolean {
  const tokens = getTokens(owner);
  if (URL_SEARCH_PARAMS.has(tokens.join(' '))) return false;
  return tokens.some((token) => CONTEXT_QUALIFIERS.search.has(token));
}

// Alias tables come from the manifest and live for a whole scan: index each one by its tokens once.
const ALIASES_BY_TOKENS = new WeakMap<AliasTable, ReadonlyMap<string, string>>();

function getAliasesByTokens(aliases: AliasTable): ReadonlyMap<string, string> {
  let byTokens = ALIASES_BY_TOKENS.get(aliases);
  if (byTokens === undefined) {
    const built = new Map<string, string>();
    for (const alias of Object.keys(aliases).sort()) {
      const key = tokenize(alias).join(' ');
      if (key !== '' && !built.has(key)) built.set(key, alias);
    }
    byTokens = built;
    ALIASES_BY_TOKENS.set(aliases, byTokens);
  }
  return byTokens;
}

function classifyByAlias(name: string, aliases: AliasTable | undefined): Classification | undefined {
  if (aliases === undefined) return undefined;
  const alias = Object.hasOwn(aliases, name) ? name : getAliasesByTokens(aliases).get(getTokens(name).join(' '));
  const category = alias === undefined ? undefined : aliases[alias];
  if (alias === undefined || category === undefined) return undefined;
  return { category, confidence: 'high', evidence: { by: 'alias', matched: name, term: alias } };
}

/**
 * Whether the owner is a thing and the name does not itself name a person: `team.name` and `link.password` are the
 * thing's, but `collection.ownerId`, `team.creatorEmail` and `document.authorName` are a person's whatever holds them.
 */
function isVetoedOwner(owner: string | undefined, name: string): boolean {
  if (owner === undefined || !isThingOwner(owner)) return false;
  return !getTokens(name).some((token) => isPersonNoun(token) && !AMBIGUOUS_PERSON_NOUNS.has(token) && !POSSESSED_PERSON_NOUNS.has(token));
}

// Owners whose upper-case members are constants: an event or channel enum (`events.FORGOT_PASSWORD`, `ChannelTypeEnum.EMAIL`).
const CONSTANT_OWNERS: ReadonlySet<string> = new Set(['events', 'event', 'enum', 'enums', 'types', 'type', 'kinds', 'kind', 'channels', 'channel', 'actions', 'action', 'constants', 'keys', 'names', 'topics', 'triggers', 'metrics', 'codes', 'steps']);

/**
 * `events.FORGOT_PASSWORD`, `ChannelTypeEnum.EMAIL`, `Fields.PHONE`: an upper-case member of an enum-like object
 * (a PascalCase or upper-case owner, or one named as a set of events, types or channels) names a constant, never data.
 */
function isConstantMember(name: string, owner: string | undefined): boolean {
  if (owner === undefined || !/^[\p{Lu}\d_]+$/u.test(name) || !/\p{Lu}.*\p{Lu}/u.test(name)) return false;
  if (/^\p{Lu}/u.test(owner)) return true;
  const head = getHeadToken(owner);
  return head !== undefined && CONSTANT_OWNERS.has(head);
}

const SELF_IMAGE = 'user.content.self_image';
// A message's `avatar` is the picture a bot, an integration or a webhook sets on what it posts (Slack's `icon_url`,
// Rocket.Chat's and Discord's per-message avatar override), not its author's own picture.
const SENDER_PICTURE_OWNERS: ReadonlySet<string> = new Set(['message', 'msg', 'post', 'bot', 'integration', 'webhook']);

function isSenderPicture(owner: string | undefined, prefix: readonly string[]): boolean {
  const head = owner === undefined ? undefined : getHeadToken(owner);
  return [...prefix, ...(head === undefined ? [] : [head])].some((token) => getSingularForms(token).some((form) => SENDER_PICTURE_OWNERS.has(form)));
}

/** An owner that holds what was derived from an IP address (`req.geo`, `request.cf`, an `ipInfo` lookup result). */
function isIpGeoOwner(owner: string | undefined): boolean {
  if (owner === undefined) return false;
  const tokens = getTokens(owner);
  const head = getHeadToken(owner);
  return (head !== undefined && IP_GEO_OWNERS.has(head)) || tokens.includes('ip');
}

/**
 * `account.name`, `UpdateAccountDto.id`, `accountId` where the project's `Account` model is not a person's: the
 * record's own data. Money held in it (`account.balance`) is still its holder's.
 */
function isThingRecordData(category: string, context: ClassifyContext, matched: readonly string[]): boolean {
  const records = context.thingRecords;
  if (records === undefined || records.size === 0 || category.startsWith('user.financial')) return false;
  const noun = matched.find((token) => isPersonNoun(token));
  // `account.userId` is still its owner's id.
  if (noun !== undefined && !records.has(noun)) return false;
  const head = context.owner === undefined ? undefined : getHeadToken(context.owner);
  if (head !== undefined && records.has(head)) return true;
  return noun !== undefined && matched.length > 1 && matched[matched.length - 1] !== noun;
}

const LOCATION_CATEGORY = /^user\.(location|contact\.address)(\.|$)/;

/**
 * Classifies an identifier, property key or string key into a fideslang data category.
 * `owner` is the name of the object the property belongs to (`user` in `user.id`), when known.
 * Returns undefined for names that are not personal data or that describe it (`emailVerified`, `maxAge`).
 */
export function classifyName(name: string, context: ClassifyContext = {}): Classification | undefined {
  const byAlias = classifyByAlias(name, context.aliases);
  if (byAlias !== undefined) return byAlias;
  if (isVetoedOwner(context.owner, name) || isConstantMember(name, context.owner)) return undefined;
  const tokens = splitCompounds(getTokens(name));
  const ipGeo = isIpGeoOwner(context.owner);
  for (const match of findMatches(tokens)) {
    const verdict = classifyMatch(name, tokens, match, ipGeo ? 'address' : context.owner);
    if (typeof verdict !== 'object') continue;
    if (isThingRecordData(verdict.category, context, tokens.slice(0, match.end))) return undefined;
    if (verdict.category === SELF_IMAGE && isSenderPicture(context.owner, tokens.slice(0, match.start))) return undefined;
    if (ipGeo && LOCATION_CATEGORY.test(verdict.category)) {
      return { category: 'user.location.imprecise', confidence: 'medium', evidence: { ...verdict.evidence, detail: `derived from the IP address (\`${context.owner}\`)` } };
    }
    return ipGeo ? classifyName(name, {}) : verdict;
  }
  return undefined;
}

/**
 * true when a name mentions personal data only to describe it (`emailVerified`, `avatarCount`, `usersWithPhone`)
 * or as a property of something that is not a person (`store.street`, `config.email`), so a caller that would
 * fall back to another name for the same value (the key of `{ street: store.street }`) should not.
 * An ambiguous name without its context (`name` of a product) is not metadata: it is simply not personal.
 */
export function isMetadataName(name: string, context: ClassifyContext = {}): boolean {
  if (classifyByAlias(name, context.aliases) !== undefined) return false;
  const tokens = splitCompounds(getTokens(name));
  const matches = findMatches(tokens);
  if (isVetoedOwner(context.owner, name)) return matches.length > 0;
  const verdicts = matches.map((match) => classifyMatch(name, tokens, match, context.owner));
  return verdicts.includes('metadata') && !verdicts.some((verdict) => typeof verdict === 'object');
}

type MatchVerdict = Classification | 'metadata' | 'no-context';

/**
 * Checks one match: the words after it must keep its meaning, no word before it may turn it into metadata,
 * and an ambiguous term needs its context. When the last match fails, an earlier one may still be the head if
 * the rest reads as its suffix (`profileImageUrl`: `url` alone needs a person, so `profileImage` + `url`).
 */
function classifyMatch(name: string, tokens: readonly string[], match: TermMatch, owner: string | undefined): MatchVerdict {
  const { entry, term } = match.indexed;
  const suffix = tokens.slice(match.end);
  if (!suffix.every((token) => isAllowedSuffix(token, entry))) return 'metadata';
  const prefix = tokens.slice(0, match.start);
  if (prefix.some((token) => isVetoPrefix(token, entry) || (term.exclusions?.includes(token) ?? false))) return 'metadata';
  // The word right before an unambiguous term names its owner as a thing: `repositoryFullName`, `linkPassword`, `teamEmail`.
  // (An ambiguous term there simply lacks its person context: `fileName`.)
  const nearest = prefix.findLast((token) => !NEUTRAL_PREFIXES.has(token));
  if (term.context === undefined && nearest !== undefined && OWNER_VETOES.has(nearest)) return 'metadata';
  const ownerHead = owner === undefined ? undefined : getHeadToken(owner);
  if (ownerHead !== undefined && (entry.exclusions?.includes(ownerHead) || term.exclusions?.includes(ownerHead))) return 'metadata';
  // `symbolProfileId`, `assetProfileUrl`: the profile of a thing.
  for (let index = 0; index <= match.start; index += 1) if (isPossessedByThing(tokens, index)) return 'metadata';

  const evidence: Evidence = { by: 'name', matched: name, term: term.phrase };
  if (term.context !== undefined) {
    const source = getContextSource(term.context, prefix, owner);
    if (source === undefined) return 'no-context';
    if (source !== '' && source === owner) evidence.detail = `property of \`${source}\``;
  }
  return { category: entry.category, confidence: term.confidence, evidence };
}
