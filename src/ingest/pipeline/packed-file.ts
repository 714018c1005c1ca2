/**
 * A compact binary file of whole numbers and strings, for caches that must load fast.
 *
 * Why not JSON: a cache of 10,000 seeds is some 80 MB of JSON, and JSON.parse builds an array
 * for every little tuple before the cache's own decoding builds the objects it wanted. Here the
 * numbers are one Int32Array (read as is), and the strings are one block of text decoded in one
 * call and cut into pieces: loading is mostly building the wanted objects themselves.
 *
 * A file holds two string tables — words (short strings that repeat: feature terms, names,
 * kinds; the reader can intern them) and texts (quotes, sentences, records) — and a stream of
 * 32-bit integers in which a string is written as its index in its table (-1 for null).
 *
 * Layout (little-endian): "CCP1", flags (1: strings stored as UTF-16, when some string is not
 * well-formed Unicode and UTF-8 would alter it), the number of words, of texts and of integers,
 * the string block's byte length; then each string's length in UTF-16 code units (words, then
 * texts), the integers, and the string block (all words, then all texts, concatenated).
 */

const MAGIC = 0x31504343; // "CCP1"
const HEADER = 24;

export class PackWriter {
  #ints = new Int32Array(1024);
  #n = 0;
  readonly #words = new Map<string, number>();
  readonly #texts = new Map<string, number>();

  int(v: number): void {
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new RangeError(`not a 32-bit integer: ${v}`);
    if (this.#n === this.#ints.length) {
      const grown = new Int32Array(this.#ints.length * 2);
      grown.set(this.#ints);
      this.#ints = grown;
    }
    this.#ints[this.#n++] = v;
  }

  /** Where the next integer goes (for offsets written ahead). */
  get position(): number {
    return this.#n;
  }

  /** Overwrite the integer at `at` (an offset known only later). */
  setInt(at: number, v: number): void {
    this.#ints[at] = v;
  }

  word(s: string | null): void {
    this.int(s === null ? -1 : index(this.#words, s));
  }

  text(s: string | null): void {
    this.int(s === null ? -1 : index(this.#texts, s));
  }

  /** A list of words: its length, then each. */
  words(list: readonly string[]): void {
    this.int(list.length);
    for (const s of list) this.word(s);
  }

  /**
   * Entries a reader can decode one at a time: their number, each key (a text) with where its
   * entry starts, then the entries as `write` writes them. PackReader.keyed() reads the keys.
   */
  keyed<T>(entries: ReadonlyArray<readonly [string, T]>, write: (value: T) => void): void {
    this.int(entries.length);
    const at = this.position;
    for (const [key] of entries) {
      this.text(key);
      this.int(0);
    }
    entries.forEach(([, value], k) => {
      this.setInt(at + 2 * k + 1, this.position);
      write(value);
    });
  }

  toBuffer(): Buffer {
    const words = [...this.#words.keys()];
    const texts = [...this.#texts.keys()];
    const all = words.join('') + texts.join('');
    const utf16 = !all.isWellFormed();
    const block = Buffer.from(all, utf16 ? 'utf16le' : 'utf8');
    const lengths = words.length + texts.length;
    const out = Buffer.alloc(HEADER + 4 * (lengths + this.#n) + block.length);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(utf16 ? 1 : 0, 4);
    out.writeUInt32LE(words.length, 8);
    out.writeUInt32LE(texts.length, 12);
    out.writeUInt32LE(this.#n, 16);
    out.writeUInt32LE(block.length, 20);
    let at = HEADER;
    for (const s of words) at = out.writeUInt32LE(s.length, at);
    for (const s of texts) at = out.writeUInt32LE(s.length, at);
    Buffer.from(this.#ints.buffer, this.#ints.byteOffset, this.#n * 4).copy(out, at);
    block.copy(out, at + this.#n * 4);
    return out;
  }
}

function index(table: Map<string, number>, s: string): number {
  let k = table.get(s);
  if (k === undefined) {
    k = table.size;
    table.set(s, k);
  }
  return k;
}

export class PackReader {
  readonly #ints: Int32Array;
  readonly #words: string[];
  readonly #texts: string[];
  #at = 0;

  /** Throws on anything that is not a whole, well-formed packed file. */
  constructor(bytes: Uint8Array, intern: (s: string) => string = (s) => s) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.length < HEADER || buf.readUInt32LE(0) !== MAGIC) throw new Error('not a packed file');
    const flags = buf.readUInt32LE(4);
    const wordCount = buf.readUInt32LE(8);
    const textCount = buf.readUInt32LE(12);
    const intCount = buf.readUInt32LE(16);
    const blockBytes = buf.readUInt32LE(20);
    const intsAt = HEADER + 4 * (wordCount + textCount);
    const blockAt = intsAt + 4 * intCount;
    if (blockAt + blockBytes !== buf.length) throw new Error('packed file has the wrong length');
    // The integers are copied out (the buffer need not be 4-byte aligned, and need not stay alive).
    this.#ints = new Int32Array(intCount);
    Buffer.from(this.#ints.buffer).set(buf.subarray(intsAt, blockAt));
    const all = buf.toString(flags & 1 ? 'utf16le' : 'utf8', blockAt, blockAt + blockBytes);
    let from = 0;
    const cut = (count: number, lengthsAt: number, map: (s: string) => string): string[] => {
      const out = new Array<string>(count);
      for (let k = 0; k < count; k++) {
        const len = buf.readUInt32LE(lengthsAt + 4 * k);
        out[k] = map(all.slice(from, from + len));
        from += len;
      }
      return out;
    };
    this.#words = cut(wordCount, HEADER, intern);
    this.#texts = cut(textCount, HEADER + 4 * wordCount, (s) => s);
    if (from !== all.length) throw new Error('packed file strings do not add up');
  }

  get position(): number {
    return this.#at;
  }

  seek(at: number): void {
    if (at < 0 || at > this.#ints.length) throw new RangeError('seek outside the packed file');
    this.#at = at;
  }

  int(): number {
    if (this.#at >= this.#ints.length) throw new RangeError('read past the end of the packed file');
    return this.#ints[this.#at++]!;
  }

  word(): string | null {
    return pick(this.#words, this.int());
  }

  text(): string | null {
    return pick(this.#texts, this.int());
  }

  /** The keys PackWriter.keyed() wrote, each with where its entry starts (for seek). */
  keyed(): Map<string, number> {
    const out = new Map<string, number>();
    for (let n = this.int(); n > 0; n--) {
      const key = this.text();
      if (key === null) throw new RangeError('null key in the packed file');
      out.set(key, this.int());
    }
    return out;
  }

  words(): string[] {
    const n = this.int();
    if (n < 0) throw new RangeError('negative list length in the packed file');
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const s = this.word();
      if (s === null) throw new RangeError('null in a list of words');
      out[k] = s;
    }
    return out;
  }
}

function pick(table: readonly string[], k: number): string | null {
  if (k === -1) return null;
  const s = table[k];
  if (s === undefined) throw new RangeError('string index outside the packed file');
  return s;
}
