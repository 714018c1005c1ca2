import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeeds } from '../../../src/ingest/read-seeds.ts';
import { parseArticle } from '../../../src/ingest/parse/parse-article.ts';
import type { ParsedArticle } from '../../../src/ingest/types.ts';

/** Hand-written messy pages in tests/fixtures/messy/, with hand-written expected records. */
const dir = fileURLToPath(new URL('../../fixtures/messy/', import.meta.url));
const { seeds, warnings } = readSeeds(dir);
const parsed = (id: string): ParsedArticle => {
  const seed = seeds.find((s) => s.id === id);
  if (!seed) throw new Error(`fixture ${id} not read`);
  return parseArticle(seed);
};
const p = (text: string) => ({ kind: 'paragraph' as const, text });
const h = (text: string) => ({ kind: 'subheading' as const, text });

describe('messy fixtures are read', () => {
  it('reads all four fixtures, ignoring .gitattributes', () => {
    expect(warnings).toEqual([]);
    expect(seeds.map((s) => s.file)).toEqual([
      'crlf-bom-glued.txt',
      'kicker-bylines-related.txt',
      'no-title-footer.txt',
      'wordpress-comments.txt',
    ]);
  });
});

describe('messy: WordPress page with share buttons, image name, date line and comment form', () => {
  it('keeps only the article', () => {
    expect(parsed('wordpress-comments')).toEqual({
      id: 'wordpress-comments',
      file: 'wordpress-comments.txt',
      title: 'Ministry says grain corridor talks will resume next week',
      date: '2025-03-12',
      dateText: 'March 12, 2025',
      outlet: null,
      via: null,
      byline: 'admin',
      credits: [],
      blocks: [
        p('The foreign ministry said on Tuesday that talks on the Black Sea grain corridor would resume next week in Istanbul.'),
        p('Officials did not say who would attend. “We expect all parties at the table,” a ministry spokeswoman told reporters.'),
        h('What the talks cover'),
        p('The previous agreement lapsed in July after Moscow declined to extend it.'),
      ],
    } satisfies ParsedArticle);
  });
});

describe('messy: CRLF, BOM, glued date and a By line', () => {
  it('the fixture really has a BOM and CRLF line ends', () => {
    const bytes = fs.readFileSync(path.join(dir, 'crlf-bom-glued.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes('\r\n')).toBe(true);
  });

  it('extracts date and byline, keeps the lede verbatim (U+00A0 and double space inside)', () => {
    expect(parsed('crlf-bom-glued')).toEqual({
      id: 'crlf-bom-glued',
      file: 'crlf-bom-glued.txt',
      title: '',
      date: '2025-02-04',
      dateText: '2025-02-04',
      outlet: null,
      via: null,
      byline: 'Maria Kowalska',
      credits: [],
      blocks: [
        p('The central bank held its main interest rate at 5.75%\u00A0on Tuesday, citing  stubborn services inflation.'),
        p('“We are not there yet,” Governor Ana Lind told a news conference in the capital.'),
        p('Economists polled last week had expected a hold.'),
        p('Markets barely moved after the decision, and the currency traded flat against the euro.'),
      ],
    } satisfies ParsedArticle);
  });
});

describe('messy: no title, no date, Source footer', () => {
  it('names the outlet and invents nothing', () => {
    expect(parsed('no-title-footer')).toEqual({
      id: 'no-title-footer',
      file: 'no-title-footer.txt',
      title: '',
      date: null,
      dateText: null,
      outlet: 'Coastal Daily Herald',
      via: null,
      byline: null,
      credits: [],
      blocks: [
        p('Flooding closed two main roads into the city on Sunday after three days of heavy rain, local officials said.'),
        p('Emergency crews evacuated about 400 residents from low-lying districts overnight.'),
        p('“The water rose faster than anyone expected,” said Pedro Alves, the regional civil defence coordinator.'),
        p('Forecasters expect more rain on Monday.'),
      ],
    } satisfies ParsedArticle);
  });
});

describe('messy: breadcrumbs, kicker, two authors, labelled date, link list, comments', () => {
  it('reads every field from its own line', () => {
    expect(parsed('kicker-bylines-related')).toEqual({
      id: 'kicker-bylines-related',
      file: 'kicker-bylines-related.txt',
      title: 'Court blocks pipeline expansion over climate review',
      date: '2025-03-12',
      dateText: '12 March 2025, 14:05 GMT',
      outlet: null,
      via: 'Nordic Wire',
      byline: 'Anna Berg and Tomas Lindqvist',
      credits: ['Reuters', 'AP'],
      blocks: [
        p('A regional court on Wednesday halted construction of a gas pipeline extension, ruling that its climate assessment was incomplete.'),
        p('The operator said it would appeal. “We respect the court but disagree with its reading of the law,” a spokesman said.'),
        h('What happens next'),
        p('An appeal could take up to a year, lawyers said.'),
        p('Environmental groups welcomed the ruling, calling it overdue.'),
      ],
    } satisfies ParsedArticle);
  });
});
