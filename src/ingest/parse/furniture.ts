/**
 * Page furniture: is this line part of the web page around the article rather than the
 * article itself?
 *
 * Why: seeds are text copied from news pages, so they carry comment forms ("Leave a
 * Reply"), share buttons, counters ("0"), image file names and link lists ("Related").
 * None of that may reach the article body, the title, or a claim. The phrase lists live
 * in src/ingest/lexicon/furniture.json so they can grow without touching code.
 *
 * Two kinds of line also open a *section* of furniture:
 * - a comment section ("Leave a Reply", "3 Comments"): everything after it is the comment
 *   form or readers' comments, never article text;
 * - a link list ("Related", "You may also like"): the headline-like lines after it are
 *   links to other articles. The list ends at the first line that reads like prose.
 */
import lexicon from '../lexicon/furniture.json' with { type: 'json' };
import { collapseSpace, endsSentence, isSpaceCode, wordCount } from './shape.ts';

/** 'line': drop this line; 'comments' / 'related': drop it and open that section. */
export type FurnitureKind = 'line' | 'comments' | 'related';

const compile = (sources: readonly string[]): RegExp[] => sources.map((s) => new RegExp(s, 'iu'));

const EXACT = new Set(lexicon.exact);
const PREFIXES = lexicon.prefixes;
const LABELS = lexicon.labels;
const PATTERNS = compile(lexicon.patterns);
const COMMENT_EXACT = new Set(lexicon.commentSection.exact);
const COMMENT_PREFIXES = lexicon.commentSection.prefixes;
const COMMENT_PATTERNS = compile(lexicon.commentSection.patterns);
const RELATED_EXACT = new Set(lexicon.relatedSection.exact);

/** Characters that separate a label from its value: "Tags: …", "Read more › …", "Share | …". */
const LABEL_SEPARATOR = /^\s*[:›»→|]/u;

/**
 * The form of a line used for phrase matching: NFKC (folds U+00A0, "…"), lower case,
 * straight apostrophes, whitespace collapsed, leading bullets and trailing decoration
 * (": * . … ! ? » › → | -") removed.
 */
export function normaliseForMatch(line: string): string {
  return normalisedFrom(foldedLower(line));
}

/** The line in NFKC, whitespace collapsed, lower case: what normaliseForMatch and isLabelLine start from. */
function foldedLower(line: string, collapsed = false): string {
  const nfkc = line.normalize('NFKC');
  // A line collapsed already that NFKC leaves as it is needs no second collapse.
  return (collapsed && nfkc === line ? line : collapseSpace(nfkc)).toLowerCase();
}

/** Trailing decoration normalisedFrom removes: `[\s:*.…!?»›→|–—-]`. */
const TRAILING = new Set([...':*.…!?»›→|–—-'].map((c) => c.charCodeAt(0)));

function normalisedFrom(folded: string): string {
  const s = folded.replace(/[’‘`´]/gu, "'").replace(/^[\s•·*>›»|–—-]+/u, '');
  // `s.replace(/[\s:*.…!?»›→|–—-]+$/u, '')` as a loop: the regex is tried at every position.
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (!TRAILING.has(c) && !isSpaceCode(c)) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Starts with `phrase` as whole words (not "sharepoint" for "share"). */
function startsWithPhrase(norm: string, phrase: string): boolean {
  if (!norm.startsWith(phrase)) return false;
  const next = norm.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]$/u.test(phrase);
}

/** `folded`: the line as foldedLower gives it. */
function isLabelLine(folded: string): boolean {
  const norm = folded.replace(/[’‘]/gu, "'");
  return LABELS.some((label) => norm.startsWith(label) && LABEL_SEPARATOR.test(norm.slice(label.length)));
}

/**
 * Answers so far: every line is asked about when the seed is parsed, and again as a sentence
 * (candidates.ts) — most paragraphs are one sentence — and page furniture repeats across seeds.
 */
const known = new Map<string, FurnitureKind | null>();
const KNOWN_LIMIT = 4096;

/** What kind of furniture the line is, or null when it is not furniture. */
export function furnitureKind(line: string): FurnitureKind | null {
  const hit = known.get(line);
  if (hit !== undefined) return hit;
  const kind = kindOf(line);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(line, kind);
  return kind;
}

function kindOf(line: string): FurnitureKind | null {
  const raw = collapseSpace(line);
  if (raw === '') return null;
  const folded = foldedLower(raw, true);
  const norm = normalisedFrom(folded);

  if (COMMENT_EXACT.has(norm)) return 'comments';
  if (COMMENT_PREFIXES.some((p) => startsWithPhrase(norm, p)) && wordCount(raw) <= 8) return 'comments';
  if (COMMENT_PATTERNS.some((re) => re.test(raw)) && wordCount(raw) <= 12) return 'comments';
  if (RELATED_EXACT.has(norm)) return 'related';

  if (norm === '' || EXACT.has(norm)) return 'line';
  if (PREFIXES.some((p) => startsWithPhrase(norm, p))) return 'line';
  if (isLabelLine(folded)) return 'line';
  if (PATTERNS.some((re) => re.test(raw))) return 'line';
  return null;
}

/** True when the line is page furniture of any kind. */
export function isFurniture(line: string): boolean {
  return furnitureKind(line) !== null;
}

/**
 * Inside a link list, does the line look like one more link (a headline: short, not
 * ending like a sentence) rather than a return to prose?
 */
export function looksLikeLinkText(line: string): boolean {
  return wordCount(line) <= 20 && !endsSentence(line);
}
