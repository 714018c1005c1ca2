/**
 * A TempWriter (atomic-write.ts) that creates temp files on a worker thread.
 *
 * Why: a large ingest writes tens of thousands of files, and creating a file costs the thread
 * that does it tens of microseconds or more in the kernel. While the main thread merges claim
 * pages (one thread's work), the machine's other cores are idle: one of them writes the files.
 * The main thread stays synchronous: writes are queued in batches, and flush() waits for the
 * worker's replies (Atomics.wait on a shared counter, then receiveMessageOnPort), in order.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { FileData, TempWriter, WriteResult } from './atomic-write.ts';

/** One write: the target (the temp file goes beside it) and the bytes with their mode. */
export interface WriteJob {
  path: string;
  data: FileData;
  mode: number;
  keepMode: boolean;
}

/** Files per message: enough to make messaging cheap, few enough to keep the worker busy early. */
const BATCH_FILES = 64;
/** …or this many bytes of text, whichever comes first. */
const BATCH_BYTES = 1 << 20;
/**
 * At most this many bytes of text sent and not yet written: past it, write() waits for the
 * worker, so a slow disk makes the run wait instead of holding every page in a message queue.
 */
const MAX_IN_FLIGHT = 16 << 20;
/** Young-generation size of the thread, in MB. */
const YOUNG_GENERATION_MB = 8;
/** Give up when the worker has not answered for this long (a crashed worker cannot be noticed otherwise). */
const STALL_MS = 10 * 60_000;

/**
 * The thread starts with this script, which loads the writer module. The main thread waits
 * synchronously and so never sees a Worker's 'error' event: a module that cannot be loaded
 * would look like a writer that never answers, for STALL_MS. The script cannot fail to load,
 * so it reports such a failure the way the writer reports a crash.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.module).catch((error) => {
  workerData.port.postMessage({ crashed: 'could not start: ' + (error instanceof Error ? error.message : String(error)) });
  const signal = new Int32Array(workerData.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

export interface BackgroundWriterOptions {
  /** The module the thread runs (tests give one that fails); default write-worker.ts. */
  module?: URL;
}

export class BackgroundWriter implements TempWriter {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));
  #batch: WriteJob[] = [];
  #batchBytes = 0;
  /** Callbacks of the jobs sent, in order, with their sizes; the worker answers in the same order. */
  readonly #waiting: Array<(result: WriteResult) => void> = [];
  readonly #sizes: number[] = [];
  #inFlight = 0;
  #next = 0;
  #closed = false;
  /** Why the thread failed, once it has: every later wait fails at once with it. */
  #failed: string | null = null;

  constructor(options: BackgroundWriterOptions = {}) {
    const { port1, port2 } = new MessageChannel();
    const module = options.module ?? new URL('./write-worker.ts', import.meta.url);
    this.#worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { module: module.href, port: port2, signal: this.#signal.buffer },
      transferList: [port2],
      // The thread holds one batch at a time: a small heap (V8 would size its young generation
      // by the machine's memory, up to 128 MB here).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.#worker.unref();
    this.#port = port1;
  }

  write(path: string, data: FileData, mode: number, keepMode: boolean, done: (result: WriteResult) => void): void {
    if (this.#closed) throw new Error('the background writer is closed');
    const size = typeof data === 'string' ? data.length : data.byteLength;
    this.#batch.push({ path, data, mode, keepMode });
    this.#waiting.push(done);
    this.#sizes.push(size);
    this.#batchBytes += size;
    this.#inFlight += size;
    if (this.#batch.length >= BATCH_FILES || this.#batchBytes >= BATCH_BYTES) this.#send();
    if (this.#inFlight > MAX_IN_FLIGHT) this.#wait(() => this.#inFlight > MAX_IN_FLIGHT / 2);
    else this.#take(); // answers that came in meanwhile (cheap: no waiting)
  }

  flush(): void {
    this.#send();
    this.#wait(() => this.#next < this.#waiting.length);
    this.#waiting.length = 0;
    this.#sizes.length = 0;
    this.#next = 0;
  }

  /** Takes the worker's answers, waiting for more while `more()` holds. */
  #wait(more: () => boolean): void {
    let quietSince = Date.now();
    while (more()) {
      if (this.#failed !== null) throw new Error(this.#failed);
      const seen = Atomics.load(this.#signal, 0);
      if (this.#take()) {
        quietSince = Date.now();
        continue;
      }
      if (Date.now() - quietSince > STALL_MS) throw new Error('the background file writer stopped answering');
      Atomics.wait(this.#signal, 0, seen, 1000);
    }
  }

  /** Waits for the writes queued (as flush) and stops the thread, even when a wait fails. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      // After a failure no answer will come: there is nothing to wait for.
      if (this.#failed === null) this.flush();
    } finally {
      this.#port.close();
      void this.#worker.terminate();
    }
  }

  #send(): void {
    if (this.#batch.length === 0) return;
    this.#port.postMessage(this.#batch);
    this.#batch = [];
    this.#batchBytes = 0;
  }

  /** Hands the worker's answers so far to their callbacks; false when there were none. */
  #take(): boolean {
    let got = false;
    for (let m = receiveMessageOnPort(this.#port); m; m = receiveMessageOnPort(this.#port)) {
      got = true;
      const reply = m.message as WriteResult[] | { crashed: string };
      if (!Array.isArray(reply)) {
        this.#failed = `the background file writer failed: ${reply.crashed}`;
        throw new Error(this.#failed);
      }
      for (const result of reply) {
        this.#inFlight -= this.#sizes[this.#next]!;
        this.#waiting[this.#next++]!(result);
      }
    }
    return got;
  }
}
