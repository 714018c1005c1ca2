/**
 * Reporting-verb hits in a sentence: single verbs ("said", "denied"), multi-word denials
 * ("poured cold water on"), "that"-frames ("expressed concern that") and refusals to comment
 * ("declined to comment"), outside quotations and minus non-frame uses ("called for").
 */
import { patterns, reportingVerb, type VerbClass } from './lexicon.ts';
import type { Token } from '../nlp/tokens.ts';

export type FrameClass = VerbClass | 'decline';

const PHRASAL_DENIAL = new RegExp(patterns.phrasalDenial.source, 'gi');
/**
 * "Tull put the number at “roughly 2,300”", "Its spokeswoman put the figure at £4.2 million",
 * "The returning officer puts turnout at 38.6 per cent", "the trust puts the number of people whose
 * data may have been accessed at about 900,000": a figure stated by someone, told as what they put
 * it at (a statement of theirs, in the words written).
 */
const PUT_FIGURE = /\b(?:put|puts|putting)\s+(?:(?:the|its|their|his|her|that)\s+(?:[\p{Ll}-]+\s+){0,2}?)?(?:number|figure|total|toll|count|cost|estimate|tally|bill|loss|losses|turnout|attendance|crowd|fine|damage|deficit|shortfall|reopening|completion|opening|date|timescale|timetable|delay)(?:\s+of\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+(?:\s+whose\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{L}-]+)?)?\s+at\b/giu;
/** "each other", "one another" right after a verb. */
const RECIPROCAL_AFTER = /^\s+(?:each\s+other|one\s+another)\b/i;
/** "blame" as a noun: "trade blame", "the blame", "shifted blame". */
const BLAME_NOUN_BEFORE = /\b(?:trade[sd]?|trading|the|a|no|any|shift(?:s|ed|ing)?|apportion(?:s|ed|ing)?)\s+$/i;

/** A name, maybe after an honorific, ending its clause: whom a phrasal denial is aimed at. */
const AT_A_PERSON = /^\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[.;]|,\s+(?:who|whose|saying|calling|accusing)\b|$)/u;
const PHRASAL_SAY = new RegExp(patterns.phrasalSay.source, 'gi');
const DECLINE = new RegExp(patterns.decline.source, 'gi');
/**
 * A statement put out, then quoted after a colon: "has issued a statement through her lawyer:
 * ‘…’", "posted on social media: “…”", "wrote on X: “…”". The verbs say nothing alone; the
 * colon and the quotation make them a frame.
 */
const STATEMENT_COLON = /\b(?:issued|released|put\s+out|posted|published|shared|wrote|tweeted)\b[^:“”"]{0,60}?:(?=\s*[“"])/gi;

/**
 * What records show: "State records show inspectors cited the plant …", "…, county records show.",
 * "Inspection records filed with the Commission, and reviewed by the Register, show that …". A
 * document says what it says as a speaker does (who stands behind it is the speaker's question:
 * public records, or papers only an outlet has seen).
 */
const EVIDENCE_VERB = /\b(?:also\s+)?(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated)\b/gi;
/** The head of a document subject, at the end of what stands before the verb (maybe with a participle's phrase after it). */
const DOCUMENT_SUBJECT = /\b(?:records?|documents?|filings?|data|figures|accounts|minutes|logs?|e-?mails?|papers|statistics|returns|inventories|rotas?|memos?|spreadsheets?|files?|letters?|contracts?|invoices?)\b(?:\s+(?:seen|obtained|reviewed|filed|released|published|held|kept|examined)\b[^;:“”"]{0,100}?)?\s*,?\s*$/i;

/** A hearing that heard or was told what follows: "inquest heard that", "court was told". Group 1: the verb. */
const HEARD_THAT = /\b(?:inquest|court|tribunal|hearing|jury|inquiry|trial|panel)(?:['’]s)?\s+(?:also\s+|had\s+|has\s+)?(heard|was\s+told|were\s+told|has\s+been\s+told|had\s+been\s+told)(?=\s+(?:that\s+)?\p{L})/giu;

/**
 * Does a clause follow offset `at` ("that …", or a verb within a dozen words before any stop),
 * or end the sentence there?
 * What records show may be a thing ("a loss of £31 million", "1,200 pounds of a PFOA-based
 * additive"): then the sentence is one claim, not a frame. (A hyphenated compound's "based" is no verb.)
 */
function clauseFollows(text: string, tokens: readonly Token[], at: number): boolean {
  // ("…, county records show.": the clause came before.)
  if (/^\s+that\b|^\s*[.!]?\s*$/i.test(text.slice(at))) return true;
  const from = tokenAt(tokens, at);
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.text !== '-') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && tokens[k - 1]?.text !== '-' && !/ing$/i.test(t.text)) return true;
  }
  return false;
}

/** Token index of the first token starting at or after offset `at`. */
export const tokenAt = (tokens: readonly Token[], at: number): number => {
  const i = tokens.findIndex((t) => t.start >= at);
  return i < 0 ? tokens.length : i;
};

export interface VerbHit {
  /** Token index of the verb's first token (or of the phrase start). */
  tok: number;
  start: number;
  end: number;
  text: string;
  lemma: string;
  cls: FrameClass;
}

/** Verbs whose passive has the person spoken to as its subject ("were told", "was warned"). */
const TOLD_WHOM = new Set(['tell', 'inform', 'brief', 'warn', 'assure', 'advise', 'notify', 'remind', 'ask']);

/** Past participles of reporting verbs: regular ones, and the irregular ones the lexicon has. */
const PARTICIPLE = /ed$|^(?:said|told|written|shown|known|heard|thought|seen|held|given|understood|learnt)$/i;

/** Is token `i` right after a form of "be" ("were told", "was not told", "had been quickly briefed")? */
function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (/^(?:not|never|n’t|n't)$/i.test(tokens[k]!.text) || tokens[k]!.pos === 'ADV')) k--;
  return k >= 0 && /^(?:is|was|were|are|been|be|being|am)$/i.test(tokens[k]!.text);
}

/** Reporting verbs, denial phrasals and decline phrases outside quotations, in order. */
export function verbHits(text: string, tokens: readonly Token[], depth: readonly number[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const covered: Array<[number, number]> = [];
  for (const re of [DECLINE, PHRASAL_DENIAL, PHRASAL_SAY, STATEMENT_COLON, PUT_FIGURE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if ((depth[m.index] ?? 0) > 0) continue;
      if (covered.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
      // "has hit back at Dr. Núñez-Carvajal.": at a person, not at anything they said.
      if (re === PHRASAL_DENIAL && AT_A_PERSON.test(text.slice(m.index + m[0].length))) continue;
      const cls: FrameClass = re === DECLINE ? 'decline' : re === PHRASAL_DENIAL ? 'deny' : re === PUT_FIGURE ? 'confirm' : 'say';
      // "The federation was told of the result": whoever was told of something tells nothing.
      if (re === PHRASAL_SAY && afterBe(tokens, tokenAt(tokens, m.index))) continue;
      // A phrasal "…that" frame ends before "that", so the content starts at it.
      const len = re === STATEMENT_COLON ? m[0].length - 1 : cls === 'say' ? m[0].replace(/\s+that$/i, '').length : m[0].length;
      hits.push({ tok: tokenAt(tokens, m.index), start: m.index, end: m.index + len, text: m[0].slice(0, len), lemma: m[0].toLowerCase(), cls });
      covered.push([m.index, m.index + m[0].length]);
    }
  }
  // "The two-day inquest … heard that …", "The court was told that …": evidence given in a
  // hearing, which the hearing stands for.
  HEARD_THAT.lastIndex = 0;
  for (let m = HEARD_THAT.exec(text); m; m = HEARD_THAT.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    if ((depth[at] ?? 0) > 0 || covered.some(([a, b]) => at >= a && at < b)) continue;
    hits.push({ tok: tokenAt(tokens, at), start: at, end: at + m[1]!.length, text: m[1]!, lemma: 'hear', cls: 'say' });
    covered.push([at, at + m[1]!.length]);
  }
  EVIDENCE_VERB.lastIndex = 0;
  for (let m = EVIDENCE_VERB.exec(text); m; m = EVIDENCE_VERB.exec(text)) {
    if ((depth[m.index] ?? 0) > 0 || covered.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    const clauseStart = Math.max(0, text.lastIndexOf(';', m.index) + 1);
    // ("My own records show …", "Our figures …": the speaker's own evidence, no source of its own.)
    const before = text.slice(clauseStart, m.index);
    // (Or after the clause it frames: "…, a letter seen by the Gazette shows.")
    const trails = /^\s*[.!]?\s*$/.test(text.slice(m.index + m[0].length)) && /,\s*[^,]+$/.test(before);
    if (!DOCUMENT_SUBJECT.test(before) || /^\s*[“"]?(?:my|our)\b/i.test(before) || !(trails || clauseFollows(text, tokens, m.index + m[0].length))) continue;
    hits.push({ tok: tokenAt(tokens, m.index), start: m.index, end: m.index + m[0].length, text: m[0], lemma: 'show', cls: 'say' });
    covered.push([m.index, m.index + m[0].length]);
  }
  tokens.forEach((t, i) => {
    if ((depth[t.start] ?? 0) > 0) return;
    if (covered.some(([a, b]) => t.start >= a && t.start < b)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // wink sometimes tags a verb as ADJ/NOUN ("Haddad branded the report"): accept it between a
    // noun-phrase end and an object start.
    const verbal =
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      (t.pos === 'NOUN' && /ing$/.test(t.text) && prev?.text === ',') ||
      ((t.pos === 'ADJ' || t.pos === 'NOUN') && /ed$/.test(t.text) && !!prev && ['PROPN', 'NOUN', 'PRON'].includes(prev.pos) && !!next && ['DET', 'PRON', 'SCONJ'].includes(next.pos)) ||
      // … and a present tense after a plural subject ("Some supporters claim the board knew").
      (t.pos === 'NOUN' && !/s$/i.test(t.text) && !!prev && ['PROPN', 'NOUN'].includes(prev.pos) && /[^s]s$/i.test(prev.text) && !!next && ['DET', 'PRON', 'SCONJ'].includes(next.pos)) ||
      // … and "said" read as "the said managers" after a subject ("A nurse who asked not to be
      // named said managers had …"): only a determiner makes it that adjective.
      (t.pos === 'ADJ' && t.text === 'said' && !!prev && prev.pos !== 'DET' && prev.pos !== 'ADP');
    if (!verbal) return;
    // Looked up only now: most tokens are no verb at all, and the lookup lower-cases the word.
    const info = reportingVerb(t.text);
    if (!info) return;
    // "the reported call" (a participle used as an adjective).
    if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && /ed$/.test(t.text) && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return;
    // "is said to", "was reported to" (passive hearsay, not a frame).
    if (next?.text === 'to' && prev && /^(?:is|was|were|are|been|be|being)$/i.test(prev.text)) return;
    // A passive: its subject is what was said or denied ("the breach was first confirmed in May",
    // "the valley has been disputed since 1994"), or whoever was told ("staff were not told …",
    // even "told by"). Otherwise "by" names who spoke: "was denied by the ministry".
    if (PARTICIPLE.test(t.text) && afterBe(tokens, i) && (TOLD_WHOM.has(info.lemma) || next?.text.toLowerCase() !== 'by')) return;
    // "called for", "calls on".
    if (info.lemma === 'call' && next && /^(?:for|on|off|up|in|back|out)$/i.test(next.text)) return;
    // "cite" frames only as "sources who cite that …".
    if (info.lemma === 'cite' && next?.text.toLowerCase() !== 'that') return;
    // "Maredia and Oshtara are blaming each other", "trade blame": no one's statement of a cause.
    if (info.lemma === 'blame' && (RECIPROCAL_AFTER.test(text.slice(t.end)) || BLAME_NOUN_BEFORE.test(text.slice(0, t.start)))) return;
    hits.push({ tok: i, start: t.start, end: t.end, text: t.text, lemma: info.lemma, cls: info.cls });
  });
  return hits.sort((a, b) => a.start - b.start);
}
