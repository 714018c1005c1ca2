// @ts-check
// Baseline for the benchmark: Astro and MDX, nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
