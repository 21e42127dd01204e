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
  /** The classification read none of the caller's arguments: every caller gets the same nothing there. */
  blind: boolean;
}

type Entry = 'seen-blind' | 'varies' | { reads: readonly string[]; usedTypes: boolean };

/**
 * The values inside wrappers whose classification reads no argument of the caller, shared by every file one session
 * analyses. A wrapper such as an API route's `withWorkspace(handler)` is called from hundreds of files, each analysed
 * with fresh state; most of the sink values inside it say the same nothing to every caller, and classifying them
 * again for each file was most of a scan of such a repository.
 *
 * Skipping is exact: a blind classification yields no item for any caller (analyze.ts `classifyForCaller`), and the
 * skipping file counts the files the classification would have read as its own reads. Those must be the reads of the
 * classification alone, while a file's warm per-file caches hide the reads that filled them; so the second time a
 * value is found blind it is classified again with fresh state (`fresh`), whose reads are all its own, and from then
 * on it is skipped. Without a cache the reads are not kept, and the first sighting is enough.
 */
export function createCallerBlindMemo(tracker: ReadTracker) {
  const entries = new Map<string, Entry>();
  return (key: string, warm: () => CallerClassification, fresh: () => CallerClassification): CallerClassification => {
    const entry = entries.get(key);
    if (entry === 'varies') return warm();
    if (typeof entry === 'object') {
      tracker.replay(entry.reads, entry.usedTypes);
      return { items: [], blind: true };
    }
    const exact = tracker.exact && entry === 'seen-blind';
    if (tracker.exact && !exact) {
      const result = warm();
      entries.set(key, result.blind ? 'seen-blind' : 'varies');
      return result;
    }
    const { value, reads, usedTypes } = tracker.capture(exact ? fresh : warm);
    entries.set(key, value.blind ? { reads, usedTypes } : 'varies');
    return value;
  };
}

export type CallerBlindMemo = ReturnType<typeof createCallerBlindMemo>;

/** A node named the same way in every file's analysis (trees may be parsed again after being let go). */
export function nodeKey(node: ts.Node): string {
  return `${node.getSourceFile().fileName}:${node.pos}:${node.end}`;
}
