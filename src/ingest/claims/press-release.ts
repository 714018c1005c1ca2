/**
 * A press release printed as it was issued ("HOLLIS BEND, … /PRNewswire/ -- Veltrex Chemical
 * Company today responded …"). Its unsourced sentences are the issuer's statement, not the
 * outlet's own reporting: "Veltrex has not discharged PFOA …" stands on Veltrex's record, and
 * an outlet that reprints it asserts nothing. What follows its body (the "About Veltrex"
 * boilerplate, the forward-looking-statements notice, the media contact) tells no claim.
 */
import type { Block, Sentence } from '../types.ts';
import { RELEASE_WIRE } from '../sentences/dateline.ts';

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

/** Where a release's body ends: "About X", the safe-harbour notice, the contacts, "###". */
const BOILERPLATE = /^\s*(?:about\s+(?-i:\p{Lu})|forward-looking\s+statements?\b|safe\s+harbou?r\b|cautionary\s+(?:note|statement)|(?:media|press|investor)\s+(?:contacts?|relations|enquiries|inquiries)\b|contacts?\s*:|#{3}|-30-)/iu;

/** The press release `sentences` of an article print, if they do (`blocks`: the article's blocks). */
export function pressRelease(blocks: readonly Block[], sentences: readonly Sentence[]): PressRelease | null {
  const first = sentences.find((s) => s.kind === 'paragraph' && s.start > 0 && RELEASE_WIRE.test(blocks[s.block]?.text.slice(0, s.start) ?? ''));
  if (!first) return null;
  const dateline = blocks[first.block]!.text.slice(0, first.start);
  const wire = RELEASE_WIRE.exec(dateline)!;
  const issuer = ISSUER.exec(dateline.slice(wire.index + wire[0].length) + first.text)?.[1]?.trim();
  if (!issuer) return null;
  const boilerplate = sentences.find((s) => s.n > first.n && s.start === 0 && BOILERPLATE.test(s.text));
  return { issuer, from: first.n, end: boilerplate?.n ?? Infinity };
}
