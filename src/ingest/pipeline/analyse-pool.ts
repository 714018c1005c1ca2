/**
 * Worker threads for the per-seed work of a large ingest (analyseSeed, then features), used
 * synchronously: the main thread blocks on a shared counter (Atomics.wait) and takes replies
 * with receiveMessageOnPort, so runIngest stays a plain function. Results are keyed by seed
 * index and assembled in seed order by the caller, so the output does not depend on which
 * worker did what, or when.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Seed } from '../read-seeds.ts';
import type { AliasIndex, ClaimFeatures } from '../matching/features.ts';
import type { SeedAnalysis } from './analyse-seed.ts';

export type UnitFeatures = readonly [ClaimFeatures, ClaimFeatures | null, ClaimFeatures | null];

export type ToWorker =
  | { t: 'analyse'; batch: Array<{ i: number; seed: Seed }> }
  | { t: 'features'; aliases: AliasIndex; batch: number[] }
  | { t: 'close' };

export type FromWorker =
  | { t: 'analysed'; results: Array<{ i: number; analysis: SeedAnalysis }> }
  | { t: 'featured'; results: Array<{ i: number; features: UnitFeatures[]; answers: string[] }> }
  | { t: 'error'; message: string };

interface Slot {
  worker: Worker;
  port: MessagePort;
  /** Seed indexes this worker analysed (it keeps their claim units for the features step). */
  owned: number[];
  inFlight: number;
}

/** Seeds per message: enough to amortise messaging, small enough to balance the load. */
const BATCH = 8;
/** Give up when no worker has replied for this long (a crashed worker cannot be noticed otherwise). */
const STALL_MS = 10 * 60_000;

/** Number of workers worth starting on this machine (0: do the work in the main thread). */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores >= 2 ? Math.min(cores, 8) : 0;
}

export class AnalysePool {
  readonly #slots: Slot[] = [];
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));

  constructor(size: number) {
    for (let k = 0; k < size; k++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./analyse-worker.ts', import.meta.url), {
        workerData: { port: port2, signal: this.#signal.buffer },
        transferList: [port2],
      });
      worker.unref();
      this.#slots.push({ worker, port: port1, owned: [], inFlight: 0 });
    }
  }

  /** Analyses the seeds; `done` is called once per seed (in completion order). Blocks until all are done. */
  analyse(items: ReadonlyArray<{ i: number; seed: Seed }>, done: (i: number, analysis: SeedAnalysis) => void): void {
    let next = 0;
    let left = items.length;
    const feed = (slot: Slot): void => {
      while (slot.inFlight < 2 && next < items.length) {
        const batch = items.slice(next, next + BATCH);
        next += batch.length;
        slot.owned.push(...batch.map((b) => b.i));
        slot.inFlight++;
        slot.port.postMessage({ t: 'analyse', batch } satisfies ToWorker);
      }
    };
    for (const slot of this.#slots) feed(slot);
    this.#pump(
      () => left > 0,
      (slot, message) => {
        if (message.t !== 'analysed') return;
        slot.inFlight--;
        for (const r of message.results) {
          left--;
          done(r.i, r.analysis);
        }
        feed(slot);
      },
    );
  }

  /** Features of every analysed seed that produced claims (`wanted`), from the workers that hold them. */
  features(aliases: AliasIndex, wanted: ReadonlySet<number>, done: (i: number, features: UnitFeatures[], answers: string[]) => void): void {
    let left = 0;
    for (const slot of this.#slots) {
      const mine = slot.owned.filter((i) => wanted.has(i));
      for (let k = 0; k < mine.length; k += BATCH * 4) {
        const batch = mine.slice(k, k + BATCH * 4);
        left += batch.length;
        slot.port.postMessage({ t: 'features', aliases, batch } satisfies ToWorker);
      }
    }
    this.#pump(
      () => left > 0,
      (_slot, message) => {
        if (message.t !== 'featured') return;
        for (const r of message.results) {
          left--;
          done(r.i, r.features, r.answers);
        }
      },
    );
  }

  close(): void {
    for (const slot of this.#slots) {
      slot.port.postMessage({ t: 'close' } satisfies ToWorker);
      slot.port.close();
      void slot.worker.terminate();
    }
    this.#slots.length = 0;
  }

  #pump(pending: () => boolean, handle: (slot: Slot, message: FromWorker) => void): void {
    let quietSince = Date.now();
    while (pending()) {
      const seen = Atomics.load(this.#signal, 0);
      let got = false;
      for (const slot of this.#slots) {
        for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
          got = true;
          const message = m.message as FromWorker;
          if (message.t === 'error') throw new Error(`ingest worker failed: ${message.message}`);
          handle(slot, message);
        }
      }
      if (got) quietSince = Date.now();
      else if (Date.now() - quietSince > STALL_MS) throw new Error('ingest workers stopped answering');
      if (pending() && !got) Atomics.wait(this.#signal, 0, seen, 1000);
    }
  }
}
