/**
 * Facet semantics over a stand-in for Pagefind's search: an in-memory index of pages with
 * filter values, answering `{ any: [...] }` filters the way Pagefind does (every filter must
 * match; within one, any listed value) and counting, per value, the results that value would leave.
 */
import { describe, expect, it } from 'vitest';
import { anyOf, describeFilters, facetedSearch, isNewEntry, knownValues, searchState, searchUrl, ticked, type SearchFunction, type SearchResponse } from '../../../src/site/search-facets.ts';

interface Page {
  words: string[];
  filters: Record<string, string[]>;
}

const PAGES: Page[] = [
  { words: ['trump', 'call'], filters: { verdict: ['Disputed'], outlet: ['Wire', 'Daily'] } },
  { words: ['trump', 'summit'], filters: { verdict: ['Confirmed'], outlet: ['Wire'] } },
  { words: ['trump'], filters: { verdict: ['Confirmed'], outlet: ['Daily'] } },
  { words: ['trump'], filters: { verdict: ['Unattributed'], outlet: ['Post'] } },
  { words: ['kremlin'], filters: { verdict: ['Disputed'], outlet: ['Post'] } },
];

/** What Pagefind answers; `calls` records the filters each call was given. */
function fakePagefind(): { search: SearchFunction; calls: unknown[] } {
  const calls: unknown[] = [];
  const matches = (page: Page, filters: Record<string, unknown>): boolean =>
    Object.entries(filters).every(([name, f]) => {
      const want = Array.isArray(f) ? { all: f as string[] } : (f as { any?: string[]; all?: string[] });
      const have = page.filters[name] ?? [];
      if (want.any) return want.any.some((v) => have.includes(v));
      return (want.all ?? []).every((v) => have.includes(v));
    });
  const search: SearchFunction = async (term, options = {}) => {
    calls.push(options.filters);
    const filters = (options.filters ?? {}) as Record<string, unknown>;
    const found = PAGES.filter((p) => (term === null || term === '' || p.words.includes(term)) && matches(p, filters));
    const counts: Record<string, Record<string, number>> = {};
    for (const page of PAGES) {
      if (term !== null && term !== '' && !page.words.includes(term)) continue;
      for (const [name, values] of Object.entries(page.filters)) {
        for (const v of values) {
          counts[name] ??= {};
          counts[name][v] ??= 0;
          // Pagefind's count: results with this value, under the current filters.
          if (matches(page, filters)) counts[name][v]++;
        }
      }
    }
    return { results: found, filters: counts } satisfies SearchResponse;
  };
  return { search, calls };
}

describe('facet semantics', () => {
  it('treats ticked values of one filter as alternatives', async () => {
    const { search } = fakePagefind();
    const result = await facetedSearch(search)('trump', { filters: { verdict: ['Disputed', 'Confirmed'] } });
    expect(result?.results).toHaveLength(3);
    // Pagefind's own reading of the same list ("all of them") finds nothing: a page has one verdict.
    expect((await search('trump', { filters: { verdict: ['Disputed', 'Confirmed'] } }))?.results).toHaveLength(0);
  });

  it("keeps a ticked filter's other values and their counts", async () => {
    const { search } = fakePagefind();
    const result = await facetedSearch(search)('trump', { filters: { verdict: ['Disputed'] } });
    expect(result?.results).toHaveLength(1);
    expect(result?.filters?.['verdict']).toEqual({ Disputed: 1, Confirmed: 2, Unattributed: 1 });
    // The pane shows a ticked value's count from totalFilters: the same counts there.
    expect(result?.totalFilters?.['verdict']).toEqual({ Disputed: 1, Confirmed: 2, Unattributed: 1 });
    // Other filters count within the ticked verdict.
    expect(result?.filters?.['outlet']).toEqual({ Wire: 1, Daily: 1, Post: 0 });
  });

  it('combines different filters: all of them must hold', async () => {
    const { search } = fakePagefind();
    const result = await facetedSearch(search)('trump', { filters: { verdict: ['Confirmed', 'Unattributed'], outlet: ['Daily'] } });
    expect(result?.results).toEqual([PAGES[2]]);
    // Each filter's counts come from the search without its own values.
    expect(result?.filters?.['verdict']).toEqual({ Disputed: 1, Confirmed: 1, Unattributed: 0 });
    expect(result?.filters?.['outlet']).toEqual({ Wire: 1, Daily: 1, Post: 1 });
  });

  it('browses with no words: filters alone select pages', async () => {
    const { search } = fakePagefind();
    const result = await facetedSearch(search)(null, { filters: { verdict: ['Disputed'] } });
    expect(result?.results).toEqual([PAGES[0], PAGES[4]]);
  });

  it('adds no search when nothing is ticked, and passes other options on', async () => {
    const { search, calls } = fakePagefind();
    const seen: unknown[] = [];
    const spy: SearchFunction = (term, options) => {
      seen.push(options);
      return search(term, options);
    };
    const result = await facetedSearch(spy)('trump', { filters: { verdict: [] }, sort: { date: 'desc' } });
    expect(result?.results).toHaveLength(4);
    expect(calls).toEqual([{}]);
    expect(seen).toEqual([{ filters: {}, sort: { date: 'desc' } }]);
  });

  it('returns what Pagefind returns when a search gives nothing back', async () => {
    const none: SearchFunction = async () => null;
    expect(await facetedSearch(none)('x', { filters: { verdict: ['Disputed'] } })).toBeNull();
  });
});

describe('ticked values', () => {
  it('keeps filters with values, drops empties and repeats, takes a lone string', () => {
    expect(ticked({ verdict: ['Disputed', 'Disputed', ''], outlet: [], type: 'Article', x: 3 })).toEqual({ verdict: ['Disputed'], type: ['Article'] });
    expect(ticked(null)).toEqual({});
    expect(ticked('verdict')).toEqual({});
  });

  it('turns them into Pagefind "any" filters, one left out on request', () => {
    expect(anyOf({ verdict: ['A', 'B'], outlet: ['C'] })).toEqual({ verdict: { any: ['A', 'B'] }, outlet: { any: ['C'] } });
    expect(anyOf({ verdict: ['A'], outlet: ['C'] }, 'verdict')).toEqual({ outlet: { any: ['C'] } });
  });
});

describe('search state in the address', () => {
  it('reads the words and the known filters, in any order, repeats once', () => {
    expect(searchState('?verdict=Disputed&q=Mar-a-Lago&verdict=Confirmed&outlet=The+Wire&verdict=Disputed&page=2&foo=bar')).toEqual({
      term: 'Mar-a-Lago',
      selected: { verdict: ['Disputed', 'Confirmed'], outlet: ['The Wire'] },
    });
    expect(searchState('')).toEqual({ term: '', selected: {} });
    expect(searchState('?q=&verdict=')).toEqual({ term: '', selected: {} });
  });

  it('writes them back, keeping other parameters and the fragment', () => {
    const url = searchUrl('https://x.test/search/?utm=1&q=old&speaker=Old#top', 'Kremlin denial', { verdict: ['Disputed'], speaker: ['Dmitry Peskov'], unknown: ['x'] });
    expect(url).toBe('https://x.test/search/?utm=1&q=Kremlin+denial&verdict=Disputed&speaker=Dmitry+Peskov#top');
    expect(searchState(new URL(url).search)).toEqual({ term: 'Kremlin denial', selected: { verdict: ['Disputed'], speaker: ['Dmitry Peskov'] } });
  });

  it('drops the words and filters of an emptied search', () => {
    expect(searchUrl('https://x.test/search/?q=old&verdict=Disputed', '', {})).toBe('https://x.test/search/');
  });

  it('round-trips values with URL syntax in them', () => {
    const selected = { outlet: ['A&B = "C"?#'], speaker: ['Ünïcode / 名前'] };
    const url = searchUrl('https://x.test/search/', 'a+b', selected);
    expect(searchState(new URL(url).search)).toEqual({ term: 'a+b', selected });
  });
});

describe('values the index has', () => {
  const available = { verdict: { Disputed: 8, Confirmed: 22 }, outlet: { 'The Wire': 3 } };

  it('takes the index\'s spelling of a value written in another case', () => {
    expect(knownValues({ verdict: ['disputed', 'CONFIRMED'] }, available)).toEqual({ verdict: ['Disputed', 'Confirmed'] });
    expect(knownValues({ outlet: ['the wire', 'The Wire'] }, available)).toEqual({ outlet: ['The Wire'] });
  });

  it('leaves out values and filters the index does not have', () => {
    expect(knownValues({ verdict: ['Maybe'], speaker: ['Peskov'], outlet: ['The Wire'] }, available)).toEqual({ outlet: ['The Wire'] });
    expect(knownValues({ verdict: ['Maybe'] }, available)).toEqual({});
  });
});

describe('the line naming active filters', () => {
  it('names each filter and its values, in the order ticked', () => {
    expect(describeFilters({ verdict: ['Disputed', 'Confirmed'], outlet: ['The Wire'] })).toBe('Verdict: Disputed or Confirmed; Outlet: The Wire');
    expect(describeFilters({ speaker: ['Dmitry Peskov'], type: ['Article'] })).toBe('Speaker: Dmitry Peskov; Type: Article');
    expect(describeFilters({ custom: ['x'] })).toBe('custom: x');
    expect(describeFilters({})).toBe('');
    expect(describeFilters(null)).toBe('');
  });
});

describe('history entries', () => {
  const at = (search: string): string => `https://x.test/search/${search}`;
  it('one per change of filters, one per pause in typing', () => {
    expect(isNewEntry(at('?q=a'), at('?q=a&verdict=Disputed'), true)).toBe(true);
    expect(isNewEntry(at('?q=a&verdict=Disputed'), at('?q=a'), true)).toBe(true);
    expect(isNewEntry(at('?q=pe'), at('?q=pes'), true)).toBe(false);
    expect(isNewEntry(at('?q=peskov'), at('?q=kremlin'), false)).toBe(true);
    expect(isNewEntry(at('?q=a'), at('?q=a'), false)).toBe(false);
  });
});
