/**
 * The search page's vocabulary is the text Pagefind indexed (src/integrations/search-words.ts):
 * a real Pagefind index of a few pages, read back from its bundle.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPagefind } from '../../../src/integrations/pagefind.ts';
import searchWords, { fragmentText, indexedTexts } from '../../../src/integrations/search-words.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Menu zebrawords</header>${body}</body></html>`;

let dist = '';
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'crosscheck-words-'));
  const files: Record<string, string> = {
    'claims/call/index.html': page(
      '<main data-pagefind-body><h1>Peskov denied the call</h1><section data-pagefind-ignore><h2>Why</h2><p>Unnamed outlet hiddenreason</p></section>' +
        '<p>Kremlin spokesman Dmitry Peskov said so.</p></main>',
    ),
    'articles/a1/index.html': page('<main data-pagefind-body><h1>Moscow report</h1><dl><dt>Author:</dt><dd>Huyen Tran</dd></dl></main>'),
    // No data-pagefind-body, while other pages have it: Pagefind leaves the page out.
    'about/index.html': page('<main><p>Unindexedword about page</p></main>'),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
  await runPagefind({ dir: dist, logger });
});
afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the words of the search index', () => {
  it('are the text of each indexed page, without what the page keeps out of the index', () => {
    const text = [...indexedTexts(join(dist, 'pagefind'))].join('\n');
    for (const w of ['Peskov', 'Kremlin', 'Dmitry', 'Moscow', 'Author', 'Huyen']) expect(text, w).toContain(w);
    for (const w of ['hiddenreason', 'Unnamed', 'Unindexedword', 'zebrawords']) expect(text, w).not.toContain(w);
  });

  it('are written by the integration to search-words.json, most frequent first (in a worker thread)', async () => {
    const hook = searchWords().hooks['astro:build:done'] as (args: unknown) => Promise<void> | void;
    await hook({ dir: pathToFileURL(`${dist}/`), logger });
    const words = JSON.parse(readFileSync(join(dist, 'search-words.json'), 'utf8')) as string[];
    expect(words[0]).toBe('peskov'); // twice; every other word once
    expect(words).toContain('huyen');
    expect(words).not.toContain('unnamed');
    expect(words).not.toContain('unindexedword');
  });

  it('stop the build with a clear message when there is no Pagefind bundle to read', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'crosscheck-words-'));
    try {
      const hook = searchWords().hooks['astro:build:done'] as (args: unknown) => Promise<void> | void;
      await expect(hook({ dir: pathToFileURL(`${empty}/`), logger })).rejects.toThrow(/no Pagefind bundle in .*: register searchWords\(\) after pagefind\(\)/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('name the file of a fragment this build cannot read', () => {
    expect(() => fragmentText('x.pf_fragment', Buffer.from('not gzip'))).toThrow(/^x\.pf_fragment: not a Pagefind fragment/);
    expect(() => fragmentText('y.pf_fragment', gzipSync('{"content":"a"}'))).toThrow(/^y\.pf_fragment: .*no "pagefind_dcd" signature/);
    expect(() => fragmentText('z.pf_fragment', gzipSync('pagefind_dcd{"url":"/"}'))).toThrow(/^z\.pf_fragment: a Pagefind fragment without its page's content/);
    expect(fragmentText('ok.pf_fragment', gzipSync('pagefind_dcd{"content":"Peskov said"}'))).toBe('Peskov said');
  });
});
