// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import linkCheck from './src/integrations/link-check.ts';
import searchWords from './src/integrations/search-words.ts';
import { siteConfig } from './src/site.config.ts';
import { cacheDirFor, contentDir } from './src/site/content-dir.ts';
import { notesHeadings } from './src/site/notes-headings.ts';
import { unlistedClaimSlugs } from './src/site/unlisted.ts';

// Retired claims keep their page but leave every listing, the sitemap included; a renamed page's
// old names only redirect to it (src/site/unlisted.ts). Read when the
// sitemap is written, not when the config loads: `npm run build` loads the config while the
// ingest is still writing content/ (src/build.ts).
const cacheDir = cacheDirFor();
/** @type {Set<string> | undefined} */
let unlisted;

/**
 * The file behind a claim page, for messages about a link on it (an author's notes).
 * @param {string} page
 */
function claimSource(page) {
  const slug = /^\/claims\/([^/]+)\/$/.exec(page)?.[1];
  if (!slug) return null;
  const file = `${contentDir()}/claims/${decodeURIComponent(slug)}.mdx`;
  return existsSync(file) ? file.replace(/^\.\//, '') : null;
}

// Quotes must stay verbatim: smart punctuation is off wherever Markdown is rendered (MDX follows it).
export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'ignore',
  // Article pages live under /articles/<id>/; their list is /archive/ (src/pages/archive/).
  redirects: { '/articles': '/archive/' },
  // A content cache per content folder (CROSSCHECK_CACHE_DIR to choose one): see cacheDirFor.
  ...(cacheDir ? { cacheDir } : {}),
  // Headings in an author's notes go below the claim page's own (src/site/notes-headings.ts).
  markdown: { processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [notesHeadings] }) },
  vite: {
    build: {
      rolldownOptions: {
        // Rendering claim MDX bodies makes the bundler note, once per page, that Astro's own
        // "use astro:head-inject" directive is not preserved; it is harmless and drowns real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        const claim = /^\/claims\/([^/]+)\/$/.exec(path)?.[1];
        if (!claim) return true;
        unlisted ??= unlistedClaimSlugs(`${contentDir()}/claims`);
        return !unlisted.has(decodeURIComponent(claim));
      },
    }),
    // Pagefind: it indexes the finished dist/ in astro:build:done.
    pagefind(),
    // The words of its index, for the search page's "Did you mean …?".
    searchWords(),
    // Then every link of the finished site, Pagefind's bundle included, must lead somewhere.
    linkCheck({ sourceOf: claimSource }),
  ],
});
