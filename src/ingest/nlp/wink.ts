/**
 * One shared wink-nlp instance. Loading the model costs ~150 ms, so every stage that needs
 * tokens, sentences or tags goes through this module instead of loading its own copy — and it
 * is loaded on first use, so a run whose seeds all come from the ingest cache never loads it.
 */
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof WinkNLP>;

const require = createRequire(import.meta.url);
let instance: Nlp | undefined;

/**
 * wink's pipes that ingest reads: sentence boundaries, POS tags (with lemmas) and entities.
 * The default pipeline also scores sentiment and marks negation scopes, which nothing here
 * reads; leaving them out makes tagging a fifth faster and changes no tag (checked on the
 * bench corpus: identical tags, lemmas, entities and sentences).
 */
const PIPES = ['sbd', 'pos', 'ner'];

/** The shared instance (the same package and model a static import would give). */
export function wink(): Nlp {
  instance ??= (require('wink-nlp') as typeof WinkNLP)(require('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0], PIPES);
  return instance;
}
