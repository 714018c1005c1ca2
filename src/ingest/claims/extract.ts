/**
 * Attribution + decomposition: from the sentences of ONE article (in order) to claim units.
 *
 * Per sentence: find the reporting frame (who says what), resolve the speaker against the
 * article's register of people and outlets, split the content into standalone clauses, and
 * give each a stance (asserts / reports / denies / declines). Denials of a report yield two
 * units: the report's content ('reports') and the denial itself ('denies').
 *
 * Conventions for the attribution of a unit:
 * - a named person or an organisation speaking for itself → kind 'named';
 * - unnamed sources ("officials", "people familiar with …", "experts") → 'anonymous',
 *   with `via` = the outlet that cites them, when the sentence says so;
 * - an outlet's own report ("The Gazette reported that …", "according to the paper") →
 *   speaker null, kind 'none', via = the outlet, stance 'reports';
 * - the article's own unsourced statement → speaker null, kind 'none', via null, 'asserts'.
 */
import type { Attribution, Sentence, Stance } from '../types.ts';
import { tokenize, withTokenScope } from '../nlp/tokens.ts';
import { clauseSubject } from '../attribution/np.ts';
import { findFrames, type Frame } from '../attribution/frames.ts';
import { announcesList, isListItem, openingPerson, printedTexts, writerOf } from './printed.ts';
import { BODY_OF, createContext, noteCompanyNames, learnFromText, noteSentence, personIn, type Person, type SpeakerContext } from '../attribution/speakers.ts';
import { personByRole } from '../attribution/people.ts';
import { clearsThroat, skipReason } from './candidates.ts';
import { quoteRuns } from './quote-runs.ts';
import { sentenceUnits } from './sentence.ts';
import { speechOf, type Speech } from './speech.ts';
import { contentUnits, frameUnits, speaksOfOwnEarlier, type Emitter } from './units.ts';
import { headsOpenQuestions, isBarePhrase, isConditional, isInstruction, isOwnStance, isPledge, isPrescription, isSubjectless, isWriterAside, saysOnlyOtherwise } from './candidates.ts';
import { capitalise, decapitalise, pastTense, shorten, singularVerb, thirdPerson, tidy } from './text.ts';
import { HEDGE_WORDS, isNumberWord, numberWordValue } from '../verdicts/figures.ts';
import { patterns } from '../attribution/lexicon.ts';
import { dropAccordingInserts, firstReportedClause } from './shorten.ts';
import { secondReportedClause } from './decompose.ts';
import { doubleSingleQuotes, restoreSingleQuotes } from './single-quotes.ts';
import { withArticleSpelling } from './speaker-spelling.ts';
import { introducedSpeaker, onlyDiffers } from './speaker-intro.ts';
import { denialsGoOn } from './denial-follow-up.ts';
import { isFalsityStatement, pointsBackAtLast } from './denial.ts';
import { TRANSCRIPT_TURNS, labelLine, opensWithLabel, turnLabel } from './transcript.ts';
import type { PressRelease } from './press-release.ts';

export interface ClaimUnit {
  /** Sentence.n of the sentence the unit comes from. */
  sentence: number;
  /** Sentence.text, verbatim. */
  quote: string;
  /** The claim: the reported content as a standalone clause (≤ 120 characters). */
  text: string;
  /** The same clause before shortening (", according to X," inserts aside: see dropAccordingInserts): matching compares the whole content. */
  full: string;
  attribution: Attribution;
  stance: Stance;
  /** For stance 'denies': the denied content as a clause/phrase, or null when only anaphoric. */
  denial?: { target: string | null; pointsBack?: true; goesOn?: true; owner?: string; retracts?: true };
  /** For "there was no conversation": the negated event noun phrase. */
  negatedEvent?: string;
  /** From a headline or subheading: a teaser of what the article's sentences tell. */
  heading?: true;
  /**
   * Who a leading "It" is, when an organisation speaks of itself ("The regulator confirmed it had
   * opened …"): the title names it; matching reads the words as written. Consumed by the emitter.
   */
  subject?: string;
}

export interface ExtractOptions {
  /** Outlets known in advance (credited agencies): helps "the paper". */
  outlets?: readonly string[];
  /** The outlet publishing the article: when it speaks of itself, that is the article's own voice. */
  publisher?: string | null;
  /** The press release the article prints (press-release.ts), if it does. */
  release?: PressRelease | null;
  /** A block's text: a paragraph's "Q: " or "A: " label is cut off its first sentence, and read from here. */
  blockText?: (block: number) => string;
}

/**
 * "The Post wrote that A. The two sides also B.": a sentence right after a relayed report that
 * opens with the report's parties and "also", and has no source of its own, goes on telling the
 * report: its units take the report's attribution and stance instead of the article's own voice.
 */
const CONTINUES_REPORT = /^(?:the two (?:sides|leaders|men|presidents)|both (?:sides|leaders|men)|they|he|she)\s+(?:\p{L}+\s+)?also\b/iu;

/** A line announcing a list of demands: "The HCNU is calling on:", "We are asking for:", "The group demands:". */
const DEMANDS = /\b(?:call(?:s|ing|ed)?\s+(?:on|for|upon)|demand(?:s|ing|ed)?|urg(?:es|ing|ed)|ask(?:s|ing|ed)?\s+(?:for|that)|want(?:s|ing)?)\s*(?:the\s+following)?\s*:\s*$/i;

/** A quotation's words without the marks around them. */
const withoutOuterMarks = (text: string): string => text.trim().replace(/^[“"]/, '').replace(/[”"]$/, '');

/**
 * An editor's note or a correction opening a paragraph ("Correction: An earlier version of this
 * story misstated … It opened in 1978, not 1987.", "Correction, April 18: …", "This article was
 * amended on 16 August 2025. An earlier version said …"): the newsroom speaking of its page, not
 * of the story; all of the paragraph is the note.
 */
const EDITORS_NOTE = /^\s*(?:editor[’']s\s+note|note\s+to\s+readers|publisher[’']s\s+note|correction|clarification|corrections?\s+and\s+clarifications?)(?:\s*[,(–—-]\s*[\p{L}\p{N} ,.]{1,30}?\)?)?\s*:|^\s*this\s+(?:article|story|report|page|piece)\s+(?:was|has\s+been)\s+(?:amended|updated|corrected|changed)\b/iu;

/**
 * The newsroom's own earlier words: "We earlier reported that …", "Earlier, we said …", "An
 * earlier entry said …", "A previous version of this article stated …".
 */
const OWN_EARLIER = /^(?:(?:correction|update|clarification)[.:]\s+)?(?:in\s+(?:our|an?|the)\s+(?:earlier\s+|previous\s+|last\s+)?(?:update|post|entry|report|story|article|version|bulletin)\b[^,;]{0,40}?,?\s+we\s+(?:had\s+)?(?:reported|said|stated|wrote|gave)|we\s+(?:had\s+)?(?:earlier|previously|initially|originally|wrongly|mistakenly|incorrectly)\s+(?:reported|said|stated|wrote|gave)|(?:earlier|previously)\s*,?\s+we\s+(?:had\s+)?(?:reported|said|stated|wrote|gave)|an?\s+(?:earlier|previous)\s+(?:entry|version|post|update|report|story|article)(?:\s+of\s+this\s+\p{L}+)?\s+(?:said|stated|reported|gave|put))\b/iu;

/**
 * Someone's telling of the right fact, of a few words at least: "The museum has since told us that
 * the estimated value of the items is £850,000" (not "The state Department of Health says five have been").
 */
function toldOfRight(text: string): boolean {
  const frame = findFrames(text).main;
  return frame !== null && frame.shape === 'leading' && frame.content.trim().split(/\s+/).length >= 5;
}

/** An asker's case in the first person singular: "My flight was cancelled.", "I booked through an agent." */
const ASKERS_CASE = /^(?:my|i|i[’']m|i[’']ve|i[’']d)\s/i;

/** Words that withdraw it in the same sentence: "…; that was wrong", "we wrongly reported …". */
const OWN_WORDS_WRONG = /^(?:correction[.:]\s+)?we\s+(?:had\s+)?(?:wrongly|mistakenly|incorrectly)\b|[;,—–-]\s*(?:that|this)\s+(?:was|is)\s+(?:wrong|incorrect|inaccurate|not\s+(?:correct|true|the\s+case)|an\s+error|a\s+mistake)\b/iu;

/**
 * A speaker announcing what they answer: "And I want to deal with what the councillor said on
 * Tuesday about lorries breaking the weight limit." Group 1: what it was about.
 */
const ANSWERS_WHAT = /\b(?:deal\s+with|respond\s+to|answer|address|come\s+to|turn\s+to|pick\s+up\s+on)\s+what\s+[^.;:]{2,60}?\s+(?:said|claimed|suggested|told\s+[^.;:]{2,30}?)\s+(?:(?:on|last|this|at|in)\s+[^.;:]{2,30}?\s+)?about\s+([^.;:]{4,80}?)\s*[.!]?\s*$/i;

/**
 * "… I want to deal with what the councillor said on Tuesday about lorries breaking the weight
 * limit. That is categorically untrue.": the "That" of a denial right after such a sentence of
 * the speaker's (which tells no claim of its own) is what it announced, not the last claim the
 * article told before it.
 */
function answersAnnounced(u: ClaimUnit, sentences: readonly Sentence[], units: readonly ClaimUnit[]): ClaimUnit {
  if (u.stance !== 'denies' || !u.denial?.pointsBack || u.denial.target !== null) return u;
  const before = sentences.find((s) => s.n === u.sentence - 1);
  const about = before ? ANSWERS_WHAT.exec(before.text.replace(/[”"’]+\s*$/, '')) : null;
  if (!about || units.some((v) => v.sentence === before!.n)) return u;
  return { ...u, denial: { target: about[1]! } };
}

/** What the newsroom says it said: "…, we said 32 ships had been diverted from Carrow Sound.", "An earlier version of this page said the river peaked at 4.2 metres." Group 1. */
const OWN_SAID = /\b(?:we|an?\s+(?:earlier|previous)\s+(?:entry|version|post|update|report|story|article)(?:\s+of\s+this\s+\p{L}+)?)\s+(?:had\s+)?(?:earlier\s+|previously\s+|initially\s+|originally\s+|wrongly\s+|mistakenly\s+|incorrectly\s+)?(?:said|reported|stated|wrote)\s+(?:that\s+)?([^;]{8,}?)\s*(?:[;,—–-]\s*(?:that|this)\s+(?:was|is)\b.*)?[.!]?$/iu;

/** A number as digits ("1,100") or one word ("eleven"), as a value; undefined for "hundreds". */
function numberValue(n: string): number | undefined {
  return /^\d/.test(n) ? Number(n.replace(/,/g, '').replace(/\.$/, '')) : numberWordValue(n.toLowerCase());
}

/** The values of the numbers a text tells, in digits or in words (lower case). */
function numberValues(text: string): Set<number> {
  const out = new Set<number>();
  for (const n of text.match(/\d[\d,.]*|\p{L}+/gu) ?? []) {
    const v = numberValue(n);
    if (v !== undefined && Number.isFinite(v)) out.add(v);
  }
  return out;
}

/**
 * Does a sentence tell what a correction withdraws: the same numbers, and most of its words
 * ("At least 32 ships have now been diverted from Carrow Sound to other ports" for "32 ships had
 * been diverted from Carrow Sound")?
 */
function tellsWithdrawn(withdrawn: string, sentence: string): boolean {
  const told = sentence.toLowerCase();
  // (Numbers in words too: "nine people" is not "six people"; and "11 people" is "Eleven people".)
  const numbers = [...(withdrawn.match(/\d[\d,.]*/g) ?? []), ...(withdrawn.toLowerCase().match(/\p{L}+/gu) ?? []).filter(isNumberWord)];
  const values = numberValues(told);
  const toldAgain = (n: string): boolean => values.has(numberValue(n) ?? NaN) || new RegExp(`(?<![\\p{L}\\d])${n.replace(/[.]/g, '\\.')}(?![\\p{L}\\d])`, 'u').test(told);
  if (!numbers.every(toldAgain)) return false;
  const words = (withdrawn.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !isNumberWord(w) && !/^(?:that|this|were|have|been|had|from|with|into|they|their)$/.test(w));
  return words.length > 0 && words.filter((w) => told.includes(w.slice(0, 5))).length >= Math.ceil(words.length * 0.6);
}

/** "The correct figure is 260 people from 112 homes.": group 1 the figure. */
const CORRECTED_FIGURE = new RegExp(String.raw`^(?:the|our)\s+(?:correct|right|accurate|actual|true|revised|updated)\s+(?:figure|number|total|count)\s+(?:is|was)\s+((?:(?:${HEDGE_WORDS})\s+)?\d[\d,]*(?:\.\d+)?)\b[^.;]*[.!]?$`, 'i');

/** A figure and the words that qualify it: "about 400", "more than 1,000", "12". */
const QUALIFIED_FIGURE = new RegExp(String.raw`(?:\b(?:${HEDGE_WORDS})\s+)?(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])`, 'i');

/**
 * The withdrawn words told again with the right figure: "about 400 people had been evacuated"
 * and "The correct figure is 260 people from 112 homes." → "260 people had been evacuated"; null
 * when either has no figure.
 */
function correctedFigure(said: string, sentence: string): string | null {
  const right = CORRECTED_FIGURE.exec(sentence.trim());
  if (!right || !QUALIFIED_FIGURE.test(said)) return null;
  return capitalise(tidy(said.replace(QUALIFIED_FIGURE, right[1]!.trim())));
}

/**
 * A correction said so around it: its paragraph apologises for the error ("We apologise for the
 * error."), or the line before it heads it ("Correction").
 */
const APOLOGY = /\bapologi[sz]e\s+for\s+(?:the|this|that|our|any)\s+(?:error|mistake|inaccuracy)\b/i;
const CORRECTION_HEAD = /^\s*(?:correction|clarification)s?\s*[.:]?\s*$/i;

/**
 * Does `text` tell the newsroom's own earlier words, withdrawn in it, in the `next` sentence
 * ("This was wrong."), or in a correction (`corrected`: see APOLOGY, CORRECTION_HEAD)?
 */
function withdrawnOwn(text: string, next: string | undefined, corrected = false): boolean {
  if (!OWN_EARLIER.test(text)) return false;
  return corrected || OWN_WORDS_WRONG.test(text) || (next !== undefined && pointsBackAtLast(next) && isFalsityStatement(next));
}

function continueReport(units: ClaimUnit[], first: number, s: Sentence, report: ClaimUnit | null): void {
  if (!report || report.sentence !== s.n - 1 || !CONTINUES_REPORT.test(s.text.trim())) return;
  for (let k = first; k < units.length; k++) {
    const u = units[k]!;
    if (u.stance !== 'asserts' || u.attribution.kind !== 'none' || u.attribution.via !== null) return;
  }
  for (let k = first; k < units.length; k++) units[k] = { ...units[k]!, attribution: { ...report.attribution }, stance: 'reports' };
}

/** The last of the units pushed from `first` on (one sentence's) that relays a report, if any. */
function lastReportIn(units: readonly ClaimUnit[], first: number): ClaimUnit | null {
  for (let k = units.length - 1; k >= first; k--) if (units[k]!.stance === 'reports') return units[k]!;
  return null;
}

function subjectPerson(ctx: SpeakerContext, text: string): Person | null {
  const np = clauseSubject(tokenize(text));
  // "The Journal of Translational Metabolism posted …": a body named "X of Y" is no person,
  // whatever person-like name it holds.
  if (np && BODY_OF.test(text.slice(np.start, np.end))) return null;
  const subj = np ? personIn(ctx, text.slice(np.start, np.end)) : null;
  return subj?.person ?? personIn(ctx, text)?.person ?? null;
}

/** A heading over questions put to someone: "Q&A with Neil Ambrose, Managing Director", "Interview: Dr Ruth Penberthy". Group 1: who. */
const QA_WITH = /^(?:Q\s*&\s*A|Questions\s+(?:and|&)\s+answers|(?:An\s+|Our\s+)?interview)\s*(?:with\s+|:\s*)((?-i:\p{Lu}).{2,80})$/iu;

/** A standfirst telling of an interview: "she spoke to the Mercury", "in an interview", "sat down with us". */
const INTERVIEW = /\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(?:the\s+\p{Lu}|us\b|this\s)|\binterview(?:ed)?\b|\bsat\s+down\s+with\b|\bin\s+conversation\s+with\b/u;

/** A transcript speaker speaking of themselves: "I", "I'm", "we", "we've". */
const FIRST_PERSON_SPEAKER = /^(?:i|we)(?:['’](?:m|re|ve|d|ll))?$/i;

/** Who asked the question just quoted: "…?” asked Frank Delgado, 58, …", "…?” she asked." */
const ASKED_AFTER_QUOTE = /[?!][”"]\s*,?\s*(?:asked\s+(\p{Lu}[^,.;]{0,40}?|he|she|they)(?=\s*[,.;]|$)|(\p{Lu}[^,.;“”"]{0,40}?|he|she|they)\s+asked\b)/u;

/** A flat no: an answer's first sentence, or its opening words before a comma ("No, absolutely not, and …"). */
const FLAT_NO = /^\s*(?:no|never|absolutely\s+not|certainly\s+not|definitely\s+not|not\s+at\s+all)(?:\s*[.!]?\s*$|\s*,\s+)/i;

/**
 * An answer that rejects what the question put, whole: "We reject that suggestion.", "We
 * strongly deny that.", "That is categorically untrue." — a no, said as a rejection.
 */
const REJECTS_ASKED = /^\s*(?:no\s*[,.!]\s*)?(?:(?:we|I)\s+(?:do\s+not|don[’']t|cannot|can[’']t)\s+accept\s+(?:that|this|the\s+premise|any\s+of\s+that)(?:\s+(?:suggestion|claim|characteri[sz]ation|premise))?|(?:we|I)\s+(?:(?:strongly|firmly|completely|utterly|totally|absolutely|categorically|entirely)\s+)?(?:reject|deny|refute|dispute|rebut)\s+(?:that|this|the|any\s+such|such\s+an?)(?:\s+(?:suggestion|claim|allegation|assertion|accusation|characteri[sz]ation|charge|premise|idea|notion))?|(?:that|this|it)(?:\s+is|[’']s)\s+(?:(?:categorically|completely|simply|totally|entirely|absolutely|just)\s+)?(?:untrue|false|wrong|not\s+true|not\s+right|not\s+correct|not\s+the\s+case|incorrect|nonsense))\s*[.!]?\s*$/i;

/** A question that asks again what was just put ("Does it?", "Is that true?"): group 1 its auxiliary, when it has one of its own. */
const ASKS_AGAIN = /^\s*(?:(?:and|so|well)\s*,?\s+)?(?:(does|do|did|is|are|was|were|has|have|had)\s+(?:it|they|he|she)(?:\s+(?:really|actually))?|is\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|the\s+case|so))\s*\?\s*$/i;

/** What a sentence says is being asked: "People are asking whether X.", "Parents want to know if X." Group 1: X. */
const PUT_WHETHER = /\b(?:(?:ask|asks|asking|asked|wonder|wonders|wondering|wondered|know|questioning|unclear)\s+(?:(?:you|us|me|him|her|them)\s+)?(?:whether|if)|(?:saying|say|says|said|claiming|claim|claims|suggesting|suggest|reporting|report|reports|rumours?|rumors?)\s+(?:online\s+)?that|(?:are|is)\s+saying)\s+([^?]{8,}?)\s*[.?]?\s*$/i;

/**
 * A question put in two steps, "People are asking whether that stretch of the M47 has a problem
 * with flooding. Does it?", as the one yes-or-no question it is: "does that stretch of the M47
 * have a problem with flooding?" — what a "No" next denies (deniedByNo). Null when the question
 * is no such echo of the sentence before, or what that put has no verb to turn.
 */
export function askedAgain(previous: string, question: string): string | null {
  const again = ASKS_AGAIN.exec(question);
  const put = again ? PUT_WHETHER.exec(previous) : null;
  if (!put) return null;
  const what = put[1]!.trim();
  const toks = tokenize(what);
  const v = toks.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (v < 1) return null;
  const subject = what.slice(0, toks[v]!.start).trim();
  const rest = what.slice(toks[v]!.end);
  const verb = toks[v]!.text.toLowerCase();
  const aux = again![1]?.toLowerCase();
  // (A "No" to what was put in the negative, "… that the alarm wasn't working. Is that true?",
  // says no to the rumour: the answer's own words tell what it denies.)
  if (/^(?:n[’']t\b|\s+not\b)/i.test(rest)) return null;
  // "Does it?": its own auxiliary, and the verb put ("has a problem" → "does … have a problem?").
  if (aux === 'does' || aux === 'do' || aux === 'did') return `${aux} ${subject} ${toks[v]!.lemma}${rest}?`;
  // "Is that true?", "Was it?": asked in the auxiliary put ("is closed" → "is … closed?").
  if (/^(?:is|are|was|were|has|have|had)$/.test(verb)) return `${verb} ${subject}${rest}?`;
  // "… four wolves got out. Is that right?": in the tense put ("did four wolves get out?").
  if (!aux && toks[v]!.pos === 'VERB') {
    const lemma = toks[v]!.lemma.toLowerCase();
    const tense = pastTense(lemma) === verb ? 'did' : verb === thirdPerson(lemma) ? 'does' : verb === lemma ? 'do' : null;
    if (tense) return `${tense} ${subject} ${lemma}${rest}?`;
  }
  return null;
}

/** Does the answer say no to the question, flatly or by rejecting it? */
const saysNo = (answer: string): boolean => FLAT_NO.test(answer) || REJECTS_ASKED.test(answer);

/**
 * Someone addressed by a title alone (group 2) or an honorific and surname (group 1), then a
 * clause in lower case: "Mayor, the audit says …", "Mr Oyelaran, what did you tell …" (not "Mayor
 * Helena Marchetti, who …").
 */
const VOCATIVE = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)|(Mayor|Minister|Chancellor|Councillor|Captain|Chief|Director|Doctor|Professor|Senator|President|Governor|Commissioner|Inspector|Sir|Madam)),\s+(?!(?:who|whom|whose|which|that)\b)(?=\p{Ll})/u;

/** A credit line under a pull quote: "— Joanne Tell, managing director, Markwise Systems". Groups: 1 the name, 2 who they are. */
const DASH_CREDIT = /^\s*[—–]\s*((?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?(?-i:\p{Lu})[\p{L}’'-]+(?:\s+(?-i:\p{Lu})[\p{L}’'-]+){1,3})(?:\s*,\s*([^.!?]{2,80}))?\s*$/iu;
/** A paragraph that is one quotation and nothing else; group 1 its words, without the final stop. */
const PULL_QUOTE = /^\s*[“"]([^“”"]{8,}?)[.!]?[”"]\s*$/u;

/** A press conference's question or answer label, cut off its paragraph's first sentence. */
const QA_LABEL = /^\s*([QA]):\s*$/;
/** A paragraph that is a question or an answer ("Q: What went wrong?", "A: A fault in …"). */
const QA_BLOCK = /^\s*([QA]):\s/;

/** Whom a question addresses (VOCATIVE): a person the article named, by surname or role. */
function addressedIn(ctx: SpeakerContext, q: string | null): Speech | null {
  const m = q ? VOCATIVE.exec(q.trim()) : null;
  if (!m) return null;
  const person = m[1] ? personIn(ctx, m[1])?.person : personByRole(ctx, m[2]!.toLowerCase());
  return person ? speechOf(ctx, { speaker: person.name, via: null, addressee: null }, null) : null;
}

/** "… by saying (clearly) that X": X. */
const SAYING_THAT = /\b(?:saying|stating|making\s+clear)\s+(?:\p{Ll}+ly\s+)?that\s+(.{12,})$/u;

/** The sentence without a vocative opening it (VOCATIVE). */
const withoutVocative = (text: string): string => {
  const m = VOCATIVE.exec(text);
  return m ? text.slice(m[0].length) : text;
};

/** "How many people were on board?": group 1 the verb, 2 the rest. */
const HOW_MANY = /\bhow\s+many\s+[\p{L}\s’'-]{1,40}?\s+(were|are|was|is|have\s+been|had\s+been|will\s+be)\s+([^?]{2,60})\?\s*$/iu;

/**
 * A count answering "How many …?" with no verb of its own ("212 passengers and 19 crew."), said as
 * the statement it makes ("212 passengers and 19 crew were on board"), or null.
 */
function countAnswered(asked: string, answer: string): string | null {
  const q = HOW_MANY.exec(asked);
  const count = answer.trim().replace(/[.!]+$/, '');
  if (!q || !/^(?:about\s+|around\s+|some\s+|more\s+than\s+|just\s+over\s+|nearly\s+)?\d/i.test(count) || count.split(/\s+/).length > 10) return null;
  // (The answer's number decides the verb: "How many was it?" — "212" were.)
  const asked1 = q[1]!.toLowerCase();
  const verb = /^(?:was|is)$/.test(asked1) && !/^1\b/.test(count) ? (asked1 === 'was' ? 'were' : 'are') : asked1;
  return `${count} ${verb} ${q[2]!.trim()}`;
}

/** "Is it true (that) you were warned …?": group 1 the subject, 2 the auxiliary, 3 the rest. */
const IS_IT_TRUE = /^(?:is|was)\s+it\s+(?:true|right|correct|the\s+case)\s+(?:that\s+)?((?:\S+\s+){0,3}?\S+)\s+(did|does|do|has|have|had|was|were|is|are)\s+([^?]+)\?$/iu;

/** A yes-or-no question at the end of a turn: its auxiliary, then the rest ("did you meet X in Lisbon?", "Was Dr. Herrera's contract ended because …?"). */
const YES_NO_QUESTION = /(?:^|[:,;]\s+|\s+(?:and|so|but)\s+)(did|does|do|has|have|had|was|were|is|are)\s+([^?]+)\?\s*$/iu;

/**
 * What a flat "No." to a yes-or-no question denies, said as a statement: "did you meet X in
 * Lisbon last March?" answered by Lena Hartigan → text "Lena Hartigan did not meet X in Lisbon
 * last March", target "Lena Hartigan met X in Lisbon last March"; "Was Dr. Herrera's contract
 * ended because he blew the whistle?" → "Dr. Herrera's contract was ended because …". The
 * subject runs up to the first verb after the auxiliary ("you" is the one answering). Null when
 * the answer is no flat no, or the question has no verb to turn.
 */
function deniedByNo(asked: string, answer: string, name: string, body = false): { text: string; target: string } | null {
  if (!saysNo(answer)) return null;
  // ("Is it true you were warned about this in May?" asks "were you warned about this in May?")
  const put = IS_IT_TRUE.exec(asked.trim());
  const m = YES_NO_QUESTION.exec(put ? `${put[2]!} ${put[1]!} ${put[3]!}?` : asked);
  if (!m) return null;
  const aux = m[1]!.toLowerCase();
  const toks = tokenize(m[2]!);
  // (Not a verb that modifies a noun after an article: "the pumping station", "a rising river".)
  // (After "does", "have" is the verb, whatever its tag: "does the road have a problem …?")
  const doSupport = aux === 'did' || aux === 'does' || aux === 'do';
  let v = toks.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || (doSupport && t.pos === 'AUX' && /^(?:have|be)$/i.test(t.text))) && !(toks[k - 1]!.pos === 'DET' && toks[k + 1]?.pos === 'NOUN'));
  // "Are you responsible for the flooding …?", "Was the barrier in working order?": no verb, but
  // what the subject is said to be (after "you", or after the subject's last noun).
  const copular = v < 1 && (aux === 'is' || aux === 'are' || aux === 'was' || aux === 'were') ? copularSplit(toks) : -1;
  if (v < 1 && copular < 1) return null;
  if (v < 1) v = copular;
  const rawSubject = m[2]!.slice(0, toks[v]!.start).trim();
  const you = /^you(?:\s+(?:ever|really))?$/i.test(rawSubject);
  // ("Was anyone given a higher grade …?" — "No.": no one was.)
  const anyone = /^any(?:one|body)$/i.test(rawSubject);
  const subject = you ? name : anyone ? 'Someone' : rawSubject;
  // (A pronoun's question, "Is he right?", says too little to find what is denied.)
  if (subject === '' || /\b(?:I|we|me|us)\b/.test(subject) || /^(?:he|she|it|they|this|that)$/i.test(subject)) return null;
  // (With no verb, what follows the subject is the predicate whole: "is responsible for …".)
  const verb = copular > 0 ? '' : toks[v]!.text;
  const said = copular > 0 ? ` ${m[2]!.slice(toks[v]!.start)}` : m[2]!.slice(toks[v]!.end);
  // ("Were you warned about the amount of batteries you were storing?", put to a company: it was storing them.)
  // (And "Did staff warn you about the gate?", put to it: they did not warn the body.)
  const tail = body ? said.replace(/\byou\s+(were|are|have|had)\b/gi, (_w, verb: string) => `it ${singularVerb(verb)}`).replace(/\byour\b/gi, 'its').replace(/\byou\b/gi, name) : said;
  const plural = !you && /s$/i.test(subject.split(/\s+/).pop() ?? '') && !/[’']s$/.test(subject);
  const be = (singular: string, pl: string): string => (plural ? pl : singular);
  const forms: Record<string, [string, string]> = {
    did: [`${pastTense(verb)}${tail}`, `did not ${verb}${tail}`],
    do: [`${verb}${tail}`, `do not ${verb}${tail}`],
    does: [`${thirdPerson(verb)}${tail}`, `does not ${verb}${tail}`],
    has: [`has ${verb}${tail}`, `has not ${verb}${tail}`],
    have: [`${you ? 'has' : be('has', 'have')} ${verb}${tail}`, `${you ? 'has' : be('has', 'have')} not ${verb}${tail}`],
    had: [`had ${verb}${tail}`, `had not ${verb}${tail}`],
    was: [`was ${verb}${tail}`, `was not ${verb}${tail}`],
    were: [`${you ? 'was' : 'were'} ${verb}${tail}`, `${you ? 'was' : 'were'} not ${verb}${tail}`],
    is: [`is ${verb}${tail}`, `is not ${verb}${tail}`],
    are: [`${you ? 'is' : 'are'} ${verb}${tail}`, `${you ? 'is' : 'are'} not ${verb}${tail}`],
  };
  const [yes, no] = forms[aux]!;
  if (anyone) return { text: `No one ${yes}`.replace(/\s+/g, ' ').trim(), target: `Someone ${yes}`.replace(/\s+/g, ' ').trim() };
  // ("Have any animals escaped before?" — "No.": no animals have.)
  const some = /^any\s+(\S.*)$/i.exec(subject);
  if (some) return { text: `No ${some[1]!} ${yes}`.replace(/\s+/g, ' ').trim(), target: `${capitalise(some[1]!)} ${yes}`.replace(/\s+/g, ' ').trim() };
  // ("Have you ever paid …?" — "Never.": "has not paid …", denying "has paid …".)
  return { text: `${subject} ${no}`.replace(/\s+/g, ' ').trim(), target: `${subject} ${yes}`.replace(/\s+/g, ' ').trim() };
}

/**
 * Where a verbless yes-or-no question's predicate starts: after "you", or at the first adjective,
 * preposition or adverb after the subject's noun ("the barrier | in working order"); -1 if none.
 */
function copularSplit(toks: ReturnType<typeof tokenize>): number {
  if (/^you$/i.test(toks[0]?.text ?? '')) return /^(?:ADJ|ADP|ADV)$/.test(toks[1]?.pos ?? '') ? 1 : -1;
  const noun = toks.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  if (noun < 0) return -1;
  for (let k = noun + 1; k < toks.length; k++) {
    const p = toks[k]!.pos;
    if (p === 'NOUN' || p === 'PROPN' || (p === 'PART' && /^[’']s$/.test(toks[k]!.text))) continue;
    return p === 'ADJ' || p === 'ADP' || p === 'ADV' ? k : -1;
  }
  return -1;
}

/** The frame of a sentence that opens with its speaker in the first person ("I'd simply say …"), or null. */
function firstPersonFrame(text: string, main: Frame | null = findFrames(text).main): Frame | null {
  // ("We told customers as soon as we understood what had happened": what follows is when, not what was told.)
  if (main && !main.that && /^\s*(?:as\s+soon\s+as|when|whenever|after|before|because|if|until|once|while|as)\b/i.test(main.content)) return null;
  if (main === null || main.start !== 0 || !FIRST_PERSON_SPEAKER.test(main.speaker.trim())) return null;
  // Told of the speaker: "Ruth Aldane rejected that figure", not "Ruth Aldane reject …" (of "We
  // reject that figure"), and "Owen Castell also rejected …" (of "We also reject …").
  if (main.cls !== 'deny' && main.cls !== 'brand') return main;
  const adverb = /^(?:(\p{L}+ly|also|still|again|never|always|now|once\s+again)\s+)?\p{L}+$/u.exec(main.verb);
  if (!adverb || /^(?:have|has|do|does|did|will|would|can|must|shall|should)$/i.test(adverb[1] ?? '')) return main;
  return { ...main, verb: adverb[1] ? `${adverb[1]} ${pastTense(main.lemma)}` : pastTense(main.lemma) };
}

/**
 * "Agnieszka Wójcik, a former Brightwater executive.": a verbless line that names a person
 * first (an answer to "Who is the key witness?") makes her the one a "she" next is about.
 */
function namedAlone(ctx: SpeakerContext, text: string): Person | null {
  if (tokenize(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const hit = personIn(ctx, text);
  return hit && hit.index === 0 ? hit.person : null;
}

/**
 * How a sentence stands to a quotation when it is nothing but quoted words: the whole of one
 * ("“Our soldiers were asleep.”"), the start of one going on into the next sentence, its
 * inside, or its end; null when it has words of its own outside quotation marks.
 */
export function quotationPart(text: string): 'whole' | 'opens' | 'inside' | 'closes' | null {
  if (/^\s*(?:“[^“”]+”|"[^"“”]+")\s*$/.test(text)) return 'whole';
  if (/^\s*[“"][^“”"]+$/.test(text)) return 'opens';
  if (/^[^“”"]+[”"]\s*$/.test(text)) return 'closes';
  if (/^[^“”"]+$/.test(text)) return 'inside';
  return null;
}

/**
 * Does the quotation opened by sentence `idx` close in one of the next sentences of its
 * paragraph, with nothing but quoted words between ("“Our crews saved hundreds of homes. I want
 * people to remember that, too.”")? A stray mark opens nothing. A quotation may also run on over
 * paragraphs, as news prose writes a long one: each paragraph opens with a mark and only the last
 * closes ("“Mr Bessant spent nine hours on a trolley. ¶ “The suggestion that … is simply wrong.”"),
 * a list's items inside it.
 */
function closesWithin(sentences: readonly Sentence[], idx: number, blockText?: (block: number) => string, max = 3): boolean {
  let block = sentences[idx]!.block;
  let inBlock = 0;
  let reopened = false;
  for (let k = idx + 1; k < sentences.length && k <= idx + MAX_QUOTATION_SENTENCES; k++) {
    const s = sentences[k]!;
    const part = quotationPart(s.text);
    if (s.block !== block) {
      block = s.block;
      inBlock = 0;
      if (part === 'whole') return true;
      if (part === 'opens') reopened = true;
      if (part === 'opens' || (part === 'inside' && isListItem(s, blockText))) continue;
      return false;
    }
    if (++inBlock > max && !isListItem(s, blockText)) return false;
    if (part === 'closes') return true;
    if (part !== 'inside') return false;
  }
  // (A text that ends inside such a quotation has lost its last mark, not its speaker.)
  return reopened && sentences.length <= idx + MAX_QUOTATION_SENTENCES;
}

/** The most sentences one quotation is followed over (a statement quoted whole, paragraph after paragraph). */
const MAX_QUOTATION_SENTENCES = 40;

export function extractClaims(sentences: readonly Sentence[], opts: ExtractOptions = {}): ClaimUnit[] {
  // Quotations in single marks are read as double ones (single-quotes.ts), and inline markup a
  // page pasted as text ("<b>The museum says …</b>") is read as the words it marks; the quote each
  // unit keeps is the sentence as written, and its words get their marks back.
  const read = sentences.map((s) => {
    const text = doubleSingleQuotes(withoutInlineTags(s.text));
    return text === s.text ? s : { ...s, text };
  });
  // Clauses and spans cut from these sentences are tagged in context, from the sentences' tokens.
  const units = withTokenScope(read, () => extract(read, opts));
  if (read.every((s, k) => s === sentences[k])) return units;
  const writtenAs = new Map(sentences.map((s) => [s.n, s]));
  for (const u of units) {
    const written = writtenAs.get(u.sentence);
    if (!written || written.text === u.quote) continue;
    u.quote = written.text;
    u.text = restoreSingleQuotes(u.text, written.text);
    u.full = restoreSingleQuotes(u.full, written.text);
  }
  return units;
}

/** Inline formatting tags: `<b>`, `</strong>`, `<i>`, `<em>`, `<u>` (no attributes). */
const INLINE_TAG = /<\/?(?:b|i|u|em|strong)>/gi;

/** A sentence's words without the inline formatting tags pasted into it (no others: "<script>" is text). */
const withoutInlineTags = (text: string): string => (text.includes('<') ? text.replace(INLINE_TAG, '') : text);

function extract(sentences: readonly Sentence[], opts: ExtractOptions): ClaimUnit[] {
  const ctx = createContext(opts.outlets ?? [], opts.publisher ?? null);
  if (opts.release) ctx.issuer = opts.release.issuer;
  const runs = quoteRuns(sentences);
  // The sentence that closes a quotation opened sentences before ("We will make those data
  // available," said Marcus Whitfield.) reads its frame as the quotation's end: with no opening
  // mark of its own, "said Marcus Whitfield" would seem to be inside the quotation.
  const closers = new Set<number>();
  for (const [k, { carrier }] of runs) if (carrier > k) closers.add(carrier);
  const framedText = sentences.map(({ text }, i) => (!closers.has(i) || findFrames(text).main !== null ? text : `${text.includes('”') ? '“' : '"'}${text}`));
  // A pull quote and its credit line ("“The software did exactly what it was specified to do.”" —
  // "— Joanne Tell, managing director, Markwise Systems"): the quotation is read as said by whom
  // the line names, and the line is no claim.
  const credits = new Set<number>();
  // "That is categorically untrue." after a Q&A's "No." that was read as the denial: said once.
  const absorbed = new Set<number>();
  sentences.forEach((s, i) => {
    const credit = i > 0 ? DASH_CREDIT.exec(s.text) : null;
    const quoted = credit ? PULL_QUOTE.exec(sentences[i - 1]!.text) : null;
    if (!credit || !quoted || sentences[i - 1]!.kind !== 'paragraph') return;
    credits.add(i);
    framedText[i - 1] = `“${quoted[1]!},” said ${credit[1]!}${credit[2] ? `, ${credit[2]}` : ''}.`;
  });
  sentences.forEach((s, i) => learnFromText(ctx, framedText[i]!, s.kind === 'paragraph'));
  noteCompanyNames(ctx, framedText.join('\n'));
  const units: ClaimUnit[] = [];
  const seen = new Set<string>();
  /** The last relayed report ("The Post wrote that …"), while the next sentence may continue it. */
  let lastReport: ClaimUnit | null = null;
  /** Whom the previous sentence quoted, while a bare quotation may go on in that voice. */
  let lastQuoted: { speech: Speech; idx: number; open: boolean } | null = null;
  /**
   * The transcript turn under way: who speaks (null: the operator, whose words are call procedure),
   * and its paragraph, or -1 for a turn opened by a label line, which lasts until the next one.
   */
  let turn: { block: number; speech: Speech | null } | null = null;
  /** A text printed at length: its first sentence → its last (printedTexts), and the one being read, with its writer. */
  const printedFrom = printedTexts(sentences);
  let printed: { to: number; speech: Speech } | null = null;
  /** Who announced the list being read ("The harbour master reported that:"). */
  let listed: Speech | null = null;
  /** In a list of demands (DEMANDS). */
  let demanding = false;
  /**
   * In a transcript (TRANSCRIPT_TURNS labelled paragraphs or more), the sentence number of its last
   * label: a paragraph with no label before it goes on with the turn before it; one after it (a
   * programme note, a sign-off) is the outlet's. -1 when the article is no transcript.
   */
  const labelled = sentences.filter((s) => s.kind === 'paragraph' && s.start === 0 && opensWithLabel(s.text));
  // (A record that is nothing but turns — a debate's, opening with its first label — goes on
  // with its last speaker to its end: "RUTH ALDANE (MINISTER FOR HEALTH): … ¶ The hon. Member for
  // Wexcombe North also said that funding had been cut. We reject that figure.")
  const firstParagraph = sentences.find((s) => s.kind === 'paragraph');
  const wholeRecord = labelled.length >= TRANSCRIPT_TURNS && labelled[0] === firstParagraph;
  const lastLabel = wholeRecord ? Infinity : labelled.length >= TRANSCRIPT_TURNS ? labelled[labelled.length - 1]!.n : -1;
  /** The paragraph of an editor's note ("Editor's note: The following statement was issued …"): all of it is the note. */
  let note = -1;
  /** Under a heading of open questions ("What we don't know"), until its list ends. */
  let openQuestions = false;
  // The sentence that withdraws the newsroom's earlier words, when it is the next one (withdrawnOwn).
  let withdrawal = -1;
  /** What the newsroom's own corrections withdraw ("we said 32 ships had been diverted"): no evidence of the page. */
  const withdrawnWords: string[] = [];
  /** The newsroom's withdrawn words just noted, and where: the next sentence may give the right figure. */
  let correcting: { idx: number; said: string } | null = null;
  const noteWithdrawn = (idx: number, corrected = false): void => {
    const said = OWN_SAID.exec(sentences[idx]!.text);
    const next = sentences[idx + 1]?.text;
    if (said && (corrected || OWN_WORDS_WRONG.test(sentences[idx]!.text) || (next !== undefined && pointsBackAtLast(next) && isFalsityStatement(next)))) withdrawnWords.push(said[1]!);
  };
  /** The question that ended the last transcript turn, and who asked it: a "No." next answers it. */
  let question: { text: string; speaker: string | null; faq?: true } | null = null;
  /** At a press conference: the last "Q:" paragraph's first sentence, and who answered last by name. */
  let lastQ: string | null = null;
  let lastAnswerer: Speech | null = null;
  /** A printed interview's interviewee (the first person its standfirst is about, when it tells of an interview), and whether its questions have begun. */
  let interviewee: Person | undefined;
  let standfirstSubject: Person | undefined;
  let interviewed = false;
  let asking = false;

  /**
   * Who closes the quotation that ends in sentence `idx` ("… what we saw," Fire Chief Dana
   * Whitlock told reporters at a briefing.): a quotation standing alone next goes on in that voice.
   */
  const closingSpeech = (idx: number): { speech: Speech; idx: number; open: boolean } | null => {
    if (!closers.has(idx)) return null;
    const f = findFrames(framedText[idx]!).main;
    if (!f || f.speaker.trim() === '' || !/[”"]/.test(sentences[idx]!.text.slice(0, f.start))) return null;
    const speech = speechOf(ctx, f, null);
    return speech.attribution.kind === 'none' ? null : { speech, idx, open: false };
  };

  /**
   * The units of sentence `idx`, inside a quotation sentence `carrier` attributes (before or
   * after it): the carrier's speaker's words, or their own first-person frame ("I'd simply say
   * …"). Null, emitting nothing, when the carrier names no speaker (or one `accept` refuses).
   */
  const relayedUnits = (emitter: Emitter, carrier: number, idx: number, text: string, accept: (speaker: string) => boolean = () => true): Speech | null => {
    const frame = findFrames(framedText[carrier]!).main;
    if (!frame || frame.speaker.trim() === '' || !accept(frame.speaker.trim())) return null;
    const speech = speechOf(ctx, frame, null);
    const inner = text.replace(/^\s*[“"]/, '').replace(/[”"].*$/s, '');
    const own = firstPersonFrame(inner);
    if (own) frameUnits(emitter, own, speech, ctx, new Set(), inner);
    else if (carrier < idx) contentUnits(emitter, inner, speech, ctx, false, true);
    else contentUnits(emitter, `“${inner}”`, speech, ctx);
    return speech;
  };

  sentences.forEach((s, idx) => {
    // Which part of a questions-and-answers page the sentence is in ("Q: …" or "A: …").
    const qaBlock = s.kind === 'paragraph' && opts.blockText ? QA_BLOCK.exec(opts.blockText(s.block))?.[1] : undefined;
    /** The sentence only introduces who speaks next (speaker-intro.ts), set below. */
    let introducing = false;
    const emitter: Emitter = {
      push(u) {
        // A body's questions-and-answers page: the questions are its readers' ("I have received a
        // corrected grade. Is it final?"), no claim of the body's; only what they say others
        // claim ("Reports say the error was the board's own fault") is kept, for the answer to deny.
        if (opts.release && qaBlock === 'Q' && u.stance !== 'reports') return;
        if (introducing && u.stance !== 'reports') return;
        // Advice is not a claim: "Keep your windows shut until we tell you otherwise," she said.
        if (u.stance === 'asserts' && isOwnStance(u.text)) {
          // ("I want to start by saying clearly that the stadium will be finished": what is said is a claim.)
          const said = SAYING_THAT.exec(u.text);
          if (!said) return;
          u = { ...u, text: capitalise(said[1]!) };
        }
        if (isInstruction(u.text) || isBarePhrase(u.text) || clearsThroat(u.text) || isSubjectless(u.text) || isPrescription(u.text) || (u.stance !== 'denies' && (isPledge(u.text) || isWriterAside(u.text) || saysOnlyOtherwise(u.text) || ((u.attribution.kind !== 'none' || !!opts.release) && isConditional(u.text))))) return;
        const { subject, ...unit } = u;
        const full = dropAccordingInserts(unit.text);
        // (A claim told with a second reported clause shows its own: the second is a unit of its
        // own, decompose.ts withSecondClauses.)
        let short = capitalise(shorten(secondReportedClause(full) === null ? full : firstReportedClause(full)));
        // "Reports that a senior manager asked for … and was overruled are categorically untrue",
        // cut short, would read as the claim it denies: told as "X denied that …" instead.
        const target = u.stance === 'denies' ? u.denial?.target : null;
        if (target && u.attribution.kind === 'named' && u.attribution.speaker && patterns.falsity.test(full) && !patterns.falsity.test(short)) short = capitalise(shorten(`${u.attribution.speaker} denied that ${decapitalise(target)}`));
        const text = subject ? capitalise(short.replace(/^It\b/, subject)) : short;
        const key = `${text.toLowerCase()}|${u.stance}`;
        if (seen.has(`${s.n}|${key}`)) return;
        seen.add(`${s.n}|${key}`);
        units.push({ sentence: s.n, quote: s.text, ...unit, text, full, ...(s.kind === 'paragraph' ? {} : { heading: true as const }) });
      },
    };
    if (credits.has(idx) || absorbed.has(idx)) {
      noteSentence(ctx, s.text, null);
      return;
    }
    const personBefore = ctx.lastPerson;
    // The items of a list under "What we don't know" are its open questions ("• When exactly the
    // East Gate was closed."), no claims; the list ends with the first paragraph that is no item.
    const listItem = isListItem(s, opts.blockText);
    if (openQuestions && !listItem && s.kind === 'paragraph' && sentences[idx - 1]?.block !== s.block) openQuestions = false;
    if (openQuestions && listItem) {
      noteSentence(ctx, s.text, null);
      return;
    }
    if (headsOpenQuestions(s.text)) openQuestions = true;
    // "Q&A with Neil Ambrose, Managing Director": whom the questions below are put to, who answers.
    const qaWith = !asking && s.kind !== 'paragraph' ? QA_WITH.exec(s.text.trim()) : null;
    // (A heading's names are not learnt as plain names, lest "Harbour Road" be someone: this one is.)
    if (qaWith) learnFromText(ctx, qaWith[1]!, true);
    const qaPerson = qaWith ? personIn(ctx, qaWith[1]!) : null;
    if (qaPerson && qaPerson.index === 0 && !qaPerson.possessive) {
      standfirstSubject = qaPerson.person;
      interviewed = true;
      noteSentence(ctx, s.text, null);
      return;
    }
    // (The first sentence of its paragraph: a live blog's entry may open with a time the parse took off.)
    if (s.kind === 'paragraph' && (s.start === 0 || sentences[idx - 1]?.block !== s.block)) note = EDITORS_NOTE.test(s.text) ? s.block : -1;
    // "We earlier reported that nine people had been taken to hospital. This was wrong.": the
    // newsroom withdrawing its own words, as a correction note does, and no claim.
    // ("Correction" / "An earlier version of this page said the river peaked at 4.2 metres. The
    // agency's figure is 3.2 metres. We apologise for the error.": a correction, said so.)
    const corrected = s.kind === 'paragraph' && ((!!opts.blockText && APOLOGY.test(opts.blockText(s.block))) || CORRECTION_HEAD.test(sentences[idx - 1]?.text ?? ''));
    if (s.kind === 'paragraph' && (idx === withdrawal || withdrawnOwn(s.text, sentences[idx + 1]?.text, corrected))) {
      if (idx !== withdrawal) {
        noteWithdrawn(idx, corrected);
        correcting = { idx, said: withdrawnWords.length > 0 ? withdrawnWords[withdrawnWords.length - 1]! : '' };
      }
      // (The next sentence goes with it when it is what withdraws it: "That was wrong.")
      const next = sentences[idx + 1]?.text;
      if (idx !== withdrawal && !OWN_WORDS_WRONG.test(s.text) && next !== undefined && pointsBackAtLast(next) && isFalsityStatement(next)) withdrawal = idx + 1;
      noteSentence(ctx, s.text, null);
      return;
    }
    // "In our update at 06:30 on Tuesday we said about 400 people had been evacuated. The correct
    // figure is 260 people from 112 homes.": what the withdrawn words said, with the right figure.
    const fixed = correcting && correcting.idx === idx - 1 && sentences[correcting.idx]!.block === s.block ? correctedFigure(correcting.said, s.text) : null;
    correcting = null;
    if (fixed) {
      emitter.push({ text: fixed, attribution: { kind: 'none', speaker: null, role: null, via: null }, stance: 'asserts' });
      noteSentence(ctx, s.text, null);
      return;
    }
    // A press release's boilerplate ("About …", the contacts) tells nothing to check.
    // (In a correction note, the right fact told by someone after the words withdrawn is theirs,
    // and a claim: "Correction: An earlier version of this appeal stated that the items were worth
    // £1.2 million. The museum has since told us that the estimated value of the items is £850,000.")
    const toldRight = s.block === note && sentences[idx - 1]?.block === s.block && OWN_EARLIER.test(sentences[idx - 1]!.text) && toldOfRight(s.text);
    if ((opts.release && s.n >= opts.release.end) || (s.kind === 'paragraph' && s.block === note && !toldRight)) {
      if (s.block === note) noteWithdrawn(idx);
      noteSentence(ctx, s.text, null);
      return;
    }
    // A transcript's turn lasts its paragraph, or from its label line to the next; its label is
    // no part of what was said.
    let words = s.text;
    // (In a transcript, a paragraph with no label of its own goes on with the speaker before it.)
    // (And a line that goes on with a sentence the line before broke off, "… And they" / "import
    // batteries from all over the country …", is the same speaker's, whoever it is.)
    const brokenOff = !!turn?.speech && /^\p{Ll}/u.test(s.text) && !/[.!?…:;”"’)\]]\s*$/u.test(sentences[idx - 1]?.text ?? '.');
    if (turn && turn.block >= 0 && turn.block !== s.block && s.n < lastLabel && s.kind === 'paragraph' && s.start === 0 && (turn.speech?.attribution.kind === 'named' || brokenOff) && !opensWithLabel(s.text) && !/:\s*$/.test(s.text)) {
      turn = { ...turn, block: s.block };
    }
    if (turn && ((turn.block >= 0 && turn.block !== s.block) || s.kind !== 'paragraph')) turn = null;
    // A text printed at length ("She wrote about it on her blog …. With her permission we print it
    // at length"): its writer's words, from the opening mark to the closing one, paragraphs apart.
    const printedTo = printedFrom.get(idx);
    const writer = printedTo !== undefined ? writerOf(ctx, sentences, sentences[idx - 1]!.block) : null;
    if (printedTo !== undefined && writer) printed = { to: printedTo, speech: speechOf(ctx, { speaker: writer.name, via: null, addressee: null }, null) };
    if (printed && idx > printed.to) {
      printed = null;
      turn = null;
    }
    // "The harbour master reported that:" and a list after it: each item is what she reported.
    const item = isListItem(s, opts.blockText);
    // (The list ends with its items, and its speaker's turn with it.)
    if (listed && !item) {
      listed = null;
      turn = null;
    }
    // A list of demands ("The HCNU is calling on: • The Government to publish …"): what someone
    // wants done, nothing that is so.
    if (demanding && item) {
      noteSentence(ctx, s.text, null);
      return;
    }
    demanding = false;
    if (listed && s.start > 0) turn = { block: -1, speech: listed };
    if (printed) {
      turn = { block: -1, speech: printed.speech };
      if (printedTo !== undefined) words = words.replace(/^\s*[“"]/, '');
      if (idx === printed.to) words = words.replace(/[”"]\s*$/, '');
    }
    const next = sentences[idx + 1];
    const itemNext = !!next && next.block !== s.block && isListItem(next, opts.blockText);
    if (!printed && s.kind === 'paragraph' && /:\s*$/.test(s.text) && itemNext && DEMANDS.test(s.text)) {
      demanding = true;
      noteSentence(ctx, s.text, null);
      return;
    }
    if (!printed && s.kind === 'paragraph' && /:\s*$/.test(s.text) && itemNext) {
      const announced = announcesList(s.text);
      if (announced) {
        listed = speechOf(ctx, announced, null);
        if (listed.attribution.kind !== 'none') {
          noteSentence(ctx, s.text, listed.resolved.person);
          return;
        }
        listed = null;
      }
    }
    const line = !printed && s.kind === 'paragraph' && s.start === 0 && /:\s*$/.test(s.text) ? labelLine(ctx, s.text) : null;
    if (line !== null) {
      if (line === 'section') turn = null;
      else turn = { block: -1, speech: line === 'operator' ? null : speechOf(ctx, { speaker: line.person.name, via: null, addressee: null }, null) };
      noteSentence(ctx, s.text, null);
      return;
    }
    const label = s.kind === 'paragraph' && s.start === 0 ? turnLabel(ctx, s.text, labelled.length >= TRANSCRIPT_TURNS) : null;
    if (label?.chair) {
      // The chair's "Order. The Minister must be heard.", the chamber's "Hear, hear.": procedure.
      turn = { block: s.block, speech: null };
      noteSentence(ctx, s.text, null);
      return;
    }
    const asked = question;
    question = null;
    // "Q: Mr Oyelaran, what did you tell the mayor in June?" — "A: I told cabinet …": the answer is
    // the one the question addressed, else the one who answered last by name.
    const qa = !label && s.kind === 'paragraph' && s.start > 0 && opts.blockText ? QA_LABEL.exec(opts.blockText(s.block).slice(0, s.start))?.[1] : undefined;
    if (qa === 'Q') {
      lastQ = s.text;
      // (A printed interview's "Q: Has the ship touched the rocks before?" — "A: Never." — is
      // answered as a transcript's question is: the newsroom asks it.)
      if (/\?\s*$/.test(s.text)) question = { text: s.text, speaker: null };
    }
    // A body's FAQ with no labels: "Did CSPH refuse the Minister's offer of talks?", a paragraph
    // of its own, asks what the next paragraph's "No. … Any suggestion that we refused it is
    // untrue." answers.
    if (qa === undefined && !label && opts.release && s.kind === 'paragraph' && s.start === 0 && sentences[idx + 1]?.block !== s.block && /\?\s*$/.test(s.text)) question = { text: s.text, speaker: null, faq: true };
    // A printed interview's standfirst names whom it interviews first ("Catriona Marwick has been
    // chief executive of Sollan Ferries since 2021. … she spoke to the Mercury"): the one who
    // answers when no question names anyone. (An explainer's "your questions answered" is the
    // outlet's own voice: its standfirst tells of no interview.)
    if (!asking && s.kind === 'paragraph' && qa === undefined && !label) {
      standfirstSubject ??= openingPerson(ctx, s.text) ?? undefined;
      interviewed ||= INTERVIEW.test(s.text);
    }
    if (qa !== undefined && !asking) {
      asking = true;
      interviewee = interviewed ? standfirstSubject : undefined;
    }
    const answerer = qa === 'A' ? (addressedIn(ctx, lastQ) ?? lastAnswerer ?? (interviewee ? speechOf(ctx, { speaker: interviewee.name, via: null, addressee: null }, null) : null)) : null;
    // A body's own questions-and-answers page: "Q: Is it true you were warned about this in
    // May?" — "A: No.": the body denies what the question says is told, on record. (Its own
    // "Has the trust paid a ransom?" — "No." tells what the next sentence says: "The trust has
    // not paid, and will not pay, a ransom.")
    // (Nor is "Were night staff told not to call the on-call manager?" — "No. That is
    // categorically untrue.": the falsity after the "No." says it is denied.)
    const untrueNext = !!next && next.block === s.block && pointsBackAtLast(next.text) && isFalsityStatement(next.text);
    // (An unlabelled FAQ's answer says so in its paragraph: "No. We accepted … Any suggestion that we refused it is untrue.")
    const faqAnswer = !!asked?.faq && !label && s.kind === 'paragraph' && s.start === 0 && !!opts.blockText && patterns.falsity.test(opts.blockText(s.block));
    // ("Are you responsible for the flooding?" — "We reject that suggestion.": a no, said whole.)
    const rejects = qa === 'A' && REJECTS_ASKED.test(s.text);
    if ((qa === 'A' || faqAnswer) && !answerer && opts.release && asked && (IS_IT_TRUE.test(asked.text.trim()) || untrueNext || faqAnswer || rejects)) {
      const denied = deniedByNo(asked.text, s.text, opts.release.issuer, true);
      if (denied) {
        emitter.push({ text: denied.text, attribution: { kind: 'named', speaker: opts.release.issuer, role: null, via: null }, stance: 'denies', denial: { target: denied.target } });
        if (untrueNext) absorbed.add(idx + 1);
        // (The rejection itself tells nothing more: it is the denial.)
        if (rejects) {
          noteSentence(ctx, s.text, null);
          return;
        }
      }
    }
    if (label || answerer) {
      const speech = answerer ?? speechOf(ctx, { speaker: label!.speaker, via: null, addressee: null }, null);
      if (label && speech.attribution.kind === 'named') lastAnswerer = speech;
      turn = { block: s.block, speech };
      if (label) words = s.text.slice(label.length);
      // "Did you meet Marko Reljić in Lisbon last March?" — "No.": the guest denies it, on record.
      // (On a body's own page, "you" in its questions is the body, whoever answers for it, and the
      // denial is the body's: its own statements on the page are no target of it.)
      const forBody = !!opts.release && !!interviewee && !label;
      const denied = asked && asked.speaker !== speech.attribution.speaker ? (forBody ? deniedByNo(asked.text, words, opts.release!.issuer, true) : deniedByNo(asked.text, words, speech.name)) : null;
      if (denied && speech.attribution.kind === 'named') {
        emitter.push({ text: denied.text, attribution: forBody ? { kind: 'named', speaker: opts.release!.issuer, role: null, via: null } : speech.attribution, stance: 'denies', denial: { target: denied.target } });
        // ("No. That is categorically untrue.": the second says what the first did.)
        if (untrueNext) absorbed.add(idx + 1);
        // ("That is categorically untrue." denies what was asked, not whatever was told before.)
        if (REJECTS_ASKED.test(words)) {
          turn = { block: s.block, speech };
          lastQuoted = null;
          noteSentence(ctx, words, speech.resolved.person);
          return;
        }
      }
    }
    if (turn) {
      lastQuoted = null;
      if (turn.speech === null) {
        noteSentence(ctx, s.text, null);
        return;
      }
      // "Captain, the airline says it never got a warning from your union." — "That's false.":
      // too short a sentence to check, but the guest's denial, on record, of what was just told.
      const skip = skipReason({ ...s, text: words });
      if (skip === 'short' && isFalsityStatement(words)) {
        emitter.push({ text: capitalise(words.trim().replace(/[.!]+$/, '')), attribution: turn.speech.attribution, stance: 'denies', denial: { target: null, pointsBack: true } });
        noteSentence(ctx, words, turn.speech.resolved.person);
        return;
      }
      // "How many people were on board?" — "212 passengers and 19 crew.": the count the question
      // asked for, said as a statement ("212 passengers and 19 crew were on board").
      const counted = asked && (skip === 'label' || skip === 'short') ? countAnswered(asked.text, words) : null;
      if (counted) {
        emitter.push({ text: counted, attribution: turn.speech.attribution, stance: 'asserts' });
        noteSentence(ctx, words, turn.speech.resolved.person);
        return;
      }
      // A sentence inside a quotation the turn's speaker relays ("A spokesman, Daniel Okafor, told
      // this programme: “We have opened preliminary enquiries. It would be wrong to …”") is the
      // quoted speaker's.
      const run = runs.get(idx);
      const checkable = skip === null;
      if (run && run.carrier !== idx && checkable && relayedUnits(emitter, run.carrier, idx, words, (speaker) => !FIRST_PERSON_SPEAKER.test(speaker))) {
        noteSentence(ctx, words, turn.speech.resolved.person);
        return;
      }
      if (checkable) {
        // The interviewer relaying what others say ("Veltrex says its testing found …") is a frame
        // like any; the rest is the speaker's own words.
        // (A post quoted whole, "@UEWLocal88: "Orrin says it told workers …", is read without its marks.)
        const bare = withoutOuterMarks(words);
        const main = findFrames(bare).main;
        // "I'm saying that …", "We said that …": the speaker's own words still.
        const own = firstPersonFrame(bare, main);
        // ("I told the Assembly that around 6,000 students were affected. The correct figure … is
        // 3,100.": read as her quotation is, what she told before and her correction of it.)
        if (speaksOfOwnEarlier(ctx, turn.speech, bare)) contentUnits(emitter, `“${bare}”`, turn.speech, ctx);
        else if (own) frameUnits(emitter, own, turn.speech, ctx, new Set(), bare);
        else if (main !== null) sentenceUnits(emitter, bare, ctx);
        else contentUnits(emitter, `“${bare}”`, turn.speech, ctx);
      }
      noteSentence(ctx, words, turn.speech.resolved.person);
      if (/\?\s*$/.test(words)) {
        // ("People are asking whether X. Does it?": the question is whether X.)
        const before = sentences[idx - 1]?.block === s.block ? sentences[idx - 1]!.text : null;
        question = { text: (before !== null ? askedAgain(before, words) : null) ?? words, speaker: turn.speech.attribution.speaker };
      }
      return;
    }
    // "My flight was cancelled. What should I do?": an FAQ's asker telling their case before the
    // question, which it is part of. No claim (the next sentence, the question, is none either).
    if (s.kind === 'paragraph' && ASKERS_CASE.test(s.text) && s.text.split(/\s+/).length <= 12 && sentences[idx + 1]?.block === s.block && /\?\s*$/.test(sentences[idx + 1]!.text) && sentences[idx + 2]?.block !== s.block) {
      noteSentence(ctx, s.text, null);
      return;
    }
    const skipped = skipReason(s);
    if (skipped !== null) {
      // ("Sjöberg has hit back at Dr. X." states nothing to check, and is whom "she" is next.)
      noteSentence(ctx, s.text, namedAlone(ctx, s.text) ?? (skipped === 'commentary' || skipped === 'short' ? subjectPerson(ctx, s.text) : null));
      // "We got silence." (too short to check) inside a quotation: the quotation goes on past it.
      const part = lastQuoted && lastQuoted.idx === idx - 1 ? quotationPart(s.text) : null;
      if (lastQuoted && part !== null && (lastQuoted.open ? part === 'inside' || part === 'closes' : part === 'whole' || part === 'opens')) {
        lastQuoted = { ...lastQuoted, idx, open: part === 'opens' || part === 'inside' };
      } else if (skipped === 'question') {
        // "“Where was anybody?” asked Frank Delgado, 58. “I got in the truck at 3:30 …”": a
        // question is no claim, but whom it quotes goes on speaking.
        const asked = ASKED_AFTER_QUOTE.exec(s.text);
        const who = asked ? (asked[1] ?? asked[2])!.trim() : '';
        if (who !== '') lastQuoted = { speech: speechOf(ctx, { speaker: who, via: null, addressee: null }, null), idx, open: false };
        // A body's FAQ ("Has anyone been arrested?" / "… we are unable to comment …"): the body
        // answers, not the person it quoted above, whose "we" was theirs.
        else if (ctx.issuer && !interviewed && !/[“”"]/.test(s.text)) ctx.lastSpeaker = null;
      }
      return;
    }
    const run = runs.get(idx);
    // A sentence inside a quotation that another sentence attributes.
    const relayed = run ? relayedUnits(emitter, run.carrier, idx, s.text) : null;
    if (relayed) {
      noteSentence(ctx, s.text, relayed.resolved.person);
      // (A quotation of its own paragraph after it goes on in the same voice: "X said: “…. ….”"
      // then "“The gang had visited the museum twice.”")
      const part = quotationPart(s.text);
      lastQuoted = { speech: relayed, idx, open: part === 'inside' || part === 'opens' };
      return;
    }
    // "“They fired first,” X told the Herald. “Our soldiers were asleep.”": a quotation standing
    // alone right after one a speaker is credited with is that speaker's too, as news prose
    // writes it (the next paragraph included), unless it names a speaker of its own.
    // So is a quotation over several sentences ("“She has trained clean her whole life.
    // Everyone in this town knows it.”"), sentence by sentence.
    const part = lastQuoted && lastQuoted.idx === idx - 1 ? quotationPart(s.text) : null;
    // (One that opens must close within a few sentences, as quoteRuns found: a stray mark opens nothing.)
    const starts = part === 'whole' || (part === 'opens' && (run !== undefined || closesWithin(sentences, idx, opts.blockText)));
    // (A quotation still open at the end of its paragraph goes on in the next, which opens with a
    // mark again, and closes at the end of its last.)
    const newParagraph = s.kind === 'paragraph' && s.start === 0 && sentences[idx - 1]?.block !== s.block;
    // (Not a pull quote its credit line gives to someone else: "— Councillor Declan Hurst".)
    const goesOn = lastQuoted !== null && !credits.has(idx + 1) && (lastQuoted.open ? part === 'inside' || part === 'closes' || (newParagraph && (part === 'whole' || part === 'opens')) : starts);
    // (Or one where the speaker says so in the first person: "I'd simply say the figure is wrong.")
    const ownFrame = goesOn ? firstPersonFrame(withoutOuterMarks(s.text)) : null;
    if (goesOn && lastQuoted && (ownFrame || findFrames(s.text).main === null)) {
      // Passed as the quotation it is: its "she" is the speaker's own word, not a name to resolve.
      const words = withoutOuterMarks(s.text);
      if (ownFrame) frameUnits(emitter, ownFrame, lastQuoted.speech, ctx, new Set(), words);
      else contentUnits(emitter, `“${words}”`, lastQuoted.speech, ctx);
      noteSentence(ctx, s.text, lastQuoted.speech.resolved.person);
      lastQuoted = { ...lastQuoted, idx, open: part === 'opens' || part === 'inside' };
      return;
    }
    // "Tomasz Wren of Kestrel Forensics disagrees.": no claim, only who speaks next.
    if (onlyDiffers(s.text)) {
      lastQuoted = introduces(ctx, s.text, idx);
      noteSentence(ctx, s.text, lastQuoted?.speech.resolved.person ?? subjectPerson(ctx, s.text));
      return;
    }
    // "Professor Neil Ashdown, director of admissions at Brackwater University, was blunt.": who
    // speaks next and how, no claim (and no line for the "That is simply untrue" after it to point
    // back at); only what it says others claim stays ("Asked about reports that a ransom had been
    // paid, Marsh was unequivocal.").
    // (A person the article can name: "Despite Trump's calls for peace talks, Putin's government
    // remains skeptical" says more.)
    const introduced = introducedSpeaker(s.text) !== null ? introduces(ctx, s.text, idx) : null;
    introducing = introduced !== null;
    const first = units.length;
    // "Mayor, the leaked audit says the cost is £412 million." (a reporter's question at a press
    // conference): the one addressed is no part of what is said.
    // (A frame inside an open quotation is the quoted speaker's own report — "“… I have the video.
    // @VellmoorCARO you said every station closed at 10. …”" — and the quotation goes on past it.)
    const inside = lastQuoted?.open === true && (part === 'inside' || part === 'closes') ? lastQuoted : null;
    const { quoted, told } = sentenceUnits(emitter, withoutVocative(framedText[idx]!), ctx);
    // (Words told in the reporter's own go on in a quotation of the same paragraph only.)
    const toldHere = told && sentences[idx + 1]?.block === s.block && sentences[idx + 1]?.kind === s.kind ? { speech: told, idx, open: false } : null;
    lastQuoted = inside ? { ...inside, idx, open: part === 'inside' } : quoted ? { speech: quoted, idx, open: false } : (closingSpeech(idx) ?? introduced ?? introduces(ctx, s.text, idx) ?? toldHere);
    continueReport(units, first, s, lastReport);
    lastReport = lastReportIn(units, first);
    // (Whom the sentence tells the words of is whom a "she said" next means: "Kettering also
    // welcomed an offer by the Minister, Fiona Ashdown, … and said …. “…,” she said." is Kettering.)
    const person = told?.resolved.person ?? (ctx.lastPerson !== personBefore ? ctx.lastPerson : subjectPerson(ctx, s.text));
    noteSentence(ctx, s.text, person);
  });
  // "Correction: In an entry at 09:10 this morning we said 32 ships had been diverted. That was
  // wrong.": the entry that said so is withdrawn by its own newsroom, and is no evidence.
  const kept = (withdrawnWords.length === 0 ? units : units.filter((u) => !withdrawnWords.some((w) => tellsWithdrawn(w, u.quote)))).map((u) => answersAnnounced(u, sentences, units));
  return withArticleSpelling(denialsGoOn(opts.release ? issuedBy(kept, opts.release, new Set(sentences.filter((s) => /\?\s*$/.test(s.text)).map((s) => s.n))) : kept));
}

/**
 * What a printed press release asserts with no source of its own is its issuer's, on record; and
 * the issuer named short ("Veltrex noted that …", "Veltrex rejects …") is the issuer, one speaker.
 * A release is also a body's statement named on its Source line (press-release.ts, issuerStatement).
 * A release speaks with one voice: its "Veltrex rejects the allegations in the lawsuit" answers
 * no line of its own (what it answers is told elsewhere), so it stands as what the issuer says.
 */
function issuedBy(units: ClaimUnit[], release: PressRelease, questions: ReadonlySet<number>): ClaimUnit[] {
  const issuer = release.issuer.toLowerCase();
  return units.map((u, k) => {
    if (u.sentence < release.from) return u;
    // "We have seen claims … that staff reported a leaking valve the week before. That is not
    // true.": right after what others claim, told as theirs, the issuer's "That is not true" in
    // its own voice denies it (and so does a pointing denial it words with a frame of its own).
    let j = k - 1;
    while (j >= 0 && units[j]!.sentence >= u.sentence) j--;
    const before = j >= 0 ? units[j] : undefined;
    // (Or what unnamed people told: "Members noted Corvane's statement that …. The chief
    // executive said that claim was without foundation."; or, in a meeting's record, what another
    // named member said: "The Chair said …. Cllr Rowe said she rejected that entirely.")
    const others = before !== undefined && u.attribution.kind === 'named' && before.attribution.kind === 'named' && !!before.attribution.speaker && before.attribution.speaker !== u.attribution.speaker && before.attribution.speaker !== release.issuer;
    // (Or with a question between: "Q: Reports say the error was the board's own fault. Is that
    // right?" — "A: That is simply untrue.")
    const next = before !== undefined && (u.sentence - before.sentence === 1 || (u.sentence - before.sentence === 2 && questions.has(u.sentence - 1)));
    const answers = before !== undefined && (before.stance === 'reports' || (before.attribution.kind === 'anonymous' && before.stance === 'asserts') || others) && next;
    if (answers && u.stance === 'asserts' && u.attribution.kind === 'none' && pointsBackAtLast(u.text) && isFalsityStatement(u.text)) {
      u = { ...u, stance: 'denies', denial: { target: null, pointsBack: true } };
    }
    const a = u.attribution;
    // (Or its name's end: "Ashcombe and Vale Police can confirm …" read as "Vale Police".)
    const short = a.kind === 'named' && a.speaker && !a.role ? a.speaker.toLowerCase() : null;
    // (Or its name written out: "Halberton City Football Club" of "Halberton City FC".)
    if (short && (`${issuer} `.startsWith(`${short} `) || issuer.endsWith(` ${short}`) || abbreviated(short) === abbreviated(issuer))) u = { ...u, attribution: { ...a, speaker: release.issuer } };
    // (So does its "The club rejects the article's central allegations": not its own line before.)
    if (u.stance === 'denies' && u.denial?.target === null && (!u.denial.pointsBack || (!u.denial.owner && !u.negatedEvent)) && !(answers && u.denial.pointsBack)) {
      const { denial: _, ...rest } = u;
      return { ...rest, stance: 'asserts' };
    }
    // (Its denials too: "Ridgeline Power rejects claims that its crews were repairing the line"
    // names the issuer, which as the page's own voice was nobody.)
    if ((u.stance !== 'asserts' && u.stance !== 'denies') || a.kind !== 'none' || a.via !== null) return u;
    return { ...u, attribution: { kind: 'named', speaker: release.issuer, role: null, via: null } };
  });
}

/** A body's name with its kind abbreviated as names often are ("football club" → "fc", "limited" → "ltd", "and" → "&"), lower case. */
function abbreviated(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bfootball\s+club\b/g, 'fc')
    .replace(/\blimited\b/g, 'ltd')
    .replace(/\bincorporated\b/g, 'inc')
    .replace(/\bcorporation\b/g, 'corp')
    .replace(/\s+and\s+/g, ' & ')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}


/**
 * "Brenholt, reached by telephone on Wednesday, was brief.": the person whose quotation comes
 * next (speaker-intro.ts), as if the sentence had quoted them. A person only: "The response was
 * brief" introduces nobody.
 */
function introduces(ctx: SpeakerContext, text: string, idx: number): { speech: Speech; idx: number; open: boolean } | null {
  const who = introducedSpeaker(text);
  if (who === null) return null;
  const speech = speechOf(ctx, { speaker: who, via: null, addressee: null }, null);
  return speech.resolved.person && speech.attribution.kind === 'named' ? { speech, idx, open: false } : null;
}
