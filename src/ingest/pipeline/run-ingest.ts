/**
 * One ingest run: seeds/ → article records + claim pages under content/.
 *
 * Files are published only when the whole run succeeded, each atomically and only if its bytes
 * changed: changed files are staged (written to temp files beside their targets, so large runs
 * need not hold them in memory) and renamed into place at the end. A bad author edit, or any
 * failure, stops the run before anything is published, so content/ is never left half-updated.
 *
 * Per seed (analyse-seed.ts): parse, sentences, article record, claim units, alias facts — in
 * worker threads when there are many seeds to analyse, and skipped altogether for seeds the
 * cache (ingest-cache.ts) already holds. Then for the corpus: the alias index, the units'
 * features (cached ones reused while their alias answers hold), clusters, verdicts, pages.
 * With or without cache or workers, the output is the same.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSeed, readSeeds, type Seed } from '../read-seeds.ts';
import { claimsFromFeatures, corpusAliases, type ArticleClaims, type FeaturedArticle } from './build-claims.ts';
import { applyClaims, displayPath, pageReads } from '../merge/apply.ts';
import { ChangedWhileRunning, StagedWrites } from '../fs/atomic-write.ts';
import { BackgroundWriter } from '../fs/background-writes.ts';
import { cacheFolderProblem, outputFolderProblem } from '../fs/folders.ts';
import { aliasAnswersHold, type AliasFacts } from '../matching/features.ts';
import { createProgress } from '../progress.ts';
import { analyseSeed, featureWithAnswers, seedRecord, sha256, type SeedAnalysis } from './analyse-seed.ts';
import { AnalysePool, defaultWorkerCount, type UnitFeatures } from './analyse-pool.ts';
import { statSignatureOf } from '../fs/stat-signature.ts';
import { ContentCache, SeedCache, SeedIndex, internFeatures, quoteHash, type CachedSeed, type QuoteSource } from './ingest-cache.ts';
import { clearRunMemo, inputsKey, loadRunMemo, outputUntouched, saveRunMemo } from './run-memo.ts';
import { mark } from './timings.ts';

export { articleJson } from './analyse-seed.ts';

export interface IngestOptions {
  seedsDir: string;
  contentDir: string;
  /** Cache folder (e.g. `.cache/ingest`); absent or null: no cache. */
  cacheDir?: string | null;
  /**
   * Worker threads analysing seeds besides this one: a number, or 'auto' (one per further core,
   * when at least WORKER_THRESHOLD seeds need analysing). Default 0: everything in this thread.
   */
  workers?: number | 'auto';
  /** Progress line on an interactive terminal (progress.ts). Default false. */
  progress?: boolean;
}

export interface IngestResult {
  articles: number;
  claims: number;
  written: string[];
  warnings: string[];
  errors: string[];
  /**
   * How the work was done (for timings and tests): seeds analysed vs taken from the cache, seed
   * files read (an unchanged one is not), pages read.
   */
  stats?: { analysed: number; cached: number; seedsRead: number; pagesRead: number; upToDate?: boolean };
}

/** Below this many seeds to analyse, starting worker threads (≈0.3 s each) does not pay. */
export const WORKER_THRESHOLD = 150;

interface Item {
  seed: Seed;
  key: string;
  cached?: CachedSeed | undefined;
  analysis?: SeedAnalysis | undefined;
}

/** A seed that gives an article: its units (for the alias index and quotes) come from the cache or the analysis. */
interface Article {
  item: Item;
  index: number;
  article: string;
  outlet: string | null;
  units: ReadonlyArray<{ sentence: number; quote: string; attribution: { via: string | null } }>;
  aliasFacts: AliasFacts;
}

/** Quotes of this run's articles by sentence, and their seeds' version tags (for the content cache). */
function quoteSource(articles: readonly Article[]): QuoteSource {
  // Asked once or twice per appearance of every page (hundreds of thousands of times): one map
  // from article id to all that is known of it, with the version tag cut once. The ids are
  // compact strings already (the seed cache copies those it reads: compact-string.ts).
  interface Known {
    tag: string;
    units: Article['units'];
    bySentence?: Array<string | undefined>;
    byHash?: Map<string, string>;
  }
  const known = new Map<string, Known>(articles.map((a) => [a.article, { tag: a.item.key.slice(0, 16), units: a.units }]));
  return {
    tag: (article) => known.get(article)?.tag,
    quote(article, sentence) {
      const k = known.get(article);
      if (!k) return undefined;
      if (!k.bySentence) {
        k.bySentence = [];
        for (const u of k.units) k.bySentence[u.sentence] = u.quote;
      }
      return Number.isInteger(sentence) && sentence >= 0 ? k.bySentence[sentence] : undefined;
    },
    byHash(article, h) {
      const k = known.get(article);
      if (!k) return undefined;
      if (!k.byHash) {
        k.byHash = new Map();
        for (const u of k.units) k.byHash.set(quoteHash(u.quote), u.quote);
      }
      return k.byHash.get(h);
    },
  };
}

/** Features with their strings shared (see internFeatures). */
function interned<T extends { featured: FeaturedArticle }>(r: T): T {
  for (const u of r.featured.units) {
    internFeatures(u.features);
    if (u.targetFeatures) internFeatures(u.targetFeatures);
    if (u.eventFeatures) internFeatures(u.eventFeatures);
  }
  return r;
}

/** Once features are computed, an analysis's raw units (clause texts) are no longer needed. */
function releaseUnits(item: Item): void {
  const claims = item.analysis?.claims;
  if (claims) claims.units = [];
}

/** An article's claims with the features computed for them. */
function withFeatures(claims: ArticleClaims, features: readonly UnitFeatures[]): FeaturedArticle {
  return {
    article: claims.article,
    outlet: claims.outlet,
    date: claims.date,
    units: claims.units.map((u, k) => ({
      sentence: u.sentence,
      quote: u.quote,
      text: u.text,
      attribution: u.attribution,
      stance: u.stance,
      heading: u.heading === true,
      pointsBack: u.denial?.pointsBack === true,
      goesOn: u.denial?.goesOn === true,
      retracts: u.denial?.retracts === true,
      owner: u.denial?.owner ?? null,
      features: internFeatures(features[k]![0]),
      targetFeatures: features[k]![1] && internFeatures(features[k]![1]),
      eventFeatures: features[k]![2] && internFeatures(features[k]![2]),
      figures: features[k]![3],
      hints: features[k]![4],
    })),
  };
}

/**
 * Between stages of a run that analysed many seeds: collect the last stage's garbage (when the
 * CLI exposed gc), so the heap need not grow to hold it and the next stage's data (a lower peak).
 */
let heavy = false;
function collect(): void {
  if (heavy) (globalThis as { gc?: () => void }).gc?.();
}
/** The result of a run stopped by `errors` before it wrote anything. */
function stopped(errors: string[], warnings: string[], articles = 0, stats: IngestResult['stats'] = { analysed: 0, cached: 0, seedsRead: 0, pagesRead: 0 }): IngestResult {
  return { articles, claims: 0, written: [], warnings, errors, stats };
}

/** Why a run with no article stops. */
function noArticles(seedsDir: string, files: number): string {
  const why = files === 0 ? 'the folder holds no seed files' : `all ${files} seed file(s) were skipped (see the warnings)`;
  return `${displayPath(seedsDir)}: no article to ingest: ${why}. Nothing was written: a run without articles would retire every claim page.`;
}

export function runIngest({ seedsDir, contentDir, cacheDir: cacheOption = null, workers = 0, progress = false }: IngestOptions): IngestResult {
  mark('start');
  const outputProblem = outputFolderProblem(contentDir, ['claims', 'articles', '.crosscheck']);
  if (outputProblem !== null) return stopped([`cannot write the content folder: ${outputProblem}`], []);
  // A cache that cannot be written only makes the run slower: it goes on without one.
  const cacheProblem = cacheOption === null ? null : cacheFolderProblem(cacheOption);
  const cacheDir = cacheProblem === null ? cacheOption : null;
  // Seeds whose files did not change since the last run are not read (their text stays empty).
  const seedIndex = cacheDir ? new SeedIndex(cacheDir, seedsDir) : null;
  const { seeds, warnings, error: folderError } = readSeeds(seedsDir, seedIndex ? { unchanged: (file, stat) => seedIndex.unchanged(file, stat) } : {});
  const skippedFiles = warnings.length; // readSeeds warns once per file it skips
  if (cacheProblem !== null) warnings.unshift(`cache not used: ${cacheProblem}`);
  // No seeds folder (a typo in --seeds): stop before anything is written. Going on would retire
  // every claim page and delete every article record.
  if (folderError !== undefined) return stopped([folderError], warnings);
  const seedsRead = seeds.filter((s) => s.text !== '').length;
  let textsRead = 0;
  mark('readSeeds');
  const seedCache = cacheDir ? new SeedCache(cacheDir) : null;
  const contentCache = cacheDir ? new ContentCache(cacheDir, contentDir) : null;
  mark('content cache loaded');
  const claimsDir = join(contentDir, 'claims');
  const articlesDir = join(contentDir, 'articles');
  const articlesDirExisted = existsSync(articlesDir);

  /** The seed with its text (read and decoded if it was left unread, or let go after analysis). */
  const seedText = (item: Item): Seed => {
    if (item.seed.text !== '') return item.seed;
    textsRead++;
    const decoded = decodeSeed(readFileSync(join(seedsDir, item.seed.file)));
    if (!decoded.ok) throw new Error(`${join(seedsDir, item.seed.file)}: changed while ingest ran (${decoded.reason})`);
    return { ...item.seed, text: decoded.text };
  };

  // 1. Per seed: from the cache, or analysed (in workers when there are many).
  const items: Item[] = [];
  const seenIds = new Set<string>();
  const duplicate = new Set<Item>();
  for (const seed of seeds) {
    const key = seed.text === '' ? seedIndex!.key(seed.file)! : SeedCache.key(seed.file, Buffer.from(seed.text));
    seedIndex?.note(seed.file, key);
    const item: Item = { seed, key };
    if (seenIds.has(seed.id)) duplicate.add(item);
    seenIds.add(seed.id);
    items.push(item);
  }
  // The same seeds and code as the last successful run, over content/ as that run left it:
  // nothing to do (run-memo.ts).
  const ownWarnings = warnings.length;
  const inputs = cacheDir ? inputsKey(items.map((it) => ({ file: it.seed.file, key: it.key }))) : '';
  if (cacheDir && contentCache) {
    const memo = loadRunMemo(cacheDir, contentDir);
    if (memo && memo.inputs === inputs && outputUntouched(contentDir, memo, contentCache)) {
      seedIndex?.save();
      mark('up to date');
      return {
        articles: memo.articles,
        claims: memo.claims,
        written: [],
        warnings: [...warnings, ...memo.warnings],
        errors: [],
        stats: { analysed: 0, cached: items.length - duplicate.size, seedsRead, pagesRead: 0, upToDate: true },
      };
    }
    if (memo) clearRunMemo(cacheDir, contentDir);
  }
  for (const item of items) item.cached = duplicate.has(item) ? undefined : seedCache?.get(item.key);
  const bar = createProgress({ total: items.length - duplicate.size, label: 'ingest', ...(progress ? {} : { stream: { write: () => true } }) });
  mark(`read ${seeds.length} seeds, cache lookups`);
  seeds.length = 0; // the items hold them (and let go of their text once analysed)
  const misses = items.filter((it) => !it.cached && !duplicate.has(it));
  // A seed left unread (unchanged since the last run) that the cache no longer holds is read
  // now, and keyed by what was read (should the file have changed since it was looked at).
  for (const it of misses) {
    if (it.seed.text !== '') continue;
    it.seed = seedText(it);
    it.key = SeedCache.key(it.seed.file, Buffer.from(it.seed.text));
    seedIndex?.note(it.seed.file, it.key);
  }
  bar.tick(items.length - duplicate.size - misses.length);
  const poolSize = Math.max(0, workers === 'auto' ? (misses.length >= WORKER_THRESHOLD ? defaultWorkerCount() : 0) : workers);
  const pool = poolSize > 0 && misses.length > 0 ? new AnalysePool(poolSize) : null;
  const staged = new StagedWrites();
  let writer: BackgroundWriter | null = null;
  let analysed = 0;
  const stats = (): NonNullable<IngestResult['stats']> => ({
    analysed,
    cached: items.filter((it) => it.cached).length - recomputed,
    seedsRead: seedsRead + textsRead,
    pagesRead: pageReads.count,
  });
  let recomputed = 0;
  // Article records are staged as soon as they are known (temp files, committed with everything
  // else at the end), so their text need not stay in memory; the cache copies them from there.
  const records = new Map<Item, { rel: string; path: string; hash: string; written: boolean; held: boolean }>();
  let articlesDirMade = false; // made once, when the first record is staged (not once per record)
  const stageRecord = (item: Item, json: string | null, hash: string): void => {
    const name = `${item.seed.id}.json`;
    const path = join(articlesDir, name);
    const rel = `articles/${name}`;
    let written = false;
    let source = path;
    const held = contentCache?.fileHolds(rel, path, hash) ?? false;
    if (!held) {
      const kept = json === null ? seedCache?.getRecord(item.key) : undefined;
      const text = json ?? (kept !== undefined && sha256(kept) === hash ? kept : seedRecord(seedText(item))!.json);
      if (!articlesDirMade) {
        mkdirSync(articlesDir, { recursive: true });
        articlesDirMade = true;
      }
      const file = staged.stage(path, text);
      if (file !== null) {
        written = true;
        source = file.temp; // records are staged before any background writer (below) is used
      }
    }
    records.set(item, { rel, path, hash, written, held });
    if (json !== null && seedCache) seedCache.setRecordFile(item.key, source);
  };
  const abort = (): void => {
    staged.abort();
    // A folder this run created for records it then did not write goes too.
    if (!articlesDirExisted) {
      try {
        rmdirSync(articlesDir);
      } catch {
        // not empty, or not there
      }
    }
  };
  const received = (item: Item, analysis: SeedAnalysis): void => {
    item.analysis = analysis;
    item.seed = { ...item.seed, text: '' }; // analysed: the text is not needed again (see seedText)
    if (!analysis.skipped) {
      analysis.recordHash = sha256(analysis.recordJson);
      stageRecord(item, analysis.recordJson, analysis.recordHash);
      analysis.recordJson = '';
    }
  };
  try {
    if (pool) {
      const indexOf = new Map(items.map((it, i) => [it, i]));
      pool.analyse(
        misses.map((it) => ({ i: indexOf.get(it)!, seed: it.seed })),
        (i, analysis) => {
          received(items[i]!, analysis);
          bar.tick();
        },
        analyseSeed,
      );
    } else {
      for (const it of misses) {
        received(it, analyseSeed(it.seed));
        bar.tick();
      }
    }
    bar.done();
    analysed = misses.length;
    heavy = misses.length >= WORKER_THRESHOLD;
    collect();
    mark(`analysed ${misses.length} seeds (${poolSize} workers)`);

    // 2. Articles (skipped seeds aside), in seed order.
    const articles: Article[] = [];
    items.forEach((it, index) => {
      if (duplicate.has(it)) {
        warnings.push(`${join(seedsDir, it.seed.file)}: skipped: another seed already has the id "${it.seed.id}"`);
        return;
      }
      if (it.cached ? it.cached.skipped : it.analysis!.skipped) {
        warnings.push(`${join(seedsDir, it.seed.file)}: skipped: no article text left after removing page furniture`);
        return;
      }
      const c = it.cached;
      const a = it.analysis?.claims;
      articles.push(
        c?.featured
          ? { item: it, index, article: c.id, outlet: c.featured.outlet, units: c.featured.units, aliasFacts: c.aliasFacts }
          : { item: it, index, article: a!.article, outlet: a!.outlet, units: a!.units, aliasFacts: a!.aliasFacts },
      );
    });

    // An empty folder, or one whose every file was skipped, is a mistake, not a story without
    // articles: as above, nothing is written.
    if (articles.length === 0) {
      abort();
      return stopped([noArticles(seedsDir, items.length + skippedFiles)], warnings, 0, stats());
    }

    // 3. Corpus-wide aliases, then features: cached ones while their alias answers hold (else
    // the seed is analysed again), computed ones in the workers that analysed the seeds.
    const aliases = corpusAliases(articles);
    mark('aliases');
    const featured = new Map<Item, { featured: FeaturedArticle; answers: string[] }>();
    for (const a of articles) {
      const c = a.item.cached;
      if (!c?.featured) continue;
      if (aliasAnswersHold(aliases, c.answers)) featured.set(a.item, { featured: c.featured, answers: c.answers });
      else {
        a.item.analysis = analyseSeed(seedText(a.item));
        a.item.analysis.recordHash = c.recordHash;
        a.item.analysis.recordJson = '';
        recomputed++;
        analysed++;
      }
    }
    if (pool) {
      const wanted = articles.filter((a) => !featured.has(a.item)).map((a) => ({ i: a.index, claims: a.item.analysis!.claims! }));
      pool.features(
        aliases,
        wanted,
        (i, units, answers) => {
          featured.set(items[i]!, { featured: withFeatures(items[i]!.analysis!.claims!, units), answers });
          releaseUnits(items[i]!);
        },
        (i, claims) => {
          featured.set(items[i]!, interned(featureWithAnswers(claims, aliases)));
          releaseUnits(items[i]!);
        },
      );
    }
    for (const a of articles) {
      if (featured.has(a.item)) continue;
      featured.set(a.item, interned(featureWithAnswers(a.item.analysis!.claims!, aliases)));
      releaseUnits(a.item);
    }
    pool?.close(); // the workers' memory goes back before the corpus-wide stage needs its own
    // From here on an article's units are its featured units (the raw ones can go).
    for (const a of articles) a.units = featured.get(a.item)!.featured.units;
    mark(`features (${articles.filter((a) => featured.get(a.item)!.featured !== a.item.cached?.featured).length} articles computed, ${recomputed} re-analysed)`);

    // The cache learns what was computed (whether or not the run goes on to write).
    if (seedCache) {
      for (const it of items) {
        if (duplicate.has(it) || !it.analysis) continue;
        const a = it.analysis;
        const f = featured.get(it);
        seedCache.set(it.key, {
          id: a.id,
          file: a.file,
          skipped: a.skipped,
          recordHash: a.recordHash,
          featured: f?.featured ?? null,
          aliasFacts: a.claims?.aliasFacts ?? { leaders: [], persons: [] },
          answers: f?.answers ?? [],
        });
      }
      seedCache.save();
      seedIndex?.save();
      mark('seed cache saved');
    }

    // 4. Article records of the seeds served from the cache (analysed ones are staged already).
    contentCache?.setQuotes(quoteSource(articles));
    for (const a of articles) if (!records.has(a.item)) stageRecord(a.item, null, a.item.cached!.recordHash);
    const written: string[] = articles.flatMap((a) => (records.get(a.item)!.written ? [records.get(a.item)!.path] : []));
    const keep = new Set(articles.map((a) => `${a.item.seed.id}.json`));
    for (const it of items) it.analysis = undefined; // what is left of it lives on in `featured`
    collect();
    mark('article records staged');

    // 5. Claims, merged into the pages on disk.
    const generated = claimsFromFeatures(articles.map((a) => featured.get(a.item)!.featured));
    featured.clear();
    collect();
    mark(`claims (${generated.length})`);
    mkdirSync(claimsDir, { recursive: true });
    const versions = new Map(articles.map((a) => [a.article, a.item.key]));
    // Changed pages go to temp files as they are merged (not held in memory) and are renamed
    // into place only once everything succeeded (staged.commit() below; abort() on failure).
    const pagePaths: Array<{ slug: string; path: string }> = [];
    // A run that analysed many seeds has as many pages to write: while this thread merges, a
    // thread of its own creates the files (background-writes.ts) on an otherwise idle core.
    if (heavy) staged.useWriter((writer = new BackgroundWriter()));
    const applied = applyClaims(contentDir, generated, {
      ...(contentCache ? { pageCache: contentCache, articleVersions: versions } : {}),
      onPage: (w) => {
        if (staged.stageIfChanged(w.path, w.text, w.readAs)) pagePaths.push({ slug: basename(w.path, '.mdx'), path: w.path });
      },
    });
    mark(`merged (${pagePaths.length} pages changed, ${pageReads.count} pages read)`);
    warnings.push(...applied.warnings);
    if (applied.errors.length > 0) {
      abort();
      return stopped(applied.errors.map(String), warnings, articles.length, stats());
    }

    // 6. Publish: article records, then pages, then the review state.
    pagePaths.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    for (const p of pagePaths) written.push(p.path);
    for (const w of applied.writes) if (staged.stageIfChanged(w.path, w.text)) written.push(w.path);
    try {
      staged.commit();
    } catch (error) {
      if (!(error instanceof ChangedWhileRunning)) throw error;
      abort();
      const pages = error.paths.map((p) => displayPath(p)).join(', ');
      return stopped([`${pages}: saved while ingest was running; nothing was written, so the edit is kept. Run ingest again to merge it.`], warnings, articles.length, stats());
    }
    // Article records are derived data: one whose seed is gone is removed (claim pages keep quotes).
    mkdirSync(articlesDir, { recursive: true });
    for (const name of readdirSync(articlesDir)) {
      if (name.endsWith('.json') && !keep.has(name)) rmSync(join(articlesDir, name));
    }
    mark('written');

    if (contentCache && applied.pageFacts) {
      // A record the cache vouched for as it stands needs no new signature (nor a stat).
      for (const r of records.values()) if (!r.held) contentCache.noteFile(r.rel, r.path, r.hash);
      contentCache.pruneFiles((rel) => rel.startsWith('articles/') && keep.has(rel.slice('articles/'.length)));
      for (const [slug, f] of applied.pageFacts) {
        if (f.sig !== '') continue;
        const sig = statSignatureOf(join(claimsDir, `${slug}.mdx`));
        if (sig === null) applied.pageFacts.delete(slug);
        else f.sig = sig;
      }
      contentCache.setPages(applied.pageFacts);
      contentCache.save();
      // Only a run that found everything up to date is remembered: rerun over the same inputs it
      // would again write nothing (a run that wrote pages would, for one, list no new claims
      // in the review state the second time).
      if (written.length === 0) {
        saveRunMemo(cacheDir!, contentDir, { inputs, articles: articles.length, claims: generated.length, warnings: warnings.slice(ownWarnings) });
      }
      mark('content cache saved');
    }
    return { articles: articles.length, claims: generated.length, written, warnings, errors: [], stats: stats() };
  } finally {
    abort(); // nothing left after a commit; after a failure, the temp files go
    pool?.close();
    writer?.close();
  }
}
