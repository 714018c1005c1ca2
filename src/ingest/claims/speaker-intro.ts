/**
 * A sentence that only sets up who speaks next: "Brenholt, reached by telephone on Wednesday,
 * was brief." / "Asked about the claims, Marchbank was defiant." News prose follows it with the
 * quotation itself, in a paragraph of its own and with no "he said": that quotation is the
 * subject's (extract.ts gives it to them, as it does a quotation that goes on after a credited one).
 */

/** How someone spoke, as the sentence before their words describes it. */
const MANNER = [
  'brief', 'blunt', 'defiant', 'adamant', 'unrepentant', 'emphatic', 'candid', 'terse', 'curt', 'forthright',
  'unequivocal', 'dismissive', 'scathing', 'furious', 'angry', 'philosophical', 'upbeat', 'bullish', 'unapologetic',
  'succinct', 'direct', 'frank', 'combative', 'conciliatory', 'contrite', 'apologetic', 'emotional', 'tearful',
  'defensive', 'categorical', 'resolute', 'firm', 'calm', 'measured', 'cautious', 'guarded', 'evasive', 'indignant',
];

const DEGREE = '(?:(?:more|less|rather|equally|far|much|typically|characteristically|uncharacteristically|just\\s+as|no\\s+less|even|as)\\s+)?';

/** "<subject> was brief." — the subject, the copula, the manner, and nothing after it but "in reply". */
const INTRO = new RegExp(
  `^(.+?)\\s+(?:was|is|has\\s+been|had\\s+been|sounded|remained|seemed|appeared)\\s+${DEGREE}(?:${MANNER.join('|')})(?:\\s+(?:in\\s+(?:reply|response|his\\s+reply|her\\s+reply|their\\s+reply)|on\\s+the\\s+(?:phone|telephone)))?\\s*[.:]?$`,
  'iu',
);

/**
 * "<subject> disagrees." — a sentence that only says the next speaker takes the other side:
 * "Tomasz Wren of Kestrel Forensics disagrees. “There is no evidence that …,” he told me." It
 * states nothing to check; the quotation after it says what they hold.
 */
const DIFFERS = /^(.+?)\s+(?:(?:also\s+)?(?:disagrees|disagreed|begs\s+to\s+differ|begged\s+to\s+differ)|(?:is|was|remains|remained)\s+(?:not\s+convinced|unconvinced|sceptical|skeptical)|(?:sees|saw)\s+it\s+differently|(?:takes|took)\s+a\s+different\s+view)\s*[.:]?$/iu;

/** "Asked about the claims, …", "Reached by telephone, …", "Speaking on Tuesday, …": how they came to speak. */
const LEAD_IN = /^(?:(?:when|after)\s+)?(?:asked|reached|contacted|pressed|questioned|speaking|approached|challenged|interviewed)\b[^,]*,\s*/iu;

/** Between commas after the name: "Brenholt, reached by telephone on Wednesday, was brief". */
const ASIDE = /,[^,]*,?\s*$/u;

/** The words such a sentence can end on: asked of every sentence that quotes nobody, before INTRO. */
const LAST_WORDS = new Set([...MANNER, 'reply', 'response', 'phone', 'telephone', 'disagrees', 'disagreed', 'differ', 'convinced', 'unconvinced', 'sceptical', 'skeptical', 'differently', 'view']);

/** At most this many words make a speaker (a name with a title or role), not a clause. */
const MAX_WORDS = 6;

/**
 * The speaker a sentence introduces for the quotation after it ("Brenholt" for "Brenholt,
 * reached by telephone on Wednesday, was brief."), or null when it is not such a sentence.
 */
export function introducedSpeaker(text: string): string | null {
  const trimmed = text.trim().replace(/[.:]$/, '');
  if (!LAST_WORDS.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase()) || /[“”"]/.test(text)) return null;
  const m = INTRO.exec(text.trim()) ?? DIFFERS.exec(text.trim());
  if (!m) return null;
  const subject = m[1]!.replace(LEAD_IN, '').replace(ASIDE, '').trim();
  const words = subject.split(/\s+/);
  if (subject === '' || words.length > MAX_WORDS || /[,;:]/.test(subject)) return null;
  return subject;
}

/** Does the sentence only say that its subject takes the other side ("X disagrees.")? Then it is no claim. */
export function onlyDiffers(text: string): boolean {
  // (A clause before it says more: "Despite Trump's calls for talks, Putin's government remains sceptical.")
  // (introducedSpeaker first: its last-word test rules out nearly every sentence at once.)
  return !text.includes(',') && introducedSpeaker(text) !== null && DIFFERS.test(text.trim());
}
