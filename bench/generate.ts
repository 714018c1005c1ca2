/**
 * Deterministic synthetic seed corpora for the benchmark (issue 7).
 *
 * `generateCorpus(n)` returns n plain-text seed articles shaped like the hand-copied ones in
 * seeds/: one paragraph per line, an optional headline, date line, "Source: Outlet" and
 * "By Name" lines, and some page furniture. The articles are spread over about n/10 stories;
 * each story has a small invented cast (two countries, their presidents, a spokesperson, a
 * minister, a foreign minister, a company, outlets) and 6–12 facts. Every article tells a
 * subset of its story's facts in its own wording: reporting verbs and their synonyms,
 * quote-first sentences, named and anonymous attributions, reports by outlets, denials
 * ("calling it “simply false”", "there was no such meeting"), commentary and background.
 *
 * Determinism: no Math.random, no clock. Each story draws from its own mulberry32 stream
 * seeded from (corpus seed, story index), so the same n always yields byte-identical files,
 * and story k reads the same in every corpus large enough to hold it.
 *
 * CLI: `npx node bench/generate.ts --n 1000 --out /tmp/seeds` writes the files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** One generated seed file. */
export interface SeedFile {
  /** File name, e.g. "00042_3f9c0a1b.txt"; sorting by name gives generation order. */
  name: string;
  /** Index of the story the article belongs to. */
  story: number;
  /** Ids of the story facts the article tells (see FACTS), in telling order. */
  facts: string[];
  text: string;
}

export interface GenerateOptions {
  /** Corpus seed; the default gives the corpus BENCHMARKS.md was measured on. */
  seed?: number;
}

export const DEFAULT_SEED = 0x0c0ffee7;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the string form of the parts: seeds independent streams. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** k distinct items in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.max(0, Math.min(k, copy.length)));
  };
  return { next, int, chance: (p) => next() < p, pick, sample };
}

/**
 * Expand a template with alternations: "{spoke with|talked to} X" → one of the variants,
 * chosen with `r`. Alternations nest; "{a|}" makes a part optional.
 */
export function vary(r: Rng, template: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    // Find the matching brace and split at top-level bars.
    let depth = 0;
    const options: string[] = [];
    let start = i + 1;
    let j = i;
    for (; j < template.length; j++) {
      const c = template[j];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) break;
      } else if (c === '|' && depth === 1) {
        options.push(template.slice(start, j));
        start = j + 1;
      }
    }
    if (depth !== 0) throw new Error(`unbalanced braces in template: ${template}`);
    options.push(template.slice(start, j));
    out += vary(r, r.pick(options));
    i = j + 1;
  }
  return out;
}

const cap = (s: string): string => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

// ---------------------------------------------------------------------------------------------
// Invented names

const FIRST_M = ['Adrian', 'Boris', 'Caspar', 'Dorian', 'Emil', 'Felix', 'Gregor', 'Henrik', 'Ivo', 'Jonas', 'Kasimir', 'Leon', 'Matthias', 'Nikolai', 'Oskar', 'Pavel', 'Rafael', 'Stefan', 'Tobias', 'Viktor'];
const FIRST_F = ['Adela', 'Beatrix', 'Clara', 'Dagny', 'Elena', 'Freya', 'Greta', 'Helena', 'Ilse', 'Johanna', 'Katrin', 'Lidia', 'Marta', 'Nadia', 'Olga', 'Petra', 'Rosa', 'Sabine', 'Tamara', 'Vera'];
const SUR_HEAD = ['Dra', 'Vel', 'Kor', 'Mar', 'Tal', 'Ost', 'Bren', 'Sav', 'Lun', 'Hal', 'Quor', 'Ren', 'Zan', 'Mik', 'Tor', 'Fen', 'Gal', 'Per', 'Sol', 'Var'];
const SUR_MID = ['', '', '', 'a', 'e', 'i', 'o', 'an', 'en', 'or', 'us', 'il'];
const SUR_TAIL = ['vik', 'ano', 'ensky', 'orin', 'strand', 'ard', 'ell', 'oza', 'akis', 'idis', 'ovic', 'ene', 'ath', 'ley', 'mont', 'ski', 'berg', 'dahl', 'essi', 'uran'];
const LAND_HEAD = ['Ar', 'Bel', 'Cor', 'Dal', 'Est', 'Fal', 'Gal', 'Kes', 'Lor', 'Mor', 'Nor', 'Ost', 'Pel', 'Sar', 'Tav', 'Val', 'Ver', 'Zel'];
const LAND_TAIL = ['avia', 'oria', 'ania', 'ovia', 'aria', 'esia', 'inia', 'una'];
const CITY_HEAD = ['Mar', 'Kes', 'Tor', 'Aven', 'Bram', 'Cald', 'Dun', 'Eld', 'Ferr', 'Glen', 'Hart', 'Lind', 'Rav', 'Sten', 'Wex'];
const CITY_TAIL = ['haven', 'burg', 'ford', 'mouth', 'grad', 'port', 'stad', 'vale', 'wick', 'moor'];
const PAPER = ['Post', 'Courier', 'Herald', 'Ledger', 'Tribune', 'Gazette', 'Observer', 'Chronicle', 'Times', 'Dispatch'];
const COMPANY_TAIL = ['Energy', 'Holdings', 'Industries', 'Shipping', 'Telecom', 'Minerals', 'Logistics', 'Systems'];
const REGIONS = ['the eastern provinces', 'the northern border region', 'the coastal strip', 'the river delta', 'the southern highlands', 'the disputed islands'];
const TOPICS = ['border security', 'grain exports', 'energy supplies', 'prisoner exchanges', 'the gas pipeline', 'fishing rights', 'the peace plan'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface Person {
  first: string;
  last: string;
  he: 'he' | 'she';
  his: 'his' | 'her';
  honorific: 'Mr.' | 'Ms.';
  /** Title used on first mention, e.g. "Valorian President". */
  title: string;
  /** Short role for later mentions, e.g. "the president". */
  role: string;
}

interface Country {
  name: string;
  adj: string;
  capital: string;
  /** Seat of government, used like "the Kremlin": "the Marhaven Palace". */
  seat: string;
}

interface Cast {
  a: Country;
  b: Country;
  presA: Person;
  presB: Person;
  spokes: Person;
  minister: Person;
  foreignMin: Person;
  company: string;
  company2: string;
  /** Outlet that broke the story. */
  origin: string;
  /** Outlets that republish it. */
  outlets: string[];
  reporters: string[];
  region: string;
  topic: string;
  day: string;
  amount: string;
  troops: string;
  percent: string;
  month: string;
  /** Date of the first report. */
  date: { y: number; m: number; d: number };
}

/** About 2,000 distinct surnames, so casts of different stories rarely share one. */
function surname(r: Rng): string {
  return r.pick(SUR_HEAD) + r.pick(SUR_MID) + r.pick(SUR_TAIL);
}

function person(r: Rng, title: string, role: string): Person {
  const male = r.chance(0.5);
  return {
    first: r.pick(male ? FIRST_M : FIRST_F),
    last: surname(r),
    he: male ? 'he' : 'she',
    his: male ? 'his' : 'her',
    honorific: male ? 'Mr.' : 'Ms.',
    title,
    role,
  };
}

function country(r: Rng, avoid?: Country): Country {
  for (;;) {
    const name = r.pick(LAND_HEAD) + r.pick(LAND_TAIL);
    if (name === avoid?.name) continue;
    const capital = r.pick(CITY_HEAD) + r.pick(CITY_TAIL);
    return { name, adj: `${name}n`, capital, seat: `the ${capital} Palace` };
  }
}

function makeCast(r: Rng): Cast {
  const a = country(r);
  const b = country(r, a);
  const spokesTitle = `${a.capital} Palace`;
  const spokes = person(r, spokesTitle, 'the spokesperson');
  spokes.title = `${spokesTitle} ${spokes.he === 'he' ? 'spokesman' : 'spokeswoman'}`;
  const outletPool = new Set<string>();
  while (outletPool.size < 6) {
    const kind = r.int(0, 3);
    outletPool.add(
      kind === 0
        ? `${r.pick(CITY_HEAD)}${r.pick(CITY_TAIL)} ${r.pick(PAPER)}`
        : kind === 1
          ? `The ${r.pick(CITY_HEAD)}${r.pick(CITY_TAIL)} ${r.pick(PAPER)}`
          : kind === 2
            ? `${r.pick(LAND_HEAD)}press`
            : `${r.pick(LAND_HEAD)}${r.pick(LAND_TAIL)} News Agency`,
    );
  }
  const [origin = 'The Daily Post', ...outlets] = [...outletPool];
  const reporters = Array.from({ length: 4 }, () => `${r.pick([...FIRST_M, ...FIRST_F])} ${surname(r)}`);
  const month = r.int(0, 11);
  return {
    a,
    b,
    presA: person(r, `${a.adj} President`, 'the president'),
    presB: person(r, `${b.adj} President`, 'the president'),
    spokes,
    minister: person(r, `${a.adj} ${r.pick(['Defence', 'Finance', 'Interior', 'Energy'])} Minister`, 'the minister'),
    foreignMin: person(r, `${b.adj} Foreign Minister`, 'the foreign minister'),
    company: `${r.pick(SUR_HEAD)}${r.pick(SUR_TAIL)} ${r.pick(COMPANY_TAIL)}`,
    company2: `${r.pick(CITY_HEAD)}${r.pick(CITY_TAIL)} ${r.pick(COMPANY_TAIL)}`,
    origin,
    outlets,
    reporters,
    region: r.pick(REGIONS),
    topic: r.pick(TOPICS),
    day: r.pick(WEEKDAYS),
    amount: r.chance(0.5) ? `$${r.int(2, 95) / 10 + 1} billion` : `${r.int(120, 950)} million euros`,
    troops: `${r.int(2, 40) * 500}`.replace(/\B(?=(\d{3})+(?!\d))/gu, ','),
    percent: `${r.int(21, 149) / 10}`,
    month: MONTHS[month] ?? 'May',
    date: { y: r.int(2023, 2025), m: month, d: r.int(1, 26) },
  };
}

// ---------------------------------------------------------------------------------------------
// Per-article mentions: full title first, short forms later.

class Mentions {
  readonly #r: Rng;
  readonly #seen = new Set<Person>();
  constructor(r: Rng) {
    this.#r = r;
  }
  /** "Valorian President Adela Dravik" the first time, then "Dravik", "Ms. Dravik" or "President Dravik". */
  of(p: Person): string {
    if (!this.#seen.has(p)) {
      this.#seen.add(p);
      return this.#r.chance(0.8) ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
    }
    const n = this.#r.int(0, 3);
    if (n === 0) return p.last;
    if (n === 1) return `${p.honorific} ${p.last}`;
    if (n === 2 && p.role === 'the president') return `President ${p.last}`;
    return `${p.first} ${p.last}`;
  }
  /** Surname only, for noun phrases ("a call between Dravik and Solberg"). */
  short(p: Person): string {
    return this.#seen.has(p) ? p.last : this.of(p);
  }
}

// ---------------------------------------------------------------------------------------------
// Facts

interface Ctx {
  r: Rng;
  c: Cast;
  m: Mentions;
  /** Background sentences already used in this article (indexes). */
  usedBackground: Set<number>;
}

interface Fact {
  id: string;
  /** A declarative clause without final punctuation, lower-case start allowed. */
  clause(x: Ctx): string;
  /** Noun phrase for denials: "a phone call between Dravik and Solberg". Absent: not deniable. */
  noun?(x: Ctx): string;
  /** Who may say it in the first person, and the quote. */
  quote?(x: Ctx): { speaker: Person; text: string };
  /** Headline, no final period. */
  headline(x: Ctx): string;
}

export const FACTS: readonly Fact[] = [
  {
    id: 'call',
    clause: ({ r, c, m }) => {
      const a = m.of(c.presA);
      const b = m.of(c.presB); // once: alternatives are built eagerly, and mentions have state
      return vary(r, `${a} {{spoke with|talked to} ${b} {by phone |}|{held a phone call with|had a telephone conversation with} ${b} }{on ${c.day}|last ${c.day}}`);
    },
    noun: ({ r, c, m }) => vary(r, `{a|any} {phone call|telephone conversation|call} between ${m.short(c.presA)} and ${m.short(c.presB)}`),
    headline: ({ r, c }) => vary(r, `{${c.a.name} denies|${c.a.capital} rejects} reports of ${c.presA.last}-${c.presB.last} {call|phone call}`),
  },
  {
    id: 'urge',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.presA)} {urged|pressed|called on} ${m.of(c.presB)} not to escalate the {conflict|fighting|war} in ${c.region}`),
    headline: ({ r, c }) => vary(r, `${c.presA.last} {urged|pressed} ${c.presB.last} not to escalate, report says`),
  },
  {
    id: 'presence',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.presA)} reminded ${m.of(c.presB)} of ${c.a.name}’s {sizable|large|substantial} military presence in ${c.region}`),
    headline: ({ c }) => `${c.a.name} flags military presence in ${c.region.replace(/^the /u, '')}`,
  },
  {
    id: 'talks',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.presA)} {said ${c.presA.he} was open to|expressed a desire for|signalled willingness to hold} further {talks|conversations|dialogue} {on|about} ${c.topic}`),
    quote: ({ r, c }) => ({ speaker: c.presA, text: vary(r, `We are {ready|willing|prepared} to talk about ${c.topic} at any time`) }),
    headline: ({ c }) => `${c.presA.last} open to talks on ${c.topic}`,
  },
  {
    id: 'meeting',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.minister)} {met|held talks with|sat down with} ${m.of(c.foreignMin)} in ${c.b.capital} {on ${c.day}|last month|in secret}`),
    noun: ({ r, c, m }) => vary(r, `{a|any} {meeting|secret meeting} between ${m.short(c.minister)} and ${m.short(c.foreignMin)}`),
    headline: ({ c }) => `Report of secret ${c.a.name}-${c.b.name} meeting in ${c.b.capital}`,
  },
  {
    id: 'aid',
    clause: ({ r, c }) =>
      vary(r, `${c.a.name} will {send|deliver|provide} ${c.amount} in {military|humanitarian} aid to ${c.b.name} {before the end of the year|by ${c.month}|this year}`),
    quote: ({ r, c }) => ({ speaker: c.minister, text: vary(r, `We will {deliver|send} ${c.amount} in aid to ${c.b.name}, {and we will do it quickly|as promised|no matter what}`) }),
    headline: ({ c }) => `${c.a.name} pledges ${c.amount} in aid to ${c.b.name}`,
  },
  {
    id: 'troops',
    clause: ({ r, c }) =>
      vary(r, `${c.a.name} {{plans to deploy|is preparing to send} ${c.troops} troops to|will station ${c.troops} troops along} the border with ${c.b.name}`),
    noun: ({ r, c }) => vary(r, `{any|a} plan to {deploy|send} troops to the ${c.b.adj} border`),
    headline: ({ c }) => `${c.a.name} to send ${c.troops} troops to ${c.b.adj} border`,
  },
  {
    id: 'sanctions',
    clause: ({ r, c }) => vary(r, `${c.b.name} {is preparing|has drafted|is weighing} new sanctions against ${c.company}`),
    headline: ({ c }) => `${c.b.name} weighs sanctions on ${c.company}`,
  },
  {
    id: 'territory',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.presA)} briefly {mentioned|raised|brought up} {the territorial issue|the question of territory|the status of ${c.region}}`),
    noun: ({ r }) => vary(r, `any {discussion|talk} of territory`),
    headline: ({ c }) => `${c.presA.last} raised territorial issue, sources say`,
  },
  {
    id: 'noPlans',
    clause: ({ r, c, m }) => vary(r, `${m.of(c.presA)} has no {specific|concrete} plans to {visit ${c.b.capital}|contact ${c.presB.last}}`),
    quote: ({ r, c }) => ({ speaker: c.spokes, text: vary(r, `There are no {specific|concrete} plans {at the moment|for now}`) }),
    headline: ({ c }) => `No plans for ${c.presA.last} to visit ${c.b.capital}`,
  },
  {
    id: 'deal',
    clause: ({ r, c }) => vary(r, `${c.company} {agreed to buy|will acquire|is taking over} ${c.company2} for ${c.amount}`),
    noun: ({ r, c }) => vary(r, `{any|a} {deal|agreement} to {buy|sell} ${c.company2}`),
    headline: ({ c }) => `${c.company} to buy ${c.company2} for ${c.amount}`,
  },
  {
    id: 'probe',
    clause: ({ r, c }) =>
      vary(r, `prosecutors {opened|launched} an investigation into ${c.company} {over|related to} {contracts|payments} worth ${c.amount}`),
    noun: ({ r, c }) => vary(r, `{any|an} investigation into ${c.company}`),
    headline: ({ c }) => `Prosecutors investigate ${c.company}`,
  },
  {
    id: 'inflation',
    clause: ({ r, c }) => vary(r, `inflation in ${c.a.name} {rose|climbed|jumped} to ${c.percent} percent in ${c.month}`),
    headline: ({ c }) => `${c.a.adj} inflation hits ${c.percent} percent`,
  },
  {
    id: 'resign',
    clause: ({ r, c, m }) =>
      vary(r, `${m.of(c.minister)} {offered to resign|tendered ${c.minister.his} resignation} over {the row over|the handling of} ${c.topic}`),
    noun: ({ r, c, m }) => vary(r, `{any|a} resignation {offer|letter} from ${m.short(c.minister)}`),
    headline: ({ c }) => `${c.minister.last} offers to resign`,
  },
  {
    id: 'ceasefire',
    clause: ({ r, c }) =>
      vary(r, `the two sides {agreed to|reached a deal on} a {ceasefire|truce} in ${c.region} {starting ${c.day}|from ${c.day}}`),
    noun: ({ r }) => vary(r, `{any|a} {ceasefire|truce} agreement`),
    headline: ({ c }) => `Ceasefire agreed in ${c.region.replace(/^the /u, '')}, officials say`,
  },
  {
    id: 'election',
    clause: ({ r, c, m }) => vary(r, `${m.of(c.presB)} will {seek|run for} a second term {in next year’s election|in the spring}`),
    quote: ({ r, c }) => ({ speaker: c.presB, text: vary(r, `I {intend|plan} to run again, and I {intend|expect} to win`) }),
    headline: ({ c }) => `${c.presB.last} to seek second term`,
  },
];

/** One fact as a story uses it: who reported it, whether it is denied. */
interface StoryFact {
  fact: Fact;
  denied: boolean;
}

// ---------------------------------------------------------------------------------------------
// Sentences

type Source =
  | { kind: 'person'; who: Person }
  | { kind: 'outlet'; name: string }
  | { kind: 'anonymous' }
  | { kind: 'expert' };

function sourceText(x: Ctx, s: Source): string {
  const { r, m } = x;
  switch (s.kind) {
    case 'person':
      return m.of(s.who);
    case 'outlet':
      return s.name;
    case 'anonymous':
      return vary(r, `{sources familiar with the matter|a senior official|two people briefed on the talks|officials who spoke on condition of anonymity|a person close to the government|diplomats}`);
    case 'expert':
      return vary(r, `{experts|analysts|observers|a regional analyst}`);
  }
}

const SAY_PAST = ['said', 'told reporters', 'stated', 'added', 'noted', 'claimed'];

/** A sentence that attributes `clause` to `src`, in one of many shapes. */
function attributed(x: Ctx, clause: string, src: Source): string {
  const { r } = x;
  const who = sourceText(x, src);
  if (src.kind === 'expert' && r.chance(0.5)) return `${cap(who)} say ${clause}.`;
  if (src.kind === 'outlet' && r.chance(0.5)) {
    return vary(r, `${cap(who)} {reported|wrote|said} {on ${x.c.day} |}that ${clause}{, citing {anonymous sources|people familiar with the matter|two officials}|}.`);
  }
  switch (r.int(0, 6)) {
    case 0:
      return `${cap(who)} ${r.pick(['said', 'told reporters', 'claimed'])} that ${clause}.`;
    case 1:
      return `${cap(clause)}, ${who} ${r.pick(SAY_PAST.slice(0, 3))}.`;
    case 2:
      return `According to ${who}, ${clause}.`;
    case 3:
      return `${cap(clause)}, according to ${who}.`;
    case 4:
      return `${cap(who)} ${r.pick(['said', 'added', 'noted'])} ${clause}.`;
    case 5:
      return `${cap(who)} ${r.pick(['insisted', 'stressed', 'confirmed'])} that ${clause}.`;
    default:
      return `${cap(clause)}, ${who} ${r.pick(['said', 'wrote', 'reported'])}${r.chance(0.3) ? ` on ${x.c.day}` : ''}.`;
  }
}

/** Quote sentences: quote-first “…,” X said; X said: “…”; “…,” said X. */
function quoted(x: Ctx, q: { speaker: Person; text: string }): string {
  const { r } = x;
  const who = x.m.of(q.speaker);
  switch (r.int(0, 3)) {
    case 0:
      return `“${q.text},” ${who} ${r.pick(['said', 'told reporters', 'said on ' + x.c.day])}.`;
    case 1:
      return `${cap(who)} said: “${q.text}.”`;
    case 2:
      return `“${q.text},” said ${who}.`;
    default:
      return `“${q.text},” ${who} told ${r.pick(x.c.outlets)}.`;
  }
}

function denial(x: Ctx, sf: StoryFact): string {
  const { r, c } = x;
  const sp = x.m.of(c.spokes);
  const noun = sf.fact.noun?.(x);
  const shape = r.int(0, noun ? 6 : 3);
  switch (shape) {
    case 0:
      return vary(r, `${cap(sp)} denied the report, calling it “{simply false|pure fiction|complete nonsense|disinformation}.”`);
    case 1:
      return vary(r, `${cap(c.a.seat)} {rejected|dismissed} {claims|reports|the report} that ${sf.fact.clause(x)}.`);
    case 2:
      return vary(r, `${cap(sp)} dismissed reports that ${sf.fact.clause(x)} as “{simply false|untrue|fabricated}.”`);
    case 3:
      return vary(r, `“It’s {completely|simply} untrue,” ${sp} said{ at a press conference| on ${c.day}|}.`);
    case 4:
      return vary(r, `“There was no such ${nounHead(noun ?? '')},” ${sp} {told reporters|said}.`);
    case 5:
      return vary(r, `${cap(sp)} said there had been no ${stripDeterminer(noun ?? '')}.`);
    default:
      return vary(r, `${cap(c.a.seat)} {denied|flatly denied} that there had been ${noun ?? ''}.`);
  }
}

/** "a secret meeting between X and Y" → "meeting". */
function nounHead(noun: string): string {
  const words = stripDeterminer(noun).split(' ');
  const cut = words.findIndex((w) => w === 'between' || w === 'to' || w === 'into' || w === 'from' || w === 'of');
  return (cut > 0 ? words.slice(0, cut) : words).join(' ').replace(/^(?:secret|phone|telephone) /u, '');
}

function stripDeterminer(noun: string): string {
  return noun.replace(/^(?:a|an|any|the) /u, '');
}

function noncommittal(x: Ctx): string {
  const { r, c, m } = x;
  return vary(
    r,
    `{${cap(m.of(c.foreignMin))} {declined to comment|would not comment} on the report|${cap(c.company)} did not immediately respond to a request for comment|${cap(m.of(c.minister))} neither confirmed nor denied the report|A spokesperson for ${c.b.seat} declined to comment}.`,
  );
}

function background(x: Ctx): string {
  const { r, c } = x;
  const options = [
      `${c.a.name} and ${c.b.name} have been at odds over ${c.region} for {years|more than a decade|much of the past year}.`,
      `The {dispute|conflict} has {displaced|forced out} thousands of people and {disrupted|hit} trade {across the region|along the border}.`,
      `{Talks|Negotiations} on ${c.topic} {collapsed|stalled} {last spring|earlier this year|in ${c.month}}, and {no new date has been set|neither side has proposed a new round}.`,
      `The ${c.b.adj} government has repeatedly {called for|demanded} {international mediation|guarantees} {over|on} ${c.topic}.`,
      `${c.company} employs about ${r.int(3, 40)},000 people {in ${c.a.name}|across the region}.`,
      `{Meanwhile|At the same time}, {opposition lawmakers|critics} in ${c.a.capital} {have questioned|are questioning} the government’s {approach|strategy}.`,
      `${c.a.name}’s economy {has slowed|has struggled} since the {dispute|standoff} began, and {the currency has lost|prices have risen by} about ${r.int(5, 30)} percent.`,
      `The last {official|formal} meeting between the two {governments|countries} took place in ${c.a.capital} {two years ago|in the spring of last year}.`,
      `{Several|A number of} {neighbouring countries|regional governments} have {offered to mediate|urged restraint on both sides}.`,
      `{Protests|Demonstrations} {were held|took place} in ${c.b.capital} {over the weekend|last week}, {according to local media|witnesses said}.`,
      `{The|Both} {governments|sides} {have traded accusations|have blamed each other} {for months|since the start of the year} over ${c.topic}.`,
      `${c.origin} {did not name|declined to identify} its sources.`,
  ];
  // Each background sentence at most once per article.
  const fresh = options.map((o, i) => ({ o, i })).filter(({ i }) => !x.usedBackground.has(i));
  if (fresh.length === 0) return '';
  const chosen = r.pick(fresh);
  x.usedBackground.add(chosen.i);
  return vary(r, chosen.o);
}

function commentary(x: Ctx, sf: StoryFact): string {
  const { r, c } = x;
  return vary(
    r,
    r.pick([
      `{Experts|Analysts} say the {row|dispute} over ${c.topic} is unlikely to be {resolved|settled} soon.`,
      `{Observers|Analysts} said the report, if confirmed, would {mark a shift|signal a change} in ${c.a.adj} policy.`,
      `“This is {the clearest example|a textbook example} of {how quickly rumours spread|the state of the debate},” {one analyst|a regional expert} said.`,
      `${cap(sourceText(x, { kind: 'expert' }))} {said|noted} that ${sf.fact.clause(x)} {would matter|would be significant} {for the region|for both countries}.`,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Articles

function dateLine(r: Rng, date: { y: number; m: number; d: number }): string {
  const month = MONTHS[date.m] ?? 'May';
  const { y, d } = date;
  switch (r.int(0, 4)) {
    case 0:
      return `${month} ${d}, ${y}`;
    case 1:
      return `${d} ${month} ${y}`;
    case 2:
      return `Published: ${month} ${d}, ${y}`;
    case 3:
      return `${MONTHS_SHORT[date.m] ?? month} ${d}, ${y}`;
    default:
      return `Updated: ${d} ${month} ${y}, ${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} GMT`;
  }
}

const FURNITURE_TAIL = [
  ['Leave a Reply', 'Your email address will not be published. Required fields are marked *'],
  ['Share this article'],
  ['Read more', 'Related articles'],
  ['Tags: politics, diplomacy, world'],
  ['Leave a Reply'],
];

function article(r: Rng, c: Cast, facts: readonly StoryFact[], index: number): string {
  const x: Ctx = { r, c, m: new Mentions(r), usedBackground: new Set() };
  const lines: string[] = [];
  const blank = r.chance(0.5); // some pages keep blank lines between paragraphs
  const head: string[] = [];
  const publisher = r.pick(c.outlets);
  const date = { ...c.date, d: Math.min(28, c.date.d + r.int(0, 3)) };

  // Metadata and headline, in one of a few orders.
  const title = r.chance(0.75) ? (facts[0] ?? { fact: FACTS[0]! }).fact.headline({ ...x, m: new Mentions(r) }) : null;
  const dateText = r.chance(0.6) ? dateLine(r, date) : null;
  const source = r.chance(0.35) ? `Source: ${publisher}` : null;
  const byline = r.chance(0.45) ? `By ${r.pick(c.reporters)}` : null;
  if (dateText && r.chance(0.5)) {
    head.push(dateText);
    if (title) head.push(title);
  } else {
    if (title) head.push(title);
    if (dateText) head.push(dateText);
  }
  if (byline) head.push(byline);
  if (source) head.push(source);
  if (r.chance(0.1)) head.push(`${(r.int(0, 0xffffff) * 4096 + index).toString(16).padStart(8, '0')}-${r.int(1000, 9999)}.jpg`);

  // Body: lede, one paragraph per fact (attribution, maybe a denial or a quote), background,
  // commentary, a closing line.
  const body: string[] = [];
  const [lead, ...rest] = facts;
  if (lead) {
    const deniedLead = lead.denied && r.chance(0.6);
    body.push(
      deniedLead
        ? vary(r, `${cap(c.a.seat)} has {denied|rejected} {a recent report|reports|media reports} that ${lead.fact.clause(x)}.`)
        : attributed(x, lead.fact.clause(x), r.chance(0.6) ? { kind: 'outlet', name: c.origin } : { kind: 'anonymous' }),
    );
    // The lede's second sentence: the denial, or who first reported it.
    if (lead.denied && !deniedLead && r.chance(0.7)) body[0] += ` ${denial(x, lead)}`;
    else if (r.chance(0.6)) {
      body[0] += vary(r, ` The {report|claim} {was first published|first appeared} {by|in} ${c.origin}{, which cited {anonymous sources|people familiar with the matter}|}.`);
    }
  }
  const anySource = (): Source =>
    r.pick<Source>([
      { kind: 'outlet', name: c.origin },
      { kind: 'outlet', name: r.pick(c.outlets) },
      { kind: 'anonymous' },
      { kind: 'anonymous' },
      { kind: 'person', who: r.pick([c.minister, c.foreignMin, c.presB]) },
    ]);
  for (const sf of rest) {
    let para: string[] = [];
    const q = sf.fact.quote?.(x);
    if (q && r.chance(0.3)) para.push(quoted(x, q));
    else {
      para.push(attributed(x, sf.fact.clause(x), anySource()));
      if (q && r.chance(0.4)) para.push(quoted(x, q));
    }
    // A second outlet or source repeating the fact, as wire copy often does.
    if (r.chance(0.3)) para.push(attributed(x, sf.fact.clause(x), anySource()).replace(/ (said|reported) /u, ' also $1 '));
    if (sf.denied && r.chance(0.7)) para.push(denial(x, sf));
    else if (r.chance(0.25)) para.push(noncommittal(x));
    if (r.chance(0.35)) para.push(background(x));
    para = para.filter((p) => p !== '');
    body.push(para.join(' '));
  }
  const extra = r.int(3, 5);
  for (let i = 0; i < extra; i++) {
    const bg = (r.chance(0.5) ? [background(x), background(x)] : [background(x)]).filter((b) => b !== '').join(' ');
    if (bg !== '') body.splice(r.int(1, body.length), 0, bg);
  }
  if (lead && r.chance(0.7)) body.push(commentary(x, r.pick(facts)));
  if (r.chance(0.5)) body.push(noncommittal(x));
  if (r.chance(0.08)) body.splice(r.int(1, body.length), 0, 'Advertisement');

  lines.push(...head);
  if (head.length > 0 && blank) lines.push('');
  for (const p of body) {
    lines.push(p);
    if (blank) lines.push('');
  }
  if (r.chance(0.3)) lines.push(...r.pick(FURNITURE_TAIL));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Number of articles of story `s`: 4–16 (mean 10), from the story's own stream. */
function storySize(seed: number, s: number): number {
  return createRng(hashSeed(seed, 'size', s)).int(4, 16);
}

/** Generate the corpus of `n` seed articles. Same n and seed → identical output. */
export function generateCorpus(n: number, options: GenerateOptions = {}): SeedFile[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`corpus size must be a non-negative integer, got ${n}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const files: SeedFile[] = [];
  const width = Math.max(5, String(n).length);
  for (let s = 0; files.length < n; s++) {
    const r = createRng(hashSeed(seed, 'story', s));
    const cast = makeCast(r);
    const facts: StoryFact[] = r.sample(FACTS, r.int(6, 12)).map((fact) => ({
      fact,
      denied: fact.noun !== undefined ? r.chance(0.6) : r.chance(0.2),
    }));
    const size = Math.min(storySize(seed, s), n - files.length);
    for (let k = 0; k < size; k++) {
      const ar = createRng(hashSeed(seed, 'article', s, k));
      // Each article tells 5–10 of the story's facts; the lead fact is usually the story's first.
      const told = ar.sample(facts, ar.int(5, Math.min(10, facts.length)));
      if (ar.chance(0.6) && facts[0] && !told.includes(facts[0])) told.unshift(facts[0]);
      const i = files.length;
      const tag = hashSeed(seed, 'name', s, k).toString(16).padStart(8, '0');
      const name = `${String(i).padStart(width, '0')}_${tag}.txt`;
      files.push({ name, story: s, facts: told.map((t) => t.fact.id), text: article(ar, cast, told, i) });
    }
  }
  return files;
}

/** Write the corpus into `dir` (emptied first of .txt files). Returns the files written. */
export function writeCorpus(dir: string, n: number, options: GenerateOptions = {}): SeedFile[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.txt')) rmSync(join(dir, name));
  const files = generateCorpus(n, options);
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return files;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const n = Number(values.n);
  if (!values.out) {
    console.error('usage: node bench/generate.ts --n <count> --out <dir> [--seed <int>]');
    process.exit(2);
  }
  const files = writeCorpus(values.out, n, values.seed === undefined ? {} : { seed: Number(values.seed) });
  const stories = new Set(files.map((f) => f.story)).size;
  console.log(`wrote ${files.length} seed articles (${stories} stories) to ${values.out}`);
}
