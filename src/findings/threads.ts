import { availableParallelism } from 'node:os';

/*
 * How many threads a scan uses; apart from parallel.ts, so a scan on one thread never loads node:worker_threads.
 *
 * When threads pay, measured on the benchmark corpora (2 cores, Node 20): V8's garbage collector already keeps a
 * second core about half busy behind one analysing thread, so a second analysing thread on 2 cores gained 10% on
 * 5,000 generated files (18 MB) and lost 8% on 1,000 files and on effect's sources, whose dense imports make every
 * thread parse most files again. So `auto` uses at most half the cores, and a thread per 4 MB of code to analyse.
 */
const BYTES_PER_THREAD = 4_000_000;
/** More threads than this mostly parse the same imported files again. */
const MAX_THREADS = 4;
// Threads run the compiled worker (beside this module, or beside the CLI bundle, privlint.cjs); under a TypeScript
// test runner this module is the .ts source, with no worker.
const canRunWorkers = /\.c?js$/.test(import.meta.url);

/**
 * How many threads to analyse with: `requested` when given (1 = no worker threads), else as many as the cores and
 * the amount of code to analyse make worthwhile.
 */
export function chooseThreadCount(requested: number | undefined, bytesToAnalyse: number): number {
  if (!canRunWorkers) return 1;
  if (requested !== undefined) return Math.max(1, requested);
  return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), MAX_THREADS, Math.floor(bytesToAnalyse / BYTES_PER_THREAD)));
}

