import { describe, expect, it } from 'vitest';
import { cleanSpan, createContext, learnFromText, noteSentence, outletMentions, resolveSpeaker, unglue } from '../../../src/ingest/attribution/speakers.ts';

const article = (...texts: string[]) => {
  const ctx = createContext();
  for (const t of texts) learnFromText(ctx, t);
  return ctx;
};

describe('register of people', () => {
  it('learns role + name and merges later mentions by surname', () => {
    const ctx = article('Health Minister Sara Lindqvist visited the hospital.', 'Lindqvist later met nurses.');
    expect([...ctx.persons.values()]).toEqual([{ name: 'Sara Lindqvist', role: 'Health Minister' }]);
  });

  it('learns appositive roles in both orders', () => {
    const ctx = article('Paula Reyes, the company’s chief executive, spoke first.', 'The firm’s lawyer, Jon Meyer, spoke next.');
    const people = [...ctx.persons.values()];
    expect(people).toContainEqual({ name: 'Paula Reyes', role: 'company’s chief executive' });
    expect(people).toContainEqual({ name: 'Jon Meyer', role: 'firm’s lawyer' });
  });

  it('learns a role stated of a name opening a sentence: "X has been chief executive of Y since 2021"', () => {
    const ctx = article('Catriona Marwick has been chief executive of Sollan Ferries, which runs seven ships, since 2021.');
    expect([...ctx.persons.values()]).toContainEqual({ name: 'Catriona Marwick', role: 'chief executive of Sollan Ferries' });
    // (Not "a" role, nor one the sentence does not end there.)
    expect([...article('Tom Haldane is a retired fisherman from Balnacraig who heard the alarm.').persons.values()].some((p) => p.role !== null)).toBe(false);
  });

  it('a relative clause after a role is no name: "The mayor, who was visiting,"', () => {
    const ctx = article('The mayor, who was visiting, said the town would rebuild.');
    expect([...ctx.persons.values()]).toEqual([]);
    expect(resolveSpeaker(ctx, 'The mayor who was visiting').attribution).toMatchObject({ speaker: 'the mayor', kind: 'named' });
  });

  it('a hyphenated name is one name, its role the words before it ("Mayor Jean-Pierre Dupont", "Kovač-Duval")', () => {
    const ctx = article('Mayor Jean-Pierre Dupont opened the bridge.', 'Oshtaran President Anaïs Kovač-Duval spoke on Sunday.', 'The plan was drawn up by Inès Dalmau-Vrána.');
    expect([...ctx.persons.values()]).toEqual([
      { name: 'Jean-Pierre Dupont', role: 'Mayor' },
      { name: 'Anaïs Kovač-Duval', role: 'Oshtaran President' },
      { name: 'Inès Dalmau-Vrána', role: null },
    ]);
    expect(resolveSpeaker(ctx, 'Kovač-Duval').attribution).toMatchObject({ speaker: 'Anaïs Kovač-Duval', role: 'Oshtaran President', kind: 'named' });
    // A hyphen with spaces is a dash, not part of a name.
    expect([...article('Mayor Ana Costa - Paula Reyes spoke later.').persons.values()].some((p) => p.name.includes('-'))).toBe(false);
  });

  it('“Mayor of London Sadiq Khan”: the office’s place or field is part of the role, the holder the last two words', () => {
    const ctx = article('Mayor of London Sadiq Khan opened the line.', 'Chief Executive of Halden Foods Maria Ortiz spoke next.', 'The Minister of Health Anna Berg was absent.');
    expect([...ctx.persons.values()]).toEqual([
      { name: 'Sadiq Khan', role: 'Mayor of London' },
      { name: 'Maria Ortiz', role: 'Chief Executive of Halden Foods' },
      { name: 'Anna Berg', role: 'Minister of Health' },
    ]);
    expect(resolveSpeaker(ctx, 'Mayor of London Sadiq Khan').attribution).toMatchObject({ speaker: 'Sadiq Khan', role: 'Mayor of London', kind: 'named' });
    expect(resolveSpeaker(ctx, 'Khan').attribution).toMatchObject({ speaker: 'Sadiq Khan', role: 'Mayor of London' });
  });

  it('learns plain two-word names without a role', () => {
    const ctx = article('The deal was signed by Paula Reyes and Jon Meyer.');
    expect([...ctx.persons.values()].map((p) => p.name)).toEqual(['Paula Reyes', 'Jon Meyer']);
  });
});

describe('speaker normalisation', () => {
  const ctx = article('Health Minister Sara Lindqvist visited the hospital.', 'Steven Ortiz, the mayor’s chief of staff, was there too.');

  it.each([
    ['Sara Lindqvist', 'Sara Lindqvist', 'Health Minister'],
    ['Ms. Lindqvist', 'Sara Lindqvist', 'Health Minister'],
    ['Lindqvist', 'Sara Lindqvist', 'Health Minister'],
    ['the health minister', 'Sara Lindqvist', 'Health Minister'],
    ['Health Minister Sara Lindqvist she', 'Sara Lindqvist', 'Health Minister'],
    ['Steven Ortiz, the mayor’s chief of staff,', 'Steven Ortiz', 'mayor’s chief of staff'],
  ])('%s → %s', (span, speaker, role) => {
    expect(resolveSpeaker(ctx, span).attribution).toEqual({ speaker, role, kind: 'named', via: null });
  });

  it('gives names written with a no-break or doubled space plain single spaces', () => {
    const spaced = article('Mayor Priya\u00a0Lindqvist  spoke.');
    expect(resolveSpeaker(spaced, 'Mayor Priya\u00a0Lindqvist ').attribution).toEqual({ speaker: 'Priya Lindqvist', role: 'Mayor', kind: 'named', via: null });
  });

  it('carries "she" to the last person', () => {
    resolveSpeaker(ctx, 'Lindqvist');
    expect(resolveSpeaker(ctx, 'She').attribution.speaker).toBe('Sara Lindqvist');
  });

  it('"he" is not a spokeswoman, nor "she" a spokesman: the pronoun then names nobody known', () => {
    const c = article('“The line is safe,” spokeswoman Ilse Brandauer said.');
    resolveSpeaker(c, 'spokeswoman Ilse Brandauer');
    expect(resolveSpeaker(c, 'He').attribution).toMatchObject({ speaker: null, kind: 'none' });
    expect(resolveSpeaker(c, 'she').attribution.speaker).toBe('Ilse Brandauer');
    const m = article('Hospital spokesman Dr Kamil Jelínek said so.');
    resolveSpeaker(m, 'Hospital spokesman Dr Kamil Jelínek');
    expect(resolveSpeaker(m, 'She').attribution.kind).toBe('none');
    expect(resolveSpeaker(m, 'he').attribution.speaker).toBe('Kamil Jelínek');
  });

  it('an organisation’s "its" is no part of a role: "Its general secretary, Dušan Márkos,"', () => {
    for (const text of ['Its general secretary, Dušan Márkos, spoke.', 'Dušan Márkos, its general secretary, spoke.']) {
      const c = article(text);
      expect(resolveSpeaker(c, 'Márkos').attribution, text).toMatchObject({ speaker: 'Dušan Márkos', role: 'general secretary' });
    }
  });

  it('titles of several words before a name are its role', () => {
    const c = article('Chief Fire Officer Lena Haugrud spoke.', 'Chief Investigator Agnès Roubal spoke.', 'Professor Ingrid Solheim-Baráth spoke.');
    expect(resolveSpeaker(c, 'Chief Fire Officer Lena Haugrud').attribution).toEqual({ speaker: 'Lena Haugrud', role: 'Chief Fire Officer', kind: 'named', via: null });
    expect(resolveSpeaker(c, 'Chief Investigator Agnès Roubal').attribution).toMatchObject({ speaker: 'Agnès Roubal', role: 'Chief Investigator' });
    expect(resolveSpeaker(c, 'Professor Ingrid Solheim-Baráth').attribution).toMatchObject({ speaker: 'Ingrid Solheim-Baráth', role: 'Professor' });
  });

  it('treats organisations as named speakers, lower-casing a leading "The"', () => {
    expect(resolveSpeaker(ctx, 'The ministry').attribution).toEqual({ speaker: 'the ministry', role: null, kind: 'named', via: null });
    expect(resolveSpeaker(ctx, 'The Foreign Office').attribution).toMatchObject({ speaker: 'the Foreign Office', kind: 'named' });
  });
});

describe('“she” after a speaker known only by a role', () => {
  it('is that speaker, not the last person the article named', () => {
    const ctx = article('Cllr Duncan Innes said the company should be ashamed.');
    expect(resolveSpeaker(ctx, 'Cllr Duncan Innes').attribution.speaker).toMatch(/Duncan Innes$/);
    expect(resolveSpeaker(ctx, 'The minister').attribution).toMatchObject({ speaker: 'the minister', kind: 'named' });
    expect(resolveSpeaker(ctx, 'She').attribution).toMatchObject({ speaker: 'the minister', kind: 'named' });
    // (After a named speaker, "she" is still the person named.)
    expect(resolveSpeaker(ctx, 'Cllr Duncan Innes').attribution.speaker).toMatch(/Duncan Innes$/);
    expect(resolveSpeaker(ctx, 'He').attribution.speaker).toMatch(/Duncan Innes$/);
  });
});

describe('“I” outside a quotation', () => {
  it('is whoever opened the text “I, <name>, …” (a returning officer’s declaration), else the article’s own voice', () => {
    const opening = 'COLDWATER — I, Margaret Ondrejka, being the Returning Officer for the election, give notice that the votes recorded are as follows:';
    const ctx = article(opening);
    expect(resolveSpeaker(ctx, 'I').attribution).toMatchObject({ kind: 'none', speaker: null });
    noteSentence(ctx, opening, null);
    expect(resolveSpeaker(ctx, 'I').attribution).toMatchObject({ kind: 'named', speaker: 'Margaret Ondrejka' });
    // ("I, for one, …" names no one.)
    const other = article('Margaret Ondrejka was there.');
    noteSentence(other, 'I, for one, was not surprised.', null);
    expect(resolveSpeaker(other, 'I').attribution.kind).toBe('none');
  });
});

describe('vague sources and the publisher’s own voice', () => {
  it('plural nouns and quantifiers are unnamed sources, not people on record', () => {
    const ctx = article('Several British newspapers reported it.');
    for (const span of ['Staff', 'Villagers', 'Others', 'One worker at the firm', 'Several British newspapers', 'Some patients', 'Rescuers', 'One driver who asked not to be named', 'A driver', 'a senior officer who did not want to be named']) {
      expect(resolveSpeaker(ctx, span).attribution.kind, span).toBe('anonymous');
    }
  });

  it('“any chemist (will tell you)”, “anyone”, “the regulars” are nobody in particular; “any of the candidates” is not read so', () => {
    const ctx = article();
    for (const span of ['any chemist', 'Anyone who lives here', 'the regulars']) expect(resolveSpeaker(ctx, span).attribution.kind, span).toBe('anonymous');
    expect(resolveSpeaker(ctx, 'Any of the candidates').attribution.kind).not.toBe('anonymous');
  });

  it('“One of them” is one of whoever spoke last, as sourced as they were; “one broker familiar with the property” is unnamed', () => {
    const ctx = article();
    expect(resolveSpeaker(ctx, 'two employees who spoke on condition of anonymity').attribution.kind).toBe('anonymous');
    expect(resolveSpeaker(ctx, 'One of them').attribution).toMatchObject({ speaker: 'one of them', kind: 'anonymous' });
    expect(resolveSpeaker(article(), 'One broker familiar with the property').attribution.kind).toBe('anonymous');
  });

  it('“one of the workers” after a speaker on record is an unnamed worker, and so is “the worker” after it', () => {
    const ctx = article('Tanya Brennan, a company spokeswoman, said production stopped.');
    expect(resolveSpeaker(ctx, 'Brennan').attribution.kind).toBe('named');
    expect(resolveSpeaker(ctx, 'one of the workers').attribution).toMatchObject({ speaker: 'one of the workers', kind: 'anonymous' });
    expect(resolveSpeaker(ctx, 'the worker').attribution).toMatchObject({ speaker: 'the worker', kind: 'anonymous' });
  });

  it('a role after “by” is the person’s: “a 2021 study by Ashgrove University scientist Martin Keller”', () => {
    const ctx = article('A journal retracted a 2021 study by Ashgrove University scientist Martin Keller.');
    expect(resolveSpeaker(ctx, 'a 2021 study by Ashgrove University scientist Martin Keller').attribution).toMatchObject({ speaker: 'Martin Keller', role: 'Ashgrove University scientist' });
  });

  it('a place, a publication or a company is nobody “she” can be: “Tamsin County”, “Kestrel Falls”, “Precision Assembly Weekly”, “Orrin Dynamics”', () => {
    const ctx = article('Tamsin County Commissioner Ruth Oyelowo-Banks said she learned of it.', 'Mireille Duchêne told Precision Assembly Weekly that Orrin Dynamics would build stock for Kestrel Falls.');
    expect([...ctx.persons.values()].map((p) => p.name).sort()).toEqual(['Mireille Duchêne', 'Ruth Oyelowo-Banks']);
    // With a role, a name that ends so is a person's: "Mayor Ann Falls".
    expect([...article('Mayor Ann Falls said so.').persons.values()].map((p) => p.name)).toEqual(['Ann Falls']);
  });

  it('“Dr.” or “Mr.” is no role', () => {
    const ctx = article('Dr. Ingrid Sørensen directs the lab.', 'Dr. Małgorzata Nowak, the Ashcombe County health officer, said so.');
    expect(resolveSpeaker(ctx, 'Sørensen').attribution).toMatchObject({ speaker: 'Ingrid Sørensen', role: null });
    expect(resolveSpeaker(ctx, 'Nowak').attribution).toMatchObject({ speaker: 'Małgorzata Nowak', role: 'Ashcombe County health officer' });
  });

  it('but not inside an organisation’s name, nor as the possessive of who speaks', () => {
    const ctx = article();
    expect(resolveSpeaker(ctx, 'The Transport Workers Union').attribution).toMatchObject({ speaker: 'the Transport Workers Union', kind: 'named' });
    expect(resolveSpeaker(ctx, 'the head of the nurses’ union').attribution.kind).toBe('named');
    // An organisation named by whom it represents speaks for itself.
    expect(resolveSpeaker(ctx, 'The union representing drivers').attribution).toMatchObject({ speaker: 'the union representing drivers', kind: 'named' });
    expect(resolveSpeaker(ctx, 'the association of retired officials').attribution.kind).toBe('named');
  });

  it('the publishing outlet and its own reporters speak in the article’s own voice', () => {
    const ctx = createContext([], 'The Daily Beacon');
    for (const span of ['The Beacon', 'the Daily Beacon', 'Our correspondent in Drevno', 'this newspaper’s reporters']) {
      expect(resolveSpeaker(ctx, span), span).toEqual({ attribution: { speaker: null, role: null, kind: 'none', via: null }, outlet: false, person: null });
    }
    // Another outlet still relays its own report.
    expect(resolveSpeaker(ctx, 'The Northern Gazette').outlet).toBe(true);
  });
});

describe('anonymous sources', () => {
  const ctx = article('The Northern Gazette broke the story.');

  it.each([
    ['officials', 'officials', null],
    ['Experts', 'experts', null],
    ['a senior official', 'a senior official', null],
    ['two people familiar with the talks', 'two people familiar with the talks', null],
    ['anonymous sources cited by the Gazette', 'anonymous sources', 'The Northern Gazette'],
    ['Reuters sources', 'sources', 'Reuters'],
    ['Hospital officials', 'Hospital officials', null],
  ])('%s', (span, speaker, via) => {
    expect(resolveSpeaker(ctx, span).attribution).toEqual({ speaker, role: null, kind: 'anonymous', via });
  });
});

describe('outlets', () => {
  it('normalises newspaper names with "The" and resolves short references', () => {
    const ctx = article('The Northern Gazette broke the story, and Bloomberg followed.');
    expect(ctx.outlets.map((o) => o.name)).toEqual(['The Northern Gazette', 'Bloomberg']);
    const mentions = outletMentions(ctx, 'the Gazette said');
    expect(mentions[0]?.outlet.name).toBe('The Northern Gazette');
  });

  it.each([['the Gazette'], ['the paper'], ['the newspaper'], ['Northern Gazette'], ['The Northern Gazette’s report'], ['the report by Northern Gazette']])('%s speaks as the outlet', (span) => {
    const ctx = article('The Northern Gazette broke the story.');
    ctx.lastOutlet = ctx.outlets[0]!;
    const r = resolveSpeaker(ctx, span);
    expect(r.outlet).toBe(true);
    expect(r.attribution).toEqual({ speaker: null, role: null, kind: 'none', via: 'The Northern Gazette' });
  });

  it('vague media are relayed reports with no outlet', () => {
    const r = resolveSpeaker(createContext(), 'local media');
    expect(r.outlet).toBe(true);
    expect(r.attribution.via).toBeNull();
  });
});

describe('a time before the speaker', () => {
  it.each([
    ['Last night Brenholt', 'Brenholt'],
    ['Last night officials', 'officials'],
    ['On Tuesday the ministry', 'the ministry'],
  ])('%j is %j', (span, speaker) => {
    expect(resolveSpeaker(createContext(), span).attribution.speaker).toBe(speaker);
  });
});

describe('span clean-up', () => {
  it.each([
    ['Mayor Ana Costa also', 'Mayor Ana Costa'],
    ['The council on Monday', 'The council'],
    ['However, the council', 'the council'],
    ['the ministry has', 'the ministry'],
    // "'We were told to keep quiet': Formula plant workers say …" (a headline).
    [': Formula plant workers', 'Formula plant workers'],
  ])('%s → %s', (raw, clean) => expect(cleanSpan(raw)).toBe(clean));

  it('separates a name glued to a possessive role', () => {
    expect(unglue('Jon MeyerSmith’s lawyer')).toBe('Jon Meyer, Smith’s lawyer');
  });
});

describe('two people of one surname', () => {
  it('a mother and her daughter stay two people; the surname alone is the first named', () => {
    const ctx = article('Dara Velasquez tested positive on Tuesday.', 'Her mother, Carmen Velasquez, said the family was stunned.');
    expect([...ctx.persons.values()].map((p) => p.name)).toEqual(['Dara Velasquez', 'Carmen Velasquez']);
    expect(resolveSpeaker(ctx, 'Carmen Velasquez').attribution.speaker).toBe('Carmen Velasquez');
    expect(resolveSpeaker(ctx, 'Her mother, Carmen Velasquez').attribution.speaker).toBe('Carmen Velasquez');
    expect(resolveSpeaker(ctx, 'Velasquez').attribution.speaker).toBe('Dara Velasquez');
  });

  it('an initial, a middle name or a title is still the same person', () => {
    const ctx = article('Maria Lind spoke first.', 'M. Lind spoke again.', 'Maria Elena Lind spoke last.', 'Council leader Lind agreed.');
    expect([...ctx.persons.values()].map((p) => p.name)).toEqual(['Maria Elena Lind']);
  });
});

describe('names with particles, letters after them, and institutions', () => {
  it('“Tobias van der Berg”, “Mr van der Berg” and “Van der Berg” are one person; “Margaret de Vries KC” is Margaret de Vries', () => {
    const ctx = article('Tobias van der Berg, 54, of Kingsmead Road, is on trial.', 'Mr van der Berg sat in the dock.', 'Van der Berg, 55, has been deputy mayor since 2021.', '‘My client denies it,’ said Margaret de Vries KC, who is representing him.');
    expect([...ctx.persons.values()].map((p) => p.name)).toEqual(['Tobias van der Berg', 'Margaret de Vries']);
    expect(resolveSpeaker(ctx, 'Ms de Vries').attribution.speaker).toBe('Margaret de Vries');
    expect(resolveSpeaker(ctx, 'Margaret de Vries KC').attribution.speaker).toBe('Margaret de Vries');
  });

  it('a particle inside an organisation’s longer name makes no person (“Banco de España Central”)', () => {
    expect([...article('She met the head of Gabinete de Prensa Nacional.').persons.values()]).toEqual([]);
  });

  it('“Ashcombe Crown Court” is nobody, nor “Crown Court” or “Kestle Council”', () => {
    expect([...article('He is on trial at Ashcombe Crown Court accused of taking bribes.', 'The Crown Court sat late.', 'Kestle Council met.').persons.values()]).toEqual([]);
  });

  it('a body’s name with a plural possessive is nobody: “Westmarch & Borders Hauliers’ Association”, “Maritime Workers’ Union”', () => {
    expect([...article("The Westmarch & Borders Hauliers' Association said its members were driving further.", "The Dockers' and Maritime Workers' Union says 62% took part.", 'The Ferry Workers’ Federation met.').persons.values()]).toEqual([]);
    // (A person's name before an apostrophe that no name of a body follows is still learnt.)
    expect([...article("Maria Jones' office said so.").persons.values()].map((p) => p.name)).toEqual(['Maria Jones']);
  });

  it('two capitalised words after “in” are a place: “the care home in Ashby Marsh” is nobody, “in Helen Marsh’s view” is her', () => {
    expect([...article('Larchfield House is the care home in Ashby Marsh.', 'Families near Kelsey Green were told.').persons.values()]).toEqual([]);
    expect([...article("In Helen Marsh's view the home failed.").persons.values()].map((p) => p.name)).toEqual(['Helen Marsh']);
  });
});

describe('someone of theirs', () => {
  it('“Van der Berg’s lawyer”, “Mayor Helena Marchetti’s office” speak, not the person named', () => {
    const ctx = article('Tobias van der Berg is on trial.', 'Mayor Helena Marchetti appointed him.');
    expect(resolveSpeaker(ctx, 'Van der Berg’s lawyer').attribution).toMatchObject({ speaker: 'Van der Berg’s lawyer', kind: 'named' });
    expect(resolveSpeaker(ctx, 'Mayor Helena Marchetti’s office').attribution.speaker).toBe('Mayor Helena Marchetti’s office');
    // A name and another's possessive: the name speaks.
    expect(resolveSpeaker(ctx, 'Tobias van der Berg, Marchetti’s deputy').attribution.speaker).toBe('Tobias van der Berg');
  });
});
