/**
 * Sentence stage: splits the headline and every body block into sentences with wink-nlp.
 *
 * Sentences are located by character offsets into the verbatim block text, so a quote taken
 * from a sentence is always a slice of the seed: no normalisation can creep into evidence.
 */
import { tagSentences } from '../nlp/tokens.ts';
import type { ParsedArticle, Sentence } from '../types.ts';
import { bulletLength, datelineLength, itemLabelLength, opensWithTime } from './dateline.ts';

export interface SentenceRef {
  n: number;
  start: number;
  end: number;
}

/** A quotation closed right after its question or exclamation mark: "“Where was anybody?”". */
const QUESTION_CLOSED = /[?!][”"’]\s*$/u;

/** An abbreviation's stop, then an opening quotation mark and a capital: "a.m. “Then". */
const STOP_BEFORE_QUOTE = /\b((?:a\.m|p\.m|etc|Inc|Ltd|Co|Jr|Sr)\.)\s+(?=[“"]\p{Lu})/gu;

/**
 * "How the attackers got in. Experts say …": wink reads "in." as inches, which only follow a
 * number ("a 12 in. pipe"). After a word, the stop ends the sentence when a capital follows.
 */
const STOP_AFTER_IN = /(?<=\p{L}\s+in)\.\s+(?=\p{Lu})/gu;

/**
 * "… announced at 4:47 a.m. Turnout was 38.6%", "… since about 7.50am. Adrian Quayle said …",
 * "… at 10.30pm. “We were the ninth ambulance …”":
 * wink reads "a.m." and "am." as no stop at all. After a
 * time that follows words, the stop ends the sentence when a capital follows that is no weekday,
 * month or time zone ("at 4:47 a.m. Friday", "at 4:30 p.m. Eastern time" go on; a live page's
 * "1:20 p.m. Governor declares emergency" is one line).
 */
const STOP_AFTER_TIME = /(?<=\p{L}[^!?]*\d\s?(?:[ap]\.m|[ap]m))\.\s+(?=[“"‘]?(\p{Lu}\p{L}*))/gu;
const GOES_ON_AFTER_TIME = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
    'gmt bst utc cet cest est edt cst cdt mst mdt pst pdt et ct mt pt eastern central mountain pacific local',
  ].flatMap((line) => line.split(' ')),
);

/**
 * "… had been awarded an E. She was awarded a D. It also said …": wink reads a lone capital and a
 * stop as an initial. After "a", "an" or "grade", before a word that opens a sentence (a pronoun,
 * an article), the letter is a grade and the stop ends the sentence ("a J. Smith" is no grade).
 */
const STOP_AFTER_LETTER = /(?<=\b(?:an?|grade)\s+\p{Lu})\.\s+(?=(?:She|He|It|They|We|I|The|This|That|There|These|Those|His|Her|Their|Its|But|And|A|An)\b)/gu;

/**
 * "… was £148m, not £212m. Most of it was reinvested …": wink reads "m." after a number as an
 * abbreviation's stop. After an amount in millions, billions or thousands, the stop ends the
 * sentence when a word with a capital follows.
 */
const STOP_AFTER_AMOUNT = /(?<=\d(?:m|bn|mn|k))\.\s+(?=[“"‘]?\p{Lu}\p{Ll})/gu;

/** The ranges of text[from, end) cut where a stop after "in.", a grade's letter, an amount ("£212m.") or a time ("a.m.", "am.") ends a sentence. */
function afterTimes(text: string, from: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const rest = text.slice(from, end);
  const cuts = [...rest.matchAll(STOP_AFTER_IN), ...rest.matchAll(STOP_AFTER_LETTER), ...rest.matchAll(STOP_AFTER_AMOUNT), ...[...rest.matchAll(STOP_AFTER_TIME)].filter((m) => !GOES_ON_AFTER_TIME.has(m[1]!.toLowerCase()))].sort((a, b) => a.index - b.index);
  const base = from;
  for (const m of cuts) {
    const at = base + m.index;
    if (at < from) continue;
    out.push([from, at + 1]);
    from = at + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/** A one-word answer and the sentence after it: "No. Prosecutors say …", "Yes. The city …". */
const SHORT_ANSWER = /^((?:No|Yes|Not yet)[.!])\s+(?=\p{Lu})/u;

/**
 * Splits one text into [start, end) ranges of its sentences, trimmed of surrounding space.
 * The text is tagged in the same pass (tagSentences), so attribution gets each sentence's
 * tokens from memory instead of tagging it again.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (text.trim() === '') return ranges;
  for (const s of tagSentences(text)) {
    // A sentence whose tokens do not map back onto the text verbatim (rare spacing cases) is
    // left to the neighbouring ranges rather than risk a wrong quote.
    if (!s.tokens || s.text.trim() === '') continue;
    const last = ranges[ranges.length - 1];
    if (last && s.start < last[1]) continue;
    // No space after the stop: "www.veltrex.example", "{props.count}" are one word, not sentences.
    // (Nor "9.02am", which wink cuts after "9.": the joined sentence may still end after "am.")
    if (last && s.start === last[1]) {
      ranges.pop();
      ranges.push(...afterTimes(text, last[0], s.end));
      continue;
    }
    // "“Where was the alarm?” asked Frank Delgado …": a question or exclamation closing a
    // quotation goes on with its attribution, in lower case.
    if (last && /^\p{Ll}/u.test(s.text) && QUESTION_CLOSED.test(text.slice(last[0], last[1]))) {
      last[1] = s.end;
      continue;
    }
    // "No. Prosecutors say …": wink keeps a one-word answer with the sentence after it.
    const answer = SHORT_ANSWER.exec(s.text);
    if (answer) {
      ranges.push([s.start, s.start + answer[1]!.length], [s.start + answer[0].length, s.end]);
      continue;
    }
    // "… at about 2:30 a.m. “Then the lights went out,” he said.": an abbreviation's stop ends the
    // sentence when a quotation opens after it (wink reads "a.m." as no stop at all).
    let from = s.start;
    for (const m of s.text.matchAll(STOP_BEFORE_QUOTE)) {
      const cut = s.start + m.index + m[1]!.length;
      ranges.push([from, cut]);
      from = s.start + m.index + m[0].length;
    }
    ranges.push(...afterTimes(text, from, s.end));
  }
  if (ranges.length === 0) return [[text.length - text.trimStart().length, text.trimEnd().length]];
  splitAfterClosedQuotes(text, ranges);
  // Text wink skipped at the end (should not happen) is glued to the last sentence.
  const last = ranges[ranges.length - 1]!;
  const tailEnd = text.trimEnd().length;
  if (last[1] < tailEnd) last[1] = tailEnd;
  return ranges;
}

/**
 * A quotation opened in an earlier sentence that closes mid-range, after a stop or a markup tag,
 * with a capital after it: `<b>Please use the signed diversion.</b>" A reader who tried …` — wink
 * sees no stop before `"`. The sentence ends with the quotation.
 */
const CLOSES_EARLIER_QUOTE = /^([^“”"]*?[.!?>)][”"])\s+(?=[“"‘]?\p{Lu})/u;

function splitAfterClosedQuotes(text: string, ranges: Array<[number, number]>): void {
  for (let k = 1; k < ranges.length; k++) {
    const [start, end] = ranges[k]!;
    const m = CLOSES_EARLIER_QUOTE.exec(text.slice(start, end));
    if (!m || !opensUnclosed(text.slice(ranges[k - 1]![0], ranges[k - 1]![1]))) continue;
    ranges.splice(k, 1, [start, start + m[1]!.length], [start + m[0].length, end]);
  }
}

/** Does a sentence open a quotation it does not close (a straight `"` left odd, or “ after the last ”)? */
const opensUnclosed = (sentence: string): boolean => (sentence.split('"').length - 1) % 2 === 1 || sentence.lastIndexOf('“') > sentence.lastIndexOf('”');

export interface SplitArticle {
  sentences: Sentence[];
  titleSentences: SentenceRef[];
  blockSentences: SentenceRef[][];
}

/** Numbers sentences article-wide: headline first, then blocks in reading order. */
export function splitArticle(article: ParsedArticle): SplitArticle {
  const sentences: Sentence[] = [];
  // A timeline: lines opening with a time, after a paragraph that announces them with a colon
  // ("Here's how the morning went, as best I can piece it together:"). Their times are kept.
  const timeline = new Set<number>();
  article.blocks.forEach((b, i) => {
    if (i === 0 || !opensWithTime(b.text)) return;
    const before = article.blocks[i - 1]!.text.trimEnd();
    if (timeline.has(i - 1) || (before.endsWith(':') && !opensWithTime(before))) timeline.add(i);
  });
  const push = (text: string, block: number, kind: Sentence['kind']): SentenceRef[] => {
    // A list item's number or a Q&A label is split off first (offsets stay the block's).
    const label = kind === 'paragraph' ? itemLabelLength(text) : 0;
    const ranges = label === 0 ? sentenceRanges(text) : sentenceRanges(text.slice(label)).map(([a, b]): [number, number] => [a + label, b + label]);
    return ranges.map(([start, end], k) => {
      // A paragraph's opening dateline ("ASHBY CROSS — ") or list bullet ("- ", "• ") is no part of its first sentence.
      if (k === 0 && kind === 'paragraph') start += Math.min(datelineLength(text.slice(start, end), { keepTimes: article.issued === true || timeline.has(block) }) || bulletLength(text.slice(start, end)), end - start);
      const n = sentences.length;
      sentences.push({ article: article.id, n, block, start, end, text: text.slice(start, end), kind });
      return { n, start, end };
    });
  };
  const titleSentences = push(article.title, -1, 'title');
  const blockSentences = article.blocks.map((b, i) => push(b.text, i, b.kind));
  return { sentences, titleSentences, blockSentences };
}
