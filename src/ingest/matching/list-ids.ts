/**
 * Numbers for lists: equal lists (same items, same order) get the same number, first come
 * first numbered.
 *
 * Why not a Map keyed by the joined strings: building and hashing a key string of a hundred
 * characters per list costs about a microsecond, and the claims stage numbers the term lists of
 * hundreds of thousands of units. Here each distinct string is numbered once (the engine caches
 * a string's hash), and a list is hashed as the numbers of its strings.
 */
export class ListIds {
  readonly #strings = new Map<string, number>();
  /** Hash of a list → the number of the list with that hash, or of each of them on a collision. */
  readonly #buckets = new Map<number, number | number[]>();
  /** Every list numbered so far (by its number), as the numbers of its items. */
  readonly lists: Int32Array[] = [];
  #scratch = new Int32Array(64);

  /** The number of a string (as an item of lists). */
  stringId(s: string): number {
    let id = this.#strings.get(s);
    if (id === undefined) {
      id = this.#strings.size;
      this.#strings.set(s, id);
    }
    return id;
  }

  /** The number of a list of strings. */
  id(list: readonly string[]): number {
    if (this.#scratch.length < list.length) this.#scratch = new Int32Array(list.length * 2);
    const items = this.#scratch;
    for (let k = 0; k < list.length; k++) items[k] = this.stringId(list[k]!);
    return this.idOfNumbers(items, list.length);
  }

  /** The number of the list of the first `n` numbers of `items` (the list is copied when new). */
  idOfNumbers(items: ArrayLike<number>, n: number = items.length): number {
    let h = Math.imul(n, 0x9e3779b1) | 0;
    for (let k = 0; k < n; k++) {
      h = Math.imul(h ^ items[k]!, 0x85ebca6b);
      h ^= h >>> 13;
    }
    const bucket = this.#buckets.get(h);
    if (bucket !== undefined) {
      if (typeof bucket === 'number') {
        if (this.#equal(bucket, items, n)) return bucket;
      } else {
        for (const id of bucket) if (this.#equal(id, items, n)) return id;
      }
    }
    const id = this.lists.length;
    const copy = new Int32Array(n);
    for (let k = 0; k < n; k++) copy[k] = items[k]!;
    this.lists.push(copy);
    if (bucket === undefined) this.#buckets.set(h, id);
    else if (typeof bucket === 'number') this.#buckets.set(h, [bucket, id]);
    else bucket.push(id);
    return id;
  }

  #equal(id: number, items: ArrayLike<number>, n: number): boolean {
    const list = this.lists[id]!;
    if (list.length !== n) return false;
    for (let k = 0; k < n; k++) if (list[k] !== items[k]) return false;
    return true;
  }
}
