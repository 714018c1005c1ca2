import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseArticle } from '../../../src/ingest/parse/parse-article.ts';
import { isFurniture } from '../../../src/ingest/parse/furniture.ts';

const parse = (text: string) => parseArticle({ file: 'x.txt', id: 'x', text });

describe('parseArticle: header', () => {
  it('date line, title, counters and image names before the lede', () => {
    const a = parse('March 3, 2025\n\nKremlin denies call\n\n0\nabc-123.jpg\n\nThe Kremlin denied it.\n\nMore.');
    expect(a).toMatchObject({ title: 'Kremlin denies call', date: '2025-03-03', dateText: 'March 3, 2025' });
    expect(a.blocks).toEqual([
      { kind: 'paragraph', text: 'The Kremlin denied it.' },
      { kind: 'paragraph', text: 'More.' },
    ]);
  });

  it('glued date: the rest of the line is the lede, verbatim', () => {
    const a = parse(' date 2024-11-11 The Kremlin denies “it”.\n\nMore text.');
    expect(a).toMatchObject({ title: '', date: '2024-11-11', dateText: '2024-11-11' });
    expect(a.blocks[0]).toEqual({ kind: 'paragraph', text: 'The Kremlin denies “it”.' });
  });

  it('the first date wins', () => {
    expect(parse('December 2, 2024\nTitle of it\nText.\nDecember 5, 2024\nMore text.').date).toBe('2024-12-02');
  });

  it('no date stays null; relative days in the body are not dates', () => {
    const a = parse('On Monday the Kremlin denied it.\nYesterday, it denied it again.');
    expect(a.date).toBeNull();
    expect(a.dateText).toBeNull();
  });
});

describe('parseArticle: masthead lines', () => {
  it("the outlet's name alone under the title, or with the date, names the outlet", () => {
    const a = parse('Fire tears through plant; 12 hurt\n\nBrennan Falls Ledger\n\nMarch 12, 2025\n\nA fire broke out on Tuesday.');
    expect(a).toMatchObject({ title: 'Fire tears through plant; 12 hurt', outlet: 'Brennan Falls Ledger', date: '2025-03-12' });
    expect(a.blocks.map((b) => b.text)).toEqual(['A fire broke out on Tuesday.']);
    const b = parse('19 injured as blaze rips through plant\n\nValley Courier  |  March 12, 2025\n\nNineteen workers were injured.');
    expect(b).toMatchObject({ outlet: 'Valley Courier', date: '2025-03-12', dateText: 'March 12, 2025' });
    expect(b.blocks.map((x) => x.text)).toEqual(['Nineteen workers were injured.']);
    // Above the title too.
    expect(parse('The Daily Star\nMayor resigns after vote\nThe mayor resigned on Monday.')).toMatchObject({ outlet: 'The Daily Star', title: 'Mayor resigns after vote' });
  });

  it('next to the date or byline, any short name under the title is the masthead, whatever its last word', () => {
    const a = parse('FORKFUL ‘COVER-UP’: 3 MILLION HIT IN HACK\n\nThe Daily Beacon\n\nJune 11, 2025\n\nBy Kelly Marsh, Consumer Editor\n\nStaff say bosses knew.');
    expect(a).toMatchObject({ outlet: 'The Daily Beacon', date: '2025-06-11', title: 'FORKFUL ‘COVER-UP’: 3 MILLION HIT IN HACK' });
    expect(a.blocks.map((b) => b.text)).toEqual(['Staff say bosses knew.']);
    expect(parse('Forkful data breach: what we know\nCityline\nJune 12, 2025\nText one.').outlet).toBe('Cityline');
    expect(parse('Velčany’s lies won’t survive\nJune 9, 2025\nThe Oshtaran Patriot\nText one.').outlet).toBe('The Oshtaran Patriot');
    // Not the title itself, not a section label, not a sentence, not a line away from the date.
    expect(parse('Mayor Resigns After Vote\nJune 9, 2025\nThe mayor resigned.').outlet).toBeNull();
    expect(parse('Mayor resigns after vote\nPolitics\nJune 9, 2025\nThe mayor resigned.').outlet).toBeNull();
    expect(parse('Mayor resigns after vote\nHe Quit.\nJune 9, 2025\nThe mayor resigned.').outlet).toBeNull();
    expect(parse('Mayor resigns after vote\nCityline\nThe mayor resigned.\nJune 9, 2025').outlet).toBeNull();
  });

  it('a Source line wins; a masthead further down, a heading or a section label is text', () => {
    expect(parse('Title of the piece\nValley Courier\nText one.\nSource: Herald').outlet).toBe('Herald');
    const late = parse('Title of the piece\nText one.\nText two.\nValley Courier\nText three.');
    expect(late.outlet).toBeNull();
    expect(late.blocks.map((b) => b.text)).toContain('Valley Courier');
    expect(parse('Title of the piece\nPolitics | March 12, 2025\nText one.').outlet).toBeNull();
    expect(parse('Title of the piece\nNo signals from the West, says Kremlin\nText one.').outlet).toBeNull();
    // A one-line page keeps its line.
    expect(parse('Brennan Falls Ledger').outlet).toBeNull();
  });
});

describe('parseArticle: tail of the page', () => {
  it('drops everything after a comment-section line', () => {
    const a = parse('Headline here now\nText one.\nLeave a Reply\nGreat post!\nBy Jim\nDecember 9, 2024\nSource: Blog');
    expect(a.blocks.map((b) => b.text)).toEqual(['Text one.']);
    expect(a).toMatchObject({ byline: null, date: null, outlet: null });
  });

  it('drops link headlines after "Related" but still reads the footer Source line', () => {
    const a = parse('Text one.\nRelated\nOther story headline\nSource: Herald');
    expect(a.blocks.map((b) => b.text)).toEqual(['Text one.']);
    expect(a.outlet).toBe('Herald');
  });

  it('returns to the body at the first prose line after a link list', () => {
    const a = parse('Text one.\nSee also\nOther story headline\nThe article goes on here.');
    expect(a.blocks.map((b) => b.text)).toEqual(['Text one.', 'The article goes on here.']);
  });

  it('bylines anywhere in the body are read and removed', () => {
    const a = parse('Text one.\nBy Jane Roe\nText two.');
    expect(a.byline).toBe('Jane Roe');
    expect(a.blocks.map((b) => b.text)).toEqual(['Text one.', 'Text two.']);
  });

  it('a By line wins over a byline inside a Source line', () => {
    const a = parse('Text.\nBy Jane Roe\nSource: wire.example (John Doe – According to AFP)');
    expect(a).toMatchObject({ byline: 'Jane Roe', via: 'wire.example', credits: ['AFP'], outlet: null });
  });
});

describe('parseArticle: degenerate input', () => {
  it('empty text gives an empty record', () => {
    expect(parse('')).toEqual({
      id: 'x',
      file: 'x.txt',
      title: '',
      date: null,
      dateText: null,
      outlet: null,
      via: null,
      byline: null,
      credits: [],
      blocks: [],
    });
  });

  it('furniture only gives no blocks', () => {
    expect(parse('Share\n0\nLeave a Reply\nYour email address will not be published.').blocks).toEqual([]);
  });
});

describe('parseArticle: invariants on arbitrary pages', () => {
  const pool = [
    'Kremlin denies call',
    'The Kremlin denied the report on Monday.',
    '“Simply false,” Peskov said.',
    'December 2, 2024',
    ' date 2024-11-11 The Kremlin said no.',
    'By Editor',
    'Source: Herald',
    'Source: wire.example (Jo Roe – According to AFP , AP )',
    'Leave a Reply',
    'Related',
    'Share',
    '0',
    'a1b2.jpg',
    '\u00A0',
    '',
    'No signals from the West, says Kremlin',
  ];
  const line = fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

  it('never throws; blocks and title are verbatim pieces of input lines; no furniture', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const a = parse(lines.join(eol));
        const inputLines = lines.flatMap((l) => l.split(/\r\n|\r|\n/u));
        for (const piece of [a.title, ...a.blocks.map((b) => b.text)].filter((t) => t !== '')) {
          expect(inputLines.some((l) => l.includes(piece))).toBe(true);
          expect(piece).toBe(piece.trim());
          expect(isFurniture(piece)).toBe(false);
        }
        if (a.date !== null) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(a.date === null).toBe(a.dateText === null);
      }),
      { numRuns: 300 },
    );
  });
});
