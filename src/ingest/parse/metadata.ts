/**
 * Metadata lines: who published the article, whom it credits, who wrote it, and when.
 *
 * Why: pages print this information as lines of their own ("Source: …", "By …",
 * "Published: …"). It belongs in the record's fields, not in the body, and it is never
 * invented: a field is filled only from a line that states it.
 *
 * "Source:" lines come in two shapes:
 * - plain, "Source: Some Outlet": names the outlet that published the page;
 * - detailed, "Source: site.example (Jane Roe – According to AFP, Reuters)": names the
 *   original source the outlet republishes (via), its author (byline) and the agencies it
 *   credits (credits).
 * resolveSources() combines several such lines (see there).
 */
import { dateLine, leadingDate } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { collapseSpace, wordCount } from './shape.ts';

/** One "Source:" line, taken apart. */
export interface SourceLine {
  /** The source named before any parenthesis, verbatim ("vnexpress.net"). */
  name: string;
  /** True when the line carries details in parentheses (author, credits). */
  detailed: boolean;
  /** Author named in the details, or null. */
  byline: string | null;
  /** Agencies credited in the details ("According to TASS, AFP" → ["TASS", "AFP"]). */
  credits: string[];
  /** The details say the page is the named body's own release ("(press release)", "(club statement)", "(official incident update)"). */
  issued?: true;
}

export type MetaLine =
  | { kind: 'source'; source: SourceLine }
  | { kind: 'byline'; byline: string; date: FoundDate | null }
  | { kind: 'date'; date: FoundDate; byline: string | null };

/** Lower-case words allowed inside a person's name ("Ursula von der Leyen"). */
const PARTICLES = new Set([
  'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'ibn',
  'la', 'le', 'st', 'ten', 'ter', 'van', 'von', 'y', 'and', '&',
]);

/** Function words that never appear in a name: "By The Numbers" is a heading, not a byline. */
const NOT_NAME = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'into', 'about', 'this', 'that',
  'these', 'those', 'our', 'your', 'my', 'his', 'her', 'its', 'their', 'is', 'are', 'was', 'were',
]);

/** A capitalised name word: "Huyen", "O'Brien", "Jean-Luc", "J.", "Smith,". */
const NAME_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*,?$/u;

/**
 * Does `text` read like the name of an author or of several ("Jane Roe and John Doe")?
 * One to eight capitalised words (particles allowed after the first), or a single
 * user-name token ("admin") as blogs print it.
 */
export function isNameLike(text: string): boolean {
  const ws = collapseSpace(text).split(' ');
  const first = ws[0] ?? '';
  if (ws.length === 1 && /^[\p{Ll}\d][\p{L}\d._-]{1,29}$/u.test(first)) return !NOT_NAME.has(first);
  if (ws.length > 8 || !NAME_WORD.test(first)) return false;
  if (ws.some((w) => NOT_NAME.has(w.toLowerCase().replace(/,$/u, '')))) return false;
  return ws.every((w) => NAME_WORD.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** A person's name as opposed to an organisation: 2–5 words, none of them all capitals. */
function isPersonName(text: string): boolean {
  const ws = collapseSpace(text).split(' ');
  return ws.length >= 2 && ws.length <= 5 && isNameLike(text) && ws.every((w) => /\p{Ll}/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** Split a credit list: "TASS , AFP and Reuters" → ["TASS", "AFP", "Reuters"]. */
function splitList(text: string): string[] {
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/u)
    .map((s) => collapseSpace(s))
    .filter((s) => s !== '');
}

/** Phrases that introduce credited sources inside a Source line's details. */
const CREDIT_INTRO = /^(?:according to|based on|citing|with|via|from|sources?\s*:?)\s+/iu;

/** Separators between the parts of a Source line's details: dashes, pipes, semicolons. */
const PART_SEPARATOR = /\s+[–—-]\s+|\s*[|;]\s*/u;

/** "Source: X", "Sources: X", "Source – X", with a short value (not a sentence). */
const SOURCE_LINE = /^sources?\s*[:：–—]\s*(.+)$/iu;

/** What kind of page a Source line's parenthesis may say the page is. */
const PAGE_KIND = /^(?:press|news|media)\s+release$|^(?:(?:club|official|joint|company|police|government|ministry|council|written|full|public|press|media)\s+)?statement$|^(?:official\s+)?(?:incident\s+|situation\s+|status\s+|safety\s+|public\s+)?(?:update|report|advisory|bulletin|notice|alert)$|^(?:open\s+)?letter$|^(?:newsletter|blog|live(?:\s*blog|\s+(?:updates?|coverage|page|report(?:ing)?))?|podcast|transcript|opinion|op-ed|editorial|column|analysis|explainer|interview)$/iu;
/** Page kinds that are the named body's own words: a release, a statement, an (open) letter, an official update. */
const ISSUED_KIND = /release$|statement$|(?:^|\s)letter$|(?:update|report|advisory|bulletin|notice|alert)$/iu;
/** "(Official Report)": the name of a parliament's record of its sittings (Hansard), nobody's statement. */
const OFFICIAL_REPORT = /^official\s+report$/iu;
/** Where and when a record was made: "Hansard (House of Commons, Westminster Hall debate)", "(Senate hearing)". */
const SITTING = /\b(?:House\s+of\s+(?:Commons|Lords|Representatives|Assembly)|Senate|Parliament|Assembly|Congress|Dáil|debate|sitting|session|hearing|committee|inquiry|chamber)\b/iu;
/** A broadcaster a show is on: "Wexcombe Community Radio", "Channel 4", "Northbridge TV". */
const NETWORK = /\b(?:radio|tv|television|network|broadcasting|fm|channel(?:\s+\d+)?)$/iu;

/** Parse a "Source:" line, or return null when the line is not one. */
export function parseSourceLine(line: string): SourceLine | null {
  const m = SOURCE_LINE.exec(collapseSpace(line));
  const value = m?.[1];
  if (value === undefined) return null;
  const open = value.indexOf('(');
  const name = (open === -1 ? value : value.slice(0, open)).trim().replace(/[.,;:]+$/u, '');
  if (!/^[\p{L}\p{N}]/u.test(name) || wordCount(name) > 8) return null;
  if (open === -1) return { name, detailed: false, byline: null, credits: [] };

  const close = value.lastIndexOf(')');
  const details = value.slice(open + 1, close > open ? close : undefined).trim();
  // "Maresca-Lindqvist Pharma (press release)", "The Ward Round (Wexcombe Community Radio)": what
  // kind of page, or the network a show is on; the name is still the outlet's.
  if (PAGE_KIND.test(details) || NETWORK.test(details) || SITTING.test(details)) {
    return { name, detailed: false, byline: null, credits: [], ...(ISSUED_KIND.test(details) && !OFFICIAL_REPORT.test(details) ? { issued: true as const } : {}) };
  }
  let byline: string | null = null;
  const credits: string[] = [];
  for (const part of details.split(PART_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')) {
    const intro = CREDIT_INTRO.exec(part);
    if (intro) credits.push(...splitList(part.slice(intro[0].length)));
    else if (byline === null && isPersonName(part)) byline = part;
    else credits.push(...splitList(part));
  }
  return { name, detailed: details !== '', byline, credits };
}

/** "By X", "Written by X", "Author: X" … with the value captured. */
const BYLINE_LINE = /^(?:(?:written|posted|reported|story|text|words)\s+)?by\s*:?\s+(.+)$|^(?:author|authors|byline|writer|reporter|reporting)\s*:\s*(.+)$/iu;

/** Separators between a byline and what follows it on the line ("By X | December 2, 2024"). */
const BYLINE_SEPARATOR = /\s*[|•·]\s*|\s+[–—-]\s+/u;

/**
 * Parse a byline line: "By Editor" → "Editor". A date after a separator is returned too.
 * Returns null unless the value reads like a name, so "By the end of the week, …" stays text.
 */
export function parseBylineLine(line: string): { byline: string; date: FoundDate | null } | null {
  const m = BYLINE_LINE.exec(collapseSpace(line));
  const value = m?.[1] ?? m?.[2];
  if (value === undefined) return null;
  const [first = '', ...others] = value.split(BYLINE_SEPARATOR);
  let name = first.replace(/[.,;:]+$/u, '').trim();
  // "By Keisha Mbatha-Lindqvist, WTBK 7 Investigates": a person, then the desk or outlet.
  const desk = /^([^,]+),\s+([\p{Lu}\d][\p{L}\d&.'’ -]*)$/u.exec(name);
  if (!isNameLike(name) && desk && isPersonName(desk[1]!)) name = desk[1]!.trim();
  if (name === '' || !isNameLike(name)) return null;
  let date: FoundDate | null = null;
  for (const other of others) {
    const found = dateLine(other);
    if (found) date ??= found;
    else return null; // something unexplained follows the name: not a plain byline
  }
  return { byline: name, date };
}

/**
 * Classify a metadata line: a Source line, a byline, or a date line (a date alone, or
 * "Posted on December 2, 2024 by Editor"). Returns null for any other line.
 */
export function parseMetaLine(line: string): MetaLine | null {
  const source = parseSourceLine(line);
  if (source) return { kind: 'source', source };
  const by = parseBylineLine(line);
  if (by) return { kind: 'byline', ...by };
  const date = dateLine(line);
  if (date) return { kind: 'date', date, byline: null };
  const lead = leadingDate(line);
  if (lead && /^by\b/iu.test(lead.rest)) {
    const dated = parseBylineLine(lead.rest);
    if (dated && dated.date === null) return { kind: 'date', date: lead.date, byline: dated.byline };
  }
  return null;
}

/**
 * Last words of a publication's name ("Brennan Falls Ledger", "Channel 7 News"): what tells a
 * masthead line from a heading of the same shape.
 */
const MASTHEAD_WORDS = new Set([
  'advertiser', 'bulletin', 'chronicle', 'courier', 'daily', 'dispatch', 'enquirer', 'examiner', 'express', 'gazette',
  'globe', 'guardian', 'herald', 'independent', 'inquirer', 'journal', 'ledger', 'mail', 'mercury', 'messenger',
  'mirror', 'monitor', 'news', 'observer', 'post', 'press', 'record', 'register', 'reporter', 'review', 'sentinel',
  'standard', 'star', 'statesman', 'sun', 'telegraph', 'times', 'tribune', 'weekly', 'wire',
]);

/** A word of a publication's name: capitalised ("Tri-County") or a number ("7"). */
const MASTHEAD_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*$/u;

/**
 * A masthead line near the top of a page: the outlet's name alone ("Brennan Falls Ledger"), or
 * with the date ("Valley Courier | March 12, 2025"). The name must read like one (capitalised
 * words, at most six) and end as publications' names do (MASTHEAD_WORDS): a heading ("No
 * signals from the West") or a section label ("Politics | March 12") is not an outlet.
 */
export function parseMastheadLine(line: string): { outlet: string; date: FoundDate | null } | null {
  const [first = '', ...others] = collapseSpace(line).split(BYLINE_SEPARATOR);
  const name = first.replace(/[.,;:]+$/u, '').trim();
  const words = mastheadWords(name, 6);
  if (!words || !MASTHEAD_WORDS.has(words.at(-1)!.toLowerCase())) return null;
  if (others.length > 1) return null;
  const date = others.length === 1 ? dateLine(others[0]!) : null;
  if (others.length === 1 && date === null) return null;
  return { outlet: name, date };
}

/**
 * A masthead line that sits right next to the page's date or byline ("The Daily Beacon" above
 * "June 11, 2025"): there the name need not end as publications' names usually do ("Cityline",
 * "The Oshtaran Patriot"), but it must still read like a name: one to five capitalised words or
 * numbers, "The" only first, and no sentence punctuation ("Politics." or a headline is none).
 */
export function parseMastheadByDate(line: string): { outlet: string; date: null } | null {
  const name = collapseSpace(line).trim();
  const words = mastheadWords(name, 5);
  if (!words || words.some((w) => /[.’']$/u.test(w))) return null;
  // One word could be a section label ("Politics", "World"): it counts when it is none.
  if (words.length === 1 && SECTION_WORDS.has(words[0]!.toLowerCase())) return null;
  return { outlet: name, date: null };
}

/**
 * The words of `name` after a leading "The", when it reads like a publication's name: at most
 * `max` words in all, each capitalised or a number ("Channel 7 News"), none a function word.
 */
function mastheadWords(name: string, max: number): string[] | null {
  const words = name.split(' ');
  const nameWords = words[0] === 'The' ? words.slice(1) : words;
  if (words.length > max || nameWords.length === 0) return null;
  return nameWords.every((w) => MASTHEAD_WORD.test(w) && !NOT_NAME.has(w.toLowerCase())) ? nameWords : null;
}

/** Section labels printed near dates, never outlets' names on their own. */
const SECTION_WORDS = new Set([
  'news', 'politics', 'world', 'business', 'sport', 'sports', 'opinion', 'analysis', 'culture', 'science', 'health',
  'technology', 'tech', 'economy', 'markets', 'europe', 'uk', 'us', 'local', 'national', 'international', 'breaking',
  'live', 'update', 'updated', 'home', 'features', 'comment', 'editorial', 'explainer', 'environment', 'travel',
]);

export interface ResolvedSources {
  outlet: string | null;
  via: string | null;
  byline: string | null;
  credits: string[];
  /** The outlet's line says the page is its own release or statement. */
  issued?: true;
}

/**
 * Combine the Source lines of one article.
 * - outlet: the last plain Source line (pages print the publisher's own line last, in the
 *   footer); with no plain line the outlet is unknown (null).
 * - via: the first detailed Source line; failing that, an earlier plain line when there
 *   are several plain ones (the page credits one and is published by another).
 * - byline, credits: from the detailed lines (credits de-duplicated, in order).
 */
export function resolveSources(sources: readonly SourceLine[]): ResolvedSources {
  const plain = sources.filter((s) => !s.detailed);
  const detailed = sources.filter((s) => s.detailed);
  const outletLine = plain.at(-1) ?? null;
  const viaLine = detailed[0] ?? (plain.length > 1 ? plain[0] : undefined) ?? null;
  const credits: string[] = [];
  for (const s of detailed) for (const c of s.credits) if (!credits.includes(c)) credits.push(c);
  return {
    outlet: outletLine?.name ?? null,
    via: viaLine && viaLine !== outletLine ? viaLine.name : null,
    byline: detailed.find((s) => s.byline !== null)?.byline ?? null,
    credits,
    ...(outletLine?.issued ? { issued: true as const } : {}),
  };
}
