import { availableParallelism } from 'node:os';

/*
 * How many threads a scan uses; apart from parallel.ts, so a scan on one thread never loads node:worker_threads.
 *
 * When threads pay (2 cores, Node 20): V8's garbage collector already keeps a second core busy behind one analysing
 * thread, and each thread parses again the trees its files read and collects its own heap (parallel.ts deals the
 * files so that files reading the same trees share a thread: on dub 5,414 trees parsed over two threads against
 * 6,060 when the threads took turns, 4,052 on one). On a quiet machine, before that dealing, a second thread took
 * dub from 30.0 s to 23.5 s (user CPU 41.3 s and 42.7 s) and 5,000 generated files (18 MB) 10% faster, and lost 8%
 * on 1,000 generated files and on effect's sources (16 MB in 566 files, whose dense imports make each thread parse
 * most files).
 * CPU per thread (from /proc, the machine loaded by other jobs, one thread's main thread against two threads'
 * busiest, all threads summed in brackets): dub 26.1 s (37.8) against 17.0 s (52.0); 5,000 files 13.3 s (17.6)
 * against 6.8 s (18.0); effect 7.3 s (11.6) against 5.9 s (19.0); ghostfolio 4.3 s (8.1) against 3.1 s (9.9);
 * 1,000 files 2.7 s (4.5) against 2.1 s (6.2); on dub the collector's threads added 7.5 s of the 14.2 s more.
 * So `auto` uses at most half the cores and a thread per 4 MB of code to analyse, and where that is one core
 * (2 or 3 cores), a second thread for projects of many files and much code (dub, novu, 5,000 generated files).
 */
const BYTES_PER_THREAD = 4_000_000;
/** More threads than this mostly parse the same imported files again. */
const MAX_THREADS = 4;
/** Where half the cores is one thread, the code (and files) to analyse from which a second thread pays. */
const SECOND_THREAD = { bytes: 8_000_000, files: 2_500 };
// Threads run the compiled worker (beside this module, or beside the CLI bundle, privlint.cjs); under a TypeScript
// test runner this module is the .ts source, with no worker.
const canRunWorkers = /\.c?js$/.test(import.meta.url);

/**
 * How many threads to analyse with: `requested` when given (1 = no worker threads), else as many as the cores and
 * the amount of code to analyse make worthwhile.
 */
export function chooseThreadCount(requested: number | undefined, bytesToAnalyse: number, filesToAnalyse: number): number {
  if (!canRunWorkers) return 1;
  if (requested !== undefined) return Math.max(1, requested);
  return autoThreadCount(availableParallelism(), bytesToAnalyse, filesToAnalyse);
}

/** What `auto` means on `cores` cores. */
export function autoThreadCount(cores: number, bytesToAnalyse: number, filesToAnalyse: number): number {
  const halfTheCores = Math.floor(cores / 2);
  const large = bytesToAnalyse >= SECOND_THREAD.bytes && filesToAnalyse >= SECOND_THREAD.files;
  const byCores = halfTheCores >= 2 ? halfTheCores : cores >= 2 && large ? 2 : 1;
  return Math.max(1, Math.min(byCores, MAX_THREADS, Math.floor(bytesToAnalyse / BYTES_PER_THREAD)));
}
