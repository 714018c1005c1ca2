/**
 * `npm run bench [-- --sizes 100,1000,10000]`: the end-to-end benchmark (issue 7).
 *
 * For each N: generate a synthetic corpus (bench/generate.ts) into a throwaway copy of the
 * project under bench/.work/<N>/, run ingest in a child process (wall time, peak RSS), run
 * `astro build` with Pagefind disabled (CROSSCHECK_PAGEFIND=0), then Pagefind over dist/ on its
 * own (the per-step figures); then the real build (`node src/build.ts`, as `npm run build`) from a
 * clean state for the whole-build figure, alternating with a bare Astro + MDX baseline with as many
 * pages (three runs of each below N = 1,000, medians reported). At the largest N, edit three
 * seeds one after another, re-ingesting after each (incremental case, median reported). Writes
 * BENCHMARKS.md and bench/.work/results.json, prints PASS/FAIL per target.
 *
 * Options: COMMAND below (`npm run bench -- --help`). --max-rss-gb defaults to 20: the bare
 * baseline needs 17.4 GB at N = 10,000, and the machine is shared.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsOptionsConfig } from 'node:util';
import { commandLine, positiveNumber, usageError, wholeNumber, type Command } from '../src/cli-args.ts';
import { writeCorpus, type SeedFile } from './generate.ts';
import { readClaimSources, storyMixing } from './story-mixing.ts';
import { seedId } from '../src/ingest/read-seeds.ts';
import { diffSnapshots, dirBytes, hasGnuTime, listFiles, runNode, snapshot, tail, type Measured } from './measure.ts';
import {
  evaluateTargets,
  median,
  renderMarkdown,
  renderTable,
  verdict,
  type BenchResults,
  type IncrementalResult,
  type Machine,
  type SizeResult,
} from './report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const BASELINE_TEMPLATE = join(ROOT, 'bench', 'baseline');
const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND_SCRIPT = join(ROOT, 'bench', 'pagefind-index.ts');
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json'];
const PROJECT_DIRS = ['src', 'public'];

/** Astro config wrapper: the project's own config, with a private cache so builds are cold and isolated. */
const WRAPPER_CONFIG = `// Written by bench/run.ts: the project's config with a private, cold cache.
import config from './astro.config.mjs';
export default {
  ...config,
  cacheDir: './.bench-cache/',
  // node_modules is a symlink to the project's: keep Vite's cache out of it too.
  vite: { ...config.vite, cacheDir: './.bench-cache/vite/' },
};
`;
const WRAPPER_NAME = 'astro.bench.mjs';

const log = (msg: string): void => console.log(msg);
/** Longest any one step may run (--timeout-min). */
let stepTimeoutMs = 120 * 60_000;
/** Most resident memory one step may hold, all its processes together (--max-rss-gb). */
let stepMaxRssMB = 20_000;
const mb = (bytes: number): number => bytes / 1e6;
const fixed = (x: number): string => x.toFixed(2);

function machine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: os.totalmem() / 2 ** 30,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  };
}

function linkNodeModules(dir: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** The project as it was when the run started: every size is measured on the same code. */
const SNAPSHOT = join(WORK, 'snapshot');

/** Copy the project's files (not node_modules) from `from` to a fresh `to`. */
function copyProjectFiles(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const f of PROJECT_FILES) if (existsSync(join(from, f))) cpSync(join(from, f), join(to, f));
  for (const d of PROJECT_DIRS) if (existsSync(join(from, d))) cpSync(join(from, d), join(to, d), { recursive: true });
}

/** Fresh throwaway copy of the project snapshot in `dir`. */
function copyProject(dir: string): void {
  copyProjectFiles(SNAPSHOT, dir);
  linkNodeModules(dir);
  writeFileSync(join(dir, WRAPPER_NAME), WRAPPER_CONFIG);
}

function countClaims(contentDir: string): number {
  return listFiles(join(contentDir, 'claims')).filter((f) => f.endsWith('.mdx')).length;
}

function countArticles(contentDir: string): number {
  return listFiles(join(contentDir, 'articles')).filter((f) => f.endsWith('.json')).length;
}

function htmlPages(dist: string): number {
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${'/'}`)).length;
}

/** "ingest exited 1: Error [ERR_MODULE_NOT_FOUND]: Cannot find module …" — the first error line, else the tail. */
export function failure(step: string, m: Pick<Measured, 'code' | 'stdout' | 'stderr'>): string {
  const text = `${m.stderr}\n${m.stdout}`;
  const first = text.split('\n').find((l) => /^\s*(?:\[?\w*Error\b|error:|\[ERROR\])/u.test(l));
  return `${step} exited ${m.code}: ${first?.trim() ?? tail(text, 4)}`;
}

/** `astro build` in `dir`, Pagefind integration off; then Pagefind over dist/ on its own. */
async function buildSite(
  dir: string,
  logs: string,
  name: string,
): Promise<{ astroS: number; astroRssMB: number | null; pagefindS: number; how: SizeResult['pagefindHow']; error?: string }> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.bench-cache'), { recursive: true, force: true });
  const astro = await runNode([ASTRO_BIN, 'build', '--config', WRAPPER_NAME], {
    cwd: dir,
    env: { CROSSCHECK_PAGEFIND: '0' },
    logFile: join(logs, `${name}-astro.log`),
    timeoutMs: stepTimeoutMs, maxGroupRssMB: stepMaxRssMB,
  });
  if (astro.code !== 0) return { astroS: astro.wallS, astroRssMB: astro.rssMB, pagefindS: 0, how: null, error: failure(`${name} astro build`, astro) };
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'pagefind'))) {
    // The integration ran anyway (CROSSCHECK_PAGEFIND not honoured): take its logged time out.
    const ms = /Indexed \d+ pages?\b.* in (\d+) ms/u.exec(astro.stdout + astro.stderr)?.[1];
    if (ms !== undefined) {
      const pagefindS = Number(ms) / 1000;
      return { astroS: astro.wallS - pagefindS, astroRssMB: astro.rssMB, pagefindS, how: 'integration log' };
    }
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  }
  const pf = await runNode([PAGEFIND_SCRIPT, 'dist'], { cwd: dir, logFile: join(logs, `${name}-pagefind.log`), timeoutMs: stepTimeoutMs, maxGroupRssMB: stepMaxRssMB });
  if (pf.code !== 0) return { astroS: astro.wallS, astroRssMB: astro.rssMB, pagefindS: pf.wallS, how: null, error: failure(`${name} pagefind`, pf) };
  // The Pagefind API time as the script measured it (like the integration's log), not the
  // child's wall time: the extra Node start-up would not be part of a real build.
  const reported = /"ms":(\d+)/u.exec(pf.stdout)?.[1];
  return { astroS: astro.wallS, astroRssMB: astro.rssMB, pagefindS: reported === undefined ? pf.wallS : Number(reported) / 1000, how: 'separate run' };
}

/**
 * The real build as `npm run build` runs it (src/build.ts: ingest while Astro starts, Astro, Pagefind
 * in astro:build:done), from a clean state: no content/, ingest cache, dist/ or Astro cache.
 */
async function wholeBuild(dir: string, logs: string, run: number): Promise<{ s: number; pages?: number; indexed?: boolean; error?: string }> {
  for (const d of ['content', '.cache', 'dist', '.bench-cache']) rmSync(join(dir, d), { recursive: true, force: true });
  const m = await runNode([join('src', 'build.ts'), '--config', WRAPPER_NAME], {
    cwd: dir,
    logFile: join(logs, `crosscheck-build-${run}.log`),
    timeoutMs: stepTimeoutMs, maxGroupRssMB: stepMaxRssMB,
  });
  if (m.code !== 0) return { s: m.wallS, error: failure('npm run build (src/build.ts)', m) };
  return { s: m.wallS, pages: htmlPages(join(dir, 'dist')), indexed: existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js')) };
}

/** MDX-safe text: braces and angle brackets would be read as expressions and JSX. */
function mdxText(text: string): string {
  return text.replace(/[{}<>]/gu, (c) => `\\${c}`);
}

/** Baseline page k: title and paragraphs of a synthetic article, as plain MDX. */
function baselinePage(seed: SeedFile, k: number): string {
  const lines = seed.text.split('\n').map((l) => l.trim());
  const paragraphs = lines.filter((l) => l.length > 80);
  const title = lines.find((l) => l.length > 0 && l.length <= 120 && !/[.!?]$/u.test(l) && l.split(' ').length >= 3) ?? `Page ${k + 1}`;
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${paragraphs.map(mdxText).join('\n\n')}\n`;
}

/** Writes the baseline site (bench/baseline/ with `pages` plain MDX pages) into `dir`. */
export function setUpBaseline(dir: string, pages: number, seeds: SeedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(BASELINE_TEMPLATE, dir, { recursive: true });
  linkNodeModules(dir);
  writeFileSync(join(dir, WRAPPER_NAME), WRAPPER_CONFIG);
  const contentDir = join(dir, 'content', 'pages');
  mkdirSync(contentDir, { recursive: true });
  const width = String(pages).length;
  for (let k = 0; k < pages; k++) {
    const seed = seeds[k % seeds.length];
    if (seed) writeFileSync(join(contentDir, `page-${String(k + 1).padStart(width, '0')}.mdx`), baselinePage(seed, k));
  }
}

/** One cold build of the baseline site in `dir` (astro build, then Pagefind). */
async function runBaseline(dir: string, logs: string, run: number) {
  const built = await buildSite(dir, logs, `baseline-${run}`);
  return { ...built, pages: htmlPages(join(dir, 'dist')) };
}

/**
 * Benchmark one size. `onStep(result)` is called with the (partly filled) result after each
 * step, so a long run keeps BENCHMARKS.md and results.json up to date as it goes.
 */
async function benchSize(
  n: number,
  runs: number,
  withBaseline: boolean,
  cpuProf: boolean,
  onStep: (result: SizeResult) => void,
): Promise<{ result: SizeResult; dir: string; seeds: SeedFile[] }> {
  const dir = join(WORK, String(n));
  const logs = join(dir, 'logs');
  log(`\n== N=${n.toLocaleString('en-US')} (${relative(ROOT, dir)})`);
  copyProject(dir);
  mkdirSync(logs, { recursive: true });
  const seeds = writeCorpus(join(dir, 'seeds'), n);
  const result: SizeResult = {
    n,
    seeds: seeds.length,
    stories: new Set(seeds.map((s) => s.story)).size,
    articles: 0,
    claims: 0,
    ingestS: 0,
    ingestRssMB: null,
    astroS: null,
    astroRssMB: null,
    pagefindS: null,
    pagefindHow: null,
    pages: null,
    distMB: null,
    baselinePages: null,
    baselineAstroS: null,
    baselineAstroRssMB: null,
    baselinePagefindS: null,
    errors: [],
  };
  log(`   generated ${seeds.length} seeds in ${result.stories} stories`);

  const ingestArgs = [
    ...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', logs] : []),
    join('src', 'ingest', 'cli.ts'),
    '--seeds',
    'seeds',
    '--content',
    'content',
  ];
  const ingest = await runNode(ingestArgs, { cwd: dir, logFile: join(logs, 'ingest.log'), timeoutMs: stepTimeoutMs, maxGroupRssMB: stepMaxRssMB });
  result.ingestS = ingest.wallS;
  result.ingestRssMB = ingest.rssMB;
  if (ingest.code !== 0) {
    result.errors.push(failure('ingest', ingest));
    log(`   ingest FAILED (${fixed(ingest.wallS)} s): see ${relative(ROOT, join(logs, 'ingest.log'))}`);
    return { result, dir, seeds };
  }
  result.articles = countArticles(join(dir, 'content'));
  result.claims = countClaims(join(dir, 'content'));
  log(
    `   ingest ${fixed(ingest.wallS)} s, ${result.articles} articles, ${result.claims} claims, ` +
      `${Math.round(result.articles / ingest.wallS)} articles/s, peak ${ingest.rssMB?.toFixed(0) ?? '?'} MB`,
  );
  // Matching quality at this size: claim pages that pool articles of different stories.
  result.mixing = storyMixing(readClaimSources(join(dir, 'content', 'claims')), new Map(seeds.map((s) => [seedId(s.name), s.story])));
  log(`   ${result.mixing.mixedPages} of ${result.mixing.pages} claim pages mix stories (${result.mixing.mixedAppearances} of ${result.mixing.appearances} appearances)`);

  onStep(result);

  const site = await buildSite(dir, logs, 'crosscheck');
  result.astroS = site.astroS;
  result.astroRssMB = site.astroRssMB;
  if (site.error) {
    result.errors.push(site.error);
    log(`   build FAILED: ${site.error.split('\n')[0] ?? ''}`);
    return { result, dir, seeds };
  }
  result.pagefindS = site.pagefindS;
  result.pagefindHow = site.how;
  result.pages = htmlPages(join(dir, 'dist'));
  result.distMB = mb(dirBytes(join(dir, 'dist')));
  log(
    `   astro ${fixed(site.astroS)} s (peak ${site.astroRssMB?.toFixed(0) ?? '?'} MB), pagefind ${fixed(site.pagefindS)} s ` +
      `(${site.how}), ${result.pages} pages, dist ${result.distMB.toFixed(1)} MB`,
  );

  onStep(result);

  // The whole build and the baseline, alternately, so that a noisy spell on the machine hits both.
  const baselineDir = join(dir, 'baseline');
  if (withBaseline) setUpBaseline(baselineDir, result.pages, seeds);
  result.buildRuns = [];
  result.baselineRuns = [];
  let baselineOk = withBaseline;
  const baselines: Array<Awaited<ReturnType<typeof runBaseline>>> = [];
  for (let run = 1; run <= runs; run++) {
    const whole = await wholeBuild(dir, logs, run);
    // It must build what the separate steps built: every page, and the search index.
    if (!whole.error && (whole.pages !== result.pages || !whole.indexed)) {
      whole.error = `npm run build (src/build.ts) wrote ${whole.pages} pages${whole.indexed ? '' : ' and no search index'}; the separate steps wrote ${result.pages}`;
    }
    if (whole.error) {
      result.errors.push(whole.error);
      log(`   whole build FAILED: ${whole.error.split('\n')[0] ?? ''}`);
      return { result, dir, seeds };
    }
    result.buildRuns.push(whole.s);
    result.buildS = median(result.buildRuns);
    log(`   whole build (npm run build, run ${run}/${runs}): ${fixed(whole.s)} s`);
    onStep(result);
    if (!baselineOk) continue;
    const base = await runBaseline(baselineDir, logs, run);
    if (base.error) {
      result.errors.push(base.error);
      log(`   baseline FAILED: ${base.error.split('\n')[0] ?? ''}`);
      baselineOk = false;
      continue;
    }
    baselines.push(base);
    result.baselineRuns.push(base.astroS + base.pagefindS);
    // The per-step baseline figures are those of the run closest to the median.
    const mid = median(result.baselineRuns)!;
    const typical = baselines.reduce((a, b) => (Math.abs(b.astroS + b.pagefindS - mid) < Math.abs(a.astroS + a.pagefindS - mid) ? b : a));
    result.baselinePages = typical.pages;
    result.baselineAstroS = typical.astroS;
    result.baselineAstroRssMB = typical.astroRssMB;
    result.baselinePagefindS = typical.pagefindS;
    log(
      `   baseline (run ${run}/${runs}): ${base.pages} pages, astro ${fixed(base.astroS)} s (peak ${base.astroRssMB?.toFixed(0) ?? '?'} MB), ` +
        `pagefind ${fixed(base.pagefindS)} s`,
    );
    onStep(result);
  }
  return { result, dir, seeds };
}

/** Sentence appended to one paragraph of each edited seed. */
const EDIT = ' A ministry spokesperson said the full figures would be published on Friday.';

/**
 * Seeds edited one after another (each followed by a re-ingest): the middle one, then one a
 * quarter and one three quarters in. One run on this shared machine varies by a quarter; the
 * median of three does not hang on one.
 */
const EDITED_AT = [1 / 2, 1 / 4, 3 / 4];

async function benchIncremental(n: number, dir: string, seeds: SeedFile[]): Promise<IncrementalResult> {
  const empty = { n, seed: '', ingestS: 0, touched: 0, changed: 0, needless: 0, sample: [] };
  if (seeds.length === 0) return { ...empty, error: 'no seeds' };
  const picked = [...new Set(EDITED_AT.map((at) => seeds[Math.min(seeds.length - 1, Math.floor(seeds.length * at))]!))];
  log(`\n== incremental at N=${n.toLocaleString('en-US')}: editing ${picked.map((s) => s.name).join(', ')}, one after another`);
  const contentDir = join(dir, 'content');
  const ingestAgain = (name: string): Promise<Measured> =>
    runNode([join('src', 'ingest', 'cli.ts'), '--seeds', 'seeds', '--content', 'content'], {
      cwd: dir,
      logFile: join(dir, 'logs', `ingest-${name}.log`),
      timeoutMs: stepTimeoutMs, maxGroupRssMB: stepMaxRssMB,
    });
  const edits: NonNullable<IncrementalResult['edits']> = [];
  const needless: string[] = [];
  let firstTouched: string[] = [];
  for (const [k, seed] of picked.entries()) {
    const before = snapshot(contentDir);
    const path = join(dir, 'seeds', seed.name);
    const lines = readFileSync(path, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.length > 80);
    lines[at < 0 ? 0 : at] += EDIT;
    writeFileSync(path, lines.join('\n'));
    const run = await ingestAgain(k === 0 ? 'incremental' : `incremental-${k + 1}`);
    if (run.code !== 0) return { ...empty, seed: seed.name, ingestS: run.wallS, error: failure('incremental ingest', run) };
    const diff = diffSnapshots(before, snapshot(contentDir));
    log(
      `   ${seed.name}: re-ingest ${fixed(run.wallS)} s: ${diff.touched.length} file(s) touched, ${diff.changed.length} changed, ` +
        `${diff.needless.length} rewritten unchanged`,
    );
    edits.push({ seed: seed.name, ingestS: run.wallS, touched: diff.touched.length, changed: diff.changed.length, needless: diff.needless.length });
    needless.push(...diff.needless);
    if (k === 0) firstTouched = diff.touched.filter((f) => !diff.needless.includes(f));
  }
  const result: IncrementalResult = {
    n,
    seed: edits[0]!.seed,
    ingestS: median(edits.map((e) => e.ingestS))!,
    touched: edits[0]!.touched,
    changed: edits[0]!.changed,
    needless: needless.length,
    // Needless rewrites of any edit first: they are what the report must show.
    sample: [...needless.slice(0, 3), ...firstTouched.slice(0, 5)],
    edits,
  };
  // Nothing changed any more: runs until one writes nothing (the review state still changes
  // once: no claim is new the second time), then one more, which finds it all up to date.
  for (let k = 1; k <= 3; k++) {
    const beforeSettle = snapshot(contentDir);
    const settle = await ingestAgain(`settle-${k}`);
    if (settle.code !== 0) return { ...result, error: failure('settling ingest', settle) };
    result.settleRuns = k;
    result.settleS = settle.wallS;
    if (diffSnapshots(beforeSettle, snapshot(contentDir)).touched.length === 0) break;
  }
  const beforeLast = snapshot(contentDir);
  const last = await ingestAgain('up-to-date');
  if (last.code !== 0) return { ...result, error: failure('up-to-date ingest', last) };
  result.upToDateS = last.wallS;
  result.upToDateTouched = diffSnapshots(beforeLast, snapshot(contentDir)).touched.length;
  log(`   settled after ${result.settleRuns} run(s) (last ${fixed(result.settleS ?? 0)} s); up to date: ${fixed(last.wallS)} s, ${result.upToDateTouched} file(s) touched`);
  return result;
}

/** Write BENCHMARKS.md (or print it) and results.json; called after every step so a long run leaves partial figures. */
function report(results: BenchResults, out: string, final: boolean): void {
  writeFileSync(join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results, evaluateTargets(results), !final);
  if (out === '-') {
    if (final) log(`\n${markdown}`);
  } else writeFileSync(resolve(ROOT, out), markdown);
}

const COMMAND = {
  usage: 'npm run bench -- [options]',
  summary:
    'Generates synthetic corpora, measures ingest, Astro, Pagefind and a bare Astro + MDX baseline at each size, and the incremental re-ingest at the largest; writes BENCHMARKS.md. The default run takes 30-45 minutes and about 18 GB of memory.',
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'no-baseline': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    'incremental-at': { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    runs: { type: 'string' },
    'timeout-min': { type: 'string', default: '120' },
    'max-rss-gb': { type: 'string', default: '20' },
    'report-only': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
  help: [
    ['--sizes 100,1000', 'corpus sizes (default 100,1000,10000)'],
    ['--out FILE', 'Markdown report (default BENCHMARKS.md); --out - prints it only'],
    ['--no-baseline', 'skip the baseline builds'],
    ['--no-incremental', 'skip the incremental case'],
    ['--incremental-at N', 'size for the incremental case (default: the largest)'],
    ['--cpu-prof', 'profile ingest (bench/.work/<N>/logs/; summarise with bench/profile-summary.ts)'],
    ['--runs R', 'whole-build and baseline runs per size (default 3 below 1,000, else 1)'],
    ['--timeout-min M', 'kill a step running longer than M minutes (default 120)'],
    ['--max-rss-gb G', 'kill a step whose processes hold more than G GB (default 20)'],
    ['--report-only', 'measure nothing: re-render the report from bench/.work/results.json'],
    ['--strict', 'exit 1 when a target fails (a crashed step always does)'],
  ],
} satisfies Command<ParseArgsOptionsConfig>;

async function main(): Promise<number> {
  const { values } = commandLine(COMMAND);
  // Every value is checked before anything runs: a typo must not surface an hour in.
  const fail = (message: string): never => usageError(COMMAND, message);
  const checked = <T>(v: T | string): T => (typeof v === 'string' ? fail(v) : v);
  const sizeList = values.sizes.split(',').map((s) => s.trim().replace(/_/gu, ''));
  const sizes = sizeList.map((s) => checked(wholeNumber('--sizes', s, 1))).sort((a, b) => a - b);
  const incrementalAt = values['incremental-at'] === undefined ? sizes.at(-1) : checked(wholeNumber('--incremental-at', values['incremental-at'], 1));
  if (!values['no-incremental'] && (incrementalAt === undefined || !sizes.includes(incrementalAt))) fail(`--incremental-at: ${values['incremental-at']} is not one of the sizes`);
  const runsOption = values.runs === undefined ? undefined : checked(wholeNumber('--runs', values.runs, 1));
  stepTimeoutMs = checked(positiveNumber('--timeout-min', values['timeout-min'])) * 60_000;
  stepMaxRssMB = checked(positiveNumber('--max-rss-gb', values['max-rss-gb'])) * 1000;
  if (values.out !== '-' && !existsSync(dirname(resolve(ROOT, values.out)))) fail(`--out ${values.out}: no folder ${dirname(values.out)}`);
  if (values['report-only']) {
    if (!existsSync(join(WORK, 'results.json'))) {
      console.error(`error: no saved results in ${relative(ROOT, join(WORK, 'results.json'))}: run the bench first`);
      return 1;
    }
    const saved = JSON.parse(readFileSync(join(WORK, 'results.json'), 'utf8')) as BenchResults;
    report(saved, values.out, true);
    for (const t of evaluateTargets(saved)) log(`${verdict(t).padEnd(4)}  ${t.name}: ${t.detail}`);
    return 0;
  }
  const m = machine();
  log(`bench: sizes ${sizes.join(', ')} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}`);
  if (!hasGnuTime()) log('   (no /usr/bin/time: peak RSS from process.resourceUsage())');
  mkdirSync(WORK, { recursive: true });
  // Other people may edit src/ while a long run goes on: take the code once, use it for every N.
  copyProjectFiles(ROOT, SNAPSHOT);

  const flags = [
    values['no-baseline'] ? ' --no-baseline' : '',
    values['incremental-at'] !== undefined ? ` --incremental-at ${values['incremental-at']}` : '',
    values['no-incremental'] ? ' --no-incremental' : '',
    values.runs !== undefined ? ` --runs ${values.runs}` : '',
  ].join('');
  const results: BenchResults = {
    machine: m,
    sizes: [],
    incremental: null,
    command: `npm run bench -- --sizes ${sizes.join(',')}${flags}`,
  };
  for (const n of sizes) {
    const at = results.sizes.length;
    const runs = runsOption ?? (n < 1000 ? 3 : 1);
    const done = await benchSize(n, runs, !values['no-baseline'], values['cpu-prof'], (partial) => {
      results.sizes[at] = partial;
      report(results, values.out, false);
    });
    results.sizes[at] = done.result;
    if (!values['no-incremental'] && n === incrementalAt) {
      report(results, values.out, false);
      results.incremental =
        done.result.articles > 0 // ingest worked at this size
          ? await benchIncremental(n, done.dir, done.seeds)
          : { n, seed: '', ingestS: 0, touched: 0, changed: 0, needless: 0, sample: [], error: 'ingest failed' };
    }
    report(results, values.out, false);
  }

  report(results, values.out, true);
  const targets = evaluateTargets(results);
  if (values.out !== '-') log(`\n${renderTable(results)}\n\nwrote ${values.out} and ${relative(ROOT, join(WORK, 'results.json'))}`);
  log('');
  for (const t of targets) log(`${verdict(t).padEnd(4)}  ${t.name}: ${t.detail}`);

  const crashed = results.sizes.some((r) => r.errors.length > 0) || Boolean(results.incremental?.error);
  const failed = targets.some((t) => t.pass === false);
  return crashed || (values.strict && failed) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
