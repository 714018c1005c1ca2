/**
 * Benchmark results → targets (PASS/FAIL) and the Markdown of BENCHMARKS.md.
 * Pure functions: bench/run.ts measures, this module judges and formats.
 */

import type { StoryMixing } from './story-mixing.ts';

/** One corpus size, as measured. Times in seconds, memory in MB (10^6 bytes). */
export interface SizeResult {
  n: number;
  /** Seed articles generated. */
  seeds: number;
  stories: number;
  /** Article records written (content/articles/*.json). */
  articles: number;
  /** Claim pages written (content/claims/**\/*.mdx). */
  claims: number;
  ingestS: number;
  ingestRssMB: number | null;
  astroS: number | null;
  astroRssMB: number | null;
  pagefindS: number | null;
  /** How the Pagefind time was obtained. */
  pagefindHow: 'separate run' | 'integration log' | null;
  /** HTML pages in dist/ (the Pagefind bundle left out). */
  pages: number | null;
  distMB: number | null;
  baselinePages: number | null;
  baselineAstroS: number | null;
  baselineAstroRssMB: number | null;
  baselinePagefindS: number | null;
  /**
   * Wall time of the real build, `node src/build.ts` as `npm run build` runs it (ingest, with
   * Astro starting beside it; Astro; Pagefind in astro:build:done), from a clean state: no
   * content/, ingest cache, dist/ or Astro cache. The median of `buildRuns` (absent in results
   * written before it was measured: the sum of the separate steps stands in).
   */
  buildS?: number | null;
  /** Every whole-build run, in order. */
  buildRuns?: number[];
  /** Every baseline run's astro + pagefind time, in order (interleaved with buildRuns). */
  baselineRuns?: number[];
  /** Claim pages whose appearances come from different generated stories (bench/story-mixing.ts). */
  mixing?: StoryMixing | null;
  /** Problems that stopped a step; the later steps of that size were skipped. */
  errors: string[];
}

/** One edit of the incremental case: a seed changed, then `npm run ingest` again. */
export interface IncrementalEdit {
  seed: string;
  ingestS: number;
  touched: number;
  changed: number;
  needless: number;
}

export interface IncrementalResult {
  n: number;
  /** The seed that was edited (the first, when several were, one after another). */
  seed: string;
  /** Re-ingest time: the median over `edits` when there are several. */
  ingestS: number;
  /** Files under content/ created, deleted, or whose mtime/inode changed. */
  touched: number;
  /** Of those, files whose bytes changed (or that were created or deleted). */
  changed: number;
  /** Touched files whose bytes are the same as before: needless rewrites. */
  needless: number;
  /** A few touched paths, relative to content/, for the report. */
  sample: string[];
  /**
   * Every edit, in order, when several seeds were edited one after another (a single run on a
   * shared machine varies by a quarter); `touched` and `changed` above are the first's, `needless`
   * counts them all, and `sample` shows any edit's needless rewrites before the first's files.
   */
  edits?: IncrementalEdit[];
  /**
   * After that: re-ingest until a run writes nothing (`settleRuns` runs, the last `settleS`
   * seconds), then once more with nothing changed (`upToDateS`, files it touched: `upToDateTouched`).
   */
  settleRuns?: number;
  settleS?: number;
  upToDateS?: number;
  upToDateTouched?: number;
  error?: string;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  sizes: SizeResult[];
  incremental: IncrementalResult | null;
  /** Command line that produced the results. */
  command: string;
  /** Remarks about this run (added by hand to results.json, then `npm run bench -- --report-only`). */
  notes?: string[];
}

export interface Target {
  name: string;
  pass: boolean | null; // null: not measured
  detail: string;
}

export const TARGETS = {
  articlesPerSecond: 500,
  articlesPerSecondAt: 10_000,
  /** Allowed time growth per doubling of N. */
  perDoubling: 2.3,
  baselineRatio: 1.2,
  peakMemoryMB: 1500,
  incrementalS: 2,
} as const;

const round = (x: number, digits = 2): string => x.toFixed(digits);

/** Sum of the separately measured steps: ingest, then astro, then Pagefind. */
export const stagesS = (r: SizeResult): number | null =>
  r.astroS === null || r.pagefindS === null ? null : r.ingestS + r.astroS + r.pagefindS;

/** The whole build: the measured `npm run build` when there is one, else the sum of the steps. */
export const totalS = (r: SizeResult): number | null => r.buildS ?? stagesS(r);

/** Median of the numbers (mean of the middle two for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const baselineTotalS = (r: SizeResult): number | null =>
  (r.baselineRuns && median(r.baselineRuns)) ??
  (r.baselineAstroS === null || r.baselinePagefindS === null ? null : r.baselineAstroS + r.baselinePagefindS);

export const articlesPerSecond = (r: SizeResult): number | null =>
  r.ingestS > 0 && r.articles > 0 ? r.articles / r.ingestS : null;

/** Allowed time(N2)/time(N1): 2.3 per doubling, scaled linearly as in the issue: 2.3 × N2/(2·N1). */
export const scalingLimit = (n1: number, n2: number): number => (TARGETS.perDoubling * n2) / (2 * n1);

/** Did ingest run to the end at this size? (Later steps may still have failed.) */
const ingestOk = (r: SizeResult): boolean => r.articles > 0;

export function evaluateTargets(results: BenchResults): Target[] {
  const rows = results.sizes.filter(ingestOk).sort((a, b) => a.n - b.n);
  const targets: Target[] = [];

  // 1. Throughput at N=10,000 (else at the largest N measured, marked as such).
  const at = rows.find((r) => r.n === TARGETS.articlesPerSecondAt) ?? rows.at(-1);
  const aps = at ? articlesPerSecond(at) : null;
  targets.push({
    name: `ingest ≥ ${TARGETS.articlesPerSecond} articles/s at N=${TARGETS.articlesPerSecondAt.toLocaleString('en-US')}`,
    pass: aps === null ? null : aps >= TARGETS.articlesPerSecond,
    detail:
      aps === null || !at
        ? 'not measured'
        : `${Math.round(aps)} articles/s at N=${at.n.toLocaleString('en-US')}${at.n === TARGETS.articlesPerSecondAt ? '' : ' (N=10,000 not run)'}`,
  });

  // 2. Near-linear scaling between consecutive sizes, for ingest and for the whole build.
  for (const [label, time] of [
    ['ingest', (r: SizeResult) => r.ingestS],
    ['whole build', totalS],
  ] as const) {
    const steps: string[] = [];
    let pass: boolean | null = null;
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      if (!a || !b) continue;
      const ta = time(a);
      const tb = time(b);
      if (ta === null || tb === null || ta <= 0) continue;
      const ratio = tb / ta;
      const limit = scalingLimit(a.n, b.n);
      pass = (pass ?? true) && ratio <= limit;
      steps.push(`${a.n}→${b.n}: ×${round(ratio)} (limit ×${round(limit)})`);
    }
    targets.push({
      name: `near-linear ${label}: time(N2)/time(N1) ≤ 2.3 × N2/(2·N1)`,
      pass,
      detail: steps.length > 0 ? steps.join('; ') : 'needs two sizes',
    });
  }

  // 3. Whole build vs the bare Astro + MDX + Pagefind baseline, at every size.
  {
    const parts: string[] = [];
    let pass: boolean | null = null;
    for (const r of rows) {
      const t = totalS(r);
      const b = baselineTotalS(r);
      if (t === null || b === null || b <= 0) continue;
      pass = (pass ?? true) && t / b <= TARGETS.baselineRatio;
      parts.push(`N=${r.n}: ${round(t)} s vs ${round(b)} s = ×${round(t / b)}`);
    }
    targets.push({
      name: `whole build ≤ ${TARGETS.baselineRatio}× baseline`,
      pass,
      detail: parts.length > 0 ? parts.join('; ') : 'not measured',
    });
  }

  // 4. Peak memory of ingest (the issue's target) at every size; Astro's own peak is shown for
  // information — it is the framework's, and the baseline's build needs as much.
  {
    const sized = [...results.sizes].sort((a, b) => a.n - b.n);
    const worst = (what: string, mbOf: (r: SizeResult) => number | null): { text: string; mb: number } | null => {
      let best: { text: string; mb: number } | null = null;
      for (const r of sized) {
        const v = mbOf(r);
        if (v !== null && (best === null || v > best.mb)) best = { text: `${what} ${Math.round(v)} MB at N=${r.n}`, mb: v };
      }
      return best;
    };
    const ingest = worst('ingest', (r) => r.ingestRssMB);
    const astro = worst('astro build', (r) => r.astroRssMB);
    const baseline = worst('baseline astro build', (r) => r.baselineAstroRssMB);
    const info = [astro, baseline].filter((p): p is { text: string; mb: number } => p !== null).map((p) => p.text);
    targets.push({
      name: `peak ingest memory ≤ ${(TARGETS.peakMemoryMB / 1000).toFixed(1)} GB`,
      pass: ingest === null ? null : ingest.mb <= TARGETS.peakMemoryMB,
      detail: ingest === null ? 'not measured' : [`highest: ${ingest.text}`, ...(info.length > 0 ? [`for information: ${info.join('; ')}`] : [])].join('; '),
    });
  }

  // 5. Incremental re-ingest after one seed changed.
  {
    const inc = results.incremental;
    if (!inc || inc.error) {
      targets.push({
        name: `incremental re-ingest ≤ ${TARGETS.incrementalS} s, only changed files rewritten`,
        pass: null,
        detail: inc?.error ?? 'not measured',
      });
    } else {
      const edits = inc.edits && inc.edits.length > 1 ? ` (median of ${inc.edits.length} edits: ${inc.edits.map((e) => round(e.ingestS)).join(', ')} s)` : '';
      targets.push({
        name: `incremental re-ingest ≤ ${TARGETS.incrementalS} s, only changed files rewritten`,
        pass: inc.ingestS <= TARGETS.incrementalS && inc.needless === 0,
        detail: `${round(inc.ingestS)} s at N=${inc.n}${edits}; ${inc.touched} file(s) touched, ${inc.changed} changed, ${inc.needless} rewritten unchanged`,
      });
    }
  }
  return targets;
}

/** The incremental case's first line: the edit(s), the time, and its share of a full ingest of the same corpus. */
function incrementalLine(inc: IncrementalResult, coldS: number | null): string {
  const share = coldS !== null && coldS > 0 ? ` (×${round(inc.ingestS / coldS)} of the full ingest of the same corpus in this run, ${round(coldS)} s)` : '';
  const n = inc.n.toLocaleString('en-US');
  if (!inc.edits || inc.edits.length <= 1) return `One seed (\`${inc.seed}\`) edited at N=${n}, then \`npm run ingest\` again: ${round(inc.ingestS)} s${share}.`;
  const each = inc.edits.map((e) => `\`${e.seed}\` ${round(e.ingestS)} s (${e.changed} file(s) changed)`).join(', ');
  return `${inc.edits.length} seeds edited one after another at N=${n}, each followed by \`npm run ingest\`: ${each}; median ${round(inc.ingestS)} s${share}. The figures below are the first edit's.`;
}

export function verdict(t: Target): 'PASS' | 'FAIL' | 'N/A' {
  return t.pass === null ? 'N/A' : t.pass ? 'PASS' : 'FAIL';
}

const fmt = (x: number | null, digits = 2): string => (x === null ? '—' : round(x, digits));
const int = (x: number | null): string => (x === null ? '—' : Math.round(x).toLocaleString('en-US'));

/** " (median of 3)" after a figure that is the median of several runs. */
const runsNote = (runs: readonly number[] | undefined): string => (runs && runs.length > 1 ? ` (median of ${runs.length})` : '');

/** The results table (one row per N). */
export function renderTable(results: BenchResults): string {
  const header = [
    'N',
    'articles',
    'claims',
    'pages',
    'ingest s',
    'articles/s',
    'ingest peak RSS MB',
    'astro s',
    'astro peak RSS MB',
    'pagefind s',
    'steps sum s',
    'whole build s',
    'dist MB',
    'baseline total s',
    'total / baseline',
    'ingest × prev N',
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((h) => (h === 'N' ? '---' : '---:')).join(' | ')} |`];
  const rows = [...results.sizes].sort((a, b) => a.n - b.n);
  let prev: SizeResult | null = null;
  for (const r of rows) {
    if (!ingestOk(r)) {
      lines.push(`| ${r.n.toLocaleString('en-US')} | ingest failed (see below) |`);
      continue;
    }
    const t = totalS(r);
    const b = baselineTotalS(r);
    const growth =
      prev && ingestOk(prev) && prev.ingestS > 0
        ? `×${round(r.ingestS / prev.ingestS)} (limit ×${round(scalingLimit(prev.n, r.n))})`
        : '—';
    // A build that failed still shows how long it ran and how much memory it held, marked ✗.
    const astroFailed = r.errors.length > 0 && r.astroS !== null && r.pagefindS === null;
    lines.push(
      `| ${[
        r.n.toLocaleString('en-US'),
        int(r.articles),
        int(r.claims),
        int(r.pages),
        fmt(r.ingestS),
        int(articlesPerSecond(r)),
        int(r.ingestRssMB),
        astroFailed ? `✗ ${fmt(r.astroS)}` : fmt(r.astroS),
        astroFailed ? `✗ ${int(r.astroRssMB)}` : int(r.astroRssMB),
        fmt(r.pagefindS),
        fmt(stagesS(r)),
        fmt(t) + runsNote(r.buildRuns),
        fmt(r.distMB, 1),
        fmt(b) + runsNote(r.baselineRuns),
        t === null || b === null || b <= 0 ? '—' : `×${round(t / b)}`,
        growth,
      ].join(' | ')} |`,
    );
    prev = r;
  }
  const failures = rows.filter((r) => r.errors.length > 0);
  if (failures.length > 0) {
    lines.push('');
    for (const r of failures) {
      lines.push(`✗ N=${r.n.toLocaleString('en-US')}: ${r.errors.join('; ').replace(/\s+/gu, ' ').slice(0, 400)}`);
    }
  }
  return lines.join('\n');
}

const percent = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '—');

/**
 * Matching quality at scale, which no timing shows: the generator knows each article's story,
 * so a claim page pooling articles of several stories matched lines that are not one claim.
 */
function mixingSection(sizes: readonly SizeResult[]): string[] {
  const rows = [...sizes].sort((a, b) => a.n - b.n).filter((r) => r.mixing);
  if (rows.length === 0) return [];
  return [
    '## Claims matched across stories',
    '',
    'Claim pages whose appearances come from articles of more than one generated story (the ingest does not know',
    'the stories; bench/story-mixing.ts reads what it wrote). Lines every story repeats ("No new date has been set")',
    'end up on one page across stories; see README, Performance.',
    '',
    '| N | claim pages | pages mixing stories | appearances | appearances on such pages |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const m = r.mixing!;
      return `| ${r.n.toLocaleString('en-US')} | ${int(m.pages)} | ${int(m.mixedPages)} (${percent(m.mixedPages, m.pages)}) | ${int(m.appearances)} | ${int(m.mixedAppearances)} (${percent(m.mixedAppearances, m.appearances)}) |`;
    }),
    '',
  ];
}

export function renderMarkdown(results: BenchResults, targets: Target[] = evaluateTargets(results), partial = false): string {
  const m = results.machine;
  const inc = results.incremental;
  const pagefindHow = [...new Set(results.sizes.map((r) => r.pagefindHow).filter((h) => h !== null))];
  const out = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts); edit the prose in bench/report.ts, not here.',
    '',
    ...(partial ? ['**Partial results: the run was still going when this was written.**', ''] : []),
    `- Date: ${m.date}`,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB.toFixed(0)} GB RAM, ${m.platform}, Node ${m.node}`,
    `- Command: \`${results.command}\``,
    '',
    '## Results',
    '',
    renderTable(results),
    '',
    'Columns: *articles* = article records written, *claims* = claim pages written, *pages* = HTML pages in `dist/`;',
    '*ingest s* = wall time of `node src/ingest/cli.ts` in a child process; *astro s* = `astro build` without Pagefind;',
    `*pagefind s* = Pagefind's Node API over \`dist/\`, createIndex to writeFiles (${pagefindHow.join(', ') || '—'}); *steps sum s* = ingest + astro + pagefind;`,
    '*whole build s* = wall time of the real build, `node src/build.ts` as `npm run build` runs it, from a clean state (no content/,',
    'ingest cache, dist/ or Astro cache): the ingest runs while Astro starts, then Astro builds and Pagefind indexes in `astro:build:done`;',
    '*baseline total s* = a bare Astro + MDX site (bench/baseline/) with as many plain MDX pages, built with `astro build` and indexed by Pagefind;',
    'below 1,000 articles the whole build and the baseline run three times each, alternately, and the medians are shown (a 10 s build is noisy);',
    '*ingest × prev N* = ingest time over the previous size’s, with the near-linear limit 2.3 × N2/(2·N1).',
    'Peak RSS is the child process’s maximum resident set size (GNU `time -v`, else `process.resourceUsage()`).',
    '',
    'Baseline detail:',
    '',
    '| N | baseline pages | astro s | astro peak RSS MB | pagefind s |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[...results.sizes]
      .sort((a, b) => a.n - b.n)
      .filter((r) => r.baselinePages !== null)
      .map((r) => {
        const failed = r.baselineAstroS !== null && r.baselinePagefindS === null ? '✗ ' : '';
        return `| ${r.n.toLocaleString('en-US')} | ${int(r.baselinePages)} | ${failed}${fmt(r.baselineAstroS)} | ${failed}${int(r.baselineAstroRssMB)} | ${fmt(r.baselinePagefindS)} |`;
      }),
    '',
    ...mixingSection(results.sizes),
    '## Incremental re-ingest',
    '',
    inc === null
      ? 'Not measured.'
      : inc.error
        ? `Failed: ${inc.error}`
        : [
            incrementalLine(inc, results.sizes.find((r) => r.n === inc.n)?.ingestS ?? null),
            `${inc.touched} file(s) under content/ touched (mtime or inode changed, created or deleted), ${inc.changed} with changed bytes, ${inc.needless} rewritten with identical bytes.`,
            inc.sample.length > 0 ? `Touched: ${inc.sample.map((s) => `\`${s}\``).join(', ')}${inc.touched > inc.sample.length ? ', …' : ''}.` : '',
            inc.upToDateS !== undefined
              ? `Then ${inc.settleRuns} more run(s) until one wrote nothing (the last ${round(inc.settleS ?? 0)} s: every seed and page checked), and one more with nothing changed since: ${round(inc.upToDateS)} s, ${inc.upToDateTouched} file(s) touched (the run is remembered as up to date and nothing is recomputed).`
              : '',
          ]
            .filter((l) => l !== '')
            .join('\n'),
    '',
    ...(results.notes && results.notes.length > 0 ? ['## Notes on this run', '', ...results.notes.map((n) => `- ${n}`), ''] : []),
    '## Targets',
    '',
    '| target | result | detail |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.name} | ${verdict(t)} | ${t.detail} |`),
    '',
    '## How to run',
    '',
    '```sh',
    'npm run bench                          # N = 100, 1,000 and 10,000',
    'npm run bench -- --sizes 100,1000      # smaller sizes while developing',
    'npx node bench/generate.ts --n 1000 --out /tmp/seeds   # just the synthetic corpus',
    '```',
    '',
    'At the start the harness snapshots the project (package.json, astro.config.mjs, tsconfig.json, src/, public/)',
    'to `bench/.work/snapshot/`, so every N runs the same code even while src/ is being edited. For each N it',
    'copies the snapshot to `bench/.work/<N>/` (node_modules symlinked), writes the synthetic seeds there, runs ingest and',
    '`astro build` with `CROSSCHECK_PAGEFIND=0` (the Pagefind integration is skipped; Pagefind is then run',
    'by bench/pagefind-index.ts through its Node API so its time is separate). If the integration ignores',
    'the variable, its logged “Indexed … in N ms” time is taken out of the Astro time instead. Then it runs the',
    'real build (`node src/build.ts --config astro.bench.mjs`) from a clean state for the whole-build figure, and the',
    'baseline, alternately (three times each below N = 1,000). Astro’s cache',
    'goes to `bench/.work/<N>/.bench-cache/` so every build is cold and no cache is shared with the project.',
    'Any step is killed when its processes together hold more than 20 GB resident (`--max-rss-gb`; the machine',
    'is shared) or run longer than 120 minutes (`--timeout-min`); the table then shows why.',
    'Logs of every step are kept in `bench/.work/<N>/logs/`, the raw figures in `bench/.work/results.json`.',
    '',
    'The corpus (bench/generate.ts) is deterministic: the same N gives byte-identical seeds. Articles are',
    'spread over about N/10 invented stories (cast of presidents, a spokesperson, ministers, outlets; 6–12',
    'facts each) and tell the facts in varied wording with named and anonymous attributions, quotes, denials',
    'and page furniture. Synthetic articles average about 2.1 KB, a little shorter than the hand-copied seeds',
    '(about 2.7 KB).',
    '',
    'The machine is shared: other work running at the same time makes the figures noisy, by up to tens of per cent.',
    '',
  ];
  return out.join('\n');
}
