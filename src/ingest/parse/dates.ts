/**
 * Publication dates printed in the seed.
 *
 * Why: the date is metadata, not body text, and it must never be guessed. Two forms are
 * recognised, and only with a fully written date (day, month and a four-digit year):
 * - a line that is only a date, optionally labelled: "December 2, 2024",
 *   "Published: 12 March 2025, 14:05 GMT";
 * - a date glued to the start of the lede: " date 2024-11-11 The Kremlin…" → the date,
 *   and the rest of the line ("The Kremlin…") kept verbatim.
 * Relative phrases ("on Monday", "2 hours ago") and ambiguous numeric dates
 * ("03/04/2024": March 4 or 3 April?) are never turned into a date.
 */
import { chrono } from '../chrono.ts';

/** chrono's strict English parser (loaded on first use). */
const strict = () => chrono().strict;

export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  /** The date exactly as written in the seed. */
  text: string;
}

/** Any reference date works: only fully written dates are accepted. Fixed for determinism. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** What may stand before the date on its line: nothing, or a label such as "Published:". */
const LABEL_SOURCE =
  '(?:(?:date|dated|published|published on|first published|posted|posted on|updated|updated on|last updated|modified|on)\\b)?[\\s:|–—-]*';
const LABEL = new RegExp(`^${LABEL_SOURCE}$`, 'iu');
/** LABEL as a prefix: where a leading date would start. */
const LABEL_PREFIX = new RegExp(`^${LABEL_SOURCE}`, 'iu');

/** What may follow a date on a date-only line: nothing, or a time-zone tag ("GMT", "EST", "(UTC+7)"). */
const TRAILER = /^(?:\(?(?:UTC|GMT|MSK|[A-Z]{1,3}T)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?[\s.,;]*$/u;

/** Separators between a glued date and the lede. */
const GLUE = /^[\s,;:|–—-]+/u;

/** Words that make a date relative, whatever chrono thinks of its certainty. */
const RELATIVE = /\b(?:ago|today|yesterday|tomorrow|tonight|last|next|this|now)\b/iu;

function ambiguousNumeric(text: string): boolean {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/u.exec(text);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a <= 12 && b <= 12 && a !== b;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A fully written date at the start of `line` (after an optional label), with the rest
 * of the line after it (separators removed, otherwise verbatim), or null.
 */
export function leadingDate(line: string): { date: FoundDate; rest: string } | null {
  // Asked twice in a row for the same line by metadata classification: answer from memory.
  if (line === last.line) return last.found;
  const found = findLeadingDate(line);
  last = { line, found };
  return found;
}

let last: { line: string; found: ReturnType<typeof findLeadingDate> } = { line: '\u0000', found: null };

/** Longest a written date runs before its year ("Wednesday, September 12th, 2025": 31 characters). */
const YEAR_WITHIN = 60;

function findLeadingDate(line: string): { date: FoundDate; rest: string } | null {
  // A fully written date has a four-digit year (checked below on chrono's match, a slice of
  // the line) and starts right after the label: a line without four digits in a row near its
  // start cannot have one, and chrono (the costliest step of parsing) is not asked.
  const label = LABEL_PREFIX.exec(line)?.[0].length ?? 0;
  if (!/\d{4}/.test(line.slice(0, label + YEAR_WITHIN))) return null;
  const result = strict().parse(line, REFERENCE, { forwardDate: false })[0];
  if (!result) return null;
  const { index, text, start } = result;
  if (line.slice(index, index + text.length) !== text) return null;
  if (!LABEL.test(line.slice(0, index))) return null;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  if (RELATIVE.test(text) || ambiguousNumeric(text)) return null;
  const yearWritten = /(?<!\d)(\d{4})(?!\d)/u.exec(text);
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (!yearWritten || year === null || month === null || day === null) return null;
  if (Number(yearWritten[1]) !== year || year < 1900 || year > 2100) return null;
  return { date: { iso: iso(year, month, day), text }, rest: line.slice(index + text.length).replace(GLUE, '') };
}

/** The date when the line is nothing but a (labelled) date, else null. */
export function dateLine(line: string): FoundDate | null {
  const found = leadingDate(line);
  if (!found) return null;
  if (TRAILER.test(found.rest)) return found.date;
  // "Published 11 April 2025, 09:30 | Updated 11 April 2025, 16:45": when it was first published.
  const update = UPDATE_AFTER.exec(found.rest);
  const later = update ? leadingDate(found.rest.slice(update[0].length)) : null;
  return later && TRAILER.test(later.rest) ? found.date : null;
}

/** A time, then where an update stamp follows a date: "09:30 | ", "· ". */
const UPDATE_AFTER = /^(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|[A-Z]{1,3}T))?)?[\s|·•,;–—-]*(?=(?:last\s+)?(?:updated|modified)\b)/iu;

/**
 * A date glued to the front of a text line: the date and the remaining text (verbatim),
 * or null. The remaining text must start a new sentence (capital letter, digit or opening
 * quote), so a lede such as "December 2, 2024 was…" is left alone.
 */
export function gluedDate(line: string): { date: FoundDate; rest: string } | null {
  const found = leadingDate(line);
  if (!found || TRAILER.test(found.rest)) return null;
  return /^["'“‘«(\[]*[\p{Lu}\p{N}]/u.test(found.rest) ? found : null;
}
