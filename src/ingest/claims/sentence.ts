/**
 * All claim units of one sentence: its main frame (or the article's own prose), participial
 * frames, and reports it mentions in passing.
 */
import { patterns } from '../attribution/lexicon.ts';
import { tokenize } from '../nlp/tokens.ts';
import { clauseSubject } from '../attribution/np.ts';
import { findFrames } from '../attribution/frames.ts';
import { outletOfSpan, personIn, type SpeakerContext } from '../attribution/speakers.ts';
import { ownerOf, reportMentions } from './denial.ts';
import { reportAttribution, speechOf, stripHearsayAdverb, type Speech } from './speech.ts';
import { claimText, tidy } from './text.ts';
import { MIN_WORDS, frameUnits, hostUnits, wordCount, type Emitter } from './units.ts';
import { decompose, withoutTimeClause } from './decompose.ts';

/** "we", "I", "us", "our", "my" as words. */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|we|us|our|ours|me|my|mine)(?=$|[^\p{L}’'])/iu;

/** Whom a sentence quotes, or tells the words of (see sentenceUnits). */
export interface SentenceVoice {
  /** The speaker of a main frame whose content is a quotation ("“…,” X told the Herald", "X said: “…”"). */
  quoted: Speech | null;
  /**
   * The speaker of a main frame that tells their words in the reporter's ("Owen Pritchard … said
   * the hospital's backups had survived", "Ferris also disputed the trust's account"): a
   * quotation standing alone next, in the same paragraph, is theirs as news prose writes it.
   */
  told: Speech | null;
}

/** Frame classes whose speaker a bare quotation next goes on quoting (not a report's or a refusal's). */
const TELLING = new Set(['say', 'tell', 'confirm', 'deny']);

/**
 * Emits a sentence's units, and returns whom it quotes or tells the words of, when it names or
 * describes one. A bare quotation right after it goes on in the same voice (see extract.ts).
 */
export function sentenceUnits(out: Emitter, text: string, ctx: SpeakerContext): SentenceVoice {
  const { main, extra } = findFrames(text);
  const covered = new Set<number>();
  let mainSpeech: Speech | null = null;
  if (main) {
    // "X is expected to …, as he has declared …": the pronoun points back into the sentence.
    // Not in a trailing tag: in "Velasquez could face a ban of four years, she added." she is
    // whoever spoke before, not the person the words are about.
    // (Nor after a quotation: in "“We failed Mr Bessant,” he said" the one quoted spoke of him.)
    if (main.start > 0 && main.shape !== 'trailing' && main.shape !== 'quote-first' && /^(?:he|she)$/i.test(main.speaker.trim())) {
      const p = personIn(ctx, text.slice(0, main.start));
      if (p) {
        ctx.lastPerson = p.person;
        ctx.unnamedPerson = null;
      }
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
    // "… said about 3,100 people had been evacuated; on Tuesday, Tull put the number at
    // “roughly 2,300.”": what follows the semicolon is a statement of its own.
    const semicolon = main.shape === 'leading' ? /^\s*;\s+/.exec(text.slice(main.contentEnd)) : null;
    if (semicolon) {
      const rest = text.slice(main.contentEnd + semicolon[0].length);
      if (wordCount(rest) >= MIN_WORDS) sentenceUnits(out, rest, ctx);
    }
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
  let extraTold: Speech | null = null;
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
    // ("Kettering welcomed the offer, and said the union had accepted it": she tells its words.)
    if (!main && TELLING.has(f.cls) && speech.attribution.kind !== 'none') extraTold = speech;
  }
  // Reports the sentence mentions outside a denial ("following a Post report suggesting …").
  for (const r of reportMentions(text)) {
    if ([...covered].some((c) => Math.abs(c - r.start) < 3)) continue;
    if (main && main.cls !== 'deny' && r.start >= main.contentStart && r.end <= main.contentEnd && main.shape !== 'leading') continue;
    // "Any suggestion that we sat on this is untrue": the speaker's "we" is no report's words
    // (the denial below still is the page's).
    if (!(r.calledFalse && FIRST_PERSON.test(r.content))) {
      const attribution = reportAttribution(ctx, r.source);
      for (const clause of decompose(r.content)) {
        const t = claimText(stripHearsayAdverb(clause));
        if (wordCount(t) >= MIN_WORDS) out.push({ text: t, attribution, stance: 'reports' });
      }
    }
    // "Reports that the line had not been inspected since 2022 are false.": the page's own
    // denial of what the reports say (a release's is its issuer's: extract.ts, issuedBy).
    if (r.calledFalse && r.phraseStart === 0 && !main) {
      // ("The union's claim that …": whose claim, should its words not be found.)
      const owner = ownerOf(text.slice(r.phraseStart, r.start));
      out.push({ text: claimText(text), attribution: { speaker: null, role: null, kind: 'none', via: null }, stance: 'denies', denial: { target: tidy(withoutTimeClause(r.content)), ...(owner ? { owner } : {}) } });
    }
  }
  const speaks = !!main && !!mainSpeech && mainSpeech.attribution.kind !== 'none';
  // (Or one that only announces the quotation after it: "In a thread posted on Saturday morning, Rudderham wrote:".)
  const quoted = speaks && (/^[\s:,]*[“"]/.test(main.content) || (/^[\s:]*$/.test(main.content) && /:\s*$/.test(text)));
  const told = speaks && !quoted && (main.shape === 'leading' || main.shape === 'trailing') && TELLING.has(main.cls);
  return { quoted: quoted ? mainSpeech : null, told: told ? mainSpeech : extraTold };
}
