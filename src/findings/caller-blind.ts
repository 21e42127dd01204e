import type { ts } from 'ts-morph';
import type { DataItem } from './context.js';

/**
 * How the analysis of one file records the files whose syntax it reads and whether it asked the type checker
 * (analysis-session.ts): the cache keys a file's output by them, so a result one file's analysis takes from another's
 * must bring them along.
 */
export interface ReadTracker {
  /** Whether the reads are kept (they feed the cache's keys; a scan without a cache needs none). */
  exact: boolean;
  /** Runs `compute` recording its own reads apart (they are also the current file's), and returns them. */
  capture<T>(compute: () => T): { value: T; reads: readonly string[]; usedTypes: boolean };
  /** Counts these reads as the current file's. */
  replay(reads: readonly string[], usedTypes: boolean): void;
}

/** What one caller's arguments give at a value inside a wrapper: the items that came through them, and `blind`. */
export interface CallerClassification {
  items: DataItem[];
  /** The classification read nothing the caller passed: every caller gets the same nothing there. */
  blind: boolean;
  /**
   * The lowest level of the wrapper's path the classification looked into (values.ts `Env.level`; 0 is the caller's
   * own arguments, infinite when none): a blind one gives the same nothing on every path that shares the calls from
   * that level on, whatever wrapper and calls come before them.
   */
  sharedFrom?: number;
}

/**
 * What the memo knows of one name: a blind classification seen once (kept as such only with a cache, see below), a
 * path whose value read its caller, or a blind classification with the reads that skipping it stands for.
 */
export type CallerBlindEntry = 'seen-blind' | 'varies' | { reads: readonly string[]; usedTypes: boolean };

/** Entries one memo settled, in the order it settled them, as another thread's memo takes them (`adopt`). */
export type SettledEntries = [string, CallerBlindEntry][];

/**
 * The values inside wrappers whose classification reads no argument of the caller, shared by every file one session
 * analyses. A wrapper such as an API route's `withWorkspace(handler)` is called from hundreds of files, each analysed
 * with fresh state; most of the sink values inside it say the same nothing to every caller, and classifying them
 * again for each file was most of a scan of such a repository.
 *
 * A value is named once per level of its path (`keys`, analyze.ts `pathKeys`): the first name holds the whole path,
 * each further one drops the wrapper and the next call on the way. A blind classification is kept under the name of
 * the lowest level it looked into (`sharedFrom`), so a helper that many wrappers reach (a logger, a webhook sender) is
 * classified once for all the paths that end in it, when what it says does not depend on how it was reached.
 *
 * Skipping is exact: a blind classification yields no item for any caller (analyze.ts `classifyForCaller`), and the
 * skipping file counts the files the classification would have read as its own reads. Those must be the reads of the
 * classification alone, while a file's warm per-file caches hide the reads that filled them; so the second time a
 * value is found blind it is classified again with fresh state (`fresh`), whose reads are all its own, and from then
 * on it is skipped. Without a cache the reads are not kept, and the first sighting is enough.
 *
 * The threads of a parallel scan each keep a memo and hand each other what they settled (parallel.ts). Taking an
 * entry from another thread is as exact as settling it here: the names are the same in every thread (`nodeKey`), an
 * object entry was made the way this thread would make it (fresh state with a cache), and `adopt` keeps only what
 * this memo could have reached itself in some order of the same files.
 */
export function createCallerBlindMemo(tracker: ReadTracker) {
  const entries = new Map<string, CallerBlindEntry>();
  let settled: SettledEntries = [];
  const settle = (key: string, entry: CallerBlindEntry) => {
    entries.set(key, entry);
    settled.push([key, entry]);
  };
  const keyOf = (keys: readonly string[], result: CallerClassification) =>
    keys[result.blind ? Math.min(result.sharedFrom ?? 0, keys.length - 1) : 0]!;
  const memo = (keys: readonly string[], warm: () => CallerClassification, fresh: () => CallerClassification): CallerClassification => {
    if (entries.get(keys[0]!) === 'varies') return warm();
    let seenBlind = false;
    for (const key of keys) {
      const entry = entries.get(key);
      if (typeof entry === 'object') {
        tracker.replay(entry.reads, entry.usedTypes);
        return { items: [], blind: true };
      }
      if (entry === 'seen-blind') seenBlind = true;
    }
    const exact = tracker.exact && seenBlind;
    if (tracker.exact && !exact) {
      const result = warm();
      settle(keyOf(keys, result), result.blind ? 'seen-blind' : 'varies');
      return result;
    }
    const { value, reads, usedTypes } = tracker.capture(exact ? fresh : warm);
    settle(keyOf(keys, value), value.blind ? { reads, usedTypes } : 'varies');
    return value;
  };
  return Object.assign(memo, {
    /** What this memo settled since the last call, for the other threads. */
    takeSettled(): SettledEntries {
      const taken = settled;
      settled = [];
      return taken;
    },
    /**
     * Takes what another memo settled. Here a blind classification, once kept with its reads, stays (a path that
     * finds it is skipped before it could be marked as varying), and one seen once gives way to what is known more;
     * so a name takes another thread's entry where this memo knows less.
     */
    adopt(others: SettledEntries): void {
      for (const [key, entry] of others) {
        const known = entries.get(key);
        if (typeof known === 'object') continue;
        if (typeof entry === 'object' || known === undefined || (entry === 'varies' && known === 'seen-blind')) entries.set(key, entry);
      }
    },
  });
}

export type CallerBlindMemo = ReturnType<typeof createCallerBlindMemo>;

/** A node named the same way in every file's analysis (trees may be parsed again after being let go). */
export function nodeKey(node: ts.Node): string {
  return `${node.getSourceFile().fileName}:${node.pos}:${node.end}`;
}
