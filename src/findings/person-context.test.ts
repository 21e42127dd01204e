import { describe, expect, it } from 'vitest';
import { classifyName, type Origin } from './classify/index.js';
import { createContextClassifier, memoizeByOwnerAndName } from './person-context.js';

const NAMES = ['email', 'name', 'userId', 'id', 'code', 'token', 'query', 'message', 'file', 'balance', 'street', 'state', 'avatar', 'IP_ADDRESS', 'kundenEmail', 'emailVerified'];
const OWNERS = [undefined, 'user', 'team', 'attachment', 'body', 'req.geo', 'events', 'Fields', 'account', ''];
const ORIGINS: readonly (Origin | undefined)[] = [undefined, 'request-input', 'typed-input', 'session'];
const SIBLINGS: readonly (readonly string[] | undefined)[] = [undefined, [], ['email', 'name'], ['client_id', 'client_secret', 'grant_type'], ['accountId', 'quantity'], ['paymentMethod']];

const byName = (name: string, owner?: string) => classifyName(name, owner === undefined ? {} : { owner });

/** Every question the lists above make, in a fixed order. */
function questions(): [string, string | undefined, readonly string[] | undefined, Origin | undefined][] {
  return NAMES.flatMap((name) => OWNERS.flatMap((owner) => SIBLINGS.flatMap((siblings) => ORIGINS.map((origin) => [name, owner, siblings, origin] as [string, string | undefined, readonly string[] | undefined, Origin | undefined]))));
}

describe('memoizeByOwnerAndName', () => {
  it('answers as the function it keeps the answers of, asked once or again', () => {
    const memoized = memoizeByOwnerAndName(byName);
    for (let round = 0; round < 2; round++) {
      for (const name of NAMES) for (const owner of OWNERS) expect(memoized(name, owner)).toEqual(byName(name, owner));
    }
  });

  it('keeps an owner of "" apart from no owner', () => {
    const seen: (string | undefined)[] = [];
    const memoized = memoizeByOwnerAndName((_name, owner) => {
      seen.push(owner);
      return undefined;
    });
    memoized('id');
    memoized('id', '');
    memoized('id');
    memoized('id', '');
    expect(seen).toEqual([undefined, '']);
  });

  it('still answers right once it has dropped what it kept', () => {
    const memoized = memoizeByOwnerAndName(byName);
    for (let index = 0; index < 60_000; index++) memoized(`field${index}`, index % 2 === 0 ? undefined : 'user');
    for (const name of NAMES) for (const owner of OWNERS) expect(memoized(name, owner)).toEqual(byName(name, owner));
  });
});

describe('createContextClassifier', () => {
  it('gives the same answers whatever was asked before', () => {
    const forward = createContextClassifier(byName);
    const backward = createContextClassifier(byName);
    const asked = questions();
    const forwardAnswers = asked.map(([name, owner, siblings, origin]) => forward(name, owner, siblings, origin));
    const backwardAnswers = [...asked].reverse().map(([name, owner, siblings, origin]) => backward(name, owner, siblings, origin)).reverse();
    expect(backwardAnswers).toEqual(forwardAnswers);
    // A classifier that has kept nothing yet answers each question as well.
    const fresh = asked.map(([name, owner, siblings, origin]) => createContextClassifier(byName)(name, owner, siblings, origin));
    expect(fresh).toEqual(forwardAnswers);
    // Asked again, each answer is the one given the first time.
    expect(asked.map(([name, owner, siblings, origin]) => forward(name, owner, siblings, origin))).toEqual(forwardAnswers);
  });

  it('reads no sibling and an empty list of siblings alike', () => {
    const classify = createContextClassifier(byName);
    for (const name of NAMES) {
      for (const owner of OWNERS) {
        for (const origin of ORIGINS) expect(classify(name, owner, [], origin)).toEqual(classify(name, owner, undefined, origin));
      }
    }
  });

  it('classifies by siblings and origin as before', () => {
    const classify = createContextClassifier(byName);
    expect(classify('name', undefined)).toBeUndefined();
    expect(classify('name', undefined, ['email', 'name'])?.category).toBe('user.name');
    expect(classify('code', undefined, ['code', 'client_id', 'client_secret'])?.category).toBe('user.authorization.credentials');
    expect(classify('code', undefined)).toBeUndefined();
    expect(classify('query', undefined, undefined, 'request-input')?.category).toBe('user.behavior.search_history');
    expect(classify('query', undefined)).toBeUndefined();
  });
});
