import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { AnalysisClock, AnalysisSession, AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';
import type { SettledEntries } from './caller-blind.js';
import type { ScanFile } from './context.js';

/** What a worker thread is given when it starts. */
export interface WorkerInput {
  files: readonly SessionFile[];
  settings: AnalysisSettings;
  /** Absolute paths of the files to analyse; results name a file by its index here. */
  order: readonly string[];
  /** Results sent at once. */
  batchSize: number;
  /** Files no project file imports: their trees can go once they are analysed. */
  releasable: readonly string[];
  /** One port to each other thread, for what their analyses settle that this one may take (`exchangeSettled`). */
  peers: readonly MessagePort[];
}

/** Which files a worker thread analyses, sent while it loads the engine. */
export interface WorkerDeal {
  /** The files of each thread's share (`dealFiles`), one after another, as indexes into `order`. */
  slots: readonly number[];
  /** Where each share starts in `slots`, and where the last ends. */
  bounds: readonly number[];
  /** The claim cells of `slots` (`claimSlot`), shared by all threads. */
  claims: SharedArrayBuffer;
  /** The worker's own share. */
  share: number;
}

export type WorkerMessage =
  | { type: 'results'; results: { index: number; result: FileResult }[] }
  | { type: 'done'; parsed: [string, boolean][]; shapes: [string, string][]; clock: AnalysisClock };

// The worker runs the compiled module; under a TypeScript test runner there is none (see threads.ts).
const workerUrl = new URL('./analysis-worker.js', import.meta.url);
/** Results a worker sends at once, and files the main thread analyses between two looks at its messages. */
const BATCH_SIZE = 8;

export interface ParallelRun {
  session: AnalysisSession;
  input: readonly SessionFile[];
  settings: AnalysisSettings;
  order: readonly ScanFile[];
  releasable: ReadonlySet<string>;
  /** Each project file's resolved imports (project paths), to deal files that read the same trees to one thread. */
  imports: ReadonlyMap<string, readonly string[]>;
  threads: number;
  onResult: (index: number, result: FileResult) => void;
  /** Lets the main thread's event loop run (worker messages, progress) between its own batches. */
  yieldNow: () => Promise<void>;
  onNotice?: (message: string) => void;
  /** The worker module; tests point it elsewhere. */
  workerUrl?: URL;
}

/**
 * Analyses `order` on the main thread and `threads - 1` worker threads. Each thread has a share of the files
 * (`dealFiles`) and takes them front to back; a thread done with its share takes files from the back of the share
 * with the most left (`claimSlot`), so the load stays balanced and a thread stays among files whose imports it has
 * parsed already. Every thread parses the trees its files read itself: what the threads share is parsed once per thread.
 * What is plain data crosses over: the caller-blind values one thread settles reach the others between files
 * (`exchangeSettled`), so each is classified once per scan, not once per thread.
 * A file whose result never arrives (a worker that ran out of memory or crashed) is analysed on the main thread
 * afterwards, so a failing worker costs time, never findings. Resolves with the parse flags, shapes and clocks
 * of the workers.
 */
export async function analyseInParallel(run: ParallelRun): Promise<{ parsed: [string, boolean][]; shapes: [string, string][]; clocks: AnalysisClock[] }> {
  const received = new Uint8Array(run.order.length);
  const parsed: [string, boolean][] = [];
  const shapes: [string, string][] = [];
  const clocks: AnalysisClock[] = [];
  const handle = (index: number, result: FileResult) => {
    if (received[index]) return;
    received[index] = 1;
    run.onResult(index, result);
  };
  const workerInput: Omit<WorkerInput, 'peers'> = {
    files: run.input,
    settings: run.settings,
    order: run.order.map((file) => file.absolutePath),
    batchSize: BATCH_SIZE,
    releasable: [...run.releasable],
  };
  const peers = linkThreads(run.threads);
  const workers: Worker[] = [];
  const finished = Array.from({ length: run.threads - 1 }, (_, index) => {
    return new Promise<void>((resolveWorker) => {
      const ownPeers = peers[index + 1]!;
      // The main thread's stack is about 1 MB; the same limit keeps "nested too deeply" the same on every thread.
      const worker = new Worker(run.workerUrl ?? workerUrl, {
        workerData: { ...workerInput, peers: ownPeers } satisfies WorkerInput,
        transferList: [...ownPeers],
        resourceLimits: { stackSizeMb: 1 },
      });
      workers.push(worker);
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

  // Dealt while the workers load TypeScript and the engine.
  const textLength = new Map(run.input.map((file) => [file.path, file.text.length]));
  const shares = dealFiles(
    run.order.map((file) => file.path),
    (path) => textLength.get(path) ?? 0,
    run.imports,
    run.threads,
  );
  const slots = shares.flat();
  const bounds = [0];
  for (const share of shares) bounds.push(bounds[bounds.length - 1]! + share.length);
  const claims = createClaims(bounds);
  const cells = new Int32Array(claims);
  for (const [index, worker] of workers.entries()) worker.postMessage({ slots, bounds, claims, share: index + 1 } satisfies WorkerDeal);

  for (let taken = 1; ; taken++) {
    const slot = claimSlot(cells, bounds, 0);
    if (slot === undefined) break;
    analyseHere(run, slots[slot]!, handle);
    exchangeSettled(run.session, peers[0]!);
    if (taken % BATCH_SIZE === 0) await run.yieldNow();
  }
  for (const port of peers[0]!) port.close();
  await Promise.all(finished);
  for (let index = 0; index < run.order.length; index++) if (!received[index]) analyseHere(run, index, handle);
  return { parsed, shapes, clocks };
}

function analyseHere(run: ParallelRun, index: number, handle: (index: number, result: FileResult) => void): void {
  const file = run.order[index]!;
  handle(index, run.session.analyse(file));
  if (run.releasable.has(file.path)) run.session.release(file.path);
}

/**
 * Ports that join every two threads of a scan, by thread (0 is the main thread): direct, so that no busy thread has
 * to relay, and made before the workers start, so that nothing posted before one reads is lost.
 */
function linkThreads(threads: number): MessagePort[][] {
  const ports = Array.from({ length: threads }, (): MessagePort[] => []);
  for (let first = 0; first < threads; first++) {
    for (let second = first + 1; second < threads; second++) {
      const { port1, port2 } = new MessageChannel();
      ports[first]!.push(port1);
      ports[second]!.push(port2);
    }
  }
  return ports;
}

/**
 * Between two files of a thread: takes what the other threads' analyses settled and posts what this one's settled
 * since its last post (caller-blind values, caller-blind.ts), so a value one thread classified is not classified
 * again by another. Synchronous, since a thread analyses without returning to its event loop; the report does not
 * depend on when (or whether) an entry arrives.
 */
export function exchangeSettled(session: Pick<AnalysisSession, 'takeSettled' | 'adoptSettled'>, peers: readonly MessagePort[]): void {
  for (const port of peers) {
    for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) session.adoptSettled(received.message as SettledEntries);
  }
  const settled = session.takeSettled();
  if (settled.length > 0) for (const port of peers) port.postMessage(settled);
}

/**
 * Deals the files to analyse (`paths`, by index) into one share per thread, with about the same amount of code in
 * each, keeping together files that read the same trees: a file's analysis parses what it imports and follows, and
 * every thread parses that again. Files of one directory go together; a share grows by the directory whose
 * imports and their imports add the least code the share does not read yet, per byte of code the directory brings.
 * The shares only decide which thread parses what; the report does not depend on them.
 */
export function dealFiles(paths: readonly string[], sizeOf: (path: string) => number, imports: ReadonlyMap<string, readonly string[]>, threads: number): number[][] {
  const directories = new Map<string, number[]>();
  for (const [index, path] of paths.entries()) {
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    const members = directories.get(directory);
    if (members) members.push(index);
    else directories.set(directory, [index]);
  }
  const groups = [...directories.values()];
  // Two levels of imports tell the neighbourhood; deeper ones reach the hubs every directory shares.
  const reaches = groups.map((members) => {
    const reach = new Set<string>();
    for (const index of members) {
      reach.add(paths[index]!);
      for (const imported of imports.get(paths[index]!) ?? []) {
        reach.add(imported);
        for (const next of imports.get(imported) ?? []) reach.add(next);
      }
    }
    return [...reach];
  });
  const loads = groups.map((members) => members.reduce((sum, index) => sum + sizeOf(paths[index]!), 0));
  const readers = new Map<string, number[]>();
  for (const [group, reach] of reaches.entries()) {
    for (const path of reach) {
      const known = readers.get(path);
      if (known) known.push(group);
      else readers.set(path, [group]);
    }
  }

  const unplaced = new Set(groups.keys());
  let loadLeft = loads.reduce((sum, load) => sum + load, 0);
  const shares: number[][] = [];
  for (let share = 0; share < threads - 1 && unplaced.size > 0; share++) {
    const target = loadLeft / (threads - share);
    // Code each unplaced directory would add to the share's reach.
    const added = new Map([...unplaced].map((group) => [group, reaches[group]!.reduce((sum, path) => sum + sizeOf(path), 0)]));
    const reached = new Set<string>();
    const members: number[] = [];
    let load = 0;
    while (unplaced.size > 0) {
      let best = -1;
      let bestCost = Infinity;
      for (const group of unplaced) {
        const cost = added.get(group)! / Math.max(1, loads[group]!);
        if (cost < bestCost) [best, bestCost] = [group, cost];
      }
      // Stop where the share comes closest to its part of the load.
      if (members.length > 0 && load + loads[best]! / 2 > target) break;
      unplaced.delete(best);
      added.delete(best);
      members.push(...groups[best]!);
      load += loads[best]!;
      for (const path of reaches[best]!) {
        if (reached.has(path)) continue;
        reached.add(path);
        for (const group of readers.get(path)!) if (added.has(group)) added.set(group, added.get(group)! - sizeOf(path));
      }
    }
    loadLeft -= load;
    shares.push(members.sort((a, b) => a - b));
  }
  shares.push([...unplaced].flatMap((group) => groups[group]!).sort((a, b) => a - b));
  while (shares.length < threads) shares.push([]);
  return shares;
}

/*
 * Claim cells over the slots of all shares: one per slot (0 free, 1 taken), then per share the next slot its owner
 * takes (front) and the slot after the last one left for others to take (back).
 */
function createClaims(bounds: readonly number[]): SharedArrayBuffer {
  const slots = bounds[bounds.length - 1]!;
  const shares = bounds.length - 1;
  const cells = new Int32Array(new SharedArrayBuffer(4 * (slots + 2 * shares)));
  for (let share = 0; share < shares; share++) {
    cells[slots + 2 * share] = bounds[share]!;
    cells[slots + 2 * share + 1] = bounds[share + 1]!;
  }
  return cells.buffer as SharedArrayBuffer;
}

/**
 * The next slot thread `share` analyses, undefined when every slot is taken: its own share front to back, then
 * from the back of the share with the most left. Each slot goes to exactly one thread: a thread takes a slot only by
 * turning its cell from 0 to 1. The owner stops at the first slot taken already, since others take from the back
 * and a taken slot means all after it went; another thread that loses a slot to the owner finds that share empty.
 */
export function claimSlot(cells: Int32Array, bounds: readonly number[], share: number): number | undefined {
  const slots = bounds[bounds.length - 1]!;
  const front = (owner: number) => slots + 2 * owner;
  const back = (owner: number) => slots + 2 * owner + 1;
  const ownEnd = bounds[share + 1]!;
  if (Atomics.load(cells, front(share)) < ownEnd) {
    const slot = Atomics.add(cells, front(share), 1);
    if (slot < ownEnd && Atomics.compareExchange(cells, slot, 0, 1) === 0) return slot;
    Atomics.store(cells, front(share), ownEnd);
  }
  for (;;) {
    let fullest = -1;
    let mostLeft = 0;
    for (let owner = 0; owner < bounds.length - 1; owner++) {
      const left = Math.min(Atomics.load(cells, back(owner)), bounds[owner + 1]!) - Math.max(Atomics.load(cells, front(owner)), bounds[owner]!);
      if (left > mostLeft) [fullest, mostLeft] = [owner, left];
    }
    if (fullest < 0) return undefined;
    const slot = Atomics.sub(cells, back(fullest), 1) - 1;
    if (slot >= bounds[fullest]! && Atomics.compareExchange(cells, slot, 0, 1) === 0) return slot;
  }
}
