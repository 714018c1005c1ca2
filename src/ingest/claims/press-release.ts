/**
 * A press release printed as it was issued ("HOLLIS BEND, … /PRNewswire/ -- Veltrex Chemical
 * Company today responded …"). Its unsourced sentences are the issuer's statement, not the
 * outlet's own reporting: "Veltrex has not discharged PFOA …" stands on Veltrex's record, and
 * an outlet that reprints it asserts nothing. What follows its body (the "About Veltrex"
 * boilerplate, the forward-looking-statements notice, the media contact) tells no claim.
 */
import type { Block, Sentence } from '../types.ts';
import { RELEASE_WIRE } from '../sentences/dateline.ts';
import { lexicon, NEWSROOM_WORD } from '../attribution/lexicon.ts';

export interface PressRelease {
  /** Who issued it ("Veltrex Chemical Company"). */
  issuer: string;
  /** Sentence.n of the release's first sentence. */
  from: number;
  /** Sentence.n where its boilerplate starts (no claims from there on), or Infinity. */
  end: number;
}

/** The issuer right after the release dateline: a run of capitalised words ("-- Veltrex Chemical Company (NYSE: VLTX) today …"). */
const ISSUER = /^\s*[—–-]{1,2}\s*((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+)*?\p{Lu}[\p{L}\p{N}&.'’-]*)(?=\s*\(|\s+\p{Ll}|,)/u;

/**
 * Where a release's body ends: "About <the issuer>", the safe-harbour notice, the contacts, "###",
 * "Issued by …", "Notes to editors".
 * ("About ORCHID-HF", "About orlidepin" tell what the release is about: the trial's endpoint and
 * who paid for it are claims like any other.)
 */
const BOILERPLATE = /^\s*(?:issued\s+by\b|notes?\s+to\s+editors?\b|forward-looking\s+statements?\b|safe\s+harbou?r\b|cautionary\s+(?:note|statement)|(?:media|press|investor)\s+(?:contacts?|relations|enquiries|inquiries)\b|contacts?\s*:|#{3}|-30-)/iu;

/**
 * The last word of an issuing body's or company's name: "Ashcombe and Vale Police",
 * "Maresca-Lindqvist Pharma", "Halberton City FC", "Ministry of Health" (its first word then),
 * "Calder Polymers Ltd".
 */
const ISSUER_LAST = /^(?:fc|afc|cf|police|constabulary|council|ministry|department|agency|commission|authority|office|inc|ltd|plc|ab|gmbh|pharma|pharmaceuticals|corporation|corp|company|holdings|group|partnership|water|energy|power|electricity|gas|railways|rail|airways|airlines|ferries|buses|utilities|networks|university|hospital|trust|airport|airports|port|harbour|harbor|zoo|museum|library|school|college|academy|prison|federation|association|prosecutors?|board|service|institute|inspectorate|regulator|union|chamber|society|league|confederation|congress|alliance|coalition|foundation)$/i;

/** A company's last words ("Pennant Travel", "Cellvance Recycling", "Veltrex Chemicals"), lower case. */
const COMPANY_LAST = new Set(lexicon.companyEndings.map((w) => w.toLowerCase()));

/**
 * The Source line names who issued the page, not a newsroom: a police force's or a company's
 * own statement ("Source: Ashcombe and Vale Police"). What it says with no source of its own is
 * that body's, on record, as a printed release's is its issuer's.
 */
export function issuerStatement(outlet: string | null, sentences: readonly Sentence[], issued = false): PressRelease | null {
  if (!outlet) return null;
  const words = outlet.split(/\s+/).map((w) => w.replace(/[.,]+$/u, ''));
  const head = /^(?:ministry|department|office)$/i.test(words[0] ?? '') && words[1]?.toLowerCase() === 'of';
  // (Said so on the Source line, "(company statement)", whatever the name.)
  if (!issued && (!(ISSUER_LAST.test(words.at(-1) ?? '') || COMPANY_LAST.has(words.at(-1)?.toLowerCase() ?? '') || head) || words.some((w) => NEWSROOM_WORD.test(w)))) return null;
  const first = sentences.find((s) => s.kind === 'paragraph');
  if (!first) return null;
  return { issuer: outlet, from: first.n, end: bodyEnd(sentences, first.n, outlet) };
}

/** The press release `sentences` of an article print, if they do (`blocks`: the article's blocks). */
export function pressRelease(blocks: readonly Block[], sentences: readonly Sentence[]): PressRelease | null {
  const first = sentences.find((s) => s.kind === 'paragraph' && s.start > 0 && RELEASE_WIRE.test(blocks[s.block]?.text.slice(0, s.start) ?? ''));
  if (!first) return null;
  const dateline = blocks[first.block]!.text.slice(0, first.start);
  const wire = RELEASE_WIRE.exec(dateline)!;
  const issuer = ISSUER.exec(dateline.slice(wire.index + wire[0].length) + first.text)?.[1]?.trim();
  if (!issuer) return null;
  return { issuer, from: first.n, end: bodyEnd(sentences, first.n, issuer) };
}

/** A release's header line above its news: "Press release — for immediate use", "FOR IMMEDIATE RELEASE". */
const RELEASE_HEADER = /^\s*(?:(?:press|news|media)\s+(?:release|statement)|for\s+immediate\s+(?:release|use)|embargoed\b|statement\s*$)/i;

/** Sentence.n where the boilerplate after a release's body starts, or Infinity. */
function bodyEnd(sentences: readonly Sentence[], from: number, issuer: string): number {
  const name = issuer.split(/\s+/)[0]!.toLowerCase();
  const aboutIssuer = (text: string): boolean => /^\s*about\s/i.test(text) && text.trim().slice(6).trim().toLowerCase().startsWith(name);
  // (Boilerplate ends a body it comes after: "Issued by the DMWU press office, …" above the first
  // paragraph of news is a header, not the end.)
  let told = false;
  for (const s of sentences) {
    if (s.n < from) continue;
    const boiler = s.start === 0 && (BOILERPLATE.test(s.text) || aboutIssuer(s.text));
    if (boiler && told && s.n > from) return s.n;
    // (A sentence of news, not a header's line: "Press release — for immediate use".)
    if (!boiler && s.kind === 'paragraph' && !RELEASE_HEADER.test(s.text)) told = true;
  }
  return Infinity;
}
