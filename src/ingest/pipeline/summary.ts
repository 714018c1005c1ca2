/**
 * The generated body of a claim page: a few plain sentences a reader can read on their own.
 * Authors may replace it; the merge stage refreshes it only while it is unedited.
 */
import type { GeneratedClaim } from '../types.ts';

const VERDICT_TEXT = {
  disputed: 'Disputed: someone on record contradicts this claim.',
  confirmed: 'Confirmed: a named source states it on record, or several outlets report it as fact, and nobody on record contradicts it.',
  unattributed: 'Unattributed: nobody on record stands behind this claim; it rests on anonymous or vague sourcing or on one outlet alone.',
} as const;

export function summarise(claim: GeneratedClaim): string[] {
  const articles = new Set(claim.appearances.map((a) => a.source)).size;
  const outlets = new Set(claim.appearances.map((a) => a.outlet ?? a.source)).size;
  const namesOf = (rows: GeneratedClaim['appearances']): string[] => [...new Set(rows.map((a) => a.speaker).filter((s): s is string => !!s))];
  // Who gives a figure against the claim does not stand behind it.
  const speakers = namesOf(claim.appearances.filter((a) => a.stance !== 'conflicts'));
  const against = namesOf(claim.appearances.filter((a) => a.stance === 'conflicts')).filter((s) => !speakers.includes(s));
  const lines = [
    `${VERDICT_TEXT[claim.engine.verdict]} ${claim.reasons.join(' ')}`,
    `The claim appears in ${articles} article${articles === 1 ? '' : 's'} from ${outlets} source${outlets === 1 ? '' : 's'}` +
      (speakers.length > 0 ? `, attributed to ${speakers.join(', ')}` : ', with no named speaker') +
      (against.length > 0 ? `; ${against.join(', ')} ${against.length === 1 ? 'gives' : 'give'} a figure that contradicts it.` : '.'),
  ];
  return lines;
}
