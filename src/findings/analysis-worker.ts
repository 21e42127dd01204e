import { parentPort, workerData } from 'node:worker_threads';
import { createAnalysisSession } from './analysis-session.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';

/*
 * A worker thread of a parallel scan: the same session as the main thread's, over the same files, taking batches
 * of the files to analyse from a counter shared by all threads until none are left.
 */
const input = workerData as WorkerInput;
const session = createAnalysisSession(input.files, input.settings);
await session.loadEngine();
const claims = new Int32Array(input.claims);
const releasable = new Set(input.releasable);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

for (;;) {
  const start = Atomics.add(claims, 0, input.batchSize);
  if (start >= input.order.length) break;
  const results: Extract<WorkerMessage, { type: 'results' }>['results'] = [];
  for (let index = start; index < Math.min(start + input.batchSize, input.order.length); index++) {
    const file = session.files.get(input.order[index]!)!;
    results.push({ index, result: session.analyse(file) });
    if (releasable.has(file.path)) session.release(file.path);
  }
  post({ type: 'results', results });
}
post({ type: 'done', parsed: [...session.parsed], shapes: [...session.shapes], clock: session.clock });
