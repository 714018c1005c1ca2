/**
 * Worker thread of background-writes.ts: writes each batch of jobs to temp files (writeTemp, as
 * the main thread would) and answers with the files' names or the errors, in order, then bumps
 * the shared counter the main thread may be waiting on.
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { writeTemp, type WriteResult } from './atomic-write.ts';
import type { WriteJob } from './background-writes.ts';

const port = (workerData as { port: MessagePort }).port;
const signal = new Int32Array((workerData as { signal: SharedArrayBuffer }).signal);

port.on('message', (jobs: WriteJob[]) => {
  let reply: WriteResult[] | { crashed: string };
  try {
    reply = jobs.map((job): WriteResult => {
      try {
        return { temp: writeTemp(job.path, job.data, job.mode, job.keepMode) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    });
  } catch (error) {
    reply = { crashed: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
