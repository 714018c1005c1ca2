import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimUnit } from '../../../src/ingest/claims/extract.ts';
import { sentences } from './article.ts';
import { rows, seedUnits } from './seed-units.ts';

const unitsOf = (texts: string[], n?: number): ClaimUnit[] => {
  const ss = sentences(texts);
  const last = n ?? ss[ss.length - 1]!.n;
  return extractClaims(ss).filter((u) => u.sentence === last);
};

describe('the writer’s comment on what was said', () => {
  it('gives "…, although to date she has not explained …" to the article, not the speaker', () => {
    const u = unitsOf(['Mayor Ana Costa spoke on Monday.', 'Costa said she would reopen the bridge quickly, although to date she has not explained how the repairs would be paid for.']);
    expect(u.map((x) => [x.text, x.attribution.speaker, x.attribution.kind])).toEqual([
      ['Ana Costa would reopen the bridge quickly', 'Ana Costa', 'named'],
      ['Ana Costa has not explained how the repairs would be paid for', null, 'none'],
    ]);
  });
});

describe('a quotation over several sentences', () => {
  it('goes on past a sentence too short to be a claim: “We asked for a meeting. We got silence. I am not going to pretend …”', () => {
    const u = unitsOf(['"We told them in writing," Márkos told the Gazette.', '"We asked for a meeting.', 'We got silence.', 'I am not going to pretend that this came out of nowhere."']);
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([['I am not going to pretend that this came out of nowhere', 'Márkos']]);
  });
});

describe('“It is understood that …”', () => {
  it('is hearsay with nobody behind it: the claim is what is understood, unattributed, every clause of it', () => {
    const u = unitsOf(['Ondřej Pětník, who runs the village shop, said he heard the crash.', 'It is understood that the driver has worked for SRR for 24 years and had driven the route for more than a decade.']);
    expect(u.map((x) => [x.text, x.attribution.kind, x.attribution.speaker, x.stance])).toEqual([
      ['The driver has worked for SRR for 24 years', 'anonymous', null, 'reports'],
      ['The driver had driven the route for more than a decade', 'anonymous', null, 'reports'],
    ]);
    expect(unitsOf(['It is believed the driver was injured.']).map((x) => [x.text, x.attribution.kind])).toEqual([['The driver was injured', 'anonymous']]);
  });
});

describe('feelings, condolences and promises to cooperate', () => {
  it('are no claims, clause by clause: the rest of the sentence still states what it states', () => {
    expect(unitsOf(['"This is a very dark day for our region. Our first thoughts are with the families," the minister said.'])).toEqual([]);
    expect(unitsOf(['"We will cooperate fully with the RSIO," the chief executive said.'])).toEqual([]);
    expect(unitsOf(['The mayor said the bridge was closed, and it was too early to say when it would reopen.']).map((x) => x.text)).toEqual(['The bridge was closed']);
  });
});

describe('what is not known', () => {
  it('an open question in a clause is no claim, whoever states it', () => {
    expect(unitsOf(['Satellite imagery appears to show armoured vehicles inside Maredian territory, although it is not clear whose they are.']).map((x) => x.text)).toEqual([
      'Satellite imagery appears to show armoured vehicles inside Maredian territory',
    ]);
    expect(unitsOf(['Mayor Ana Costa said the bridge was closed, and it was unclear when it would reopen.']).map((x) => x.text)).toEqual(['The bridge was closed']);
  });
});

describe('what a named person called something', () => {
  it('is that person’s statement on record', () => {
    const u = unitsOf(['Mayor Ana Costa met the minister on Friday, describing the talks as “productive”.']);
    const described = u.find((x) => x.text.includes('described'));
    expect(described?.attribution).toMatchObject({ speaker: 'Ana Costa', kind: 'named' });
    // The meeting itself stays the article's own statement.
    expect(u.find((x) => x.text.includes('met'))?.attribution.kind).toBe('none');
  });

  it('so is what a named person warned or cautioned against', () => {
    const u = unitsOf(['At the same time, Ukraine President Volodymyr Zelensky sharply cautioned against providing any concession to Russia.']);
    expect(u.map((x) => [x.text, x.attribution.speaker, x.attribution.kind])).toEqual([['Volodymyr Zelensky sharply cautioned against providing any concession to Russia', 'Volodymyr Zelensky', 'named']]);
    const council = unitsOf(['Mayor Ana Costa spoke on Monday.', 'The council warned against the plan.']);
    expect(council[0]?.attribution.kind).toBe('none');
  });

  it('stays the article’s when the subject is no known person, or only something of theirs', () => {
    const council = unitsOf(['Mayor Ana Costa spoke on Monday.', 'The council described the plan as “reckless”.']);
    expect(council.find((x) => x.text.includes('described'))?.attribution.kind).toBe('none');
    const lawyer = unitsOf(['Mayor Ana Costa spoke on Monday.', 'Costa’s lawyer described the ruling as “unfair”.']);
    expect(lawyer.find((x) => x.text.includes('described'))?.attribution.speaker).not.toBe('Ana Costa');
  });
});

describe('a report told over two sentences', () => {
  const texts = [
    'The Riverside Herald wrote that the mayor urged the minister to delay the vote.',
    'The two sides also agreed to meet again before the summer.',
  ];

  it('gives the next sentence’s "The two sides also …" the report’s source', () => {
    const u = unitsOf(texts);
    expect(u.map((x) => [x.stance, x.attribution.via])).toEqual([['reports', 'The Riverside Herald']]);
  });

  it('leaves the article’s own next statement alone', () => {
    const own = unitsOf([texts[0]!, 'The minister met the mayor again before the summer.']);
    expect(own.map((x) => [x.stance, x.attribution.via])).toEqual([['asserts', null]]);
  });
});

describe('denial of a report', () => {
  const units = unitsOf(['The ministry has denied a report that the mayor and the minister held a secret meeting.']);

  it('yields the report content as a reported claim', () => {
    const report = units.find((u) => u.stance === 'reports');
    expect(report?.text).toBe('The mayor and the minister held a secret meeting');
    expect(report?.attribution).toEqual({ speaker: null, role: null, kind: 'none', via: null });
  });

  it('yields the denial itself, with its target', () => {
    const denial = units.find((u) => u.stance === 'denies');
    expect(denial?.text).toBe('The ministry has denied that the mayor and the minister held a secret meeting');
    expect(denial?.attribution).toMatchObject({ speaker: 'the ministry', kind: 'named' });
    expect(denial?.denial).toEqual({ target: 'the mayor and the minister held a secret meeting' });
  });

  it('gives the report the outlet named in the sentence', () => {
    const u = unitsOf(['The Riverside Herald broke the story on Sunday.', 'The ministry denied a Herald report that the mayor had sold city land.']);
    const report = u.find((x) => x.stance === 'reports');
    expect(report?.text).toBe('The mayor had sold city land');
    expect(report?.attribution.via).toBe('The Riverside Herald');
  });

  it('keeps the report noun for verbs other than "deny"', () => {
    const u = unitsOf(['The council rejected claims that the budget had been cut.']);
    expect(u.find((x) => x.stance === 'denies')?.text).toBe('The council rejected claims that the budget had been cut');
    expect(u.find((x) => x.stance === 'reports')?.text).toBe('The budget had been cut');
  });

  it('splits a participial denial off the main clause', () => {
    const u = unitsOf(['The company denies reports of a merger, dismissing claims that its chief executive met investors and offered shares.']);
    const denials = u.filter((x) => x.stance === 'denies');
    expect(denials.map((d) => d.denial?.target)).toEqual(['a merger', 'its chief executive met investors and offered shares']);
    expect(denials[1]?.text).toBe('The company dismissed claims that its chief executive met investors and offered shares');
    expect(u.filter((x) => x.stance === 'reports').map((x) => x.text)).toEqual(['Its chief executive met investors', 'Its chief executive offered shares']);
  });

  it('treats "poured cold water on a report suggesting" as a denial', () => {
    const u = unitsOf(['The club poured cold water on a media report suggesting that the coach would leave in May.']);
    expect(u.find((x) => x.stance === 'denies')?.denial?.target).toBe('the coach would leave in May');
    expect(u.find((x) => x.stance === 'reports')?.text).toBe('The coach would leave in May');
  });
});

describe('a quotation after a sentence that only introduces its speaker', () => {
  it('“Brenholt, reached by telephone, was brief.” then his words, in a paragraph of their own', () => {
    const ss = ['Questions will also be asked about the coach, Marius Brenholt.', 'Brenholt, reached by telephone on Wednesday, was brief.', '“I have never given Dara anything that was not on the permitted list.', 'My athletes are clean.”'];
    const u = extractClaims(sentences(ss)).filter((x) => x.sentence >= 2);
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([
      ['I have never given Dara anything that was not on the permitted list', 'Marius Brenholt'],
      ['My athletes are clean', 'Marius Brenholt'],
    ]);
  });

  it('not after “The response was brief.”: nobody is introduced', () => {
    const u = unitsOf(['The response was brief.', '“Nothing more to add here today.”']);
    expect(u.map((x) => x.attribution.kind)).toEqual(['none']);
  });
});

describe('a report its speaker calls false', () => {
  it('"Claims that X are nonsense, the minister said": a denial of X, and X as a report', () => {
    const u = unitsOf(['Claims that the vote was rigged are nonsense, the minister said on Monday.']);
    expect(u.find((x) => x.stance === 'denies')).toMatchObject({ text: 'Claims that the vote was rigged are nonsense', denial: { target: 'the vote was rigged' } });
    expect(u.find((x) => x.stance === 'denies')!.attribution.kind).toBe('named');
  });

  it('"Keller said reports that X were baseless": the report is what was said of, not an adjunct of "said"', () => {
    const u = unitsOf(['Keller said reports that the mayor had resigned were baseless.']);
    expect(u.map((x) => [x.stance, x.text])).toEqual([
      ['denies', 'Reports that the mayor had resigned were baseless'],
      ['reports', 'The mayor had resigned'],
    ]);
    expect(u[0]!.denial).toEqual({ target: 'the mayor had resigned' });
  });  it('“X has accused Y of Ving …” is X’s claim that Y did it; “Y was accused of …” is no one’s frame', () => {
    expect(unitsOf(['Friends of the Wendle has accused Corvane of waiting more than an hour before calling the fire service.']).map((x) => [x.stance, x.text, x.attribution.speaker])).toEqual([
      ['asserts', 'Corvane waited more than an hour before calling the fire service', 'Friends of the Wendle'],
    ]);
    expect(unitsOf(['The company was accused of ignoring safety warnings.']).map((x) => x.attribution.speaker)).toEqual([null]);
  });

  it('“X said Corvane’s claim that P was simply wrong”: a denial of P, whose claim it was said', () => {
    const u = unitsOf(['Dr Imogen Farrow said Corvane’s claim that the site was last inspected in March 2025 was simply wrong.']);
    expect(u.map((x) => [x.stance, x.text, x.attribution.speaker])).toEqual([
      ['denies', 'Corvane’s claim that the site was last inspected in March 2025 was simply wrong', 'Imogen Farrow'],
      ['reports', 'The site was last inspected in March 2025', 'Corvane'],
    ]);
  });



  it('"Keller confirmed media reports that X": the reports are still skipped, X is what he confirmed', () => {
    const u = unitsOf(['Keller confirmed media reports that the mayor had resigned.']);
    expect(u.find((x) => x.attribution.speaker === 'Keller')).toMatchObject({ text: 'The mayor had resigned', stance: 'asserts' });
  });

  it('"The claim that X is untrue, Keller said" (the tagger reads "lied" as a noun there)', () => {
    const u = unitsOf(['The claim that the minister lied is untrue, Keller said.']);
    expect(u.map((x) => [x.stance, x.text])).toEqual([['denies', 'The claim that the minister lied is untrue']]);
    expect(u[0]!.denial).toEqual({ target: 'the minister lied' });
  });

  it('in a quotation standing alone after the speaker’s: "Any suggestion that we sat on this is simply untrue."', () => {
    const u = unitsOf(['Helen Marchbank denied that the federation had acted late.', '“We were notified on May 30,” she said.', '“Any suggestion that we sat on this is simply untrue.”']);
    // The speaker’s "we" is no report’s words: no unit "We sat on this".
    expect(u.map((x) => [x.stance, x.text, x.attribution.speaker])).toEqual([['denies', 'Any suggestion that we sat on this is simply untrue', 'Helen Marchbank']]);
    expect(u[0]!.denial).toEqual({ target: 'we sat on this' });
  });

  it('not when the falsity belongs to the report’s content, or the report is not called anything', () => {
    expect(unitsOf(['The claim that the accounts were inaccurate was repeated by the mayor.']).some((x) => x.stance === 'denies')).toBe(false);
    const circulated = unitsOf(['Reports that the mayor resigned circulated on Monday.']);
    expect(circulated.map((x) => [x.stance, x.text])).toEqual([['asserts', 'Reports that the mayor resigned circulated on Monday']]);
  });
});

describe('anaphoric denials', () => {
  it('"rejected this", "denied it": what was told just before (pointsBack)', () => {
    for (const text of ['However, the ministry quickly rejected this.', 'SRR has denied this, and says the restriction was lifted.', 'The ministry denied it.']) {
      const denial = unitsOf([text]).find((x) => x.stance === 'denies');
      expect(denial?.denial, text).toEqual({ target: null, pointsBack: true });
    }
  });

  it.each([
    ['rejected the allegations as false', 'Mayor Ana Costa rejected the allegations on Monday as “simply false,” following a newspaper report.'],
    ['called the report false', 'The city hit back, with spokesperson Lena Duval calling the report “false.”'],
    ['branded the story', 'Mayor Ana Costa branded the story “a fabrication.”'],
  ])('%s → target null', (_name, text) => {
    const u = unitsOf([text]);
    const denial = u.find((x) => x.stance === 'denies');
    expect(denial).toBeDefined();
    expect(denial!.denial).toEqual({ target: null });
    expect(denial!.attribution.kind).toBe('named');
  });

  it('a quoted falsity statement is a denial by the speaker', () => {
    const u = unitsOf(['Mayor Ana Costa spoke on Monday.', '“It is completely untrue,” Costa said.']);
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ text: 'It is completely untrue', stance: 'denies', denial: { target: null } });
    expect(u[0]!.attribution.speaker).toBe('Ana Costa');
  });
});

describe('negated events', () => {
  it.each([
    ['Finance Minister Tomas Berg said there was no meeting.', 'meeting'],
    ['Berg told reporters that there had been no such call.', 'call'],
    ['The ministry insists that no such meeting took place.', 'meeting'],
  ])('%s → %s', (text, event) => {
    const u = unitsOf(['Finance Minister Tomas Berg spoke on Friday.', text]);
    const denial = u.find((x) => x.stance === 'denies');
    expect(denial?.negatedEvent).toBe(event);
  });

  it('denying that there had been a call names the event too', () => {
    const u = unitsOf(['Mayor Ana Costa told reporters that the story was “simply false”, denying that there had been a phone call.']);
    const denials = u.filter((x) => x.stance === 'denies');
    expect(denials).toHaveLength(2);
    expect(denials[1]).toMatchObject({ text: 'Ana Costa denied that there had been a phone call', negatedEvent: 'phone call', denial: { target: 'there had been a phone call' } });
  });

  it('a negated non-event is an ordinary statement', () => {
    const u = unitsOf(['Finance Minister Tomas Berg said there were no plans to raise taxes.']);
    expect(u[0]?.stance).toBe('asserts');
  });

  it('the article’s own negation is not a denial', () => {
    const u = unitsOf(['There was no meeting between the two leaders last week.']);
    expect(u[0]?.stance).toBe('asserts');
  });
});

describe('declines', () => {
  it.each([
    ['Paula Reyes, the company’s chief executive, refrained from confirming or denying the reported sale, stating, “we do not comment on rumours.”', 'Paula Reyes'],
    ['The mayor’s spokesperson, Lena Duval, neither confirmed nor denied the meeting.', 'Lena Duval'],
    ['Lena Duval, the mayor’s spokesperson, declined to comment.', 'Lena Duval'],
    ['The club has not commented on the transfer reports.', 'the club'],
  ])('%s', (text, speaker) => {
    const u = unitsOf([text]);
    expect(u).toHaveLength(1);
    expect(u[0]!.stance).toBe('declines');
    expect(u[0]!.attribution.speaker).toBe(speaker);
    expect(u[0]!.denial).toBeUndefined();
  });

  it('"stated that he does not comment" is a refusal, in the quote’s words', () => {
    const u = unitsOf(['Lena Duval, the mayor’s spokesperson, stated that “she does not comment on private meetings.”']);
    expect(u[0]).toMatchObject({ stance: 'declines', text: 'She does not comment on private meetings' });
  });
});

describe('decomposition', () => {
  it('splits coordinated verbs under anonymous sourcing through an outlet', () => {
    const u = unitsOf([
      'The Riverside Herald published the story on Sunday.',
      'According to anonymous sources cited by the Herald, the mayor reportedly reminded the council of the city’s debts and conveyed a wish for new talks.',
    ]);
    expect(u.map((x) => x.text)).toEqual(['The mayor reminded the council of the city’s debts', 'The mayor conveyed a wish for new talks']);
    for (const x of u) expect(x.attribution).toEqual({ speaker: 'anonymous sources', role: null, kind: 'anonymous', via: 'The Riverside Herald' });
  });

  it('turns a participial tail into its own claim', () => {
    const u = unitsOf(['The Riverside Herald published the story on Sunday.', 'According to the paper, the mayor asked for more time, briefly mentioning the budget.']);
    expect(u.map((x) => x.text)).toEqual(['The mayor asked for more time', 'The mayor briefly mentioned the budget']);
  });

  it('splits independent clauses and resolves "he" to the earlier subject', () => {
    const u = unitsOf(['Finance Minister Tomas Berg spoke first.', 'Mayor Ana Costa has promised to cut fares, though she has not said when.']);
    expect(u.map((x) => x.text)).toEqual(['Ana Costa has promised to cut fares', 'Ana Costa has not said when']);
  });

  it('hands over to a second speaker inside one sentence', () => {
    const u = unitsOf(['Mayor Ana Costa confirmed that the bridge will close in May, and Finance Minister Tomas Berg said the state would pay for repairs.']);
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([
      ['The bridge will close in May', 'Ana Costa'],
      ['The state would pay for repairs', 'Tomas Berg'],
    ]);
  });

  it('splits an absolute "with X reportedly …" off as a hearsay claim', () => {
    const u = unitsOf(['The mayor met the governor on Friday, with both officials reportedly committed to a new rail link.']);
    expect(u.map((x) => [x.text, x.attribution.kind, x.stance])).toEqual([
      ['The mayor met the governor on Friday', 'none', 'asserts'],
      ['Both officials committed to a new rail link', 'anonymous', 'reports'],
    ]);
  });

  it('drops prose that only describes the statement around a frame', () => {
    const u = unitsOf(['Mayor Ana Costa was firm in her denial, telling reporters that there had been no such meeting.']);
    expect(u.map((x) => x.stance)).toEqual(['denies']);
  });

  it('keeps the article’s own clause before a mid-sentence frame', () => {
    const u = unitsOf(['The vote is expected to delay the project by a year, as the mayor has repeatedly said that funds are short.']);
    expect(u[0]).toMatchObject({ text: 'The vote is expected to delay the project by a year', stance: 'asserts' });
    expect(u[1]).toMatchObject({ text: 'Funds are short' });
  });
});

describe('speakers across the article', () => {
  it('carries "he" from the previous sentence', () => {
    const ss = sentences(['Finance Minister Tomas Berg presented the budget on Tuesday.', 'He said taxes would not rise.', 'He also stated that spending would fall.']);
    const u = extractClaims(ss);
    expect(u.filter((x) => x.attribution.kind === 'named').map((x) => x.attribution.speaker)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  it('resolves "the spokesman" to the person the article named in that role', () => {
    const u = unitsOf(['Police spokesman Omar Haddad spoke to reporters.', '“We have made two arrests,” the police spokesman added.']);
    expect(u[0]?.attribution).toEqual({ speaker: 'Omar Haddad', role: 'Police spokesman', kind: 'named', via: null });
  });

  it('…also when the closing sentence names its speaker after the verb (“…,” said Marcus Whitfield, the chief executive.)', () => {
    for (const [open, close] of [['“', '”'], ['"', '"']]) {
      const u = extractClaims(sentences([`${open}Our plant does not discharge PFAS.`, 'The river samples upstream were all clean.', `We will publish those data next week,${close} said Marcus Whitfield, the chief executive of Veltrex.`]));
      expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([
        ['Our plant does not discharge PFAS', 'Marcus Whitfield'],
        ['The river samples upstream were all clean', 'Marcus Whitfield'],
        ['We will publish those data next week', 'Marcus Whitfield'],
      ]);
    }
  });

  it('attributes the sentences of a quotation split over several sentences', () => {
    const u = extractClaims(sentences(['“The plan is dead.', 'We will not fund it.', 'There was no agreement,” council leader Maria Lind said on Monday.']));
    expect(u.map((x) => [x.text, x.attribution.speaker, x.stance])).toEqual([
      ['The plan is dead', 'Maria Lind', 'asserts'],
      ['We will not fund it', 'Maria Lind', 'asserts'],
      ['There was no agreement', 'Maria Lind', 'denies'],
    ]);
  });

  it('"X denied reports that he met …": the report and the denied clause are about X, without the clause that dates them', () => {
    const u = extractClaims(sentences(['Board chair Martin Keller denied reports that he met the bidders before the board awarded them the contract.']));
    expect(u.map((x) => [x.text, x.stance, x.denial?.target ?? null])).toEqual([
      ['Martin Keller met the bidders', 'reports', null],
      ['Martin Keller denied that he met the bidders', 'denies', 'Martin Keller met the bidders'],
    ]);
  });

  it('"her office", "his plan" in what a person said are theirs', () => {
    const u = extractClaims(sentences(['City auditor Grace Whitfield said her office will review the contract.']));
    expect(u.map((x) => x.text)).toEqual(['Grace Whitfield’s office will review the contract']);
  });

  it('an organisation’s "its" is its own', () => {
    const u = extractClaims(sentences(['The drivers’ union says its members were never consulted about the buses.']));
    expect(u.map((x) => x.text)).toEqual(['The drivers’ union’s members were never consulted about the buses']);
  });

  it('the same with straight quotes', () => {
    const u = extractClaims(sentences(['Lind denied the report.', '"That is simply false.', 'We never met the bidder," Lind said in a statement.']));
    expect(u.map((x) => [x.text, x.attribution.speaker, x.stance])).toEqual([
      ['Lind denied the report', 'Lind', 'denies'],
      ['That is simply false', 'Lind', 'denies'],
      // Her negative statement right after her denial goes on with it (denial-follow-up.ts).
      ['We never met the bidder', 'Lind', 'denies'],
    ]);
  });

  it('"the sources" keeps the outlet of the sources named before', () => {
    const u = extractClaims(
      sentences([
        'The Daily Courier cited sources close to the club as saying that the coach had resigned.',
        '“He told the players on Friday,” the sources said.',
      ]),
    );
    expect(u.map((x) => x.attribution.via)).toEqual(['The Daily Courier', 'The Daily Courier']);
  });
});

describe('claim text', () => {
  it('keeps words inside quotations verbatim', () => {
    const u = unitsOf(['“We’ve done nothing wrong — nothing,” the company’s lawyer said.']);
    expect(u[0]?.text).toBe('We’ve done nothing wrong — nothing');
    const v = unitsOf(['“Mayor Ana Costa’s plan can’t work,” the opposition leader said.']);
    expect(v[0]?.text).toBe('Mayor Ana Costa’s plan can’t work');
  });

  it('drops role words before names outside quotations', () => {
    const u = unitsOf(['The Gazette reported that Finance Minister Tomas Berg met the governor.']);
    expect(u[0]?.text).toBe('Tomas Berg met the governor');
  });

  it('never exceeds 120 characters and cuts at a boundary', () => {
    const u = unitsOf([
      'The Riverside Herald reported that the regional transport authority had quietly approved a plan to close three rural bus depots, including the one in the northern valley, before the end of the financial year.',
    ]);
    for (const x of u) {
      expect(x.text.length).toBeLessThanOrEqual(120);
      expect(x.text).not.toMatch(/[,;]$/);
    }
    expect(u[0]?.text.startsWith('The regional transport authority had quietly approved a plan to close three rural bus depots')).toBe(true);
  });

  it('removes frame words from the claim text', () => {
    const u = unitsOf(['The Riverside Herald published the story on Sunday.', 'According to the newspaper, the mayor reportedly approved the sale.']);
    expect(u[0]?.text).toBe('The mayor approved the sale');
  });
});

describe('behaviour', () => {
  const article = sentences([
    'The Riverside Herald reported that Mayor Ana Costa met the developer twice.',
    'The city has denied the report.',
    'Costa said there was no meeting.',
    'Is this the end of the affair?',
    'The situation continues to evolve.',
  ]);

  it('is deterministic', () => {
    expect(extractClaims(article)).toEqual(extractClaims(article));
  });

  it('skips questions and commentary', () => {
    const ns = new Set(extractClaims(article).map((u) => u.sentence));
    expect(ns.has(3)).toBe(false);
    expect(ns.has(4)).toBe(false);
  });

  it('quotes the sentence verbatim', () => {
    for (const u of extractClaims(article)) expect(u.quote).toBe(article[u.sentence]!.text);
  });

  it('is fast on a long article', () => {
    const long = sentences(Array.from({ length: 200 }, (_, i) => `Mayor Ana Costa said on day ${i} that the bridge over the river would reopen in June after repairs.`));
    const t0 = performance.now();
    extractClaims(long);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('one spelling per speaker in an article', () => {
  it('a headline’s bare "Kremlin" is the prose’s "the Kremlin"', () => {
    const units = extractClaims(
      sentences(['The Kremlin said on Monday that no talks with Washington had taken place.'], { title: 'Kremlin Denies Talks With Washington' }),
    );
    const speakers = units.map((u) => u.attribution.speaker);
    expect(speakers.filter((s) => s !== null).length).toBeGreaterThanOrEqual(2);
    expect(new Set(speakers)).toEqual(new Set(['the Kremlin']));
  });

  it('leaves a name alone when the prose has no "the" before it', () => {
    const units = extractClaims(sentences(['Trump said the talks had gone well.', 'The Trump administration said it would wait.']));
    expect(units[0]!.attribution.speaker).toBe('Trump');
  });
});

describe('a denial of "that account"', () => {
  it('keeps its words and points back', () => {
    const u = unitsOf(['Castillo said staff were left alone for hours.', 'Hospital spokesman Tobias Renner disputed that account.']);
    expect(u.map((x) => [x.text, x.stance, x.denial])).toEqual([['Tobias Renner disputed that account', 'denies', { target: null, pointsBack: true }]]);
  });
});

describe('an expletive "there" is nobody', () => {
  it('"X said that there had been no such call and called the report false": both denials are X’s', () => {
    const u = unitsOf(['Kremlin spokesman Dmitry Peskov said on Wednesday that there had been no such conversation and called the report false.']);
    expect(u.map((x) => [x.text, x.stance, x.attribution.speaker])).toEqual([
      ['There had been no such conversation', 'denies', 'Dmitry Peskov'],
      ['Dmitry Peskov called the report false', 'denies', 'Dmitry Peskov'],
    ]);
    // Not a speaker called "there" ("Denied on record by there", an audit found).
    expect(u.some((x) => /^there$/i.test(x.attribution.speaker ?? ''))).toBe(false);
  });
});

describe('quotations in single marks', () => {
  it('are read as quotations: the speaker after them is theirs, the quote stays as written', () => {
    const written = '‘These claims are false,’ he said.';
    const u = unitsOf(['Last night Forkful chief Adrian Kessler hit back.', written]);
    expect(u.map((x) => [x.text, x.attribution.speaker, x.stance])).toEqual([['These claims are false', 'Adrian Kessler', 'denies']]);
    expect(u[0]!.quote).toBe(written);
  });

  it('in straight marks, and over two sentences, with "he said" after them and "she" inside', () => {
    const u = extractClaims(
      sentences([
        "Velasquez's lawyer, Adebayo Fenwick, spoke on Monday.",
        "'Dara has never cheated,' he said.",
        "'She will clear her name and she will run again.'",
        "Last night coach Marius Brenholt said: 'That fridge holds ice packs and physio supplies.",
        "There is nothing in it that should not be there.'",
      ]),
    );
    expect(u.slice(1).map((x) => [x.text, x.attribution.speaker])).toEqual([
      ['Dara has never cheated', 'Adebayo Fenwick'],
      ['She will clear her name and she will run again', 'Adebayo Fenwick'],
      ['That fridge holds ice packs and physio supplies', 'Marius Brenholt'],
      ['There is nothing in it that should not be there', 'Marius Brenholt'],
    ]);
  });

  it('keep their single marks in a claim’s words when the article uses no double ones', () => {
    const u = unitsOf(['Mayor Ana Costa called the plan ‘reckless’ on Monday.']);
    expect(u.some((x) => x.text.includes('‘reckless’'))).toBe(true);
    expect(u.every((x) => !/[“”]/.test(x.text) && x.quote === 'Mayor Ana Costa called the plan ‘reckless’ on Monday.')).toBe(true);
  });
});

describe('a quotation standing alone after a speaker’s', () => {
  it('goes on in that speaker’s voice, in the same paragraph and in the next', () => {
    const u = extractClaims(
      sentences([
        '“They fired first, without any provocation,” Colonel Radu Ferenčak, the defence ministry spokesman, told the Herald.',
        '“Our soldiers were asleep.”',
        '“We will defend the valley.”',
      ]),
    );
    expect(u.map((x) => [x.text, x.attribution.speaker, x.attribution.kind])).toEqual([
      ['They fired first, without any provocation', 'Radu Ferenčak', 'named'],
      ['Our soldiers were asleep', 'Radu Ferenčak', 'named'],
      ['We will defend the valley', 'Radu Ferenčak', 'named'],
    ]);
  });

  it('in straight marks too, after "X said on Monday"', () => {
    const u = unitsOf(['"Five, not twelve," Brân said on Monday.', '"Maredia inflates its losses to win sympathy abroad."']);
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([['Maredia inflates its losses to win sympathy abroad', 'Brân']]);
  });

  it('not after prose in between, nor after a sentence that quotes nobody', () => {
    expect(unitsOf(['“We are ready,” the mayor said.', 'The storm reached the coast at noon.', '“The harbour wall held all night.”'])[0]?.attribution.kind).toBe('none');
    expect(unitsOf(['Officials said the storm reached the coast at noon.', '“The harbour wall held all night.”'])[0]?.attribution.kind).toBe('none');
  });

  it('over several sentences too, and not past the sentence that closes it', () => {
    const u = extractClaims(sentences(['“We found out from the television,” her mother, Carmen Velasquez, said.', '“She has trained clean her whole life.', 'She never missed a session.', 'Everyone in this town knows it.”', 'The town has a population of 12,000 people.']));
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([
      ['We found out from the television', 'Carmen Velasquez'],
      ['She has trained clean her whole life', 'Carmen Velasquez'],
      ['She never missed a session', 'Carmen Velasquez'],
      ['Everyone in this town knows it', 'Carmen Velasquez'],
      ['The town has a population of 12,000 people', null],
    ]);
  });

  it('a stray opening mark that closes nowhere carries no speaker on', () => {
    const u = extractClaims(sentences(['“We are ready,” the mayor said.', '“The harbour wall held all night.', 'The storm moved north on Tuesday.']));
    expect(u.at(-1)?.attribution.speaker).toBeNull();
  });

  it('a quotation with a frame of its own keeps its own speaker', () => {
    const u = unitsOf(['“We are ready,” the mayor said.', '“Nobody was hurt,” fire chief Ana Lutz said.']);
    expect(u[0]?.attribution.speaker).toBe('Ana Lutz');
  });
});

describe('how the speaker came to speak, between the name and the verb', () => {
  it.each([
    ['a role after the name, after the quotation', '“They fired first,” Colonel Radu Ferenčak, the defence ministry spokesman, told the Herald.', 'Radu Ferenčak'],
    ['the role first', '“They fired first,” the spokesman, Radu Ferenčak, told reporters.', 'Radu Ferenčak'],
    ['a question put to him', 'Emir Hadžić, asked whether troops had entered Maredia, said they had not.', 'Emir Hadžić'],
    ['a relative clause about her', 'Anna Berg, who chairs the committee, said the vote was fair.', 'Anna Berg'],
    ['a relative clause after the quotation', '“We will rebuild,” the mayor, who was visiting, said.', 'the mayor'],
    ['who she is to the story, then her name', 'Her mother, Carmen Velasquez, said the family was stunned.', 'Carmen Velasquez'],
    ['a name and where he is from', 'Another customer, Sam Okoye from Stockport, said he had already deleted the app.', 'Sam Okoye'],
  ])('%s', (_what, text, speaker) => {
    const [u] = unitsOf([text]);
    expect(u?.attribution).toMatchObject({ speaker, kind: 'named' });
    expect(u?.text).not.toMatch(/said|told/);
  });

  it('a relative clause still tells an unnamed source', () => {
    const [u] = unitsOf(['“The talks failed,” a senior official, who asked not to be named, told reporters.']);
    expect(u?.attribution).toMatchObject({ speaker: 'a senior official who asked not to be named', kind: 'anonymous' });
  });

  it('"X, asked whether …, said: “No. …”" speaks the rest of the quotation', () => {
    const u = extractClaims(sentences(['Foreign Minister Emir Hadžić, asked again whether troops had entered Maredia, said: “No.', 'Our soldiers stayed on our side of the line.”']));
    expect(u.map((x) => [x.text, x.attribution.speaker])).toEqual([['Our soldiers stayed on our side of the line', 'Emir Hadžić']]);
  });
});

describe('"Her lawyer, X, said she …"', () => {
  it('she is the client the article spoke of, not the lawyer', () => {
    const u = unitsOf(['Dara Velasquez tested positive for trenbolone.', 'Her lawyer, Adebayo Fenwick, said she had eaten a steak at a restaurant in Tarnwick.']);
    expect(u.map((x) => [x.text, x.attribution.speaker, x.attribution.role])).toEqual([['Dara Velasquez had eaten a steak at a restaurant in Tarnwick', 'Adebayo Fenwick', 'lawyer']]);
  });

  it('"he" after "Her lawyer" is still the lawyer', () => {
    const u = unitsOf(['Sprinter Dara Velasquez tested positive for trenbolone.', 'Her lawyer, Adebayo Fenwick, said he would appeal the finding.']);
    expect(u[0]?.text).toBe('Adebayo Fenwick would appeal the finding');
  });

  it('"Her mother, Carmen Velasquez," speaks as herself, then as "she"', () => {
    const u = extractClaims(sentences(['Sprinter Dara Velasquez tested positive for trenbolone.', 'Her mother, Carmen Velasquez, said the family was stunned.', '“We found out the same day as everyone else,” she said.']));
    expect(u.slice(1).map((x) => x.attribution.speaker)).toEqual(['Carmen Velasquez', 'Carmen Velasquez']);
  });
});

describe('a pronoun in a trailing tag', () => {
  it('"…, she added." is whoever spoke before, not the person the words are about', () => {
    const u = unitsOf(['Dara Velasquez tested positive for trenbolone.', 'Federation official Ruth Annesley said the result was confirmed.', 'Velasquez, 26, could face a ban of up to four years if the finding is upheld, she added.']);
    expect(u[0]?.attribution.speaker).toBe('Ruth Annesley');
  });

  it('"…, as he has declared …" mid-sentence still points back into the sentence', () => {
    const u = unitsOf(['Finance Minister Tomas Berg met the unions.', 'Union leader Ola Dahl is expected to strike, as he has declared that wages must rise.']);
    expect(u.find((x) => /wages/i.test(x.text))?.attribution.speaker).toBe('Ola Dahl');
  });
});

describe('an organisation’s “it”', () => {
  it('is named in the title, not in what matching reads: “The regulator confirmed it had opened an investigation”', () => {
    const [u] = unitsOf(['The Office of the Data Regulator confirmed it had opened a formal investigation into the breach.']);
    expect(u).toMatchObject({ text: 'The Office of the Data Regulator had opened a formal investigation into the breach', full: 'It had opened a formal investigation into the breach' });
    expect(unitsOf(['The hospital says it is treating 22 people.'])[0]?.text).toBe('The hospital is treating 22 people');
  });

  it('not a cleft, an expletive, a passive or a past tense that may be of something else', () => {
    for (const [sentence, text] of [
      ['Oshtara says it was Maredian troops who fired first.', 'It was Maredian troops who fired first'],
      ['The operator said it had been postponed twice.', 'It had been postponed twice'],
      ['The operator said it took place on February 18.', 'It took place on February 18'],
    ] as const) expect(unitsOf([sentence])[0]?.text, sentence).toBe(text);
    // A person's "it" is something else.
    expect(unitsOf(['Mayor Ana Costa said it had rained for three days.'])[0]?.text).toBe('It had rained for three days');
  });
});

describe('a quotation in single marks over several sentences', () => {
  it('is its speaker’s, every sentence, when the frame follows its closing mark (‘… We all knew something was coming,’ he said.)', () => {
    const u = extractClaims(sentences(['Worker Dmitri Kowalczyk said he was not surprised.', '‘They stopped replacing people back in the summer.', 'When a guy retired, nobody came in.', 'We all knew something was coming,’ he said.']));
    expect(u.slice(1).map((x) => [x.text, x.attribution.speaker, x.attribution.role])).toEqual([
      ['They stopped replacing people back in the summer', 'Dmitri Kowalczyk', 'Worker'],
      ['When a guy retired, nobody came in', 'Dmitri Kowalczyk', 'Worker'],
      ['We all knew something was coming', 'Dmitri Kowalczyk', 'Worker'],
    ]);
  });
});

describe('a correction', () => {
  it('is the newsroom speaking of its page: no claim from any sentence of its paragraph', () => {
    const ss = sentences(['The plant opened in 1978.', 'Correction: An earlier version of this story misstated the year the plant opened.']);
    ss.push({ ...ss[1]!, n: 2, start: 81, end: 110, text: 'It opened in 1978, not 1987.' });
    expect(extractClaims(ss).map((u) => u.text)).toEqual(['The plant opened in 1978']);
  });

  it('with its date after the word (“Correction, April 18:”) is one too', () => {
    const ss = sentences(['The plant opened in 1978.', 'Correction, April 18: An earlier version of this post said the plant had been closed since March 3.']);
    expect(extractClaims(ss).map((u) => u.text)).toEqual(['The plant opened in 1978']);
  });
});

describe('two things said in one breath (“said A, and that B”)', () => {
  it('are two claims, each shown in its own words, the second by the same source', () => {
    const units = seedUnits(['The regional health authority said on Wednesday that 47 people had been treated in hospital, and that seven remained in intensive care.']);
    expect(rows(units)).toEqual([
      ['47 people had been treated in hospital', 'the regional health authority', 'named', 'asserts'],
      ['Seven remained in intensive care', 'the regional health authority', 'named', 'asserts'],
    ]);
    // The pair's words are still what the first is matched on.
    expect(units[0]!.full).toBe('47 people had been treated in hospital, and that seven remained in intensive care');
  });

  it('says who “it” is in the second, as in the first', () => {
    const units = seedUnits(['The agency said 14 infants had been hospitalized, and that it was investigating the deaths of two infants.', 'Veltrex says its testing found no PFAS at its outfall, and that it hasn’t used PFOA at Hollis Bend since 2015.']);
    expect(units.map((u) => u.text)).toEqual([
      '14 infants had been hospitalized',
      'The agency was investigating the deaths of two infants',
      'Veltrex’s testing found no PFAS at its outfall',
      'Veltrex hasn’t used PFOA at Hollis Bend since 2015',
    ]);
  });
});
