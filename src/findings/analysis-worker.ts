import { parentPort, workerData } from 'node:worker_threads';
import { createAnalysisSession } from './analysis-session.js';
import { claimSlot, exchangeSettled } from './parallel.js';
import type { WorkerDeal, WorkerInput, WorkerMessage } from './parallel.js';

/*
 * A worker thread of a parallel scan: the same session as the main thread's, over the same files, analysing its
 * share of the files and then helping with the others' until none are left (parallel.ts).
 */
const input = workerData as WorkerInput;
const dealt = new Promise<WorkerDeal>((receive) => parentPort!.once('message', receive));
const session = createAnalysisSession(input.files, input.settings);
await session.loadEngine();
const deal = await dealt;
const cells = new Int32Array(deal.claims);
const releasable = new Set(input.releasable);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

let results: Extract<WorkerMessage, { type: 'results' }>['results'] = [];
for (;;) {
  const slot = claimSlot(cells, deal.bounds, deal.share);
  if (slot === undefined) break;
  const index = deal.slots[slot]!;
  const file = session.files.get(input.order[index]!)!;
  results.push({ index, result: session.analyse(file) });
  if (releasable.has(file.path)) session.release(file.path);
  exchangeSettled(session, input.peers);
  if (results.length === input.batchSize) {
    post({ type: 'results', results });
    results = [];
  }
}
for (const port of input.peers) port.close();
if (results.length > 0) post({ type: 'results', results });
post({ type: 'done', parsed: [...session.parsed], shapes: [...session.shapes], clock: session.clock });
