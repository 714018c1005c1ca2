import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readClaimSources, storyMixing } from '../../../bench/story-mixing.ts';

const dir = mkdtempSync(join(tmpdir(), 'story-mixing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (sources: string[]): string =>
  ['---', 'title: A claim', 'verdict: confirmed', 'appearances:', ...sources.flatMap((s) => [`  - source: ${s}`, '    quote: Something happened.']), '---', '', 'Body.', ''].join('\n');

describe('story mixing', () => {
  it('reads every claim page’s appearance sources, in nested folders too', () => {
    mkdirSync(join(dir, 'claims', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'claims', 'one.mdx'), page(['00001_a', '00002_b']));
    writeFileSync(join(dir, 'claims', 'sub', 'two.mdx'), page(['"00003_c"']));
    writeFileSync(join(dir, 'claims', 'notes.txt'), 'not a page');
    const sources = readClaimSources(join(dir, 'claims')).sort((a, b) => b.length - a.length);
    expect(sources).toEqual([['00001_a', '00002_b'], ['00003_c']]);
  });

  it('counts a page as mixed when its articles come from different stories', () => {
    const storyOf = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 1],
    ]);
    expect(storyMixing([['a', 'b'], ['a', 'c', 'c'], ['c']], storyOf)).toEqual({ pages: 3, mixedPages: 1, appearances: 6, mixedAppearances: 3 });
    // An article the generator did not write is a story of its own.
    expect(storyMixing([['a', 'zz']], storyOf).mixedPages).toBe(1);
  });
});
