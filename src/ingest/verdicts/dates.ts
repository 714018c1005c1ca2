/**
 * When a claim says something happened: the date a telling gives, as the span of days its
 * wording allows ("on May 30" is one day, "in early May" the 1st to the 10th, "in May" the whole
 * month). Read with chrono (the date parser of the parse stage) against the article's date, which
 * gives the year a date leaves out. Only dates that place the event itself are kept: "several
 * weeks before the May 30 date it has given publicly" and "had known since April" bound it,
 * they do not place it. Weekdays and other relative dates ("on Monday", "last week") are not
 * read: which Monday a reporter meant is a guess.
 */
import { chrono } from '../chrono.ts';

/** chrono's English parser (loaded on first use: most corpora never ask). */
const casual = () => chrono().casual;

export interface DateSpan {
  /** The words as written, with what places or qualifies the date ("in early May", "on May 30"). */
  text: string;
  /** First and last day the wording allows, as days since 1970-01-01 (UTC). */
  low: number;
  high: number;
}

/** A month written out or abbreviated: no month, no date worth reading (and chrono is not asked). */
/** A month's name, written out or abbreviated, as a pattern's source (figures.ts reads it too). */
export const MONTH_NAME = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH = new RegExp(`\\b(?:${MONTH_NAME})\\b`, 'i');

/** Words before a date that make it a bound, not the date of the event: "before the May 30 date", "since April". */
const BOUND = /\b(?:before|after|since|until|till|by|from|than|between|prior\s+to)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** Part of a month: "early May", "mid-May", "late in May", "the end of May". */
const PART_OF_MONTH: ReadonlyArray<[RegExp, 'early' | 'mid' | 'late']> = [
  [/\b(?:early(?:\s+in)?|the\s+(?:start|beginning)\s+of)\s+$/i, 'early'],
  [/\b(?:mid|middle\s+of|the\s+middle\s+of)[\s-]+$/i, 'mid'],
  [/\b(?:late(?:\s+in)?|the\s+end\s+of)\s+$/i, 'late'],
];

/** The words of PART_OF_MONTH right before a month's name, blanked for chrono. */
const PART_BEFORE_MONTH = new RegExp(`\\b(?:early(?:\\s+in)?|late(?:\\s+in)?|mid|middle\\s+of|(?:start|beginning|end)\\s+of)[\\s-]+(?=(?:${MONTH_NAME})\\b)`, 'giu');

/** A preposition placing the date, kept with it for the reason: "on May 30", "in early May". */
const PLACED_BY = /\b(?:on|in|at|during)\s+(?:the\s+)?$/i;

const DAY = 86_400_000;
const dayNumber = (year: number, month: number, day: number): number => Math.round(Date.UTC(year, month - 1, day) / DAY);
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The dates in `text` that place what it tells, in order. `published`: the article's ISO date,
 * which gives a date without a year its year (none: the dates are compared within one year).
 */
export function datesIn(text: string, published: string | null): DateSpan[] {
  if (!MONTH.test(text)) return [];
  // chrono is given the month alone: it reads neither "mid-May" nor "mid May", and makes "the end
  // of May" its last day. The words become "in" (and spaces to the same length: its offsets
  // still hold), and are read here from the text (PART_OF_MONTH).
  const read = text.replace(PART_BEFORE_MONTH, (m) => `in${' '.repeat(m.length - 2)}`);
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 5, 15, 12));
  const out: DateSpan[] = [];
  for (const r of casual().parse(read, reference, { forwardDate: false })) {
    const start = r.start;
    // "several weeks before" is a date to chrono; only a month written out is read here.
    if (!start.isCertain('month') || start.isCertain('weekday') || !MONTH.test(r.text)) continue;
    // A range ("between May 3 and May 9") bounds the event rather than placing it.
    if (r.end) continue;
    const before = text.slice(0, r.index);
    if (BOUND.test(before)) continue;
    const year = start.get('year') ?? 2000;
    const month = start.get('month')!;
    let low: number;
    let high: number;
    let lead = before.length;
    if (start.isCertain('day')) {
      low = high = dayNumber(year, month, start.get('day')!);
    } else {
      const last = daysIn(year, month);
      const part = PART_OF_MONTH.find(([re]) => re.test(before));
      const [from, to] = !part ? [1, last] : part[1] === 'early' ? [1, 10] : part[1] === 'mid' ? [11, 20] : [21, last];
      low = dayNumber(year, month, from);
      high = dayNumber(year, month, to);
      if (part) lead = before.length - part[0].exec(before)![0].length;
    }
    const placed = PLACED_BY.exec(text.slice(0, lead));
    if (placed) lead = placed.index;
    const words = text.slice(lead, r.index + r.text.length).replace(/[\s,.;:]+$/, '');
    out.push({ text: words, low, high });
  }
  return out;
}

/** Can two dates both be true of one event? Not when their spans do not meet. */
export function datesConflict(a: DateSpan, b: DateSpan): boolean {
  return a.high < b.low || b.high < a.low;
}
