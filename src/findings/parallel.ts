import { Worker } from 'node:worker_threads';
import type { AnalysisClock, AnalysisSession, AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';
import type { ScanFile } from './context.js';

/** What a worker thread is given. */
export interface WorkerInput {
  files: readonly SessionFile[];
  settings: AnalysisSettings;
  /** Absolute paths of the files to analyse, in the order batches are taken. */
  order: readonly string[];
  /** One Int32: the index of the next file nobody has taken yet. */
  claims: SharedArrayBuffer;
  batchSize: number;
  /** Files no project file imports: their trees can go once they are analysed. */
  releasable: readonly string[];
}

export type WorkerMessage =
  | { type: 'results'; results: { index: number; result: FileResult }[] }
  | { type: 'done'; parsed: [string, boolean][]; shapes: [string, string][]; clock: AnalysisClock };

// The worker runs the compiled module; under a TypeScript test runner there is none (see threads.ts).
const workerUrl = new URL('./analysis-worker.js', import.meta.url);
/** Files taken at once: small enough to balance the threads, large enough that claiming costs nothing. */
const BATCH_SIZE = 8;

export interface ParallelRun {
  session: AnalysisSession;
  input: readonly SessionFile[];
  settings: AnalysisSettings;
  order: readonly ScanFile[];
  releasable: ReadonlySet<string>;
  threads: number;
  onResult: (index: number, result: FileResult) => void;
  /** Lets the main thread's event loop run (worker messages, progress) between its own batches. */
  yieldNow: () => Promise<void>;
  onNotice?: (message: string) => void;
  /** The worker module; tests point it elsewhere. */
  workerUrl?: URL;
}

/**
 * Analyses `order` on the main thread and `threads - 1` worker threads, all taking batches from one shared counter.
 * A file whose result never arrives (a worker that ran out of memory or crashed) is analysed on the main thread
 * afterwards, so a failing worker costs time, never findings. Resolves with the parse flags, shapes and clocks
 * of the workers.
 */
export async function analyseInParallel(run: ParallelRun): Promise<{ parsed: [string, boolean][]; shapes: [string, string][]; clocks: AnalysisClock[] }> {
  const claims = new SharedArrayBuffer(4);
  const counter = new Int32Array(claims);
  const received = new Uint8Array(run.order.length);
  const parsed: [string, boolean][] = [];
  const shapes: [string, string][] = [];
  const clocks: AnalysisClock[] = [];
  const handle = (index: number, result: FileResult) => {
    if (received[index]) return;
    received[index] = 1;
    run.onResult(index, result);
  };
  const workerInput: WorkerInput = {
    files: run.input,
    settings: run.settings,
    order: run.order.map((file) => file.absolutePath),
    claims,
    batchSize: BATCH_SIZE,
    releasable: [...run.releasable],
  };
  const finished = Array.from({ length: run.threads - 1 }, () => {
    return new Promise<void>((resolveWorker) => {
      // The main thread's stack is about 1 MB; the same limit keeps "nested too deeply" the same on every thread.
      const worker = new Worker(run.workerUrl ?? workerUrl, { workerData: workerInput, resourceLimits: { stackSizeMb: 1 } });
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'results') for (const { index, result } of message.results) handle(index, result);
        else {
          parsed.push(...message.parsed);
          shapes.push(...message.shapes);
          clocks.push(message.clock);
        }
      });
      worker.on('error', (error) => {
        run.onNotice?.(`a worker thread stopped (${error.message}); the main thread analysed its files instead, the result is complete`);
      });
      worker.on('exit', () => resolveWorker());
    });
  });

  for (;;) {
    const start = Atomics.add(counter, 0, BATCH_SIZE);
    if (start >= run.order.length) break;
    for (let index = start; index < Math.min(start + BATCH_SIZE, run.order.length); index++) analyseHere(run, index, handle);
    await run.yieldNow();
  }
  await Promise.all(finished);
  for (let index = 0; index < run.order.length; index++) if (!received[index]) analyseHere(run, index, handle);
  return { parsed, shapes, clocks };
}

function analyseHere(run: ParallelRun, index: number, handle: (index: number, result: FileResult) => void): void {
  const file = run.order[index]!;
  handle(index, run.session.analyse(file));
  if (run.releasable.has(file.path)) run.session.release(file.path);
}
