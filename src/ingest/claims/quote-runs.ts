/**
 * Quotations split over several sentences ("“A. B. C,” X said."): which sentence carries the
 * frame that speaks each of them.
 */
import type { Sentence } from '../types.ts';
import { closingStraightQuote } from '../attribution/quotes.ts';

export function quoteRuns(sentences: readonly Sentence[]): Map<number, { carrier: number }> {
  const runs = new Map<number, { carrier: number }>();
  const balance = (t: string): number => (t.match(/“/g) ?? []).length - (t.match(/”/g) ?? []).length + straightBalance(t);
  for (let i = 0; i < sentences.length; i++) {
    const b = balance(sentences[i]!.text);
    if (b <= 0) continue;
    let acc = b;
    let j = i + 1;
    for (; j < sentences.length && j <= i + 6; j++) {
      acc += balance(sentences[j]!.text);
      if (acc <= 0) break;
    }
    if (j >= sentences.length || acc > 0) continue;
    const opensAtStart = /^\s*[“"]/.test(sentences[i]!.text);
    const carrier = opensAtStart ? j : i;
    for (let k = i; k <= j; k++) if (k !== carrier) runs.set(k, { carrier });
    i = j;
  }
  return runs;
}

/** A straight quote opens (+1) or closes (-1) a quotation when the text has an odd number of them. */
function straightBalance(t: string): number {
  if ((t.match(/"/g) ?? []).length % 2 === 0) return 0;
  return closingStraightQuote(t) >= 0 ? -1 : 1;
}
