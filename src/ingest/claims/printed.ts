/**
 * Words set apart from the article's own, at length: a text printed after a paragraph that
 * announces it ("She wrote about it on her blog …. With her permission we print it at length"),
 * paragraphs apart from its opening mark to its closing one; and a list after a frame that only
 * announces it ("The harbour master reported that:" and its items). extract.ts gives each to its
 * writer or speaker.
 */
import { clauseSubject } from '../attribution/np.ts';
import { findFrames, type Frame } from '../attribution/frames.ts';
import { personIn, type Person, type SpeakerContext } from '../attribution/speakers.ts';
import { tokenize } from '../nlp/tokens.ts';
import type { Sentence } from '../types.ts';

/** A paragraph announcing a text printed after it: "we print it at length", "Her post, in full:", "she wrote:". */
const PRINTS_TEXT = /\b(?:we|the\s+\p{Lu}\p{L}+)\s+(?:print|publish|reproduce)s?\s+(?:it|them|this|her\s+\p{L}+|his\s+\p{L}+|their\s+\p{L}+)\b[^.]{0,30}?\b(?:at\s+length|in\s+full|below|here)\b|\bin\s+full\s*:\s*$|\b(?:wrote|writes|posted)\s*:\s*$/iu;

/**
 * Texts printed at length after a paragraph that announces them: the first sentence (opening
 * with a quotation mark, in the next paragraph) → the sentence whose mark closes it, however many
 * paragraphs on. A quotation that closes in its own paragraph is no such text (quote-runs.ts reads it).
 */
export function printedTexts(sentences: readonly Sentence[]): Map<number, number> {
  const out = new Map<number, number>();
  // (A straight mark opens before a word and closes after one: a text printed in straight marks
  // may quote someone inside it, "He told me afterwards: "I heard an alarm …"".)
  const balance = (t: string): number => {
    let b = 0;
    for (let k = 0; k < t.length; k++) {
      const c = t[k]!;
      if (c === '“') b++;
      else if (c === '”') b--;
      else if (c === '"') b += (k === 0 || /[\s(:—–-]/u.test(t[k - 1]!)) && /\S/u.test(t[k + 1] ?? '') ? 1 : -1;
    }
    return b;
  };
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const before = sentences[i - 1]!;
    if (s.kind !== 'paragraph' || s.start !== 0 || before.block === s.block || !/^\s*[“"]/.test(s.text) || !PRINTS_TEXT.test(before.text)) continue;
    let open = 0;
    let end = -1;
    let closesInBlock = false;
    // (Its last line may be short enough to read as a subheading: "Stay safe, everyone. Morag x"".)
    for (let j = i; j < sentences.length && sentences[j]!.kind !== 'title'; j++) {
      open += balance(sentences[j]!.text);
      if (open <= 0) {
        end = j;
        closesInBlock = sentences[j]!.block === s.block;
        break;
      }
    }
    if (end > i && !closesInBlock) {
      out.set(i, end);
      i = end;
    }
  }
  return out;
}

/** What marks a list item before its text: "- ", "• ", "(a) ", "1. ". */
const LIST_MARK = /^\s*(?:[-•*–]|\(?[a-z0-9]{1,2}[.)])\s*$/i;

/** A frame that only announces the list after it: "The harbour master reported that:", "Cllr Innes said:". */
export function announcesList(text: string): Frame | null {
  const main = findFrames(text).main;
  return main && main.shape === 'leading' && main.speaker.trim() !== '' && /^\s*(?:that\s*)?:?\s*$/i.test(main.content) ? main : null;
}

/** Who wrote a text printed at length: the first person its announcing paragraph (`block`) has as a sentence's subject. */
export function writerOf(ctx: SpeakerContext, sentences: readonly Sentence[], block: number): Person | null {
  for (const s of sentences) {
    if (s.block !== block || s.kind !== 'paragraph') continue;
    const who = openingPerson(ctx, s.text);
    if (who) return who;
  }
  return null;
}

/**
 * The person a sentence opens with as its subject ("Morag Finlay, a primary teacher from
 * Ardvellan, was …": a name with its appositive), or null.
 */
export function openingPerson(ctx: SpeakerContext, text: string): Person | null {
  const np = clauseSubject(tokenize(text));
  const who = personIn(ctx, np ? text.slice(np.start, np.end) : text);
  return who && who.index === 0 && !who.possessive ? who.person : null;
}

/** Is sentence `s` an item of a list (its paragraph opening with a list mark)? `blockText` gives a paragraph's text. */
export function isListItem(s: Sentence, blockText: ((block: number) => string) | undefined): boolean {
  return s.kind === 'paragraph' && s.start > 0 && blockText !== undefined && LIST_MARK.test(blockText(s.block).slice(0, s.start));
}
