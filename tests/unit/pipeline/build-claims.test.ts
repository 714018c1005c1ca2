import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../src/ingest/pipeline/build-claims.ts';
import { splitArticle } from '../../../src/ingest/sentences/split-sentences.ts';
import type { GeneratedClaim, ParsedArticle } from '../../../src/ingest/types.ts';
import { article } from './parsed-article.ts';

// A story none of the seeds tell: a reported secret meeting, denied on record by a ministry.

const corpus = [
  article(
    'a1',
    'Harbour Times',
    'The Finance Ministry has denied a report that Governor Lena Ortiz and banker Paul Brandt held a secret meeting about the port sale.',
    'According to anonymous sources cited by the Daily Ledger, Ortiz promised Brandt a discount on the port lease.',
    'Ministry spokesman Omar Haddad called the report “pure fiction.”',
    'Harbour unions are wary of any sale to foreign investors.',
  ),
  article(
    'a2',
    'Coast Courier',
    'The Daily Ledger reported that Governor Lena Ortiz met banker Paul Brandt in secret to discuss the port sale.',
    '“There was no such meeting,” ministry spokesman Omar Haddad said.',
    'The port handled four million containers last year.',
  ),
  article(
    'a3',
    'Bay Herald',
    'The port handled four million containers last year, the port authority said.',
    'Governor Lena Ortiz opened the new ferry terminal on Friday.',
    'Experts say the sale would raise at least two billion dollars.',
  ),
];

const claims = buildClaims(corpus.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
const find = (re: RegExp, among: readonly GeneratedClaim[] = claims): GeneratedClaim => {
  const hit = among.filter((c) => re.test(c.title));
  expect(hit.map((c) => c.title), `exactly one claim matching ${re}`).toHaveLength(1);
  return hit[0]!;
};

describe('a reported event denied on record', () => {
  it('is one claim across outlets, disputed', () => {
    const meeting = find(/^(?!.*denied).*(meeting|met)/i);
    expect(new Set(meeting.appearances.map((a) => a.source))).toEqual(new Set(['a1', 'a2']));
    expect(meeting.engine.verdict).toBe('disputed');
    expect(meeting.reasons[0]).toMatch(/^Denied on record by Omar Haddad/);
  });

  it('gives the denial a claim of its own, confirmed because it is on record', () => {
    const denial = find(/denied/i);
    expect(denial.engine.verdict).toBe('confirmed');
    expect(denial.appearances.every((a) => a.stance === 'denies' && a.attribution === 'named')).toBe(true);
    expect(denial.related).toEqual([{ slug: find(/^(?!.*denied).*(meeting|met)/i).slug, relation: 'disputes' }]);
  });

  it('disputes the details the same report gives of the event', () => {
    const detail = find(/discount/i);
    expect(detail.engine.verdict).toBe('disputed');
    expect(detail.appearances[0]).toMatchObject({ attribution: 'anonymous', via: 'The Daily Ledger' });
  });
});

describe('claims nobody contradicts', () => {
  it('confirmed when two outlets state it as fact, or a named source on record', () => {
    expect(find(/four million containers/i).engine.verdict).toBe('confirmed');
  });

  it('unattributed when it rests on experts or on one outlet alone', () => {
    expect(find(/two billion/i).engine.verdict).toBe('unattributed');
    expect(find(/wary/i).engine.verdict).toBe('unattributed');
  });

  it('keeps a different event about the same person apart', () => {
    expect(find(/ferry terminal/i).engine.verdict).toBe('unattributed');
  });
});

describe('output contract', () => {
  it('quotes every appearance verbatim from its sentence', () => {
    const text = corpus.flatMap((a) => a.blocks.map((b) => b.text)).join('\n');
    for (const c of claims) for (const a of c.appearances) expect(text).toContain(a.quote);
  });

  it('keeps titles to one sentence of at most 120 characters, with unique slugs', () => {
    for (const c of claims) expect(c.title.length).toBeLessThanOrEqual(120);
    expect(new Set(claims.map((c) => c.slug)).size).toBe(claims.length);
  });

  it('is deterministic whatever the article order', () => {
    const again = buildClaims([...corpus].reverse().map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
    expect(again).toEqual(claims);
  });
});

describe('the reach of an event denial', () => {
  it('does not dispute a detail that another outlet states independently', () => {
    const story = [
      article(
        'b1',
        'Harbour Times',
        'The Finance Ministry has denied a report that Governor Lena Ortiz and banker Paul Brandt held a secret meeting about the port sale.',
        'According to anonymous sources cited by the Daily Ledger, Ortiz promised Brandt a discount on the port lease.',
      ),
      article('b2', 'Bay Herald', 'Governor Lena Ortiz promised banker Paul Brandt a discount on the port lease.'),
    ];
    const out = buildClaims(story.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
    const discount = out.find((c) => /discount/i.test(c.title))!;
    expect(new Set(discount.appearances.map((a) => a.source))).toEqual(new Set(['b1', 'b2']));
    expect(discount.engine.verdict).toBe('unattributed');
  });
  it('also reaches a detail that is denied directly: the report’s deniers are deniers of the detail too', () => {
    const story = [
      article(
        'c1',
        'Harbour Times',
        'The Daily Ledger reported that Governor Lena Ortiz met banker Paul Brandt in secret to discuss the port sale.',
        'According to the Daily Ledger, Ortiz promised Brandt a discount on the port lease.',
        '“There was no such meeting,” ministry spokesman Omar Haddad said.',
      ),
      article('c2', 'Coast Courier', 'Finance Minister Ana Ruiz rejected claims that Ortiz promised Brandt a discount on the port lease.'),
    ];
    const out = buildClaims(story.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
    const discount = out.find((c) => /^(?!.*denied).*discount/i.test(c.title))!;
    expect(discount.engine.verdict).toBe('disputed');
    expect(discount.reasons).toEqual([
      'Denied on record by Ana Ruiz, Finance Minister, in 1 of 2 articles.',
      'Reported as a detail of an event that Omar Haddad, ministry spokesman, denied on record (in 1 article).',
    ]);
    expect(discount.related.map((r) => r.relation)).toEqual(['disputed-by', 'disputed-by']);
  });
});

describe('headlines', () => {
  const story = [
    { ...article('h1', 'Harbour Times', 'Governor Lena Ortiz met banker Paul Brandt in secret, the Daily Ledger reported.'), title: 'Port sale in doubt as unions walk out' },
    { ...article('h2', 'Coast Courier', 'The Daily Ledger reported that Governor Lena Ortiz met banker Paul Brandt in secret.'), title: 'Governor met banker in secret, paper says' },
  ];
  const out = buildClaims(story.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));

  it('a claim only a headline tells gets no page: it teases what the sentences tell', () => {
    expect(out.filter((c) => /unions walk out/i.test(c.title))).toEqual([]);
  });

  it('a headline that tells a claim of the sentences stays among its appearances', () => {
    expect(out).toHaveLength(1);
    const heads = out[0]!.appearances.filter((a) => a.sentence === 0);
    expect(heads.map((a) => a.quote)).toContain('Governor met banker in secret, paper says');
  });
});

describe('a headline without the detail', () => {
  const story = [
    { ...article('w1', 'Harbour Times', 'The dockers walked out at 7am on Monday, and a brazier has burned at the gate since.'), title: 'Dockers walk out at Carrow Sound' },
    { ...article('w2', 'Coast Courier', 'Shipping lines are rerouting vessels to Felixport.'), title: 'Carrow Sound dockers walk out after strike vote' },
  ];
  const out = buildClaims(story.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));

  it('is no second outlet reporting “walked out at 7am” as fact, and the reasons say why', () => {
    const walkout = out.find((c) => /^The dockers walked out at 7am/.test(c.title))!;
    expect(walkout.appearances.map((a) => a.source)).toContain('w2');
    expect(walkout.engine.verdict).toBe('unattributed');
    expect(walkout.reasons).toContain('Not counted: a headline (Coast Courier) that gives no figure or time the claim states.');
  });
});

describe('first-person statements', () => {
  // Two candidates in two elections say the same words; a third outlet quotes one of them again.
  const speeches = [
    article('s1', 'Valley Post', '“I intend to win,” said mayor Ines Laporte.'),
    article('s2', 'Ridge Gazette', '“I intend to win,” said senator Marco Feld.'),
    article('s3', 'Lake Courier', '“I intend to win,” Ines Laporte told supporters.'),
  ];
  const built = buildClaims(speeches.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));

  it('are about their speaker: the same words said by two people are two claims', () => {
    const wins = built.filter((c) => /intend to win/i.test(c.title));
    expect(wins).toHaveLength(2);
    const bySpeaker = wins.map((c) => [...new Set(c.appearances.map((a) => a.speaker))].sort()).sort();
    expect(bySpeaker).toEqual([['Ines Laporte'], ['Marco Feld']]);
  });

  it('said by one person in two outlets are one claim', () => {
    const laporte = built.find((c) => c.appearances.some((a) => a.speaker === 'Ines Laporte'))!;
    expect(laporte.appearances.map((a) => a.source)).toEqual(['s1', 's3']);
  });
});

describe('conflicting figures', () => {
  // A storm story none of the seeds tell: outlets give different tolls for the same event.
  const story = [
    article('f1', 'Valley Post', 'At least 40 houses were destroyed by the storm in Marlow, fire chief Ada Brenner said.', 'The storm destroyed 12 bridges in the district.'),
    article('f2', 'Ridge Gazette', 'The storm destroyed 19 bridges in the district, regional officials said.', 'Mayor Tom Evers opened a shelter in the school.'),
    article('f3', 'Lake Courier', 'About 45 houses were destroyed by the storm in Marlow, according to the town council.', 'Mayor Tom Evers opened a shelter in the school.'),
  ];
  const built = buildClaims(story.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
  const titled = (re: RegExp): GeneratedClaim => find(re, built);

  it('two tellings of one claim whose figures cannot both be true: disputed, with both figures quoted', () => {
    const bridges = titled(/bridges/);
    expect(bridges.appearances.map((a) => a.source)).toEqual(['f1', 'f2']);
    expect(bridges.engine.verdict).toBe('disputed');
    expect(bridges.reasons[0]).toBe('Sources disagree on a figure: “12 bridges” (Valley Post) against “19 bridges” (regional officials, Ridge Gazette).');
    // No other claim caused it: nothing to link to.
    expect(bridges.related).toEqual([]);
  });

  it('figures whose wording allows both ("at least 40" / "about 45") do not conflict', () => {
    const houses = titled(/houses/);
    expect(houses.appearances.map((a) => a.source)).toEqual(['f1', 'f3']);
    expect(houses.engine.verdict).toBe('confirmed');
  });

  it('needs someone on record: anonymous tellings that disagree do not dispute it', () => {
    const anonymous = [
      article('g1', 'Valley Post', 'The storm destroyed 12 bridges in the district, sources familiar with the matter said.'),
      article('g2', 'Ridge Gazette', 'The storm destroyed 19 bridges in the district, a senior official said.'),
    ];
    const [bridges] = buildClaims(anonymous.map((a) => ({ article: a, sentences: splitArticle(a).sentences }))).filter((c) => /bridges/.test(c.title));
    expect(bridges?.appearances).toHaveLength(2);
    expect(bridges?.engine.verdict).toBe('unattributed');
  });
});

describe('an archive of two unrelated stories', () => {
  // Two stories told by different people in different places; both repeat a line that names
  // nobody ("the currency has lost about N percent"), each with its own figure.
  const storyA = (id: string, outlet: string, percent: number): ParsedArticle =>
    article(
      id,
      outlet,
      'Belovian President Ilse Kororski spoke with Nororian President Freya Osteski by phone from Marhaven on Sunday, according to Falpress.',
      'Kororski urged Osteski not to escalate the fighting in the coastal strip.',
      `The currency has lost about ${percent} percent since the standoff began.`,
    );
  const storyB = (id: string, outlet: string, percent: number): ParsedArticle =>
    article(
      id,
      outlet,
      'Kestavian Finance Minister Tomas Velardo met Morlandic Foreign Minister Greta Halstrom in Brammouth on Friday.',
      'Velardo offered to resign over the handling of the grain exports.',
      `The currency has lost about ${percent} percent since the standoff began.`,
    );
  const build = (articles: readonly ParsedArticle[]): GeneratedClaim[] =>
    buildClaims(articles.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));
  const currency = (claims: readonly GeneratedClaim[]): GeneratedClaim => find(/currency/, claims);

  it('one story’s figure does not dispute the other’s', () => {
    const claims = build([storyA('x1', 'Valley Post', 9), storyA('x2', 'Ridge Gazette', 9), storyB('y1', 'Lake Courier', 15), storyB('y2', 'Bay Herald', 15)]);
    const line = currency(claims);
    // The line is matched on its words (the same claim text in all four) …
    expect(line.appearances.map((a) => a.source)).toEqual(['x1', 'x2', 'y1', 'y2']);
    // … but 9 percent in one story and 15 in the other are two facts, not a conflict.
    expect(line.engine.verdict).toBe('confirmed');
    expect(line.reasons.join(' ')).not.toMatch(/disagree/);
  });

  it('figures that conflict within one story still dispute it', () => {
    const claims = build([storyA('x1', 'Valley Post', 9), storyA('x2', 'Ridge Gazette', 12), storyB('y1', 'Lake Courier', 15)]);
    const line = currency(claims);
    expect(line.engine.verdict).toBe('disputed');
    expect(line.reasons[0]).toBe('Sources disagree on a figure: “about 9 percent” (Valley Post) against “about 12 percent” (Ridge Gazette).');
  });
});

describe('“That is not true,” after a claim someone made', () => {
  const build = (articles: readonly ParsedArticle[]): GeneratedClaim[] =>
    buildClaims(articles.map((a) => ({ article: a, sentences: splitArticle(a).sentences })));

  it('answers the claim just told, and its title says whose words it disputes', () => {
    const claims = build([
      article(
        'p1',
        'Harbour Times',
        'Mayor Ana Costa spoke to the council on Monday.',
        '“We are ready to sell the port to any bidder at any time,” Costa said.',
        '“That is not true,” union leader Marta Lind said.',
      ),
    ]);
    const denial = find(/^Marta Lind disputed/, claims);
    expect(denial.title).toBe('Marta Lind disputed Ana Costa’s words: “We are ready to sell the port to any bidder at any time”');
    const sale = find(/^We are ready to sell the port/, claims);
    expect(sale.engine.verdict).toBe('disputed');
    expect(sale.related).toContainEqual({ slug: denial.slug, relation: 'disputed-by' });
  });

  it('a report named by whose it is (“the union’s claim that …”) is that party’s, and the denial after it answers it', () => {
    const claims = build([
      article(
        'p2',
        'Coast Courier',
        'Chief executive Matěj Dvořáček spoke to reporters.',
        'Dvořáček was asked about the union’s claim that a February track inspection on the curve was skipped.',
        '“That is not true,” he said.',
      ),
    ]);
    const skipped = find(/^A February track inspection on the curve was skipped/, claims);
    expect(skipped.appearances[0]).toMatchObject({ speaker: 'the union', stance: 'reports' });
    expect(skipped.engine.verdict).toBe('disputed');
    expect(claims.map((c) => c.title).filter((t) => /asked about/.test(t))).toEqual([]);
  });
});
