/**
 * Claim units from one frame (or from the article's own prose): content clauses with their
 * stance, denial units with their targets, refusals to comment.
 */
import type { Attribution } from '../types.ts';
import { lexicon, patterns } from '../attribution/lexicon.ts';
import { tokenize } from '../nlp/tokens.ts';
import { clauseSubject } from '../attribution/np.ts';
import { PRIVY, findFrames, toldByFrame, type Frame } from '../attribution/frames.ts';
import { personIn, resolveSpeaker, type SpeakerContext } from '../attribution/speakers.ts';
import { namesBody } from '../attribution/people.ts';
import type { ClaimUnit } from './extract.ts';
import { concessiveTail, decompose, withSecondClauses, withoutTimeClause } from './decompose.ts';
import { clauseEnd, falseToSay, isFalsityStatement, negatedEventOf, ownerOf, parseDenialObject, pointsBackAtLast, reportCalledFalse } from './denial.ts';
import { baseStance, isHearsay, isWholeQuote, startsImpersonal, pronounPerson, pronounToName, reportAttribution, resolveLeadingPronoun, speechOf, stripHearsayAdverb, type Speech } from './speech.ts';
import { capitalise, claimText, decapitalise, pastTense, singularVerb, tidy } from './text.ts';
import { dropRoles } from './shorten.ts';
import { pluralSubjectsVerb, statesUnknown } from './candidates.ts';

export const MIN_WORDS = 3;

/**
 * "It had opened …", "It is treating …": an organisation's "it", speaking of itself. Only with an
 * auxiliary of the active voice: "It was Maredian troops who fired first", "It is unclear …",
 * "It had been postponed" (the inspection) and "It took place on February 18" say nothing of the
 * speaker.
 */
const IT_THEN_VERB = /^It\s+(?:(?:also|never|still|now|already)\s+)?(?:(?:(?:has|had|would|will|could|can|did|does|may|might|should|must)(?:\s+not|n[’']t)?|won[’']t|can[’']t)\s+(?!been\b|be\b)\p{Ll}|(?:is|was)(?:\s+not|n[’']t)?\s+\p{Ll}+ing\b)/u;

/**
 * "X says it wrote to the council", "X said it believed …": right after an organisation's
 * reporting verb, "it" with a verb only a body does is the organisation. (Not "SRR says it took
 * place on February 18": what took place is the inspection; verbs of events are not listed.)
 */
const IT_THEN_ACT = /^It\s+(?:(?:also|never|still|now|already|first|only|then|later|previously|repeatedly)\s+)?(?:wrote|writes|received|receives|expected|expects|believed|believes|asked|asks|found|finds|gave|gives|told|tells|raised|raises|learned|learnt|learns|knew|knows|sent|sends|paid|pays|hired|hires|booked|books|supplied|supplies|deployed|deploys|commissioned|commissions|agreed|agrees|decided|decides|refused|refuses|rejected|rejects|offered|offers|planned|plans|intended|intends|estimated|estimates|warned|warns|informed|informs|notified|notifies|contacted|contacts|emailed|emails|e-mailed|phoned|phones|rang|alerted|alerts|flagged|flags|visited|visits|stood\s+by|stands\s+by|reported|reports|recorded|records|employed|employs|operated|operates|spent|spends|acted|acts|followed|follows|complied|complies|checked|checks|inspected|inspects|tested|tests|investigated|investigates|reviewed|reviews|accepted|accepts|welcomed|welcomes|regretted|regrets|apologi[sz]ed|apologi[sz]es|cancelled|canceled|cancels|suspended|suspends|launched|launches|looked\s+(?:only\s+)?at|carried\s+out|carries\s+out|invited|invites|proposed|proposes|promised|promises|admitted|admits|signed|signs|made|makes|brought\s+in|brings\s+in)\b/u;

export const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

export interface Emitter {
  push(unit: Omit<ClaimUnit, 'sentence' | 'quote' | 'full'>): void;
}

/** People who speak of what happened to them, as an unnamed source's words name them ("staff", "some residents", "two families"). */
const SELF_TELLING_GROUP = /^(?:(?:some|many|several|two|three|four|five|six|other|former|current|local)\s+){0,2}(?:staff|workers|employees|residents|families|relatives|parents|patients|passengers|nurses|carers|teachers|drivers|tenants|neighbours|pupils|students)\b/i;

/** Content that opens a quotation it does not close: the quotation goes on in the next sentence. */
const QUOTE_GOES_ON = /^\s*[,:]?\s*[“"][^“”"]*$/;

/** Units for the content of a say/tell/report/confirm frame (or an inherited quote: `quoted`). */
export function contentUnits(out: Emitter, content: string, speech: Speech, ctx: SpeakerContext, nested = false, quoted = false): void {
  // (A quotation that goes on into the next sentence is quoted words all the same: `Mr Molloy
  // said: "I want to be absolutely clear: our driver had not exceeded his driving hours.`)
  const fromQuote = isWholeQuote(content) || QUOTE_GOES_ON.test(content);
  // The writer's concessive comment after what was said is the article's own (hostUnits, below).
  const [said, comment] = fromQuote ? [content, null] : concessiveTail(content);
  const inner = fromQuote ? content.replace(/^\s*[,:]?\s*[“"]/, '').replace(/[”"][\s,.;!]*$/, '') : said;
  const stance = baseStance(speech);
  const onRecord = speech.attribution.kind !== 'none' || speech.resolved.outlet;
  // Only a speaker on record can hand over to another speaker ("A said X, and B said Y");
  // inside a relayed report, "Smith said …" stays part of what the report says.
  const canNest = !nested && !fromQuote && stance === 'asserts' && speech.attribution.kind !== 'anonymous';
  // "The drivers’ union says its members were never consulted": an organisation's "its" is its own.
  const organisation = (!speech.resolved.person || namesBody(speech.resolved.person)) && speech.attribution.kind === 'named' ? speech.attribution.speaker : null;
  const itsOwn = organisation && `${organisation}${organisation.includes("'") ? "'" : '’'}s`;
  for (const raw of withSecondClauses(decompose(inner))) {
    let clause = raw;
    if (!fromQuote && JUDGES_SPEAKER.test(clause.trim())) continue;
    // "‘We reject these claims entirely,’ said the spokeswoman", "“My client denies every one
    // of these allegations,” said his lawyer": the speaker's own denial, in their own words.
    const own = ownDenial(clause);
    if (own) {
      frameUnits(out, own, speech, ctx, new Set(), clause, true);
      continue;
    }
    // "“I am told by staff at the hospital that the bereavement office was closed,” she said":
    // what the staff told her, theirs as they are sourced.
    const told = fromQuote ? toldByFrame(clause) : null;
    if (told) {
      frameUnits(out, told, speechOf(ctx, told, null), ctx, new Set(), clause, true);
      continue;
    }
    // "“Members have told us that agency nurses were sent home,” she said": what unnamed people
    // told the speaker is theirs, as unnamed as they are (a named one's words stay the speaker's account).
    const relayed = fromQuote ? findFrames(clause).main : null;
    if (relayed && relayed.shape === 'leading' && relayed.start === 0 && (relayed.cls === 'say' || relayed.cls === 'tell') && !/ing\b/.test(relayed.verb) && relayed.speaker.trim() !== '' && !/^(?:i|we|you|he|she|they|it)$/i.test(relayed.speaker.trim()) && reportAttribution(ctx, relayed.speaker).kind === 'anonymous') {
      frameUnits(out, relayed, speechOf(ctx, relayed, null), ctx, new Set(), clause, true);
      continue;
    }
    // "“Last week I told the House that Elm Ward had remained open,” she said": what she told
    // before is the claim, hers; a "That was incorrect" of hers after it retracts it (below).
    // (Reported too: "Pike said that at the meeting on 2 October he had told members that …".)
    // (Told of a person only: "The union said he had told members …" may be of someone else.)
    const earlier = speech.attribution.kind === 'named' && speech.attribution.speaker && (fromQuote || speech.resolved.person) ? toldBefore(clause, fromQuote) : null;
    if (earlier) {
      contentUnits(out, earlier.content, speech, ctx, true);
      ctx.toldEarlier = { text: tidy(withoutTimeClause(earlier.content)), speaker: speech.attribution.speaker!, sentences: 0 };
      continue;
    }
    if (canNest) {
      const inside = findFrames(clause).main;
      if (inside && inside.shape === 'leading' && inside.start === 0 && inside.speaker.trim() !== '') {
        const other = speechOf(ctx, inside, null);
        // The same speaker again is no hand-over, unless it is a denial: "X said that there was no
        // such call and called the report false" (the second verb's subject is X; see speakers.ts).
        if (other.attribution.speaker !== speech.attribution.speaker || inside.cls === 'deny' || inside.cls === 'brand') {
          frameUnits(out, inside, other, ctx, new Set(), clause, true);
          continue;
        }
      }
    }
    // (In quoted words "he" or "she" is never the speaker, who would say "I": `"Our driver had not
    // exceeded his hours. He began his shift at 7.30am."` tells of the driver.)
    if (!fromQuote && !quoted && !/^[“"]/.test(clause)) clause = resolveLeadingPronoun(clause, pronounPerson(clause, speech, ctx.lastPerson ?? ctx.referent ?? null));
    if (itsOwn && !fromQuote) clause = clause.replace(/^its(?=\s)/i, itsOwn);
    // "Staff told us they had been instructed not to phone the on-call manager": unnamed people
    // telling of themselves (staff, residents, families), whose "they" is who they are.
    const group = !fromQuote && speech.attribution.kind === 'anonymous' ? SELF_TELLING_GROUP.exec(speech.attribution.speaker ?? '')?.[0] : undefined;
    if (group && /^they\s/i.test(clause)) clause = `${capitalise(group)}${clause.slice(4)}`;
    const hearsay = isHearsay(clause);
    clause = stripHearsayAdverb(clause);
    const text = claimText(clause, fromQuote);
    if ((wordCount(text) < MIN_WORDS && !isFalsityStatement(text)) || statesUnknown(text) || patterns.sentiment.test(text)) continue;
    const event = negatedEventOf(clause);
    // ("I have seen that figure and it is wrong": what is said of what was just told.)
    const seen = afterSeen(clause);
    // "Any suggestion that we sat on this is simply untrue": a denial of what the report says.
    const calledFalse = onRecord && !speech.resolved.outlet ? reportCalledFalse(clause) : null;
    const falseToSayIt = onRecord && !speech.resolved.outlet && !calledFalse ? falseToSay(clause) : null;
    if (falseToSayIt) {
      // ("It is categorically untrue that two of the pumps were out of service, the company said":
      // told as the others are, "Leve Valley Water denied that two of the pumps …".)
      const target = tidy(withoutTimeClause(falseToSayIt));
      const named = speech.attribution.kind === 'named' && speech.attribution.speaker ? capitalise(speech.name) : null;
      out.push({ text: named && !fromQuote ? `${named} denied that ${decapitalise(target)}` : text, attribution: speech.attribution, stance: 'denies', denial: { target } });
    } else if (calledFalse) {
      const speaker = speech.attribution.kind === 'named' ? speech.attribution.speaker : null;
      const target = tidy(withoutTimeClause(calledFalse.content));
      out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: speaker ? pronounToName(target, speaker) : target } });
    } else if (event && onRecord && !speech.resolved.outlet) {
      out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: null }, negatedEvent: event });
    } else if (correctsFigure(ctx, speech, clause)) {
      // "I told the Assembly that around 6,000 students were affected. The correct figure, as
      // confirmed by the board, is 3,100.": her withdrawal of what she told. (What she tells now
      // is no claim of its own: in her earlier words with its figure, it would be a twin of what
      // she withdraws, the two figures one page's.)
      out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: ctx.toldEarlier!.text, retracts: true } });
    } else if (isFalsityStatement(seen) && onRecord && !speech.resolved.outlet) {
      // "That is not true", "This is false": what was told just before (asked about the union's
      // claim that …, "That is not true," he said).
      // (After a colon too: "replied: ‘That is not true.’")
      const pointsBack = pointsBackAtLast(seen);
      // "The union's figure of 1,500 is not accurate": whose claim it calls false.
      const owner = pointsBack ? null : ownerOf(clause);
      // "“That is categorically false,” said X, when asked whether the line had gone without
      // inspection since 2022": "that" is what the question put to her.
      // "“Last week I told the House that …,” she said. “That was incorrect.”": her retraction of
      // what she told, which is hers (a denial answers others' words: verdicts/relations.ts).
      const retracts = pointsBack && ctx.toldEarlier && ctx.toldEarlier.speaker === speech.attribution.speaker ? ctx.toldEarlier.text : null;
      if (retracts) out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: retracts, retracts: true } });
      else if (pointsBack && speech.askedWhether) out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: tidy(withoutTimeClause(speech.askedWhether)) } });
      else out.push({ text, attribution: speech.attribution, stance: 'denies', denial: pointsBack ? { target: null, pointsBack: true } : owner ? { target: null, owner } : { target: null } });
    } else if (patterns.decline.test(clause)) {
      out.push({ text, attribution: speech.attribution, stance: 'declines' });
    } else {
      // "The regulator confirmed it had opened an investigation": the title says who "it" is.
      const subject = organisation && !fromQuote && (IT_THEN_VERB.test(text) || IT_THEN_ACT.test(text)) ? { subject: organisation } : {};
      out.push({ text, attribution: speech.attribution, stance: hearsay && stance === 'asserts' ? 'reports' : stance, ...subject });
    }
  }
  if (comment !== null) hostUnits(out, comment, ctx, false, speech.resolved.person ?? undefined);
}

/** Units for a denial frame: the denied report's content ('reports') and the denial ('denies'). */
export function denialUnits(out: Emitter, frame: Frame, speech: Speech, ctx: SpeakerContext, covered: Set<number>, offset: number): void {
  const obj = parseDenialObject(frame.content);
  // "Keller denied reports that he met the bidders": the report and the denied clause are about
  // Keller, and are matched so.
  const speaker = speech.attribution.kind === 'named' ? speech.attribution.speaker : null;
  // ("Elm Ward remained open. We reject the claim … that it was closed": "it" is the ward the
  // sentence before was about.)
  // (Not when the denier is a body that "it" would be: "The company denied that it had delayed …".)
  const itsOwn = !speech.resolved.person && speech.attribution.kind === 'named' && !/^(?:we|i)$/i.test(frame.speaker.trim());
  const thing = itsOwn ? null : (ctx.lastBody ?? ctx.lastThing);
  const aboutThing = (clause: string): string =>
    thing && /^it\s/i.test(clause) && !/^it\s+(?:is|was)\s+(?:not\s+)?(?:true|false|clear|likely|possible|understood|thought|believed)\b/i.test(clause) ? `${thing} ${clause.slice(3)}` : clause;
  const aboutSpeaker = (clause: string): string => aboutThing(speaker ? pronounToName(clause, speaker) : clause);
  if (obj.report) {
    covered.add(offset + (frame.content.length - frame.content.replace(/^\s*[,:]?\s*/, '').length) + obj.report.start);
    const attribution = reportAttribution(ctx, obj.report.source);
    // What the denied report says happened, without the clause that dates it (denial.ts).
    for (const clause of decompose(withoutTimeClause(obj.report.content))) {
      const text = claimText(stripHearsayAdverb(aboutSpeaker(clause.trim())));
      if (wordCount(text) >= MIN_WORDS) out.push({ text, attribution, stance: 'reports' });
    }
  }
  const verb = frame.shape === 'participial' ? pastOfParticiple(frame.verb) : frame.verb;
  // "denied that …", but "rejected claims that …", "poured cold water over the report that …".
  const noun = obj.report && frame.lemma !== 'deny' ? (/s$/.test(obj.report.noun) ? `${obj.report.noun} ` : `the ${obj.report.noun} `) : '';
  const said = obj.targetIsClause && obj.target ? `${noun}that ${decapitalise(aboutThing(obj.target))}` : obj.pointsBack ? obj.objectText : tidy(obj.objectText);
  const text = capitalise((tidy(dropRoles(`${speech.name} ${verb} ${said}`))));
  // "rejected the union's count": whose claim, not words to match ("count" is no claim's word).
  const owner = !obj.targetIsClause && !obj.pointsBack ? ownerOf(obj.objectText) : null;
  // The title keeps the speaker's own words ("denied that he met"); matching reads the name.
  const target = owner ? null : obj.target && aboutSpeaker(obj.target);
  const unit: Omit<ClaimUnit, 'sentence' | 'quote' | 'full'> = { text, attribution: speech.attribution, stance: 'denies', denial: obj.pointsBack ? { target, pointsBack: true } : owner ? { target, owner } : { target } };
  if (obj.negatedEvent) unit.negatedEvent = obj.negatedEvent;
  out.push(unit);
  // "branded the report “false, and there was no such call”": negated events inside the quote.
  const quoted = /[“"]([^“”"]+)[”"]/.exec(obj.objectText)?.[1];
  if (quoted) {
    for (const clause of quoted.split(/,\s*(?:and|but)\s+|;\s*|\.\s+/)) {
      const event = negatedEventOf(clause);
      if (event) out.push({ text: claimText(clause), attribution: speech.attribution, stance: 'denies', denial: { target: null }, negatedEvent: event });
    }
  }
}

/** "denying" → "denied", keeping the rest of the verb phrase. */
function pastOfParticiple(verb: string): string {
  const first = verb.split(/\s+/)[0] ?? verb;
  const tok = tokenize(first)[0];
  if (!tok || !/ing$/i.test(first)) return verb;
  return verb.replace(first, pastTense(tok.lemma));
}

/** Units for a decline frame ("refrained from confirming or denying the reported call"). */
export function declineUnit(out: Emitter, frame: Frame, speech: Speech): void {
  const said = frame.shape === 'participial' ? pastOfParticiple(frame.verb) : frame.verb;
  // ("I'm not able to comment": "Lena Abernathy is not able to comment"; "we are unable to
  // comment": "Harwick Airport is unable to comment", one speaker named for "we" or "I".)
  const firstPerson = /^[“"‘']?(?:we|i)$/i.test(frame.speaker.trim());
  const agreed = firstPerson ? said.replace(/^\p{L}+/u, singularVerb) : said;
  const verb = /^(?:not\s+able|unable)\b/i.test(agreed) ? `is ${agreed}` : agreed;
  const rest = frame.content.slice(0, clauseEnd(frame.content));
  out.push({ text: capitalise((tidy(dropRoles(`${speech.name} ${verb}${/^\s/.test(rest) || rest === '' ? '' : ' '}${rest}`)))), attribution: speech.attribution, stance: 'declines' });
}

/**
 * "I have seen that figure and it is wrong", "I've seen that rumor and it's just not true": the
 * speaker has seen what was just told, and calls it false. What is said of it, after the "and".
 */
const SEEN_AND = /^[“"‘']?(?:i|we)(?:\s+have|[’']ve)?\s+(?:seen|read|heard)\s+(?:that|this|the)\s+(?:figure|number|report|claim|story|suggestion|allegation|rumou?r|estimate|account)\s+and\s+(?=(?:it|that|this)(?:\s|[’']s\b))/i;
const afterSeen = (clause: string): string => clause.replace(SEEN_AND, '');

/** A past telling's verb: "told", "said", "assured", "have said" (not "I tell you", "I say"). */
const TOLD = String.raw`(?:(?:have|had)\s+)?(?:told|said|stated|assured|informed|wrote|claimed|insisted)\b`;
const PAST_TELLING = new RegExp(`^${TOLD}`, 'i');
/** The speaker's own past telling ("I told", "we had said"), and one told of them ("he had told"). */
const OWN_TELLING = new RegExp(`(?<![\\p{L}])(?:I|we)\\s+${TOLD}`, 'iu');
const THEIR_TELLING = new RegExp(`(?<![\\p{L}])(?:he|she|they)\\s+${TOLD}`, 'iu');

/**
 * A speaker's "I told the House that X", "Last week we said that X" (or, told of them, "at the
 * meeting he had told members that X"): what they told before, the time it was told before it at
 * most (no verb, no comma). Its frame, else null.
 */
function toldBefore(clause: string, ownWords: boolean): Frame | null {
  const at = (ownWords ? OWN_TELLING : THEIR_TELLING).exec(clause);
  if (!at) return null;
  const before = clause.slice(0, at.index).replace(/^[“"‘']/, '').trim();
  if (before !== '' && (wordCount(before) > 10 || /[,;:]/.test(before) || tokenize(before).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  // (The frame read from the pronoun on: the time before it hides the frame from findFrames.)
  const main = findFrames(clause.slice(at.index)).main;
  return main && main.shape === 'leading' && main.start === 0 && main.that && PAST_TELLING.test(main.verb) ? main : null;
}

/** Who denies in a speaker's own words: "I", "we", "my client", "our company". */
const OWN_VOICE = /^[“"‘']?(?:i|we|my\s+clients?|our\s+clients?|our\s+(?:company|firm|party|government|union|club|organi[sz]ation))$/i;

/** A quoted clause that opens "We deny …", "I reject …", "My client denies …": its frame. */
function ownDenial(clause: string): Frame | null {
  if (!/^[“"‘']?(?:i|we|my|our)\s/i.test(clause)) return null;
  const main = findFrames(clause).main;
  if (!main || main.shape !== 'leading' || main.start !== 0 || !OWN_VOICE.test(main.speaker.trim())) return null;
  if (main.cls !== 'deny' && !(main.cls === 'brand' && patterns.falsity.test(main.content))) return null;
  // "I reject absolutely the suggestion that we under-reported this breach": who "we" are, the
  // words do not say; the quotation stays as said.
  if (/\b(?:we|us|our|i|me|my)\b/i.test(main.content)) return null;
  // Told of the speaker: "Maria Lopez rejected these claims", not "Maria Lopez reject …".
  return /^\p{L}+$/u.test(main.verb) ? { ...main, verb: pastTense(main.lemma) } : main;
}

export function frameUnits(out: Emitter, frame: Frame, speech: Speech, ctx: SpeakerContext, covered: Set<number>, text: string, nested = false): void {
  speech = outletsSources(frame, speech);
  if (frame.cls === 'decline') return declineUnit(out, frame, speech);
  if (frame.cls === 'deny' || frame.cls === 'brand') return denialUnits(out, frame, speech, ctx, covered, frame.contentStart);
  // "Friends of the Wendle has accused Corvane of waiting more than an hour before calling the
  // fire service": what the accuser says is that Corvane waited more than an hour.
  const accused = frame.lemma === 'accuse' ? ACCUSED_OF.exec(frame.content.trim()) : null;
  const act = accused ? tokenize(accused[2]!)[0] : undefined;
  if (accused && act && act.lemma !== act.text.toLowerCase()) {
    contentUnits(out, `${accused[1]} ${pastTense(act.lemma)}${accused[3]}`, speech, ctx, nested);
    return;
  }
  // ("Orrin puts the total at 1,200 company-wide, including …": the figure is what it puts, however it goes on.)
  // (Nor "X has blamed a software update from Quantaris": whom or what X blames is the statement.)
  const putsFigure = /^(?:put|puts|putting)\s/.test(frame.lemma) || frame.lemma === 'blame';
  if (frame.cls === 'confirm' && (putsFigure || (!/^\s*that\b/i.test(text.slice(frame.contentStart - 5, frame.contentStart + 5)) && !contentIsClause(frame.content)))) {
    out.push({ text: capitalise((tidy(dropRoles(`${speech.name} ${frame.verb} ${frame.content}`)))), attribution: speech.attribution, stance: baseStance(speech) });
    return;
  }
  // "X put it to the witness that she had invented the meeting": "she" is the witness.
  const asked = frame.shape === 'quote-first' ? ASKED_WHETHER.exec(text.slice(frame.contentEnd))?.[1] : undefined;
  const told = /^put it to\b/.test(frame.lemma) ? { ...speech, othersPronouns: true as const } : speech;
  contentUnits(out, frame.content, asked ? { ...told, askedWhether: asked } : told, ctx, nested);
}

/**
 * "The Gazette has learned that the sprinklers were off" in another outlet's article: newsroom
 * English for what the Gazette's own sources told it, so the Gazette's reporting, relayed — not
 * a statement on record by a body called the Gazette. (The article's own outlet, "Dales TV
 * understands that …", is already its own voice; "Police understand that …" stays theirs.)
 */
function outletsSources(frame: Frame, speech: Speech): Speech {
  if (!PRIVY.has(frame.lemma) || speech.attribution.kind !== 'named' || speech.resolved.person) return speech;
  const span = frame.speaker.trim();
  if (!OUTLET_NAME.test(span)) return speech;
  return { ...speech, attribution: { speaker: null, role: null, kind: 'none', via: capitalise(span.replace(/^the\s+/i, 'The ')) }, resolved: { ...speech.resolved, outlet: true } };
}

/** A name ending in a news outlet's head word: "the Gazette", "the Hollin Valley Post". */
const OUTLET_NAME = new RegExp(`^(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}(?:${[...lexicon.outletHeads].join('|')})$`, 'u');

/** Whom an accusation names and what they did: "Corvane of waiting more than an hour …". Groups: 1 who, 2 the act in -ing, 3 the rest. */
const ACCUSED_OF = /^(\S(?:[^,;“”"]{0,60}?)?)\s+of\s+(\p{L}+ing)\b(.*)$/u;

/** What a question after the attribution put to the speaker: "…, when asked whether the line had gone without inspection.", "… said when asked whether …". */
const ASKED_WHETHER = /(?:,\s+|\s(?:said|says|replied|answered)\s+)(?:when|after\s+being)\s+asked\s+(?:whether|if)\s+([^“”"]+?)\s*[.!]?\s*$/i;

function contentIsClause(content: string): boolean {
  const toks = tokenize(content.trim());
  return toks.slice(0, 10).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !/^(?:the|a|an|this|that|these|its|his|her|their)\s+\p{L}+\s*[.,]?\s*$/iu.test(content.trim());
}

/**
 * The writer judging the one they report, after what that one said: "Ferreira says a fine is the
 * likeliest outcome, and she is probably right". A verdict on the speaker, no claim of theirs.
 */
const JUDGES_SPEAKER = /^(?:and\s+)?(?:she|he|they)\s+(?:is|are|was|were|may\s+(?:well\s+)?be|might\s+be|could\s+be)\s+(?:probably\s+|surely\s+|quite\s+|almost\s+certainly\s+|not\s+)?(?:right|wrong|correct|mistaken)\b/i;

/** Host (unsourced) units for a span of the article's own prose. */
export function hostUnits(out: Emitter, span: string, ctx: SpeakerContext, aroundFrame = false, person = ctx.lastPerson ?? ctx.referent ?? null): void {
  const spanTokens = tokenize(span);
  if (!spanTokens.some((t, k) => t.pos === 'VERB' || t.pos === 'AUX' || pluralSubjectsVerb(spanTokens, k))) return;
  // "X was clear in his denial, telling …": prose about the statement, not a claim.
  if (aroundFrame && patterns.speechAct.test(span)) return;
  // "It is understood that A and B": both rest on the hearsay, and B's subject is A's, not "it".
  const allHearsay = startsImpersonal(span);
  for (const raw of decompose(allHearsay ? stripHearsayAdverb(span) : span)) {
    const hearsay = allHearsay || isHearsay(raw);
    const attribution: Attribution = hearsay ? { speaker: null, role: null, kind: 'anonymous', via: null } : { speaker: null, role: null, kind: 'none', via: null };
    const clause = stripHearsayAdverb(/^[“"]/.test(raw) ? raw : resolveLeadingPronoun(raw, person));
    const text = claimText(clause);
    if (wordCount(text) < MIN_WORDS || statesUnknown(text) || patterns.sentiment.test(text)) continue;
    // "It is untrue that the gate was left open by a keeper." in a body's own statement: its
    // denial, on record (extract.ts, issuedBy, makes it the issuer's); in a paper's own voice, prose.
    const falseToSayIt = ctx.issuer && !hearsay ? falseToSay(clause) : null;
    if (falseToSayIt) {
      out.push({ text, attribution, stance: 'denies', denial: { target: tidy(withoutTimeClause(falseToSayIt)) } });
      continue;
    }
    if (patterns.decline.test(clause)) {
      const subj = clauseSubject(tokenize(clause));
      const who = subj ? resolveSpeaker(ctx, clause.slice(subj.start, subj.end)).attribution : attribution;
      out.push({ text, attribution: who, stance: 'declines' });
      continue;
    }

    // "Zelensky described the conversation as “excellent”": what a named person is said to have
    // called something, in quotation marks, is his statement on record, not the outlet's; so is
    // what he "cautioned against".
    if (!hearsay && (DESCRIBED_AS.test(clause) || SPOKE_AGAINST.test(clause))) {
      const subj = clauseSubject(tokenize(clause));
      const subject = subj ? clause.slice(subj.start, subj.end).trim() : '';
      const who = subject ? personIn(ctx, subject) : null;
      // The subject is the person ("Mayor Ana Costa"), not something of theirs ("Costa’s lawyer").
      if (who && subject.endsWith(who.person.name.split(/\s+/).pop() ?? who.person.name)) {
        out.push({ text, attribution: { speaker: who.person.name, role: who.person.role, kind: 'named', via: null }, stance: 'asserts' });
        continue;
      }
    }
    out.push({ text, attribution, stance: hearsay ? 'reports' : 'asserts' });
  }
}

/** "<someone> described/called/branded <something> as “<words>”". */
const DESCRIBED_AS = /^[^,;]{1,60}?\s(?:described|called|branded|labelled|labeled|dubbed)\s[^,;]{1,80}?\sas\s[“"]/u;

/**
 * "<someone> (sharply) warned/cautioned/spoke out against <something>": an argument made in
 * public, which is that person's on record (the words are reported, not quoted).
 */
const SPOKE_AGAINST = /^[^,;]{1,60}?\s(?:\p{Ll}+ly\s+)?(?:warned|cautioned|argued|spoke\s+out|railed|campaigned)\s+against\s/u;

/** "The correct figure (, as confirmed by the board,) is 3,100". */
const CORRECT_FIGURE = /^[“"‘']?(?:the\s+)?(?:correct|right|accurate|actual|true)\s+(?:figure|number|total|count)(?:\s*,[^,]{1,60},)?\s+(?:is|was|should\s+have\s+been)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?\s*[.!]?[”"’']?$/iu;

/**
 * Does the speaker give the correct figure right after telling a figure she told before
 * (ctx.toldEarlier)? "The correct figure, as confirmed by the board, is 3,100."
 */
function correctsFigure(ctx: SpeakerContext, speech: Speech, clause: string): boolean {
  const earlier = ctx.toldEarlier;
  return !!earlier && earlier.speaker === speech.attribution.speaker && /\d/.test(earlier.text) && CORRECT_FIGURE.test(clause.trim());
}

/**
 * Does a speaker's clause tell what she told before ("I told the Assembly that …") or the figure
 * that corrects it? A transcript's turn reads such a clause as her own quotation does, so that the
 * correction after it retracts what she told.
 */
export function speaksOfOwnEarlier(ctx: SpeakerContext, speech: Speech, clause: string): boolean {
  return toldBefore(clause, true) !== null || correctsFigure(ctx, speech, clause);
}
