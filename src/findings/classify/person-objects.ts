import { getSingularForms, getTokens } from './tokenize.js';
import { AMBIGUOUS_PERSON_NOUNS, CONTAINER_SUFFIXES, PERSON_NOUNS } from './vocabulary.js';

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
  let end = tokens.length;
  while (end > 1 && CONTAINER_SUFFIXES.has(tokens[end - 1] ?? '')) end -= 1;
  return tokens[end - 1];
}

/** true for names of objects that hold a person (user, customer, member, patient, kunde, ...), for type/whole-object expansion. */
export function isPersonObjectName(name: string): boolean {
  const head = getHeadToken(name);
  if (head === undefined) return false;
  return isPersonNoun(head) && !getSingularForms(head).some((form) => AMBIGUOUS_PERSON_NOUNS.has(form));
}
