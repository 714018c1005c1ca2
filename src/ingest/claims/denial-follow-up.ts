/**
 * A denial goes on in the speaker's next words: "Federation boss Helen Marchbank hit back at the
 * claims. ‘We did not delay the notification by a single day,’ she said." / "‘These claims are
 * false,’ he said. ‘We have not hidden anything from our customers.’" The negative statement
 * right after a denial, by the same speaker, says what the denial says: it denies the same thing,
 * and is evidence of that denial rather than a claim of its own.
 */
import type { ClaimUnit } from './extract.ts';

/** A negative statement: "did not", "have never", "nothing", "no one". */
const NEGATIVE = /(?:^|[^\p{L}’'])(?:not|never|no|nothing|nobody|none|neither|nor|no-one)(?=$|[^\p{L}’'])|n[’']t(?=$|[^\p{L}])/iu;

/**
 * The figure a telling corrects: "Our engineers logged nine cracks, not 14" states the figure it
 * holds right (and disputes the other as a figure: verdicts/figure-corrections.ts); its "not" is
 * no negative statement.
 */
const NOT_THAT_FIGURE = /,\s*(?:and\s+)?not\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands)(?:\s+(?:hundred|thousand|million|billion))?(?=\s*(?:[,;.!"”]|$))/giu;

/** A denial in the first person plural, a body's voice: "We reject that characterisation". */
const IN_ITS_NAME = /^[“"‘']?we\s/i;

/**
 * Units (in article order) with each negative statement that follows a denial by the same named
 * speaker, in the next sentence, turned into that denial's kind: stance 'denies', the same target,
 * marked `goesOn` (it denies what that denial denies: relations.ts resolves it so, and counts the
 * two as one denial).
 */
export function denialsGoOn(units: ClaimUnit[]): ClaimUnit[] {
  let last: ClaimUnit | null = null;
  return units.map((u) => {
    const denial: ClaimUnit | null = last;
    // "Oyelaran rejected the audit's figure. “That figure is wrong,” Oyelaran said.": "that" is
    // what his denial was of, not the line the article told before it.
    // (Or a body's denial, then its officer's in its name: "Markwise rejected that account. “We
    // reject that characterisation,” managing director Joanne Tell said.")
    if (u.stance === 'denies' && u.denial?.pointsBack && denial && denial.stance === 'denies' && u.sentence === denial.sentence + 1 && u.attribution.kind === 'named' && (u.attribution.speaker === denial.attribution.speaker || (denial.attribution.kind === 'named' && IN_ITS_NAME.test(u.quote)))) {
      const goesOn: ClaimUnit = { ...u, denial: { target: denial.denial?.target ?? null, goesOn: true } };
      if (denial.negatedEvent) goesOn.negatedEvent = denial.negatedEvent;
      last = goesOn;
      return goesOn;
    }
    if (u.stance === 'denies') {
      last = u;
      return u;
    }
    if (!denial || u.sentence > denial.sentence + 1) last = null;
    if (!denial || u.sentence !== denial.sentence + 1 || u.stance !== 'asserts' || u.attribution.kind !== 'named') return u;
    if (u.attribution.speaker !== denial.attribution.speaker || !NEGATIVE.test(u.text.replace(NOT_THAT_FIGURE, ''))) return u;
    const goesOn: ClaimUnit = { ...u, stance: 'denies', denial: { target: denial.denial?.target ?? null, goesOn: true } };
    if (denial.negatedEvent) goesOn.negatedEvent = denial.negatedEvent;
    last = goesOn;
    return goesOn;
  });
}
