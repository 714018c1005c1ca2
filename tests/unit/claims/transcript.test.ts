import { describe, expect, it } from 'vitest';
import { labelLine, turnLabel } from '../../../src/ingest/claims/transcript.ts';
import { createContext, learnFromText } from '../../../src/ingest/attribution/speakers.ts';
import { rows, seedUnits } from './seed-units.ts';

const intro = 'Dr. Ingrid Sørensen directs Clearline Analytical Laboratories. She spoke with Valley Hour host Nate Halvorsen on Thursday morning.';

describe('an interview transcript', () => {
  it('a paragraph opening with a speaker’s name in capitals is that person’s words, every sentence of it, without the label', () => {
    const units = seedUnits([intro, 'INGRID SØRENSEN: The Merrow Falls Clean Water Coalition hired us in August. Every single tap sample had PFOA and PFOS in it.', 'SØRENSEN: No, he’s not. The federal maximum contaminant level is 4 parts per trillion for PFOA.']);
    expect(rows(units).slice(2)).toEqual([
      ['The Merrow Falls Clean Water Coalition hired us in August', 'Ingrid Sørensen', 'named', 'asserts'],
      ['Every single tap sample had PFOA and PFOS in it', 'Ingrid Sørensen', 'named', 'asserts'],
      ['No, he’s not', 'Ingrid Sørensen', 'named', 'asserts'],
      ['The federal maximum contaminant level is 4 parts per trillion for PFOA', 'Ingrid Sørensen', 'named', 'asserts'],
    ]);
    // The quote stays the sentence as written, label and all.
    expect(units[2]!.quote).toBe('INGRID SØRENSEN: The Merrow Falls Clean Water Coalition hired us in August.');
  });

  it('the interviewer relaying what others say is a frame like any: “HALVORSEN: The authority says it never sent a boil notice.”', () => {
    const units = seedUnits([intro, 'HALVORSEN: The authority says it never sent a boil notice. Is that right?']);
    expect(rows(units).slice(2)).toEqual([['The authority never sent a boil notice', 'the authority', 'named', 'asserts']]);
  });

  it('greetings and thanks are no claims', () => {
    const units = seedUnits([intro, 'HALVORSEN: Dr. Sørensen, thanks for coming in.', 'HALVORSEN: Dr. Ingrid Sørensen of Clearline Analytical Laboratories, thank you.']);
    expect(rows(units).slice(2)).toEqual([]);
  });

  it('a label names someone the article names: “UPDATE:” or a stranger’s name in capitals is no speaker', () => {
    const ctx = createContext();
    learnFromText(ctx, intro, true);
    expect(turnLabel(ctx, 'SØRENSEN: No.')?.speaker).toBe('Ingrid Sørensen');
    expect(turnLabel(ctx, 'DR. INGRID SØRENSEN: No.')?.speaker).toBe('Ingrid Sørensen');
    expect(turnLabel(ctx, '@UEWLocal88: "That is a lie."')).toEqual({ speaker: '@UEWLocal88', length: 13 });
    expect(turnLabel(ctx, 'UPDATE: The notice was lifted.')).toBeNull();
    expect(turnLabel(ctx, 'BREAKING NEWS: The notice was lifted.')).toBeNull();
    expect(turnLabel(ctx, 'Sørensen: no capitals, no label.')).toBeNull();
    const units = seedUnits([intro, 'HOLLIS BEND: The authority lifted the do-not-drink notice on Friday.']);
    expect(rows(units).slice(2)).toEqual([['HOLLIS BEND: The authority lifted the do-not-drink notice on Friday', null, 'none', 'asserts']]);
  });

  it('“HOST:” is the programme’s host: the one the article gives that role, else the one who says “I’m Nora Feld”, else no one', () => {
    const ctx = createContext();
    expect(turnLabel(ctx, 'HOST: This is The Midday Line, I’m Nora Feld.')?.speaker).toBe('Nora Feld');
    expect(turnLabel(ctx, 'HOST: What happened?')?.speaker).toBe('Nora Feld');
    expect(ctx.persons.get('feld')?.role).toBe('host');
    // A host the programme never names: the label is still cut, and the turn is the programme's own voice.
    expect(turnLabel(createContext(), 'HOST: What happened?')).toEqual({ speaker: '', length: 6 });
    const hosted = createContext();
    learnFromText(hosted, 'She spoke with Valley Hour presenter Nate Halvorsen on Thursday morning.', true);
    expect(turnLabel(hosted, 'PRESENTER: What happened?')?.speaker).toBe('Nate Halvorsen');
  });

  it('“I’m” is no part of a name, and a label’s role in brackets is learnt for a guest the article named before', () => {
    const units = seedUnits(['With me are Kayla Whitfield of Tolland and the state epidemiologist, Marcus Lindqvist.', 'HOST: This is The Midday Line, I’m Nora Feld. The company says it first learned of the bacteria on March 24.', 'KAYLA WHITFIELD (PARENT): He’s home. He stopped feeding on March 22.']);
    expect(units.map((u) => [u.text, u.attribution.speaker, u.attribution.role])).toEqual([
      ['The company first learned of the bacteria on March 24', 'the company', null],
      ['He stopped feeding on March 22', 'Kayla Whitfield', 'parent'],
    ]);
  });

  it('a programme speaking of itself and to its guests is no claim: “With me are …”, “X, you represent …”, “Tomorrow on …”', () => {
    const units = seedUnits([intro, 'HALVORSEN: Miriam Castellanos, you represent several of these families.', 'HALVORSEN: Tomorrow on The Valley Hour: what the shortage means for families.', 'With me now are two guests who know the plant well.']);
    expect(rows(units).slice(2)).toEqual([]);
  });

  it('the turn ends with its paragraph: the next one, unlabelled, is the outlet’s again', () => {
    const units = seedUnits([intro, 'SØRENSEN: Every single tap sample had PFOA and PFOS in it.', 'The Valley Hour will follow the story next week with the water authority.']);
    expect(rows(units).at(-1)).toEqual(['The Valley Hour will follow the story next week with the water authority', null, 'none', 'asserts']);
  });
});

describe('an earnings-call transcript', () => {
  const participants = 'Call participants: Dana Whitcombe, Chief Executive Officer; Tomás Ibáñez, Chief Financial Officer; Søren Lykke, an analyst.';

  it('a line that is only a label opens a turn that lasts until the next label, with the role it gives', () => {
    const units = seedUnits([
      participants,
      'Operator:',
      'Good afternoon, and welcome to the third-quarter call. All participants are in listen-only mode.',
      'Dana Whitcombe -- Chief Executive Officer:',
      'Our board approved this plan on October 20.',
      'Demand for our legacy board assemblies has fallen for six straight quarters.',
      'Tomás Ibáñez (CFO):',
      'Revenue for the third quarter was $312 million, down 18% year over year.',
      'Questions & Answers:',
      'The call ended after an hour of questions from analysts.',
    ]);
    expect(rows(units).slice(-4).map(([text, speaker]) => [text, speaker])).toEqual([
      ['Our board approved this plan on October 20', 'Dana Whitcombe'],
      ['Demand for our legacy board assemblies has fallen for six straight quarters', 'Dana Whitcombe'],
      ['Revenue for the third quarter was $312 million, down 18% year over year', 'Tomás Ibáñez'],
      // A section line ends the turn: the outlet's own again.
      ['The call ended after an hour of questions from analysts', null],
    ]);
    expect(units.find((u) => u.text.startsWith('Our board'))?.attribution.role).toBe('Chief Executive Officer');
    expect(units.find((u) => u.text.startsWith('Revenue'))?.attribution.role).toBe('CFO');
  });

  it('reads labels, the operator and sections; a stranger’s name is no label', () => {
    const ctx = createContext();
    learnFromText(ctx, 'Søren Lykke and Dana Whitcombe spoke on the call.', true);
    expect(labelLine(ctx, 'Søren Lykke -- Pemberton Ridge Securities -- Analyst:')).toMatchObject({ person: { name: 'Søren Lykke', role: 'Analyst, Pemberton Ridge Securities' } });
    expect(labelLine(ctx, 'Operator:')).toBe('operator');
    expect(labelLine(ctx, 'Questions & Answers:')).toBe('section');
    expect(labelLine(ctx, 'Prepared Remarks:')).toBe('section');
    // "X said:" introduces a quotation; a line in lower case is no section.
    expect(labelLine(ctx, 'Dana Whitcombe said:')).toBeNull();
    expect(labelLine(ctx, 'Call participants:')).toBeNull();
    expect(labelLine(ctx, 'Priya Raghunathan -- Castlemoor Capital -- Analyst:')).toBe('section');
    expect(labelLine(ctx, 'The company said the following on Tuesday about its plans for the plant:')).toBeNull();
  });
});

describe('a social media post quoted with its account', () => {
  it('is the account’s; what it relays is whose it relays, and its “That’s a lie” denies that', () => {
    const units = seedUnits(['Union Local 88 posted this on social media Tuesday night:', '@UEWLocal88: "Orrin says it told workers in person Monday. That\'s a lie. Our members found out from a text at 5:52 a.m."']);
    expect(rows(units).slice(1).map(([text, speaker, , stance]) => [text, speaker, stance])).toEqual([
      ['Orrin told workers in person Monday', 'Orrin', 'asserts'],
      ["That's a lie", '@UEWLocal88', 'denies'],
      ['Our members found out from a text at 5:52 a.m.', '@UEWLocal88', 'asserts'],
    ]);
  });
});
