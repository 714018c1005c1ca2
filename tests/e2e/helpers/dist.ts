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
export function claimPages(dist: string): BuiltPage[] {
  const dir = join(dist, 'claims');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => {
      const file = join(dir, d.name, 'index.html');
      return { path: `/claims/${d.name}/`, file, html: readFileSync(file, 'utf8') };
    });
}

export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

export interface ScriptTag {
  attrs: string;
  body: string;
}

export function scriptTags(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
}

export function isJsonLd(tag: ScriptTag): boolean {
  return /\btype\s*=\s*["']?application\/ld\+json["']?/i.test(tag.attrs);
}

/** Stylesheets a page links (local paths only). */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '')
    .filter((href) => href.startsWith('/'));
}

/** Every JavaScript file a page references: <script src>, module preloads, links to .js/.mjs. */
export function referencedScripts(html: string): string[] {
  const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+\.m?js)(?:[?#][^"'\s>]*)?["'\s>]/gi)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link\b[^>]*rel\s*=\s*["']?modulepreload[^>]*>/gi)].map((m) => m[0]);
  return [...refs, ...preloads];
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
