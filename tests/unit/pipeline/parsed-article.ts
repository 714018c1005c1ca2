/** Test helper: a parsed article of plain paragraphs, as the parse stage would give it (no title, date or byline). */
import type { ParsedArticle } from '../../../src/ingest/types.ts';

export const article = (id: string, outlet: string | null, ...paragraphs: string[]): ParsedArticle => ({
  id,
  file: `${id}.txt`,
  title: '',
  date: null,
  dateText: null,
  outlet,
  via: null,
  byline: null,
  credits: [],
  blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
});
