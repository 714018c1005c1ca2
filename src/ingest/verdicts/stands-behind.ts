/**
 * Who stands behind a telling, as the conflict rules (figure-disputes.ts, rival-accounts.ts)
 * read it: whether it is on record, how a reason names it, and who a dispute names.
 */
import type { Attribution, Stance } from '../types.ts';
import type { DisputeBase } from './decide.ts';

/** What the rules read of a unit, by unit index. */
export interface SourcedUnits {
  article(i: number): string;
  outlet(i: number): string | null;
  attribution(i: number): Attribution;
  stance(i: number): Stance;
}

/** On record: a named speaker, or the outlet's own assertion (the outlet stands behind it). */
export const onRecord = (a: Attribution, stance: Stance): boolean => (a.kind === 'named' && !!a.speaker) || (a.kind === 'none' && stance === 'asserts');

/** Who stands behind a telling, for a reader: "Omar Haddad, Daily Post", "Daily Post", "unnamed sources, Daily Post". */
export function label(units: SourcedUnits, i: number): string {
  const a = units.attribution(i);
  const where = units.outlet(i) ?? units.article(i);
  if (a.kind === 'named' && a.speaker) return `${a.speaker}, ${where}`;
  if (a.kind === 'none') return where;
  return `${a.speaker ?? 'unnamed sources'}, ${where}`;
}

/** Who states a telling, as a dispute names its source: the speaker on record, else the outlet. */
export function disputant(units: SourcedUnits, i: number): DisputeBase {
  const a = units.attribution(i);
  return {
    speaker: a.kind === 'named' && a.speaker ? a.speaker : (units.outlet(i) ?? units.article(i)),
    role: a.kind === 'named' ? a.role : null,
    articles: new Set([units.article(i)]),
  };
}
