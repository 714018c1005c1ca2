import { describe, expect, it } from 'vitest';
import { afterWords, comparable, verblessClause, figuresConflict, figuresIn, firstConflict, isNumberWord, measureOf, sameAct, sameNames, type Figure, type Telling } from '../../../src/ingest/verdicts/figures.ts';
import { wordTerm } from '../../../src/ingest/matching/features.ts';

const one = (text: string): Figure => {
  const f = figuresIn(text);
  expect(f, text).toHaveLength(1);
  return f[0]!;
};

describe('figuresIn', () => {
  it.each([
    ['Police said 12 people were killed', { counts: 'people', low: 12, high: 12, text: '12 people' }],
    ['The company cut 1,200 jobs', { counts: 'job', low: 1200, high: 1200, text: '1,200 jobs' }],
    ['Three people died', { counts: 'people', low: 3, high: 3, text: 'Three people' }],
    ['using the remaining $6 billion in funding', { counts: '$', low: 6e9, high: 6e9, text: '$6 billion' }],
    ['sales of 120 million euros', { counts: 'euro', low: 1.2e8, high: 1.2e8, text: '120 million euros' }],
    ['Inflation hit 9.1% in June', { counts: 'percent', low: 9.1, high: 9.1, text: '9.1%' }],
    ['between 10 and 20 soldiers were wounded', { counts: 'soldier', low: 10, high: 20, text: 'between 10 and 20 soldiers' }],
    ['a 24-hour ceasefire', { counts: 'hour', low: 24, high: 24, text: '24-hour' }],
    ['12 more people were rescued', { counts: 'people', low: 12, high: 12, text: '12 more people' }],
    ['Nineteen workers were injured', { counts: 'worker', low: 19, high: 19, text: 'Nineteen workers' }],
    // What is counted, in the singular: "1 bus" and "40 buses" count one thing.
    ['40 buses were ordered', { counts: 'bus', low: 40, high: 40, text: '40 buses' }],
    ['12 injuries were reported', { counts: 'injury', low: 12, high: 12, text: '12 injuries' }],
    ['3 houses burned', { counts: 'house', low: 3, high: 3, text: '3 houses' }],
    ['A dozen workers were hurt in the fire', { counts: 'worker', low: 12, high: 12, text: 'A dozen workers' }],
    // Past a possessive, a demonym or a name used as an adjective, to what is counted.
    ['A dozen of its soldiers died', { counts: 'soldier', low: 12, high: 12, text: 'A dozen of its soldiers' }],
    ['Five Maredian soldiers had died', { counts: 'soldier', low: 5, high: 5, text: 'Five Maredian soldiers' }],
    ['12 Forkful employees were told', { counts: 'employee', low: 12, high: 12, text: '12 Forkful employees' }],
    ['12 Republicans voted', { counts: 'republican', low: 12, high: 12, text: '12 Republicans' }],
  ])('reads %j', (text, want) => {
    expect(one(text)).toEqual(want);
  });

  it('reads hedges as the range they allow', () => {
    expect(one('about 70 leaders')).toMatchObject({ low: 63, high: 77 });
    expect(one('at least 15 people')).toMatchObject({ low: 15, high: Infinity });
    expect(one('fewer than 30 people')).toMatchObject({ low: 0, high: 30 });
    expect(one('nearly 200 people')).toMatchObject({ low: 170, high: 200 });
    expect(one('no more than 30 people')).toMatchObject({ low: 0, high: 30, text: 'no more than 30 people' });
    expect(one('Moreover 30 people')).toMatchObject({ low: 30, high: 30 });
    expect(one('about a dozen people')).toMatchObject({ low: 10.8, text: 'about a dozen people' });
  });

  it('counts the noun a participle describes, not the participle', () => {
    expect(one('1,180 planned operations were postponed')).toMatchObject({ counts: 'operation', text: '1,180 planned operations' });
    expect(one('five confirmed cases')).toMatchObject({ counts: 'case' });
    expect(one('12 arrested on Monday')).toMatchObject({ counts: 'arrested' });
  });

  it('reads “about” no further than the rounding its digits show', () => {
    // "about 180,000" would have been "about 170,000" for 171,000: rounded to ten thousands.
    expect(one('about 180,000 passengers')).toMatchObject({ low: 175_000, high: 185_000 });
    expect(one('about 1.2 million customers')).toMatchObject({ low: 1_150_000, high: 1_250_000 });
    // A tenth either way when that is less, or when the digits show no rounding.
    expect(one('about 3 million customers')).toMatchObject({ low: 2_700_000, high: 3_300_000 });
    expect(one('about 1,400 flights')).toMatchObject({ low: 1260, high: 1540 });
    expect(one('about 12.5 percent')).toMatchObject({ low: 11.25, high: 13.75 });
    expect(figuresConflict(one('about 180,000 passengers'), one('around 210,000 passengers'))).toBe(true);
    expect(figuresConflict(one('about 180,000 passengers'), one('around 175,000 passengers'))).toBe(false);
    expect(figuresConflict(one('about 180,000 passengers'), one('as many as 210,000 passengers'))).toBe(false);
  });

  it('reads a correction’s hedges: “closer to 2,000” is about that, “just over 300” and “barely three hundred” a little more', () => {
    expect(one('closer to 2,000 votes')).toMatchObject({ low: 1800, high: 2200 });
    expect(one('more like 40 people')).toMatchObject({ low: 36, high: 44 });
    expect(one('just over 300 ballots')).toMatchObject({ low: 300, high: 345, text: 'just over 300 ballots' });
    expect(one('barely three hundred votes')).toMatchObject({ low: 300, high: 345, text: 'barely three hundred votes' });
    // ("over 300" alone is any number above it.)
    expect(one('over 300 people')).toMatchObject({ low: 300, high: Infinity });
    expect(figuresConflict(one('just over 300 votes'), one('412 votes'))).toBe(true);
  });

  it('reads “hundred” as a scale word, like “thousand”', () => {
    expect(one('three hundred votes')).toMatchObject({ counts: 'vote', low: 300, high: 300 });
    expect(one('about five hundred people')).toMatchObject({ low: 450, high: 550 });
  });

  it('reads “and a half” as part of the number: “over three and a half metres”, “nine and a half thousand people”', () => {
    expect(one('The river rose to over three and a half metres at the bridge')).toMatchObject({ counts: 'metre', low: 3.5, high: Infinity, text: 'over three and a half metres' });
    expect(one('two and a half hours')).toMatchObject({ counts: 'hour', low: 2.5, high: 2.5 });
    expect(one('nine and a half thousand people')).toMatchObject({ counts: 'people', low: 9500 });
  });

  it.each([
    'Trump takes office on January 20, 2025',
    'Zelensky spoke to Trump on November 6',
    'They met on 7 November in Paris',
    'the leaders met at 7 p.m. and again at 9:30',
    'It was his 3rd visit since 2019',
    '40 were injured', // counts nothing it names
    'Police arrested 20 in Paris', // a place, not what is counted
    'There were 12 in the Kessin Valley',
    // A proportion is no count: "three flights" is not what "One in three flights" says.
    'One in three flights scheduled to leave Harwick on Friday evening was cancelled',
    'Fewer than 1 in 4 households have switched',
    'Two out of five pupils were absent',
    // A number naming one of a series is no count: "Year 9 pupils" are not nine pupils.
    'The children, Year 9 pupils from Kestrel Vale Academy, were returning from a museum trip',
    'Passengers on Flight 202 waited at Gate 12',
  ])('finds no figure in %j', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  it('counts a span of time before or after something apart from a duration: “two years before” is no “for 30 years”', () => {
    expect(figuresIn('The council warned the owner more than two years before the deck collapsed').map((f) => f.counts)).toEqual(['year before']);
    expect(figuresIn('It is a warning we have ignored for 30 years').map((f) => f.counts)).toEqual(['year']);
    expect(figuresIn('The inspection took place three weeks ago').map((f) => f.counts)).toEqual(['week ago']);
    expect(figuresIn('He was released 10 days later').map((f) => f.counts)).toEqual(['day after']);
    expect(figuresConflict(figuresIn('warned two years before the collapse')[0]!, figuresIn('warned five years earlier')[0]!)).toBe(true);
  });

  it('reads an abbreviated unit as the unit it stands for ("2.4 ng/mL" counts nanograms)', () => {
    expect(figuresIn('gives the concentration as 2.4 ng/mL')).toEqual([{ counts: 'nanogram', low: 2.4, high: 2.4, text: '2.4 ng' }]);
    // (A length is then read in metres: see below.)
    expect(figuresIn('a 12 km stretch')[0]).toEqual({ counts: 'metre', low: 12000, high: 12000, text: '12 km' });
    expect(figuresIn('12 tons of grain')[0]?.counts).toBe('ton');
  });

  it('leaves out a thing counted twice in one text (which one would conflict?)', () => {
    expect(figuresIn('unemployment rose from 5 percent to 8 percent')).toEqual([]);
  });
});

it('knows numbers written out, which matching leaves out of a claim’s terms', () => {
  for (const w of ['nineteen', 'dozen', 'dozens', 'hundreds', 'thousand', 'millions']) expect(isNumberWord(w), w).toBe(true);
  for (const w of ['workers', 'tens', 'once', 'ones', 'constructor', 'toString', '__proto__']) expect(isNumberWord(w), w).toBe(false);
});

it('"dozens of" is no figure', () => {
  expect(figuresIn('Dozens of firefighters spent the night battling the flames')).toEqual([]);
});

describe('figuresConflict', () => {
  it('conflicts when the ranges do not meet, for the same thing counted', () => {
    expect(figuresConflict(one('12 bridges'), one('19 bridges'))).toBe(true);
    expect(figuresConflict(one('at least 40 houses'), one('about 45 houses'))).toBe(false);
    expect(figuresConflict(one('more than 50 people'), one('50 people'))).toBe(false);
    expect(figuresConflict(one('12 bridges'), one('19 roads'))).toBe(false);
    expect(figuresConflict(one('$6 billion'), one('6 billion dollars'))).toBe(false);
  });
});

describe('firstConflict', () => {
  const t = (article: string, text: string, onRecord: boolean, terms = ['w:bridge', 'w:destroy']) => ({ article, figures: figuresIn(text), onRecord, date: null, terms });
  it('pairs tellings from different articles, one of them on record', () => {
    expect(firstConflict([t('a', '12 bridges', true), t('a', '19 bridges', true)])).toBeNull();
    expect(firstConflict([t('a', '12 bridges', false), t('b', '19 bridges', false)])).toBeNull();
    expect(firstConflict([t('a', '12 bridges', false), t('b', '12 bridges', true), t('c', '19 bridges', false)])).toMatchObject({ a: 1, b: 2 });
  });

  it('pairs two tellings of one article only when two people on record give them (an interview’s answer to a guest)', () => {
    const by = (speaker: string | null, text: string, onRecord = true) => ({ ...t('live', text, onRecord), speaker });
    expect(firstConflict([by('hart', '12 bridges'), by('okafor', '19 bridges')])).toMatchObject({ a: 0, b: 1 });
    // (One speaker's two figures in one article: a correction, read elsewhere; an outlet's own and a speaker's: no.)
    expect(firstConflict([by('hart', '12 bridges'), by('hart', '19 bridges')])).toBeNull();
    expect(firstConflict([by(null, '12 bridges'), by('okafor', '19 bridges')])).toBeNull();
  });

  it('pairs only tellings of one story', () => {
    const tellings = [t('a', '12 bridges', true), t('b', '19 bridges', true), t('c', '30 bridges', true)];
    // a and b are of different stories; c is of a's story.
    const story: Record<string, number> = { a: 1, b: 2, c: 1 };
    const sameStory = (i: number, j: number): boolean => story[tellings[i]!.article] === story[tellings[j]!.article];
    expect(firstConflict(tellings, sameStory)).toMatchObject({ a: 0, b: 2 });
    expect(firstConflict(tellings.slice(0, 2), sameStory)).toBeNull();
  });
});

describe('a bound said not to be passed', () => {
  it('“At no point … were more than 11 ambulances”, “never more than 11”: at most 11, quoted with its negation', () => {
    expect(figuresIn('At no point on 10 January were more than 11 ambulances waiting to hand over patients')).toEqual([{ counts: 'ambulance', low: 0, high: 11, text: 'At no point on 10 January were more than 11 ambulances' }]);
    expect(figuresIn('There were never more than 11 ambulances waiting')[0]).toMatchObject({ low: 0, high: 11, text: 'never more than 11 ambulances' });
    expect(figuresIn('More than 11 ambulances were waiting')[0]).toMatchObject({ low: 11, high: Infinity });
  });
});

describe('comparable', () => {
  const t = (terms: string[], date: string | null = null) => ({ article: 'x', figures: [], onRecord: true, date, terms });
  const storm = ['c:destroy', 'w:bridge', 'w:district', 'w:storm'];
  it('asks for the same statement: nearly the same terms', () => {
    expect(comparable(t(storm), t(storm))).toBe(true);
    expect(comparable(t(storm), t([...storm, 'w:overnight']))).toBe(true);
    expect(comparable(t(['w:inflation', 'w:rise']), t(['w:support', 'w:fall']))).toBe(false);
  });
  it('short tellings may differ by one term ("12 workers were injured" / "a dozen workers were hurt in the fire")', () => {
    expect(comparable(t(['c:injure', 'w:worker']), t(['c:injure', 'w:fire', 'w:worker']))).toBe(true);
    expect(comparable(t(['c:injure', 'w:worker']), t(['c:injure', 'w:explosion', 'w:fire', 'w:worker']))).toBe(false);
    expect(comparable(t(['c:injure']), t(['c:injure', 'w:fire']))).toBe(false);
  });
  it('days apart, unless both say when: “on the night of 10 January” in both is one past night', () => {
    const nurses = ['w:duty', 'w:nurse', 'w:register'];
    const dated = (date: string, text: string) => ({ ...t(nurses, date), text });
    expect(comparable(t(nurses, '2026-02-23'), t(nurses, '2026-03-02'))).toBe(false);
    expect(comparable(dated('2026-02-23', 'Nine registered nurses were on duty on the night of 10 January'), dated('2026-03-02', 'On the night of 10 January there were six registered nurses on duty'))).toBe(true);
    expect(comparable(dated('2026-02-23', 'In January, 61% of patients were seen within four hours'), dated('2026-03-02', 'Only 48% of patients were seen within four hours in January'))).toBe(true);
    // (Another day, or none told by one of them: a toll that rises.)
    expect(comparable(dated('2026-02-23', 'Nine nurses were on duty on 10 January'), dated('2026-03-02', 'Six nurses were on duty on 11 January'))).toBe(false);
    expect(comparable(dated('2026-02-23', 'Nine nurses were on duty on 10 January'), dated('2026-03-02', 'Six nurses were on duty'))).toBe(false);
  });
  it('days apart, the day the sentence names is its claims’: “…, and that 312 patients attended on 10 January”', () => {
    const ambulances = ['w:ambulance', 'w:department', 'w:queue'];
    const told = (date: string, text: string, sentence?: string) => ({ ...t(ambulances, date), text, ...(sentence ? { sentence } : {}) });
    const ledger = 'Data obtained by the Ledger shows that 17 ambulances were queued outside the department at 9pm that night, and that 312 patients attended on 10 January.';
    const trust = 'At no point on 10 January were more than 11 ambulances queued outside the department';
    expect(comparable(told('2026-02-20', '17 ambulances were queued outside the department at 9pm that night', ledger), told('2026-03-02', trust))).toBe(true);
    expect(comparable(told('2026-02-20', '17 ambulances were queued outside the department at 9pm that night'), told('2026-03-02', trust))).toBe(false);
  });
  it('not about different people or places', () => {
    expect(comparable(t([...storm, 'p:marlow']), t([...storm, 'p:dunmore']))).toBe(false);
    expect(comparable(t([...storm, 'p:marlow']), t(storm))).toBe(true);
  });
  it('or the same measure: the same noun counted by the same verb, in the same places', () => {
    const hospital = { ...t(['c:compromise', 'c:data', 'w:patient']), predicates: ['c:compromise'] };
    const state = { ...t(['c:compromise', 'c:cyberattack', 'c:data', 'e:fenmore', 'w:hospital', 'w:patient', 'w:personal']), predicates: ['c:compromise'] };
    expect(comparable(hospital, state, 'w:patient')).toBe(true);
    expect(comparable(hospital, state)).toBe(false); // no figure named: only the words count
    expect(comparable(hospital, state, 'w:record')).toBe(false); // a noun neither telling has
    expect(comparable(hospital, { ...state, predicates: ['w:affect'] }, 'w:patient')).toBe(false);
    expect(comparable(hospital, t(state.terms), 'w:patient')).toBe(false); // verbs not known
    // A place bounds what is counted.
    const sarovia = { ...t(['e:quorensky', 'p:sarovia', 'w:employ', 'w:people']), predicates: ['w:employ'] };
    const region = { ...t(['e:quorensky', 'w:employ', 'w:people', 'w:region']), predicates: ['w:employ'] };
    expect(comparable(sarovia, region, 'w:people')).toBe(false);
    expect(comparable(sarovia, { ...sarovia, terms: [...sarovia.terms, 'w:staff'] }, 'w:people')).toBe(true);
  });
  it('with no verb on either side, the same measure and another word in common ("two other athletes are under investigation" / "three other athletes are under investigation")', () => {
    const verbless = (terms: string[]) => ({ ...t(terms), predicates: [] as string[] });
    const castellan = verbless(['c:investigate', 'w:athlete', 'w:group', 'w:training']);
    const runline = verbless(['c:investigate', 'w:athlete']);
    expect(comparable(castellan, runline)).toBe(false); // too many words apart to be the same words
    expect(comparable(castellan, runline, 'w:athlete')).toBe(true);
    // The thing counted alone, or a name alone, is not what happened to it.
    expect(comparable(verbless(['w:athlete', 'w:medal']), verbless(['w:athlete', 'w:coach']), 'w:athlete')).toBe(false);
    expect(comparable(verbless(['e:brenholt', 'w:athlete', 'w:gold', 'w:medal']), verbless(['e:brenholt', 'w:athlete', 'w:coach']), 'w:athlete')).toBe(false);
    // One side with a verb: the verbs must meet, as before.
    expect(comparable(castellan, { ...runline, predicates: ['w:question'] }, 'w:athlete')).toBe(false);
  });
  it('a measure is what a figure counts, as a term: not "percent" or "$" (inflation and unemployment are two measures)', () => {
    const term = (w: string) => (w === 'soldier' ? 'c:military' : `w:${w}`);
    expect(measureOf('soldier', term)).toBe('c:military');
    expect(measureOf('patient', term)).toBe('w:patient');
    expect(measureOf('percent', term)).toBeUndefined();
    expect(measureOf('$', term)).toBeUndefined();
    // (A length is one measure in metres, and a speed one in km/h, whatever unit the words say.)
    expect(measureOf('metre', term)).toBe('u:metre');
    expect(measureOf('km/h', term)).toBe('u:km/h');
    // (A count of two nouns is measured as its first: "53 pupils and teachers".)
    expect(measureOf('pupil and teacher', term)).toBe('w:pupil');
    const inflation = { ...t(['w:inflation', 'w:percent', 'w:rise']), predicates: ['w:rise'] };
    const unemployment = { ...t(['w:percent', 'w:rise', 'w:unemployment']), predicates: ['w:rise'] };
    expect(firstConflict([{ ...inflation, article: 'a', figures: figuresIn('3 percent') }, { ...unemployment, article: 'b', figures: figuresIn('5 percent') }], undefined, term)).toBeNull();
  });
  it('between claims the matcher kept apart: the same names, or none on either side', () => {
    const named = (...names: string[]) => t(['w:employ', 'w:people', ...names]);
    expect(sameNames(named('e:talath'), named('e:talath', 'e:valoria'))).toBe(true);
    expect(sameNames(named(), named())).toBe(true);
    expect(sameNames(named(), named('e:talath'))).toBe(false); // "the company": whose?
    expect(sameNames(named('e:talath'), named('e:zanard'))).toBe(false);
  });
  it('a speaker’s count of itself (“It is treating 22 people”) only meets a telling by the same speaker, or one that names it', () => {
    const treated = { ...t(['w:hospital', 'w:people', 'w:treat']), predicates: ['w:treat'], speaker: 'regional health authority' };
    const own = { ...t(['w:people', 'w:treat']), predicates: ['w:treat'], speaker: 'ostrenz general hospital', ownCount: ['e:ostrenz', 'w:hospital'] };
    // The hospital's 22 is its share of the region's 47, either way round.
    expect(comparable(own, treated, 'w:people')).toBe(false);
    expect(comparable(treated, own, 'w:people')).toBe(false);
    // A telling that names the hospital, or the hospital's own other telling, counts the same.
    expect(comparable(own, { ...treated, terms: ['e:ostrenz', ...treated.terms] }, 'w:people')).toBe(true);
    expect(comparable(own, { ...treated, speaker: 'ostrenz general hospital' }, 'w:people')).toBe(true);
    // Without the speaker's self, nothing changes.
    const { ownCount: _, ...notOwn } = own;
    expect(comparable(notOwn, treated, 'w:people')).toBe(true);
  });
  it('not days apart: figures get updated', () => {
    expect(comparable(t(storm, '2024-03-01'), t(storm, '2024-03-02'))).toBe(true);
    expect(comparable(t(storm, '2024-03-01'), t(storm, '2024-03-05'))).toBe(false);
    expect(comparable(t(storm, '2024-03-01'), t(storm))).toBe(true);
  });
});

describe('one act, one unit, in other words', () => {
  const telling = (article: string, text: string, terms: string[], predicates: string[]): Telling => ({ article, figures: figuresIn(text), onRecord: true, date: '2026-06-09', terms, predicates, text });

  it('people taken, sent or gone to hospital are one count; a gas released, escaped or leaked is one', () => {
    const taken = telling('a', '17 people have been taken to hospital', ['w:hospital', 'w:people', 'w:take'], []);
    const went = telling('b', 'Nine people went to hospital as a precaution', ['w:go', 'w:hospital', 'w:people', 'w:precaution'], ['w:go']);
    expect(comparable(taken, went, measureOf('people', wordTerm))).toBe(true);
    const released = telling('a', 'About six tonnes of ammonia had been released', ['w:ammonia', 'w:release', 'w:ton'], ['w:release']);
    const escaped = telling('b', 'Less than two tonnes of ammonia escaped', ['w:ammonia', 'w:escape', 'w:ton'], ['w:escape']);
    // ("tonnes" is "ton" among a claim's terms, as the tagger lemmatises it.)
    expect(measureOf('tonne', wordTerm)).toBe('w:ton');
    expect(comparable(released, escaped, 'w:ton')).toBe(true);
    // (What escaped is no amount held.)
    const held = telling('c', 'The tank holds 40 tonnes of ammonia', ['w:ammonia', 'w:hold', 'w:tank', 'w:ton'], []);
    expect(comparable(held, escaped, 'w:ton')).toBe(false);
    expect(sameAct(released, released.figures[0]!, escaped, escaped.figures[0]!)).toBe(true);
    // (Other acts stay apart: people who went home are not people taken to hospital.)
    const home = telling('b', 'Nine people went home', ['w:go', 'w:home', 'w:people'], ['w:go']);
    expect(comparable(taken, home, measureOf('people', wordTerm))).toBe(false);
  });

  it('a length in kilometres is compared in metres, and its unit is no word of what is said', () => {
    expect(figuresIn('residents within 1km of the plant')).toEqual([{ counts: 'metre', low: 1000, high: 1000, text: '1km' }]);
    expect(figuresConflict(one('within 500 metres'), one('within 1km'))).toBe(true);
    expect(figuresConflict(one('within 1,000 metres'), one('within 1km'))).toBe(false);
    // ("one" is a figure as a measure's size, and no other time.)
    expect(figuresIn('Homes within a one-kilometre radius were cleared')).toEqual([{ counts: 'metre', low: 1000, high: 1000, text: 'one-kilometre' }]);
    expect(figuresIn('One of the workers was hurt, one-year contracts aside')).toEqual([]);
    // (A speed is no length: it is a speed.)
    expect(figuresIn('travelling at 60 km/h on the bend')[0]!.counts).toBe('km/h');
    const within = (text: string, unit: string) => telling(text, `Residents within ${text} of the plant had been evacuated`, ['w:evacuate', 'w:plant', 'w:resident', unit], ['w:evacuate']);
    expect(comparable(within('500 metres', 'w:metre'), within('1km', 'w:km'))).toBe(true);
  });

  it('miles, yards, feet and inches are lengths too: “41mm of rain” is not “nearly two inches”, “3 miles” is about 4.8 km', () => {
    expect(figuresConflict(one('41mm of rain fell'), one('nearly two inches of rain fell'))).toBe(true);
    expect(figuresConflict(one('50mm of rain fell'), one('nearly two inches of rain fell'))).toBe(false);
    const miles = figuresIn('within 3 miles of the site')[0]!;
    expect([miles.counts, Math.round(miles.low), Math.round(miles.high)]).toEqual(['metre', 4683, 4973]);
    expect(figuresConflict(one('about 1 mile away'), one('1.6 km away'))).toBe(false);
    expect(figuresConflict(one('a wall 12 feet high'), one('a wall 3.66 metres high'))).toBe(false);
  });

  it('speeds are one measure in km/h, however written: “close to 70mph” is not 80km/h, “around 50mph” may be', () => {
    expect(figuresIn('travelling at 80km/h when it left the carriageway')).toEqual([{ counts: 'km/h', low: 80, high: 80, text: '80km/h' }]);
    expect(figuresIn('a speed of 50 miles per hour')[0]!.counts).toBe('km/h');
    expect(figuresConflict(one('travelling at 80km/h'), one('travelling at close to 70mph'))).toBe(true);
    expect(figuresConflict(one('travelling at 80km/h'), one('travelling at around 50mph'))).toBe(false);
    expect(figuresConflict(one('travelling at 80 km/h'), one('travelling at 50 miles per hour'))).toBe(false);
    // (A length stays a length.)
    expect(figuresIn('a 1km exclusion zone')[0]!.counts).toBe('metre');
  });
});

describe('people counted as men or women', () => {
  it('counts “two men” and “three women” as people, so that they answer “three people”; children stay apart', () => {
    expect(figuresIn('Two men, aged 34 and 41, have been arrested')).toEqual([{ counts: 'people', low: 2, high: 2, text: 'Two men' }]);
    expect(figuresIn('three women were treated')[0]!.counts).toBe('people');
    expect(figuresIn('four children were treated')[0]!.counts).toBe('children');
  });
});

describe('a count its owner holds', () => {
  it('counts “its four diverted flights” as the owner’s own, apart from anyone’s flights', () => {
    expect(figuresIn('Coaches were laid on for all customers on its four diverted flights')).toEqual([{ counts: 'own flight', low: 4, high: 4, text: 'four diverted flights' }]);
    expect(figuresIn('with 31 flights cancelled or diverted')[0]!.counts).toBe('flight');
  });
});

describe('which time it happened', () => {
  it('reads “the first time”, “the third time in eighteen months” as a count of times', () => {
    expect(figuresIn('It is the first time drones have forced the airport to close')).toEqual([{ counts: 'nth time', low: 1, high: 1, text: 'the first time' }]);
    expect(figuresIn('This is the third time in eighteen months that drones have closed the runway').find((f) => f.counts === 'nth time')).toMatchObject({ low: 3, high: 3 });
    expect(figuresConflict(figuresIn('the first time drones have closed the runway')[0]!, figuresIn('the third time drones have closed the runway')[0]!)).toBe(true);
  });
});

describe('what a figure counts, read closely', () => {
  it('“53 pupils and teachers” counts both nouns, not pupils: the operator’s “48 pupils and five teachers” does not conflict with it', () => {
    expect(one('A coach carrying 53 pupils and teachers on a school trip')).toMatchObject({ counts: 'pupil and teacher', text: '53 pupils and teachers' });
    expect(figuresIn('There were 48 pupils and five teachers on board').map((f) => f.counts)).toEqual(['pupil', 'teacher']);
    expect(figuresConflict(one('53 pupils and teachers'), figuresIn('48 pupils and five teachers')[0]!)).toBe(false);
    // (The noun is the last word of the two; people stay people; a determiner or a number counts apart.)
    expect(one('1,180 planned operations and outpatient appointments have been postponed')).toMatchObject({ counts: 'operation and appointment' });
    expect(one('12 men and women were rescued').counts).toBe('people');
    expect(one('three men and the driver were arrested').counts).toBe('people');
    expect(one('40 passengers and crew were on board').counts).toBe('passenger and crew');
  });

  it('a closing quotation mark is no part of what is counted: “was doing 70mph’ in rain” is a speed', () => {
    expect(one("School coach 'was doing 70mph' in rain")).toMatchObject({ counts: 'km/h', text: '70mph' });
  });

  it('a speed limit is no speed anything went at', () => {
    expect(one('the train had been travelling well above a temporary 60 km/h speed restriction').counts).toBe('speed limit');
    expect(one('The line speed on that section is 80 km/h').counts).toBe('speed limit');
    expect(one('a speed limit of 70mph').counts).toBe('speed limit');
    expect(one('a 20mph zone').counts).toBe('speed limit');
    expect(one('the train was travelling at about 97 km/h when it entered the curve').counts).toBe('km/h');
    expect(measureOf('speed limit', (w) => `w:${w}`)).not.toMatch(/^u:/);
  });
});

describe('afterWords and years', () => {
  it('names its sentence gives only after the claim’s words end are no names of its figure', () => {
    const quote = 'A coach carrying 53 pupils and teachers on a school trip was travelling at close to 70mph in torrential rain when it veered off the M47, a source said.';
    const text = 'A coach carrying 53 pupils and teachers on a school trip was travelling at close to 70mph';
    expect(afterWords(['e:m47', 'w:coach'], text, quote)).toEqual(['e:m47']);
    // (A name its words show, or an alias they do not show at all, stays.)
    expect(afterWords(['e:m47'], `${text} on the M47`, `${text} on the M47 when it veered off the M47.`)).toEqual([]);
    expect(afterWords(['e:putin'], text, quote)).toEqual([]);
    // (Words not found as written in the sentence: nothing is known to be after them.)
    expect(afterWords(['e:m47'], 'The driver was arrested', quote)).toEqual([]);
    // ("m4" is not in "m47".)
    expect(afterWords(['e:m4'], text, quote)).toEqual([]);
  });

  it('a telling’s context names keep it comparable with one that names nothing', () => {
    const quote = 'A coach was travelling at close to 70mph when it veered off the M47, a source said.';
    const anon: Telling = { article: 'a', figures: figuresIn('close to 70mph'), onRecord: false, date: '2026-03-13', terms: ['e:m47', 'w:coach', 'w:mph', 'w:travel', 'w:veer'], predicates: ['w:travel'], text: 'A coach was travelling at close to 70mph', sentence: quote };
    const police: Telling = { article: 'b', figures: figuresIn('around 50mph'), onRecord: true, date: '2026-03-12', terms: ['w:coach', 'w:mph', 'w:travel'], predicates: ['w:travel'], text: 'The coach was travelling at around 50mph' };
    expect(sameNames(anon, police)).toBe(false);
    const context = { ...anon, context: afterWords(anon.terms, anon.text!, quote) };
    expect(sameNames(context, police)).toBe(true);
    expect(comparable(context, police, 'u:km/h')).toBe(true);
    // (A unit's word is no word both share: "for eight miles in either direction" and "the diversion added 11 miles".)
    const crossing: Telling = { article: 'c', figures: figuresIn('eight miles'), onRecord: true, date: '2026-03-12', terms: ['w:crossing', 'w:mile', 'w:road'], predicates: [], text: 'It is the only road crossing for eight miles' };
    const diversion: Telling = { article: 'd', figures: figuresIn('11 miles'), onRecord: true, date: '2026-03-12', terms: ['w:add', 'w:diversion', 'w:mile'], predicates: ['w:add'], text: 'The diversion added 11 miles' };
    expect(comparable(crossing, diversion, 'u:metre')).toBe(false);
  });

  it('a figure told of another year is of another event: “in 1987 killed nine people” is no rival of “Five people were killed”', () => {
    const tell = (article: string, text: string): Telling => ({ article, figures: figuresIn(text), onRecord: true, date: '2026-05-20', terms: ['w:derailment', 'w:kill', 'w:people'], predicates: ['w:kill'], text });
    expect(comparable(tell('a', 'A derailment on the same curve in 1987 killed nine people'), tell('b', 'Five people were killed in the derailment'), 'w:people')).toBe(false);
    expect(comparable(tell('a', 'A derailment in 1987 killed nine people'), tell('b', 'The 1987 derailment, in 1987, killed 11 people'), 'w:people')).toBe(true);
    // (The article's own year is no other year.)
    expect(comparable(tell('a', 'A derailment in May 2026 killed nine people'), tell('b', 'Five people were killed in the derailment'), 'w:people')).toBe(true);
  });
});

describe('counts of one, nouns before the noun counted, wholes and moments', () => {
  it('“one” counts one of a kind told as a subject or a thing had, not “one of them”, “no one” or “One mother said”', () => {
    expect(one('One security officer was on duty at the time of the break-in')).toMatchObject({ counts: 'officer', low: 1, text: 'One security officer' });
    expect(one('We had one officer on site overnight')).toMatchObject({ counts: 'officer', low: 1 });
    expect(one('one man was arrested').counts).toBe('people');
    for (const text of ['One mother said she had learned of it', 'one of the workers was hurt', 'No one was injured', 'the one officer was asleep', 'It is one thing to say', 'One day was lost']) expect(figuresIn(text), text).toEqual([]);
    expect(figuresConflict(one('One security officer was on duty'), one('Two security officers were on duty'))).toBe(true);
  });

  it('a noun before the noun counted is no count of its own: “two police officers”, “1,286 postal voting statements”; “87 people from homes” counts people', () => {
    expect(one('two police officers were hurt').counts).toBe('officer');
    expect(one('A total of 1,286 postal voting statements were rejected')).toMatchObject({ counts: 'statement', text: '1,286 postal voting statements' });
    expect(figuresIn('crews had rescued 87 people from homes by boat overnight, including 11 children')[0]).toMatchObject({ counts: 'people', text: '87 people' });
    expect(one('14 cardiovascular deaths').counts).toBe('death');
    // (A unit measures, it names nothing counted: "70mph winds" is a speed.)
    expect(one('70mph winds').counts).toBe('km/h');
  });

  it('the whole a count is “out of” is no count of what happened', () => {
    expect(figuresIn('1,286 postal voting statements were rejected out of 141,530 postal votes returned').map((f) => f.text)).toEqual(['1,286 postal voting statements']);
  });

  it('counts told days apart of the story’s one past moment (“that night”, “at the time of”) are compared', () => {
    const tell = (article: string, date: string, text: string): Telling => ({ article, figures: figuresIn(text), onRecord: true, date, terms: ['c:agreement', 'w:officer', 'w:site'], predicates: [], text });
    const museum = tell('radio', '2026-03-03', 'We had one officer on site overnight');
    const bastion = tell('statement', '2026-03-05', 'We had two officers on site that night');
    expect(comparable(museum, bastion, 'w:officer')).toBe(true);
    // (A toll that grows from day to day, or two nights, are not.)
    expect(comparable(tell('a', '2026-03-03', 'We had one officer on site'), tell('b', '2026-03-05', 'We had two officers on site'), 'w:officer')).toBe(false);
    expect(comparable(tell('a', '2026-03-03', 'one officer on site overnight'), tell('b', '2026-03-05', 'two officers on site overnight'), 'w:officer')).toBe(false);
  });

  it('a verb outside the figure’s clause is not what happened to what it counts; a form not found is no proof of none', () => {
    const crowther: Telling = { article: 'radio', figures: figuresIn('We had one officer on site overnight'), onRecord: true, date: '2026-03-03', terms: ['c:agreement', 'c:deliver', 'w:officer', 'w:site'], predicates: ['c:deliver'], text: 'We had one officer on site overnight, which is what our contract provides for' };
    const bastion: Telling = { article: 'statement', figures: figuresIn('two officers'), onRecord: true, date: '2026-03-04', terms: ['c:agreement', 'w:officer', 'w:require', 'w:site'], predicates: ['w:require'], text: 'We had two officers on site that night, as our contract with the museum requires' };
    expect(verblessClause(crowther, crowther.figures[0]!)).toBe(true);
    expect(comparable(crowther, bastion, 'w:officer', false, [crowther.figures[0]!, bastion.figures[0]!])).toBe(true);
    const went: Telling = { article: 'b', figures: figuresIn('Nine people went to hospital'), onRecord: true, date: null, terms: ['w:go', 'w:hospital', 'w:people'], predicates: ['w:go'], text: 'Nine people went to hospital as a precaution' };
    expect(verblessClause(went, went.figures[0]!)).toBe(false);
  });
});

describe('the clause of a figure', () => {
  it('ends at an “and” before another figure: “14 people were taken to hospital and 37 were treated at the scene” counts no one treated', () => {
    const text = '14 people were taken to hospital and 37 were treated at the scene';
    const ambulance: Telling = { article: 'a', figures: figuresIn(text), onRecord: true, date: null, terms: ['w:hospital', 'w:people', 'w:scene', 'w:take', 'w:treat'], predicates: ['w:hospitalize', 'w:treat'], text };
    const crews: Telling = { article: 'b', figures: figuresIn('Our crews treated a further 37 people at the scene'), onRecord: true, date: null, terms: ['w:crew', 'w:people', 'w:scene', 'w:treat'], predicates: ['w:treat'], text: 'Our crews treated a further 37 people at the scene' };
    expect(sameAct(ambulance, ambulance.figures[0]!, crews, crews.figures[0]!)).toBe(false);
    const nine: Telling = { article: 'c', figures: figuresIn('Nine people were taken to hospital as a precaution'), onRecord: true, date: null, terms: ['w:hospital', 'w:people', 'w:precaution', 'w:take'], predicates: [], text: 'Nine people were taken to hospital as a precaution' };
    expect(sameAct(ambulance, ambulance.figures[0]!, nine, nine.figures[0]!)).toBe(true);
  });
});

describe('a length told as a share of its unit', () => {
  it('“a quarter of a mile” is about 402 metres, “half a mile” about 805; “a third of the staff” is no length', () => {
    const quarter = figuresIn('fewer than 200 residents living within a quarter of a mile of the plant were asked to leave').find((f) => f.counts === 'metre')!;
    expect([quarter.text, Math.round(quarter.low), Math.round(quarter.high)]).toEqual(['a quarter of a mile', 390, 414]);
    expect(figuresConflict(quarter, one('within 1 km of the site'))).toBe(true);
    expect(figuresConflict(quarter, one('within 400 metres of the site'))).toBe(false);
    expect(one('half a mile away')).toMatchObject({ counts: 'metre', text: 'half a mile' });
    expect(figuresIn('a third of the staff')).toEqual([]);
  });
});

describe('one of a unit of length, in words', () => {
  it('“almost a mile” is a length, hedged as a number is, and conflicts with “about 400 metres”; “a mile-long queue” and “a mile an hour” are none', () => {
    const mile = one('The wolf was shot by police almost a mile from Brackenfold Zoo');
    expect([mile.counts, mile.text]).toEqual(['metre', 'almost a mile']);
    expect(mile.high).toBeLessThan(1660);
    expect(figuresConflict(mile, one('about 400 metres from Brackenfold Zoo'))).toBe(true);
    expect(figuresConflict(one('about one kilometre away'), one('1,000 metres away'))).toBe(false);
    expect(figuresIn('a mile-long queue')).toEqual([]);
    expect(figuresIn('traffic moved at a mile an hour')).toEqual([]);
    // (The unit of a share is no length of its own.)
    expect(figuresIn('half a mile away').map((f) => f.text)).toEqual(['half a mile']);
  });
});
