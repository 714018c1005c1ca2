/**
 * Site-wide settings: the one place for the site's name, publisher and public URL.
 * Imported by astro.config.mjs (for `site`) and by layouts and pages.
 */
export interface SiteConfig {
  /** Name shown in the header, page titles and structured data. */
  name: string;
  /** One-line description for the home page and meta description fallback. */
  description: string;
  /** Language of the pages (BCP 47). */
  lang: string;
  /** Public origin the site is served from, without a trailing slash. */
  baseUrl: string;
  /** Organisation that publishes the fact checks. */
  publisher: { name: string; url: string };
}

export const siteConfig: SiteConfig = {
  name: 'Crosscheck',
  description: 'Claims from news articles, checked against their sources.',
  lang: 'en',
  baseUrl: 'https://crosscheck.example.org',
  publisher: { name: 'Crosscheck Fact-Check Desk', url: 'https://crosscheck.example.org/' },
};

export default siteConfig;
