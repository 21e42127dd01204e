import type { Classification, Origin } from './classify/index.js';
import { classifyAttachedFile, classifyFreeText, classifySearchText, getTokens, isThingOwner } from './classify/index.js';
import { classifyCredentialInput, classifyTokenRequestCode } from './classify/credentials.js';

type ClassifyByName = (name: string, owner?: string) => Classification | undefined;

// Categories that only a person has: a sibling carrying one of them makes the whole record a person's record.
// A bio or a profile picture belongs to a person too: `{ name, bio }` is a profile, not a product. A password, a
// token or a balance does not: a share link, a certificate or a Wi-Fi network has `{ name, password }`, and a
// brokerage account `{ name, balance }`; only card and bank details name their holder.
const PERSON_CATEGORY = /^user\.(contact|name|demographic|government_id|financial\.(credit_card|bank_account)|account|content\.public|content\.self_image)(\.|$)/;
// Owners that say nothing about what they hold: a form, a request body, a DTO.
const NEUTRAL_OWNER = /^(form|body|data|input|values|payload|params|dto|fields|details|info|draft|args|props|request|req|query|state|result|parsed|entry|record|row|json|formData|searchParams|headers|text|parseBody|valid)$/i;

// What holds a person's money over time; a transaction, trade or order id beside a `value` is an event's total.
const MONEY_HOLDERS = new Set(['account', 'bank', 'brokerage', 'portfolio', 'holding', 'wallet', 'savings', 'depot', 'konto']);

/**
 * `{ accountId, quantity, unitPrice, fee }`: a record that names the account, holding or transaction it belongs to
 * holds that holder's money, as `account.balance` does.
 */
function classifyBesideMoneyHolder(classify: ClassifyByName, name: string, siblings: readonly string[]): Classification | undefined {
  const holder = moneyHolderAmong(siblings);
  if (holder === undefined) return undefined;
  const found = classify(name, holder);
  return found?.category.startsWith('user.financial') ? { ...found, evidence: { ...found.evidence, detail: `beside the ${holder} it belongs to` } } : undefined;
}

// Asked for every key of every object literal classified, with all its keys as siblings: a loop, not a mapped copy.
function moneyHolderAmong(siblings: readonly string[]): string | undefined {
  for (const sibling of siblings) {
    const tokens = getTokens(sibling);
    if (tokens.length > 1 && MONEY_HOLDERS.has(tokens[0]!)) return tokens[0];
  }
  return undefined;
}

// Words of a payment flow: a `sessionId` beside a `paymentMethod` or a `checkoutUrl` is a checkout's session.
const PAYMENT_WORDS = new Set(['checkout', 'payment', 'billing', 'stripe', 'invoice', 'subscription', 'price']);

/**
 * A credential known only by its owner (`customer.sessionId`, not `accessToken`) beside the fields of a payment is
 * the payment provider's session, not the person's sign-in.
 */
function isPaymentSession(found: Classification, siblings: readonly string[] | undefined): boolean {
  if (found.category !== 'user.authorization.credentials' || found.confidence === 'high' || !siblings) return false;
  return siblings.some((sibling) => getTokens(sibling).some((token) => PAYMENT_WORDS.has(token)));
}

/** The evidence of a `name` taken for a person's because personal fields are declared beside it (`{ email, name }`). */
export const BESIDE_PERSONAL_FIELDS = 'beside other personal fields';

/** A sibling marker: the keys belong to a record of a person (`prisma.user.update({ data })`). */
export const PERSON_RECORD = '@person-record';

/**
 * Wraps name classification with the context of the names declared beside it. `name` alone is ambiguous
 * (a product, an event, a file), but `{ email, name }` or `createUser(email: string, name: string)` is a
 * person's name: the vocabulary asks for a person owner, and a personal sibling stands in for one.
 */
export function createContextClassifier(classifyUncached: ClassifyByName) {
  const classify = memoizeByOwnerAndName(classifyUncached);
  const cache = new Map<string, boolean>();
  const isPersonalSibling = (name: string) => {
    if (name === PERSON_RECORD) return true;
    let known = cache.get(name);
    if (known === undefined) {
      const category = classify(name)?.category;
      known = category !== undefined && PERSON_CATEGORY.test(category);
      cache.set(name, known);
    }
    return known;
  };
  const bySiblings = (name: string, owner: string | undefined, siblings: readonly string[] | undefined): Classification | undefined => {
    if (!siblings || siblings.length === 0) return undefined;
    const money = owner !== undefined && isThingOwner(owner) ? undefined : classifyBesideMoneyHolder(classify, name, siblings);
    if (money) return money;
    if (owner !== undefined && !NEUTRAL_OWNER.test(owner)) return undefined;
    if (!getTokens(name).includes('name')) return undefined;
    if (!siblings.some((sibling) => sibling !== name && isPersonalSibling(sibling))) return undefined;
    const retried = classify(name, 'user');
    return retried ? { ...retried, evidence: { ...retried.evidence, detail: BESIDE_PERSONAL_FIELDS } } : undefined;
  };
  const classifyInContext = (name: string, owner?: string, siblings?: readonly string[], origin?: Origin): Classification | undefined => {
    const byName =
      classify(name, owner) ?? bySiblings(name, owner, siblings) ?? classifyTokenRequestCode(name, siblings) ?? classifyAttachedFile(name, owner);
    if (byName && isPaymentSession(byName, siblings)) return undefined;
    if (byName || origin === undefined) return byName;
    // The signed-in session's user is the person, whatever the variable holding it is called (`me.id`, `viewer.name`).
    const bySession = origin === 'session' && (owner === undefined || !isThingOwner(owner)) ? classify(name, 'user') : undefined;
    if (bySession) return { ...bySession, evidence: { ...bySession.evidence, detail: 'of the signed-in session\'s user' } };
    return (
      classifyFreeText(name, owner, origin) ??
      classifyCredentialInput(name, owner, origin, siblings) ??
      classifySearchText(name, owner, siblings, origin)
    );
  };
  // Most questions come without siblings, and then the answer depends on the name, the owner and the origin alone
  // (no sibling and an empty list read alike everywhere above).
  const withoutSiblings = new Map<Origin | undefined, ClassifyByName>();
  return (name: string, owner?: string, siblings?: readonly string[], origin?: Origin): Classification | undefined => {
    if (siblings !== undefined && siblings.length > 0) return classifyInContext(name, owner, siblings, origin);
    let byOrigin = withoutSiblings.get(origin);
    if (byOrigin === undefined) {
      byOrigin = memoizeByOwnerAndName((bareName, bareOwner) => classifyInContext(bareName, bareOwner, undefined, origin));
      withoutSiblings.set(origin, byOrigin);
    }
    return byOrigin(name, owner);
  };
}

// Names are unbounded (every key and member of the scanned code), so a memo is dropped whole past this many answers.
const MEMO_LIMIT = 50_000;

/**
 * The same few thousand names are classified again at every hop of every flow, and a classification by name and owner
 * reads nothing else: its answers are kept. Callers share the returned objects and never change them.
 */
export function memoizeByOwnerAndName(classify: ClassifyByName): ClassifyByName {
  const ownerless = new Map<string, Classification | null>();
  const byOwner = new Map<string, Map<string, Classification | null>>();
  let size = 0;
  return (name, owner) => {
    let answers = ownerless;
    if (owner !== undefined) {
      let owned = byOwner.get(owner);
      if (owned === undefined) byOwner.set(owner, (owned = new Map()));
      answers = owned;
    }
    const known = answers.get(name);
    if (known !== undefined) return known ?? undefined;
    const found = classify(name, owner);
    if (size >= MEMO_LIMIT) {
      ownerless.clear();
      byOwner.clear();
      answers.clear();
      if (owner !== undefined) byOwner.set(owner, answers);
      size = 0;
    }
    answers.set(name, found ?? null);
    size += 1;
    return found;
  };
}
