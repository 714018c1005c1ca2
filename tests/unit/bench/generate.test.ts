import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FACTS, createRng, generateCorpus, mulberry32, vary, writeCorpus } from '../../../bench/generate.ts';

const corpus = generateCorpus(1000);
const share = (test: (text: string) => boolean): number => corpus.filter((f) => test(f.text)).length / corpus.length;
const lines = (text: string): string[] => text.split('\n');

describe('randomness', () => {
  it('mulberry32 gives the reference sequence', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('expands alternations, nested and optional parts', () => {
    const r = createRng(7);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(vary(r, 'X {said|{told|reminded} reporters}{ on Monday|}.'));
    expect(seen).toEqual(
      new Set(['X said on Monday.', 'X said.', 'X told reporters on Monday.', 'X told reporters.', 'X reminded reporters on Monday.', 'X reminded reporters.']),
    );
    expect(() => vary(r, 'a {b|c')).toThrow(/unbalanced/u);
  });
});

describe('determinism', () => {
  it('gives the same corpus for the same N', () => {
    expect(generateCorpus(1000)).toEqual(corpus);
  });

  it('gives another corpus for another seed', () => {
    const other = generateCorpus(50, { seed: 42 });
    expect(other.map((f) => f.text)).not.toEqual(corpus.slice(0, 50).map((f) => f.text));
  });

  it('keeps whole stories stable across corpus sizes', () => {
    const small = generateCorpus(100);
    const lastStory = small.at(-1)?.story ?? 0;
    const complete = small.filter((f) => f.story < lastStory);
    expect(complete.length).toBeGreaterThan(50);
    for (const f of complete) {
      const same = corpus.find((g) => g.story === f.story && g.facts.join() === f.facts.join() && g.text === f.text);
      expect(same).toBeDefined();
    }
  });

  describe('writeCorpus', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'cc-gen-')), mkdtempSync(join(tmpdir(), 'cc-gen-'))];
    afterAll(() => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });
    const digest = (dir: string): string => {
      const h = createHash('sha256');
      for (const name of readdirSync(dir).sort()) h.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
      return h.digest('hex');
    };

    it('writes byte-identical files on every run', () => {
      const [a = '', b = ''] = dirs;
      writeCorpus(a, 120);
      writeCorpus(b, 120);
      writeCorpus(b, 120); // rewriting an existing folder gives the same files, none left over
      expect(readdirSync(a)).toHaveLength(120);
      expect(digest(a)).toBe(digest(b));
    });
  });
});

describe('shape', () => {
  it('has exactly N files with unique, sortable names', () => {
    expect(corpus).toHaveLength(1000);
    const names = corpus.map((f) => f.name);
    expect(new Set(names).size).toBe(1000);
    expect([...names].sort()).toEqual(names);
    for (const n of names) expect(n).toMatch(/^\d{5}_[0-9a-f]{8}\.txt$/u);
    expect(generateCorpus(0)).toEqual([]);
    expect(generateCorpus(7)).toHaveLength(7);
  });

  it('spreads articles over about N/10 stories of 6–12 facts', () => {
    const stories = new Map<number, Set<string>>();
    for (const f of corpus) {
      const facts = stories.get(f.story) ?? new Set<string>();
      for (const id of f.facts) facts.add(id);
      stories.set(f.story, facts);
    }
    expect(stories.size).toBeGreaterThanOrEqual(70);
    expect(stories.size).toBeLessThanOrEqual(140);
    const ids = new Set(FACTS.map((f) => f.id));
    for (const facts of stories.values()) {
      expect(facts.size).toBeLessThanOrEqual(12);
      for (const id of facts) expect(ids.has(id)).toBe(true);
    }
    for (const f of corpus) expect(f.facts.length).toBeGreaterThanOrEqual(3);
  });

  it('writes clean plain text, one paragraph per line', () => {
    for (const { text } of corpus) {
      expect(text.endsWith('\n')).toBe(true);
      expect(text.endsWith('\n\n')).toBe(false);
      expect(text).not.toMatch(/[{}|\r]|undefined|NaN|\[object/u);
      expect(text).not.toMatch(/\n\n\n/u);
      expect(text).not.toMatch(/ {2}| [,.]/u);
      const body = lines(text).filter((l) => l.length > 80);
      expect(body.length).toBeGreaterThanOrEqual(3);
      for (const l of body) expect(l).toMatch(/^[“A-Z]/u);
      expect(text.length).toBeGreaterThan(500);
      expect(text.length).toBeLessThan(8000);
    }
  });

  it('varies the metadata lines and furniture', () => {
    const dateLine = /^(?:(?:Published|Updated): )?(?:\d{1,2} )?(?:[A-Z][a-z]+\.? )(?:\d{1,2}, )?\d{4}(?:, \d\d:\d\d GMT)?$/mu;
    expect(share((t) => dateLine.test(t))).toBeGreaterThan(0.45);
    expect(share((t) => dateLine.test(t))).toBeLessThan(0.75);
    expect(share((t) => /^Source: \S/mu.test(t))).toBeGreaterThan(0.2);
    expect(share((t) => /^Source: \S/mu.test(t))).toBeLessThan(0.5);
    expect(share((t) => /^By [A-Z][a-z]+ [A-Z][a-z]+$/mu.test(t))).toBeGreaterThan(0.3);
    expect(share((t) => /^Leave a Reply$/mu.test(t))).toBeGreaterThan(0.05);
    // A headline: a short first line without final punctuation.
    const titled = share((t) => lines(t).some((l, i) => i < 2 && l.split(' ').length <= 15 && !/[.!?:,;]$/u.test(l) && !dateLine.test(l)));
    expect(titled).toBeGreaterThan(0.6);
  });

  it('tells facts in varied wording, with named and anonymous attributions and denials', () => {
    const patterns: Record<string, RegExp> = {
      said: / said\b/u,
      toldReporters: / told reporters/u,
      accordingTo: /According to |, according to /u,
      quoteFirst: /“[^”]+,” [A-Z][^.”]* (?:said|told)/u,
      quoteAfter: / said: “/u,
      anonymous: /sources familiar with the matter|a senior official|people briefed|condition of anonymity/iu,
      experts: /\b(?:Experts|Analysts|Observers) say\b/u,
      outletReport: /\b(?:reported|wrote) (?:on \w+ )?that /u,
      denial: /denied the report, calling it “/u,
      noSuch: /There was no such /u,
      dismissed: /dismissed reports that /u,
      furniture: /^(?:Leave a Reply|Share this article|Read more)$/mu,
    };
    for (const [name, pattern] of Object.entries(patterns)) {
      expect([name, share((t) => pattern.test(t)) > 0.02]).toEqual([name, true]);
    }
  });

  it('tells the same fact with the same figures across a story', () => {
    // The aid amount of a story is fixed, however the sentence is worded.
    const byStory = new Map<number, Set<string>>();
    for (const f of corpus) {
      for (const m of f.text.matchAll(/in (?:military |humanitarian )?aid to/gu)) {
        const before = f.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
        const amount = /(\$[\d.]+ billion|\d+ million euros) $/u.exec(before)?.[1];
        if (amount) byStory.set(f.story, (byStory.get(f.story) ?? new Set()).add(amount));
      }
    }
    expect(byStory.size).toBeGreaterThan(10);
    for (const amounts of byStory.values()) expect(amounts.size).toBe(1);
  });
});
