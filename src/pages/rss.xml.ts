/** RSS feed of the latest active claims (src/site/feed.ts), newest article date first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config.ts';
import { siteModel } from '../site/data.ts';
import { feedItemHtml, latestClaims } from '../site/feed.ts';
import { claimPath, reasonsForVerdict } from '../site/model.ts';
import { VERDICT_INFO } from '../site/verdicts.ts';

export const GET: APIRoute = async (context) => {
  const model = await siteModel();
  const claims = latestClaims(model.active);
  const site = String(context.site ?? siteConfig.baseUrl);
  return rss({
    title: `${siteConfig.name}: claims`,
    description: siteConfig.description,
    site,
    customData: `<language>${siteConfig.lang}</language>`,
    items: claims.map((c) => {
      const info = VERDICT_INFO[c.verdict];
      return {
        title: `${info.label}: ${c.title}`,
        link: claimPath(c.slug),
        description: [info.summary, ...reasonsForVerdict(c)].join(' '),
        categories: [info.label],
        content: feedItemHtml(c, site),
        ...(c.lastDate ? { pubDate: new Date(`${c.lastDate}T00:00:00Z`) } : {}),
      };
    }),
  });
};
