import { getSingularForms, getTokens } from './tokenize.js';
import { AMBIGUOUS_PERSON_NOUNS, CONTAINER_SUFFIXES, NEUTRAL_PREFIXES, OWNER_VETOES, PERSON_NOUNS, POSSESSED_PERSON_NOUNS } from './vocabulary.js';

const PERSON_NOUN_SET: ReadonlySet<string> = new Set(PERSON_NOUNS);

export function isPersonNoun(token: string): boolean {
  return getSingularForms(token).some((form) => PERSON_NOUN_SET.has(form));
}

/**
 * The word that says what an object is: the last token once container words are dropped
 * (`currentUser` → `user`, `CreateCustomerDto` → `customer`, `billingDetails` → `billing`).
 * A name made only of container words keeps its last one (`data` → `data`).
 */
export function getHeadToken(name: string): string | undefined {
  const tokens = getTokens(name);
  return tokens[getHeadIndex(tokens)];
}

// `userOrError`, `sessionOrFailure`: a Result that holds the value or why it failed is named after the value.
const FAILURE_WORDS: ReadonlySet<string> = new Set(['error', 'err', 'failure', 'fail']);

function getHeadIndex(tokens: readonly string[]): number {
  let end = tokens.length;
  if (end > 2 && tokens[end - 2] === 'or' && FAILURE_WORDS.has(tokens[end - 1] ?? '')) end -= 2;
  while (end > 1 && CONTAINER_SUFFIXES.has(tokens[end - 1] ?? '')) end -= 1;
  return end - 1;
}

/**
 * Whether the person noun at `index` names something a thing has (`assetProfile`, `symbolProfileId`,
 * `workspaceAccount`): a profile or an account of a noun that is not a person.
 */
export function isPossessedByThing(tokens: readonly string[], index: number): boolean {
  const noun = tokens[index];
  if (noun === undefined || !POSSESSED_PERSON_NOUNS.has(noun)) return false;
  for (let before = index - 1; before >= 0; before -= 1) {
    const token = tokens[before] ?? '';
    if (NEUTRAL_PREFIXES.has(token)) continue;
    return OWNER_VETOES.has(token);
  }
  return false;
}

/** Whether an owner object's name says it is not a person's (`team`, `assetProfile`, `assetProfileWithOverrides`). */
export function isThingOwner(owner: string): boolean {
  const tokens = getTokens(owner);
  const index = getHeadIndex(tokens);
  const head = tokens[index];
  return head !== undefined && (OWNER_VETOES.has(head) || tokens.some((_, at) => at <= index && isPossessedByThing(tokens, at)));
}

const IDENTIFIER_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uid', 'uuid', 'guid', 'identifier']);

/**
 * Whether a name reads as the identifier of a thing: by its own words (`sharedVaultUuid`, `monitorId`) or by its
 * owner (`workspace.id`, `monitor.id`). Whose it is decides, whatever key it is later passed under (`ownerUuid`).
 */
export function isThingIdentifierName(name: string, owner: string | undefined): boolean {
  const tokens = getTokens(name);
  if (!IDENTIFIER_WORDS.has(tokens[tokens.length - 1] ?? '')) return false;
  const subject = tokens.slice(0, -1);
  if (subject.length > 0) return isThingOwner(subject.join('_'));
  return owner !== undefined && isThingOwner(owner);
}

// What a person does to a record, in the `<participle>By` names of whoever did it: `createdBy`, `updatedBy`,
// `invitedBy`. Not `orderBy`, `groupBy`, `sortedBy`, `poweredBy`: those name a key or a thing.
const ACTOR_PARTICIPLES: ReadonlySet<string> = new Set([
  'created', 'updated', 'modified', 'edited', 'deleted', 'published', 'invited', 'approved', 'rejected', 'requested',
  'assigned', 'shared', 'uploaded', 'submitted', 'signed', 'reviewed', 'archived', 'added', 'removed', 'resolved',
  'completed', 'closed', 'reported', 'authored', 'written', 'sent', 'accepted', 'verified', 'imported', 'mentioned',
  'owned', 'changed', 'revoked', 'suspended', 'joined', 'restored', 'pinned', 'starred', 'viewed', 'commented',
]);

/** Whether the tokens end in the name of a person who did something to a record (`createdBy`, `lastModifiedBy`). */
export function endsInActor(tokens: readonly string[]): boolean {
  const end = getHeadIndex(tokens);
  return tokens[end] === 'by' && end > 0 && ACTOR_PARTICIPLES.has(tokens[end - 1] ?? '');
}

/** true for names of objects that hold a person (user, customer, member, patient, kunde, ...), for type/whole-object expansion. */
export function isPersonObjectName(name: string): boolean {
  const tokens = getTokens(name);
  if (endsInActor(tokens)) return true;
  const index = getHeadIndex(tokens);
  const head = tokens[index];
  if (head === undefined || isPossessedByThing(tokens, index)) return false;
  return isPersonNoun(head) && !getSingularForms(head).some((form) => AMBIGUOUS_PERSON_NOUNS.has(form));
}

/** `summaryProfile`, `details`: a name whose noun is something someone or something has, which its holder decides. */
export function isPossessedNoun(name: string): boolean {
  const tokens = getTokens(name);
  return POSSESSED_PERSON_NOUNS.has(tokens[getHeadIndex(tokens)] ?? '');
}

/** `symbolProfile`, `assetProfiles`, `workspaceAccount`: a record named as what a thing has, though its noun names people elsewhere. */
export function isPossessionOfThing(name: string): boolean {
  const tokens = getTokens(name);
  const index = getHeadIndex(tokens);
  return tokens.some((_, at) => at <= index && isPossessedByThing(tokens, at));
}
