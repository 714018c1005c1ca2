/**
 * What a denial denies: the object of "denied …" ("a report that A met B" → target "A met B",
 * "the allegations" → anaphoric), negated events ("there was no such call" → "call"),
 * falsity statements ("It's completely untrue"), and embedded reports ("reports that …").
 */
import { FIRMLY, POINTED_TELLINGS, alternation, lexicon, patterns } from '../attribution/lexicon.ts';
import { tokenize } from '../nlp/tokens.ts';
import { quoteDepths, tidy } from './text.ts';
import { withoutTimeClause } from './decompose.ts';

export interface DenialObject {
  /** The denied content as a clause or noun phrase; null when the object is anaphoric. */
  target: string | null;
  targetIsClause: boolean;
  /** The object as written, up to the end of its clause (for the denial unit's text). */
  objectText: string;
  /** "a report (by X) that CONTENT": the report's content and what the sentence says of its source. */
  report: ReportMention | null;
  negatedEvent: string | null;
  /** "rejected that account": the denial answers what the article told just before it. */
  pointsBack?: true;
}

export interface ReportMention {
  content: string;
  /** The report noun as written ("report", "claims"). */
  noun: string;
  /** Offset where the report's noun phrase begins (its determiner/modifiers). */
  phraseStart: number;
  /** Words naming the report's source ("Northern Gazette", "anonymous sources"), or null. */
  source: string | null;
  /** Offsets of the content in the analysed text. */
  start: number;
  end: number;
  /**
   * The sentence calls the report false ("Claims that the vote was rigged are baseless"): the
   * content ends before that predicate, and whoever says the sentence denies it.
   */
  calledFalse?: true;
}

const NOUNS = alternation(lexicon.reportNouns);
/** …as the text's first word, too ("Claims that …"): REPORT_RE's other words are matched as written. */
const NOUNS_OPENING = alternation([...lexicon.reportNouns, ...lexicon.reportNouns.map((n) => n[0]!.toUpperCase() + n.slice(1))]);
const LINKS = alternation(lexicon.reportLinks);
const MODS = `(?:(?:\\p{Lu}[\\p{L}.’'-]*|\\p{Ll}[\\p{L}-]*[’']s|recent|latest|new|media|press|news|earlier|unconfirmed|several|multiple|widespread|the|a|an|these|those|such|any|all)\\s+){0,5}`;
/** How a report goes round, between its noun and where it was: "claims circulating on social media that …". */
const GOING_ROUND = String.raw`(?:\s+(?:circulating|spreading|going\s+(?:a)?round|doing\s+the\s+rounds|posted|shared|published|carried|made))?`;
const REPORT_RE = new RegExp(`(${MODS})\\b(${NOUNS_OPENING})\\b${GOING_ROUND}((?:\\s+(?:by|in|from|on)\\s+(?:the\\s+)?[^,;“”]+?)?)\\s+(?:${LINKS})\\s+`, 'gu');
/** A report noun as REPORT_RE takes it: text without one has no report in it (a cheap test first). */
const REPORT_NOUN = new RegExp(`\\b(?:${NOUNS_OPENING})\\b`, 'u');
const REPORTS_OF = new RegExp(`^(?:(?:the|a|an|any|all|these|those|such|recent|media|press|latest|us|u\\.s\\.)\\s+){0,3}(?:${NOUNS})\\s+(?:of|about)\\s+`, 'iu');
const DET_REPORT = new RegExp(`^(?:(?:the|these|those|such|this|that|its|their|his|her|both|all|any|either)\\s+)(?:[\\p{L}-]+\\s+){0,2}?(?:${NOUNS})\\b`, 'iu');
const PLURAL_VERB = /^(?:are|were|remain)$/i;
const BOUNDARY = /,[”"]?\s+(?=(?:\p{Ll}+ing|following|which|who|but|while|although|though|according|after|before|citing|with|as|said|saying|calling)\b)|;\s+|\s+[—–]\s+|\s*\(\s*/u;

/** End of the clause that starts at 0: the first top-level boundary (", denying", ";", …). */
export function clauseEnd(text: string): number {
  const depth = quoteDepths(text);
  const re = new RegExp(BOUNDARY.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = m.index + m[0].length - 1;
    if ((depth[after] ?? 0) === 0 && m.index > 0) return /^,[”"]/.test(m[0]) ? m.index + 2 : m.index;
  }
  return text.length;
}

/** "there was no (such) conversation" / "no such call took place" → "conversation" / "call". */
export function negatedEventOf(clause: string): string | null {
  const c = tidy(clause);
  const m = /^(?:there\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be|would\s+be)\s+|)no\s+(such\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:between|with|about|on|in|at|to|for|of|over|took|has|had|happened|occurred|was|were|is|ever|whatsoever)\b|\s*[,.;:!”"]|$)/iu.exec(c);
  if (!m) return null;
  const noun = m[2]!.toLowerCase();
  const head = noun.split(/\s+/).pop() ?? noun;
  if (m[1] || lexicon.eventNouns.has(noun) || lexicon.eventNouns.has(head)) return m[2]!;
  return null;
}

/** "there had been a phone call" (inside "denied that …") → "phone call". */
export function positiveEventOf(clause: string): string | null {
  const m = /^there\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:a|an|any)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:between|with|about|on|in|at|to|for|of|over)\b|\s*[,.;:!”"]|$)/iu.exec(tidy(clause));
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  return lexicon.eventNouns.has(noun) || lexicon.eventNouns.has(noun.split(/\s+/).pop() ?? '') ? m[1]! : null;
}

/**
 * "a phone call between A and B" (what "denied reports of …" names) → "phone call": the event the
 * reports told of, when the noun phrase opens with an event noun.
 */
export function eventPhraseOf(np: string): string | null {
  const words = tidy(np)
    .replace(/^(?:(?:a|an|the|any|alleged|reported|purported|secret|recent)\s+)+/iu, '')
    .split(/\s+/)
    .slice(0, 3);
  for (let k = 1; k <= words.length; k++) {
    const phrase = words.slice(0, k).join(' ').replace(/[,.;:!”"]+$/u, '');
    if (lexicon.eventNouns.has(phrase.toLowerCase())) return phrase;
  }
  return null;
}

/** "That did not happen.", "None of that happened", "That is not what happened": what was just said is denied, whole. */
const NEVER_HAPPENED = /^(?:(?:that|this|it)\s+(?:simply\s+|just\s+)?(?:did\s+not|didn[’']t|never)\s+happen(?:ed)?|none\s+of\s+(?:that|this|it)\s+(?:ever\s+)?happened|(?:that|this)\s+(?:is|was)\s+not\s+what\s+happened)[\s.!”"]*$/i;

/**
 * Does a statement open by pointing back at what was just told: "That is not true", "It's false",
 * "That was incorrect", "That did not happen" (after a colon too: "replied: ‘That is not true.’")?
 */
export function pointsBackAtLast(text: string): boolean {
  return POINTS_BACK.test(text);
}
const POINTS_BACK = new RegExp(`^\\s*:?\\s*[“"‘']?(?:that|this|it)(?:\\s+(?:${POINTED_TELLINGS.join('|')}))?(?:\\s+(?:is|was)|['’]s|\\s+(?:simply\\s+)?(?:did\\s+not|didn['’]t|never)\\s+happen)\\b`, 'i');

/** "It's completely untrue", "the article was “simply false”", "purely false information". */
export function isFalsityStatement(clause: string): boolean {
  const c = tidy(clause).replace(/^[“"]/, '');
  if (NEVER_HAPPENED.test(c)) return true;
  if (!patterns.falsity.test(c)) return false;
  if (patterns.anaphoricSubject.test(c)) {
    const rest = c.replace(patterns.anaphoricSubject, '');
    const copula = /^(?:[’']s|\s+(?:is|was|are|were|remains?|seems?|appears?)\b)/i.exec(rest);
    // The falsity is what is said of it, within a few words: "That is simply false", "This is a
    // lie"; not "These are students who did nothing wrong".
    if (copula && patterns.falsity.test(rest.slice(copula[0].length).split(/\s+/).slice(0, 5).join(' '))) return true;
  }
  const toks = tokenize(c);
  const words = toks.filter((t) => t.pos !== 'PUNCT');
  return words.length <= 6 && !toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Embedded reports: "(a Northern Gazette) report (by X) (suggesting) that CONTENT". */
/** A leading aside on what someone was asked about: "Asked about", "When pressed on". */
const ASKED_ABOUT = /^\s*(?:when\s+)?(?:asked|questioned|pressed|quizzed|challenged)\s+(?:about|on|over)\s+$/i;

export function reportMentions(text: string): ReportMention[] {
  if (!REPORT_NOUN.test(text)) return [];
  const depth = quoteDepths(text);
  const tokens = tokenize(text);
  const out: ReportMention[] = [];
  REPORT_RE.lastIndex = 0;
  for (let m = REPORT_RE.exec(text); m; m = REPORT_RE.exec(text)) {
    const nounAt = m.index + m[1]!.length;
    if ((depth[nounAt] ?? 0) > 0) continue;
    const nounTok = tokens.find((t) => t.start === nounAt);
    // "The ministry claims that …" is a verb, not a report noun.
    const prior = tokens.filter((t) => t.end <= nounAt);
    // "Claims that the vote was rigged are nonsense": a plural opening the text has no subject
    // to be the verb of, whatever the tagger says.
    const opens = /s$/i.test(m[2]!) && prior.every((t) => t.pos === 'PUNCT');
    if (nounTok && nounTok.pos === 'VERB' && !opens) continue;
    if (nounTok && (nounTok.pos === 'AUX' || nounTok.pos === 'PROPN') && !/^[A-Z]/.test(m[1]!) && !opens) continue;
    // "The ministry claims that …": a bare noun right after a subject is the verb.
    const before = prior[prior.length - 1];
    const beforeThat = prior[prior.length - 2];
    const subjectHead = !!before && ['NOUN', 'PROPN', 'PRON'].includes(before.pos) && (!beforeThat || beforeThat.pos === 'DET' || beforeThat.pos === 'PUNCT');
    if (m[1]!.trim() === '' && subjectHead) continue;
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    let end = start + clauseEnd(rest);
    // "Asked about reports that a ransom had been paid, Marsh was unequivocal.": the aside ends
    // at its comma, and the report with it.
    const comma = ASKED_ABOUT.test(text.slice(0, m.index)) ? rest.indexOf(',') : -1;
    if (comma > 0) end = Math.min(end, start + comma);
    const called = patterns.calledFalse.exec(text.slice(start, end));
    // The verb agrees with the noun ("claims … are", "the claim … is"), else the falsity is the
    // content's own: "the claim that the accounts were inaccurate" is a claim about accounts.
    const calledFalse = called !== null && called.index > 0 && PLURAL_VERB.test(called[1]!) === (/s$/i.test(m[2]!) && !/news$/i.test(m[2]!));
    if (calledFalse) end = start + called.index;
    // A capitalised noun opens a report only when the sentence calls it false: "Reports that the
    // mayor resigned circulated on Monday" has no clause boundary to end the content at.
    else if (/^\p{Lu}/u.test(m[2]!)) continue;
    const content = text.slice(start, end);
    // A report's content is a clause. (One called false is taken at three words: the tagger reads
    // "lied" in "the claim that the minister lied is untrue" as a noun.)
    if (!(calledFalse && content.trim().split(/\s+/).length >= 3) && !tokenize(content).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const mods = m[1]!.replace(/\b(?:the|a|an|these|those|such|any|all|recent|latest|new|earlier|unconfirmed|several|multiple|widespread)\b/gi, ' ').replace(/\s+/g, ' ').trim();
    const by = m[3]!.replace(/^\s*(?:by|in|from|on)\s+/i, '').trim();
    // "the union's claim that …": a possessive names whose report it is.
    const possessor = /((?:the\s+)?[\p{L}-]+)[’']s\s*$/iu.exec(m[1]!)?.[1];
    const source = possessor ?? ([mods, by].filter((x) => x !== '').join(' ') || null);
    const lead = /^\s*/.exec(m[1]!)![0].length;
    const mention: ReportMention = { content, noun: m[2]!, phraseStart: m.index + lead, source, start, end };
    if (calledFalse) mention.calledFalse = true;
    out.push(mention);
  }
  return out;
}

/**
 * "Any suggestion that we sat on this is simply untrue", "Claims that the vote was rigged are
 * baseless": a clause whose subject is a report its speaker calls false. The report it opens
 * with, or null.
 */
export function reportCalledFalse(clause: string): ReportMention | null {
  // Without its marks: a report inside quotation marks is no report of this text's.
  return reportMentions(clause.replace(/^[\s“"‘]+/, '').replace(/[”"’]+\s*$/, '')).find((r) => r.calledFalse && r.phraseStart === 0) ?? null;
}

/** "rejected the allegation", "denied the accusation": one allegation, the one just made. */
const THE_ALLEGATION = /^the\s+(?:allegation|accusation|charge|suggestion|criticism)\s*[.!]?\s*$/i;

/**
 * "that account", "that version of events", "that characterisation": the whole object a report
 * pointed back to (a report noun, or a word for someone's telling: POINTED_TELLINGS), up to the end of
 * the clause ("“We reject that characterisation,” …").
 */
const THAT_REPORT = new RegExp(
  `^that\\s+(?:[\\p{L}-]+\\s+)?(?:${NOUNS}|${POINTED_TELLINGS.join('|')}|reading)(?:\\s+of\\s+(?:events|what happened))?\\s*[.!,]?\\s*[”"’]?\\s*$`,
  'iu',
);

/** "(called) that “simply false”", "(branded) this a lie": what was told just before, called false ("calling it false" after "denied the report" is the report). */
const THAT_CALLED_FALSE = /^(?:that|this)\s+[“"‘']?(?:(?:simply|completely|totally|utterly|just|entirely)\s+)?(?:false|untrue|wrong|nonsense|a\s+lie|lies|absurd|baseless|misleading|inaccurate|fabricated|ridiculous|not\s+true)\b/i;

/** "that entirely", "this outright": what was told just before, and how firmly it is rejected. */
const THAT_FIRMLY = new RegExp(`^(?:that|this|it)\\s+(?:${FIRMLY.join('|')})\\s*[.!]?\\s*$`, 'i');

/** A trailing adjunct of time or circumstance on a denied noun phrase. */
const CIRCUMSTANCE = /\s+(?:amid|amidst|despite|during|following|in the wake of|ahead of)\s.*$/is;

/** Parse the object of a denial verb: `object` is the text right after the verb. */
/** "claims, circulating among opposition councillors, that …": an aside between a report noun and its "that". */
const INSERT_BEFORE_THAT = /^((?:[\p{L}’'-]+\s+){0,3}?(?:claims?|reports?|allegations?|suggestions?|rumou?rs?|accusations?)),\s+[^,;“”"]{1,60}?,\s+(?=that\s)/iu;

export function parseDenialObject(object: string): DenialObject {
  const obj = object.replace(/^\s*[,:]?\s*/, '').replace(INSERT_BEFORE_THAT, '$1 ');
  const end = clauseEnd(obj);
  const objectText = obj.slice(0, end);
  // "rejected that account", "disputed that version of events": "that" points back, it opens no
  // clause; so does "called that “simply false”".
  // ("rejected that entirely", "denied this outright": "that" alone, then how firmly.)
  if (THAT_REPORT.test(objectText) || THAT_CALLED_FALSE.test(objectText) || THE_ALLEGATION.test(objectText) || THAT_FIRMLY.test(objectText)) return { target: null, targetIsClause: false, objectText, report: null, negatedEvent: null, pointsBack: true };
  // "denied that CLAUSE"
  const that = /^that\s+/i.exec(obj);
  if (that) {
    const clause = tidy(withoutTimeClause(obj.slice(that[0].length, end)));
    return { target: clause, targetIsClause: true, objectText, report: null, negatedEvent: negatedEventOf(clause) ?? positiveEventOf(clause) };
  }
  // "denied a report (by X) that CLAUSE"
  const mention = reportMentions(obj).find((r) => r.start <= 80 && !/[.;]/.test(obj.slice(0, r.start)));
  if (mention && /^(?:(?:\p{L}[\p{L}.’'-]*)\s+){0,7}$/u.test(obj.slice(0, mention.start).replace(/\b(?:that|suggesting|saying|claiming|alleging|by|in|from|according to which|stating|indicating)\s*$/i, ''))) {
    const clause = tidy(withoutTimeClause(mention.content));
    return {
      target: clause,
      targetIsClause: true,
      objectText: obj.slice(0, mention.end),
      report: mention,
      negatedEvent: null,
    };
  }
  // "denied reports of NP"
  const of = REPORTS_OF.exec(obj);
  if (of) {
    const np = tidy(obj.slice(of[0].length, end));
    return { target: np === '' ? null : np, targetIsClause: false, objectText, report: null, negatedEvent: np === '' ? null : eventPhraseOf(np) };
  }
  // "rejected the allegations", "rejected this", "calling the report false"
  if (patterns.anaphoricObject.test(obj) || DET_REPORT.test(obj) || /^(?:reports|claims|allegations|rumou?rs)\b/i.test(obj)) {
    // "SRR has denied this", "dismissed it": what was told just before.
    const pointsBack = /^(?:this|that|it)\s*(?:[.,;:]|$)/i.test(objectText.trim());
    return { target: null, targetIsClause: false, objectText, report: null, negatedEvent: null, ...(pointsBack ? { pointsBack: true as const } : {}) };
  }
  // Any other object: a noun phrase ("any readiness for talks"), without the circumstances a
  // headline adds ("talks amid war escalation": the talks are denied, not the escalation).
  const np = tidy(objectText.replace(/\s+as\s+[“"].*$/s, '').replace(CIRCUMSTANCE, ''));
  return { target: np === '' ? null : np, targetIsClause: false, objectText, report: null, negatedEvent: null };
}

/** What someone's claims are called: "the union's count", "the lawsuit's allegations". */
const CLAIM_NOUN = '(?:claims?|allegations?|accusations?|counts?|figures?|numbers?|estimates?|tally|account|version|reports?|statements?|assertions?|story)';

/** "the union's count", "Local 88's figure of 1,500": the owner before a possessive. */
const POSSESSOR = new RegExp(`^(?:the\\s+)?(?:[\\p{L}\\d.&-]+\\s+){0,3}?([\\p{L}\\d&-]+)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${CLAIM_NOUN}\\b`, 'iu');

/** "the allegations in the lawsuit", "claims made by the union": the owner after a preposition (not "of": "reports of a phone call" are about the call). */
const OWNER_AFTER = new RegExp(`^(?:the\\s+|these\\s+|those\\s+)?(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN}\\s+(?:in|by|from|made\\s+by|contained\\s+in)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}\\d&-]+\\s+){0,2}?([\\p{L}\\d&-]+)\\b`, 'iu');

/**
 * Whose claims a reference denies, by the word that names them: "rejected the union's count"
 * → "union", "The union's figure of 1,500 is not accurate" → "union", "rejects the allegations
 * in the lawsuit" → "lawsuit"; null when it names nobody ("rejected the claims").
 */
export function ownerOf(object: string): string | null {
  const text = object.trim().replace(/^[“"‘]+/, '');
  const m = POSSESSOR.exec(text) ?? OWNER_AFTER.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/** "it is false to say the closure was decided in June", "it is simply untrue that …": what it says is false. */
const FALSE_TO_SAY = /\b(?:it\s+is|it['’]s|it\s+was|it\s+would\s+be)\s+(?:(?:simply|completely|totally|just|plainly|categorically|absolutely|entirely|wholly|patently)\s+)?(?:false|untrue|wrong|incorrect|not\s+true|inaccurate|misleading)\s+(?:to\s+(?:say|suggest|claim|report|state|imply)\s+(?:that\s+)?|that\s+)(.+?)[.!]?$/i;

/** The claim a clause calls false to say ("… it is false to say the closure was decided in June"), or null. */
export function falseToSay(clause: string): string | null {
  return FALSE_TO_SAY.exec(clause.replace(/[”"’]+\s*$/, ''))?.[1] ?? null;
}
