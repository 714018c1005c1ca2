/**
 * Astro integration: once `astro build` has written `dist/`, every link and asset reference of
 * every built page must lead to a file of the site, or the build fails naming each broken link,
 * the file it comes from and the nearest pages that exist.
 *
 * Why at the end, on the built pages: links come from templates and from authors' notes (MDX
 * bodies, where a slug is easily mistyped or a page renamed or deleted since), and only the
 * finished site knows every page it has — claim pages, redirects of renamed ones, outlet and
 * speaker pages, the feed, Pagefind's bundle. A fact-check page whose citation leads nowhere is
 * not shipped.
 *
 * A link's `#fragment` must name an element of the page it leads to (or of its own page): the
 * evidence of a claim page links to the very sentence of an article (`/articles/a1/#s-3`), and an
 * author's note may link to a section (`/methodology/#verdicts`). `#top` and an empty fragment
 * are the top of any page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from '../ingest/merge/closest.ts';
import { FileReader } from './file-reader.ts';

export interface BrokenLink {
  /** The page the link is on, as its address (`/claims/x/`). */
  page: string;
  /** The link as written (`/claims/nope/`, `../nope/`). */
  href: string;
  /** The path it resolves to (`/claims/nope/`). */
  path: string;
  /** Set when the page exists but has no element with this id (decoded: `s-3`). */
  fragment?: string;
}

/** What is wrong with a link: where it leads is no file of the site, or that page has no element `fragment`. */
type Problem = Pick<BrokenLink, 'path' | 'fragment'>;

/** What Astro writes before an attribute's value (double quotes, entities for `"` and `&`). */
const HREF = Buffer.from('href="');
const SRC = Buffer.from('src="');
/** Elements whose content is no markup of the page: no link inside counts. */
const INERT = [
  // A script's body: the search results' Pagefind template is a `<script type="text/pagefind-template">` holding `href="{{ meta.url }}"`.
  { open: Buffer.from('<script'), close: Buffer.from('</script>') },
  { open: Buffer.from('<template'), close: Buffer.from('</template>') },
];
const QUOTE = 0x22;
const GT = 0x3e;
const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d || b === 0x0c;

const ID = Buffer.from('id="');

/** Byte ranges [from, to) of a page's inert content (script bodies, templates): a predicate. */
function inertContent(html: Buffer): (at: number) => boolean {
  const skip: number[] = [];
  for (const { open, close } of INERT) {
    for (let at = html.indexOf(open); at >= 0; at = html.indexOf(open, at)) {
      const body = html.indexOf(GT, at) + 1;
      if (body === 0) break;
      const end = html.indexOf(close, body);
      skip.push(body, end < 0 ? html.length : end);
      at = end < 0 ? html.length : end;
    }
  }
  return (at) => {
    for (let k = 0; k < skip.length; k += 2) if (at >= skip[k]! && at < skip[k + 1]!) return true;
    return false;
  };
}

/** The values of `needle` attributes (`href="`) of a page, with their offsets, none in inert content. */
function attributeValues(html: Buffer, needle: Buffer, inert: (at: number) => boolean, found: Array<[number, string]>): void {
  for (let at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length)) {
    if (!isSpace(html[at - 1]) || inert(at)) continue;
    const from = at + needle.length;
    const to = html.indexOf(QUOTE, from);
    if (to < 0) break;
    found.push([at, html.toString('utf8', from, to)]);
  }
}

/** An attribute value as the browser reads it (the entities Astro writes in attributes decoded). */
const unescape = (value: string): string => (value.includes('&') ? value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : value);

/** The ids of a built page's elements (a fragment's targets), none inside a script body or a template. */
export function pageAnchors(html: Buffer, inert = inertContent(html)): Set<string> {
  const found: Array<[number, string]> = [];
  attributeValues(html, ID, inert, found);
  return new Set(found.map(([, value]) => unescape(value)));
}

/**
 * Does the page have an element with this id? Looked for as the bytes Astro writes (` id="main"`),
 * with no list of the page's ids made: the skip link asks it of every page of the site.
 * `needles` keeps the bytes of each id asked for.
 */
export function hasAnchor(html: Buffer, id: string, inert = inertContent(html), needles = new Map<string, Buffer>()): boolean {
  // An id with characters Astro writes as entities is compared decoded.
  if (/[&"'<>]/.test(id)) return pageAnchors(html, inert).has(id);
  let needle = needles.get(id);
  if (!needle) needles.set(id, (needle = Buffer.from(`id="${id}"`)));
  for (let at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + needle.length)) if (isSpace(html[at - 1]) && !inert(at)) return true;
  return false;
}

/**
 * The `href` and `src` values of a built page, in order, but none inside a script's body or a
 * `<template>` (a script's own `src` counts). Found with Buffer.indexOf on the bytes, and only the
 * values decoded: a site has tens of thousands of pages of a few dozen links each.
 */
export function pageReferences(html: Buffer, inert = inertContent(html)): string[] {
  const found: Array<[number, string]> = [];
  for (const needle of [HREF, SRC]) attributeValues(html, needle, inert, found);
  return found.sort((a, b) => a[0] - b[0]).map(([, value]) => value);
}

/** A value with a scheme (`https:`, `mailto:`, `data:`) or only a fragment: not a file of the site. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i;
/** Files Pagefind reads pages from, so the address of no page. */
const PAGEFIND_BUNDLE = `pagefind${sep}`;

/** The address of a built HTML file: `claims/x/index.html` → `/claims/x/`. */
function addressOf(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The site path a reference on `page` leads to, or null when it leads off the site. `origin` is the
 * site's own public address (`https://crosscheck.example.org`): a link written with it is a link
 * of the site (a canonical link, an author's pasted address).
 */
export function resolveReference(href: string, page: string, origin?: string): string | null {
  let value = href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').trim();
  if (origin && value.startsWith(`${origin}/`)) value = value.slice(origin.length);
  if (value === '' || NOT_A_FILE.test(value)) return null;
  // Root-relative links (nearly all of them) need no URL parsing.
  const cut = value.search(/[?#]/);
  const bare = cut < 0 ? value : value.slice(0, cut);
  const path = bare.startsWith('/') && !bare.includes('/.') ? bare : new URL(value, `https://site.invalid${page}`).pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A link with its percent-encoded letters decoded (as written), or as it is when it does not decode. */
function readable(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** The file of the site `path` names (`files`: every file under dist/, `/`-separated, no leading slash), or null. */
function fileOf(path: string, files: Pick<ReadonlySet<string>, 'has'>): string | null {
  const p = path.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) return files.has(`${p}index.html`) ? `${p}index.html` : null;
  for (const file of [p, `${p}/index.html`, `${p}.html`]) if (files.has(file)) return file;
  return null;
}

/**
 * The element a link's fragment names, as the page's ids are written (percent-decoded), or null
 * when it names none to check: no fragment, an empty one or `#top` (the top of any page), a
 * text fragment (`#:~:text=…`).
 */
export function fragmentOf(href: string): string | null {
  const at = href.indexOf('#');
  if (at < 0) return null;
  let fragment = unescape(href.slice(at + 1));
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // not percent-encoded: as written
  }
  if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return null;
  return fragment;
}

/**
 * Every reference of every built page that leads to no file of the site, by page then order on
 * the page; `site` is the site's public URL, whose links are the site's own.
 */
export function findBrokenLinks(dist: string, site?: string): BrokenLink[] {
  const origin = site ? new URL(site).origin : undefined;
  const all = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dist.length).replace(/^[\\/]+/, ''));
  const files = new Set(all.map((f) => f.split(sep).join('/')));
  const pages = all.filter((f) => f.endsWith('.html') && !f.startsWith(PAGEFIND_BUNDLE)).sort();
  // A site has as many pages as claims and more, and each links the same menus, lists and
  // assets: a root-relative link (nearly every one) is looked up once by what it says, and only
  // a relative one is resolved against its page each time. Kept: what is wrong with it, or null.
  const rootLinks = new Map<string, Problem | null>();
  // The ids of the pages fragments lead to, read once each (most pages are never a fragment's
  // target) with a reader of their own: the page being checked stays in the other.
  const pageReader = new FileReader();
  const targetReader = new FileReader();
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string): Set<string> => {
    let set = anchors.get(file);
    if (!set) {
      set = pageAnchors(targetReader.read(join(dist, file)));
      anchors.set(file, set);
    }
    return set;
  };
  const problemOf = (href: string, page: string): Problem | null => {
    const path = resolveReference(href, page, origin);
    if (path === null) return null;
    const target = fileOf(path, files);
    if (target === null) return { path };
    const fragment = fragmentOf(href);
    if (fragment === null || !target.endsWith('.html') || anchorsOf(target).has(fragment)) return null;
    return { path, fragment };
  };
  const needles = new Map<string, Buffer>();
  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const page = addressOf(file);
    // Read one by one: thousands of small files read synchronously beat as many promises.
    const html = pageReader.read(join(dist, file)); // this page's bytes, until the next page
    const inert = inertContent(html); // found once for the page's links and its ids
    for (const href of pageReferences(html, inert)) {
      if (href.startsWith('#')) {
        // A fragment alone (the skip link's #main, on every page): an element of this very page.
        const fragment = fragmentOf(href);
        if (fragment !== null && !hasAnchor(html, fragment, inert, needles)) broken.push({ page, href, path: page, fragment });
        continue;
      }
      const rooted = (href.startsWith('/') && !href.startsWith('//')) || (origin !== undefined && href.startsWith(origin));
      let problem = rooted ? rootLinks.get(href) : undefined;
      if (problem === undefined) {
        problem = problemOf(href, page);
        if (rooted) rootLinks.set(href, problem);
      }
      if (problem !== null) broken.push({ page, href, ...problem });
    }
  }
  return broken;
}

/** Where an author fixes a link on `page`: the claim page's file when there is one, else the page. */
export type SourceOf = (page: string) => string | null;

/** The ids of the built page at the site path `path` (none when there is no such page). */
function anchorsAt(dist: string, path: string): Set<string> {
  const isFile = (file: string): boolean => statSync(join(dist, ...file.split('/')), { throwIfNoEntry: false })?.isFile() ?? false;
  const file = fileOf(path, { has: isFile });
  return file === null ? new Set() : pageAnchors(readFileSync(join(dist, ...file.split('/'))));
}

/** The build's error: one line per broken link, with its file and the nearest pages that exist. */
export function brokenLinksMessage(broken: readonly BrokenLink[], dist: string, sourceOf: SourceOf): string {
  const siblings = new Map<string, string[]>();
  const nearest = (path: string): string[] => {
    const folder = path.replace(/[^/]+\/?$/, '');
    let list = siblings.get(folder);
    if (!list) {
      const dir = join(dist, ...folder.split('/').filter(Boolean));
      list = existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true })
            .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
            .map((d) => `${folder}${d.name}/`)
        : [];
      siblings.set(folder, list);
    }
    // Only names a slip away: a quarter of the name's letters, at least two.
    const name = path.replace(/^.*\/(?=[^/]+\/?$)/, '');
    return closest(path.endsWith('/') ? path : `${path}/`, list, 2, Math.max(2, Math.floor(name.length / 4)));
  };
  const lines = broken.map(({ page, href, path, fragment }) => {
    const where = sourceOf(page) ?? `the page ${page}`;
    if (fragment !== undefined) {
      const shown = readable(href);
      const ids = anchorsAt(dist, path);
      const hint = closest(fragment, ids, 2, Math.max(2, Math.floor(fragment.length / 4))).map((id) => `#${id}`);
      const target = path === page ? 'this page' : `the page ${path}`;
      return `  ${where}: links to ${shown}, but ${target} has no element with id "${fragment}"${hint.length > 0 ? ` (did you mean ${hint.join(' or ')}?)` : ''}`;
    }
    const hint = nearest(path);
    // As the author wrote it (Markdown percent-encodes a link's letters beyond ASCII) and, for a
    // relative link, where it led: "../x/" on /claims/y/ is /claims/x/.
    const shown = readable(href);
    const led = path !== shown.replace(/[?#].*$/, '') ? ` (${path})` : '';
    return `  ${where}: links to ${shown}${led}, which is no page or file of the site${hint.length > 0 ? ` (did you mean ${hint.join(' or ')}?)` : ''}`;
  });
  const n = broken.length;
  return `${n} broken link${n === 1 ? '' : 's'}: fix ${n === 1 ? 'it' : 'them'} in the file named, or give a renamed claim page its old name in \`aliases\`:\n${lines.join('\n')}`;
}

export interface LinkCheckOptions {
  /** The source file behind a page, for the message (claim pages: their MDX file). */
  sourceOf?: SourceOf;
}

/** The Astro integration: fails the build on any broken link. Register it after Pagefind, whose bundle pages load. */
export default function linkCheck({ sourceOf = () => null }: LinkCheckOptions = {}): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'crosscheck:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const broken = findBrokenLinks(dist, site);
        if (broken.length > 0) throw new Error(brokenLinksMessage(broken, dist, sourceOf));
        logger.info(`Every link leads to a page or file of the site, and every #fragment to an element of its page (checked in ${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
