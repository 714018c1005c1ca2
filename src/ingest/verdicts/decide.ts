/**
 * The verdict policy, as one pure function (README, "Verdict policy"):
 * - disputed: someone on record contradicts the claim (a denial of it, or of the event it is a
 *   detail of, or a conflicting figure, date or account in another telling of it);
 * - confirmed: not contradicted, and a named source states it on record, or at least two
 *   outlets report it as established fact;
 * - unattributed: not contradicted, resting on anonymous or vague sourcing, or on one outlet's
 *   own unsourced assertion.
 */
import type { AttributionKind, Stance, Verdict } from '../types.ts';
import { speakerKey, speakersOnRecord } from './speakers-on-record.ts';

export interface Evidence {
  article: string;
  outlet: string | null;
  speaker: string | null;
  role: string | null;
  kind: AttributionKind;
  via: string | null;
  stance: Stance;
  /**
   * A headline that tells the claim without the figure or time its title states ("Dockers walk
   * out after strike vote" on "The dockers walked out at 7am"): it stands behind the event, not
   * the detail, and counts for no outlet reporting the claim as fact.
   */
  withoutDetail?: boolean;
}

export interface DisputeBase {
  /** Who contradicts the claim, on record. */
  speaker: string;
  role: string | null;
  /** Articles in which the contradiction appears. */
  articles: ReadonlySet<string>;
}

/** `denial`: the claim itself is denied; `event`: the event it reports is denied. */
export interface DenialDispute extends DisputeBase {
  how: 'denial' | 'event';
}

/** Another telling gives a figure that cannot also be true. */
export interface FigureDispute extends DisputeBase {
  how: 'figure';
  /** The two figures as written, each with who states it ("12 people", "Daily Post"). */
  figures: { one: { text: string; by: string }; other: { text: string; by: string } };
}

/** Another account on record says someone else did it: "Maredian soldiers fired first" / "Oshtaran troops fired first". */
export interface AccountDispute extends DisputeBase {
  how: 'account';
  /** The two accounts as written, each with who gives it. */
  accounts: { one: { text: string; by: string }; other: { text: string; by: string } };
}

/** Another telling on record dates the event otherwise: "in early May" / "on May 30". */
export interface DateDispute extends DisputeBase {
  how: 'date';
  /** The two dates as written, each with who gives it. */
  dates: { one: { text: string; by: string }; other: { text: string; by: string } };
}

export interface TimeDispute extends DisputeBase {
  how: 'time';
  /** The two times as written, each with who gives it. */
  times: { one: { text: string; by: string }; other: { text: string; by: string } };
}

/** Another telling on record says the same thing was in the opposite state: "working" / "out of action". */
export interface StateDispute extends DisputeBase {
  how: 'state';
  /** The two states as written, each with who gives it. */
  states: { one: { text: string; by: string }; other: { text: string; by: string } };
  /** What the states are a question of, when "its state" would not say ("whether anyone was hurt"). */
  about?: string;
}

export type Dispute = DenialDispute | FigureDispute | AccountDispute | DateDispute | TimeDispute | StateDispute;

export interface Decision {
  verdict: Verdict;
  confidence: number;
  reasons: string[];
}

const round = (x: number): number => Math.round(x * 100) / 100;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "Omar Haddad, police spokesman"; an unnamed speaker described by role alone ("the mayor") is not named twice. */
/** A conflicting fact's reason lead, and its two tellings. */
function conflictOf(d: FigureDispute | AccountDispute | DateDispute | TimeDispute | StateDispute): [string, FigureDispute['figures']] {
  switch (d.how) {
    case 'figure':
      return ['Sources disagree on a figure', d.figures];
    case 'date':
      return ['Sources disagree on a date', d.dates];
    case 'time':
      return ['Sources disagree on a time', d.times];
    case 'state':
      return [`Sources disagree on ${d.about ?? 'its state'}`, d.states];
    case 'account':
      return ['Accounts contradict each other', d.accounts];
  }
}

const who = (speaker: string, role: string | null): string => (role && role.toLowerCase() !== speaker.toLowerCase() ? `${speaker}, ${role}` : speaker);
const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "Reported as a detail of an event that X, role, denied on record (in n articles)", for one or several deniers. */
function eventReason(deniers: readonly DisputeBase[]): string {
  const [only] = deniers;
  if (deniers.length === 1 && only) {
    const by = only.role ? `${only.speaker}, ${only.role},` : only.speaker;
    return `Reported as a detail of an event that ${by} denied on record (in ${plural(only.articles.size, 'article')}).`;
  }
  const each = deniers.map((d) => `${who(d.speaker, d.role)} (in ${plural(d.articles.size, 'article')})`);
  return `Reported as a detail of an event denied on record by ${list(each)}.`;
}

/**
 * One entry per denier of the events a claim is a detail of: the same report can be denied by
 * several denial claims ("no such call", "dismissed claims that he urged restraint"), each
 * naming the Kremlin; the reason names it once, with the articles of all.
 */
function foldDeniers(deniers: readonly DisputeBase[]): DisputeBase[] {
  return speakersOnRecord(deniers.flatMap((d) => [...d.articles].map((article) => ({ speaker: d.speaker, role: d.role, article }))));
}

/** An outlet counts once however many of its articles carry the claim. */
const outletKey = (e: Evidence): string => e.outlet ?? `article ${e.article}`;

export function decideVerdict(evidence: readonly Evidence[], disputes: readonly Dispute[]): Decision {
  const articles = new Set(evidence.map((e) => e.article));
  if (disputes.length > 0) {
    const reasons: string[] = [];
    let confidence = 0;
    // Every denier of the event the claim is a detail of goes into one reason, where the first
    // one stood: a list of "Reported as a detail of an event that …" lines says it once per name.
    const event = disputes.filter((d) => d.how === 'event');
    const eventDeniers = foldDeniers(event);
    // One reason per denier, where it first stood: the same body may deny the claim in two
    // claims of its own (a board's statement and its FAQ), each a dispute.
    const byDenier = new Map<string, { first: Dispute; articles: Set<string> }>();
    for (const d of disputes) {
      if (d.how !== 'denial') continue;
      const key = speakerKey(d.speaker);
      const seen = byDenier.get(key);
      if (seen) for (const a of d.articles) seen.articles.add(a);
      else byDenier.set(key, { first: d, articles: new Set(d.articles) });
    }
    for (const d of disputes) {
      if (d.how === 'denial') {
        const denier = byDenier.get(speakerKey(d.speaker))!;
        if (denier.first !== d) continue;
        // Articles with the claim or the denial: counted, not collected (a large cluster meets many denials).
        let inArticles = articles.size;
        for (const a of denier.articles) if (!articles.has(a)) inArticles++;
        reasons.push(`Denied on record by ${who(d.speaker, d.role)}, in ${denier.articles.size} of ${plural(inArticles, 'article')}.`);
        confidence = Math.max(confidence, 0.8 + Math.min(0.15, 0.03 * denier.articles.size));
      } else if (d.how === 'figure' || d.how === 'date' || d.how === 'time' || d.how === 'account' || d.how === 'state') {
        // A conflicting fact: the two tellings as written, each with who gives it.
        const [lead, { one, other }] = conflictOf(d);
        // (Two rules may find one conflict between the same tellings: it is said once.)
        const reason = `${lead}: “${one.text}” (${one.by}) against “${other.text}” (${other.by}).`;
        if (!reasons.includes(reason)) reasons.push(reason);
        confidence = Math.max(confidence, 0.7);
      } else {
        if (d === event[0]) reasons.push(eventReason(eventDeniers));
        confidence = Math.max(confidence, 0.65 + Math.min(0.15, 0.03 * d.articles.size));
      }
    }
    return { verdict: 'disputed', confidence: round(confidence), reasons };
  }

  const onRecord = evidence.filter((e) => e.kind === 'named' && e.speaker && e.stance !== 'reports');
  if (onRecord.length > 0) {
    const speakers = speakersOnRecord(onRecord.map((e) => ({ speaker: e.speaker!, role: e.role, article: e.article })));
    // "X declined to comment" / "X did not respond": what is on record is the refusal, not a statement.
    const stating = new Set(onRecord.filter((e) => e.stance !== 'declines').map((e) => speakerKey(e.speaker!)));
    const reasons = speakers.map((s) => {
      const where = plural(s.articles.size, 'article');
      if (stating.has(speakerKey(s.speaker))) return `Stated on record by ${who(s.speaker, s.role)}, in ${where}.`;
      return `Declined to comment or did not respond: ${who(s.speaker, s.role)}, in ${where}.`;
    });
    reasons.push('No source on record contradicts it.');
    return { verdict: 'confirmed', confidence: round(Math.min(0.95, 0.75 + 0.05 * onRecord.length)), reasons };
  }

  const asFact = new Set(evidence.filter((e) => e.kind === 'none' && e.stance === 'asserts' && !e.withoutDetail).map(outletKey));
  // (Said, when a headline was left out: the reader sees its row and should know why it does not count.)
  // (Only an outlet that would otherwise have counted: one whose sentences tell it is counted anyway.)
  const headlines = [...new Set(evidence.filter((e) => e.withoutDetail && e.kind === 'none' && e.stance === 'asserts' && !asFact.has(outletKey(e))).map((e) => e.outlet ?? 'an outlet'))];
  const headlineReason = headlines.length === 0 ? [] : [`Not counted: a headline (${list(headlines)}) that gives no figure or time the claim states.`];
  if (asFact.size >= 2) {
    return {
      verdict: 'confirmed',
      confidence: round(Math.min(0.85, 0.55 + 0.08 * asFact.size)),
      reasons: [`Reported as established fact by ${plural(asFact.size, 'outlet')}.`, ...headlineReason, 'No source on record contradicts it.'],
    };
  }

  const reasons: string[] = [];
  const anonymous = evidence.filter((e) => e.kind === 'anonymous' || (e.stance === 'reports' && e.kind !== 'none'));
  if (anonymous.length > 0) {
    const labels = [...new Set(anonymous.map((e) => (e.via ? `${e.speaker ?? 'unnamed sources'} cited by ${e.via}` : (e.speaker ?? 'unnamed sources'))))];
    reasons.push(`Rests on anonymous or vague sourcing: ${list(labels)}.`);
  }
  if (asFact.size === 1) {
    const only = evidence.find((e) => e.kind === 'none' && e.stance === 'asserts' && !e.withoutDetail);
    reasons.push(only?.outlet ? `Stated by one outlet only (${only.outlet}), with no source given.` : 'Stated by one outlet only, with no source given.');
  }
  if (reasons.length === 0) reasons.push('No named source stands behind it.');
  reasons.push(...headlineReason);
  reasons.push('No source on record contradicts it.');
  return { verdict: 'unattributed', confidence: round(anonymous.length > 0 ? 0.75 : 0.6), reasons };
}
