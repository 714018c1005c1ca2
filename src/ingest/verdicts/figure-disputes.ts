/**
 * The conflicting-figure rule of the verdict policy: two tellings in different articles whose
 * figures cannot both be true (figures.ts), at least one of them on record (a named speaker, or
 * the outlet's own assertion), dispute the claim — if they speak of the same thing at the same
 * time (figures.ts, comparable). Within one claim (figureDispute), and between two claims whose
 * words differ but that measure one thing (figureDisputesBetween).
 */
import type { FigureDispute } from './decide.ts';
import { disputant, label, onRecord, type SourcedUnits } from './stands-behind.ts';
import { speakerKey } from './speakers-on-record.ts';
import { actsIn, afterWords, verblessClause, comparable, figuresConflict, firstConflict, isUnitOfMeasure, measureOf, namesOf, namesWithOwn, sameAct, sameNames, type Figure, type Telling } from './figures.ts';

/** What the rule reads of the claim units, by unit index. */
export interface FigureUnits extends SourcedUnits {
  date(i: number): string | null;
  /** The unit's matching terms (features.terms). */
  terms(i: number): readonly string[];
  /** The unit's verbs' terms (features.predicates). */
  predicates(i: number): readonly string[];
  /** A word's matching term, as features give it ("soldier" → "c:military", "patient" → "w:patient"). */
  term(word: string): string;
  /** The figures the unit states (article-claims.ts, figuresOf: none for denials and refusals to comment). */
  figures(i: number): readonly Figure[];
  /** The unit's claim text. */
  text(i: number): string;
  /** The sentence that tells the unit (its quote), when known. */
  quote?(i: number): string;
  /** The matching terms of a name, as a claim naming it would have them ("Ostrenz General Hospital" → e:ostrenz, w:hospital). */
  nameTerms(name: string): readonly string[];
}

/**
 * A claim that opens with an organisation's self ("It is treating …", "Its staff …", said by a
 * speaker with no role). Not "We": a minister's "We will send 730 million euros" is her
 * government's, which her name does not say.
 */
const SELF_OPENING = /^Its?\b/;

/** Does the claim open with its speaker's self: "It …", or its name where the title put it for "It"? */
const selfOpening = (text: string, speaker: string): boolean => SELF_OPENING.test(text) || text.toLowerCase().startsWith(`${speaker.toLowerCase()} `);

/**
 * A figure an organisation gives that names nothing else ("Norvale now says 1,100 flights have
 * been cancelled today"): its own count. (An organisation is named in one word here, its short
 * name; people speak under their full names.)
 */
const bodyCount = (terms: readonly string[], speaker: string): boolean => !/\s/.test(speaker.trim()) && !terms.some((t) => t.startsWith('e:') || t.startsWith('p:'));

/** Unit `i` as the conflict search reads it (`figures`: its figures, already asked for). */
function tellingOf(units: FigureUnits, i: number, figures: readonly Figure[]): Telling {
  const a = units.attribution(i);
  const speaker = a.kind === 'named' && a.speaker ? a.speaker : null;
  const context = units.quote ? afterWords(units.terms(i), units.text(i), units.quote(i)) : [];
  return {
    article: units.article(i),
    figures,
    onRecord: onRecord(a, units.stance(i)),
    date: units.date(i),
    terms: units.terms(i),
    predicates: units.predicates(i),
    text: units.text(i),
    ...(units.quote ? { sentence: units.quote(i) } : {}),
    speaker: speaker && speakerKey(speaker),
    ...(speaker && a.role === null && selfOpening(units.text(i), speaker) ? { ownCount: units.nameTerms(speaker) } : {}),
    ...(speaker && a.role === null && bodyCount(units.terms(i), speaker) ? { orgCount: units.nameTerms(speaker) } : {}),
    ...(context.length > 0 ? { context } : {}),
  };
}

/**
 * The figure dispute of a cluster (`members` in unit order), or null when its figures agree.
 * Only tellings of one story can conflict (`sameStory`, by unit): a line every story repeats
 * ("the currency has lost about 9 percent") is a different fact in each.
 */
export function figureDispute(
  members: readonly number[],
  units: FigureUnits,
  sameStory: (i: number, j: number) => boolean = () => true,
): FigureDispute | null {
  if (figuresMeet(members, units)) return null;
  const tellings: Telling[] = [];
  const unitOf: number[] = [];
  for (const i of members) {
    const figures = units.figures(i);
    if (figures.length === 0) continue;
    tellings.push(tellingOf(units, i, figures));
    unitOf.push(i);
  }
  if (new Set(tellings.map((t) => t.article)).size < 2) return null;
  // (The later telling first: firstConflict asks for each later telling about all earlier ones.)
  const found = firstConflict(tellings, (a, b) => sameStory(unitOf[b]!, unitOf[a]!), (w) => units.term(w));
  if (!found) return null;
  const [ia, ib] = [unitOf[found.a]!, unitOf[found.b]!];
  // The dispute is stated by the on-record side (the later one when both are).
  const by = tellings[found.b]!.onRecord ? ib : ia;
  return {
    ...disputant(units, by),
    how: 'figure',
    figures: { one: { text: found.fa.text, by: label(units, ia) }, other: { text: found.fb.text, by: label(units, ib) } },
  };
}

/**
 * Can the figures of a cluster's tellings all be true at once? Per thing counted, the highest low
 * and the lowest high: intervals all meet (one point common to all) exactly when the highest low
 * is at most the lowest high, so a cluster whose figures agree, however large, is cleared in one
 * pass.
 */
export function figuresMeet(members: readonly number[], units: Pick<FigureUnits, 'figures'>): boolean {
  const bounds = new Map<string, { low: number; high: number }>();
  for (const i of members) {
    for (const f of units.figures(i)) {
      const b = bounds.get(f.counts);
      if (!b) bounds.set(f.counts, { low: f.low, high: f.high });
      else {
        b.low = Math.max(b.low, f.low);
        b.high = Math.min(b.high, f.high);
        if (b.low > b.high) return false;
      }
    }
  }
  return true;
}

/**
 * The tellings of a cluster whose figures cannot also be true of unit `shown`'s (the telling its
 * title gives): on the page of "14 people have been taken to hospital", the organiser's "Nine
 * people were taken to hospital" contradicts the title, and a reader must not see it as a
 * telling that states it. A pair counts as figureDispute counts it (the same thing counted by
 * the same act, though at any time), whether or not either is on record: what is marked is what
 * each row says, not who disputes; tellings of one article by one speaker are left alone (an
 * article may update its own count), and so is a telling that gives the title's figure too.
 * Empty when the shown telling states no figure.
 */
export function conflictingTellings(
  members: readonly number[],
  shown: number,
  units: FigureUnits,
  sameStory: (i: number, j: number) => boolean = () => true,
): Set<number> {
  const found = new Set<number>();
  const own = units.figures(shown);
  if (own.length === 0) return found;
  const title = tellingOf(units, shown, own);
  for (const i of members) {
    const figures = units.figures(i);
    if (i === shown || figures.length === 0 || !sameStory(shown, i)) continue;
    const telling = tellingOf(units, i, figures);
    if (telling.article === title.article && telling.speaker === title.speaker) continue;
    // A telling that also gives the title's figure ("14, not nine as the organiser said") agrees.
    const conflicts = own.some((fa) => {
      const rivals = figures.filter((fb) => fb.counts === fa.counts);
      return (
        rivals.length > 0 &&
        rivals.every((fb) => figuresConflict(fa, fb)) &&
        // (Whenever told: "more than 500 people had been evacuated" a day later does not state the
        // title's "260 people had been evacuated", even if it is no dispute of it.)
        rivals.some((fb) => comparable(title, telling, measureOf(fa.counts, (w) => units.term(w)), true, [fa, fb]) && sameAct(title, fa, telling, fb))
      );
    });
    if (conflicts) found.add(i);
  }
  return found;
}

/**
 * Conflicting figures between claims: the matcher puts "a cyber-attack had exposed the personal
 * details of 1.2 million customers" and "around 3 million customers had their personal details
 * stolen" on two pages, their other words being different, yet both measure one thing
 * (figures.ts: comparable with the thing counted, the same noun and verb in the same places;
 * sameNames: the same people and places named). A telling on record in one claim disputes the
 * other claim (`dispute(c, d, by)`: claim `c` is disputed by claim `by`), once per pair; only
 * claims `eligible` take part, and only tellings of one story.
 *
 * Cost: tellings are put in buckets by what they count, each verb and each name, and only
 * tellings in one bucket are compared, each only with those of a different figure: most units
 * state no figure, and a bucket holds one measure of one thing (0.17 s at 10,000 articles).
 */
export function figureDisputesBetween(
  clusters: ReadonlyArray<readonly number[]>,
  units: FigureUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: FigureDispute, by: number) => void,
): void {
  interface Entry {
    c: number;
    i: number;
    figure: Figure;
    measure: string;
    telling: Telling;
  }
  // Buckets by what is counted, each verb and each name (sameNames: tellings that name anything
  // share a name), so that a bucket holds one measure of one thing.
  const buckets = new Map<string, Entry[]>();
  const measures = new Map<string, string | undefined>(); // what a figure counts → its term
  const measureOfCount = (counts: string): string | undefined => {
    if (!measures.has(counts)) measures.set(counts, measureOf(counts, (w) => units.term(w)));
    return measures.get(counts);
  };
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      const figures = units.figures(i);
      if (figures.length === 0) continue;
      const terms = units.terms(i);
      let telling: Telling | undefined;
      let names: string[] = [];
      let acts: string[] = [];
      for (const figure of figures) {
        // Only a counted noun of the telling's words makes a measure (not "percent" or "$").
        const measure = measureOfCount(figure.counts);
        // (A length or a speed is one whatever unit the words give: measureOf.)
        if (measure === undefined || (!measure.startsWith('u:') && !terms.includes(measure))) continue;
        if (!telling) {
          telling = tellingOf(units, i, figures);
          names = namesOf(telling);
          if (names.length === 0) names = [''];
          // (And in the buckets of an organisation's own count: see sameNames.)
          const own = namesWithOwn(telling);
          if (own) names = [...new Set([...names, ...own])];
          acts = [...actsIn(telling.predicates ?? [], telling.text, telling.terms)];
        }
        // A unit of measure is compared whatever the verbs (figures.ts, sameMeasure); so is a count
        // whose clause has no verb of its own ("We had one officer on site overnight, which is what
        // our contract provides for", "That night there were six registered nurses …"), with
        // others like it.
        const verbs = isUnitOfMeasure(figure.counts) ? [''] : verblessClause(telling, figure) ? [...acts, ''] : acts;
        const keys = verbs.flatMap((p) => names.map((name) => `${p}\u0000${name}`));
        const entry = { c, i, figure, measure, telling };
        for (const k of keys) {
          const key = `${measure}\u0000${k}`;
          const list = buckets.get(key);
          if (list) list.push(entry);
          else buckets.set(key, [entry]);
        }
      }
    }
  });
  const done = new Set<number>();
  const n = clusters.length;
  for (const list of buckets.values()) {
    // Equal figures never conflict ("the two sides" in every story): sorted by figure, a telling
    // is compared only with those before its run of equal ones.
    list.sort((p, q) => p.figure.low - q.figure.low || p.figure.high - q.figure.high);
    let run = 0;
    for (let y = 1; y < list.length; y++) {
      const b = list[y]!;
      if (b.figure.low !== list[y - 1]!.figure.low || b.figure.high !== list[y - 1]!.figure.high) run = y;
      for (let x = 0; x < run; x++) {
        const a = list[x]!;
        // The cheap tests first: a large corpus puts thousands of tellings in a bucket. (b first
        // in sameStory: the story relation answers fastest for one article against many.)
        if (a.c === b.c || a.telling.article === b.telling.article || (!a.telling.onRecord && !b.telling.onRecord) || !figuresConflict(a.figure, b.figure)) continue;
        const pair = Math.min(a.c, b.c) * n + Math.max(a.c, b.c);
        if (done.has(pair) || !sameStory(b.i, a.i) || !comparable(a.telling, b.telling, a.measure, false, [a.figure, b.figure]) || !sameNames(a.telling, b.telling) || !sameAct(a.telling, a.figure, b.telling, b.figure)) continue;
        done.add(pair);
        const figures = { one: { text: a.figure.text, by: label(units, a.i) }, other: { text: b.figure.text, by: label(units, b.i) } };
        if (b.telling.onRecord) dispute(a.c, { ...disputant(units, b.i), how: 'figure', figures }, b.c);
        if (a.telling.onRecord) dispute(b.c, { ...disputant(units, a.i), how: 'figure', figures: { one: figures.other, other: figures.one } }, a.c);
      }
    }
  }
}
