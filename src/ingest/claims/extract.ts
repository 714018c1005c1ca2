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
 * - an outlet's own report ("The Post reported that …", "according to the paper") →
 *   speaker null, kind 'none', via = the outlet, stance 'reports';
 * - the article's own unsourced statement → speaker null, kind 'none', via null, 'asserts'.
 */
import type { Attribution, Sentence, Stance } from '../types.ts';
import { lexicon, patterns } from '../attribution/lexicon.ts';
import { tokenize } from '../attribution/nlp.ts';
import { clauseSubject } from '../attribution/np.ts';
import { findFrames, type Frame } from '../attribution/frames.ts';
import {
  createContext,
  learnFromText,
  noteSentence,
  outletOfSpan,
  personIn,
  resolveSpeaker,
  type Person,
  type Resolved,
  type SpeakerContext,
} from '../attribution/speakers.ts';
import { skipReason } from './candidates.ts';
import { decompose } from './decompose.ts';
import { clauseEnd, isFalsityStatement, negatedEventOf, parseDenialObject, reportMentions } from './denial.ts';
import { capitalise, claimText, decapitalise, pastTense, shorten, tidy } from './text.ts';

export interface ClaimUnit {
  /** Sentence.n of the sentence the unit comes from. */
  sentence: number;
  /** Sentence.text, verbatim. */
  quote: string;
  /** The claim: the reported content as a standalone clause (≤ 120 characters). */
  text: string;
  attribution: Attribution;
  stance: Stance;
  /** For stance 'denies': the denied content as a clause/phrase, or null when only anaphoric. */
  denial?: { target: string | null };
  /** For "there was no conversation": the negated event noun phrase. */
  negatedEvent?: string;
}

export interface ExtractOptions {
  /** Outlets known in advance (the publishing outlet, credited agencies): helps "the paper". */
  outlets?: readonly string[];
}

interface Speech {
  resolved: Resolved;
  attribution: Attribution;
  /** Display name for the denial/decline unit texts ("The Kremlin", "Dmitry Peskov"). */
  name: string;
}

const MIN_WORDS = 3;
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

function speechOf(ctx: SpeakerContext, frame: Pick<Frame, 'speaker' | 'via' | 'addressee'>, fallback: Speech | null): Speech {
  if (frame.speaker.trim() === '' && fallback) return fallback;
  const resolved = resolveSpeaker(ctx, frame.speaker);
  const attribution = { ...resolved.attribution };
  if (frame.via) {
    const v = outletOfSpan(ctx, frame.via);
    if (v) attribution.via = v;
    if (attribution.kind === 'anonymous' && attribution.via) ctx.lastSourcesVia = attribution.via;
  }
  if (frame.addressee && !attribution.via) {
    const v = outletOfSpan(ctx, frame.addressee);
    if (v) attribution.via = v;
  }
  const name = attribution.speaker ?? attribution.via ?? 'The report';
  return { resolved, attribution, name: capitalise(name) };
}

/** Base stance of content relayed by this speech. */
function baseStance(s: Speech): Stance {
  if (s.resolved.outlet) return 'reports';
  if (s.attribution.kind === 'anonymous' && s.attribution.via) return 'reports';
  if (s.attribution.kind === 'none') return 'asserts';
  return 'asserts';
}

const isWholeQuote = (content: string): boolean => /^\s*[,:]?\s*[“"][^“”"]*[”"][\s,.;!]*$/.test(content);

/** Replace a leading "He"/"She" (outside quotes) with the person's name. */
function resolveLeadingPronoun(clause: string, person: Person | null): string {
  if (!person) return clause;
  return clause.replace(/^(?:he|she)(?=\s)/i, person.name);
}

const HEARSAY = new RegExp(`\\s+(?:${[...lexicon.anonAdverbs].join('|')})\\b`, 'gi');

function stripHearsayAdverb(clause: string): string {
  return clause.replace(HEARSAY, '').replace(/^(?:reportedly|allegedly)\s+/i, '');
}

interface Emitter {
  push(unit: Omit<ClaimUnit, 'sentence' | 'quote'>): void;
}

/** Units for the content of a say/tell/report/confirm frame (or an inherited quote). */
function contentUnits(out: Emitter, content: string, speech: Speech, ctx: SpeakerContext, nested = false): void {
  const fromQuote = isWholeQuote(content);
  const inner = fromQuote ? content.replace(/^\s*[,:]?\s*[“"]/, '').replace(/[”"][\s,.;!]*$/, '') : content;
  const stance = baseStance(speech);
  const onRecord = speech.attribution.kind !== 'none' || speech.resolved.outlet;
  // Only a speaker on record can hand over to another speaker ("A said X, and B said Y");
  // inside a relayed report, "Trump said …" stays part of what the report says.
  const canNest = !nested && !fromQuote && stance === 'asserts' && speech.attribution.kind !== 'anonymous';
  for (const raw of decompose(inner)) {
    let clause = raw;
    if (canNest) {
      const inside = findFrames(clause).main;
      if (inside && inside.shape === 'leading' && inside.start === 0 && inside.speaker.trim() !== '') {
        const other = speechOf(ctx, inside, null);
        if (other.attribution.speaker !== speech.attribution.speaker) {
          frameUnits(out, inside, other, ctx, new Set(), clause, true);
          continue;
        }
      }
    }
    if (!fromQuote && !/^[“"]/.test(clause)) clause = resolveLeadingPronoun(clause, speech.resolved.person ?? ctx.lastPerson);
    const hearsay = patterns.anonAdverb.test(clause);
    clause = stripHearsayAdverb(clause);
    const text = claimText(clause);
    if (wordCount(text) < MIN_WORDS && !isFalsityStatement(text)) continue;
    const event = negatedEventOf(clause);
    if (event && onRecord && !speech.resolved.outlet) {
      out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: null }, negatedEvent: event });
    } else if (isFalsityStatement(clause) && onRecord && !speech.resolved.outlet) {
      out.push({ text, attribution: speech.attribution, stance: 'denies', denial: { target: null } });
    } else if (patterns.decline.test(clause)) {
      out.push({ text, attribution: speech.attribution, stance: 'declines' });
    } else {
      out.push({ text, attribution: speech.attribution, stance: hearsay && stance === 'asserts' ? 'reports' : stance });
    }
  }
}

/** The attribution of a report whose source the sentence describes ("a Washington Post report"). */
function reportAttribution(ctx: SpeakerContext, source: string | null): Attribution {
  if (!source) return { speaker: null, role: null, kind: 'none', via: null };
  const outlet = outletOfSpan(ctx, source);
  if (outlet !== null) return { speaker: null, role: null, kind: 'none', via: outlet || null };
  const saved = { lastPerson: ctx.lastPerson, lastSpeaker: ctx.lastSpeaker };
  const r = resolveSpeaker(ctx, source);
  ctx.lastPerson = saved.lastPerson;
  ctx.lastSpeaker = saved.lastSpeaker;
  return r.attribution;
}

/** Units for a denial frame: the denied report's content ('reports') and the denial ('denies'). */
function denialUnits(out: Emitter, frame: Frame, speech: Speech, ctx: SpeakerContext, covered: Set<number>, offset: number): void {
  const obj = parseDenialObject(frame.content);
  if (obj.report) {
    covered.add(offset + (frame.content.length - frame.content.replace(/^\s*[,:]?\s*/, '').length) + obj.report.start);
    const attribution = reportAttribution(ctx, obj.report.source);
    for (const clause of decompose(obj.report.content)) {
      const text = claimText(stripHearsayAdverb(clause));
      if (wordCount(text) >= MIN_WORDS) out.push({ text, attribution, stance: 'reports' });
    }
  }
  const verb = frame.shape === 'participial' ? pastOfParticiple(frame.verb) : frame.verb;
  // "denied that …", but "rejected claims that …", "poured cold water over the report that …".
  const noun = obj.report && frame.lemma !== 'deny' ? (/s$/.test(obj.report.noun) ? `${obj.report.noun} ` : `the ${obj.report.noun} `) : '';
  const body = obj.targetIsClause && obj.target ? `${noun}that ${decapitalise(obj.target)}` : tidy(obj.objectText);
  const text = capitalise(shorten(tidy(`${speech.name} ${verb} ${body}`)));
  const unit: Omit<ClaimUnit, 'sentence' | 'quote'> = { text, attribution: speech.attribution, stance: 'denies', denial: { target: obj.target } };
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
function declineUnit(out: Emitter, frame: Frame, speech: Speech): void {
  const verb = frame.shape === 'participial' ? pastOfParticiple(frame.verb) : frame.verb;
  const rest = frame.content.slice(0, clauseEnd(frame.content));
  out.push({ text: capitalise(shorten(tidy(`${speech.name} ${verb}${/^\s/.test(rest) || rest === '' ? '' : ' '}${rest}`))), attribution: speech.attribution, stance: 'declines' });
}

function frameUnits(out: Emitter, frame: Frame, speech: Speech, ctx: SpeakerContext, covered: Set<number>, text: string, nested = false): void {
  if (frame.cls === 'decline') return declineUnit(out, frame, speech);
  if (frame.cls === 'deny' || frame.cls === 'brand') return denialUnits(out, frame, speech, ctx, covered, frame.contentStart);
  if (frame.cls === 'confirm' && !/^\s*that\b/i.test(text.slice(frame.contentStart - 5, frame.contentStart + 5)) && !contentIsClause(frame.content)) {
    out.push({ text: capitalise(shorten(tidy(`${speech.name} ${frame.verb} ${frame.content}`))), attribution: speech.attribution, stance: baseStance(speech) });
    return;
  }
  contentUnits(out, frame.content, speech, ctx, nested);
}

function contentIsClause(content: string): boolean {
  const toks = tokenize(content.trim());
  return toks.slice(0, 10).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && !/^(?:the|a|an|this|that|these|its|his|her|their)\s+\p{L}+\s*[.,]?\s*$/iu.test(content.trim());
}

/** Host (unsourced) units for a span of the article's own prose. */
function hostUnits(out: Emitter, span: string, ctx: SpeakerContext, aroundFrame = false): void {
  if (!tokenize(span).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return;
  // "X was clear in his denial, telling …": prose about the statement, not a claim.
  if (aroundFrame && patterns.speechAct.test(span)) return;
  for (const raw of decompose(span)) {
    const hearsay = patterns.anonAdverb.test(raw);
    const attribution: Attribution = hearsay ? { speaker: null, role: null, kind: 'anonymous', via: null } : { speaker: null, role: null, kind: 'none', via: null };
    const clause = stripHearsayAdverb(/^[“"]/.test(raw) ? raw : resolveLeadingPronoun(raw, ctx.lastPerson));
    const text = claimText(clause);
    if (wordCount(text) < MIN_WORDS) continue;
    if (patterns.decline.test(clause)) {
      const subj = clauseSubject(tokenize(clause));
      const who = subj ? resolveSpeaker(ctx, clause.slice(subj.start, subj.end)).attribution : attribution;
      out.push({ text, attribution: who, stance: 'declines' });
      continue;
    }
    out.push({ text, attribution, stance: hearsay ? 'reports' : 'asserts' });
  }
}

/** Quote runs split over several sentences: sentence index → frame that speaks them. */
function quoteRuns(sentences: readonly Sentence[]): Map<number, { carrier: number }> {
  const runs = new Map<number, { carrier: number }>();
  const balance = (t: string): number => (t.match(/“/g) ?? []).length - (t.match(/”/g) ?? []).length;
  for (let i = 0; i < sentences.length; i++) {
    const b = balance(sentences[i]!.text);
    if (b <= 0) continue;
    let acc = b;
    let j = i + 1;
    for (; j < sentences.length && j <= i + 6; j++) {
      acc += balance(sentences[j]!.text);
      if (acc <= 0) break;
    }
    if (j >= sentences.length || acc > 0) continue;
    const opensAtStart = /^\s*“/.test(sentences[i]!.text);
    const carrier = opensAtStart ? j : i;
    for (let k = i; k <= j; k++) if (k !== carrier) runs.set(k, { carrier });
    i = j;
  }
  return runs;
}

/** Find the first person mentioned as the sentence's subject (or anywhere), for "he". */
function subjectPerson(ctx: SpeakerContext, text: string): Person | null {
  const np = clauseSubject(tokenize(text));
  const subj = np ? personIn(ctx, text.slice(np.start, np.end)) : null;
  return subj?.person ?? personIn(ctx, text)?.person ?? null;
}

export function extractClaims(sentences: readonly Sentence[], opts: ExtractOptions = {}): ClaimUnit[] {
  const ctx = createContext(opts.outlets ?? []);
  for (const s of sentences) learnFromText(ctx, s.text, s.kind === 'paragraph');
  const runs = quoteRuns(sentences);
  const units: ClaimUnit[] = [];
  const seen = new Set<string>();

  sentences.forEach((s, idx) => {
    const emitter: Emitter = {
      push(u) {
        const key = `${u.text.toLowerCase()}|${u.stance}`;
        if (seen.has(`${s.n}|${key}`)) return;
        seen.add(`${s.n}|${key}`);
        units.push({ sentence: s.n, quote: s.text, ...u });
      },
    };
    const personBefore = ctx.lastPerson;
    if (skipReason(s) !== null) {
      noteSentence(ctx, s.text, null);
      return;
    }
    const run = runs.get(idx);
    if (run) {
      // A sentence inside a quotation that another sentence attributes.
      const carrier = findFrames(sentences[run.carrier]!.text).main;
      if (carrier && carrier.speaker.trim() !== '') {
        const speech = speechOf(ctx, carrier, null);
        const inner = s.text.replace(/^\s*“/, '').replace(/”.*$/s, '');
        if (run.carrier < idx) contentUnits(emitter, inner, speech, ctx);
        else contentUnits(emitter, `“${inner}”`, speech, ctx);
        noteSentence(ctx, s.text, speech.resolved.person);
        return;
      }
    }
    sentenceUnits(emitter, s.text, ctx);
    const person = ctx.lastPerson !== personBefore ? ctx.lastPerson : subjectPerson(ctx, s.text);
    noteSentence(ctx, s.text, person);
  });
  return units;
}

function sentenceUnits(out: Emitter, text: string, ctx: SpeakerContext): void {
  const { main, extra } = findFrames(text);
  const covered = new Set<number>();
  let mainSpeech: Speech | null = null;
  if (main) {
    // "X is expected to …, as he has declared …": the pronoun points back into the sentence.
    if (main.start > 0 && /^(?:he|she)$/i.test(main.speaker.trim())) {
      const p = personIn(ctx, text.slice(0, main.start));
      if (p) ctx.lastPerson = p.person;
    }
    mainSpeech = speechOf(ctx, main, null);
    // Prose before a mid-sentence frame is the article's own statement.
    if (main.shape === 'leading' && main.start > 0) {
      const prefix = text.slice(0, main.start).replace(/[\s,;:]*(?:\b(?:especially|particularly|even|just)\s+)?\b(?:as|and|but|while|because|since|although|though|after|when|where)?\s*$/i, '');
      const ptoks = tokenize(prefix);
      const first = ptoks[0];
      const last = ptoks[ptoks.length - 1];
      if (first && last && !['VERB', 'ADP', 'SCONJ', 'ADV', 'PART'].includes(first.pos) && last.pos !== 'VERB' && last.pos !== 'AUX' && wordCount(prefix) >= 5) {
        hostUnits(out, prefix, ctx, true);
      }
    }
    frameUnits(out, main, mainSpeech, ctx, covered, text);
  } else {
    let end = extra[0]?.start ?? text.length;
    // "The denial counters reports that …": the report is its own unit (below); the host
    // clause keeps only what stands without it.
    const mention = reportMentions(text).find((r) => r.phraseStart < end);
    if (mention) end = mention.phraseStart;
    const span = text
      .slice(0, end)
      .replace(/(?:[\s,]+|\b(?:following|after|amid|despite|over|on|of|about|to|the|a|an|these|those|recent|media|US|U\.S\.)\b)+$/i, '');
    const toks = tokenize(span);
    const last = toks[toks.length - 1];
    if (!mention || (last && last.pos !== 'VERB' && last.pos !== 'AUX' && wordCount(span) >= 4)) hostUnits(out, span, ctx, extra.length > 0);
  }
  for (const f of extra) {
    let speech = mainSpeech;
    if (f.speaker.trim() !== '') speech = speechOf(ctx, f, null);
    else if (!speech || !main || main.shape === 'according') {
      const np = clauseSubject(tokenize(text));
      speech = np ? speechOf(ctx, { speaker: text.slice(np.start, np.end), via: null, addressee: null }, null) : null;
    }
    if (!speech) continue;
    if (f.addressee && !speech.attribution.via) {
      const v = outletOfSpan(ctx, f.addressee);
      if (v) speech = { ...speech, attribution: { ...speech.attribution, via: v } };
    }
    // One refusal per sentence is enough ("refrained from confirming…, stating “we do not comment”").
    if (main?.cls === 'decline' && (f.cls === 'decline' || patterns.decline.test(f.content))) continue;
    frameUnits(out, f, speech, ctx, covered, text);
  }
  // Reports the sentence mentions outside a denial ("following a Post report suggesting …").
  for (const r of reportMentions(text)) {
    if ([...covered].some((c) => Math.abs(c - r.start) < 3)) continue;
    if (main && main.cls !== 'deny' && r.start >= main.contentStart && r.end <= main.contentEnd && main.shape !== 'leading') continue;
    const attribution = reportAttribution(ctx, r.source);
    for (const clause of decompose(r.content)) {
      const t = claimText(stripHearsayAdverb(clause));
      if (wordCount(t) >= MIN_WORDS) out.push({ text: t, attribution, stance: 'reports' });
    }
  }
}
