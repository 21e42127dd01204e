import type { ts } from 'ts-morph';
import type { SharedSummaries, SharedSummary } from './analyze.js';
import type { ReadTracker } from './caller-blind.js';
import type { FunctionLike } from './scope.js';

type Entry = SharedSummary | null | false | string;

/**
 * The summaries of one session (analyze.ts `SharedSummary`), each made once, over fresh state, when a second file
 * reaches its function: a wrapper such as an API route's `withWorkspace(handler)` was otherwise walked again, with its
 * whole call tree, by each of the hundreds of files that call it.
 *
 * A summary holds syntax nodes, so when the scan lets a tree go (analysis-session.ts `release`) every summary whose
 * walk read that file goes too: a tree parsed again has other nodes, and a file's walk would meet those.
 */
export function createSharedSummaries(
  tracker: ReadTracker,
  summarise: (fn: FunctionLike) => Omit<SharedSummary, 'reads' | 'usedTypes'> | null | false,
  pathOf: (tree: ts.SourceFile) => string | undefined,
): SharedSummaries & { forget(path: string): void } {
  const entries = new Map<FunctionLike, Entry>();
  const byRead = new Map<string, Set<FunctionLike>>();
  let making = 0;
  const index = (fn: FunctionLike, paths: Iterable<string>) => {
    for (const path of paths) {
      let fns = byRead.get(path);
      if (!fns) byRead.set(path, (fns = new Set()));
      fns.add(fn);
    }
  };
  const ownPath = (fn: FunctionLike): string[] => {
    const path = pathOf(fn.getSourceFile());
    return path === undefined ? [] : [path];
  };
  return {
    get: (fn) => entries.get(fn),
    seen(fn, path) {
      entries.set(fn, path);
      index(fn, ownPath(fn));
    },
    make(fn) {
      making++;
      try {
        const { value, reads, usedTypes } = tracker.capture(() => summarise(fn));
        const entry = value ? { ...value, reads, usedTypes } : value;
        entries.set(fn, entry);
        index(fn, [...ownPath(fn), ...reads]);
        return entry;
      } finally {
        making--;
      }
    },
    take(summary) {
      tracker.replay(summary.reads, summary.usedTypes);
    },
    get making() {
      return making;
    },
    forget(path) {
      const fns = byRead.get(path);
      if (!fns) return;
      byRead.delete(path);
      for (const fn of fns) entries.delete(fn);
    },
  };
}
