/**
 * Faceted search on /search/, on top of Pagefind's Component UI.
 *
 * The Component UI hands Pagefind the values a reader ticks as a list, which Pagefind reads as
 * "all of them": ticking Disputed and then Confirmed found nothing (a claim has one verdict), and
 * once one verdict was ticked the others counted 0 and vanished from the pane. Readers expect what
 * facet filters do elsewhere: values of one filter widen the search ("any of them"), filters
 * combine ("and"), and a filter's own values keep the counts they would add. `facetedSearch` wraps
 * Pagefind's search function to do that; `searchState`/`searchUrl` keep the query and the ticked
 * values in the page's address, so a filtered search can be bookmarked, shared and reloaded.
 *
 * Pure functions over plain data: the page's script (PagefindSearch.astro) wires them to the
 * Component UI's instance; unit tests call them with a stand-in search function.
 */

/** The filters the site's pages declare (`data-pagefind-filter`), in the order the URL lists them. */
export const FILTER_NAMES = ['type', 'verdict', 'outlet', 'speaker'] as const;

/** Ticked values by filter name, as the Component UI passes them (a list per filter). */
export type Selected = Record<string, string[]>;

/** What Pagefind's search returns that this module reads or rewrites. */
export interface SearchResponse {
  results: unknown[];
  /** Per filter and value: how many results the search would have with that value ticked too. */
  filters?: Record<string, Record<string, number>>;
  /** Per filter and value: Pagefind's count without any filter (the pane shows it for ticked values). */
  totalFilters?: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

export type SearchOptions = { filters?: unknown; [key: string]: unknown };
export type SearchFunction = (term: string | null, options?: SearchOptions) => Promise<SearchResponse | null>;

/** Ticked values that select something: filters with at least one value, values without repeats. */
export function ticked(filters: unknown): Selected {
  const out: Selected = {};
  if (filters === null || typeof filters !== 'object') return out;
  for (const [name, value] of Object.entries(filters as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    const kept = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

/** Pagefind's filter object for `selected`: any of a filter's values, all filters together. */
export function anyOf(selected: Selected, without?: string): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selected)) if (name !== without) out[name] = { any: values };
  return out;
}

/**
 * `search` with facet semantics: the ticked values of one filter are alternatives, and each
 * filter that has ticked values counts its own values as if none of them were ticked (the counts
 * say what ticking one more would add), so no value disappears because another was ticked. One
 * extra search per filter with ticked values; Pagefind answers those from the index it has loaded.
 */
export function facetedSearch(search: SearchFunction): SearchFunction {
  return async (term, options = {}) => {
    const selected = ticked(options.filters);
    const names = Object.keys(selected);
    const response = await search(term, { ...options, filters: anyOf(selected) });
    if (!response || names.length === 0) return response;
    const filters = { ...(response.filters ?? {}) };
    // The pane shows a ticked value's count from `totalFilters`: the same disjunctive counts.
    const totalFilters = { ...(response.totalFilters ?? {}) };
    const others = await Promise.all(names.map((name) => search(term, { ...options, filters: anyOf(selected, name) })));
    names.forEach((name, k) => {
      const counts = others[k]?.filters?.[name];
      if (counts) filters[name] = totalFilters[name] = counts;
    });
    return { ...response, filters, totalFilters };
  };
}

/** The query and ticked values a search page's address holds (`?q=…&verdict=Disputed&…`). */
export function searchState(search: string): { term: string; selected: Selected } {
  const params = new URLSearchParams(search);
  const selected: Selected = {};
  for (const name of FILTER_NAMES) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ''))];
    if (values.length > 0) selected[name] = values;
  }
  return { term: params.get('q') ?? '', selected };
}

/**
 * `href` with the search's state in its query: `q` for the words, one parameter per ticked value
 * (known filters only, in FILTER_NAMES order); other parameters and the fragment are kept.
 */
export function searchUrl(href: string, term: string, filters: unknown): string {
  const url = new URL(href);
  const selected = ticked(filters);
  url.searchParams.delete('q');
  for (const name of FILTER_NAMES) url.searchParams.delete(name);
  if (term !== '') url.searchParams.set('q', term);
  for (const name of FILTER_NAMES) for (const value of selected[name] ?? []) url.searchParams.append(name, value);
  return url.href;
}

/** Filter values the index has, by filter name, with their counts (Pagefind's `filters()`). */
export type AvailableFilters = Record<string, Record<string, number>>;

/**
 * `selected` as the index spells it: a value written in another case (`verdict=disputed`, typed
 * or from an old link) is the index's value; a filter or value the index does not have is left
 * out, so that nothing invisible narrows the search (the pane shows no box for it to untick).
 */
export function knownValues(selected: Selected, available: AvailableFilters): Selected {
  const out: Selected = {};
  for (const [name, values] of Object.entries(selected)) {
    const known = available[name];
    if (!known) continue;
    const byLower = new Map(Object.keys(known).map((v) => [v.toLowerCase(), v]));
    const kept = [...new Set(values.map((v) => (v in known ? v : byLower.get(v.toLowerCase()))).filter((v): v is string => v !== undefined))];
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

/** Labels of the filters, for the line that says what narrows the results. */
const FILTER_LABELS: Record<string, string> = { type: 'Type', verdict: 'Verdict', outlet: 'Outlet', speaker: 'Speaker' };

/** "Verdict: Disputed or Confirmed; Outlet: The Wire": what the ticked values narrow the results to ('' for none). */
export function describeFilters(filters: unknown): string {
  const selected = ticked(filters);
  return Object.entries(selected)
    .map(([name, values]) => `${FILTER_LABELS[name] ?? name}: ${values.join(' or ')}`)
    .join('; ');
}

/**
 * Whether moving from the address `from` to `to` deserves its own history entry (Back returns to
 * the search before it): yes when the filters change; for the words, only once the reader has
 * paused (`typing` false), so Back does not step through every letter typed.
 */
export function isNewEntry(from: string, to: string, typing: boolean): boolean {
  if (from === to) return false;
  const a = searchState(new URL(from).search);
  const b = searchState(new URL(to).search);
  if (JSON.stringify(a.selected) !== JSON.stringify(b.selected)) return true;
  return !typing;
}
