/**
 * A second site for the end-to-end tests, built from the project's seeds plus the seeds in
 * tests/fixtures/site/seeds/, with claim pages edited as an author would:
 * - one verdict changed by an editor (`reviewedBy`, `reviewed`, a note with quotes and `--`
 *   under headings of its own),
 * - one page retired (`status: retired`),
 * - one page written by hand (no `engine`, citing an article that is not on the site),
 * - one page renamed (its file), its old name kept in `aliases`;
 * and with lists of at most LIST_PAGE_SIZE claims per page, so that they go on over pages.
 * Built with CROSSCHECK_CONTENT_DIR into tests/.tmp/site-fixture/dist (the main dist/ is untouched).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { activeClaims, splitPage } from './content.ts';

export interface FixtureSite {
  root: string;
  dist: string;
  content: string;
  /** Claim whose verdict an editor changed and reviewed. */
  reviewedSlug: string;
  reviewedBy: string;
  reviewedOn: string;
  /** Sentence an editor added to the reviewed page's body (straight/curly quotes and `--`). */
  editorNote: string;
  retiredSlug: string;
  /** Claim whose verdict an editor changed, its body left as generated. */
  overriddenSlug: string;
  handWrittenSlug: string;
  /** A page an author renamed (its file) from `renamedFrom`, listing the old name in `aliases`. */
  renamedSlug: string;
  renamedFrom: string;
  /** Article ids of the fixture seeds. */
  hostileArticle: string;
  verbatimArticle: string;
}

const projectRoot = resolve(import.meta.dirname, '../../..');
export const FIXTURE_ROOT = resolve(projectRoot, 'tests/.tmp/site-fixture');
const FIXTURE_SEEDS = resolve(projectRoot, 'tests/fixtures/site/seeds');
/** Longest list on one page of the fixture site (siteConfig.listPageSize). */
export const LIST_PAGE_SIZE = 10;

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(output) : fail(new Error(`${args.join(' ')} failed (${code}):\n${output.slice(-6000)}`))));
  });
}

/** Rewrite a claim page's frontmatter keys (and optionally append to its body), as an author would. */
function editPage(file: string, set: Record<string, unknown>, appendBody = ''): void {
  const { frontmatter, body } = splitPage(readFileSync(file, 'utf8'));
  const doc = parseDocument(frontmatter);
  for (const [key, value] of Object.entries(set)) doc.set(key, value);
  writeFileSync(file, `---\n${doc.toString()}---\n${body}${appendBody}`);
}

/** Build the fixture site, or with CROSSCHECK_E2E_SKIP_BUILD=1 reuse the last one when there is one. */
export async function buildFixtureSite(): Promise<FixtureSite> {
  const saved = join(FIXTURE_ROOT, 'fixture.json');
  if (process.env['CROSSCHECK_E2E_SKIP_BUILD'] === '1' && existsSync(saved)) {
    console.log(`[e2e] reusing the fixture site in ${FIXTURE_ROOT}`);
    return JSON.parse(readFileSync(saved, 'utf8')) as FixtureSite;
  }
  const site = await freshFixtureSite();
  writeFileSync(saved, JSON.stringify(site, null, 2));
  return site;
}

async function freshFixtureSite(): Promise<FixtureSite> {
  rmSync(FIXTURE_ROOT, { recursive: true, force: true });
  const seeds = join(FIXTURE_ROOT, 'seeds');
  const content = join(FIXTURE_ROOT, 'content');
  const dist = join(FIXTURE_ROOT, 'dist');
  mkdirSync(seeds, { recursive: true });
  for (const dir of [resolve(projectRoot, 'seeds'), FIXTURE_SEEDS]) {
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) copyFileSync(join(dir, f), join(seeds, f));
  }
  await run(['src/ingest/cli.ts', '--seeds', seeds, '--content', content]);

  const claims = activeClaims(content);
  const fixtureIds = new Set(['hostile-markup', 'verbatim-quotes']);
  const ordinary = claims.filter((c) => c.data.engine && c.data.appearances.every((a) => !fixtureIds.has(a.source)));
  // Retire a claim that other pages relate to, so related-claim lists are put to the test too.
  const [reviewed] = ordinary;
  const rest = ordinary.filter((c) => c !== reviewed);
  const retired = rest.find((c) => c.data.related.length > 0) ?? rest[0];
  if (!reviewed || !retired) throw new Error('[e2e] the fixture site needs at least two generated claims');

  const reviewedBy = 'Fixture Editor';
  const reviewedOn = '2024-12-05';
  const editorNote = `Editor's note: the spokesman called it "simply false" -- not ‘untrue’ or “fake”.`;
  const engineVerdict = reviewed.data.engine?.verdict ?? reviewed.data.verdict;
  const newVerdict = engineVerdict === 'disputed' ? 'unattributed' : 'disputed';
  // The note has headings of its own, one of them named like a section of the page.
  const notes = `\n# Evidence\n\n${editorNote}\n\n## Follow-up\n\nChecked again with the ministry.\n`;
  editPage(join(content, 'claims', `${reviewed.slug}.mdx`), { verdict: newVerdict, reviewedBy, reviewed: reviewedOn }, notes);
  editPage(join(content, 'claims', `${retired.slug}.mdx`), { status: 'retired' });
  // Another verdict changed, the generated summary left alone: it is the engine's, and says so.
  const overridden = rest.find((c) => c !== retired && c.data.reasons.length > 0);
  if (!overridden) throw new Error('[e2e] the fixture site needs a third generated claim');
  editPage(join(content, 'claims', `${overridden.slug}.mdx`), { verdict: overridden.data.verdict === 'disputed' ? 'confirmed' : 'disputed' });

  // A page renamed by its author, the old name kept: a page other pages relate to, so their links
  // (which still name it by its old name until the next ingest) are put to the test too.
  const renamed = rest.find((c) => c !== retired && c !== overridden && claims.some((o) => o.data.related.some((r) => r.slug === c.slug)));
  if (!renamed) throw new Error('[e2e] the fixture site needs a claim that another relates to, to rename');
  // A name with letters beyond Latin-1, as github-slugger keeps them (the redirect must carry it).
  const renamedSlug = 'renamed-by-the-desk-київ';
  const renamedFile = join(content, 'claims', `${renamed.slug}.mdx`);
  editPage(renamedFile, { aliases: [renamed.slug] });
  copyFileSync(renamedFile, join(content, 'claims', `${renamedSlug}.mdx`));
  rmSync(renamedFile);

  const handWrittenSlug = 'hand-written-fixture-claim';
  cpSync(resolve(projectRoot, 'tests/fixtures/authoring/hand-written.mdx'), join(content, 'claims', `${handWrittenSlug}.mdx`));

  await run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    ...process.env,
    CROSSCHECK_CONTENT_DIR: content,
    CROSSCHECK_CACHE_DIR: join(FIXTURE_ROOT, 'cache'),
    // Lists of a few dozen claims go on over several pages, as an archive's thousands would.
    CROSSCHECK_LIST_PAGE_SIZE: String(LIST_PAGE_SIZE),
  });

  return {
    root: FIXTURE_ROOT,
    dist,
    content,
    reviewedSlug: reviewed.slug,
    reviewedBy,
    reviewedOn,
    editorNote,
    retiredSlug: retired.slug,
    overriddenSlug: overridden.slug,
    handWrittenSlug,
    renamedSlug,
    renamedFrom: renamed.slug,
    hostileArticle: 'hostile-markup',
    verbatimArticle: 'verbatim-quotes',
  };
}
