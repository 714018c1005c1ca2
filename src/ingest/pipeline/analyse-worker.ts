/**
 * Worker thread for analyse-pool.ts: analyses seeds (analyseSeed), and later computes features
 * of the claim units the main thread sends back, once it has sent the corpus-wide alias index.
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
let aliases: AliasIndex | undefined;

function reply(message: FromWorker): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (message: ToWorker) => {
  try {
    if (message.t === 'analyse') {
      const results = message.batch.map(({ i, seed }: { i: number; seed: Seed }) => ({ i, analysis: analyseSeed(seed) }));
      reply({ t: 'analysed', results });
    } else if (message.t === 'aliases') {
      aliases = message.aliases;
    } else if (message.t === 'features') {
      if (!aliases) throw new Error('features asked for before the aliases');
      const index = aliases;
      const results = message.batch.map(({ i, claims }: { i: number; claims: ArticleClaims }) => {
        const { featured, answers } = featureWithAnswers(claims, index);
        return { i, features: featured.units.map((u) => [u.features, u.targetFeatures, u.eventFeatures, u.figures, u.hints] as const), answers };
      });
      reply({ t: 'featured', results });
    } else if (message.t === 'close') {
      port.close();
    }
  } catch (error) {
    reply({ t: 'error', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
});
