import { describe, expect, it } from 'vitest';
import { diffSnapshots, type FileStamp } from '../../../bench/measure.ts';
import { evaluateTargets, renderMarkdown, scalingLimit, verdict, type BenchResults, type SizeResult } from '../../../bench/report.ts';

const machine = { cpus: 2, cpuModel: 'Test CPU', memoryGB: 24, node: 'v24.0.0', platform: 'linux', date: '2025-01-01 00:00 UTC' };

function size(n: number, ingestS: number, extra: Partial<SizeResult> = {}): SizeResult {
  return {
    n,
    seeds: n,
    stories: n / 10,
    articles: n,
    claims: n * 3,
    ingestS,
    ingestRssMB: 300,
    astroS: ingestS * 2,
    astroRssMB: 700,
    pagefindS: 1,
    pagefindHow: 'separate run',
    pages: n * 4,
    distMB: n / 10,
    baselinePages: n * 4,
    baselineAstroS: ingestS * 2.5,
    baselineAstroRssMB: 600,
    baselinePagefindS: 1,
    errors: [],
    ...extra,
  };
}

const results = (sizes: SizeResult[], incremental: BenchResults['incremental'] = null): BenchResults => ({
  machine,
  sizes,
  incremental,
  command: 'npm run bench',
});

const byName = (r: BenchResults, part: string) => {
  const t = evaluateTargets(r).find((x) => x.name.includes(part));
  if (!t) throw new Error(`no target ${part}`);
  return t;
};

describe('targets', () => {
  it('scales the 2.3-per-doubling limit as the issue states', () => {
    expect(scalingLimit(100, 200)).toBeCloseTo(2.3);
    expect(scalingLimit(1000, 10_000)).toBeCloseTo(11.5);
  });

  it('judges throughput at N=10,000', () => {
    const fast = results([size(1000, 1), size(10_000, 10)]);
    expect(byName(fast, 'articles/s')).toMatchObject({ pass: true, detail: '1000 articles/s at N=10,000' });
    const slow = results([size(10_000, 40)]);
    expect(byName(slow, 'articles/s').pass).toBe(false);
  });

  it('judges the whole build by the measured npm run build, against the median baseline', () => {
    // Steps sum to 1 + 2 + 1 = 4 s; the real build overlapped them: 3.3 s (median of 3.2, 3.3, 3.9).
    const r = results([size(100, 1, { buildS: 3.3, buildRuns: [3.9, 3.2, 3.3], baselineRuns: [2.9, 3.0, 2.4], baselineAstroS: 2.5 })]);
    expect(byName(r, 'baseline')).toMatchObject({ pass: true, detail: 'N=100: 3.30 s vs 2.90 s = ×1.14' });
    const md = renderMarkdown(r);
    expect(md).toContain('| 1.00 | 4.00 | 3.30 (median of 3) | 10.0 | 2.90 (median of 3) | ×1.14 | — |');
    const slow = results([size(100, 1, { buildS: 3.6, buildRuns: [3.6], baselineRuns: [2.9] })]);
    expect(byName(slow, 'baseline').pass).toBe(false);
  });

  it('says so when N=10,000 was not run', () => {
    expect(byName(results([size(1000, 1)]), 'articles/s').detail).toContain('N=10,000 not run');
  });

  it('flags super-linear growth', () => {
    expect(byName(results([size(100, 1), size(1000, 11)]), 'near-linear ingest').pass).toBe(true);
    expect(byName(results([size(100, 1), size(1000, 12)]), 'near-linear ingest').pass).toBe(false);
    expect(byName(results([size(100, 1)]), 'near-linear ingest').pass).toBeNull();
  });

  it('compares the whole build with the baseline', () => {
    // total = 1 + 2 + 1 = 4 s; baseline = 2.5 + 1 = 3.5 s → ×1.14
    expect(byName(results([size(1000, 1)]), 'baseline')).toMatchObject({ pass: true, detail: 'N=1000: 4.00 s vs 3.50 s = ×1.14' });
    // baseline = 1 + 1 = 2 s → ×2
    expect(byName(results([size(1000, 1, { baselineAstroS: 1 })]), 'baseline').pass).toBe(false);
  });

  it('checks the peak memory of ingest, and shows the Astro builds\' for information', () => {
    expect(byName(results([size(1000, 1)]), 'peak ingest memory')).toMatchObject({ pass: true, detail: expect.stringMatching(/^highest: ingest 300 MB at N=1000; for information: astro build 700 MB at N=1000/) });
    expect(byName(results([size(1000, 1, { ingestRssMB: 1600 })]), 'peak ingest memory').pass).toBe(false);
    expect(byName(results([size(1000, 1, { astroRssMB: 9000 })]), 'peak ingest memory').pass).toBe(true);
  });

  it('needs a fast incremental run that rewrites nothing needlessly', () => {
    const inc = { n: 1000, seed: 's.txt', ingestS: 1, touched: 3, changed: 3, needless: 0, sample: [] };
    expect(byName(results([size(1000, 1)], inc), 'incremental').pass).toBe(true);
    expect(byName(results([size(1000, 1)], { ...inc, needless: 1 }), 'incremental').pass).toBe(false);
    expect(byName(results([size(1000, 1)], { ...inc, ingestS: 2.5 }), 'incremental').pass).toBe(false);
    expect(verdict(byName(results([size(1000, 1)]), 'incremental'))).toBe('N/A');
  });

  it('takes the median of several edits, and any needless rewrite in any of them fails', () => {
    const edit = (seed: string, ingestS: number, needless = 0) => ({ seed, ingestS, touched: 3, changed: 3 - needless, needless });
    const edits = [edit('a.txt', 2.6), edit('b.txt', 1.8), edit('c.txt', 1.9)];
    const inc = { n: 1000, seed: 'a.txt', ingestS: 1.9, touched: 3, changed: 3, needless: 0, sample: [], edits };
    expect(byName(results([size(1000, 10)], inc), 'incremental')).toMatchObject({ pass: true, detail: expect.stringContaining('1.90 s at N=1000 (median of 3 edits: 2.60, 1.80, 1.90 s)') });
    expect(byName(results([size(1000, 10)], { ...inc, needless: 1, edits: [edits[0]!, edits[1]!, edit('c.txt', 1.9, 1)] }), 'incremental').pass).toBe(false);
    const md = renderMarkdown(results([size(1000, 10)], inc));
    expect(md).toContain('3 seeds edited one after another at N=1,000, each followed by `npm run ingest`: `a.txt` 2.60 s (3 file(s) changed), `b.txt` 1.80 s');
    expect(md).toContain('median 1.90 s (×0.19 of the full ingest of the same corpus in this run, 10.00 s)');
  });

  it('reports the up-to-date re-run after the incremental one, when measured', () => {
    const inc = { n: 1000, seed: 's.txt', ingestS: 6.4, touched: 3, changed: 3, needless: 0, sample: [] };
    expect(renderMarkdown(results([size(1000, 1)], inc))).not.toMatch(/nothing changed since/);
    const md = renderMarkdown(results([size(1000, 1)], { ...inc, settleRuns: 2, settleS: 5.2, upToDateS: 0.66, upToDateTouched: 0 }));
    expect(md).toMatch(/Then 2 more run\(s\) until one wrote nothing \(the last 5\.20 s[^)]*\), and one more with nothing changed since: 0\.66 s, 0 file\(s\) touched/);
  });

  it('leaves out a size whose ingest failed, and says why', () => {
    const r = results([size(100, 1), size(1000, 0, { articles: 0, astroS: null, pagefindS: null, errors: ['ingest exited 1: Error: boom'] })]);
    expect(byName(r, 'near-linear ingest').pass).toBeNull();
    const md = renderMarkdown(r);
    expect(md).toContain('| 1,000 | ingest failed (see below) |');
    expect(md).toContain('✗ N=1,000: ingest exited 1: Error: boom');
    expect(md).toContain('| 100 | 100 | 300 | 400 | 1.00 | 100 | 300 | 2.00 | 700 | 1.00 | 4.00 | 4.00 | 10.0 | 3.50 | ×1.14 | — |');
  });

  it('keeps what a size measured before a later step failed', () => {
    const killed = size(10_000, 40, {
      astroS: 226,
      astroRssMB: 12_059,
      pagefindS: null,
      pages: null,
      distMB: null,
      baselineAstroS: null,
      baselinePagefindS: null,
      errors: ['crosscheck astro build exited 137: Error: killed at 12059 MB resident'],
    });
    const r = results([size(1000, 1), killed]);
    expect(byName(r, 'articles/s')).toMatchObject({ pass: false, detail: '250 articles/s at N=10,000' });
    expect(byName(r, 'near-linear ingest').pass).toBe(false); // ×40 > ×11.5
    expect(byName(r, 'near-linear whole build').pass).toBeNull();
    expect(byName(r, 'peak ingest memory')).toMatchObject({ pass: true, detail: expect.stringContaining('astro build 12059 MB at N=10000') });
    const md = renderMarkdown(r);
    expect(md).toContain('| 10,000 | 10,000 | 30,000 | — | 40.00 | 250 | 300 | ✗ 226.00 | ✗ 12,059 | — | — | — | — | — | — | ×40.00 (limit ×11.50) |');
    expect(md).toContain('✗ N=10,000: crosscheck astro build exited 137');
  });

  it('shows the claim pages that mix stories', () => {
    const mixing = { pages: 2000, mixedPages: 400, appearances: 25000, mixedAppearances: 18000 };
    const md = renderMarkdown(results([size(1000, 5, { mixing })]));
    expect(md).toContain('## Claims matched across stories');
    expect(md).toContain('| 1,000 | 2,000 | 400 (20.0%) | 25,000 | 18,000 (72.0%) |');
  });
});

describe('diffSnapshots', () => {
  const stamp = (mtimeMs: number, hash: string, ino = 1): FileStamp => ({ mtimeMs, ino, hash });
  it('separates real changes from needless rewrites', () => {
    const before = new Map([
      ['same', stamp(1, 'a')],
      ['rewritten', stamp(1, 'b')],
      ['changed', stamp(1, 'c')],
      ['renamed-over', stamp(1, 'd', 5)],
      ['deleted', stamp(1, 'e')],
    ]);
    const after = new Map([
      ['same', stamp(1, 'a')],
      ['rewritten', stamp(2, 'b')],
      ['changed', stamp(2, 'c2')],
      ['renamed-over', stamp(1, 'd', 6)],
      ['created', stamp(2, 'f')],
    ]);
    expect(diffSnapshots(before, after)).toEqual({
      touched: ['changed', 'created', 'deleted', 'renamed-over', 'rewritten'],
      changed: ['changed', 'created', 'deleted'],
      needless: ['renamed-over', 'rewritten'],
    });
  });
});
