/**
 * Split reported content into standalone claim clauses:
 * - independent clauses joined by ", and", ", but", "; ", ", though" (each has its own subject);
 * - coordinated verb phrases sharing a subject ("A did X and did Y" → "A did X", "A did Y");
 * - participial tails ("A did X, briefly mentioning Y" → "A did X", "A briefly mentioned Y");
 * - "when" clauses telling an event of their own ("A were injured when fire swept through B").
 */
import { FIRMLY, lexicon, patterns, reportingVerb } from '../attribution/lexicon.ts';
import { isNumberWord } from '../verdicts/figures.ts';
import { tokenize, type Token } from '../nlp/tokens.ts';
import { clauseSubject } from '../attribution/np.ts';
import { pastTense, quoteDepths, topLevelMatches } from './text.ts';
import { isInstruction } from './candidates.ts';

const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

/** The subject words of a clause ("During the call, Smith urged …" → "Smith"), or null. */
export function subjectOf(clause: string): string | null {
  const toks = tokenize(clause);
  const np = clauseSubject(toks);
  if (!np) return null;
  const s = clause.slice(np.start, np.end);
  return s.trim() === '' ? null : s;
}

/** Words that open a subordinate clause (the tagger calls some of them prepositions). */
const SUBORDINATOR = /^(?:although|though|while|whereas|despite|after|before|since|because|if|when|once)$/i;

/** Does the text start a clause of its own (a subject, then a verb within a few words)? */
function startsClause(text: string): boolean {
  // A discourse marker may come before the subject: ", although to date he has not explained …".
  const toks = tokenize(stripDiscourse(text.trim())).filter((t) => !/^[“”"‘]$/.test(t.text));
  const first = toks[0];
  if (!first || isVerb(first) || ['ADV', 'ADP', 'SCONJ', 'PART', 'CCONJ', 'PUNCT'].includes(first.pos)) return false;
  // "…, and what it told patients": a wh-clause is one more object of the verb before, not a clause.
  if (/^(?:to|only|not|also|then|which|who|whom|whose|that|where|what|when|why|how|whether)$/i.test(first.text)) return false;
  let limit = Math.min(toks.length, 9);
  for (let i = 1; i < limit; i++) {
    // "Kiev, although facing a soldier shortage …, has staunchly opposed it": a subordinate
    // clause set off by commas right after the subject; the verb comes after it.
    if (toks[i]!.text === ',' && SUBORDINATOR.test(toks[i + 1]?.text ?? '')) {
      const close = toks.findIndex((t, k) => k > i + 1 && k < i + 24 && t.text === ',');
      if (close < 0) return false;
      i = close;
      limit = Math.min(toks.length, close + 4);
      continue;
    }
    // "…, and every resident who left when they were told to": a noun and its relative clause,
    // one more object of the verb before, unless a verb of its own comes after the clause ("The
    // man who was arrested has been released").
    if (RELATIVE_PRONOUN.test(toks[i]!.text)) return verbAfterRelative(toks, i);
    if (isVerb(toks[i])) return !/ing$/.test(toks[i]!.text) || toks[i]!.pos === 'AUX';
    if (toks[i]!.pos === 'PUNCT' && toks[i]!.text !== '’s' && toks[i]!.text !== '.') return false;
  }
  return false;
}

const RELATIVE_PRONOUN = /^(?:who|whom|whose|which)$/i;
/** Words opening a clause inside another: what comes after them is no main verb's. */
const CLAUSE_OPENERS = /^(?:when|whenever|after|before|until|if|because|as|while|since|once|where|who|whom|whose|which|that|to)$/i;

/**
 * After a relative pronoun at `r`, a second verb group of the main clause: the clause's own verb
 * group first, then one with no word opening another clause between them.
 */
function verbAfterRelative(toks: readonly Token[], r: number): boolean {
  let k = r + 1;
  while (k < toks.length && !isVerb(toks[k])) k++;
  while (k < toks.length && (isVerb(toks[k]) || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART') && !CLAUSE_OPENERS.test(toks[k]!.text)) k++;
  for (; k < toks.length; k++) {
    if (CLAUSE_OPENERS.test(toks[k]!.text) || toks[k]!.text === ',') return false;
    if (isVerb(toks[k]) && !/ing$/.test(toks[k]!.text)) return true;
  }
  return false;
}

/**
 * The second of two reported clauses joined by ", and that" ("…, and that seven remained in
 * intensive care"), when it is a clause of its own (a subject, then a verb); else null.
 */
export function secondReportedClause(text: string): string | null {
  if (!/,\s+and\s+that\s/i.test(text)) return null;
  const joint = topLevelMatches(text, /,\s+and\s+that\s+/gi)[0];
  if (!joint) return null;
  const rest = text.slice(joint.index + joint[0].length).trim();
  // ("Fourteen is the confirmed count, and that number is solid": "that" points back, a
  // determiner of a singular noun with no other; a clause's subject has one, or is a plural.)
  const [first, next] = tokenize(rest);
  if (first?.pos === 'NOUN' && first.lemma === first.text.toLowerCase() && isVerb(next)) return null;
  return startsClause(rest) ? rest : null;
}

/**
 * Each clause, then the second reported clause it holds, if any ("47 people had been treated, and
 * that seven remained in intensive care" → that, then "seven remained in intensive care"): a
 * claim of its own, told by the same source. The whole stays a clause too (decompose keeps such
 * pairs whole: tellings of the pair are matched on both).
 */
export function withSecondClauses(clauses: readonly string[]): string[] {
  return clauses.flatMap((c) => {
    const second = secondReportedClause(c);
    return second === null ? [c] : [c, second];
  });
}

/** A finite verb form that can head a coordinated verb phrase ("conveyed", "said", "questions"). */
function finiteVerb(t: Token | undefined): boolean {
  if (!t || t.pos !== 'VERB') return false;
  if (/ing$/i.test(t.text)) return false;
  return /(?:ed|s)$/i.test(t.text) || [...lexicon.irregularPast.values()].includes(t.text.toLowerCase());
}

/** Verbs of handing over: "paid to", "given to" after a noun is a participle ("the total paid to him"), not the clause's verb. */
const HANDED_TO = /^(?:paid|given|sent|sold|handed|awarded|granted|offered|owed|lent|loaned|transferred|delivered|shown|passed|issued|supplied|leaked|donated|promised)$/i;

/**
 * A verb heading a reduced relative clause after a noun: "the total paid to Mr X", "the report
 * commissioned by the council". Such a verb has no object of its own, and a clause's main verb of
 * these kinds would ("the council paid him").
 */
function reducedRelative(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1];
  const after = toks[i + 1]?.text.toLowerCase();
  if (!before || !['NOUN', 'PROPN', 'ADJ'].includes(before.pos)) return false;
  if (after === 'by') return /ed$|en$/i.test(toks[i]!.text) || HANDED_TO.test(toks[i]!.text);
  return after === 'to' && HANDED_TO.test(toks[i]!.text);
}

/** Does the text hold a verb of its own (not only one of a reduced relative clause)? */
function hasOwnVerb(text: string): boolean {
  const toks = tokenize(text);
  return toks.some((t, i) => isVerb(t) && !reducedRelative(toks, i));
}

/** Split independent clauses at top-level ", and" / ", but" / ";" / ", though". */
/** A number "and a half" (or a quarter), "three" | "a half weeks": the left part's end, and the right part's start. */
const NUMBER_END = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million))\s*$/i;
const A_HALF = /^an?\s+(?:half|quarter)\b/i;

/**
 * A named thing, not a plural, then a plural verb: "the Georgian Room were taken" (the second of
 * two things it tells of; "the Unions are furious" is a clause of its own).
 */
const NAME_WITH_PLURAL_VERB = /^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*[^s\s]\s+(?:were|are|have\s+been|have)\b/u;

function splitIndependent(content: string): string[] {
  // "… said that 12 were injured and that three remain in hospital": a second "that" clause.
  const cuts = topLevelMatches(content, /(?:,\s*(?:and|but|though|although|while|whereas|yet)\s+|;\s+|\s+and\s+that\s+|\s+and\s+(?=(?:the|a|an|his|her|their|its|both|two)\s))/giu);
  const out: string[] = [];
  let from = 0;
  for (const m of cuts) {
    const left = content.slice(from, m.index);
    const right = content.slice(m.index + m[0].length);
    // "the total paid to Mr X and his family was …": no clause before "and", one subject.
    if (!hasOwnVerb(left) || !startsClause(right)) continue;
    // "three and a half weeks before …": one number.
    if (NUMBER_END.test(left) && A_HALF.test(right)) continue;
    // "safe as long as speed limits were respected and the rails were in good condition": the
    // second clause is part of the condition, not a fact of its own.
    if (OPEN_CONDITION.test(left) && /^\s+and\s/i.test(m[0])) continue;
    // "told Mayor Sandra Pryce and her cabinet in June that …": two hearers of one telling.
    if (/^\s+and\s/i.test(m[0]) && TOLD_WHOM.test(left) && TOLD_THAT.test(right)) continue;
    // "Only objects from the Saxon Gallery and the Georgian Room were taken": one name with a
    // plural verb is the second of two things the verb is told of, not a clause of its own.
    if (/^\s+and\s/i.test(m[0]) && NAME_WITH_PLURAL_VERB.test(right)) continue;
    out.push(left);
    from = m.index + m[0].length;
  }
  out.push(content.slice(from));
  // "she rejected that entirely, and that officers had followed the policy": a denial of what was
  // just told, then a second thing said. (Other "…, and that …" stay one claim: the second clause
  // often only goes on with the first's, as the matcher has long met them.)
  const last = out.length - 1;
  const denied = REJECTED_THAT_AND.exec(out[last]!);
  if (denied) out.splice(last, 1, out[last]!.slice(0, denied.index + denied[1]!.length), out[last]!.slice(denied.index + denied[0].length));
  // "…, and the company has repeatedly ignored them": a clause whose object points back at the
  // one before says nothing on its own; the first clause carries the claim.
  const kept = out.filter((clause, k) => k === 0 || !POINTS_BACK.test(clause));
  return kept.map((clause, k) => (k === 0 ? clause : withSubjectFor(clause, kept[k - 1]!)));
}

/**
 * "The council was warned about capacity, and it did nothing": the second clause's "it" (or
 * "they") is the first clause's subject when they agree in number — "the council did nothing",
 * not an unexplained "It did nothing" (nor the speaker's: "the plan was sound, and it would save
 * money" is the plan's). A pronoun subject before, or a person's name, leaves it as it is.
 */
/** An "it" that stands for what follows: "it was unclear when …", "it is likely that …", "it remains to be seen whether …". */
const EXPLETIVE_IT = /^it\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|became|has\s+been|had\s+been)\s+(?:\p{L}+\s+){0,3}?(?:that|whether|when|how|why|who|what|where|if|to)\b/iu;

function withSubjectFor(clause: string, before: string): string {
  const pronoun = /^(it|they|he|she)\s+(?=\p{Ll})/iu.exec(clause);
  // (Not the "it" of "it was unclear when it would reopen", "it is likely that …": no one's.)
  if (!pronoun || EXPLETIVE_IT.test(clause)) return clause;
  const subject = subjectOf(before)?.trim();
  if (!subject || !/^(?:the|this|that|these|those|its|their|our)\s/i.test(subject) || subject.split(/\s+/).length > 8) return clause;
  // (A subject the tagger cut short is none: "The decision to" of "The decision to sail is …".)
  const head = tokenize(subject).at(-1);
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return clause;
  if ((pronoun[1]!.toLowerCase() === 'they') !== plural(subject)) return clause;
  // ("its driver had not exceeded his driving hours and that he had taken a break": a "he" or
  // "she" is a person the subject names by what they are, never a thing.)
  if (/^(?:he|she)$/i.test(pronoun[1]!) && !lexicon.anonSingulars.has(head.lemma.toLowerCase())) return clause;
  // ("The council shut Kestrel Lane Primary School …, and it reopened": a named thing after the
  // subject may be what "it" is.)
  const rest = before.slice(before.indexOf(subject) + subject.length);
  if (pronoun[1]!.toLowerCase() === 'it' && tokenize(rest).some((t) => t.pos === 'PROPN')) return clause;
  return `${subject} ${clause.slice(pronoun[0].length)}`;
}

/** A pointing denial, then ", and that" a second clause: group 1 the denial. */
const REJECTED_THAT_AND = new RegExp(`\\b((?:rejected|denied|disputed|dismissed|refuted)\\s+(?:that|this|it)(?:\\s+(?:${FIRMLY.join('|')}))?),\\s*and\\s+that\\s+(?=\\S)`, 'i');

/**
 * Telling someone something, with its first hearer (before "and B"): "told Mayor Sandra Pryce"
 * of "… told Mayor Sandra Pryce and her cabinet in June that …", where "and" joins a second
 * hearer, not a clause (TOLD_THAT, after it).
 */
const TOLD_WHOM = /\b(?:told|tells|tell|telling|informed|warned|assured|reminded|notified|briefed|advised|promised|showed|convinced|persuaded)\s+[^,;]{1,60}$/i;
/** The second hearer and what they were told: "her cabinet in June that the stadium was heading …". */
const TOLD_THAT = /^[^,;]{1,60}?\bthat\s/i;

/** A condition opened and not yet closed by a comma: "… as long as A" (before "and B"). */
const OPEN_CONDITION = /\b(?:as|so)\s+long\s+as\b[^,;]*$|\b(?:if|unless|provided|providing|in\s+case)\b[^,;]*$/i;

/** A clause ending in an object pronoun ("ignored them", "has opposed it", "has answered it yet"). */
const POINTS_BACK = /\b(?:it|them|that|this)(?:\s+(?:yet|again|either|too|now|so\s+far))?[\s.,!”"]*$/i;

/** A plural subject ("patients", "the officials", "they"), which a verb in -s does not agree with. */
function plural(subject: string): boolean {
  const head = subject.trim().split(/\s+/).pop() ?? '';
  return /^(?:they|we|you|i)$/i.test(head) || (/[^s']s$/i.test(head) && !/(?:ss|us|is)$/i.test(head));
}

/** A personal object pronoun right after the verb at `v` (past "not" and adverbs): "withdrawn her". */
function objectPronounAfter(toks: readonly { text: string; pos: string }[], v: number): boolean {
  let k = v + 1;
  while (toks[k]?.pos === 'ADV' || toks[k]?.pos === 'PART' || toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX') k++;
  return /^(?:her|him)$/i.test(toks[k]?.text ?? '') && toks[k + 1]?.pos !== 'NOUN' && toks[k + 1]?.pos !== 'ADJ';
}

/** The perfect's auxiliary right after a clause's subject, before its verb: "has" of "SRR has run …" (not "has a plan", "has been fined"). */
const PERFECT_AFTER_SUBJECT = /^\s+(has|have|had)\s+(?:\p{Ll}+ly\s+)?(?!(?:a|an|the|no|some|any|been|not|to|its|his|her|their|our)\b)\p{Ll}+\b/u;
/** A passive's auxiliary after a clause's subject: "has been" of "The minister has been fined …", "was" of "was jailed". */
const PASSIVE_AFTER_SUBJECT = /^\s+((?:has|have|had)\s+been|was|were|is|are)\s+/u;
/** An adverb before a conjunct's verb: "quickly", "later" ("… and later released on bail"). */
const CONJUNCT_ADVERB = String.raw`(?:\p{Ll}+ly|later|then|since|also|soon|again)\s+`;
/** A conjunct opening with a past participle: "maintained the track", "paid a ransom". */
const PARTICIPLE_FIRST = new RegExp(String.raw`^(?:${CONJUNCT_ADVERB})?(?:\p{Ll}+ed|been|done|gone|made|paid|sent|said|told|held|kept|left|lost|met|won|built|brought|bought|spent|found|given|taken|seen|known|shown|written|run|begun|spoken|chosen)\b`, 'u');

/** A verb with its object right after it: "received a detailed inspection", "paid £3 million" (not "published the same day"). */
const TAKES_OBJECT = new RegExp(String.raw`^(?:${CONJUNCT_ADVERB})?\p{Ll}+\s+(?:(?:a|an|the|its|his|her|their|our|my|this|that|these|those|some|no)\s+(?!(?:same|next|following|previous|day|week|month|year|morning|afternoon|evening|night)\b)|[£$€]?\d)`, 'u');

/** Verbs with no passive, opening a conjunct: "arrived", "died", "happened". */
const NO_PASSIVE = new RegExp(String.raw`^(?:${CONJUNCT_ADVERB})?(?:arrived|died|happened|occurred|remained|stayed|waited|slept|fell|rose|returned|departed|appeared|disappeared|collapsed|went|came|left\s+(?:for|at|on|in)|lived|worked|survived|recovered|resigned|retired)\b`, 'u');

/** Words opening a clause of its own inside the sentence ("over how it handled …", "whether it knew …"). */
const WH_CLAUSE = /^(?:how|whether|why)$/i;

/** Split "A did X and did Y" into "A did X", "A did Y". */
function splitCoordinatedVerbs(clause: string): string[] {
  const toks = tokenize(clause);
  const depth = quoteDepths(clause);
  const subject = subjectOf(clause);
  if (!subject) return [clause];
  // "Our advice is simple: do not drink the water … and do not mix formula with it": after a
  // colon the verbs are the advice's, whose subject is not "Our advice".
  const colon = topLevelMatches(clause, /:\s/g)[0]?.index ?? Infinity;
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!/^(?:and|but)$/i.test(t.text) || (depth[t.start] ?? 0) > 0 || t.start > colon) continue;
    // "… opened an investigation over how it handled and disclosed the attack": the verbs after
    // "how" are the clause's own, with its own subject, not the sentence's.
    if (toks.slice(0, i).some((x) => WH_CLAUSE.test(x.text))) continue;
    // "… called Agnieszka Wójcik, …, who pleaded guilty … and is awaiting sentence": after a
    // relative pronoun the verbs are the relative clause's, whose subject is its antecedent.
    if (toks.slice(0, i).some((x) => x.start >= subject.length && /^(?:who|which|whose)$/i.test(x.text))) continue;
    // "This trial was designed, run and analysed by academics": a list of verbs sharing what
    // follows the last, not two clauses ("This trial was designed, run").
    if (toks[i - 2]?.text === ',' && isVerb(toks[i - 1]) && isVerb(toks[i - 3])) continue;
    let j = i + 1;
    while (toks[j]?.pos === 'ADV') j++;
    const auxVerb = toks[j]?.pos === 'AUX' && /^(?:did|does|do|has|had|have|was|were|is|are|would|could|will)$/i.test(toks[j]!.text) && (toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.text === 'not');
    if (!finiteVerb(toks[j]) && !auxVerb) continue;
    // "patients should watch for emails and calls that …": a verb in -s cannot follow a plural
    // subject, so "calls" is one more noun.
    if (!auxVerb && /[^s]s$/i.test(toks[j]!.text) && plural(subject)) continue;
    // "… that Velasquez is suspended and has withdrawn her from the meet": "her" after the verb
    // cannot be its own subject (that would be "herself"), so the verb has another subject, one
    // this clause does not name; the clause stays whole rather than say "Velasquez has withdrawn her".
    if (objectPronounAfter(toks, auxVerb ? j + 1 : j) && tokenize(subject).some((s) => s.pos === 'PROPN')) continue;
    const left = clause.slice(from, t.start).replace(/,\s*$/, '');
    if (!tokenize(left).some(isVerb)) continue;
    out.push(left);
    from = toks[i + 1]!.start;
    out.push(''); // placeholder marker for a subject-less conjunct
  }
  if (out.length === 0) return [clause];
  out.push(clause.slice(from));
  // "SRR has run services and maintained the track": the second verb is "has maintained" too.
  // ("The minister has been fined and ordered to pay": "has been ordered"; "was fined and jailed": "was jailed".)
  const afterSubject = clause.slice(subject.length);
  const passive = PASSIVE_AFTER_SUBJECT.exec(afterSubject);
  const perfect = passive && PARTICIPLE_FIRST.test(afterSubject.slice(passive[0].length)) ? passive[1] : PERFECT_AFTER_SUBJECT.exec(afterSubject)?.[1];
  // Rebuild: every conjunct after a marker gets the subject (and the first verb's "has").
  const result: string[] = [];
  for (let k = 0; k < out.length; k++) {
    if (out[k] === '') continue;
    if (!(k > 0 && out[k - 1] === '')) {
      result.push(out[k]!);
      continue;
    }
    const conjunct = out[k]!.trim();
    // (A passive's auxiliary only before a participle with no object: "was fined and jailed for
    // two years", not "was patrolled in March and received a detailed inspection".)
    // (Nor before a verb that has no passive: "was taken ill … and arrived at the hospital".)
    const carries = perfect && PARTICIPLE_FIRST.test(conjunct) && !(passive && (TAKES_OBJECT.test(conjunct) || NO_PASSIVE.test(conjunct)));
    result.push(carries ? `${subject} ${perfect} ${conjunct}` : `${subject} ${conjunct}`);
  }
  return result;
}

/** A clause of an event after the main verb: "… after drones were seen", "… when the roof collapsed". */
const EVENT_AFTER = /\s(?:after|when|because|since|once|as)\s+(?:[^,;]{1,40}?\s)?(?:was|were|had|has|have|is|are|been|\p{Ll}+ed)\b/u;

/** A clause in the passive: "was closed", "had been suspended", "were evacuated" (by whom, or not). */
const PASSIVE_HEAD = /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|shut|cut|set|hit|put|closed|taken|shown|seen|given|held|kept|left|brought|built|sent|struck)\b(?![^,;]*\b(?:and|but)\b)/u;

/** Split off participial tails: "A did X, briefly mentioning Y" → ["A did X", "A briefly mentioned Y"]. */
function splitParticipial(clause: string): string[] {
  const toks = tokenize(clause);
  const tails = topLevelMatches(clause, /,\s+(?:(\p{Ll}+ly)\s+)?(\p{Ll}+ing)\b/gu).filter((m) => {
    const verbAt = m.index + m[0].length - m[2]!.length;
    const tok = toks.find((t) => t.start === verbAt);
    // A lemma still in -ing is a word the tagger does not know as a verb ("firefighting foam"
    // in a list): it has no past tense to give ("firefightinged").
    // (Nor a list's item: "treated for crush injuries, fainting and breathing difficulties".)
    const next = tok ? toks[toks.indexOf(tok) + 1] : undefined;
    if (next && (next.pos === 'CCONJ' || next.text === ',')) return false;
    return !!tok && tok.pos === 'VERB' && !/ing$/i.test(tok.lemma) && !lexicon.nonClaimParticiples.has(m[2]!.toLowerCase());
  });
  if (tails.length === 0) return [clause];
  const head = clause.slice(0, tails[0]!.index);
  // "Eastshire Police is investigating after drones were seen near Harwick Airport, forcing the
  // airport to suspend all flights": what forced it is the event told after "after", not the
  // police; "We are asking anyone who … to contact us, quoting incident 412": the appeal's own
  // words. One claim (or none) either way.
  if (EVENT_AFTER.test(head) || isInstruction(head)) return [clause];
  // "The northbound carriageway … was closed for more than six hours, causing long tailbacks":
  // after a passive, what the tail tells is what the event did, not its subject (the carriageway
  // caused nothing): the claim is the head's, and the quote keeps the rest.
  if (PASSIVE_HEAD.test(head)) return [head];
  const subject = subjectOf(head);
  if (!subject || !tokenize(head).some(isVerb)) return [clause];
  const out = [head];
  tails.forEach((m, k) => {
    const verbAt = m.index + m[0].length - m[2]!.length;
    const tok = toks.find((t) => t.start === verbAt)!;
    // Reporting participles ("saying", "adding") are frames, not events of the subject.
    if (reportingVerb(tok.text) && !/^(?:describing|calling|suggesting|revealing|warning)$/i.test(tok.text)) return;
    const end = tails[k + 1]?.index ?? clause.length;
    const rest = clause.slice(tok.end, end);
    const adverb = m[1] ? `${m[1]} ` : '';
    out.push(`${subject} ${adverb}${pastTense(tok.lemma)}${rest}`);
  });
  return out;
}

/** Split off an absolute "…, with both leaders reportedly committed to X" as its own clause. */
function splitAbsolute(clause: string): string[] {
  const m = topLevelMatches(clause, /,\s+with\s+/g)[0];
  if (!m) return [clause];
  const head = clause.slice(0, m.index);
  const tail = clause.slice(m.index + m[0].length);
  const toks = tokenize(tail);
  // NP, then (adverb) a participle or adjective: "both leaders reportedly committed to …".
  let i = 0;
  while (i < toks.length && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(toks[i]!.pos) && i < 5) i++;
  if (i === 0 || !toks.slice(0, i).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return [clause];
  let j = i;
  while (toks[j]?.pos === 'ADV') j++;
  const v = toks[j];
  if (!v || !(v.pos === 'VERB' && /ed$/.test(v.text)) || !tokenize(head).some(isVerb)) return [clause];
  return [head, tail];
}

/**
 * Split off a "when" clause that tells an event of its own: "Nineteen workers were injured when
 * fire swept through the factory" → "Nineteen workers were injured", "fire swept through the
 * factory". Each is a claim, and the first meets its other tellings ("12 workers were injured")
 * instead of trailing the circumstance along.
 */
function splitWhen(clause: string): string[] {
  for (const m of topLevelMatches(clause, /,?\s+when\s+/gi)) {
    const head = clause.slice(0, m.index);
    const tail = clause.slice(m.index + m[0].length);
    // "I found out when I turned up" says one thing: too short a half is no claim of its own.
    // "looking at what happened, when the hospital knew it": a "when" among questions is one more.
    if (vague(head) || vague(tail) || /\b(?:what|how|why|whether)\b/i.test(head)) continue;
    // "… was travelling at about 97 km/h when it entered the curve": "it" is the train of the
    // first half; the second half alone ("It entered the curve") says nothing of what.
    if (/^(?:it|he|she|they|its|his|her|their)\b/i.test(tail.trim())) continue;
    if (subjectOf(head) !== null && tokenize(head).some(isVerb) && (startsClause(tail) || startsEvent(tail))) return [head, tail];
  }
  return [clause];
}

/**
 * A count of the ones just named told in a relative clause: "eleven people had been injured, six
 * of whom had been taken to hospital" → "eleven people had been injured", "six of the people had
 * been taken to hospital". Each is a count of its own: left as one, "six" would be read as a
 * count of the injured, and "eleven" against another telling's "Six people were taken to hospital".
 */
function splitCountOfWhom(clause: string): string[] {
  const m = COUNT_OF_WHOM.exec(clause);
  if (!m || !isCount(m[2]!) || !tokenize(m[1]!).some(isVerb) || !tokenize(m[3]!).some(isVerb)) return [clause];
  // What the first half counts, for the second's "of whom": "eleven people" → "the people",
  // "hundreds of workers" → "the workers"; else "them".
  const toks = tokenize(m[1]!);
  const n = toks.findIndex((t) => t.pos === 'NUM' || isCount(t.text));
  let k = n + 1;
  if (n >= 0 && toks[k]?.text.toLowerCase() === 'of') k++;
  const counted = n >= 0 && toks[k]?.pos === 'NOUN' ? toks[k]!.text : null;
  return [m[1]!, `${m[2]} of ${counted ? `the ${counted}` : 'them'} ${m[3]}`];
}
const COUNT_OF_WHOM = /^(.{8,}?),\s+((?:\d[\d,]*|[\p{L}-]+)(?:\s+(?:hundred|thousand))?)\s+of\s+(?:whom|which)\s+(.+)$/iu;
/** A number ("six", "40", "two hundred", "one"): "most of whom" tells no count to compare, and stays. */
const isCount = (q: string): boolean => {
  const first = q.toLowerCase().split(/[\s-]/)[0]!;
  return /^\d/.test(first) || first === 'one' || isNumberWord(first);
};

/** Too little for a claim of its own: "he left", "I turned up" (but "The mayor resigned" is one). */
function vague(half: string): boolean {
  const words = half.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words < 3 || (words < 4 && /^(?:i|we|you|he|she|it|they)\b/i.test(half.trim()));
}

/**
 * What a denial denies, without the clause that dates it: "he met the bidders before the board
 * awarded them the contract" denies the meeting, not the award, which the denier does not
 * dispute. The time clause goes when it has a subject and verb of its own.
 */
export function withoutTimeClause(clause: string): string {
  for (const m of topLevelMatches(clause, /,?\s+(?:before|after|when|while)\s+/gi)) {
    const head = clause.slice(0, m.index);
    if (tokenize(head).some(isVerb) && startsClause(clause.slice(m.index + m[0].length))) return head;
  }
  return clause;
}

/**
 * "fire swept through …": a clause whose first word the tagger took for a verb (as it does for
 * "fire", "attack", "flood" in running text) — a finite verb right after it tells the event.
 */
function startsEvent(text: string): boolean {
  const [first, second] = tokenize(text.trim());
  if (!first || !second || first.pos !== 'VERB' || /(?:ing|ed)$/i.test(first.text)) return false;
  // An inflected verb next (its lemma differs: "swept" → "sweep", "spread" is no help).
  return second.pos === 'VERB' && second.lemma !== second.text.toLowerCase() && !/ing$/i.test(second.text);
}

/** Strip a leading discourse marker ("However, …", "Meanwhile, …"). */
export function stripDiscourse(clause: string): string {
  return clause.replace(patterns.discourse, '');
}

/**
 * "he would end it quickly, although to date he has not explained how": the concessive clause is
 * the writer's comment on what was said, not part of it. Returns [what was said, the comment]
 * (the comment null when there is none, or when the tail is no clause of its own).
 */
export function concessiveTail(content: string): [string, string | null] {
  for (const m of topLevelMatches(content, /,\s*(?:although|though|whereas)\s+/gi)) {
    const left = content.slice(0, m.index);
    const right = content.slice(m.index + m[0].length);
    if (tokenize(left).some(isVerb) && startsClause(right)) return [left, right];
  }
  return [content, null];
}

/**
 * "This proves what we've been saying: the decision was made in June", "The truth is simple: no
 * one was told": a preamble that only announces the claim after its colon. The claim is what
 * follows, when it is a clause of its own.
 */
const PREAMBLE = /^(?:(?:this|that|it|which)\s+(?:(?:only|just|clearly)\s+)?(?:proves?|shows?|confirms?|means?|tells\s+you|is\s+proof)\b[^:]{0,60}|(?:the\s+)?(?:truth|fact|reality|point|bottom\s+line)\s+is(?:\s+(?:simple|this|clear))?|here\s+is\s+the\s+(?:truth|thing))\s*:\s+/i;

function withoutPreamble(content: string): string {
  const m = PREAMBLE.exec(content) ?? UNDERSTANDING.exec(content) ?? SPEAKER_PREAMBLE.exec(content);
  if (!m) return content;
  // ("… that every pupil has been accounted for, and that none of the injuries is …": each
  // "that" clause is one of what is stated.)
  const rest = /\bthat\s+$/i.test(m[0]) ? content.slice(m[0].length).replace(/,?\s+and\s+that\s+(?=\S)/gi, ', and ') : content.slice(m[0].length);
  return startsClause(rest) ? rest : content;
}

/**
 * "Our understanding is that four people were injured", "My information is that …": the
 * speaker's own telling of what follows, no claim about an understanding.
 */
const UNDERSTANDING = /^[“"‘']?(?:our|my)\s+(?:understanding|information)\s+is\s+that\s+/i;

/**
 * A speaker's preamble before what they state: "I want to be absolutely clear: our driver had
 * not exceeded his driving hours", "To be clear, …", "I want to reassure you first of all that
 * every pupil has been accounted for". The claim is what follows; the preamble alone, said as a
 * sentence of its own, is throat-clearing (clearsThroat, candidates.ts).
 */
const SPEAKER_PREAMBLE = /^(?:(?:but|and|so|now)\s+)?(?:(?:I|we)\s+(?:want|wish|need|have|would\s+like|[’']d\s+like)\s+to\s+(?:be\s+(?:very\s+|absolutely\s+|quite\s+|perfectly\s+|crystal\s+)?clear|make\s+(?:it\s+)?(?:very\s+|absolutely\s+|quite\s+)?clear|stress|emphasi[sz]e|reassure\s+(?:you|parents|families|everyone|the\s+public|our\s+\p{L}+)(?:,?\s+(?:first\s+of\s+all|at\s+the\s+outset|above\s+all),?)?)|let\s+me\s+be\s+(?:very\s+|absolutely\s+|quite\s+)?clear|to\s+be\s+(?:very\s+|absolutely\s+|quite\s+)?clear)(?:\s*[:,—–-]\s*|\s+that\s+)(?=\S)/iu;

/** "A has not paid, and will not pay, a ransom": two verbs sharing the object after the second. */
const RAISED_OBJECT = /^([^,;“”"]+?),\s+(and|or|but)\s+([^,;“”"]+?),\s+([^,;“”"]+)$/;

/**
 * The clause with an object two verbs share written after each ("The trust has not paid, and
 * will not pay, a ransom" → "The trust has not paid a ransom and will not pay a ransom"), so that
 * each verb's clause says what it did; any other clause as it is.
 */
export function sharedObject(clause: string): string {
  const m = RAISED_OBJECT.exec(clause);
  if (!m) return clause;
  const [, first, conj, second, object] = m;
  const lastIsVerb = (words: string): boolean => tokenize(words).at(-1)?.pos === 'VERB';
  const head = tokenize(object!)[0];
  if (!lastIsVerb(first!) || !lastIsVerb(second!) || !head || !['DET', 'NOUN', 'NUM', 'PROPN', 'ADJ', 'PRON'].includes(head.pos)) return clause;
  return `${first} ${object} ${conj} ${second} ${object}`;
}

/** Split reported content into claim clauses (not yet tidied or shortened). */
export function decompose(content: string): string[] {
  const out: string[] = [];
  let named: string | null = null;
  for (const independent of splitIndependent(withoutPreamble(content.trim()))) {
    for (const part of splitAbsolute(stripDiscourse(independent.trim())).flatMap(splitWhen).flatMap(splitCountOfWhom).flatMap(splitParticipial)) {
      for (let clause of splitCoordinatedVerbs(sharedObject(part.trim()))) {
        clause = clause.trim();
        if (clause === '') continue;
        // "A did X, though he did not do Y": "he" is the earlier clause's named subject.
        if (named && out.length > 0 && /^(?:he|she)\s/i.test(clause)) clause = clause.replace(/^(?:he|she)/i, named);
        const subject = subjectOf(clause);
        // (A name heads it: "the Garvel Rocks marker buoy" names rocks, and is no "she".)
        const words = subject ? tokenize(subject).filter((t) => t.pos !== 'PUNCT') : [];
        if (subject && words.length > 0 && words[words.length - 1]!.pos === 'PROPN' && !/^(?:he|she|it|they)$/i.test(subject)) named = subject;
        out.push(clause);
      }
    }
  }
  return out;
}
