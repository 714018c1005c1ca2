// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// Quotes must stay verbatim: smart punctuation is off wherever Markdown is rendered.
export default defineConfig({
  site: 'https://crosscheck.example.org',
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
});
