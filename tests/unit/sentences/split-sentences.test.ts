import { describe, expect, it } from 'vitest';
import { sentenceRanges, splitArticle } from '../../../src/ingest/sentences/split-sentences.ts';
import type { ParsedArticle } from '../../../src/ingest/types.ts';

const article = (title: string, ...paragraphs: string[]): ParsedArticle => ({
  id: 'a',
  file: 'a.txt',
  title,
  date: null,
  dateText: null,
  outlet: null,
  via: null,
  byline: null,
  credits: [],
  blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
});

describe('sentence ranges', () => {
  it('splits a paragraph into verbatim slices', () => {
    const text = 'The mayor resigned on Friday. “It was time,” she said. Officials declined to comment.';
    const parts = sentenceRanges(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual(['The mayor resigned on Friday.', '“It was time,” she said.', 'Officials declined to comment.']);
  });

  it('keeps curly quotes, non-breaking spaces and abbreviations untouched', () => {
    const text = 'Mr. Smith met the U.S. envoy\u00a0in Paris. He called it “excellent.”';
    const parts = sentenceRanges(text).map(([s, e]) => text.slice(s, e));
    expect(parts.join(' ')).toBe(text);
    for (const p of parts) expect(text.includes(p)).toBe(true);
  });

  it('ends a sentence where a quotation opened before it closes, after a stop or a tag, and a capital follows', () => {
    const text = 'Until Friday, the page read, in full: "The bridge will reopen on {reopening_date}. <b>Please use the signed diversion.</b>" A reader sent us a screenshot.';
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Until Friday, the page read, in full: "The bridge will reopen on {reopening_date}.',
      '<b>Please use the signed diversion.</b>"',
      'A reader sent us a screenshot.',
    ]);
    // A quotation that goes on to its attribution stays one sentence.
    const said = '"We did it. We did it again," she said. Then she left.';
    expect(sentenceRanges(said).map(([s, e]) => said.slice(s, e))).toEqual(['"We did it.', 'We did it again," she said.', 'Then she left.']);
  });

  it('returns nothing for blank text', () => {
    expect(sentenceRanges('   ')).toEqual([]);
  });
});

describe('article numbering', () => {
  it('numbers the headline first, then body sentences in reading order', () => {
    const split = splitArticle(article('Council votes no', 'First point. Second point.', 'Third point.'));
    expect(split.sentences.map((s) => [s.n, s.kind, s.text])).toEqual([
      [0, 'title', 'Council votes no'],
      [1, 'paragraph', 'First point.'],
      [2, 'paragraph', 'Second point.'],
      [3, 'paragraph', 'Third point.'],
    ]);
    expect(split.blockSentences[1]).toEqual([{ n: 3, start: 0, end: 12 }]);
  });

  it('gives an article without a headline no title sentence', () => {
    const split = splitArticle(article('', 'Only the lede.'));
    expect(split.titleSentences).toEqual([]);
    expect(split.sentences[0]?.n).toBe(0);
  });
});

describe('a wire dateline', () => {
  it('is left out of the first sentence of its paragraph, whose quote stays a verbatim slice', () => {
    const lede = 'ASHBY CROSS — Fenmore General Hospital paid a ransom, two officials said. The officials spoke on Tuesday.';
    const split = splitArticle(article('Hospital paid, officials say', lede, 'KYIV, Ukraine (AP) — Talks resumed.', 'NATO said on Monday that talks resumed.'));
    expect(split.sentences.map((s) => s.text)).toEqual([
      'Hospital paid, officials say',
      'Fenmore General Hospital paid a ransom, two officials said.',
      'The officials spoke on Tuesday.',
      'Talks resumed.',
      'NATO said on Monday that talks resumed.',
    ]);
    const first = split.sentences[1]!;
    expect(lede.slice(first.start, first.end)).toBe(first.text);
  });

  it('with a date, or a press release’s wire, between the city and the dash', () => {
    const split = splitArticle(article('', "LONDON, June 11 (Meridian) - Britain's data regulator has opened an investigation.", 'HOLLIS BEND, Ashcombe County, Sept. 17, 2025 /PRNewswire/ -- Veltrex Chemical Company today responded.'));
    expect(split.sentences.map((s) => s.text)).toEqual(["Britain's data regulator has opened an investigation.", 'Veltrex Chemical Company today responded.']);
  });

  it('a list item’s bullet is left out the same way (“- ”, “• ”)', () => {
    const split = splitArticle(article('', '- Orrin says it will cut about 1,200 jobs.', '• The state gave Orrin $4.2 million in 2021.', '-5 degrees is no bullet.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['Orrin says it will cut about 1,200 jobs.', 'The state gave Orrin $4.2 million in 2021.', '-5 degrees is no bullet.']);
  });

  it('a numbered item’s number and a Q&A explainer’s “Q:”/“A:” are left out, before the block is split (“2.” would be a sentence)', () => {
    const split = splitArticle(article('', '2. At 06:42 a man was arrested. He was released later.', 'Q: Who is the key witness?', 'A: Agnieszka Wójcik, a former executive.', '2024. A year is no item number.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['At 06:42 a man was arrested.', 'He was released later.', 'Who is the key witness?', 'Agnieszka Wójcik, a former executive.', '2024.', 'A year is no item number.']);
    // Offsets stay the block's: the quote is a slice of the seed.
    expect(split.blockSentences[0]![0]).toMatchObject({ start: 3 });
  });

  it('a quotation ending in “?” or “!” goes on with its attribution: “…?” asked Frank Delgado', () => {
    const text = '“Where was anybody?” asked Frank Delgado, 58, who lives on Owl Creek Road. “I got in the truck at 3:30.”';
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['“Where was anybody?” asked Frank Delgado, 58, who lives on Owl Creek Road.', '“I got in the truck at 3:30.”']);
  });

  it('“a.m.” ends a sentence when a quotation opens after it', () => {
    const text = 'He saw a blue flash at about 2:30 a.m. “Then the lights went out,” he said. The call came at 2:40 a.m. on Sunday.';
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['He saw a blue flash at about 2:30 a.m.', '“Then the lights went out,” he said.', 'The call came at 2:40 a.m. on Sunday.']);
  });

  it('a grade’s letter ends a sentence before a pronoun or an article: “awarded an E. She was awarded a D.”', () => {
    const split = splitArticle(article('', 'An earlier version said she had been awarded an E. She was awarded a D. It also said 180 schools.', 'Her tutor, a J. Smith, agreed.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['An earlier version said she had been awarded an E.', 'She was awarded a D.', 'It also said 180 schools.', 'Her tutor, a J. Smith, agreed.']);
  });

  it('a one-word answer is a sentence of its own: “No. Prosecutors say …”', () => {
    const split = splitArticle(article('', 'No. Prosecutors say the bid was $8 million higher.', 'Yes. The city paused it.', 'No one was hurt.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['No.', 'Prosecutors say the bid was $8 million higher.', 'Yes.', 'The city paused it.', 'No one was hurt.']);
  });

  it('a stop with no space after it ends no sentence: “www.veltrex.example”, “{props.count}”', () => {
    const split = splitArticle(article('', 'For more information, visit www.veltrex.example. Call us.', '{props.count} workers have signed a petition.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['For more information, visit www.veltrex.example.', 'Call us.', '{props.count} workers have signed a petition.']);
  });

  it('an official update’s timeline keeps its times: they are what it states', () => {
    const article = { id: 'u', file: 'u.txt', title: '', date: null, dateText: null, outlet: 'Fire Authority', via: null, byline: null, credits: [], blocks: [{ kind: 'paragraph' as const, text: '2:40 a.m. – First 911 call reporting a fire near Owl Creek Road.' }] };
    expect(splitArticle({ ...article, issued: true }).sentences[0]!.text).toBe('2:40 a.m. – First 911 call reporting a fire near Owl Creek Road.');
    expect(splitArticle(article).sentences[0]!.text).toBe('First 911 call reporting a fire near Owl Creek Road.');
  });

  it('a live blog’s entry time, and its "Recap:" label, are left out the same way', () => {
    const split = splitArticle(article('', '07:50 — Emir Hadžić said troops had not crossed.', '9:15am BST – The UN called for restraint.', '08:05 — Recap: the clash began before dawn.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['Emir Hadžić said troops had not crossed.', 'The UN called for restraint.', 'the clash began before dawn.']);
  });

  it('a time in “am”/“pm” ends a sentence before a capital, as “a.m.” does', () => {
    const split = splitArticle(article('', 'The fire service said the gas had been escaping since about 7.50am. Adrian Quayle said the valve had been isolated by 11.40am.', 'It began at 7.50 a.m. Corvane said so.', 'It opens at 9am. Monday is busy.'));
    expect(split.sentences.map((s) => s.text)).toEqual([
      'The fire service said the gas had been escaping since about 7.50am.',
      'Adrian Quayle said the valve had been isolated by 11.40am.',
      'It began at 7.50 a.m.',
      'Corvane said so.',
      'It opens at 9am. Monday is busy.',
    ]);
    // (Also when the tagger first cut the time itself, "9." | "02am. …", and the two are joined again.)
    expect(sentenceRanges('The first call was logged at 9.02am. Corvane now says 8.55am.').length).toBe(2);
  });

  it('a live blog’s entry time with no dash before a capital, or labelled first (“Update 11:03:”), is left out too', () => {
    const split = splitArticle(article('', '10:15 Ellisford General Hospital says 17 people have been taken to hospital.', 'Update 11:03: Kestrel Lane Primary School will stay closed.', '10:15 is when the road was closed.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['Ellisford General Hospital says 17 people have been taken to hospital.', 'Kestrel Lane Primary School will stay closed.', '10:15 is when the road was closed.']);
  });

  it('a British entry time, with a point and “pm” (“4.58pm:”, “Update, 11.05am:”), is left out too; “4.5 million” is no time', () => {
    const split = splitArticle(article('', '4.58pm: The leader of the council has posted on X. She said the deck had fallen.', 'Update, 11.05am: Six people were taken to hospital.', '4.5 million people live in the region.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['The leader of the council has posted on X. She said the deck had fallen.', 'Six people were taken to hospital.', '4.5 million people live in the region.']);
  });

  it('an entry’s label with its date and time in brackets (“Update (7 March, 2.15pm):”) is left out too; a bracket with no number is not', () => {
    const split = splitArticle(article('', 'Update (7 March, 2.15pm): An earlier version of this update said that three people had been arrested.', 'Correction (11:05): The road reopened at noon.', 'Update (police): Two men were arrested.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['An earlier version of this update said that three people had been arrested.', 'The road reopened at noon.', 'Update (police): Two men were arrested.']);
  });

  it('a minute’s paragraph number (“3.9 The Chair said …”) is left out, as a list item’s is; “4.5 million …” stays', () => {
    const split = splitArticle(article('', '3.9 The Chair said the council had known.', '4.2.1 Members noted the report.', '4.5 million people live in the region.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['The Chair said the council had known.', 'Members noted the report.', '4.5 million people live in the region.']);
  });

  it('a timeline announced with a colon keeps its times, to its last line that opens with one', () => {
    const split = splitArticle(article('', 'Here’s how the morning went, as best I can piece it together:', '07:15 — The crew hand out life jackets. Still no explanation.', '10:55 — The last of us get off.', 'The coastguard says everyone was ashore by 9:40.', '11:20 — A later line after the timeline ended.'));
    expect(split.sentences.map((s) => s.text)).toEqual([
      'Here’s how the morning went, as best I can piece it together:',
      '07:15 — The crew hand out life jackets.',
      'Still no explanation.',
      '10:55 — The last of us get off.',
      'The coastguard says everyone was ashore by 9:40.',
      'A later line after the timeline ended.',
    ]);
    // (A live blog's entry that ends with a colon announces no timeline of the entries after it.)
    expect(splitArticle(article('', '09:40 — The spokeswoman said:', '09:15 — The UN called for restraint.')).sentences[1]!.text).toBe('The UN called for restraint.');
  });

  it('…and a label in bold markup ("<strong>BREAKING:</strong>", "<b>Update</b>:")', () => {
    const split = splitArticle(article('', '13:58 — <strong>BREAKING:</strong> The sprinter has been suspended.', '16:20 — <b>Update</b>: The federation has confirmed it.'));
    expect(split.sentences.map((s) => s.text)).toEqual(['The sprinter has been suspended.', 'The federation has confirmed it.']);
  });

  it.each(['US — the word in capitals is too short to be a city', '25:00 — not a time of day', '2024 — a year is no time', 'The Kremlin — its spokesman said — denied it.', 'FBI agents said the files were copied.'])(
    'is not found in %j',
    (text) => {
      expect(splitArticle(article('', text)).sentences[0]!.text).toBe(text);
    },
  );
});
