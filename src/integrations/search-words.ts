/**
 * The search page's vocabulary for "Did you mean …?" (src/site/did-you-mean.ts): the words of the
 * text Pagefind indexed, most frequent first, written beside its bundle as `/search-words.json`.
 *
 * Why from the bundle and not from the claims and articles: what a search can find is what
 * Pagefind read from the built pages — the parts of each page's `data-pagefind-body` outside
 * `data-pagefind-ignore` — and no list of fields kept by hand stays equal to that. A vocabulary
 * with words the index lacks suggests searches that find nothing ("unnamed", from a label the
 * pages keep out of the index); one without indexed words (a byline, a date) corrects nothing
 * there. Each indexed page has a fragment in the bundle holding the text indexed for it: the
 * same file Pagefind's own script fetches to show a result.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_LIMIT, wordsByFrequency } from '../site/search-words.ts';
import { FileReader } from './file-reader.ts';

/** What opens a fragment once unzipped (Pagefind 1.x), before its JSON. */
const SIGNATURE = 'pagefind_dcd';

/** The text Pagefind indexed for one page, from its fragment file (gzip: signature, then JSON). */
export function fragmentText(file: string, bytes: Buffer): string {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new Error(`${file}: not a Pagefind fragment (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment this build can read (no "${SIGNATURE}" signature): was Pagefind upgraded past 1.x?`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { content?: unknown };
  if (typeof fragment.content !== 'string') throw new Error(`${file}: a Pagefind fragment without its page's content`);
  return fragment.content;
}

/** The indexed text of every page of the bundle at `bundle` (`<dist>/pagefind`), file by file. */
export function* indexedTexts(bundle: string): Generator<string> {
  const dir = join(bundle, 'fragment');
  const reader = new FileReader(); // one buffer for all the fragments, not one each to collect
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = join(dir, name);
    yield fragmentText(file, reader.read(file));
  }
}

/** Writes `<dist>/search-words.json` from the bundle at `bundle`; returns the number of words. */
export function writeSearchWords(dist: string, bundle: string): number {
  const words = wordsByFrequency(indexedTexts(bundle), VOCABULARY_LIMIT);
  writeFileSync(join(dist, 'search-words.json'), JSON.stringify(words));
  return words.length;
}

/** writeSearchWords in a worker thread (search-words-worker.ts): the number of words. */
function inWorker(dist: string, bundle: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-words-worker.ts', import.meta.url), { workerData: { dist, bundle } });
    worker.once('message', (n: number) => resolve(n));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search words: the worker stopped with exit code ${code}`));
    });
  });
}

/** The Astro integration: register it after pagefind(), whose bundle it reads. */
export default function searchWords(): AstroIntegration {
  return {
    name: 'crosscheck:search-words',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const bundle = join(dist, 'pagefind');
        if (!existsSync(join(bundle, 'fragment'))) throw new Error(`search words: no Pagefind bundle in ${bundle}: register searchWords() after pagefind()`);
        const n = await inWorker(dist, bundle);
        logger.info(`Wrote the ${n.toLocaleString('en-US')} words of the search index to search-words.json in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
