/**
 * Interview transcripts. A paragraph that opens with a speaker's name in capitals and a colon
 * ("SØRENSEN: No, he's not.", "INGRID SØRENSEN: The coalition hired us in August.") is that
 * person's turn: every sentence of it is their words, as if quoted, and the label is no part of
 * what they said. Only a name the article gives elsewhere counts as a label, so "UPDATE:" or
 * "BREAKING NEWS:" opening a line of news prose is no speaker.
 */
import type { SpeakerContext, Person } from '../attribution/context.ts';
import { surnameOf } from '../attribution/people.ts';

/** One to four words in capitals, then a colon: "HALVORSEN:", "DR. INGRID SØRENSEN:". */
const LABEL = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+):\s+/u;

export interface TurnLabel {
  /** Who speaks: a person the article names. */
  person: Person;
  /** Characters the label takes at the start of the paragraph (colon and space included). */
  length: number;
}

/** The speaker label opening a paragraph's first sentence, if it names someone the article knows. */
export function turnLabel(ctx: SpeakerContext, text: string): TurnLabel | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const person = ctx.persons.get(surnameOf(m[1]!.toLowerCase()));
  return person ? { person, length: m[0].length } : null;
}
