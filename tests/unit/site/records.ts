/** Article records and claim records for the site model's tests. */
import type { ArticleRecord } from '../../../src/schema/article.ts';
import { claimSchema } from '../../../src/schema/claim.ts';
import type { ClaimRecord } from '../../../src/site/model.ts';

/** An article record with two sentences in one paragraph; `extra` overrides any field. */
export function article(id: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    file: `${id}.txt`,
    title: `Headline of ${id}`,
    titleSentences: [],
    date: '2024-11-11',
    dateText: null,
    outlet: null,
    via: null,
    byline: null,
    credits: [],
    blocks: [{ kind: 'paragraph', text: 'First. Second.', sentences: [{ n: 1, start: 0, end: 6 }, { n: 2, start: 7, end: 14 }] }],
    ...extra,
  };
}

/** A claim page's record: its frontmatter as the schema reads it (title and verdict default). */
export function claim(slug: string, data: Record<string, unknown>): ClaimRecord {
  return { slug, data: claimSchema.parse({ title: slug, verdict: 'unattributed', ...data }) };
}
