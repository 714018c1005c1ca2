/**
 * Packed files (src/ingest/pipeline/packed-file.ts): what is written is read back exactly —
 * integers, nulls, repeated and long strings, strings that are not well-formed Unicode — and a
 * damaged file is refused rather than misread.
 */
import { describe, expect, it } from 'vitest';
import { PackReader, PackWriter } from '../../../src/ingest/pipeline/packed-file.ts';

function sample(): PackWriter {
  const w = new PackWriter();
  w.int(-5);
  w.word('w:say');
  w.word(null);
  w.word('w:say');
  w.text('“A quote,” she said.');
  w.text(null);
  w.words(['c:call', 'e:smith', 'c:call']);
  w.int(2 ** 31 - 1);
  return w;
}

describe('packed files', () => {
  it('read back what was written, in order', () => {
    const r = new PackReader(sample().toBuffer());
    expect(r.int()).toBe(-5);
    expect(r.word()).toBe('w:say');
    expect(r.word()).toBeNull();
    expect(r.word()).toBe('w:say');
    expect(r.text()).toBe('“A quote,” she said.');
    expect(r.text()).toBeNull();
    expect(r.words()).toEqual(['c:call', 'e:smith', 'c:call']);
    expect(r.int()).toBe(2 ** 31 - 1);
    expect(() => r.int()).toThrow();
  });

  it('seek to an offset noted while writing, filled in later', () => {
    const w = new PackWriter();
    const at = w.position;
    w.int(0);
    w.text('first');
    const second = w.position;
    w.text('second');
    w.setInt(at, second);
    const r = new PackReader(w.toBuffer());
    r.seek(r.int());
    expect(r.text()).toBe('second');
  });

  it('find keyed entries by key, each decoded on its own', () => {
    const w = new PackWriter();
    w.text('v1');
    w.keyed(
      [
        ['b', ['x', 'y']],
        ['a', ['z']],
      ] as const,
      (list) => w.words(list),
    );
    w.int(99);
    const r = new PackReader(w.toBuffer());
    expect(r.text()).toBe('v1');
    const keys = r.keyed();
    expect([...keys.keys()]).toEqual(['b', 'a']);
    r.seek(keys.get('b')!);
    expect(r.words()).toEqual(['x', 'y']);
    r.seek(keys.get('a')!);
    expect(r.words()).toEqual(['z']);
    // The last entry ends where the rest of the file begins.
    expect(r.int()).toBe(99);
  });

  it('keep strings that UTF-8 would alter (lone surrogates) exactly', () => {
    const w = new PackWriter();
    const odd = ['a\ud800b', '\udfff', 'plain é ’'];
    for (const s of odd) w.text(s);
    w.word('\ud83d');
    const r = new PackReader(w.toBuffer());
    expect(odd.map(() => r.text())).toEqual(odd);
    expect(r.word()).toBe('\ud83d');
  });

  it('hand words to the interning function and texts not', () => {
    const seen: string[] = [];
    const r = new PackReader(sample().toBuffer(), (s) => {
      seen.push(s);
      return s;
    });
    expect(seen.sort()).toEqual(['c:call', 'e:smith', 'w:say']);
    r.seek(0);
  });

  it('refuse a truncated or foreign file', () => {
    const bytes = sample().toBuffer();
    expect(() => new PackReader(bytes.subarray(0, bytes.length - 1))).toThrow();
    expect(() => new PackReader(Buffer.from('{"version": 1}'))).toThrow();
    expect(() => new PackReader(Buffer.alloc(0))).toThrow();
  });

  it('refuse integers that do not fit in 32 bits', () => {
    const w = new PackWriter();
    expect(() => w.int(2 ** 31)).toThrow(RangeError);
    expect(() => w.int(1.5)).toThrow(RangeError);
  });
});
