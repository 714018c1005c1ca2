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
    // (How far the close may be: six sentences, and six more past each paragraph the quotation
    // goes on into.)
    let reach = i + 6;
    let continued = false;
    for (; j < sentences.length && j <= reach; j++) {
      const s = sentences[j]!;
      if (s.block !== sentences[j - 1]!.block && /^\s*[“"]/.test(s.text)) {
        // A quotation over paragraphs leaves each open and opens the next with a mark again
        // ("…said: “First, my sympathy … records." / "“Some residents have said …”"): that mark
        // goes on with the same quotation — unless words after its close say whose it is
        // ("“The barrier was never asked for,” Ann Brook said."): a quotation of its own.
        if (SAID_AFTER_CLOSE.test(s.text)) break;
        acc += balance(s.text) - 1;
        reach = j + 6;
        continued = true;
      } else acc += balance(s.text);
      if (acc <= 0) {
        // (Nor one that a paragraph on closes with someone's name: "… The river rose fast,” Ann
        // Brook said." may be hers from its own opening mark.)
        if (continued && SAID_AFTER_CLOSE.test(s.text)) acc = 1;
        break;
      }
    }
    if (j >= sentences.length || acc > 0) continue;
    const opensAtStart = /^\s*[“"]/.test(sentences[i]!.text);
    const carrier = opensAtStart ? j : i;
    for (let k = i; k <= j; k++) if (k !== carrier) runs.set(k, { carrier });
    i = j;
  }
  return runs;
}

/** Words after a quotation's last closing mark: whose it is ("…,” Ann Brook said."). */
const SAID_AFTER_CLOSE = /[”"][^“”"]*\p{L}[^“”"]*$/u;

/** A straight quote opens (+1) or closes (-1) a quotation when the text has an odd number of them. */
function straightBalance(t: string): number {
  if ((t.match(/"/g) ?? []).length % 2 === 0) return 0;
  return closingStraightQuote(t) >= 0 ? -1 : 1;
}
