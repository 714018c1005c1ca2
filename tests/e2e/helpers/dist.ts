/** Reading the built site straight from disk: claim pages, their scripts, styles and sizes. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
  /** URL path, e.g. /claims/some-slug/ */
  path: string;
  file: string;
  html: string;
}

/** Every built claim page (dist/claims/<slug>/index.html). */
/** Is this built page one that only sends the browser on (a renamed page's old address)? */
export const isRedirect = (html: string): boolean => /<meta http-equiv="refresh"/.test(html);

/** Every page under /claims/<slug>/: the claim pages and, with `redirects`, the old addresses of renamed ones. */
export function claimPages(dist: string, { redirects = false }: { redirects?: boolean } = {}): BuiltPage[] {
  const dir = join(dist, 'claims');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => {
      const file = join(dir, d.name, 'index.html');
      return { path: `/claims/${d.name}/`, file, html: readFileSync(file, 'utf8') };
    })
    .filter((p) => isRedirect(p.html) === redirects);
}

export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

export interface ScriptTag {
  attrs: string;
  body: string;
}

/**
 * Tags of an HTML document, scanned the way a browser tokenises them: a whole start tag is read
 * at once, quoted attribute values included (so "<script>" inside an attribute value is not a tag),
 * and the content of <script> and <style> is raw text up to its end tag.
 */
export function scanTags(html: string): { name: string; attrs: string; body: string }[] {
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|<[^>]*>/g;
  const out: { name: string; attrs: string; body: string }[] = [];
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    let body = '';
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      body = html.slice(tag.lastIndex, end === -1 ? html.length : end);
      tag.lastIndex = end === -1 ? html.length : end;
    }
    out.push({ name, attrs: m[2] ?? '', body });
  }
  return out;
}

export function scriptTags(html: string): ScriptTag[] {
  return scanTags(html)
    .filter((t) => t.name === 'script')
    .map(({ attrs, body }) => ({ attrs, body }));
}

export function isJsonLd(tag: ScriptTag): boolean {
  return /\btype\s*=\s*["']?application\/ld\+json["']?/i.test(tag.attrs);
}

/** Stylesheets a page links (local paths only). */
export function linkedStylesheets(html: string): string[] {
  return scanTags(html)
    .filter((t) => t.name === 'link')
    .map((t) => parseAttributes(t.attrs))
    .filter((a) => /\bstylesheet\b/i.test(a.get('rel') ?? ''))
    .map((a) => a.get('href') ?? '')
    .filter((href) => href.startsWith('/'));
}

/** Attributes of a start tag, names lower-cased, values unquoted (entities left as written). */
export function parseAttributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let m = re.exec(attrs); m; m = re.exec(attrs)) out.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Every JavaScript file a page references: <script src>, module preloads, any src/href to .js/.mjs. */
export function referencedScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of scanTags(html)) {
    const attrs = parseAttributes(tag.attrs);
    for (const name of ['src', 'href']) {
      const value = attrs.get(name);
      if (value && /\.m?js(?:[?#]|$)/i.test(value)) out.push(`<${tag.name} ${name}="${value}">`);
    }
    if (tag.name === 'link' && /\bmodulepreload\b/i.test(attrs.get('rel') ?? '')) out.push(`<link rel="${attrs.get('rel')}">`);
  }
  return out;
}

/** Inline event handler attributes (onclick=…) anywhere in the page. */
export function eventHandlers(html: string): string[] {
  return scanTags(html).flatMap((t) => [...parseAttributes(t.attrs).keys()].filter((k) => /^on[a-z]+$/.test(k)).map((k) => `<${t.name} ${k}>`));
}

/** HTML bytes plus the bytes of every stylesheet it links, uncompressed. */
export function pageWeight(dist: string, page: BuiltPage): { html: number; css: number; total: number } {
  const html = Buffer.byteLength(page.html);
  let css = 0;
  for (const href of linkedStylesheets(page.html)) css += statSync(join(dist, decodeURIComponent(href.split(/[?#]/)[0] ?? ''))).size;
  return { html, css, total: html + css };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode HTML character references in a text run. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}
