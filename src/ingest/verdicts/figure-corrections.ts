/**
 * Figures told as corrections of another: a conflicting fact the figure rule (figure-disputes.ts)
 * cannot see, because the correcting telling does not say what it counts.
 *
 * - Pointing back: "The returning officer says 1,286 postal votes were rejected. Our figures
 *   suggest it was closer to 2,000" — "it" (or "the true figure", "the real number") is the
 *   figure told just before in the same article, and the correction counts what that one counts;
 *   so does "X puts the number at more than 300" after "212 properties were flooded".
 * - Set side by side in one article: "The returning officer puts turnout at 38.6 per cent. Open
 *   Count Vellmoor, the observer group, says turnout was 35.1 per cent." — two sources within two
 *   sentences, one telling's words all in the other's, counting one thing.
 * - Naming the figure it rejects: "Castellane won by just over 300 ballots, not 412" rejects
 *   every telling of its story that gives 412 and names what it names ("a majority of 412
 *   votes" for Castellane).
 * - Calling a source's figure wrong: "Gregor Baillie … said the coastguard's passenger figure was
 *   wrong. "There were more than 250 passengers on that boat," he said." — his own figure,
 *   within two sentences, rejects the coastguard's (told in the same article) wherever the story
 *   tells it.
 *
 * Like any conflicting figure, each telling on record disputes the other.
 */
import type { FigureDispute } from './decide.ts';
import { disputant, disputeEachOther, label, onRecord, type Side, type SourcedUnits } from './stands-behind.ts';
import { figuresConflict, figuresIn, GLUED_SCALES, HEDGE_WORDS, sameAct, SCALES, type Figure, type Telling } from './figures.ts';

/** What the rule reads of the claim units, by unit index (units of one article are consecutive). */
export interface CorrectionUnits extends SourcedUnits {
  /** The unit's claim text. */
  text(i: number): string;
  /** The figures the unit states (none for denials and refusals to comment). */
  figures(i: number): readonly Figure[];
  /** The unit's matching terms (features.terms). */
  terms(i: number): readonly string[];
  /** The unit's sentence in its article. */
  sentence(i: number): number;
  /** The sentence the unit was read from, as written. */
  quote(i: number): string;
  /** The unit's verbs' terms (features.predicates), when known: rival figures must count one act. */
  predicates?(i: number): readonly string[];
}

/** A number as written, digits or words, with a scale word ("2,000", "three hundred", "1.2 million"). */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)(?:\s+(?:hundred|thousand|million|billion))?`;
/** A hedge before a correction's number (figures.ts reads the range each allows). */
const HEDGE = `(?:${HEDGE_WORDS})\\s+`;

/** The subject of a pointing correction: "it", "the true figure", "the real number". */
const FIGURE_SUBJECT = String.raw`(?:it|the\s+(?:true|real|actual|correct|right|proper)\s+(?:figure|number|total|tally|count))\s+(?:is|was|would\s+be|will\s+be)\s+`;

/**
 * "it was closer to 2,000", "the true figure was "closer to 2,000"", "the real number is nearer
 * 3,000" (after a clause of its own too: "Having gone through the airlines' figures this morning,
 * the real number is closer to 3,900"): a figure whose subject is the figure told before, and which counts nothing itself (a
 * comma, a quotation mark or the end after it). Groups: 1 the hedged number.
 */
const POINTS_BACK = new RegExp(
  String.raw`(?:^|\b(?:suggests?|shows?|show|think|thinks|believe|believes|estimates?|that)\s+|,\s+(?=the\s))${FIGURE_SUBJECT}(?:actually\s+|really\s+|in\s+fact\s+)?["“]?((?:${HEDGE})?${NUMBER})(?=\s*(?:[,;.!"”]|$))`,
  'iu',
);

/**
 * "Wyredale District Council puts the number at more than 300", right after "The Riverways Agency
 * says 212 properties were flooded": a figure for the number just told, by another source. (Not
 * "At noon the airline had put the number at 900", an earlier figure of its own updated since.)
 * Groups: 1 the hedged number.
 */
const PUTS_BACK = new RegExp(String.raw`(?<!\bhad\s+)\bput(?:s|ting)?\s+(?:the|that|this|its|their)\s+(?:number|figure|total|count|tally|toll)\s+at\s+((?:${HEDGE})?${NUMBER})(?=\s*(?:[,;.!"”]|$))`, 'iu');

/**
 * "the true figure was far higher", "the real number is much lower": a correction that gives no
 * number, only which side of the figure told before the truth lies. Groups: 1 the words, 2 the
 * comparative.
 */
const COMPARED_BACK = new RegExp(String.raw`(?:^|\b(?:suggests?|shows?|show|think|thinks|believe|believes|said|says|that)\s+)${FIGURE_SUBJECT}((?:far\s+|much\s+|significantly\s+|considerably\s+|well\s+)?(higher|greater|larger|bigger|lower|smaller))(?=\s*(?:[,;.!"”]|$))`, 'iu');

/**
 * The figure a telling rejects: "…, not 412", "…, and not 412", "…, not £212m" (its digits, as
 * the tellings that give it are read below), "…, not 38 as the report states", "…, far fewer
 * than the 1.2 million claimed by the criminals". Groups: 1 or 2 the number.
 */
const REJECTS = new RegExp(
  String.raw`,\s*(?:and\s+)?(?:not\s+(?:[£$€]\s?)?(${NUMBER}(?:m|bn|mn|k)?)(?=\s*(?:[,;.!"”]|$)|\s+as\s+(?:\p{L}+\s+){0,3}?(?:states?|stated|says|said|claims?|claimed|reports?|reported|gives?|given|suggests?|suggested)\b)|(?:far\s+|much\s+|well\s+)?(?:fewer|less|lower|more|higher|greater|smaller|larger)\s+than\s+the\s+(${NUMBER})\s+(?:\p{L}+\s+){0,2}?(?:claimed|given|reported|cited|stated|quoted|published|announced)\b)`,
  'iu',
);

/**
 * "the coastguard's passenger figure was wrong", "the council's figures are an underestimate",
 * "the police's count of the crowd was far too low": whose figure is called wrong, and (when said)
 * of what. Groups: 1 the owner, 2 the thing counted before the figure word, 3 the thing after it.
 */
const CALLED_WRONG = new RegExp(
  String.raw`^(?:the\s+)?((?:\p{L}+\s+){0,3}?\p{L}+)['’]s?\s+(?:own\s+|official\s+|published\s+|latest\s+)?(?:(\p{L}+)\s+)?(?:figures?|numbers?|count|tally|total|toll|estimates?)\s+(?:of\s+(?:the\s+)?(\p{L}+)\s+)?(?:was|is|were|are)\s+(?:\p{L}+ly\s+|simply\s+|just\s+|far\s+|much\s+)?(?:wrong|incorrect|inaccurate|mistaken|false|too\s+(?:low|high)|an?\s+(?:\p{L}+\s+)?(?:underestimate|overestimate|undercount|overcount))\b`,
  'iu',
);

/** A number as written in a text, not part of a time or a date ("4:47", "8/5"), with a scale word if any. */
const WRITTEN = /(?<![\d.,:/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d:/]|[.,]\d)(?:\s+(?:thousand|million|billion)|(?:m|bn|mn|k)\b)?/g;

/** How far back a pointing correction looks for the figure it answers, in sentences. */
const REACH = 2;

/** A rejected figure this small may be any count the story gives ("not 2"): only larger ones are read. */
const SMALLEST_REJECTED = 10;

/** The value of a number as written in digits, with a scale word (figures.ts, SCALES): "2,000" → 2000, "1.2 million". */
const valueOf = (written: string): number => {
  const m = /^([\d,.]+)(?:\s*(\p{L}+))?$/u.exec(written.trim());
  if (!m) return NaN;
  const scale = m[2] ? (SCALES[m[2].toLowerCase()] ?? GLUED_SCALES[m[2].toLowerCase()]) : 1;
  return scale === undefined ? NaN : Number(m[1]!.replace(/,/g, '')) * scale;
};

/** The figure of a hedged bare number counting what `counts` counts ("closer to 2,000" as postal votes). */
function countedAs(hedged: string, counts: string): Figure | null {
  const shown = counts === 'percent' ? `${hedged} percent` : /^\p{L}/u.test(counts) ? `${hedged} ${counts}s` : null;
  if (shown === null) return null;
  const f = figuresIn(shown)[0];
  return f ? { ...f, counts, text: hedged.trim() } : null;
}

/** A figure above (or below) the one told, by as much as the words say ("far higher": a tenth at least). */
function beyond(told: Figure, words: string, above: boolean): Figure {
  const margin = /^(?:far|much|significantly|considerably|well)\b/i.test(words) ? 0.1 : 0.01;
  return above
    ? { counts: told.counts, low: told.high * (1 + margin), high: Infinity, text: words }
    : { counts: told.counts, low: 0, high: told.low * (1 - margin), text: words };
}

/**
 * A figure "put at" a number, which counts what comes before it ("Sollan Ferries had put the
 * number of islanders waiting for a crossing at 180"): figures.ts reads what follows a number,
 * and nothing follows this one. Read as a count of "number", as a correction's bare number is.
 */
function putAt(text: string): Figure | undefined {
  const m = PUT_AT.exec(text);
  if (!m) return undefined;
  const value = valueOf(m[1]!);
  return Number.isFinite(value) ? { counts: 'number', low: value, high: value, text: m[1]! } : undefined;
}
const PUT_AT = new RegExp(String.raw`\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:number|figure|total|count|tally)\b[^.;]{0,80}?\bat\s+(${NUMBER})\s*[.;,]?\s*$`, 'iu');

/**
 * "Last night we said around 3,400": a figure the speaker's side gave before, with nothing named
 * that it counts (the correction after it, "the real number is closer to 3,900", says which
 * figure was wrong). Group 1: the hedged number.
 */
const SAID_AT = new RegExp(String.raw`\b(?:we|i)\s+(?:had\s+)?(?:said|gave|reported|estimated|announced)\s+((?:${HEDGE})?${NUMBER})\s*[.;,]?\s*$`, 'iu');
/** The number a figure's words give, without their hedge ("around 3,400" → 3400). */
const writtenValue = (text: string): number => valueOf(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion))?\s*$/.exec(text)?.[0] ?? 'NaN');

/** The figure of SAID_AT in `text`, counting a number of whatever the correction names. */
function saidAt(text: string): Figure | undefined {
  const m = SAID_AT.exec(text);
  return (m && countedAs(m[1]!, 'number')) ?? undefined;
}

/** Tellings that state something as fact or report it: the ones a figure can be read from. */
const tells = (units: CorrectionUnits, i: number): boolean => units.stance(i) === 'asserts' || units.stance(i) === 'reports';

/**
 * The words of terms, whatever their kind: "Inflation" opening a sentence may read as a name, and
 * is still no "Prices". (Not the unit a figure counts in: "percent", "per cent" say nothing of what is measured.)
 */
const wordsOf = (terms: readonly string[]): string[] => terms.map((t) => t.slice(t.indexOf(':') + 1)).filter((w) => w !== 'percent' && w !== 'cent');

/** Does one non-empty list hold every word of the other? ("Turnout was 35.1 per cent" / "puts turnout at 38.6 per cent") */
const nested = (a: readonly string[], b: readonly string[]): boolean => a.length > 0 && a.every((t) => b.includes(t));

/** Names (people, places) among terms. */
const namesIn = (terms: readonly string[]): string[] => terms.filter((t) => t.startsWith('e:') || t.startsWith('p:'));

/** Do figures `fa` of unit `i` and `fb` of unit `j` count what one act did (figures.ts sameAct; yes when the verbs are not known)? */
function oneAct(units: CorrectionUnits, i: number, fa: Figure, j: number, fb: Figure): boolean {
  if (!units.predicates) return true;
  const telling = (k: number): Telling => ({ article: units.article(k), figures: units.figures(k), onRecord: true, date: null, terms: units.terms(k), predicates: units.predicates!(k), text: units.text(k) });
  return sameAct(telling(i), fa, telling(j), fb);
}

interface Correction extends Side {
  figure: Figure;
}

/**
 * Finds corrections among the units of `clusters` (claims `eligible` only) and reports each
 * dispute: `dispute(c, d, by)`, claim `c` disputed by claim `by`. Only tellings of one story
 * (`sameStory`), one of them at least on record, and not one source correcting itself.
 */
export function figureCorrections(
  clusters: ReadonlyArray<readonly number[]>,
  units: CorrectionUnits & { cluster: ArrayLike<number>; length: number },
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: FigureDispute, by: number) => void,
): void {
  const done = new Set<string>();
  const side = (i: number, figure: Figure): Correction => ({ c: units.cluster[i]!, i, onRecord: onRecord(units.attribution(i), units.stance(i)), figure });
  const make = (one: Correction, other: Correction, by: Correction): FigureDispute => ({
    ...disputant(units, by.i),
    how: 'figure',
    figures: { one: { text: one.figure.text, by: label(units, one.i) }, other: { text: other.figure.text, by: label(units, other.i) } },
  });
  const pair = (a: Correction, b: Correction): void => {
    if ((!a.onRecord && !b.onRecord) || !eligible(a.c) || !eligible(b.c)) return;
    if (units.article(a.i) === units.article(b.i) && label(units, a.i) === label(units, b.i)) return;
    disputeEachOther(done, a, b, make, dispute);
  };
  // Rejected figures by value, to be met with the tellings that give them (one pass over the units).
  const rejected = new Map<number, Array<{ i: number; figure: Figure }>>();
  const reject = (value: number, i: number, figure: Figure): void => {
    const list = rejected.get(value);
    if (list) list.push({ i, figure });
    else rejected.set(value, [{ i, figure }]);
  };
  // The units of the article of unit `i` within `reach` sentences of it, nearest first (the later first at equal distance).
  const near = (i: number, reach: number): number[] => {
    const out: number[] = [];
    for (let j = i - 1; j >= 0 && units.article(j) === units.article(i); j--) if (Math.abs(units.sentence(i) - units.sentence(j)) <= reach) out.push(j);
    for (let j = i + 1; j < units.length && units.article(j) === units.article(i); j++) if (Math.abs(units.sentence(j) - units.sentence(i)) <= reach) out.push(j);
    const distance = (j: number): number => Math.abs(units.sentence(j) - units.sentence(i));
    return out.sort((a, b) => distance(a) - distance(b) || b - a);
  };
  /**
   * Unit `i` calls the figure of `owner` (of `counted`, when said) wrong: the caller's own figure,
   * told within REACH sentences, disputes the owner's, told anywhere in the article, and rejects
   * its value wherever the story tells it.
   */
  const calledWrong = (i: number, owner: string, counted: string | undefined): void => {
    const ownerWords = owner.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
    const counts = (f: Figure): boolean => counted === undefined || f.counts === counted.toLowerCase() || f.counts === counted.toLowerCase().replace(/s$/, '');
    const caller = label(units, i);
    for (const j of near(i, REACH)) {
      if (label(units, j) !== caller || !tells(units, j)) continue;
      const mine = units.figures(j).find(counts);
      if (!mine) continue;
      // The owner's figure: the nearest telling of the article by a source the owner's words name.
      for (const k of near(i, Infinity)) {
        if (k === j || !tells(units, k)) continue;
        const by = label(units, k).toLowerCase();
        if (by === caller.toLowerCase() || !ownerWords.every((w) => by.includes(w))) continue;
        const theirs = units.figures(k).find((f) => f.counts === mine.counts && figuresConflict(mine, f));
        if (!theirs) continue;
        pair(side(j, mine), side(k, theirs));
        if (theirs.low === theirs.high) reject(theirs.low, j, mine);
        return;
      }
      return;
    }
  };
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      if (!tells(units, i)) continue;
      const text = units.text(i);
      // A source's figure called wrong, and the caller's own figure beside it.
      if (/\b(?:wrong|incorrect|inaccurate|mistaken|false|too|underestimate|overestimate|undercount|overcount)\b/i.test(text)) {
        const called = CALLED_WRONG.exec(text);
        if (called) calledWrong(i, called[1]!, called[2] ?? called[3]);
      }
      // (Cheap tests first: few claims hold a number and fewer a correction.)
      const pointing = /\b(?:it|figure|number|total|tally|count)\b/i.test(text);
      const compared = pointing ? COMPARED_BACK.exec(text) : null;
      if (!compared && !/\d/.test(text)) continue;
      const back = pointing && !compared ? (POINTS_BACK.exec(text) ?? PUTS_BACK.exec(text)) : null;
      if (back || compared) {
        // The figure answered: the nearest earlier telling of the article, within REACH sentences.
        for (let j = i - 1; j >= 0 && units.article(j) === units.article(i) && units.sentence(i) - units.sentence(j) <= REACH; j--) {
          const said = tells(units, j) && units.figures(j).length === 0 ? saidAt(units.text(j)) : undefined;
          const told = tells(units, j) ? (units.figures(j)[0] ?? putAt(units.text(j)) ?? said) : undefined;
          if (!told) continue;
          const figure = back ? countedAs(back[1]!, told.counts) : beyond(told, compared![1]!, /higher|greater|larger|bigger/i.test(compared![2]!));
          // (Its own side's earlier figure is corrected by any other number, however the two are
          // hedged: "we said around 3,400 … the real number is closer to 3,900".)
          if (figure && (figuresConflict(figure, told) || (said !== undefined && writtenValue(figure.text) !== writtenValue(said.text)))) {
            pair(side(i, figure), side(j, told));
            // (It rejects that figure wherever else it is told: "A total of 1,286 postal voting statements were rejected".)
            if (told.low === told.high) reject(told.low, i, figure);
            // (A figure its own side said before is withdrawn wherever told, hedged or not:
            // "We estimate that around 3,400 passengers were affected".)
            else if (said) reject(writtenValue(said.text), i, figure);
          }
          break;
        }
      }
      // Rival figures set side by side: "The returning officer puts turnout at 38.6 per cent.
      // Open Count Vellmoor, the observer group, says turnout was 35.1 per cent."
      const mine = units.figures(i);
      if (mine.length > 0) {
        const words = wordsOf(units.terms(i));
        rival: for (let j = i - 1; j >= 0 && units.article(j) === units.article(i) && units.sentence(i) - units.sentence(j) <= REACH; j--) {
          if (!tells(units, j) || label(units, j) === label(units, i)) continue;
          const theirs = units.figures(j);
          if (theirs.length === 0) continue;
          const other = wordsOf(units.terms(j));
          if (!(nested(words, other) || nested(other, words))) continue;
          for (const fa of mine) {
            for (const fb of theirs) {
              // (One act counted: "…, built in 2019 to protect about 60 properties, …" counts no
              // "212 properties were flooded", though it holds all its words.)
              if (!figuresConflict(fa, fb) || !oneAct(units, i, fa, j, fb)) continue;
              pair(side(i, fa), side(j, fb));
              break rival;
            }
          }
        }
      }
      // (The whole sentence: "…, far fewer than the 1.2 million claimed by the criminals" is no
      // part of the claim's shortened text.)
      const quote = units.quote(i);
      const not = /\bnot\b|\bthan\s+the\b/i.test(quote) ? REJECTS.exec(quote) : null;
      const value = not ? valueOf(not[1] ?? not[2]!) : NaN;
      const own = units.figures(i)[0];
      if (own && value >= SMALLEST_REJECTED && !(own.low <= value && value <= own.high)) reject(value, i, own);
    }
  });
  if (rejected.size === 0) return;
  // The tellings that give a rejected figure as written, of the corrections' story, naming what
  // they name. (Its digits, not its figure: "1,286 postal voting statements … out of 141,530 postal
  // votes" counts "postal" twice, so figures.ts reads no figure of it.)
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const j of members) {
      if (!tells(units, j)) continue;
      const text = units.text(j);
      if (!/\d/.test(text)) continue;
      for (const m of text.matchAll(WRITTEN)) {
        const value = valueOf(m[0]);
        const corrections = rejected.get(value);
        if (!corrections) continue;
        const told = units.figures(j).find((f) => f.low === value && f.high === value) ?? { counts: '', low: value, high: value, text: m[0] };
        for (const { i, figure } of corrections) {
          if (units.cluster[i] === c || !sameStory(i, j)) continue;
          // (A telling that names nothing may be of what the correction names, if it counts the
          // same thing, or people: "There were 38 people living at the home" and "36 residents at
          // Larchfield House …, not 38".)
          const names = namesIn(units.terms(i));
          // (A correction of a number its own side said, "the real number is closer to 3,900",
          // counts whatever that number counted.)
          const nameless = namesIn(units.terms(j)).length === 0 && (told.counts === figure.counts || told.counts === 'people' || figure.counts === 'number');
          if (names.length > 0 && !nameless && !names.some((n) => units.terms(j).includes(n))) continue;
          pair(side(i, figure), side(j, told));
        }
      }
    }
  });
}
