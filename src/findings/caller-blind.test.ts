import { describe, expect, test } from 'vitest';
import type { CallerClassification, ReadTracker } from './caller-blind.js';
import { createCallerBlindMemo } from './caller-blind.js';
import { findInline } from '../testing/inline-project.js';

function recordingTracker(exact: boolean) {
  const replayed: string[][] = [];
  const tracker: ReadTracker = {
    exact,
    capture: (compute) => ({ value: compute(), reads: ['helper.ts'], usedTypes: false }),
    replay: (reads) => {
      replayed.push([...reads]);
    },
  };
  return { tracker, replayed };
}

const blind = (sharedFrom: number): CallerClassification => ({ items: [], blind: true, sharedFrom });
const read: CallerClassification = { items: [], blind: false, sharedFrom: 0 };

/** A classification that gives `result`, and how many times one was made. */
function countingClassifier() {
  let count = 0;
  const classify = (result: CallerClassification) => () => {
    count++;
    return result;
  };
  return { classify, classified: () => count };
}

describe('the caller-blind memo', () => {
  test('a value found blind below the wrapper is skipped on another path that ends with the same calls', () => {
    const { tracker } = recordingTracker(false);
    const memo = createCallerBlindMemo(tracker);
    const { classify, classified } = countingClassifier();
    expect(memo(['a>s1>s2>site', 's1>s2>site', 's2>site', 'site'], classify(blind(2)), classify(blind(2)))).toEqual(blind(2));
    // Another wrapper and first call, the same second call and sink: the same nothing, not classified again.
    expect(memo(['b>t1>s2>site', 't1>s2>site', 's2>site', 'site'], classify(read), classify(read))).toEqual({ items: [], blind: true });
    // A path that leaves the second call out does not share what was found from there on.
    expect(memo(['c>u1>site', 'u1>site', 'site'], classify(blind(1)), classify(blind(1)))).toEqual(blind(1));
    expect(classified()).toBe(2);
  });

  test('a value blind only for its whole path (it looked into the caller\'s level) is shared by that path alone', () => {
    const { tracker } = recordingTracker(false);
    const memo = createCallerBlindMemo(tracker);
    const { classify, classified } = countingClassifier();
    memo(['a>s1>site', 's1>site', 'site'], classify(blind(0)), classify(blind(0)));
    expect(memo(['b>s1>site', 's1>site', 'site'], classify(read), classify(read))).toEqual(read);
    expect(memo(['a>s1>site', 's1>site', 'site'], classify(read), classify(read))).toEqual({ items: [], blind: true });
    expect(classified()).toBe(2);
  });

  test('a path whose value once read the caller is classified for each call', () => {
    const { tracker } = recordingTracker(false);
    const memo = createCallerBlindMemo(tracker);
    const { classify, classified } = countingClassifier();
    memo(['a>site', 'site'], classify(read), classify(read));
    memo(['a>site', 'site'], classify(blind(1)), classify(blind(1)));
    expect(memo(['a>site', 'site'], classify(read), classify(read))).toEqual(read);
    expect(classified()).toBe(3);
  });

  test('with a cache, the second blind sighting is classified with fresh state and its reads replayed from then on', () => {
    const { tracker, replayed } = recordingTracker(true);
    const memo = createCallerBlindMemo(tracker);
    const calls: string[] = [];
    const warm = () => {
      calls.push('warm');
      return blind(1);
    };
    const fresh = () => {
      calls.push('fresh');
      return blind(1);
    };
    memo(['a>s1>site', 's1>site', 'site'], warm, fresh);
    memo(['b>s1>site', 's1>site', 'site'], warm, fresh);
    expect(memo(['c>s1>site', 's1>site', 'site'], warm, fresh)).toEqual({ items: [], blind: true });
    expect(calls).toEqual(['warm', 'fresh']);
    expect(replayed).toEqual([['helper.ts']]);
  });
});

describe('entries one memo settled, taken by another (the threads of a scan)', () => {
  test('a value another memo found blind is skipped, and the reads its classification made are counted', () => {
    const first = recordingTracker(false);
    const second = recordingTracker(false);
    const settling = createCallerBlindMemo(first.tracker);
    const taking = createCallerBlindMemo(second.tracker);
    const { classify, classified } = countingClassifier();
    settling(['a>s1>site', 's1>site', 'site'], classify(blind(1)), classify(blind(1)));
    settling(['b>site', 'site'], classify(read), classify(read));
    taking.adopt(settling.takeSettled());
    expect(settling.takeSettled()).toEqual([]);
    expect(taking(['c>s1>site', 's1>site', 'site'], classify(read), classify(read))).toEqual({ items: [], blind: true });
    expect(second.replayed).toEqual([['helper.ts']]);
    // The path that read its caller is classified for each call in the other memo too.
    expect(taking(['b>site', 'site'], classify(blind(1)), classify(blind(1)))).toEqual(blind(1));
    expect(classified()).toBe(3);
    // What a memo took is not handed on again as its own.
    expect(taking.takeSettled()).toEqual([]);
  });

  test('with a cache, a value another memo saw blind once is classified with fresh state at its first sighting here', () => {
    const settling = createCallerBlindMemo(recordingTracker(true).tracker);
    const { tracker, replayed } = recordingTracker(true);
    const taking = createCallerBlindMemo(tracker);
    const calls: string[] = [];
    const warm = () => (calls.push('warm'), blind(1));
    const fresh = () => (calls.push('fresh'), blind(1));
    settling(['a>s1>site', 's1>site', 'site'], warm, fresh);
    taking.adopt(settling.takeSettled());
    taking(['b>s1>site', 's1>site', 'site'], warm, fresh);
    expect(taking(['c>s1>site', 's1>site', 'site'], warm, fresh)).toEqual({ items: [], blind: true });
    expect(calls).toEqual(['warm', 'fresh']);
    expect(replayed).toEqual([['helper.ts']]);
    // The blind entry with its reads reaches the first memo, which skips from then on without a fresh classification.
    settling.adopt(taking.takeSettled());
    settling(['d>s1>site', 's1>site', 'site'], warm, fresh);
    expect(calls).toEqual(['warm', 'fresh']);
  });

  test('a blind entry with its reads stays, whatever another memo says of the same name later', () => {
    const { tracker, replayed } = recordingTracker(false);
    const memo = createCallerBlindMemo(tracker);
    const { classify, classified } = countingClassifier();
    memo(['a>site', 'site'], classify(blind(0)), classify(blind(0)));
    memo.adopt([['a>site', 'varies'], ['a>site', 'seen-blind']]);
    expect(memo(['a>site', 'site'], classify(read), classify(read))).toEqual({ items: [], blind: true });
    expect(classified()).toBe(1);
    expect(replayed).toEqual([['helper.ts']]);
  });
});

describe('values of a helper that several wrappers reach', () => {
  // `deliver`'s `channel` is a literal on the path through `notify` (nothing of any caller there, whichever wrapper
  // came first), and the caller's own value on the path through `forward`.
  const helpers = {
    'src/notify.ts': `
      export function deliver(payload: unknown, channel: string) {
        console.log('delivering on', channel, payload);
      }
      export function notify(payload: unknown) {
        deliver(payload, 'mail');
      }
      export function forward(payload: unknown, channel: string) {
        deliver(payload, channel);
      }
    `,
    'src/wrappers.ts': `
      import { notify } from './notify';
      export function welcome(user: { email: string }) {
        notify(user.email);
      }
      export function ping(count: number) {
        notify(count);
      }
    `,
  };
  const routes = (calls: string[]) => `
    import { forward } from './notify';
    import { ping, welcome } from './wrappers';
    export function run(user: { email: string }, phone: string) {
      ${calls.join('\n      ')}
    }
  `;

  test('give each caller what it passed, whichever path is classified first', async () => {
    const calls = ['ping(3);', 'forward(3, phone);', 'welcome(user);'];
    const expected = (lines: number[]) => [
      `src/a-routes.ts:${lines[1]}:3 user.contact.phone_number log console`,
      `src/a-routes.ts:${lines[2]}:3 user.contact.email log console`,
      'src/notify.ts:2:3 user.contact.email log console',
      'src/notify.ts:2:3 user.contact.phone_number log console',
      'src/notify.ts:5:3 user.contact.email log console',
      'src/notify.ts:8:3 user.contact.phone_number log console',
      'src/wrappers.ts:3:3 user.contact.email log console',
    ].sort();
    expect((await findInline({ ...helpers, 'src/a-routes.ts': routes(calls) })).sort()).toEqual(expected([4, 5, 6]));
    expect((await findInline({ ...helpers, 'src/a-routes.ts': routes([...calls].reverse()) })).sort()).toEqual(expected([6, 5, 4]));
  });
});

describe('a caller\'s argument that several sinks of a wrapper read', () => {
  test('gives each sink what it carries, also when the argument was classified for an earlier sink', async () => {
    const findings = await findInline({
      'src/audit.ts': `
        export function audit(entry: unknown) {
          console.log('audit', entry);
          fetch('https://audit.example.com/v1', { method: 'POST', body: JSON.stringify(entry) });
          console.error(entry);
        }
      `,
      'src/signup.ts': `
        import { audit } from './audit';
        export function signUp(form: { email: string; phone: string }) {
          audit({ email: form.email, phone: form.phone });
        }
      `,
    });
    expect(findings.sort()).toEqual([
      'src/audit.ts:2:3 user.contact.email log console',
      'src/audit.ts:2:3 user.contact.phone_number log console',
      'src/audit.ts:3:3 user.contact.email http audit.example.com',
      'src/audit.ts:3:3 user.contact.phone_number http audit.example.com',
      'src/audit.ts:4:3 user.contact.email log console',
      'src/audit.ts:4:3 user.contact.phone_number log console',
      'src/signup.ts:3:3 user.contact.email http audit.example.com',
      'src/signup.ts:3:3 user.contact.email log console',
      'src/signup.ts:3:3 user.contact.phone_number http audit.example.com',
      'src/signup.ts:3:3 user.contact.phone_number log console',
    ]);
  });
});
