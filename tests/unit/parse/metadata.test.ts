import { describe, it, expect } from 'vitest';
import { isNameLike, parseBylineLine, parseMastheadLine, parseMetaLine, parseSourceLine, resolveSources } from '../../../src/ingest/parse/metadata.ts';

describe('metadata: Source lines', () => {
  it('reads a plain Source line as an outlet name', () => {
    expect(parseSourceLine('Source: Coastal Daily Herald')).toEqual({
      name: 'Coastal Daily Herald',
      detailed: false,
      byline: null,
      credits: [],
    });
    expect(parseSourceLine('Sources: example.org.')?.name).toBe('example.org');
  });

  it('takes a detailed Source line apart: name, author, credits', () => {
    expect(parseSourceLine('Source: news.example (Jane Roe – According to AFP , AP and Reuters )')).toEqual({
      name: 'news.example',
      detailed: true,
      byline: 'Jane Roe',
      credits: ['AFP', 'AP', 'Reuters'],
    });
  });

  it('reads credits without an author', () => {
    expect(parseSourceLine('Source: Nordic Wire (According to Reuters, AP)')).toEqual({
      name: 'Nordic Wire',
      detailed: true,
      byline: null,
      credits: ['Reuters', 'AP'],
    });
    expect(parseSourceLine('Source: Daily Example (AFP)')?.credits).toEqual(['AFP']);
  });

  it('ignores lines that are not Source lines', () => {
    expect(parseSourceLine('Sources familiar with the call said Trump urged restraint.')).toBeNull();
    expect(parseSourceLine('Source: a senior official who asked not to be named said the talks had stalled')).toBeNull();
  });
});

describe('metadata: combining several Source lines', () => {
  const plain = (name: string) => ({ name, detailed: false, byline: null, credits: [] });

  it('plain line → outlet; detailed line → via, byline, credits', () => {
    const detailed = parseSourceLine('Source: wire.example (Jo Bloggs – According to TASS , AFP)');
    expect(detailed).not.toBeNull();
    if (!detailed) return;
    expect(resolveSources([detailed, plain('Some Insider')])).toEqual({
      outlet: 'Some Insider',
      via: 'wire.example',
      byline: 'Jo Bloggs',
      credits: ['TASS', 'AFP'],
    });
  });

  it('one plain line: outlet only', () => {
    expect(resolveSources([plain('Herald')])).toEqual({ outlet: 'Herald', via: null, byline: null, credits: [] });
  });

  it('two plain lines: the last is the outlet, the first what it credits', () => {
    expect(resolveSources([plain('Wire'), plain('Herald')])).toMatchObject({ outlet: 'Herald', via: 'Wire' });
  });

  it('no Source lines: nothing', () => {
    expect(resolveSources([])).toEqual({ outlet: null, via: null, byline: null, credits: [] });
  });
});

describe('metadata: bylines', () => {
  it.each([
    ['By Editor', 'Editor'],
    ['By Huyen Le', 'Huyen Le'],
    ['by Anna Berg and Tomas Lindqvist', 'Anna Berg and Tomas Lindqvist'],
    ['Written by Ursula von der Leyen', 'Ursula von der Leyen'],
    ['Author: Seán O’Brien', 'Seán O’Brien'],
    ['By admin', 'admin'],
    // A person, then the desk or outlet the name is printed with.
    ['By Keisha Mbatha-Lindqvist, WTBK 7 Investigates', 'Keisha Mbatha-Lindqvist'],
  ])('%s → %s', (line, byline) => {
    expect(parseBylineLine(line)).toEqual({ byline, date: null });
  });

  it('reads a date after the name', () => {
    expect(parseBylineLine('By Editor | December 2, 2024')).toEqual({
      byline: 'Editor',
      date: { iso: '2024-12-02', text: 'December 2, 2024' },
    });
  });

  it.each([
    'By the end of the week, talks had stalled.',
    'By Monday the troops had withdrawn from the city',
    'By contrast, Kyiv insists on its territorial integrity.',
    'By Editor | some unrelated text',
    'By The Numbers',
    'By the way',
    'By Tuesday, Orrin said, the plant would close.',
  ])('not a byline: %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });

  it('knows names from organisations and prose', () => {
    expect(isNameLike('Jane Roe')).toBe(true);
    expect(isNameLike('the way')).toBe(false);
  });
});

describe('metadata: masthead lines', () => {
  it("reads an outlet's name, alone or with a date after a separator", () => {
    expect(parseMastheadLine('Brennan Falls Ledger')).toEqual({ outlet: 'Brennan Falls Ledger', date: null });
    expect(parseMastheadLine('Channel 7 News')).toEqual({ outlet: 'Channel 7 News', date: null });
    expect(parseMastheadLine('Valley Courier  |  March 12, 2025')).toEqual({ outlet: 'Valley Courier', date: { iso: '2025-03-12', text: 'March 12, 2025' } });
    expect(parseMastheadLine('The Times — 3 March 2025')?.outlet).toBe('The Times');
  });

  it('leaves headings, section labels, sentences and long lines alone', () => {
    for (const line of [
      'Politics | March 12, 2025',
      'Valley Courier | Opinion',
      'Valley Courier | March 12, 2025 | Page 3',
      'No signals from the West, says Kremlin',
      'The report was published by the Post.',
      'The Greater Brennan Falls Area Evening Daily News',
      'brennan falls ledger',
    ]) {
      expect(parseMastheadLine(line), line).toBeNull();
    }
  });
});

describe('metadata: classifying a line', () => {
  it('finds source, byline and date lines', () => {
    expect(parseMetaLine('Source: Herald')?.kind).toBe('source');
    expect(parseMetaLine('By Editor')).toEqual({ kind: 'byline', byline: 'Editor', date: null });
    expect(parseMetaLine('December 2, 2024')).toEqual({
      kind: 'date',
      date: { iso: '2024-12-02', text: 'December 2, 2024' },
      byline: null,
    });
  });

  it('reads the WordPress "Posted on DATE by NAME" line', () => {
    expect(parseMetaLine('Posted on March 12, 2025 by admin')).toEqual({
      kind: 'date',
      date: { iso: '2025-03-12', text: 'March 12, 2025' },
      byline: 'admin',
    });
  });

  it('leaves text alone', () => {
    expect(parseMetaLine('The Kremlin denied the report on Monday.')).toBeNull();
    expect(parseMetaLine('Putin Denies talks amid war escalation')).toBeNull();
  });
});

describe('a Source line that says what kind of page it is', () => {
  it('“(press release)” or the network a show is on leave the name the outlet’s', () => {
    expect(parseSourceLine('Source: Maresca-Lindqvist Pharma (press release)')).toEqual({ name: 'Maresca-Lindqvist Pharma', detailed: false, byline: null, credits: [], issued: true });
    // A release, a statement or an official update is the named body's own: `issued`.
    expect(parseSourceLine('Source: Halberton City FC (club statement)')).toEqual({ name: 'Halberton City FC', detailed: false, byline: null, credits: [], issued: true });
    expect(parseSourceLine('Source: Ministry of Health (official statement)')).toEqual({ name: 'Ministry of Health', detailed: false, byline: null, credits: [], issued: true });
    // (An open letter is its signatories' own words; a newsletter is a newsroom's.)
    expect(parseSourceLine('Source: Friends of the Wendle (open letter)')).toEqual({ name: 'Friends of the Wendle', detailed: false, byline: null, credits: [], issued: true });
    expect(parseSourceLine('Source: The Breach Report (newsletter)')).toEqual({ name: 'The Breach Report', detailed: false, byline: null, credits: [] });
    expect(parseSourceLine('Source: Tamsen County Fire Authority (official incident update)')).toEqual({ name: 'Tamsen County Fire Authority', detailed: false, byline: null, credits: [], issued: true });
    expect(parseSourceLine('Source: The Ward Round (Wexcombe Community Radio)')).toEqual({ name: 'The Ward Round', detailed: false, byline: null, credits: [] });
    // A live page, however it says so.
    for (const kind of ['live', 'live blog', 'live updates', 'live coverage']) {
      expect(parseSourceLine(`Source: Northmoor Echo (${kind})`), kind).toEqual({ name: 'Northmoor Echo', detailed: false, byline: null, credits: [] });
    }
    // A republisher's details still name the original's author and agencies.
    expect(parseSourceLine('Source: site.example (Jane Roe – According to AFP, Reuters)')).toMatchObject({ detailed: true, byline: 'Jane Roe', credits: ['AFP', 'Reuters'] });
  });
});
