import { describe, expect, it } from 'vitest';
import { compactCopy } from '../../../src/ingest/pipeline/compact-string.ts';
import { PackReader, PackWriter } from '../../../src/ingest/pipeline/packed-file.ts';

describe('compactCopy', () => {
  it('keeps every code unit of a string read back from a packed file', () => {
    // Read back from a UTF-16 block (the file has an unpaired surrogate): what cache readers get.
    const strings = ['04999_74b623e1', '“Quoted,” she said — 40 %', 'lone \uD800 surrogate', '', 'Ærø 北京'];
    const w = new PackWriter();
    for (const s of strings) w.text(s);
    const r = new PackReader(w.toBuffer());
    for (const s of strings) {
      const read = r.text()!;
      expect(compactCopy(read)).toBe(s);
      expect(compactCopy(read).length).toBe(s.length);
    }
  });

  it('gives a key that finds the same map entry as the original', () => {
    const ids = ['00016_b8a22a83', 'b', 'x\uDC00y'];
    const map = new Map(ids.map((id, k) => [compactCopy(id), k]));
    ids.forEach((id, k) => expect(map.get(id)).toBe(k));
  });
});
