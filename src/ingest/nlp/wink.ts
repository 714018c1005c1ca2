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

/** The shared instance (the same package and model a static import would give). */
export function wink(): Nlp {
  instance ??= (require('wink-nlp') as typeof WinkNLP)(require('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0]);
  return instance;
}

let sentencesOnly: Nlp | undefined;

/**
 * An instance that only splits sentences (pipe `sbd`): sentence boundary detection runs right
 * after tokenisation, before tagging and entities, which cannot move a boundary, so the split is
 * the one the full instance gives, at a third of the cost.
 */
export function winkSentences(): Nlp {
  sentencesOnly ??= (require('wink-nlp') as typeof WinkNLP)(require('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0], ['sbd']);
  return sentencesOnly;
}

/** `nlp.readDoc(text)`: the shared instance's readDoc. */
export const nlp = {
  readDoc: (text: string): ReturnType<Nlp['readDoc']> => wink().readDoc(text),
};
