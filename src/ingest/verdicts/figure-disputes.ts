/**
 * The conflicting-fact rule of the verdict policy, for one cluster: two tellings of the claim,
 * in different articles, whose figures cannot both be true (figures.ts), at least one of them on
 * record (a named speaker, or the outlet's own assertion), dispute the claim — if they speak of
 * the same thing at the same time (figures.ts, comparable).
 */
import type { Attribution, Stance } from '../types.ts';
import type { FigureDispute } from './decide.ts';
import { firstConflict, type Figure, type Telling } from './figures.ts';

/** What the rule reads of the claim units, by unit index. */
export interface FigureUnits {
  article(i: number): string;
  outlet(i: number): string | null;
  date(i: number): string | null;
  /** The unit's matching terms (features.terms). */
  terms(i: number): readonly string[];
  /** The unit's verbs' terms (features.predicates). */
  predicates(i: number): readonly string[];
  /** The figures the unit states (article-claims.ts, figuresOf: none for denials and refusals to comment). */
  figures(i: number): readonly Figure[];
  attribution(i: number): Attribution;
  stance(i: number): Stance;
}

const onRecord = (a: Attribution, stance: Stance): boolean =>
  (a.kind === 'named' && !!a.speaker) || (a.kind === 'none' && stance === 'asserts');

/** Who stands behind a telling, for a reader: "Omar Haddad (Daily Post)", "Daily Post", "unnamed sources (Daily Post)". */
function label(units: FigureUnits, i: number): string {
  const a = units.attribution(i);
  const where = units.outlet(i) ?? units.article(i);
  if (a.kind === 'named' && a.speaker) return `${a.speaker}, ${where}`;
  if (a.kind === 'none') return where;
  return `${a.speaker ?? 'unnamed sources'}, ${where}`;
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
  const tellings: Telling[] = [];
  const unitOf: number[] = [];
  // Per thing counted, the highest low and the lowest high: intervals all meet (one point common
  // to all) exactly when the highest low is at most the lowest high, so a cluster whose figures
  // agree, however large, is cleared in one pass.
  const bounds = new Map<string, { low: number; high: number }>();
  for (const i of members) {
    const figures = units.figures(i);
    if (figures.length === 0) continue;
    tellings.push({ article: units.article(i), figures, onRecord: onRecord(units.attribution(i), units.stance(i)), date: units.date(i), terms: units.terms(i), predicates: units.predicates(i) });
    unitOf.push(i);
    for (const f of figures) {
      const b = bounds.get(f.counts);
      if (!b) bounds.set(f.counts, { low: f.low, high: f.high });
      else {
        b.low = Math.max(b.low, f.low);
        b.high = Math.min(b.high, f.high);
      }
    }
  }
  if (![...bounds.values()].some((b) => b.low > b.high) || new Set(tellings.map((t) => t.article)).size < 2) return null;
  // (The later telling first: firstConflict asks for each later telling about all earlier ones.)
  const found = firstConflict(tellings, (a, b) => sameStory(unitOf[b]!, unitOf[a]!));
  if (!found) return null;
  const [ia, ib] = [unitOf[found.a]!, unitOf[found.b]!];
  // The dispute is stated by the on-record side (the later one when both are).
  const by = tellings[found.b]!.onRecord ? ib : ia;
  const a = units.attribution(by);
  return {
    speaker: a.kind === 'named' && a.speaker ? a.speaker : (units.outlet(by) ?? units.article(by)),
    role: a.kind === 'named' ? a.role : null,
    articles: new Set([units.article(by)]),
    how: 'figure',
    figures: { one: { text: found.fa.text, by: label(units, ia) }, other: { text: found.fb.text, by: label(units, ib) } },
  };
}
