/**
 * Which articles tell the same story, so that one story's evidence never disputes another's.
 *
 * A newsroom's archive holds many stories, and news prose repeats itself across them: "No new
 * date has been set", "The currency has lost about 9 percent", "Inflation in <country> climbed
 * to <n> percent". Matched on their words alone such lines meet across stories, and one story's
 * figures then "conflict" with another's, or a denial in one story reaches a claim of another.
 * What tells two stories apart is who and where they are about: the people, places and other
 * names their claims carry.
 *
 * Two articles are related when the names they share weigh at least RELATED_SHARE of the names
 * of the one with fewer (an overlap coefficient over IDF weights: a short brief fully inside a
 * long feature is related to it; sharing only names every story has is not enough). It is a
 * relation between pairs, not a partition: a chain of coincidental links cannot merge stories.
 * Articles naming fewer than MIN_PLACED_NAMES people and places cannot be placed and are
 * related to every article: keeping stories apart needs evidence that they are apart. Below
 * SMALL_CORPUS articles, where counting articles says little about how rare a name is, two
 * shared names relate two articles as well, and so does one name of a person or body that few of
 * them carry.
 *
 * An article's names are those its claims carry and those of who speaks in it (build-claims.ts,
 * storyRelations): a company's statement in the first person names only what it answers.
 *
 * Measured on the bench's 10,000-article synthetic corpus against the stories the generator
 * drew (bench/generate.ts; see README, Performance): of its 52,817 same-story article pairs 3
 * are not related, and 7,834 of the ~49.9 million other pairs are (0.02%; mostly articles that
 * name only the two countries of a story, which other stories also pair). The speakers' names
 * took these from 45 and 29,323; keying a company by its name ("Verano Motors" → verano,
 * matching/features.ts) had taken them from 77 and 57,729 to 53 and 34,083.
 */

/** Share of the lighter article's name weight the shared names must reach. */
export const RELATED_SHARE = 0.35;

/**
 * An article naming fewer people and places than this cannot be placed in a story: a wire brief
 * naming only the mayor may well be about the storm another article tells with the fire chief.
 * It stays related to every article, so nothing it says is kept from meeting anything.
 */
export const MIN_PLACED_NAMES = 3;

/** Below this many articles, SMALL_CORPUS_SHARED names in common also relate two articles. */
export const SMALL_CORPUS = 50;
const SMALL_CORPUS_SHARED = 2;

/** Names in fewer articles than this (or this share of them) are indexed to find related pairs. */
const MIN_INDEXED_DF = 500;
const INDEXED_SHARE = 0.05;

/** The names a claim's features carry: people and other proper names (`e:`), places (`p:`). */
export function storyKeys(terms: readonly string[]): string[] {
  return terms.filter((t) => t.startsWith('e:') || t.startsWith('p:'));
}

export class ArticleRelations {
  /** Number of articles. */
  readonly size: number;
  /** Articles related to article a (itself excluded), ascending: links[start[a] .. start[a + 1]). */
  readonly #start: Int32Array;
  readonly #links: Int32Array;
  /** 1 for an article with too few names to place (fewer than MIN_PLACED_NAMES): related to every article. */
  readonly #open: Uint8Array;
  /** The row marked in #mark (-1: none), and its stamp. */
  #row = -1;
  #stamp = 0;
  readonly #mark: Int32Array;

  /** `keys[a]`: the story keys of article a (any order, repeats allowed). */
  constructor(keys: ReadonlyArray<readonly string[]>, share: number = RELATED_SHARE) {
    const n = keys.length;
    this.size = n;
    // Key ids and document frequencies.
    const idOf = new Map<string, number>();
    const df: number[] = [];
    const lists = keys.map((list) => {
      const ids = new Set<number>();
      for (const k of list) {
        let id = idOf.get(k);
        if (id === undefined) {
          id = df.length;
          idOf.set(k, id);
          df.push(0);
        }
        ids.add(id);
      }
      const sorted = Int32Array.from(ids).sort();
      for (const id of sorted) df[id]!++;
      return sorted;
    });
    const weight = Float64Array.from(df, (d) => Math.log(1 + n / d));
    const total = Float64Array.from(lists, (ids) => {
      let w = 0;
      for (const id of ids) w += weight[id]!;
      return w;
    });
    this.#open = Uint8Array.from(lists, (ids) => (ids.length < MIN_PLACED_NAMES ? 1 : 0));

    // Pairs that share an indexed (not too common) name are scored exactly. A pair sharing only
    // common names can still be related when the lighter article's weight is mostly common
    // names ("hub-heavy"): those few articles are scored against every heavier article.
    const cap = Math.max(MIN_INDEXED_DF, Math.ceil(INDEXED_SHARE * n));
    const postings: number[][] = df.map(() => []);
    lists.forEach((ids, a) => {
      for (const id of ids) if (df[id]! <= cap) postings[id]!.push(a);
    });
    const hubWeight = Float64Array.from(lists, (ids) => {
      let w = 0;
      for (const id of ids) if (df[id]! > cap) w += weight[id]!;
      return w;
    });
    const overlap = (a: number, b: number): number => {
      const x = lists[a]!;
      const y = lists[b]!;
      let i = 0;
      let j = 0;
      let shared = 0;
      while (i < x.length && j < y.length) {
        const u = x[i]!;
        const v = y[j]!;
        if (u === v) {
          shared += weight[u]!;
          i++;
          j++;
        } else if (u < v) i++;
        else j++;
      }
      return shared / Math.min(total[a]!, total[b]!);
    };
    const pairs: Array<Set<number>> = Array.from({ length: n }, () => new Set());
    const seen = new Int32Array(n).fill(-1);
    for (let a = 0; a < n; a++) {
      for (const id of lists[a]!) {
        for (const b of postings[id]!) {
          if (b <= a || seen[b] === a) continue;
          seen[b] = a;
          if (overlap(a, b) >= share) {
            pairs[a]!.add(b);
            pairs[b]!.add(a);
          }
        }
      }
    }
    for (let a = 0; a < n; a++) {
      if (this.#open[a] === 1 || hubWeight[a]! < share * total[a]!) continue;
      for (let b = 0; b < n; b++) {
        if (b === a || this.#open[b] === 1 || total[b]! < total[a]! || (total[b] === total[a] && b < a)) continue;
        if (overlap(a, b) >= share) {
          pairs[a]!.add(b);
          pairs[b]!.add(a);
        }
      }
    }
    // In a handful of articles, how many articles carry a name says little about how rare it is:
    // a councillor quoted once weighs more than the company all five are about. There, two
    // shared names relate two articles too, and so does one when a third article is related to
    // both: a company's own statement, which names little but the company, and a live blog of
    // the street's evacuation are of the story the report quoting them both tells. (One step,
    // from the links found so far: a chain of such links does not join stories.)
    if (n < SMALL_CORPUS) {
      // (And one name of a person or body that few of them carry: the chief executive quoted by
      // her airport's statement and interviewed on a live page; not a place, which two stories
      // of one country share, nor a name most of the articles carry.)
      const rare = new Uint8Array(df.length);
      for (const [key, id] of idOf) if (key.startsWith('e:') && df[id]! <= Math.max(2, Math.floor(n / 3))) rare[id] = 1;
      const sharing: Array<[number, number]> = [];
      for (let a = 0; a < n; a++) {
        for (let b = a + 1; b < n; b++) {
          let shared = 0;
          let rareShared = false;
          for (const id of lists[a]!) {
            if (!lists[b]!.includes(id)) continue;
            shared++;
            rareShared ||= rare[id] === 1;
          }
          if (shared >= SMALL_CORPUS_SHARED || rareShared) {
            pairs[a]!.add(b);
            pairs[b]!.add(a);
          } else if (shared > 0 && !pairs[a]!.has(b)) sharing.push([a, b]);
        }
      }
      const bridged = sharing.filter(([a, b]) => [...pairs[a]!].some((c) => pairs[b]!.has(c)));
      for (const [a, b] of bridged) {
        pairs[a]!.add(b);
        pairs[b]!.add(a);
      }
    }
    this.#start = new Int32Array(n + 1);
    let count = 0;
    pairs.forEach((set, a) => {
      count += set.size;
      this.#start[a + 1] = count;
    });
    this.#links = new Int32Array(count);
    pairs.forEach((set, a) => this.#links.set(Int32Array.from(set).sort(), this.#start[a]!));
    this.#mark = new Int32Array(n);
  }

  /**
   * Do articles a and b tell the same story? Cheapest when many questions in a row share `a`
   * (its related articles are marked once).
   */
  related(a: number, b: number): boolean {
    if (a === b || this.#open[a] === 1 || this.#open[b] === 1) return true;
    if (this.#row !== a) {
      this.#row = a;
      this.#stamp++;
      for (let k = this.#start[a]!; k < this.#start[a + 1]!; k++) this.#mark[this.#links[k]!] = this.#stamp;
    }
    return this.#mark[b] === this.#stamp;
  }

  /** Articles related to a (itself excluded), ascending. */
  relatedTo(a: number): number[] {
    const out: number[] = [];
    for (let b = 0; b < this.size; b++) if (b !== a && this.related(a, b)) out.push(b);
    return out;
  }
}
