/**
 * Reporting frames: where a sentence says who says what. Finds the speaker span, the reporting
 * verb (or decline/denial phrase) and the content span, for the shapes news prose uses:
 * "X said (that) …", "“…,” X said", "…, X said.", "According to X, …", "X, citing Y, reported …",
 * "X cited Y as saying …", "…, telling a newspaper that …", "with X calling the report false".
 */
import { NEWSROOM_WORD, POINTED_TELLINGS, patterns } from './lexicon.ts';
import { tokenize, type Token } from '../nlp/tokens.ts';
import { startsFiniteClause } from './np.ts';
import { appositiveSpeaker, speakerBefore } from './speaker-span.ts';
import { tokenAt, verbHits, type FrameClass, type VerbHit } from './verb-hits.ts';
import { quoteDepths } from './quotes.ts';
import { decapitalise } from '../claims/text.ts';

export type { FrameClass } from './verb-hits.ts';

export interface Frame {
  /** How the frame was found. */
  shape: 'according' | 'quote-first' | 'trailing' | 'leading' | 'participial';
  /** Raw speaker span ('' when the frame inherits the sentence subject: participial frames). */
  speaker: string;
  /** Raw span of an outlet the speaker is reached through ("the Gazette" in "X, citing Y, …"). */
  via: string | null;
  /** The verb phrase as written ("has denied", "told reporters", "refrained from confirming or denying"). */
  verb: string;
  cls: FrameClass;
  lemma: string;
  /** Offsets in the sentence: whole frame start, and the content span. */
  start: number;
  contentStart: number;
  contentEnd: number;
  content: string;
  /** Addressee of "told X" when it is an outlet-like name ("Bloomberg"), for via. */
  addressee: string | null;
  /** The content was introduced by "that". */
  that: boolean;
}

export interface SentenceFrames {
  main: Frame | null;
  /** Participial frames after the main clause (", denying that …", ", stating, “…”"). */
  extra: Frame[];
}

/** Who a passive denial names after "by": up to a comma, a stop, or when ("on Monday"). Group 1. */
const BY_AGENT = /^\s+by\s+((?:the\s+)?[^,;:.!?“”"()]{2,80}?)\s*(?=[,;:.!?]|$|\s+(?:on|last|in|at|as|after|before|earlier|later|yesterday|today|this|within|shortly)\b)/iu;

/** A telling named in apposition to the clause before it: "…, a figure disputed by …". Group 1: the phrase. */
const APPOSED_TELLING = /,\s+((?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|number|claim|account|estimate|version|assertion|suggestion|allegation|accusation|characteri[sz]ation|description|finding|conclusion|total|count|tally|timeline|date))\s+(?:(?:since|later|also|strongly|flatly|firmly|hotly|fiercely|swiftly|quickly|already)\s+)?$/iu;

/** A passive's subject and auxiliary before its verb: "That figure was", "The report has since been". Group 1: the subject. */
const PASSIVE_SUBJECT = /^\s*([^,;:“”"]{2,80}?)\s+(?:was|were|is|are|has|have|had)(?:\s+(?:since|later|also|strongly|flatly|firmly|hotly|fiercely|swiftly|quickly|already))?(?:\s+been)?(?:\s+(?:since|later|also|strongly|flatly|firmly|hotly|fiercely|swiftly|quickly|already))?\s+$/iu;

/**
 * A denial told in the passive, its denier after "by": "That figure was disputed by the hauliers'
 * association" (what is denied is the subject, which points back), "The cameras recorded 412
 * breaches, a figure disputed by the hauliers' association" (what is denied is the clause the
 * appositive names; that clause is the article's own statement, sentence.ts).
 */
function passiveDenial(text: string, hit: VerbHit): Frame | null {
  const by = BY_AGENT.exec(text.slice(hit.end));
  if (!by) return null;
  const before = text.slice(0, hit.start);
  const frame = (start: number, content: string): Frame => ({
    shape: 'leading',
    speaker: by[1]!.trim(),
    via: null,
    verb: hit.text,
    cls: 'deny',
    lemma: hit.lemma,
    start,
    contentStart: 0,
    contentEnd: start,
    content,
    addressee: null,
    that: false,
  });
  const apposed = APPOSED_TELLING.exec(before);
  if (apposed && apposed.index > 0) return frame(apposed.index + apposed[0].indexOf(apposed[1]!), ` that ${decapitalise(before.slice(0, apposed.index).trim())}`);
  const subject = PASSIVE_SUBJECT.exec(before);
  return subject ? frame(0, ` ${decapitalise(subject[1]!.trim())}`) : null;
}

/**
 * "…, a claim the company denies.", "…, a figure which Cellvance disputes.": the active form of
 * an apposed denial, its agent before the verb, closing the sentence. Null for anything else.
 */
function activeApposedDenial(text: string, hit: VerbHit): Frame | null {
  if (!/^\s*[.!]?[”"’]?\s*$/.test(text.slice(hit.end))) return null;
  const before = text.slice(0, hit.start);
  const m = ACTIVE_APPOSED.exec(before);
  if (!m || m.index === 0 || /^(?:it|he|she|they|we|i|you)$/i.test(m[2]!)) return null;
  return {
    shape: 'leading',
    speaker: m[2]!.trim(),
    via: null,
    verb: hit.text,
    cls: 'deny',
    lemma: hit.lemma,
    start: m.index + m[0].indexOf(m[1]!),
    contentStart: 0,
    contentEnd: m.index,
    content: ` that ${decapitalise(before.slice(0, m.index).trim())}`,
    addressee: null,
    that: false,
  };
}

/** ", a claim (that) the company (strongly) …" before the verb. Groups: 1 the telling, 2 its denier. */
const ACTIVE_APPOSED = /,\s+((?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|number|claim|account|estimate|version|assertion|suggestion|allegation|accusation|characteri[sz]ation|description|finding|conclusion|total|count|timeline|date))\s+(?:that\s+|which\s+)?((?:the\s+)?(?-i:\p{Lu})?[^,;:“”"]{1,60}?)\s+(?:(?:has|have|also|strongly|flatly|firmly|hotly|fiercely|still|categorically)\s+)*$/iu;

/** "Sjöberg's reply, in full:", "The ministry's statement read:" before a quotation. */
const POSSESSIVE_REPLY = /^\s*((?:[Tt]he\s+\p{L}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})[’']s\s+(reply|response|answer|statement|comment|message|verdict)(?:,\s*in\s+full,?|\s+(?:read|reads|said|says|was))?\s*:\s*(?=[“"])/u;

/** "I am told by X that", "We have been told by X that". Group 1: X. */
const TOLD_BY_THAT = /^\s*(?:I|we)\s+(?:am|was|were|are|have\s+been|had\s+been|'ve\s+been|’ve\s+been)\s+(?:also\s+)?told\s+by\s+([^,;:“”"]{3,100}?)\s+that\s+/i;

const ACCORDING_START = /^\s*(?:[“"]?\s*)?according\s+to\s+([^,]+?),\s*/i;
// (The source may end in its name: "…, according to her spokeswoman, Sigríður Ólafsdóttir.", or be
// followed by who they are: "…, according to Anita Ferreira, a lecturer in sports finance.")
const ACCORDING_END = /,?\s+according\s+to\s+([^,;]+?(?:,\s+(?-i:\p{Lu})(?:[\p{L}’'-]|\.(?=\s*\p{L}))*(?:\s+(?-i:\p{Lu})(?:[\p{L}’'-]|\.(?=\s*\p{L}))*){0,3})?(?:,\s+(?:a|an|the)\s+[^,;“”"]+?)?)\s*[.!]?\s*[”"]?\s*$/iu;
/**
 * "…, according to X, <a phrase going on with the claim>": a comparison or a measure ("well below
 * the harmful level"), not who X is ("…, according to Dan Whitcombe, threat researcher at …").
 * Groups: 1 the source, 2 the phrase.
 */
const ACCORDING_MID = /,\s+according\s+to\s+([^,;“”"]+?),\s+((?:well|far|just|still|only|about|around|roughly|nearly|almost|more|less|fewer|up|down|below|above|under|over|compared|despite|making|bringing|double|twice|half)\b[^,;“”"]*?\s*[.!]?)\s*$/i;
const TAIL_OK = /^(?:\s*(?:,\s*)?(?:at|on|in|to|during|after|before|without|with|from|shortly|late|early|(?:last|this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend)|today|tonight|overnight|yesterday|earlier|later|adding|when|while|as|according|via|referring|speaking)\b[^“”"]*)?\s*[.!]?\s*$/i;

/**
 * What follows a tag between two clauses: ", and <a clause of its own>", or a reason the speaker
 * gives (", because <clause>": "Attacks have risen sharply, experts say, because gangs believe
 * hospitals are more likely to pay"). Groups 1 and 3 the joining word, 2 and 4 the clause up to the final stop.
 */
const AND_CLAUSE = /^\s*,\s*(?:(and)\s+((?:the|a|an|it|he|she|they|we|there|his|her|its|their|this|that|\p{Lu})[^“”"]*?\s+\p{Ll}[^“”"]*?)|(because)\s+(\p{L}[^“”"]*?\s+\p{Ll}[^“”"]*?))\s*[.!]?\s*$/u;

/**
 * Whom "told" names before the rest of a trailing frame: "…, the chief told reporters.", "…,
 * Okafor told the Courier on Wednesday.", "…, she told Channel 4." (an outlet or a person:
 * capitalised words, and a channel's number).
 */
const TOLD_ADDRESSEE = /^\s+(?:reporters|journalists|the\s+(?:press|media|newspaper|paper|agency|station)|(?:the\s+)?\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'.-]*|\d+)){0,3})(?=[\s,.!]|$)/u;

/**
 * "I am told by staff at the hospital that …": the speaker passes on what others told them, and
 * those others are who speaks (a quotation's words too: contentUnits asks this of them).
 */
export function toldByFrame(text: string, stops: readonly number[] = []): Frame | null {
  const told = TOLD_BY_THAT.exec(text);
  if (!told) return null;
  const cs = told[0].length;
  const ce = contentEndFrom(text, cs, stops);
  return { shape: 'leading', speaker: told[1]!, via: null, verb: 'told', cls: 'say', lemma: 'tell', start: told.index, contentStart: cs, contentEnd: ce, content: text.slice(cs, ce), addressee: null, that: true };
}

/** Where a clause begins: content stops at a later participial frame or trailing "X said". */
function contentEndFrom(text: string, from: number, stops: readonly number[]): number {
  let end = text.length;
  for (const s of stops) if (s > from && s < end) end = s;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Is token `j` the number of a name ("Channel 9", "Radio 4", "North 6 News", "VBC One")? A short number
 * after a proper noun, before a pronoun or determiner that opens the clause ("told Channel 9
 * they had …") or before the rest of the name, not before a noun it counts ("told Reuters 12
 * buses were late").
 */
function numberedName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  const opensClause = !!next && (next.pos === 'PRON' || next.pos === 'DET');
  const nameGoesOn = !!next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
  // ("told VBC One the true figure was …": a capitalised number word is a name's too.)
  return !!t && (t.pos === 'NUM' || t.pos === 'PROPN') && /^(?:\d{1,2}|One|Two|Three|Four|Five)$/.test(t.text) && tokens[j - 1]?.pos === 'PROPN' && (opensClause || nameGoesOn);
}

/** Addressee after "told": up to "that", a comma, a colon or a quote, when short and verbless. */
const POSSESSIVE_DET = /^(?:our|their|his|her|its|my|your)$/i;

function addresseeAfter(text: string, tokens: readonly Token[], verbTok: number): { end: number; text: string } | null {
  const rest = text.slice(tokens[verbTok]!.end);
  const lex = patterns.addressee.exec(rest.trimStart());
  if (lex) {
    const start = tokens[verbTok]!.end + (rest.length - rest.trimStart().length);
    return { end: start + lex[0].length, text: lex[0] };
  }
  for (let j = verbTok + 1; j < tokens.length && j <= verbTok + 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    // "told WTBK his office “had not received …”": a possessive opens what was told.
    if (j > verbTok + 1 && /^(?:his|her|its|their|our|my)$/i.test(t.text)) {
      const end = tokens[j - 1]!.end;
      return { end, text: text.slice(tokens[verbTok + 1]!.start, end) };
    }
    const last = j === tokens.length - 1 && /^[.!]$/.test(t.text);
    if (/^(?:that|,|:|“|")$/i.test(t.text) || last) {
      if (j === verbTok + 1) return null;
      const end = tokens[j - 1]!.end;
      return { end, text: text.slice(tokens[verbTok + 1]!.start, end) };
    }
  }
  // "told Bloomberg there had been no meeting": a short addressee, then a clause ("told
  // Channel 9 they had not heard": a name may end in a number).
  for (let j = verbTok + 1; j < tokens.length && j <= verbTok + 3; j++) {
    const t = tokens[j]!;
    if (!['PROPN', 'NOUN', 'DET', 'PRON'].includes(t.pos) && !numberedName(tokens, j)) break;
    // Inside a name ("North | 6 | News"), or its article ("told the Courier the train …"): it goes on.
    // (A possessive is the next noun's: "told our team …" has no addressee "our".)
    // (Or the newsroom word of an outlet's name: "told WCTV News they were asked …".)
    const next = tokens[j + 1];
    if (t.pos === 'DET' || POSSESSIVE_DET.test(t.text) || numberedName(tokens, j + 1) || (numberedName(tokens, j) && next?.pos === 'PROPN') || (next && /^\p{Lu}/u.test(next.text) && NEWSROOM_WORD.test(next.text))) continue;
    const end = t.end;
    // ("told me this morning it has agreed to nothing": when it was told is no part of what.)
    const when = TOLD_WHEN.exec(text.slice(end));
    if (when && startsFiniteClause(text.slice(end + when[0].length))) return { end: end + when[0].length, text: text.slice(tokens[verbTok + 1]!.start, end) };
    if (startsFiniteClause(text.slice(end))) return { end, text: text.slice(tokens[verbTok + 1]!.start, end) };
  }
  return null;
}

/** When something was told, right after whom: "this morning", "yesterday", "on Monday", "last week". */
const TOLD_WHEN = /^\s+(?:this\s+(?:morning|afternoon|evening|week)|yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight|earlier(?:\s+today)?|last\s+(?:night|week|month)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?=\s)/iu;

/** Skip "that", "on Monday that", "the same day that" before the content; `that` tells whether it did. */
function skipToThat(tokens: readonly Token[], at: number): { at: number; that: boolean } {
  const to = thatEnd(tokens, at);
  return { at: to, that: to !== at };
}

/** A negation right before a verb, or one word between: "did not deny", "has never publicly said". */
const NEGATED_BEFORE = /\b(?:not|never|n[’']t)\s+(?:\p{L}+\s+){0,1}?$/iu;

/** What someone told, as a noun "that" may point back at (POINTED_TELLINGS). */
const REPORT_NOUN = new RegExp(`^(?:${POINTED_TELLINGS.join('|')})$`, 'i');

/**
 * Sources a speaker relays, then their verb: "Engineers (who) I have spoken to say (that)", "One
 * listener, who gave her name only as Jo, has texted to say". Groups: 1 the sources, 2 the verb.
 */
const RELAYED = /^(?:((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+(?:\s+(?:who|whom|that))?\s+(?:I|we)\s+(?:have\s+|[’']ve\s+)?(?:spoken|talked)\s+to)\s+(say|said)|((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+(?:,\s+who\s[^,;“”"]{2,60},)?)\s+((?:has|have|had)\s+(?:texted|emailed|e-mailed|written|called|phoned|rung|messaged)(?:\s+in)?\s+to\s+say))\s+(?:that\s+)?(?=\S)/iu;

/** A quotation's opening mark, as a token. */
const OPENING_MARK = /^[“"‘]$/;

/** Nouns of a time a statement was made at ("the day before", "a week ago"). */
const TIME_NOUN = /^(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|time|weekend|hour|hours)$/i;

function thatEnd(tokens: readonly Token[], at: number): number {
  const i0 = tokenAt(tokens, at);
  for (let j = i0; j < tokens.length && j < i0 + 7; j++) {
    const t = tokens[j]!;
    // ("has said that is not the case": "that" is what is, not a complementiser.)
    if (t.text.toLowerCase() === 'that' && /^(?:is|was|isn[’']t|wasn[’']t)$/i.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.pos === 'AUX') break;
    // ("said that claim was without foundation": "that claim" is what was just told, no clause.)
    // ("We reject that characterisation.": the telling pointed at, all that is rejected.)
    if (t.text.toLowerCase() === 'that' && REPORT_NOUN.test(tokens[j + 1]?.text ?? '') && /^(?:is|was|were|are|had|has|[.,;!?”"’]|)$/i.test(tokens[j + 2]?.text ?? '')) break;
    if (t.text.toLowerCase() === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) {
      const between = tokens.slice(i0, j);
      if (between.some((b) => b.pos === 'VERB' || b.pos === 'AUX' || OPENING_MARK.test(b.text))) return at;
      // "said the section of deck that fell … collapsed at 2.40pm": a thing, and "that" opens
      // what it did; not "said the day before that …".
      if (j > i0 && /^(?:the|a|an)$/i.test(between[0]!.text) && !between.some((b) => b.entity === 'DATE' || TIME_NOUN.test(b.text))) return at;
      if (j === i0 || between.length <= 5) return t.end;
    }
    // "said in an email: “…”", "said on Monday: “…”": what was said starts at the colon, as in "said: “…”".
    if (t.text === ':' && j > i0 && OPENING_MARK.test(tokens[j + 1]?.text ?? '') && !tokens.slice(i0, j).some((b) => b.pos === 'VERB' || b.pos === 'AUX')) return t.start;
    // (Past a colon or an opening mark the words are the quotation's: "replied: ‘That is not true.’")
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ':' || OPENING_MARK.test(t.text)) break;
  }
  // "said on Tuesday it would close …", "said Tuesday it would …": the day is when it was said.
  let k = i0;
  if (/^(?:on|last|this|earlier|late)$/i.test(tokens[k]?.text ?? '')) k++;
  const day = k;
  while (tokens[k]?.entity === 'DATE') k++;
  if (k > day && tokens[k] && /^(?:it|he|she|they|we|the|a|an|its|his|her|their|our)$/i.test(tokens[k]!.text)) return tokens[k]!.start;
  return at;
}

/**
 * A conditional opening right before a speaker: "If", "Unless", "Until", "Whether" (not "Once":
 * "Once the minister said so, markets rallied" tells that she did).
 */
const CONDITION_BEFORE = /(?:^|[\s,;—–(])(?:if|unless|until|whether|even\s+if|only\s+if)\s+$/i;

/** A speaker that is no one: "Nobody", "No one", "None of them", "Not one official". */
const NOBODY = /^(?:nobody|no\s*-?\s*one|none|not\s+(?:one|a\s+single)|neither)\b/i;

/** The speaker's own figures as a subject: "Our figures", "my own records", "our internal data". */
const OWN_EVIDENCE = /^(?:our|my)\s+(?:own\s+|internal\s+|latest\s+)?(?:figures|data|numbers|tallies|tally|records|estimates?|analysis|calculations|research|polling|count|sums|modelling|modeling|evidence)$/i;

/** A time or reason clause opening right before a speaker: "…, weeks before", "…, after", "…, because". */
const SUBORDINATE_BEFORE = /[\p{L},]\s+(?:(?:days|weeks|months|years|hours)\s+)?(?:before|after|since|until|while|because|although|though)\s+$/iu;

/** A report and what it says: "reports that", "the claim that", "media reports that", "Corvane's claim that". */
const REPORT_THAT_WORDS = `(?:(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2}['’]s\\s+)?(?:(?:the|these|those|such|any|all|recent|media|press)\\s+){0,3}${patterns.reportNoun.source}\\s+that`;
/** …opening the content: "reports that the mayor had resigned were baseless". */
const REPORT_THAT = new RegExp(`^${REPORT_THAT_WORDS}\\b`, 'i');
/** …as all the words a frame skips before its content: " reports that ". */
const REPORT_THAT_END = new RegExp(`^\\s*${REPORT_THAT_WORDS}\\s*$`, 'i');

/** Does the content look like reported content (a clause, a quote or a colon list)? */
function contentLooksReported(content: string): boolean {
  const c = content.trim();
  if (c === '') return false;
  if (/^[:“"‘]/.test(c) || /^,\s*[“"]/.test(c)) return true;
  if (/^that\b/i.test(c)) return true;
  // "They never say who they are": an indirect question reports no statement.
  if (/^(?:who|whom|whose|what|which|where|when|why|how|whether)\b/i.test(c)) return false;
  // "The trust says otherwise, but our members …": what is said is only that it differs.
  if (/^(?:otherwise|differently|the\s+opposite)\b/i.test(c)) return false;
  // "reports that the mayor had resigned were baseless"
  if (REPORT_THAT.test(c)) return true;
  return startsFiniteClause(c);
}

/** Verbs of being told, which report only a clause ("understands that …", "has learned that …"). */
export const PRIVY = new Set(['understand', 'learn']);

/** A speaker in the first person: "I", "we". */
const FIRST_PERSON = /^(?:i|we)$/i;

/** Participial frame starts: ", stating …", ", telling …", ", with X calling …" (offsets of the comma). */
function participialStarts(text: string, hits: readonly VerbHit[], depth: readonly number[]): Map<number, { hit: VerbHit; speaker: string; start: number }> {
  const out = new Map<number, { hit: VerbHit; speaker: string; start: number }>();
  for (const h of hits) {
    if (h.cls === 'decline') continue;
    const isIng = /ing$/i.test(h.text.split(/\s+/)[0]!);
    if (!isIng) continue;
    const before = text.slice(0, h.start);
    const plain = /,\s*(?:(?:also|then|later|while|before|after|even|simply|again|further|instead)\s+)?$/i.exec(before);
    if (plain && (depth[plain.index] ?? 0) === 0) {
      out.set(plain.index, { hit: h, speaker: '', start: plain.index });
      continue;
    }
    const withNp = /,\s*with\s+([^,“”]+?)\s+$/i.exec(before);
    if (withNp && (depth[withNp.index] ?? 0) === 0) {
      out.set(withNp.index, { hit: h, speaker: withNp[1]!, start: withNp.index });
      continue;
    }
    // "filed a complaint … in October alleging that managers had falsified records": what a
    // document alleges, with no comma before it, is reported too (by whoever filed it).
    const filed = FILED_ALLEGING.exec(before);
    if (filed && (depth[h.start] ?? 0) === 0 && /^\s+that\s/i.test(text.slice(h.end))) out.set(h.start - 1, { hit: h, speaker: '', start: h.start - 1 });
  }
  return out;
}

/** A document that alleges, then a few words, right before an -ing verb: "a complaint with the agency in October ". */
const FILED_ALLEGING = /\b(?:complaint|lawsuit|suit|petition|motion|claim|letter|filing|grievance)\b[^,.;“”]{0,60}\s$/i;

function frameFrom(
  text: string,
  tokens: readonly Token[],
  hit: VerbHit,
  shape: Frame['shape'],
  speaker: string,
  via: string | null,
  start: number,
  stops: readonly number[],
): Frame {
  let verbEnd = hit.end;
  let addressee: string | null = null;
  if (hit.cls === 'tell') {
    const a = addresseeAfter(text, tokens, hit.tok);
    if (a) {
      verbEnd = a.end;
      addressee = a.text;
    }
  }
  let contentStart = verbEnd;
  let that = false;
  if (hit.cls !== 'deny' && hit.cls !== 'brand' && hit.cls !== 'decline') ({ at: contentStart, that } = skipToThat(tokens, verbEnd));
  // "said reports that X were baseless": the reports are what is said of, not words to skip as
  // in "confirmed reports that X" or "said on Monday that X".
  if (that && REPORT_THAT_END.test(text.slice(verbEnd, contentStart)) && patterns.calledFalse.test(text.slice(contentStart))) {
    contentStart = verbEnd;
    that = false;
  }
  while (contentStart < text.length && /\s/.test(text[contentStart]!)) contentStart++;
  const contentEnd = contentEndFrom(text, contentStart, stops);
  const verb = text.slice(hit.start, verbEnd);
  // Keep auxiliaries with the verb ("has denied"), as words ("Ferris said" has none).
  const aux = /(?<![\p{L}\p{N}’'])((?:has|have|had|will|would|could|did|does|do|is|was|were|are|also|again|later|quickly|repeatedly|previously|long)\s+)+$/iu.exec(text.slice(0, hit.start));
  const verbText = (aux && shape !== 'participial' ? aux[0] : '') + verb;
  return {
    shape,
    speaker,
    via,
    verb: verbText.replace(/\s+/g, ' ').trim(),
    cls: hit.cls,
    lemma: hit.lemma,
    start,
    contentStart,
    contentEnd,
    content: text.slice(contentStart, contentEnd),
    addressee,
    that,
  };
}

/**
 * The speaker of "“…,” Name, role, said" between the quote and the verb: "Colonel Radu
 * Ferenčak, the defence ministry spokesman" (as one span, like a trailing frame's appositive).
 */
/** An appositive of where someone is from, last before the verb: ", from Wendlebury," in "“…,” Ms Ellison, 58, from Wendlebury, said". */
const FROM_PLACE_LAST = /,\s+from\s+\p{Lu}[^,;“”"]{1,40}(?=,\s*(?:(?:also|has|had|later|then)\s+)*$)/u;

function appositiveFirst(between: string): string | null {
  const m = /^\s*,?\s*([^,;“”"]+?),\s+([^,;“”"]+?),\s*(?:(?:also|has|had|later|then)\s+)*$/.exec(between);
  return m ? appositiveSpeaker(m[1]!, m[2]!) : null;
}

const CITING_AFTER = /^((?:\s+[^,“”]{1,30}?)?),\s*citing\s+([^,“”]+?),\s*(?:that\s+)?/i;

/** "X reported on Tuesday, citing three people familiar with the matter, that …". */
function withCitedSources(text: string, f: Frame, hit: VerbHit): Frame {
  const m = CITING_AFTER.exec(text.slice(hit.end));
  if (!m) return f;
  const contentStart = hit.end + m[0].length;
  return { ...f, speaker: m[2]!, via: f.speaker, contentStart, content: text.slice(contentStart, Math.max(contentStart, f.contentEnd)), that: true };
}

/**
 * Offsets of the semicolons outside quotations (each followed by a space) after which a
 * statement of another shape begins: "…; on Tuesday, Tull put the number at …". (One opening
 * with its own speaker, "…; Oshtara says …", is read as a frame inside the first's content,
 * units.ts, which also splits its co-ordinated verbs.)
 */
function topLevelSemicolons(text: string, depth: readonly number[]): number[] {
  const semicolons: number[] = [];
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) if ((depth[i] ?? 0) === 0 && /\s/.test(text[i + 1] ?? '')) semicolons.push(i);
  // Each statement is read up to the next semicolon only: one with none of its own is framed
  // without this search again, so a sentence of many semicolons costs one pass per statement.
  return semicolons.filter((at, k) => {
    const next = findFrames(text.slice(at + 1, semicolons[k + 1] ?? text.length).trimStart()).main;
    return !(next && next.shape === 'leading' && next.start === 0);
  });
}

/** Find the frames of one sentence. */
export function findFrames(text: string): SentenceFrames {
  const tokens = tokenize(text);
  const depth = quoteDepths(text);
  const hits = verbHits(text, tokens, depth);
  const parts = participialStarts(text, hits, depth);
  const partHits = new Set([...parts.values()].map((p) => p.hit));
  // A semicolon outside quotations ends what a frame says: "… said about 3,100 people had been
  // evacuated; on Tuesday, Tull put the number at “roughly 2,300.”" holds a second statement.
  const stops = [...parts.keys(), ...topLevelSemicolons(text, depth)];
  let main: Frame | null = null;

  // 1. "According to X, …" (start) and "…, according to X." (end).
  const accStart = ACCORDING_START.exec(text);
  if (accStart) {
    const cs = accStart[0].length;
    main = {
      shape: 'according',
      speaker: accStart[1]!,
      via: null,
      verb: 'according to',
      cls: 'report',
      lemma: 'according',
      start: 0,
      contentStart: cs,
      contentEnd: contentEndFrom(text, cs, stops),
      content: text.slice(cs, contentEndFrom(text, cs, stops)),
      addressee: null,
      that: false,
    };
  }

  // 1b. A host relaying others: "Engineers I have spoken to say …", "One listener, who gave her
  // name only as Jo, has texted to say …" — theirs, as sourced as they are (no verb of theirs
  // the tagger reads: "to say" looks like an infinitive).
  // (Both forms end in "… to say"/"… to said": most sentences have neither, and skip the pattern.)
  const relay = main || !text.includes(' to sa') ? null : RELAYED.exec(text);
  if (relay && (depth[0] ?? 0) === 0) {
    const cs = relay[0].length;
    main = { shape: 'leading', speaker: (relay[1] ?? relay[3])!.replace(/,$/, '').trim(), via: null, verb: (relay[2] ?? relay[4])!.trim(), cls: 'say', lemma: 'say', start: 0, contentStart: cs, contentEnd: contentEndFrom(text, cs, stops), content: text.slice(cs, contentEndFrom(text, cs, stops)), addressee: null, that: /that\s+$/i.test(relay[0]) };
  }

  // 1b. "I am told by staff at the hospital that …", "I have been told by several people who work
  // at the site that …": the speaker passes on what others told them; those others speak.
  if (!main) main = toldByFrame(text, stops);

  // 2. Quote first: "“…,” X said …" / "“…,” said X."
  if (!main && /^\s*[“"]/.test(text)) {
    const open = text.search(/[“"]/);
    const close = text.slice(open + 1).search(/[”"]/);
    if (close >= 0) {
      const qEnd = open + 1 + close + 1;
      // “They said, and I quote, “your property …,”” she said: a quotation inside closes first,
      // and its mark is no part of who speaks.
      let spokenFrom = qEnd;
      while (/[”"]/.test(text[spokenFrom] ?? '')) spokenFrom++;
      const after = text.slice(qEnd);
      // ("'We slept on the floor': Stranded passengers describe a day without answers": a verb of
      // calling brands the quotation only with a word of falsity after it.)
      const hit = hits.find((h) => h.start >= qEnd && h.cls !== 'decline' && (h.cls !== 'brand' || patterns.falsity.test(text.slice(h.end))));
      if (hit) {
        // ("“…,” Ms Ellison, 58, from Wendlebury, said": where the speaker is from says nothing of who speaks.)
        // (With nothing else between commas, the name alone: ", Ms Ellison, from Wendlebury, " is ", Ms Ellison ".)
        const between = text.slice(spokenFrom, hit.start).replace(FROM_PLACE_LAST, '').replace(/^(\s*,?\s*[^,;“”"]+),(\s*)$/, '$1$2 ');
        const afterVerb = text.slice(hit.end);
        const speakerFirst = /^\s*,?\s*([^,;]+?)\s+(?:(?:also|has|had|later|then)\s+)*$/.exec(between)?.[1] ?? appositiveFirst(between);
        // ("said Mr. Mikenensky": the honorific's stop ends nothing.)
        const verbFirst = /^\s*,?\s*$/.test(between) ? /^\s+((?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sen|Rep)\.\s+)?[^,;.]+?)(?=[,.;]|\s+(?:at|on|in|to|during|after)\b|$)/.exec(afterVerb) : null;
        // ("said a worker who asked not to be named because she still works at the plant": a
        // relative clause goes on to the comma or the end, past "to" and "at".)
        const relative = verbFirst && /\b(?:who|whom|whose)\s/i.test(verbFirst[1]!) ? /^\s+([^,;]+?)\s*(?=[,;]|[.!]?\s*$)/.exec(afterVerb) : null;
        const speaker = speakerFirst ?? relative?.[1] ?? verbFirst?.[1] ?? null;
        if (speaker && /\S/.test(after)) {
          const f = frameFrom(text, tokens, hit, 'quote-first', speaker, null, qEnd, stops);
          main = { ...f, contentStart: open, contentEnd: qEnd, content: text.slice(open, qEnd) };
          // "“We are confident,” Hale added, “that any review will reach the same conclusion.”":
          // one sentence quoted in two parts around the attribution, read as one.
          const first = /^[“"](.*),[”"]$/s.exec(main.content.trim());
          const rest = /^[^“”"]*?,\s*[“"](\p{Ll}[^“”"]*)[”"]\s*$/u.exec(after);
          if (first && rest) main = { ...main, content: `“${first[1]!} ${rest[1]!.replace(/[.!]$/, '')}”` };
        }
      }
    }
  }

  // 3. Leading or trailing frames: the first verb with a subject.
  if (!main) {
    for (const hit of hits) {
      if (partHits.has(hit)) continue;
      // "That figure was disputed by the hauliers", "…, a figure disputed by the hauliers": who
      // denies is the agent after "by", what is denied the subject (or the clause before).
      const passive = hit.cls === 'deny' && (depth[hit.start] ?? 0) === 0 ? (passiveDenial(text, hit) ?? activeApposedDenial(text, hit)) : null;
      if (passive) {
        main = passive;
        break;
      }
      const sp = speakerBefore(text, tokens, hit);
      if (!sp) continue;
      // "If it confirms the first result, the case will go to a tribunal": a condition, not a
      // statement that anyone confirmed anything.
      if (CONDITION_BEFORE.test(text.slice(0, sp.start))) continue;
      // "Nobody told me in June that …": no one said it; the sentence is its speaker's own word.
      // So is "Our figures suggest it was closer to 2,000": the speaker's own evidence, not a source.
      if (NOBODY.test(sp.speaker.trim()) || OWN_EVIDENCE.test(sp.speaker.trim())) continue;
      // "Workers were warned in February …, weeks before the company says it first learned of
      // the bacteria, according to three employees": a frame inside a time clause is part of
      // what the sentence's own source tells (step 4 below).
      if (SUBORDINATE_BEFORE.test(text.slice(0, sp.start)) && ACCORDING_END.test(text)) continue;
      // "The minister did not deny that …", "The city has never explained publicly why …": a
      // statement that someone did not say something (declining aside) frames nothing they said.
      if (hit.cls !== 'decline' && NEGATED_BEFORE.test(text.slice(sp.start, hit.start))) continue;
      // "The Chronicle understands (that) …" (or "…, the Chronicle understands."), "The Gazette
      // has learned that …" report what they were told; "He understands the risks" reports
      // nothing, and "I understand that people are angry" is a hedge.
      if (PRIVY.has(hit.lemma) && (!(/^\s*(?:that\b|[.!]?\s*$)/i.test(text.slice(hit.end)) || startsFiniteClause(text.slice(hit.end))) || FIRST_PERSON.test(sp.speaker))) continue;
      const f = withCitedSources(text, frameFrom(text, tokens, hit, 'leading', sp.speaker, sp.via, sp.start, stops), hit);
      const told = hit.cls === 'tell' ? TOLD_ADDRESSEE.exec(text.slice(hit.end)) : null;
      const tail = text.slice(hit.end + (told ? told[0].length : 0));
      const before = text.slice(0, sp.start);
      // Trailing: "…, X said [at a press conference]." with the content before the speaker.
      const clauseBefore = /[“”"]/.test(before) || tokens.some((t) => t.end <= sp.start && (t.pos === 'VERB' || t.pos === 'AUX'));
      const trailing = /[,”"]\s*$/.test(before) && clauseBefore && hit.cls !== 'decline' && hit.cls !== 'deny' && hit.cls !== 'brand';
      if (trailing && TAIL_OK.test(tail)) {
        main = { ...f, shape: 'trailing', contentStart: 0, contentEnd: sp.start, content: before.replace(/\s*,\s*$/, '') };
        break;
      }
      // A tag between two clauses: "A, Okafor said, and B." — she said both (and "A, experts
      // say, because B": the reason is theirs too).
      const and = trailing ? AND_CLAUSE.exec(tail) : null;
      if (and) {
        const joined = and[1] ?? and[3]!;
        const rest = and[2] ?? and[4]!;
        main = { ...f, shape: 'trailing', contentStart: 0, contentEnd: text.length, content: `${before.replace(/\s*,\s*$/, '')}${joined === 'and' ? ',' : ''} ${joined} ${rest}` };
        break;
      }
      if (hit.cls === 'say' || hit.cls === 'tell' || hit.cls === 'report' || hit.cls === 'confirm') {
        if (!f.that && !contentLooksReported(f.content) && !(hit.cls === 'confirm' && f.content.trim() !== '')) continue;
      }
      if (hit.cls === 'brand' && !patterns.falsity.test(f.content)) continue;
      main = f;
      break;
    }
  }

  // 3b. Inverted trailing frame: "…, said X."
  if (!main) {
    // (Not "told": "…, told Atlantic Newswire." names whom it was told, its speaker before it.)
    // ("…, said Ines Carvalho, the airport's operations manager.", "…, said a neighbour, who asked
    // not to be named.": the speaker, then who they are.)
    const inv = /,\s*[”"]?\s*(said|says|added|noted|stated|wrote|insisted)\s+([^,;“”]+?(?:,\s+(?:the|a|an|its|his|her|their|who|whose)\s+[^,;“”]+?)?)\s*[.!]?\s*$/i.exec(text);
    // "…, said the family was stunned." is a clause after the verb, not who said it (the words
    // before an appositive's comma tell).
    const spanStart = inv ? inv.index + inv[0].lastIndexOf(inv[2]!) : 0;
    const spanHead = inv ? spanStart + inv[2]!.split(',')[0]!.length : 0;
    const clause = inv ? tokens.some((t) => t.start >= spanStart && t.start < spanHead && (t.pos === 'VERB' || t.pos === 'AUX')) : false;
    if (inv && !clause && (depth[inv.index] ?? 0) === 0) {
      const hit = hits.find((h) => h.start >= inv.index);
      if (hit) {
        const f = frameFrom(text, tokens, hit, 'trailing', inv[2]!, null, inv.index, stops);
        main = { ...f, contentStart: 0, contentEnd: inv.index, content: text.slice(0, inv.index) };
      }
    }
  }

  // 3b. "Sjöberg's reply, in full: “…”": whose words, then a colon and the quotation.
  if (!main) {
    const reply = POSSESSIVE_REPLY.exec(text);
    if (reply && (depth[reply.index] ?? 0) === 0) {
      const contentStart = reply[0].length;
      main = {
        shape: 'leading',
        speaker: reply[1]!,
        via: null,
        verb: reply[2]!,
        cls: 'say',
        lemma: 'say',
        start: 0,
        contentStart,
        contentEnd: text.length,
        content: text.slice(contentStart),
        addressee: null,
        that: false,
      };
    }
  }

  // 4. "…, according to X." (or between a claim and a phrase that goes on with it, no verb of
  // its own: "Readings never rose above 12 ppm, according to the fire service, well below the
  // harmful level.")
  if (!main) {
    const mid = ACCORDING_MID.exec(text);
    const tailAt = mid ? mid.index + mid[0].length - mid[2]!.length : -1;
    if (mid && (depth[mid.index] ?? 0) === 0 && !tokens.some((t) => t.start >= tailAt && (t.pos === 'VERB' || t.pos === 'AUX'))) {
      const content = `${text.slice(0, mid.index)}, ${mid[2]!.replace(/\s*[.!]\s*$/, '')}`;
      main = { shape: 'according', speaker: mid[1]!, via: null, verb: 'according to', cls: 'report', lemma: 'according', start: mid.index, contentStart: 0, contentEnd: text.length, content, addressee: null, that: false };
    }
  }
  if (!main) {
    const accEnd = ACCORDING_END.exec(text);
    if (accEnd && (depth[accEnd.index] ?? 0) === 0) {
      main = {
        shape: 'according',
        speaker: accEnd[1]!,
        via: null,
        verb: 'according to',
        cls: 'report',
        lemma: 'according',
        start: accEnd.index,
        contentStart: 0,
        contentEnd: accEnd.index,
        content: text.slice(0, accEnd.index),
        addressee: null,
        that: false,
      };
    }
  }

  // 4b. What records show, their description too long for a speaker span: "Inspection records
  // filed with the Commission, and reviewed by the Register, show that …", "Documents seen by the
  // Evening Post also show that …". Only a clause is what they show ("accounts show a loss of
  // £31 million" is one claim, the records' words no frame).
  if (!main) {
    const hit = hits.find((h) => h.lemma === 'show');
    const subject = hit ? text.slice(0, hit.start).replace(/[\s,]+$/, '') : '';
    // (The description holds no verb of its own but participles: "filed", "reviewed", "seen".)
    const ownVerb = tokens.some((t) => t.end <= subject.length && (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|en)$/i.test(t.text));
    if (hit && subject !== '' && !ownVerb && !/[:;“”"]/.test(subject) && (depth[hit.start] ?? 0) === 0) {
      const f = frameFrom(text, tokens, hit, 'leading', subject, null, 0, stops);
      if (f.that || contentLooksReported(f.content)) main = f;
    }
    // After the clause it frames: "…, a letter seen by the Gazette shows."
    const comma = hit && /^\s*[.!]?\s*$/.test(text.slice(hit.end)) && (depth[hit.start] ?? 0) === 0 ? subject.lastIndexOf(',') : -1;
    const described = comma > 0 ? subject.slice(comma + 1).trim() : '';
    if (!main && hit && described !== '' && !/[:;“”"]/.test(described) && !tokens.some((t) => t.start > comma && t.end <= subject.length && (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|en)$/i.test(t.text))) {
      const start = text.indexOf(described, comma);
      main = { ...frameFrom(text, tokens, hit, 'trailing', described, null, start, stops), contentStart: 0, contentEnd: start, content: text.slice(0, comma) };
    }
  }

  // 5. Participial frames after the main clause.
  const extra: Frame[] = [];
  // "X called the report speculation and said …": a second frame of the same speaker.
  // (So does "X put the number of cans at 1.8 million and said …".)
  if (main && (main.cls === 'deny' || main.cls === 'brand' || main.cls === 'decline' || (main.cls === 'confirm' && /^put/.test(main.lemma)))) {
    const co = hits.find((h) => {
      if (h.start <= main!.contentStart || h.start >= main!.contentEnd || partHits.has(h)) return false;
      let k = h.tok - 1;
      while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
      return k >= 0 && /^(?:and|but)$/i.test(tokens[k]!.text) && (depth[tokens[k]!.start] ?? 0) === 0;
    });
    if (co) {
      let k = co.tok - 1;
      while (tokens[k]!.pos === 'ADV') k--;
      const cut = tokens[k]!.start;
      const content = text.slice(main.contentStart, cut).replace(/[\s,]+$/, '');
      const second = frameFrom(text, tokens, co, 'participial', '', null, cut, stops);
      main = { ...main, content, contentEnd: main.contentStart + content.length };
      if (co.cls !== 'brand' || patterns.falsity.test(second.content)) extra.push(second);
    }
  }
  const sorted = [...parts.values()].sort((a, b) => a.start - b.start);
  // "X filed a complaint alleging that Y, according to Z": Z tells of both, and Y ends where Z is named.
  const accordingAfter = main && main.shape === 'according' && main.start > 0 ? main.start : -1;
  if (main && accordingAfter > 0 && sorted.length > 0 && sorted[0]!.start < main.contentEnd) {
    const content = text.slice(0, sorted[0]!.start).replace(/[\s,]+$/, '');
    main = { ...main, content, contentEnd: content.length };
  }
  sorted.forEach((p, k) => {
    if (main && p.start < main.contentStart && main.shape !== 'trailing') return;
    const laterStops = [...sorted.slice(k + 1).map((q) => q.start), ...(accordingAfter > p.start ? [accordingAfter] : [])];
    const f = frameFrom(text, tokens, p.hit, 'participial', p.speaker, null, p.start, laterStops);
    if (p.hit.cls === 'brand' && !patterns.falsity.test(f.content)) return;
    if ((p.hit.cls === 'say' || p.hit.cls === 'tell' || p.hit.cls === 'report') && !f.that && !contentLooksReported(f.content)) return;
    extra.push(f);
  });
  // A trailing "he said" after a leading frame belongs to it: cut it from the content.
  if (main && main.shape === 'leading') {
    const tailFrame = /,?[”"]?\s*,?\s*(?:he|she|they|it)\s+(?:said|added|says|noted)\s*[.!]?\s*$/i.exec(main.content);
    if (tailFrame) {
      const cut = main.content.slice(0, tailFrame.index) + (/[”"]/.test(tailFrame[0]) ? '”' : '');
      main = { ...main, content: cut, contentEnd: main.contentStart + cut.length };
    }
  }
  // "The council said its cameras recorded 412 breaches, a figure disputed by the hauliers'
  // association.": the council's statement ends at the appositive, which the hauliers deny.
  if (main && main.cls !== 'deny' && main.contentStart < main.contentEnd) {
    for (const hit of hits) {
      if (hit.cls !== 'deny' || hit.start <= main.contentStart || hit.start >= main.contentEnd || (depth[hit.start] ?? 0) !== 0) continue;
      const denial = passiveDenial(text, hit) ?? activeApposedDenial(text, hit);
      const comma = denial && denial.start > main.contentStart ? text.lastIndexOf(',', denial.start) : -1;
      if (!denial || comma <= main.contentStart) continue;
      const content = text.slice(main.contentStart, comma);
      main = { ...main, content, contentEnd: comma };
      extra.push({ ...denial, content: ` that ${decapitalise(content.replace(/^\s*that\s+/i, '').trim())}` });
      break;
    }
  }
  // "The court heard that …": what witnesses told the hearing, not the hearing's own word.
  if (main && main.lemma === 'hear') main = { ...main, speaker: `evidence heard by ${main.speaker.trim().replace(/^The\b/, 'the')}` };
  return { main, extra };
}

