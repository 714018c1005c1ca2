/**
 * Shorten a claim clause to the title limit while keeping it a readable statement:
 * drop role words before names, drop parenthetical inserts, drop a leading adverbial,
 * then cut at the last clause or phrase boundary that fits; a word boundary as last resort.
 */
import { lexicon } from '../attribution/lexicon.ts';
import { tokenize } from '../nlp/tokens.ts';
import { quoteDepths, topLevelMatches } from '../attribution/quotes.ts';

const cap = (w: string): string => w.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_FORMS = [...new Set(lexicon.titles.flatMap((t) => [t, cap(t), t.charAt(0).toUpperCase() + t.slice(1)]))].sort((a, b) => b.length - a.length);
/** The tags of words that modify a role ("health" of "the health minister"); a verb or a preposition ends the role's phrase. */
const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'PART']);
/**
 * "Finance Minister Tomas Berg" → role words before a capitalised name. After an article,
 * lower-case words modify the role too ("the health minister Ruth Aldane", "the government's
 * chief whip"): dropped with it, or "The health Ruth Aldane" would be left.
 */
const ROLE_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}])(?:((?:[Tt]he|[Aa]n?)\\s+(?:\\p{Ll}[\\p{Ll}’'-]*\\s+){1,2})|(?:[Tt]he|[Aa]n?)\\s+)?(?:(?!(?:The|A|An)\\s)(?:\\p{Lu}[\\p{L}.’'-]*|former|deputy|acting)\\s+){0,3}(?:${TITLE_FORMS.map(esc).join('|')})\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)`,
  'gu',
);

/**
 * A title followed by a capitalised word: every match of ROLE_BEFORE_NAME holds one, and most
 * texts have none. Testing this first is several times cheaper than the full pattern, whose
 * lookbehind and leading modifiers are tried at every position.
 */
const TITLE_THEN_NAME = new RegExp(`(?:${TITLE_FORMS.map(esc).join('|')})\\s+\\p{Lu}\\p{Ll}`, 'u');

/**
 * Capitalised words after a title that name no person: "the Premier Division", "Head of
 * Communications", "Chief Operations" are no role before a name.
 */
const NO_NAME = new Set(['division', 'cup', 'conference', 'championship', 'series', 'communications', 'operations', 'affairs', 'relations', 'marketing', 'sales', 'resources', 'finance', 'policy', 'strategy', 'development', 'engineering', 'football', 'rugby', 'cricket', 'sport', 'sports', 'news', 'media', 'press']);

/** Remove role words in front of personal names (outside quotes). */
export function dropRoles(text: string): string {
  if (!TITLE_THEN_NAME.test(text)) return text;
  let depth: number[] | undefined;
  return text.replace(ROLE_BEFORE_NAME, (m, modified: string | undefined, offset: number) => {
    depth ??= quoteDepths(text);
    if ((depth[offset] ?? 0) > 0) return m;
    // "Fenmore General Hospital", "Northern Star Bank": a name that ends in an organisation's
    // noun is an organisation, and "General" or "Star" no role.
    const next = /^\p{L}+/u.exec(text.slice(offset + m.length))?.[0];
    if (next && (lexicon.orgNouns.has(next.toLowerCase()) || NO_NAME.has(next.toLowerCase()))) return m;
    // Lower-case words after the article must modify the role ("health"), not be a verb of the
    // sentence ("The team signed striker Tom Jones"): those stay, and only the role goes.
    if (modified && !tokenize(m).slice(1, tokenize(modified).length).every((t) => MODIFIER_POS.has(t.pos) || t.lemma === 'then')) return modified;
    return '';
  });
}

/** Inserts that open a list ("…, including names, dates of birth and insurance numbers"). */
const LIST_OPENER = /^(?:including|such as|like|especially|particularly|notably|among)\b/i;

/**
 * Where an insert opened by a list word ends: the list may go on past the comma after its first
 * item ("…, including names, dates of birth and insurance numbers"), up to the next part with a
 * verb (where the sentence resumes) or the end. Dropping only ", including names," would leave
 * "were exposed dates of birth and insurance numbers".
 */
function listEnd(s: string, commas: readonly number[], k: number): number {
  let j = k + 1;
  while (j < commas.length) {
    const part = s.slice(commas[j]! + 1, j + 1 < commas.length ? commas[j + 1]! : s.length);
    if (tokenize(part).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) break;
    j++;
  }
  return j < commas.length ? commas[j]! : s.length;
}

/**
 * ", the reigning Continental 200 metres champion," after a name or noun: a noun phrase with no
 * verb that only says again who or what the noun before it is. `before` is the word before the
 * first comma, `seg` the words between the commas. (Titles drop it here; matching leaves it out
 * of a claim's features: pipeline/article-claims.ts.)
 */
export function isAppositive(before: { pos: string } | undefined, seg: readonly { pos: string; text: string }[]): boolean {
  if (seg[0]?.pos !== 'DET' || (before?.pos !== 'PROPN' && before?.pos !== 'NOUN')) return false;
  // A participle may describe ("the reigning champion"); a finite verb makes it a clause.
  return !seg.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/i.test(t.text)));
}

/**
 * Where an insert ends that is a list's first item: "PFAS, a family of chemicals used in non-stick
 * coatings, firefighting foam and waterproof fabrics, break down slowly" — the part after its
 * comma ("firefighting foam and waterproof fabrics") joins items with "and" and says nothing of
 * its own, and a comma closes it. Null when the insert ends at its own comma.
 */
function listTailEnd(s: string, commas: readonly number[], k: number): number | null {
  const next = commas[k + 2];
  if (next === undefined) return null;
  const part = s.slice(commas[k + 1]! + 1, next);
  if (!/\b(?:and|or)\b/.test(part)) return null;
  // -ing and -ed words may be modifiers ("firefighting foam"); any other verb makes a clause.
  return tokenize(part).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/i.test(t.text))) ? null : next;
}

/** A segment that is only a place's name ("Ashcombe", "West Yorkshire"): the town of an address. */
function townOnly(segment: string): boolean {
  const toks = tokenize(segment.trim());
  return toks.length > 0 && toks.length <= 3 && toks.every((t) => t.pos === 'PROPN');
}

/** A person's age between commas: ", 54,". */
const AGE = /^\d{1,3}$/;

/**
 * An aside between dashes that interrupts its clause before the verb: "Approaching a player
 * without his club’s permission — known in the game as “tapping up” — is a breach of the rules"
 * reads "… permission is a breach of the rules" (a cut at either dash would lose the verb).
 */
function withoutDashAside(text: string): string {
  const m = /\s+[—–]\s+([^—–]{1,80}?)\s+[—–]\s+/u.exec(text);
  if (!m || (quoteDepths(text)[m.index] ?? 0) > 0) return text;
  const next = tokenize(text.slice(m.index + m[0].length))[0];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
}

/** Remove ", including …," / ", joined by …," / ", which …," inserts and appositives (longest first). */
export function dropInserts(text: string, max: number): string {
  let s = text.length > max ? withoutDashAside(text) : text;
  for (let guard = 0; guard < 4 && s.length > max; guard++) {
    const commas = topLevelMatches(s, /,\s+/g).map((m) => m.index);
    let best: [number, number] | null = null;
    for (let k = 0; k + 1 < commas.length; k++) {
      const a = commas[k]!;
      const b = commas[k + 1]!;
      const seg = s.slice(a + 1, b).trim();
      const segTokens = tokenize(seg);
      const first = segTokens[0];
      const insert =
        /^(?:including|joined|which|who|whose|where|especially|particularly|notably|such as|like|among|along with|together with)\b/i.test(seg) ||
        first?.pos === 'ADP' ||
        // (Not a list's item: ", printed circuit boards and control modules for …,".)
        (first?.pos === 'VERB' && /(?:ed|ing)$/.test(first.text) && !/\s(?:and|or)\s/.test(seg)) ||
        (first?.pos === 'DET' && isAppositive(tokenize(s.slice(0, a)).at(-1), segTokens)) ||
        // "Tobias van der Berg, 54, …": an age after a name.
        (AGE.test(seg) && tokenize(s.slice(0, a)).at(-1)?.pos === 'PROPN');
      let end = !insert ? b : LIST_OPENER.test(seg) ? listEnd(s, commas, k) : listTailEnd(s, commas, k) ?? b;
      // An address goes on to its town: ", of Kingsmead Road, Ashcombe," as a whole.
      if (insert && end === b && /^(?:of|from)\s/i.test(seg) && commas[k + 2] !== undefined && townOnly(s.slice(b + 1, commas[k + 2]))) end = commas[k + 2]!;
      // An appositive that names its own last noun at the clause's end goes with that name: "to
      // Kestle Advisory Ltd, a consultancy controlled by the defendant’s brother-in-law, Piet
      // Kestle" (not "… Ltd Piet Kestle").
      if (insert && end === b && commas[k + 2] === undefined && first?.pos === 'DET' && namesOnly(s.slice(b + 1))) end = s.length;
      // An insert right after an age goes with it: ", 54, of Kingsmead Road," as a whole.
      const start = k > 0 && AGE.test(s.slice(commas[k - 1]! + 1, a).trim()) ? commas[k - 1]! : a;
      if (insert && (!best || end - start > best[1] - best[0])) best = [start, end];
    }
    if (!best) break;
    // After a leading adverbial ("During the call, which …, X did"), keep the comma that ends it.
    const lead = tokenize(s)[0];
    const adverbial = !!lead && ['ADP', 'SCONJ', 'ADV'].includes(lead.pos);
    s = s.slice(0, best[0]) + s.slice(adverbial ? best[1] : best[1] + 1);
  }
  return s;
}

/** Is the text a name and nothing else ("Piet Kestle", "Piet Kestle.")? */
function namesOnly(text: string): boolean {
  const toks = tokenize(text.trim().replace(/[.;:!?]+$/, ''));
  return toks.length > 0 && toks.length <= 4 && toks.every((t) => t.pos === 'PROPN');
}

/**
 * The clause without ", according to X," inserts: who says a part of it is attribution, not
 * content ("More than 1,400 flights were cancelled, according to the Civil Aviation Directorate,
 * and around 210,000 passengers were affected" tells what "1,400 flights were cancelled and
 * 210,000 passengers affected" tells; the Directorate is no name of the claim's).
 */
export function dropAccordingInserts(text: string): string {
  if (!/,\s+according to\b/i.test(text)) return text;
  const commas = topLevelMatches(text, /,\s+/g);
  for (let k = commas.length - 2; k >= 0; k--) {
    const a = commas[k]!;
    const b = commas[k + 1]!;
    if (/^according to\b/i.test(text.slice(a.index + a[0].length, b.index))) text = text.slice(0, a.index) + text.slice(b.index + 1);
  }
  return text;
}

/**
 * The first of two reported clauses joined by ", and that": "bundles of ballot papers had been
 * counted twice at Eastgate, and that a tray of postal ballots had been added to the totals
 * without being checked" tells two things, and the second's "without" negates nothing of the
 * first (what a claim is matched on is its own clause).
 */
export function firstReportedClause(text: string): string {
  if (!/,\s+and\s+that\s/i.test(text)) return text;
  const joint = topLevelMatches(text, /,\s+and\s+that\s/gi)[0];
  return joint ? text.slice(0, joint.index) : text;
}

/** Drop a leading adverbial ("In a recent call with X, …", "During the call, …") before a clause. */
/** A number opening a clause after a hedge: "At least 20 people", "More than 300 passengers", "About 180". */
const COUNTED_OPENING = /^(?:at\s+(?:least|most)|more\s+than|fewer\s+than|less\s+than|about|around|nearly|almost|up\s+to|over|under|just\s+over|just\s+under)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands)\b)/i;

/** A word opening a clause of condition, time, reason or concession. */
const SUBORDINATOR = /^(?:if|when|whenever|while|whilst|before|after|although|though|because|as|unless|once|since|until|whereas|even\s+if|even\s+though)\b/i;

export function dropLeadingAdverbial(text: string): string {
  const first = tokenize(text)[0];
  if (!first || (first.pos !== 'ADP' && first.pos !== 'SCONJ' && first.pos !== 'ADV')) return text;
  // ("At least 20 people had been injured, not 14, because …": a counted subject, no adverbial.)
  if (COUNTED_OPENING.test(text)) return text;
  const commas = topLevelMatches(text, /,\s+/g);
  for (const m of commas) {
    // An opening adverbial has no finite verb ("On Tuesday,", "After weeks of talks with the
    // union,", "Faced with losses,"): with one, what comes before the comma is the sentence itself
    // ("On 10 June volunteers counted more than 2,000 dead fish …, most of them trout").
    // (An opening clause of condition or time has its own: "If it confirms the first result,",
    // "Before the jury was sworn,".)
    if (!SUBORDINATOR.test(text) && tokenize(text.slice(0, m.index)).some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && k > 0 && !/ing$/i.test(t.text)))) break;
    const rest = text.slice(m.index + m[0].length);
    const toks = tokenize(rest);
    const v = toks.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (v > 0 && v <= 5 && !/^(?:which|who|that|where)$/i.test(toks[0]!.text) && toks[0]!.pos !== 'VERB') return rest;
  }
  return text;
}

const CLAUSE_CUTS = /,\s+|;\s+|:\s+|\s+[—–]\s+|\s+(?:which|who|because|although|though|while|whereas|until|unless|so that)\s+/g;
const PHRASE_CUTS = /\s+(?:about|over|on|in|at|for|from|during|amid|with|without|by|to|into|toward|towards|against|after|before|as|and|but)\s+/g;
/** A span of time at the end ("more than a month", "three days", "hours"): what it measures may come after it. */
const DURATION_END = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some)?\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** A span of time after "for", "in", "within", "over", "during": complete without what follows. */
const SPAN_OF_ITS_OWN = /\b(?:for|in|within|over|during|lasting)\s+(?:\S+\s+){0,2}\S+$/i;

/** A cut must not leave a dangling coordinator or connective ("…, and Paris", "…, although"). */
/** A "how"/"whether" clause cut before it is done: "… an investigation over how it handled | and disclosed the attack". */
const WH_DANGLING = /(?:^|[\s,])(?:how|whether|why|what)(?:\s+\S+){0,3}$/i;
const DANGLING = /(?:^|[\s,])(?:and|but|or|although|though|while|as|which|who|that|because|so|if|shortly|even|especially)(?:\s+\S+){0,1}$/i;

/**
 * A cut must leave a statement: a verb, and not one left waiting for its complement ("Corvale
 * sprinter Dara Velasquez, the reigning champion" has no verb; "Reports are coming in that the
 * panel is" ends on one; "… and has withdrawn her" has lost from what).
 */
function statesSomething(head: string): boolean {
  const toks = tokenize(head);
  const last = toks.at(-1);
  // ("… on 14 May 2023, the day on | which …": a preposition waits for its object.)
  if (!last || last.pos === 'AUX' || last.pos === 'DET' || last.pos === 'PART' || last.pos === 'SCONJ' || last.pos === 'ADP') return false;
  if (/^(?:her|him|them|it|us|me)$/i.test(last.text) && toks.at(-2)?.pos === 'VERB') return false;
  // A finite verb: "the reigning champion" has a participle, and states nothing.
  return toks.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text)));
}

/** Cut at the last clause boundary that fits, else the last phrase boundary, else a word. */
export function cutAtBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  for (const [re, floor] of [
    [CLAUSE_CUTS, 0.45],
    [PHRASE_CUTS, 0.4],
  ] as const) {
    const cuts = topLevelMatches(text, re)
      .map((m) => m.index)
      .filter((i) => i >= max * floor && i <= max)
      .reverse();
    for (const i of cuts) {
      const head = text.slice(0, i).replace(/[\s,;:]+$/, '');
      // "warned … more than a month | before Tuesday's derailment": the time is before the cut.
      // ("for 36 hours | after a ransomware attack" is a span of its own: the cut may stay.)
      if (DURATION_END.test(head) && !SPAN_OF_ITS_OWN.test(head) && /^\s+(?:before|after)\s/i.test(text.slice(i))) continue;
      // "a charge of $40 million | to $48 million": a range is one figure.
      if (/\d(?:\s*(?:%|percent|million|billion|thousand|bn|m))?$/i.test(head) && /^\s+(?:to|and)\s+[$£€]?\d/i.test(text.slice(i))) continue;
      // "… in return | for helping the firm": what it was in return for is still to come.
      if (/\bin\s+(?:return|exchange)$/i.test(head) && /^\s+for\s/i.test(text.slice(i))) continue;
      if (!DANGLING.test(head) && !WH_DANGLING.test(head) && statesSomething(head)) return head;
    }
  }
  // Inside a long quotation: a clause boundary within it (the quote is closed by the caller).
  const inner = [...text.matchAll(CLAUSE_CUTS)].map((m) => m.index).filter((i) => i >= max * 0.5 && i <= max - 1);
  const last = inner[inner.length - 1];
  if (last !== undefined) return text.slice(0, last);
  const slice = text.slice(0, max - 1);
  const sp = slice.lastIndexOf(' ');
  return sp > max * 0.4 ? slice.slice(0, sp) : slice;
}

/** Shorten `text` to at most `max` characters by the steps above, in order. */
export function shortenClause(text: string, max: number): string {
  let s = text;
  for (const step of [dropRoles, (t: string) => dropInserts(t, max), dropLeadingAdverbial]) {
    if (s.length <= max) return s;
    s = step(s).replace(/\s+/g, ' ').trim();
  }
  return cutAtBoundary(s, max);
}
