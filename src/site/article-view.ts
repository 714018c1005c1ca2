/**
 * Pure helpers for rendering article records: display titles, dates and sentence segments.
 * Kept out of the .astro files so they can be unit-tested.
 */
import type { ArticleRecord } from '../schema/article.ts';

/** A sentence reference as stored on a block or on the headline. */
export interface SentenceRef {
  n: number;
  start: number;
  end: number;
}

/** A run of block text; `n` is set when the run is one whole sentence (anchor `#s-<n>`). */
export interface Segment {
  text: string;
  n?: number;
}

/** Longest display title derived from a lede, in characters (the ellipsis included). */
export const DERIVED_TITLE_MAX = 90;

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'prof', 'vs', 'no']);

/**
 * Cut `text` into sentence and gap segments by `sentences` offsets.
 * Offsets that are out of range, empty or overlapping an earlier sentence are ignored,
 * so a faulty sentence stage degrades to plain text instead of losing words.
 */
export function segmentText(text: string, sentences: readonly SentenceRef[] = []): Segment[] {
  const valid = [...sentences]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of valid) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push({ text: text.slice(pos, s.start) });
    out.push({ text: text.slice(s.start, s.end), n: s.n });
    pos = s.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos) });
  return out;
}

/** End offset of the first sentence of `text` by a plain-text heuristic (no offsets known). */
export function firstSentenceEnd(text: string): number {
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    const word = (/([A-Za-z.]+)$/.exec(before)?.[1] ?? '').toLowerCase();
    // "U.S.", "p.", "Mr." are not sentence ends; "in 2024." is.
    if (word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word)) continue;
    return m.index + m[0].length;
  }
  return text.length;
}

/** Shorten `text` to at most `max` characters at a word boundary, adding an ellipsis. */
export function shorten(text: string, max = DERIVED_TITLE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '');
  return `${head}…`;
}

/** The lede's first sentence: by the record's offsets when present, else by heuristic. */
export function ledeSentence(article: Pick<ArticleRecord, 'blocks'>): string {
  const lede = article.blocks.find((b) => b.kind === 'paragraph' && b.text.trim() !== '');
  if (!lede) return '';
  const first = [...lede.sentences].sort((a, b) => a.start - b.start)[0];
  if (first && first.end > first.start && first.end <= lede.text.length) {
    return lede.text.slice(first.start, first.end).trim();
  }
  return lede.text.slice(0, firstSentenceEnd(lede.text)).trim();
}

/** Title to show: the headline, or when the seed has none, the lede's first sentence shortened. */
export function displayTitle(article: Pick<ArticleRecord, 'title' | 'blocks' | 'id'>): string {
  const title = article.title.trim();
  if (title) return title;
  const derived = shorten(ledeSentence(article).replace(/[.!?]+$/, ''));
  return derived || `Article ${article.id}`;
}

/** Human date for an ISO `YYYY-MM-DD` string, e.g. "2 December 2024"; null stays null. */
export function formatDate(iso: string | null, locale = 'en-GB'): string | null {
  if (!iso) return null;
  // A site prints the same few dates thousands of times, and building an Intl formatter is
  // costly: formatters are kept per locale and answers per date (a large build's top cost).
  const key = `${locale}\u0000${iso}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  const text = format.format(date);
  formattedDates.set(key, text);
  return text;
}
const formatters = new Map<string, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();

/** Articles newest first; undated ones last, then by id for a stable order. */
export function sortArticles<T extends Pick<ArticleRecord, 'date' | 'id'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Path of an article page. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}
