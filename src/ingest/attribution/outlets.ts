/**
 * News outlets in an article: recognising names ("The Northern Gazette"-style head words,
 * known agencies), registering them, and resolving short references ("the Gazette", "the paper").
 */
import { alternation, lexicon } from './lexicon.ts';
import { allMatches } from '../all-matches.ts';
import type { Outlet, OutletType, SpeakerContext } from './context.ts';

const AGENCY_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.agencies)})(?![\\p{L}])`, 'gu');
const HEADS = [...lexicon.outletHeads].join('|');
/** "the Northern Gazette", "The New York Times", "Northern Gazette"; "the Daily Meridian" (a paper's name may open with "Daily"). */
const NAMED_OUTLET_RE = new RegExp(`\\b(?:[Tt]he\\s+)?((?:[A-Z][\\p{L}.&-]*\\s+){1,3}(?:${HEADS})|Daily(?:\\s+[A-Z][\\p{L}&-]*\\p{Ll}){1,2})\\b(?![\\p{L}-])`, 'gu');
const SHORT_OUTLET_RE = new RegExp(`\\b[Tt]he\\s+(${HEADS})\\b(?![\\p{L}-])`, 'gu');
/**
 * Every outlet pattern above needs a head word or an agency name, spelt exactly: text without any
 * cannot name an outlet. One test of this is much cheaper than the three scans (most texts given
 * to outletMentions are short spans around a name, with no outlet in them).
 */
const ANY_OUTLET_WORD = new RegExp(`(?:${HEADS})|(?:${alternation(lexicon.agencies)})`, 'u');

function outletName(raw: string): string {
  const bare = raw.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
  const last = bare.split(' ').pop() ?? '';
  if (lexicon.outletHeads.has(last)) return `The ${bare}`;
  return bare;
}

export function registerOutlet(ctx: SpeakerContext, raw: string): Outlet {
  const name = outletName(raw);
  const bare = name.replace(/^The\s+/, '').toLowerCase();
  // "the Free Press" after "The Detroit Free Press": the same outlet, shortened.
  const found = ctx.outlets.find((o) => o.name.toLowerCase() === name.toLowerCase() || o.name.toLowerCase().endsWith(` ${bare}`));
  if (found) return found;
  const agency = lexicon.agencies.some((a) => a.toLowerCase() === raw.replace(/^the\s+/i, '').toLowerCase());
  const type: OutletType = lexicon.broadcasters.has(name) ? 'broadcaster' : agency ? 'agency' : 'paper';
  const o: Outlet = { name, type, short: name.replace(/^The\s+/, '').split(' ').pop() ?? name };
  ctx.outlets.push(o);
  return o;
}

interface OutletMention {
  outlet: Outlet;
  index: number;
  length: number;
}

/** Outlets named in `text`, in order. Registers new ones; `the Gazette` resolves to a known outlet. */
export function outletMentions(ctx: SpeakerContext, text: string, register = true): OutletMention[] {
  const out: OutletMention[] = [];
  if (!ANY_OUTLET_WORD.test(text)) return out;
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  for (const m of allMatches(NAMED_OUTLET_RE, text)) {
    const words = m[1]!.split(/\s+/);
    // A name whose first word is a verb-like or function word is not an outlet ("Said Post").
    if (words[0] === 'The') words.shift();
    if (words.length < 2 || /^(?:And|But|In|On|At|As|If|By|For|With|From|To|Of|According|After|Before)$/.test(words[0]!)) continue;
    const raw = words.join(' ');
    const outlet = register ? registerOutlet(ctx, raw) : ctx.outlets.find((o) => o.name === outletName(raw));
    if (!outlet) continue;
    out.push({ outlet, index: m.index, length: m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of allMatches(AGENCY_RE, text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const outlet = register ? registerOutlet(ctx, m[0]) : ctx.outlets.find((o) => o.name === outletName(m[0]));
    if (!outlet) continue;
    out.push({ outlet, index: m.index, length: m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of allMatches(SHORT_OUTLET_RE, text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const outlet = [...ctx.outlets].reverse().find((o) => o.short === m[1]);
    if (outlet) {
      out.push({ outlet, index: m.index, length: m[0].length });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const OUTLET_REF_RE: Array<[OutletType, RegExp]> = (Object.entries(lexicon.outletRefs) as Array<[OutletType, string[]]>).map(
  ([type, refs]) => [type, new RegExp(`^(?:${alternation(refs)})$`, 'i')],
);

/** "the paper", "the newspaper", "the agency" → the outlet named earlier, or null. */
export function outletReference(ctx: SpeakerContext, span: string): Outlet | null {
  const s = span.trim();
  for (const [type, re] of OUTLET_REF_RE) {
    if (!re.test(s)) continue;
    if (ctx.lastOutlet && (ctx.lastOutlet.type === type || /outlet/i.test(s))) return ctx.lastOutlet;
    const ofType = [...ctx.outlets].reverse().find((o) => o.type === type);
    if (ofType) return ofType;
    // "the agency" with no news agency named is a government agency ("An FFSA spokesman
    // confirmed that the agency received a complaint"), "the network" no broadcaster: only "the
    // paper" may mean whatever outlet was named last.
    return type === 'paper' || /outlet/i.test(s) ? ctx.lastOutlet : null;
  }
  return null;
}

const REPORT_NOUNS = lexicon.outletReportNouns.join('|');
const POSSESSIVE_REPORT_RE = new RegExp(`\\s*[’']s\\s+(?:${REPORT_NOUNS})$`, 'i');
const REPORT_BY_RE = new RegExp(`^(?:${REPORT_NOUNS})\\s+(?:by|in|from|of)\\s+`, 'i');
const TRAILING_REPORT_RE = new RegExp(`\\s+(?:${REPORT_NOUNS})$`, 'i');

/** Does the span name a news outlet (or a report by one)? Returns the outlet name, '' for vague media, or null. */
export function outletOfSpan(ctx: SpeakerContext, span: string): string | null {
  const s = span
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(POSSESSIVE_REPORT_RE, '')
    .replace(REPORT_BY_RE, '')
    .replace(TRAILING_REPORT_RE, '')
    .trim();
  const ref = outletReference(ctx, `the ${s}`) ?? outletReference(ctx, span);
  if (ref) return ref.name;
  const found = outletMentions(ctx, /^\p{Lu}[\p{L}]*$/u.test(s) ? `the ${s}` : s);
  const direct = outletMentions(ctx, span.trim());
  if (found.length === 0 && direct.length === 1 && direct[0]!.index === 0 && span.trim().length - direct[0]!.length <= 2) return direct[0]!.outlet.name;
  if (found.length === 1 && found[0]!.index === 0 && found[0]!.length >= s.replace(/^the\s+/i, '').length - 1) return found[0]!.outlet.name;
  if (found.length === 1 && s.length - found[0]!.length <= 2) return found[0]!.outlet.name;
  if (lexicon.genericMedia.has(s.toLowerCase()) || lexicon.genericMedia.has(span.toLowerCase().trim())) return '';
  return null;
}
