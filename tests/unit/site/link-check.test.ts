import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import linkCheck, { brokenLinksMessage, findBrokenLinks, fragmentOf, hasAnchor, pageAnchors, pageReferences, resolveReference } from '../../../src/integrations/link-check.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A built site: file → content. */
function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'crosscheck-links-'));
  dirs.push(dist);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

describe('the references of a page', () => {
  it('are its href and src values in order, not those inside a script body or a template', () => {
    const html = page(
      '<a href="/claims/a/">A</a><img src="/favicon.svg" alt=""><script type="text/pagefind-template"><a href="{{ meta.url }}"></a></script>' +
        '<script type="module" src="/_astro/search.js"></script><template><a href="/inert/"></a></template><a data-href="/not-an-attribute/" href="../b/#s-2">B</a>',
    );
    expect(pageReferences(Buffer.from(html))).toEqual(['/_astro/site.css', '/claims/a/', '/favicon.svg', '/_astro/search.js', '../b/#s-2']);
  });

  it('keep a slug in any script: the value is decoded as UTF-8', () => {
    expect(pageReferences(Buffer.from(page('<a href="/speakers/ñandú/">Ñandú</a>')))).toEqual(['/_astro/site.css', '/speakers/ñandú/']);
  });

  it('resolve against the page; other sites, mail and fragments lead off the site', () => {
    expect(resolveReference('/claims/a/#s-1', '/claims/b/')).toBe('/claims/a/');
    expect(resolveReference('../a/?q=x&amp;y=1', '/claims/b/')).toBe('/claims/a/');
    expect(resolveReference('/speakers/%C3%B1and%C3%BA/', '/')).toBe('/speakers/ñandú/');
    for (const off of ['https://example.org/x', 'mailto:desk@example.org', '#main', '//cdn.example.org/x.js', 'data:image/png;base64,AA', '']) {
      expect(resolveReference(off, '/claims/b/'), off).toBeNull();
    }
  });
});

describe('the fragment of a link', () => {
  it('names an element by its id, percent-decoded', () => {
    expect(fragmentOf('/articles/a1/#s-3')).toBe('s-3');
    expect(fragmentOf('#main')).toBe('main');
    expect(fragmentOf('/methodology/#caf%C3%A9')).toBe('café');
    expect(fragmentOf('../b/?q=x&amp;y=1#a&amp;b')).toBe('a&b');
  });

  it('names none to check when there is none, it is empty, it is #top, or it is a text fragment', () => {
    for (const href of ['/claims/a/', '#', '/claims/a/#', '#top', '#Top', '/claims/a/#:~:text=Kyiv']) expect(fragmentOf(href), href).toBeNull();
  });

  it('is looked for among the ids of the page, not in a script body or a template, and not in data-id', () => {
    const html = page('<p id="s-0">A</p><p data-id="x">B</p><h2 id="why &amp; how">C</h2><template><p id="inert"></p></template><script>const s = \'<p id="in-script">\';</script>');
    expect([...pageAnchors(Buffer.from(html))]).toEqual(['s-0', 'why & how']);
    // Asked of one id, as the skip link asks it of every page: the same answers.
    for (const id of ['s-0', 'why & how']) expect(hasAnchor(Buffer.from(html), id), id).toBe(true);
    for (const id of ['x', 'inert', 'in-script', 's-', 'why']) expect(hasAnchor(Buffer.from(html), id), id).toBe(false);
  });
});

describe('a built site', () => {
  const good = {
    'index.html': page('<a href="/claims/bridge-reopens/">Bridge</a><a href="/rss.xml">Feed</a><a href="https://example.org/">Out</a>'),
    'claims/bridge-reopens/index.html': page('<a href="/">Home</a><a href="../mayor-denies/">Related</a><a href="/articles/a1/#s-3">Quote</a>'),
    'claims/mayor-denies/index.html': page('<a href="/claims/bridge-reopens">No trailing slash</a>'),
    'articles/a1/index.html': page('<main id="main"><a href="#main">Skip</a><a href="#top">Top</a><a href="#">Top too</a><p id="s-3">Quoted.</p><a href="/claims/">All</a></main>'),
    'claims/index.html': page(''),
    '_astro/site.css': 'body{}',
    'rss.xml': '<rss/>',
    'pagefind/pagefind-ui.html': '<a href="/nowhere/">bundle files are no pages</a>',
  };

  it('with every link leading somewhere has no broken link', () => {
    expect(findBrokenLinks(site(good))).toEqual([]);
  });

  it('names each link that leads nowhere, with its page, however often it is repeated', () => {
    const dist = site({
      ...good,
      'claims/mayor-denies/index.html': page('<p>See <a href="/claims/bridge-reopen/">the bridge claim</a> and <a href="../bridge-reopens/">again</a>.</p><img src="/missing.png">'),
      'claims/index.html': page('<a href="/claims/bridge-reopen/">Same typo</a>'),
    });
    expect(findBrokenLinks(dist)).toEqual([
      { page: '/claims/', href: '/claims/bridge-reopen/', path: '/claims/bridge-reopen/' },
      { page: '/claims/mayor-denies/', href: '/claims/bridge-reopen/', path: '/claims/bridge-reopen/' },
      { page: '/claims/mayor-denies/', href: '/missing.png', path: '/missing.png' },
    ]);
  });

  it('the message names the file to fix and the nearest pages that exist', () => {
    const dist = site({ ...good, 'claims/mayor-denies/index.html': page('<a href="/claims/bridge-reopen/">typo</a>') });
    const broken = findBrokenLinks(dist);
    const source = (p: string) => (p === '/claims/mayor-denies/' ? 'content/claims/mayor-denies.mdx' : null);
    expect(brokenLinksMessage(broken, dist, source)).toBe(
      '1 broken link: fix it in the file named, or give a renamed claim page its old name in `aliases`:\n' +
        '  content/claims/mayor-denies.mdx: links to /claims/bridge-reopen/, which is no page or file of the site (did you mean /claims/bridge-reopens/?)',
    );
  });

  it('says where a relative link led, and suggests only pages a slip away', () => {
    const dist = site({ ...good, 'claims/mayor-denies/index.html': page('<a href="bridge-reopens/">relative to itself</a><img src="/missing.svg" alt="">') });
    expect(brokenLinksMessage(findBrokenLinks(dist), dist, () => null)).toBe(
      '2 broken links: fix them in the file named, or give a renamed claim page its old name in `aliases`:\n' +
        '  the page /claims/mayor-denies/: links to bridge-reopens/ (/claims/mayor-denies/bridge-reopens/), which is no page or file of the site\n' +
        '  the page /claims/mayor-denies/: links to /missing.svg, which is no page or file of the site',
    );
  });

  it('names each link whose fragment is no element of the page it leads to, and the ids a slip away', () => {
    const dist = site({
      ...good,
      'claims/mayor-denies/index.html': page('<a href="#mian">Skip</a><a href="/articles/a1/#s-33">Quote</a><a href="/articles/a1/#s-3">Fine</a><a href="/rss.xml#x">Not a page</a>'),
    });
    const broken = findBrokenLinks(dist);
    expect(broken).toEqual([
      { page: '/claims/mayor-denies/', href: '#mian', path: '/claims/mayor-denies/', fragment: 'mian' },
      { page: '/claims/mayor-denies/', href: '/articles/a1/#s-33', path: '/articles/a1/', fragment: 's-33' },
    ]);
    expect(brokenLinksMessage(broken, dist, () => 'content/claims/mayor-denies.mdx')).toBe(
      '2 broken links: fix them in the file named, or give a renamed claim page its old name in `aliases`:\n' +
        '  content/claims/mayor-denies.mdx: links to #mian, but this page has no element with id "mian"\n' +
        '  content/claims/mayor-denies.mdx: links to /articles/a1/#s-33, but the page /articles/a1/ has no element with id "s-33" (did you mean #s-3?)',
    );
  });

  it('checks links written with the site’s own address like the site’s other links', () => {
    const dist = site({ ...good, 'index.html': page('<link rel="canonical" href="https://news.example.org/"><a href="https://news.example.org/claims/gone/">pasted</a><a href="https://other.example.org/claims/gone/">elsewhere</a>') });
    expect(findBrokenLinks(dist, 'https://news.example.org')).toEqual([{ page: '/', href: 'https://news.example.org/claims/gone/', path: '/claims/gone/' }]);
    expect(findBrokenLinks(dist)).toEqual([]);
  });

  it('fails the build through the integration, and passes a site whose links all lead somewhere', async () => {
    const hook = linkCheck().hooks['astro:build:done'] as (args: unknown) => Promise<void>;
    const logger = { info: () => {}, error: () => {} };
    await expect(hook({ dir: pathToFileURL(`${site(good)}/`), logger })).resolves.toBeUndefined();
    const bad = site({ ...good, 'index.html': page('<a href="/claims/gone/">Gone</a>') });
    await expect(hook({ dir: pathToFileURL(`${bad}/`), logger })).rejects.toThrow('the page /: links to /claims/gone/, which is no page or file of the site');
  });
});
