// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import { siteConfig } from './src/site.config.ts';

// Quotes must stay verbatim: smart punctuation is off wherever Markdown is rendered.
export default defineConfig({
  site: siteConfig.baseUrl,
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Pagefind last: it indexes the finished dist/ in astro:build:done.
  integrations: [mdx(), pagefind()],
});
