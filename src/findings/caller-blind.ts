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

type Entry = 'seen-blind' | 'varies' | { reads: readonly string[]; usedTypes: boolean };

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
 */
export function createCallerBlindMemo(tracker: ReadTracker) {
  const entries = new Map<string, Entry>();
  const keyOf = (keys: readonly string[], result: CallerClassification) =>
    keys[result.blind ? Math.min(result.sharedFrom ?? 0, keys.length - 1) : 0]!;
  return (keys: readonly string[], warm: () => CallerClassification, fresh: () => CallerClassification): CallerClassification => {
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
      entries.set(keyOf(keys, result), result.blind ? 'seen-blind' : 'varies');
      return result;
    }
    const { value, reads, usedTypes } = tracker.capture(exact ? fresh : warm);
    entries.set(keyOf(keys, value), value.blind ? { reads, usedTypes } : 'varies');
    return value;
  };
}

export type CallerBlindMemo = ReturnType<typeof createCallerBlindMemo>;

/** A node named the same way in every file's analysis (trees may be parsed again after being let go). */
export function nodeKey(node: ts.Node): string {
  return `${node.getSourceFile().fileName}:${node.pos}:${node.end}`;
}
