import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { FileCheckRequest, FileCheckResponse } from './protocol.js';

let worker: Worker | undefined;

/** Longer than a cold check of a very large repository; a thread that dies without answering must not hang ESLint. */
const TIMEOUT_MS = 10 * 60_000;

/**
 * ESLint rules are synchronous and privlint's check is not (it reads, hashes and may analyse on worker threads), so
 * the check runs on a thread of its own, kept for the life of the ESLint process with its last result, and the
 * lint thread blocks until it answers.
 */
export function checkFileSync(request: FileCheckRequest): FileCheckResponse {
  worker ??= createWorker();
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  worker.postMessage({ request, signal, port: port2 }, [port2]);
  const waited = Atomics.wait(signal, 0, 0, TIMEOUT_MS);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (message === undefined) {
    void worker.terminate();
    worker = undefined;
    return { kind: 'internal-error', message: waited === 'timed-out' ? `the check did not finish within ${TIMEOUT_MS / 60_000} minutes` : 'the checking thread stopped without an answer' };
  }
  return message.message as FileCheckResponse;
}

function createWorker(): Worker {
  const created = new Worker(new URL('./check-worker.js', import.meta.url));
  // An idle checking thread must not keep `eslint` from exiting.
  created.unref();
  created.on('error', () => {
    worker = undefined;
  });
  return created;
}
