/**
 * Worker thread for analyse-pool.ts: analyses seeds (analyseSeed), keeps their claim units, and
 * later computes their features once the main thread sends the corpus-wide alias index.
 *
 * Replies go to the MessagePort in `workerData`, each followed by a bump of the shared counter,
 * so the main thread can wait for them synchronously (Atomics.wait + receiveMessageOnPort).
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Seed } from '../read-seeds.ts';
import type { ArticleClaims } from './article-claims.ts';
import type { AliasIndex } from '../matching/features.ts';
import { analyseSeed, featureWithAnswers } from './analyse-seed.ts';
import type { FromWorker, ToWorker } from './analyse-pool.ts';

const port = (workerData as { port: MessagePort }).port;
const signal = new Int32Array((workerData as { signal: SharedArrayBuffer }).signal);
const claims = new Map<number, ArticleClaims>();

function reply(message: FromWorker): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (message: ToWorker) => {
  try {
    if (message.t === 'analyse') {
      const results = message.batch.map(({ i, seed }: { i: number; seed: Seed }) => {
        const analysis = analyseSeed(seed);
        if (analysis.claims) claims.set(i, analysis.claims);
        return { i, analysis };
      });
      reply({ t: 'analysed', results });
    } else if (message.t === 'features') {
      const aliases = message.aliases as AliasIndex;
      const results = message.batch.map((i) => {
        const c = claims.get(i);
        if (!c) throw new Error(`no analysis for seed ${i} in this worker`);
        const { featured, answers } = featureWithAnswers(c, aliases);
        claims.delete(i);
        return { i, features: featured.units.map((u) => [u.features, u.targetFeatures, u.eventFeatures] as const), answers };
      });
      reply({ t: 'featured', results });
    } else if (message.t === 'close') {
      port.close();
    }
  } catch (error) {
    reply({ t: 'error', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
