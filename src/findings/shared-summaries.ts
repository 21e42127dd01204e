import type { ReadTracker } from './caller-blind.js';

/** What one summary found, and how many levels of summaries it nested (the nesting limit depends on where it starts). */
export interface SummaryOutcome<T> {
  value: T;
  height: number;
}

/** A summary as a fresh analysis found it, with the files summarising read and whether it asked the type checker. */
export interface SharedSummary<T> extends SummaryOutcome<T> {
  reads: readonly string[];
  usedTypes: boolean;
}

/**
 * Per-function summaries shared by every file one session analyses (analyze.ts, `sinkPathsOf`). A wrapper such as an
 * API route's `withWorkspace(handler)` or a mail package's `sendEmail` is reached from hundreds of files, each
 * analysed with fresh state, and walking it again from each was a sixth of a monorepo's scan.
 *
 * A summary is made once, by an analysis with fresh state that starts at the function itself, so it is what any
 * file's analysis would find there: the answers the walk consults are functions of the code, not of what the file
 * asked before (bindings.ts, `cycleShaped`). `summarise` answers undefined where the result does depend on the start
 * (a cycle of calls, the nesting limit), and the function is then summarised by each file as before. A file that
 * takes a summary counts the files summarising read as its own reads, as the cache's keys need
 * (src/cache/README.md, "Keys").
 */
export function createSharedSummaries<Fn extends object, T>(tracker: ReadTracker) {
  const entries = new Map<Fn, SharedSummary<T> | 'unshared'>();
  const taken = (entry: SharedSummary<T> | 'unshared' | undefined): SharedSummary<T> | undefined => {
    if (entry === undefined || entry === 'unshared') return undefined;
    tracker.replay(entry.reads, entry.usedTypes);
    return entry;
  };
  return {
    /** The summary of `fn`, made with `summarise` on first need. */
    get(fn: Fn, summarise: () => SummaryOutcome<T> | undefined): SharedSummary<T> | undefined {
      if (entries.has(fn)) return taken(entries.get(fn));
      // Marked first: a summary under way is not asked for again from inside itself.
      entries.set(fn, 'unshared');
      const { value, reads, usedTypes } = tracker.capture(summarise);
      if (value) entries.set(fn, { ...value, reads, usedTypes });
      return value ? entries.get(fn) as SharedSummary<T> : undefined;
    },
    /** The summary of `fn` when one is made already (a summary being made takes, but never starts, another). */
    made(fn: Fn): SharedSummary<T> | undefined {
      return taken(entries.get(fn));
    },
  };
}

export type SharedSummaries<Fn extends object, T> = ReturnType<typeof createSharedSummaries<Fn, T>>;
