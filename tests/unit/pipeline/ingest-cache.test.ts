/**
 * The ingest cache (src/ingest/pipeline/ingest-cache.ts): hits, misses on changed bytes,
 * invalidation when the code version changes, and — above all — output byte-identical to a run
 * without cache, cold or warm, after seed edits and author edits, with or without workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runIngest, type IngestOptions, type IngestResult } from '../../../src/ingest/pipeline/run-ingest.ts';
import { ContentCache, SeedCache, type CachedSeed } from '../../../src/ingest/pipeline/ingest-cache.ts';
import { readPage } from '../../../src/ingest/merge/read-page.ts';
import { mergePage, newPage } from '../../../src/ingest/merge/merge-page.ts';
import { buildClaims } from '../../../src/ingest/pipeline/build-claims.ts';
import { readSeeds } from '../../../src/ingest/read-seeds.ts';
import { parseArticle } from '../../../src/ingest/parse/parse-article.ts';
import { splitArticle } from '../../../src/ingest/sentences/split-sentences.ts';
import { HINT_DATE, HINT_STATE, HINT_TIME } from '../../../src/ingest/verdicts/hint-bits.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-cache-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
const fresh = (name: string): string => join(root, `${name}-${n++}`);

/** Every file under `dir` (dot-folders included) → its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

function expectSameTree(a: string, b: string): void {
  const ta = tree(a);
  const tb = tree(b);
  expect([...tb.keys()].sort()).toEqual([...ta.keys()].sort());
  for (const [k, v] of ta) expect(tb.get(k), k).toBe(v);
}

const ingest = (opts: IngestOptions): IngestResult => {
  const r = runIngest(opts);
  expect(r.errors).toEqual([]);
  return r;
};

/** A copy of the bundled seeds plus the messy fixtures (titles, bylines, furniture, CRLF). */
function seedCopy(): string {
  const dir = fresh('seeds');
  cpSync('seeds', dir, { recursive: true });
  cpSync('tests/fixtures/messy', dir, { recursive: true });
  return dir;
}

/** A cache entry of seed `a.txt` with the given claims. */
function seedEntry(featured: NonNullable<CachedSeed['featured']>): CachedSeed {
  return {
    id: 'a',
    file: 'a.txt',
    skipped: false,
    recordHash: 'h',
    featured,
    aliasFacts: { leaders: [['ruritania', 'smith', 2]], persons: ['smith'] },
    answers: ['p:smith\u00001'],
  };
}

describe('seed cache', () => {
  it('hits for unchanged seeds, misses for changed bytes, and writes the same output as no cache', () => {
    const seeds = seedCopy();
    const cache = fresh('cache');
    const total = readdirSync(seeds).filter((f) => !f.startsWith('.')).length;

    const cold = ingest({ seedsDir: seeds, contentDir: fresh('content'), cacheDir: cache });
    expect(cold.stats).toMatchObject({ analysed: total, cached: 0, seedsRead: total });

    // Unchanged seed files are not even read: the seed index knows their keys by their stat.
    const warmDir = fresh('content');
    const warm = ingest({ seedsDir: seeds, contentDir: warmDir, cacheDir: cache });
    expect(warm.stats).toMatchObject({ analysed: 0, cached: total, seedsRead: 0 });

    const plainDir = fresh('content');
    ingest({ seedsDir: seeds, contentDir: plainDir });
    expectSameTree(plainDir, warmDir);

    // One seed's bytes change: only it is analysed again.
    const file = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort()[0]!;
    const path = join(seeds, file);
    writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\nThe ministry said the talks would resume on Friday.\n`);
    const edited = ingest({ seedsDir: seeds, contentDir: warmDir, cacheDir: cache });
    expect(edited.stats).toMatchObject({ analysed: 1, cached: total - 1, seedsRead: 1 });
    ingest({ seedsDir: seeds, contentDir: plainDir });
    expectSameTree(plainDir, warmDir);
  });

  it('is ignored when the code version differs, and kept when it is the same', () => {
    const cache = fresh('cache');
    const entry = seedEntry({ article: 'a', outlet: null, date: null, units: [] });
    const key = SeedCache.key('a.txt', Buffer.from('text'));
    const v1 = new SeedCache(cache, 'v1');
    v1.set(key, entry);
    v1.save();
    expect(new SeedCache(cache, 'v1').get(key)).toEqual(entry);
    expect(new SeedCache(cache, 'v2').get(key)).toBeUndefined();
    expect(SeedCache.key('a.txt', Buffer.from('text!'))).not.toBe(key);
    expect(SeedCache.key('b.txt', Buffer.from('text'))).not.toBe(key);
  });

  it('reads a seed the index vouches for when the cache lost its entry, and writes the same output', () => {
    const seeds = seedCopy();
    const cache = fresh('cache');
    const total = readdirSync(seeds).filter((f) => !f.startsWith('.')).length;
    ingest({ seedsDir: seeds, contentDir: fresh('content'), cacheDir: cache });
    // The per-seed entries go; the index of seed files (by stat signature) stays.
    rmSync(join(cache, 'seeds'), { recursive: true });
    const dir = fresh('content');
    const r = ingest({ seedsDir: seeds, contentDir: dir, cacheDir: cache });
    expect(r.stats).toMatchObject({ analysed: total, cached: 0, seedsRead: total });
    const plain = fresh('content');
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, dir);
  });

  it('keeps entries across a save and load, as packed files', () => {
    const cache = fresh('cache');
    const entry = seedEntry({
      article: 'a',
      outlet: 'The Ledger',
      date: '2024-11-02',
      units: [
        {
          sentence: 3,
          quote: '“It is simply false,” she said — \ud800 broken.',
          text: 'It is simply false',
          attribution: { speaker: 'Jane Doe', role: null, kind: 'named', via: null },
          stance: 'denies',
          heading: false,
          pointsBack: true,
          goesOn: true,
          retracts: true,
          owner: 'the union',
          features: { terms: ['c:deny', 'w:false'], participants: [], negated: false, modal: false, predicates: [] },
          targetFeatures: null,
          eventFeatures: { terms: ['c:call'], participants: ['doe', 'roe'], negated: true, modal: true, predicates: ['c:call'] },
          figures: [],
          hints: 0,
        },
        {
          sentence: 4,
          quote: 'About 45 people, more than 1.5 million dollars.',
          text: 'About 45 people, more than 1.5 million dollars',
          attribution: { speaker: null, role: null, kind: 'none', via: null },
          stance: 'asserts',
          heading: true,
          pointsBack: false,
          goesOn: false,
          retracts: false,
          owner: null,
          features: { terms: ['w:people'], participants: [], negated: false, modal: false, predicates: [] },
          targetFeatures: null,
          eventFeatures: null,
          // Bounds that are no whole numbers, and no upper bound at all, come back exactly.
          figures: [
            { counts: 'people', low: 40.5, high: 49.50000000000001, text: 'About 45 people' },
            { counts: 'dollar', low: 1_500_000, high: Infinity, text: 'more than 1.5 million dollars' },
          ],
          // Every conflict rule's bit, with the flags below them.
          hints: HINT_DATE | HINT_TIME | HINT_STATE,
        },
      ],
    });
    const skipped: CachedSeed = { id: 'b', file: 'b.txt', skipped: true, recordHash: '', featured: null, aliasFacts: { leaders: [], persons: [] }, answers: [] };
    const keyA = SeedCache.key('a.txt', Buffer.from('a'));
    const keyB = SeedCache.key('b.txt', Buffer.from('b'));
    const c = new SeedCache(cache, 'v1');
    c.set(keyA, entry);
    c.set(keyB, skipped);
    c.save();
    const back = new SeedCache(cache, 'v1');
    expect(back.get(keyA)).toEqual(entry);
    expect(back.get(keyB)).toEqual(skipped);
  });

  it('survives a damaged cache file by recomputing', () => {
    const seeds = seedCopy();
    const cache = fresh('cache');
    ingest({ seedsDir: seeds, contentDir: fresh('content'), cacheDir: cache });
    for (const f of readdirSync(join(cache, 'seeds'))) writeFileSync(join(cache, 'seeds', f), '{"version": broken');
    for (const f of readdirSync(cache)) {
      if (!f.startsWith('content-')) continue;
      for (const shard of readdirSync(join(cache, f))) writeFileSync(join(cache, f, shard), 'not a packed file');
    }
    const dir = fresh('content');
    const r = ingest({ seedsDir: seeds, contentDir: dir, cacheDir: cache });
    expect(r.stats?.cached).toBe(0);
    const plain = fresh('content');
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, dir);
  });
});

describe('page cache', () => {
  it('does not read unchanged pages again, notices author edits, and matches a run without cache', () => {
    const seeds = seedCopy();
    const cache = fresh('cache');
    const cached = fresh('content');
    const plain = fresh('content');
    ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    ingest({ seedsDir: seeds, contentDir: plain });

    const rerun = ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    expect(rerun.stats?.pagesRead).toBe(0);
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, cached);

    // An author overrides a verdict and adds a note: the page is read again and merged as usual.
    const page = readdirSync(join(cached, 'claims')).sort()[3]!;
    for (const dir of [cached, plain]) {
      const p = join(dir, 'claims', page);
      const text = readFileSync(p, 'utf8').replace(/^verdict: \w+$/m, 'verdict: disputed # checked by the desk');
      writeFileSync(p, `${text.trimEnd()}\n\nEditor’s note: we called the ministry.\n`);
    }
    const afterEdit = ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    expect(afterEdit.stats?.pagesRead).toBe(1);
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, cached);

    // A seed edit that changes generated pages: merged without reading them (pristine), same result.
    const edited = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort()[2]!;
    {
      // As the benchmark's incremental case: one sentence more in a paragraph.
      const p = join(seeds, edited);
      const lines = readFileSync(p, 'utf8').split('\n');
      const at = Math.max(0, lines.findIndex((l) => l.length > 80));
      lines[at] += ' A ministry spokesperson said the full figures would be published on Friday.';
      writeFileSync(p, lines.join('\n'));
    }
    const afterSeedEdit = ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    expect(afterSeedEdit.stats?.analysed).toBe(1);
    expect(afterSeedEdit.written.length).toBeGreaterThan(2);
    // Generated pages are merged without being read; only the page the author edited is read.
    expect(afterSeedEdit.stats?.pagesRead).toBeLessThanOrEqual(1);
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, cached);

    // A removed seed retires its pages, the same way with and without cache.
    const gone = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort()[1]!;
    rmSync(join(seeds, gone));
    ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, cached);
    const settled = ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache });
    const settledPlain = ingest({ seedsDir: seeds, contentDir: plain });
    expect(settled.written.map((p) => relative(cached, p))).toEqual(settledPlain.written.map((p) => relative(plain, p)));
    expectSameTree(plain, cached);
    expect(ingest({ seedsDir: seeds, contentDir: cached, cacheDir: cache }).written).toEqual([]);
  });

  it('an edited seed rewrites only the files whose bytes change, and only some cache shards', () => {
    const seeds = seedCopy();
    const cache = fresh('cache');
    const content = fresh('content');
    ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache }); // settles the review state
    const mtimes = (dir: string): Map<string, number> => {
      const out = new Map<string, number>();
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else out.set(relative(dir, p), statSync(p).mtimeMs);
        }
      };
      walk(dir);
      return out;
    };
    const before = mtimes(content);
    const shardDir = readdirSync(cache).find((f) => f.startsWith('content-'))!;
    const shardsBefore = mtimes(join(cache, shardDir));
    const file = readdirSync(seeds).filter((f) => !f.startsWith('.')).sort()[2]!;
    const path = join(seeds, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const at = Math.max(0, lines.findIndex((l) => l.length > 80));
    lines[at] += ' A ministry spokesperson said the full figures would be published on Friday.';
    writeFileSync(path, lines.join('\n'));
    const r = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    const written = new Set(r.written.map((p) => relative(content, p)));
    expect(written.size).toBeGreaterThan(0);
    const after = mtimes(content);
    for (const [f, t] of before) if (!written.has(f)) expect(after.get(f), f).toBe(t);
    const shardsAfter = mtimes(join(cache, shardDir));
    const rewritten = [...shardsAfter].filter(([f, t]) => shardsBefore.get(f) !== t).length;
    expect(rewritten).toBeGreaterThan(0);
    expect(rewritten).toBeLessThan(shardsAfter.size);
  });

  it('keeps page facts across a save and load, every kind of entry', () => {
    const cache = fresh('cache');
    const content = fresh('content');
    const quotes = {
      tag: (a: string) => (a === 'a' ? 'v1' : undefined),
      quote: (a: string, n: number) => (a === 'a' && n === 2 ? 'Q two.' : undefined),
      byHash: () => undefined,
    };
    const summary = { slug: 's', title: 'T', verdict: 'confirmed', status: 'active' as const, verdictByAuthor: false, engine: { verdict: 'confirmed', confidence: 0.123456 } };
    const pages = new Map([
      [
        's',
        {
          sig: '1:2:3:4',
          identity: {
            title: 'T',
            engineTitle: 'T',
            appearances: [
              { source: 'a', quote: 'Q two.', sentence: 2 },
              { source: 'b', quote: 'Q literal, \ud800.', sentence: 5 },
            ],
            handWritten: false,
          },
          summary,
          engine: true,
          retired: false,
          related: ['other', 'third'],
          merge: { key: 'k1', summary: { ...summary, title: 'Another title', verdict: 'disputed', status: 'retired' as const, verdictByAuthor: true, outdated: ['title' as const, 'body' as const] } },
          pristine: true,
        },
      ],
      [
        'h',
        {
          sig: '5:6:7:8',
          identity: { title: 'Hand', engineTitle: undefined, appearances: [], handWritten: true, aliases: ['old-name', 'older-name'] },
          summary: { slug: 'h', title: 'Hand', verdict: 'disputed', status: 'active' as const, verdictByAuthor: true, outdated: ['body' as const] },
          engine: false,
          retired: false,
          related: [],
        },
      ],
    ]);
    const c1 = new ContentCache(cache, content, quotes, 'v1');
    c1.setPages(pages);
    c1.save();
    const c2 = new ContentCache(cache, content, quotes, 'v1');
    expect(c2.get('s')).toEqual(pages.get('s'));
    expect(c2.get('h')).toEqual(pages.get('h'));
    expect(c2.get('nope')).toBeUndefined();
    // A page handed out and given back unchanged keeps its stored form; a changed one is stored
    // anew; both read back the same, whichever shards they share.
    const changed = { ...pages.get('h')!, sig: '9:9:9:9' };
    const c3 = new ContentCache(cache, content, quotes, 'v1');
    c3.setPages(new Map([['s', c3.get('s')!], ['h', changed]]));
    c3.save();
    const c4 = new ContentCache(cache, content, quotes, 'v1');
    expect(c4.get('s')).toEqual(pages.get('s'));
    expect(c4.get('h')).toEqual(changed);
  });

  it('rewrites a shard with one changed page without losing the unchanged pages beside it', () => {
    const cache = fresh('cache');
    const content = fresh('content');
    const page = (slug: string, sig: string) => ({
      sig,
      identity: { title: slug, engineTitle: slug, appearances: [{ source: 'x', quote: `Quote of ${slug}.`, sentence: 1 }], handWritten: false },
      summary: { slug, title: slug, verdict: 'confirmed', status: 'active' as const, verdictByAuthor: false, engine: { verdict: 'confirmed', confidence: 0.9 } },
      engine: true,
      retired: false,
      related: [],
    });
    // More pages than shards: some share a shard with the page that changes.
    const slugs = Array.from({ length: 600 }, (_, k) => `page-${k}`);
    const first = new ContentCache(cache, content, undefined, 'v1');
    first.setPages(new Map(slugs.map((slug) => [slug, page(slug, '1:1:1:1')])));
    first.save();
    const second = new ContentCache(cache, content, undefined, 'v1');
    second.setPages(new Map(slugs.map((slug) => [slug, slug === 'page-0' ? page(slug, '2:2:2:2') : second.get(slug)!])));
    second.save();
    const third = new ContentCache(cache, content, undefined, 'v1');
    for (const slug of slugs) expect(third.get(slug), slug).toEqual(page(slug, slug === 'page-0' ? '2:2:2:2' : '1:1:1:1'));
  });

  it('is ignored when the code version differs', () => {
    const cache = fresh('cache');
    const quotes = { tag: () => undefined, quote: () => undefined, byHash: () => undefined };
    const content = fresh('content');
    const c1 = new ContentCache(cache, content, quotes, 'v1');
    const page = {
      sig: '1:2:3:4',
      identity: { title: 'T', engineTitle: 'T', appearances: [{ source: 'a', quote: 'Q.', sentence: 0 }], handWritten: false },
      summary: { slug: 's', title: 'T', verdict: 'confirmed', status: 'active' as const, verdictByAuthor: false },
      engine: true,
      retired: false,
      related: [],
    };
    c1.setPages(new Map([['s', page]]));
    c1.save();
    expect(new ContentCache(cache, content, quotes, 'v1').get('s')).toEqual(page);
    expect(new ContentCache(cache, content, quotes, 'v2').get('s')).toBeUndefined();
  });

  it('a new page merged again with its own claim stays byte for byte the same (what the page cache relies on)', () => {
    const { seeds } = readSeeds('seeds');
    const corpus = seeds.map((s) => {
      const article = parseArticle(s);
      return { article, sentences: splitArticle(article).sentences };
    });
    const claims = buildClaims(corpus);
    const slugMap = new Map(claims.map((c) => [c.slug, c.slug]));
    for (const claim of claims) {
      const created = newPage(claim, claim.slug, slugMap);
      const page = readPage(`${claim.slug}.mdx`, claim.slug, created.text, { knownSlugs: new Set(slugMap.values()) });
      expect(page.errors).toEqual([]);
      const merged = mergePage(page, claim, slugMap);
      expect(merged.text).toBe(created.text);
      expect(merged.summary).toEqual(created.summary);
    }
  });

  it('a generated page merged with another claim becomes the page generated for that claim (pristine pages are not read)', () => {
    const { seeds } = readSeeds('seeds');
    const corpus = seeds.map((s) => {
      const article = parseArticle(s);
      return { article, sentences: splitArticle(article).sentences };
    });
    const claims = buildClaims(corpus);
    const slugMap = new Map(claims.map((c) => [c.slug, c.slug]));
    const known = new Set([...slugMap.values(), 'the-page']);
    for (let i = 0; i + 1 < claims.length; i++) {
      const before = newPage(claims[i]!, 'the-page', slugMap);
      const page = readPage('the-page.mdx', 'the-page', before.text, { knownSlugs: known });
      const merged = mergePage(page, claims[i + 1]!, slugMap);
      const after = newPage(claims[i + 1]!, 'the-page', slugMap);
      expect(merged.text).toBe(after.text);
      expect(merged.summary).toEqual(after.summary);
    }
  });
});

describe('up to date (run-memo.ts)', () => {
  /** A warm content folder: a first run writes it, a second finds it up to date and is remembered. */
  function warm(): { seeds: string; cache: string; content: string; settled: IngestResult } {
    const seeds = seedCopy();
    // A seed with nothing but page furniture: skipped, with a warning of the run's own.
    writeFileSync(join(seeds, 'zz-furniture.txt'), 'Leave a Reply\nShare this:\n');
    const [cache, content] = [fresh('cache'), fresh('content')];
    const first = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    expect(first.written.length).toBeGreaterThan(0);
    // The second run still writes the review state (no claim is new any more): not remembered.
    const second = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    expect(second.written).toEqual([join(content, '.crosscheck', 'review.json')]);
    const settled = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    expect(settled.written).toEqual([]);
    expect(settled.stats?.upToDate).toBeUndefined();
    return { seeds, cache, content, settled };
  }

  it('a run over the same seeds and untouched content does nothing, and says what the full run said', () => {
    const { seeds, cache, content, settled } = warm();
    const before = tree(content);
    const mtimes = readdirSync(join(content, 'claims')).map((f) => statSync(join(content, 'claims', f)).mtimeMs);
    const again = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    expect(again.stats?.upToDate).toBe(true);
    expect(again.stats?.analysed).toBe(0);
    expect(again.written).toEqual([]);
    expect([again.articles, again.claims]).toEqual([settled.articles, settled.claims]);
    // The skipped seed's warning is given again.
    expect(again.warnings).toEqual(settled.warnings);
    expect(again.warnings.some((w) => w.includes('zz-furniture.txt: skipped'))).toBe(true);
    expect(tree(content)).toEqual(before);
    expect(readdirSync(join(content, 'claims')).map((f) => statSync(join(content, 'claims', f)).mtimeMs)).toEqual(mtimes);
  });

  it('an author edit, a new hand-written page, a deleted record or an edited seed each mean a full run, same result as without cache', () => {
    const { seeds, cache, content } = warm();
    const plain = fresh('content');
    ingest({ seedsDir: seeds, contentDir: plain });
    ingest({ seedsDir: seeds, contentDir: plain });
    // Runs until one finds everything up to date: each change below meets a remembered run.
    const settle = (): void => {
      for (let k = 0; k < 3; k++) if (ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache }).stats?.upToDate) return;
      expect.unreachable('never up to date');
    };
    const both = (f: (dir: string) => void): IngestResult => {
      settle();
      f(content);
      f(plain);
      const r = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
      ingest({ seedsDir: seeds, contentDir: plain });
      expectSameTree(plain, content);
      return r;
    };
    const page = readdirSync(join(content, 'claims')).sort()[2]!;
    const edit = both((dir) => {
      const p = join(dir, 'claims', page);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^verdict: \w+$/m, 'verdict: disputed'));
    });
    expect(edit.stats?.upToDate).toBeUndefined();
    expect(readFileSync(join(content, 'claims', page), 'utf8')).toMatch(/^verdict: disputed$/m);

    const handWritten = both((dir) =>
      writeFileSync(join(dir, 'claims', 'desk-note.mdx'), '---\ntitle: A claim the desk added\nverdict: unattributed\nappearances: []\n---\n\nWritten by hand.\n'),
    );
    expect(handWritten.stats?.upToDate).toBeUndefined();

    const record = readdirSync(join(content, 'articles')).sort()[0]!;
    const deleted = both((dir) => rmSync(join(dir, 'articles', record)));
    expect(deleted.stats?.upToDate).toBeUndefined();
    expect(deleted.written).toContain(join(content, 'articles', record));

    settle();
    const seed = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[1]!;
    writeFileSync(join(seeds, seed), `${readFileSync(join(seeds, seed), 'utf8')}\nThe mayor said the bridge would reopen on Monday.\n`);
    const afterSeed = ingest({ seedsDir: seeds, contentDir: content, cacheDir: cache });
    expect(afterSeed.stats?.upToDate).toBeUndefined();
    expect(afterSeed.stats?.analysed).toBe(1);
    ingest({ seedsDir: seeds, contentDir: plain });
    expectSameTree(plain, content);
  });
});

describe('workers', () => {
  it('give the same output as the main thread', () => {
    const seeds = seedCopy();
    const a = fresh('content');
    const b = fresh('content');
    ingest({ seedsDir: seeds, contentDir: a, workers: 2 });
    ingest({ seedsDir: seeds, contentDir: b });
    expectSameTree(b, a);
    // And into a cache that a main-thread run then uses.
    const cache = fresh('cache');
    ingest({ seedsDir: seeds, contentDir: fresh('content'), cacheDir: cache, workers: 2 });
    const c = fresh('content');
    const r = ingest({ seedsDir: seeds, contentDir: c, cacheDir: cache });
    expect(r.stats?.analysed).toBe(0);
    expectSameTree(b, c);
  }, 60_000);
});

it('tree() sees dot-folders (review state)', () => {
  const dir = fresh('content');
  ingest({ seedsDir: 'seeds', contentDir: dir });
  expect(tree(dir).has(join('.crosscheck', 'review.json'))).toBe(true);
  expect(statSync(join(dir, 'claims')).isDirectory()).toBe(true);
});
