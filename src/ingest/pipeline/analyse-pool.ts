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
import type { Figure } from '../verdicts/figures.ts';
import type { ArticleClaims } from './article-claims.ts';

export type UnitFeatures = readonly [ClaimFeatures, ClaimFeatures | null, ClaimFeatures | null, readonly Figure[], number];

export type ToWorker =
  | { t: 'analyse'; batch: Array<{ i: number; seed: Seed }> }
  | { t: 'aliases'; aliases: AliasIndex }
  | { t: 'features'; batch: Array<{ i: number; claims: ArticleClaims }> }
  | { t: 'close' };

export type FromWorker =
  | { t: 'analysed'; results: Array<{ i: number; analysis: SeedAnalysis }> }
  | { t: 'featured'; results: Array<{ i: number; features: UnitFeatures[]; answers: string[] }> }
  | { t: 'error'; message: string };

interface Slot {
  worker: Worker;
  port: MessagePort;
  inFlight: number;
}

/** Seeds per message: enough to amortise messaging, small enough to balance the load. */
const BATCH = 8;
/** Young-generation size of each worker, in MB. */
const YOUNG_GENERATION_MB = 48;
/** Give up when no worker has replied for this long (a crashed worker cannot be noticed otherwise). */
const STALL_MS = 10 * 60_000;

/** Number of workers worth starting on this machine, besides the main thread's own share (0: none). */
export function defaultWorkerCount(): number {
  return Math.min(availableParallelism() - 1, 7);
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
        // A small young generation: V8 sizes it by the machine's memory (up to 128 MB per
        // thread here), which costs resident memory and, for this workload, no speed.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      worker.unref();
      this.#slots.push({ worker, port: port1, inFlight: 0 });
    }
  }

  /**
   * Analyses the seeds; `done` is called once per seed (in completion order). Blocks until all
   * are done. With `local`, this thread takes batches too (between looking for replies), so a
   * machine with n cores needs only n − 1 workers.
   */
  analyse(
    items: ReadonlyArray<{ i: number; seed: Seed }>,
    done: (i: number, analysis: SeedAnalysis) => void,
    local?: (seed: Seed) => SeedAnalysis,
  ): void {
    this.#distribute(
      items,
      BATCH,
      (batch) => ({ t: 'analyse', batch }),
      (message) => {
        if (message.t !== 'analysed') return null;
        for (const r of message.results) done(r.i, r.analysis);
        return message.results.length;
      },
      local && ((item) => done(item.i, local(item.seed))),
    );
  }

  /**
   * Features of the given articles' claim units (`done` per article, in completion order),
   * computed by the workers — and, with `local`, by this thread too, between looking for
   * replies. The claims travel to the workers in batches, so the workers hold none of them.
   */
  features(
    aliases: AliasIndex,
    items: ReadonlyArray<{ i: number; claims: ArticleClaims }>,
    done: (i: number, features: UnitFeatures[], answers: string[]) => void,
    local?: (i: number, claims: ArticleClaims) => void,
  ): void {
    for (const slot of this.#slots) {
      slot.inFlight = 0;
      slot.port.postMessage({ t: 'aliases', aliases } satisfies ToWorker);
    }
    this.#distribute(
      items,
      BATCH * 2,
      (batch) => ({ t: 'features', batch }),
      (message) => {
        if (message.t !== 'featured') return null;
        for (const r of message.results) done(r.i, r.features, r.answers);
        return message.results.length;
      },
      local && ((item) => local(item.i, item.claims)),
    );
  }

  /**
   * Hands `items` to the workers in batches of `size` (at most two batches in flight per
   * worker) and, with `local`, takes one at a time on this thread between replies. `reply`
   * takes a worker's message and returns how many items it answered (null: not an answer to
   * a batch). Returns when every item is done.
   */
  #distribute<T>(
    items: readonly T[],
    size: number,
    message: (batch: T[]) => ToWorker,
    reply: (message: FromWorker) => number | null,
    local?: (item: T) => void,
  ): void {
    let next = 0;
    let left = items.length;
    const feed = (slot: Slot): void => {
      while (slot.inFlight < 2 && next < items.length) {
        const batch = items.slice(next, next + size);
        next += batch.length;
        slot.inFlight++;
        slot.port.postMessage(message(batch));
      }
    };
    for (const slot of this.#slots) feed(slot);
    this.#pump(
      () => left > 0,
      (slot, m) => {
        const answered = reply(m);
        if (answered === null) return;
        slot.inFlight--;
        left -= answered;
        feed(slot);
      },
      local
        ? (): boolean => {
            if (next >= items.length) return false;
            local(items[next++]!);
            left--;
            return true;
          }
        : undefined,
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

  /**
   * Until `pending()` is false: hand replies to `handle`; in between, let `work` do one unit of
   * this thread's own work (it returns false when it has none left), else wait for a reply.
   */
  #pump(pending: () => boolean, handle: (slot: Slot, message: FromWorker) => void, work?: () => boolean): void {
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
      if (!pending()) break;
      if (work?.()) {
        quietSince = Date.now();
        continue;
      }
      if (got) quietSince = Date.now();
      else if (Date.now() - quietSince > STALL_MS) throw new Error('ingest workers stopped answering');
      if (!got) Atomics.wait(this.#signal, 0, seen, 1000);
    }
  }
}
