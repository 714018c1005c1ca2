import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSchema, type ClaimFrontmatter } from '../../../src/schema/claim.ts';
import { contentDir } from '../../../src/site/content-dir.ts';
import {
  buildSiteModel,
  isoDate,
  outletFilter,
  outletOf,
  reviewStatus,
  shortClaim,
  slugify,
  speakerSlug,
  storyDate,
  verdictByEditor,
} from '../../../src/site/model.ts';
import { listingFacts, RETIRED_UNSAID, unlistedClaimSlugs } from '../../../src/site/unlisted.ts';
import { article, claim } from './records.ts';

const appearance = (source: string, sentence: number, extra: Record<string, unknown> = {}) => ({
  source,
  quote: `Quote ${source} ${sentence}`,
  sentence,
  speaker: null,
  attribution: 'none',
  stance: 'asserts',
  ...extra,
});

describe('who set the verdict', () => {
  const engine = { verdict: 'disputed', confidence: 0.714 } as const;
  const base = (extra: Partial<ClaimFrontmatter> = {}) => claimSchema.parse({ title: 't', verdict: 'disputed', engine, ...extra });

  it('is the engine while the page agrees with it and nobody reviewed it', () => {
    expect(verdictByEditor(base())).toBe(false);
    expect(reviewStatus(base())).toEqual({ kind: 'automated', confidence: 71 });
  });

  it('is an editor when the verdict differs, is listed as authored, or the page is reviewed', () => {
    expect(verdictByEditor(base({ verdict: 'confirmed' }))).toBe(true);
    expect(verdictByEditor(base({ engine: { ...engine, authored: ['verdict'] } }))).toBe(true);
    expect(verdictByEditor(base({ engine: { ...engine, authored: ['title'] } }))).toBe(false);
    expect(verdictByEditor(base({ reviewedBy: 'Jane' }))).toBe(true);
    expect(reviewStatus(base({ reviewedBy: 'Jane', reviewed: new Date('2024-12-05T00:00:00Z') }))).toEqual({
      kind: 'editor',
      reviewedBy: 'Jane',
      reviewed: '2024-12-05',
    });
  });

  it('is an editor on hand-written pages (no engine)', () => {
    const hand = claimSchema.parse({ title: 't', verdict: 'confirmed' });
    expect(reviewStatus(hand)).toEqual({ kind: 'editor', reviewedBy: null, reviewed: null });
  });

  it('keeps the engine bookkeeping fields through the schema', () => {
    const parsed = claimSchema.parse({ title: 't', verdict: 'confirmed', engine: { ...engine, title: 't', summaryHash: 'abc', authored: ['verdict'] } });
    expect(parsed.engine?.authored).toEqual(['verdict']);
    expect(parsed.engine?.summaryHash).toBe('abc');
  });
});

describe('outlets and speakers', () => {
  it('names the outlet from the appearance, else the article, else labels it unnamed per article', () => {
    const a = article('000_x', { outlet: 'The Daily' });
    expect(outletOf({ outlet: 'Reuters', source: '000_x' }, a)).toMatchObject({ slug: 'reuters', label: 'Reuters', named: true });
    expect(outletOf({ outlet: null, source: '000_x' }, a)).toMatchObject({ slug: 'the-daily', named: true });
    const unnamed = outletOf({ outlet: null, source: '001_y' }, article('001_y'));
    expect(unnamed).toMatchObject({ slug: 'unnamed-001_y', named: false, name: 'Headline of 001_y', label: 'Unnamed outlet: Headline of 001_y' });
    expect(outletOf({ outlet: null, source: 'gone' })).toMatchObject({ slug: 'unnamed-gone', name: 'gone', named: false });
  });

  it('filters search by publisher: a named outlet by its name, every unnamed one as "Unnamed outlet"', () => {
    expect(outletFilter(outletOf({ outlet: 'Reuters', source: '000_x' }))).toBe('Reuters');
    const one = outletFilter(outletOf({ outlet: null, source: '001_y' }, article('001_y')));
    const other = outletFilter(outletOf({ outlet: null, source: '002_z' }, article('002_z')));
    expect([one, other]).toEqual(['Unnamed outlet', 'Unnamed outlet']);
  });

  it('treats "the Kremlin" and "Kremlin" as one speaker', () => {
    expect(speakerSlug('the Kremlin')).toBe(speakerSlug('Kremlin'));
    expect(speakerSlug('Dmitry Peskov')).toBe('dmitry-peskov');
  });

  it('always gives a usable slug', () => {
    expect(slugify('Ünïcödé Times')).toBe('ünïcödé-times');
    expect(slugify('—')).toMatch(/^x[0-9a-z]+$/);
  });
});

describe('dates and short claims', () => {
  it('normalises review dates', () => {
    expect(isoDate('2024-12-05')).toBe('2024-12-05');
    expect(isoDate(new Date('2024-12-05T10:00:00Z'))).toBe('2024-12-05');
    expect(isoDate('not a date')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });

  it('shortens a claim to under 75 characters at a word boundary', () => {
    const long = 'Mr. Trump called the Russian leader from his Mar-a-Lago estate in Florida on November 7 last year';
    const short = shortClaim(long);
    expect(short.length).toBeLessThan(75);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long.charAt(short.length - 1)).toBe(' ');
    expect(shortClaim('Trump urged restraint.')).toBe('Trump urged restraint');
  });
});

describe('the site model', () => {
  const articles = [article('a', { outlet: 'Reuters', date: '2024-11-11' }), article('b', { date: '2024-12-02' })];
  const records = [
    claim('call-happened', {
      verdict: 'disputed',
      appearances: [appearance('a', 1, { speaker: 'sources', attribution: 'anonymous', stance: 'reports' }), appearance('b', 2)],
      related: [{ slug: 'call-denied', relation: 'disputed-by' }],
    }),
    claim('call-denied', {
      verdict: 'confirmed',
      appearances: [appearance('a', 1, { speaker: 'the Kremlin', attribution: 'named', stance: 'denies' }), appearance('b', 1, { speaker: 'Kremlin', attribution: 'named', stance: 'denies' })],
    }),
    claim('old-claim', { status: 'retired', appearances: [appearance('a', 2)], related: [{ slug: 'call-happened', relation: 'related' }] }),
    claim('hand-written', { verdict: 'confirmed', appearances: [appearance('missing', 3)] }),
  ];
  const model = buildSiteModel(records, articles);

  it('keeps retired claims for their page but out of every listing', () => {
    expect(model.all.map((c) => c.slug)).toContain('old-claim');
    expect(model.active.map((c) => c.slug)).not.toContain('old-claim');
    expect(Object.values(model.byVerdict).flat().map((c) => c.slug)).not.toContain('old-claim');
    for (const o of model.outlets) expect(o.claims.map((c) => c.slug)).not.toContain('old-claim');
    for (const s of model.speakers) expect(s.claims.map((c) => c.claim.slug)).not.toContain('old-claim');
    expect(model.sentences.get('a')?.get(2)).toBeUndefined();
  });

  it('lists disputed claims first', () => {
    expect(model.active.map((c) => c.verdict)).toEqual(['disputed', 'confirmed', 'confirmed']);
  });

  it('maps every sentence to the claims it carries, most serious verdict first', () => {
    expect(model.sentences.get('a')?.get(1)?.map((c) => c.slug)).toEqual(['call-happened', 'call-denied']);
    expect(model.sentences.get('b')?.get(2)?.map((c) => c.slug)).toEqual(['call-happened']);
  });

  it('links related claims both ways', () => {
    const denied = model.bySlug.get('call-denied');
    expect(denied?.related.map((r) => [r.relation, r.slug])).toEqual([['disputes', 'call-happened']]);
    const happened = model.bySlug.get('call-happened');
    expect(happened?.related.map((r) => [r.relation, r.slug])).toContainEqual(['disputed-by', 'call-denied']);
    expect(happened?.related.map((r) => [r.relation, r.slug])).toContainEqual(['related', 'old-claim']);
  });

  it('builds evidence rows with links, outlets, dates and speakers', () => {
    const [first, second] = model.bySlug.get('call-happened')?.evidence ?? [];
    expect(first).toMatchObject({ href: '/articles/a/#s-1', outlet: { label: 'Reuters' }, date: '2024-11-11', speaker: { slug: 'sources' } });
    expect(second).toMatchObject({ href: '/articles/b/#s-2', outlet: { named: false }, date: '2024-12-02', speaker: null });
    expect(model.bySlug.get('hand-written')?.evidence[0]?.href).toBeNull();
    expect(model.bySlug.get('call-happened')).toMatchObject({ firstDate: '2024-11-11', lastDate: '2024-12-02' });
  });

  it('merges speaker spellings and knows who is on record', () => {
    const kremlin = model.speakers.find((s) => s.slug === 'kremlin');
    expect(kremlin).toMatchObject({ onRecord: true });
    expect(kremlin?.claims.map((c) => [c.claim.slug, c.stances])).toEqual([['call-denied', ['denies']]]);
    expect(model.speakers.find((s) => s.slug === 'sources')?.onRecord).toBe(false);
    expect(model.speakers[0]?.onRecord).toBe(true);
  });

  it("lists a speaker's role once however the articles spell it", () => {
    const roles = (...list: string[]) => list.map((role, i) => appearance('a', i + 1, { speaker: 'Dmitry Peskov', role, attribution: 'named' }));
    const site = buildSiteModel(
      [claim('first', { appearances: roles('Kremlin spokesman', 'spokesman') }), claim('second', { appearances: roles('Kremlin Spokesman', 'Kremlin spokesman', 'foreign minister') })],
      [article('a')],
    );
    expect(site.speakers.find((s) => s.slug === 'dmitry-peskov')?.roles).toEqual(['Kremlin spokesman', 'foreign minister']);
  });

  it("dates undated fact checks by the story's latest article", () => {
    expect(storyDate(model)).toBe('2024-12-02');
    expect(storyDate({ articles: new Map() }, new Date('2025-01-02T12:00:00Z'))).toBe('2025-01-02');
  });

  it('covers every article in the outlet list, named outlets first', () => {
    expect(model.outlets.map((o) => o.slug)).toEqual(['reuters', 'unnamed-b', 'unnamed-missing']);
    expect(model.outlets[0]?.articles.map((a) => a.id)).toEqual(['a']);
  });
});

describe('renamed pages', () => {
  const articles = [article('a')];

  it('each old name listed in `aliases` leads to the page; relations naming an old name still reach it', () => {
    const model = buildSiteModel(
      [
        claim('bridge-reopens-monday', { aliases: ['bridge-reopens', 'bridge-monday', 'bridge-reopens-monday'], appearances: [appearance('a', 1)] }),
        claim('mayor-denies', { appearances: [appearance('a', 2)], related: [{ slug: 'bridge-reopens', relation: 'disputes' }] }),
      ],
      articles,
    );
    expect([...model.redirects].map(([alias, c]) => [alias, c.slug])).toEqual([
      ['bridge-reopens', 'bridge-reopens-monday'],
      ['bridge-monday', 'bridge-reopens-monday'],
    ]);
    expect(model.bySlug.get('mayor-denies')?.related.map((r) => [r.relation, r.slug])).toEqual([['disputes', 'bridge-reopens-monday']]);
    expect(model.bySlug.get('bridge-reopens-monday')?.related.map((r) => [r.relation, r.slug])).toEqual([['disputed-by', 'mayor-denies']]);
    expect(model.all.map((c) => c.slug).sort()).toEqual(['bridge-reopens-monday', 'mayor-denies']);
  });

  it('an address wanted by two pages stops the build, naming both files for each clash', () => {
    const build = () =>
      buildSiteModel(
        [
          claim('first', { aliases: ['second', 'shared'], appearances: [appearance('a', 1)] }),
          claim('second', { appearances: [appearance('a', 2)] }),
          claim('third', { aliases: ['shared'], appearances: [appearance('a', 3)] }),
        ],
        articles,
      );
    expect(build).toThrow(
      [
        'Claim pages that want the same address:',
        '  claims/first.mdx: aliases: "second" is the name of another page (claims/second.mdx); an address belongs to one page: take it out of aliases, or rename claims/second.mdx',
        '  claims/third.mdx: aliases: "shared" is also an old name of claims/first.mdx; an address can lead to one page only: keep it in one of the two',
      ].join('\n'),
    );
  });

  it('an old name must be a page name: not a path, not a file name with .mdx, not blank', () => {
    const base = { title: 'T', verdict: 'confirmed' };
    expect(claimSchema.safeParse({ ...base, aliases: ['old-name', 'ñandú-2'] }).success).toBe(true);
    const example = 'the old file name without the folder and .mdx, e.g. kremlin-denies-call';
    const problems: Array<[string, string]> = [
      ['/claims/old-name/', '"/claims/old-name/" is a path: write the old file name alone, "old-name"'],
      ['old-name.mdx', '"old-name.mdx": write it without .mdx, "old-name"'],
      ['', `an old name cannot be empty: write ${example}`],
      [' old', `" old" has spaces, which no page name has: write ${example}`],
      ['two words', `"two words" has spaces, which no page name has: write ${example}`],
      ['a?b', `"a?b" cannot be a page name: write ${example}`],
    ];
    for (const [bad, message] of problems) {
      const r = claimSchema.safeParse({ ...base, aliases: [bad] });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe(message);
    }
  });
});

describe('configuration helpers', () => {
  it('reads the content folder from CROSSCHECK_CONTENT_DIR, ./content by default', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ CROSSCHECK_CONTENT_DIR: '/tmp/x/' })).toBe('/tmp/x');
  });

  it("reads a page's status and earlier names from its frontmatter", () => {
    expect(listingFacts('---\ntitle: a\nstatus: retired\n---\nbody')).toEqual({ status: 'retired', aliases: [] });
    expect(listingFacts('---\ntitle: a\nstatus: "retir\\x65d"\n---\n')?.status).toBe('retired');
    expect(listingFacts('---\ntitle: a\nstatus: active\n---\n')).toEqual({ status: RETIRED_UNSAID, aliases: [] });
    expect(listingFacts('---\ntitle: a\naliases: [old-name, 7, older]\n---\n')).toEqual({ status: RETIRED_UNSAID, aliases: ['old-name', 'older'] });
    expect(listingFacts('no frontmatter')).toBeNull();
    expect(listingFacts('---\n: : bad retired\n---\n')).toBeNull();
  });

  it('lists the retired pages and the old names of renamed pages for the sitemap, whatever else is in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-retired-'));
    try {
      writeFileSync(join(dir, 'gone.mdx'), '---\ntitle: Gone\nstatus: retired\n---\n');
      writeFileSync(join(dir, 'live.mdx'), '---\ntitle: Live\n---\n');
      writeFileSync(join(dir, 'renamed.mdx'), '---\ntitle: Renamed\naliases:\n  - first-name\n  - renamed\n---\n'); // its own name: still listed
      writeFileSync(join(dir, 'notes.txt'), 'status: retired');
      mkdirSync(join(dir, 'folder.mdx')); // not a page: cannot be read as one
      mkdirSync(join(dir, 'aside'));
      writeFileSync(join(dir, 'aside', 'put-away.mdx'), '---\ntitle: Put away\nstatus: retired\n---\n'); // not built
      expect([...unlistedClaimSlugs(dir)].sort()).toEqual(['first-name', 'gone']);
      expect(unlistedClaimSlugs(join(dir, 'missing')).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
