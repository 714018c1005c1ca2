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
  /** Where readers report an error (the methodology page's "Report an error" gives it). */
  correctionsEmail: string;
  /**
   * Longest list on one page: verdict pages go on over numbered pages (/verdicts/disputed/2/),
   * and the home page and /claims/ show this many claims per verdict and articles, with a link
   * to the rest. An archive of thousands of articles would otherwise put tens of thousands of
   * links on one page. `CROSSCHECK_LIST_PAGE_SIZE` overrides it (the end-to-end fixture site
   * uses a small one to be paged).
   */
  listPageSize: number;
}

const pageSizeFromEnv = Number(process.env['CROSSCHECK_LIST_PAGE_SIZE']);

export const siteConfig: SiteConfig = {
  name: 'Crosscheck',
  description: 'Claims from news articles, checked against their sources.',
  lang: 'en',
  baseUrl: 'https://crosscheck.example.org',
  publisher: { name: 'Crosscheck Fact-Check Desk', url: 'https://crosscheck.example.org/' },
  correctionsEmail: 'corrections@crosscheck.example.org',
  listPageSize: Number.isInteger(pageSizeFromEnv) && pageSizeFromEnv > 0 ? pageSizeFromEnv : 100,
};

export default siteConfig;
