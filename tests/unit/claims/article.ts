/** Test helper: sentences of a made-up article, one string per sentence (paragraph blocks). */
import type { Sentence } from '../../../src/ingest/types.ts';

export function sentences(texts: readonly string[], opts: { title?: string } = {}): Sentence[] {
  const out: Sentence[] = [];
  if (opts.title) out.push({ article: 'test', n: 0, block: -1, start: 0, end: opts.title.length, text: opts.title, kind: 'title' });
  texts.forEach((text, i) => {
    out.push({ article: 'test', n: out.length, block: i, start: 0, end: text.length, text, kind: 'paragraph' });
  });
  return out;
}
