import { describe, expect, it } from 'vitest';
import { ArticleRelations, MIN_PLACED_NAMES, storyKeys } from '../../../src/ingest/matching/stories.ts';

describe('storyKeys', () => {
  it('keeps the names a claim carries: people and other proper names, places', () => {
    expect(storyKeys(['c:call', 'e:kororski', 'p:ukraine', 'w:phone'])).toEqual(['e:kororski', 'p:ukraine']);
  });
});

describe('articles of one story', () => {
  // Two stories with casts of their own; both articles of story B also name a country every
  // article of the archive names.
  const relations = new ArticleRelations([
    ['e:kororski', 'e:osteski', 'e:marhaven', 'e:kororski'],
    ['e:osteski', 'e:kororski', 'e:marhaven', 'e:falpress'],
    ['e:velardo', 'e:halstrom', 'e:brammouth', 'p:europe'],
    ['e:halstrom', 'e:velardo', 'e:brammouth', 'p:europe', 'e:lindqvist'],
    ['e:draskovic', 'e:tamsin', 'e:orford', 'p:europe'],
  ]);

  it('are related when they share their names', () => {
    expect(relations.related(0, 1)).toBe(true);
    expect(relations.related(2, 3)).toBe(true);
  });

  it('are not related to another story’s articles', () => {
    expect(relations.related(0, 2)).toBe(false);
    expect(relations.related(1, 3)).toBe(false);
  });

  it('need more than a name every story has in common', () => {
    expect(relations.related(3, 4)).toBe(false);
    expect(relations.related(2, 4)).toBe(false);
  });

  it('is a symmetric relation, and relatedTo lists it', () => {
    for (let a = 0; a < relations.size; a++) {
      for (let b = 0; b < relations.size; b++) expect(relations.related(a, b)).toBe(relations.related(b, a));
      expect(relations.relatedTo(a)).toEqual([...Array(relations.size).keys()].filter((b) => b !== a && relations.related(a, b)));
    }
    expect(relations.relatedTo(0)).toEqual([1]);
  });

  it('a short brief inside a long feature is of its story (shares most of the lighter one’s names)', () => {
    const r = new ArticleRelations([
      ['e:kororski', 'e:osteski', 'e:marhaven'],
      ['e:kororski', 'e:osteski', 'e:marhaven', 'e:dravik', 'e:solberg', 'e:varna', 'e:tallis', 'e:quorin'],
      ['e:velardo', 'e:halstrom', 'e:brammouth'],
    ]);
    expect(r.related(0, 1)).toBe(true);
    expect(r.related(0, 2)).toBe(false);
  });
});

describe('articles that cannot be placed', () => {
  it(`are related to every article when they name fewer than ${MIN_PLACED_NAMES} people and places`, () => {
    const r = new ArticleRelations([
      ['e:kororski', 'e:osteski', 'e:marhaven'],
      ['e:velardo', 'e:halstrom', 'e:brammouth'],
      ['e:evers'],
      [],
    ]);
    expect(r.related(0, 1)).toBe(false);
    for (const brief of [2, 3]) for (const other of [0, 1, 2, 3]) expect(r.related(brief, other)).toBe(true);
  });
});

describe('names too common to index', () => {
  // 600 articles name the same three countries, each with people of its own: the countries are
  // in more articles than the index takes, so pairs sharing only them are scored directly.
  const keys: string[][] = [];
  for (let k = 0; k < 600; k++) keys.push(['p:belovia', 'p:nororia', 'p:kestavia', `e:person${k}a`, `e:person${k}b`, `e:person${k}c`, `e:person${k}d`]);
  const hub = keys.length;
  keys.push(['p:belovia', 'p:nororia', 'p:kestavia']);
  const wide = keys.length;
  keys.push(['p:belovia', 'p:nororia', 'p:kestavia', 'e:rare1', 'e:rare2']);
  const elsewhere = keys.length;
  keys.push(['p:belovia', 'e:rare3', 'e:rare4', 'e:rare5']);
  const relations = new ArticleRelations(keys);

  it('still relate an article naming only them to an article naming all of them', () => {
    expect(relations.related(hub, wide)).toBe(true);
    expect(relations.related(hub, 0)).toBe(true);
  });

  it('do not relate it to an article sharing one of them', () => {
    expect(relations.related(hub, elsewhere)).toBe(false);
    expect(relations.related(0, 1)).toBe(false);
  });
});

describe('a corpus of a handful of articles', () => {
  // Five articles about one company and its chair; each also names people and words read as
  // names that no other article has, which in so small a corpus weigh more than the shared ones.
  const relations = new ArticleRelations([
    ['e:verano', 'e:keller', 'e:voss', 'e:martin', 'e:transit'],
    ['e:verano', 'e:whitfield', 'e:drivers', 'e:northway', 'p:united-states'],
    ['e:verano', 'e:keller', 'e:battery', 'p:chile', 'p:mexico'],
    ['e:verano', 'e:keller', 'e:authority', 'p:mexico', 'e:monterrey'],
    ['e:verano', 'e:keller', 'e:patel', 'e:experts', 'e:bus', 'e:whitfield'],
  ]);

  it('relates two articles that share two names', () => {
    expect(relations.related(3, 4)).toBe(true);
    expect(relations.related(1, 4)).toBe(true);
  });

  it('and two that share one when a third article is related to both', () => {
    // 0 and 1 share only Verano; 4 shares two names with each.
    expect(relations.related(0, 1)).toBe(true);
  });
});

describe('a corpus of a handful of articles about two stories', () => {
  // Two stories in one country: each pair within a story shares two names; across them only the
  // country is shared, and no article is related to articles of both.
  const relations = new ArticleRelations([
    ['e:verano', 'e:keller', 'p:mexico', 'e:transit'],
    ['e:verano', 'e:keller', 'e:whitfield', 'e:drivers'],
    ['e:ostrava', 'e:lind', 'p:mexico', 'e:flood'],
    ['e:ostrava', 'e:lind', 'e:dam', 'e:rescue'],
  ]);

  it('keeps them apart: one shared name with no article between them relates nothing', () => {
    expect(relations.related(0, 1)).toBe(true);
    expect(relations.related(2, 3)).toBe(true);
    expect(relations.related(0, 2)).toBe(false);
    expect(relations.related(1, 3)).toBe(false);
  });
});

describe('a handful of articles about one story, each naming its own people', () => {
  // The airport's statement quotes its chief executive, whom a live page interviews; each names
  // others the rest do not, and "police" is in most of them.
  const relations = new ArticleRelations([
    ['e:police', 'e:elmstead', 'e:norbridge', 'e:department'],
    ['e:police', 'e:delaney', 'e:elmstead'],
    ['e:police', 'e:hart', 'e:okafor', 'e:whitlock', 'e:skylark'],
    ['e:airport', 'e:caston', 'e:norbridge', 'e:okafor'],
    ['e:skylark', 'e:raman', 'e:alicante'],
  ]);

  it('relates two articles sharing one person or body that few of them name', () => {
    expect(relations.related(2, 3)).toBe(true); // Okafor
    expect(relations.related(2, 4)).toBe(true); // Skylark
  });

  it('but not by a name most of them carry alone, nor by a place (two stories of one country)', () => {
    // ("police" is in three of five: 0 and 2 are related only through the airport's article.)
    const common = new ArticleRelations([['e:police', 'e:a1', 'e:a2'], ['e:police', 'e:b1', 'e:b2'], ['e:police', 'e:c1', 'e:c2'], ['e:d1', 'e:d2', 'e:d3'], ['e:e1', 'e:e2', 'e:e3']]);
    expect(common.related(0, 1)).toBe(false);
    const place = new ArticleRelations([['p:mexico', 'e:a1', 'e:a2'], ['p:mexico', 'e:b1', 'e:b2'], ['e:c1', 'e:c2', 'e:c3']]);
    expect(place.related(0, 1)).toBe(false);
  });
});
