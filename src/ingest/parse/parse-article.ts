/**
 * parseArticle: one seed's text → a cleaned ParsedArticle.
 *
 * Why a composition module: each rule (lines, furniture, metadata, dates, title,
 * subheadings) is small and tested on its own; this module only decides the order:
 *
 * 1. split into trimmed lines, drop blank ones;
 * 2. walk the lines: drop furniture; after a comment-section line ("Leave a Reply") drop
 *    everything; after a link-list line ("Related") drop headline-like lines (Source
 *    lines there are still read: pages print their own "Source:" in the footer);
 *    take metadata lines (Source, byline, date) out into fields;
 * 3. the first remaining line may start with a glued date (" date 2024-11-11 The …"):
 *    take the date, keep the rest of the line verbatim;
 * 4. with no Source line, a masthead line among the first ones ("Brennan Falls Ledger",
 *    "Valley Courier | March 12, 2025") names the outlet (and the date);
 * 5. the first remaining line is the title if it is shaped like one;
 * 6. the other lines become blocks (paragraphs and subheadings), verbatim.
 *
 * The first date or byline found wins; dates and bylines after a comment or link-list
 * line are ignored (they belong to comments or to other articles).
 */
import type { Seed } from '../read-seeds.ts';
import type { ParsedArticle } from '../types.ts';
import { gluedDate } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { furnitureKind, looksLikeLinkText } from './furniture.ts';
import { logicalLines } from './lines.ts';
import { parseMastheadByDate, parseMastheadLine, parseMetaLine, resolveSources } from './metadata.ts';
import type { SourceLine } from './metadata.ts';
import { toBlocks } from './subheadings.ts';
import { takeTitle } from './title.ts';

/** A decoded seed: { file, id, text }, as readSeeds returns it. */
export type SeedText = Seed;

type Section = 'body' | 'comments' | 'related';

/** A masthead is looked for among this many first lines (title, masthead, lede at most). */
const MASTHEAD_LINES = 3;

export function parseArticle(seed: SeedText): ParsedArticle {
  let section: Section = 'body';
  let date: FoundDate | null = null;
  let byline: string | null = null;
  const sources: SourceLine[] = [];
  const text: string[] = [];
  /** Indexes in `text` of the lines right before and right after a date or byline line. */
  const byMeta = new Set<number>();

  for (const { text: line } of logicalLines(seed.text)) {
    if (section === 'comments') continue;
    const furniture = furnitureKind(line);
    if (furniture === 'comments' || furniture === 'related') {
      section = furniture;
      continue;
    }
    if (furniture === 'line') continue;

    const meta = parseMetaLine(line);
    if (meta) {
      if (meta.kind === 'source') sources.push(meta.source);
      else if (section === 'body') {
        date ??= meta.date;
        byline ??= meta.byline;
        byMeta.add(text.length - 1).add(text.length);
      }
      continue;
    }

    if (section === 'related') {
      if (looksLikeLinkText(line)) continue;
      section = 'body';
    }
    text.push(line);
  }

  const first = text[0];
  const glued = first === undefined ? null : gluedDate(first);
  if (glued) {
    date ??= glued.date;
    text[0] = glued.rest;
  }

  // A page with no Source line may print its outlet as a masthead line near the top.
  const resolved = resolveSources(sources);
  if (resolved.outlet === null) {
    for (let k = 0; k < Math.min(MASTHEAD_LINES, text.length - 1); k++) {
      // Next to the date or byline, a line after the first (the title's) may be a masthead
      // whose name ends in no publication word ("The Daily Beacon").
      const masthead = parseMastheadLine(text[k]!) ?? (k > 0 && byMeta.has(k) ? parseMastheadByDate(text[k]!) : null);
      if (!masthead) continue;
      resolved.outlet = masthead.outlet;
      date ??= masthead.date;
      text.splice(k, 1);
      break;
    }
  }
  const { title, body } = takeTitle(text);
  return {
    id: seed.id,
    file: seed.file,
    title,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
    outlet: resolved.outlet,
    via: resolved.via,
    byline: byline ?? resolved.byline,
    credits: resolved.credits,
    ...(resolved.issued ? { issued: true as const } : {}),
    blocks: toBlocks(body),
  };
}
