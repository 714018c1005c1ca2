/**
 * Sourcing forms of the twenty-first story (tests/fixtures/ferry: a ferry aground off an island,
 * told by a wire, a harbour board's minutes with a reported list, a printed Q&A interview with
 * the operator's chief executive, a coastguard statement with numbered points, and a passenger's
 * blog printed at length by the local paper), each as a paragraph through the same analysis the
 * ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('a printed interview', () => {
  const interview = [
    'Catriona Marwick has been chief executive of Sollan Ferries since 2021. Three days after the grounding, she spoke to the Mercury at the company’s offices.',
    'Q: How many people were on board?\nA: 212 passengers and 19 crew. That figure comes from our ticketing system.',
    'Q: Gregor Baillie of the Ferry and Seafarers’ Union says the master was ordered to sail by your operations centre.\nA: That is untrue. The decision to sail is the master’s alone.',
    'Q: The harbour master says she told you in writing on 3 March that the marker buoy was missing.\nA: We were first told the buoy was missing on 13 March.',
  ];

  it('answers no question names are the interviewee’s, named in the standfirst that tells of the interview', () => {
    const units = seedUnits(interview, 'The West Coast Mercury');
    expect(units.find((u) => u.text === 'That is untrue')).toMatchObject({ stance: 'denies', attribution: { speaker: 'Catriona Marwick', kind: 'named' } });
    expect(units.find((u) => u.text.startsWith('The decision to sail'))?.attribution.speaker).toBe('Catriona Marwick');
    expect(units.find((u) => u.text.startsWith('We were first told'))?.attribution.speaker).toBe('Catriona Marwick');
  });

  it('the union official “of the Ferry and Seafarers’ Union” is the one who says it, and the harbour master is “she”, not the last person named', () => {
    const units = seedUnits(interview, 'The West Coast Mercury');
    expect(units.find((u) => u.text.startsWith('The master was ordered'))?.attribution.speaker).toBe('Gregor Baillie');
    expect(units.find((u) => u.text.includes('3 March'))).toMatchObject({ text: expect.stringMatching(/^She told you/), attribution: { speaker: 'the harbour master' } });
  });

  it('“A: Never.” to the newsroom’s yes-or-no question denies what it asked, on record', () => {
    const units = seedUnits([...interview, 'Q: Has the ship touched the rocks before?\nA: Never. In 32 years she has never touched ground at Ardvellan.'], 'The West Coast Mercury');
    expect(units.find((u) => u.quote.startsWith('Never'))).toMatchObject({ text: 'The ship has not touched the rocks before', stance: 'denies', attribution: { speaker: 'Catriona Marwick' } });
  });

  it('a bare count answering “How many …?” is said as the statement it makes', () => {
    const units = seedUnits(interview, 'The West Coast Mercury');
    expect(units.find((u) => u.quote.startsWith('212 passengers'))).toMatchObject({ text: '212 passengers and 19 crew were on board', attribution: { speaker: 'Catriona Marwick' } });
    // (Not a count answering anything else.)
    expect(seedUnits([...interview.slice(0, 1), 'Q: Which route was she on?\nA: 212 Portcraig to Ardvellan.'], 'The West Coast Mercury').some((u) => u.quote.startsWith('212 Portcraig'))).toBe(false);
  });

  it('an explainer’s “your questions answered” is the outlet’s own voice', () => {
    const explainer = ['The bribery trial of Tobias van der Berg opened Monday. Here is what we know so far.', 'Q: What is he accused of?\nA: Prosecutors say he accepted bribes from Brightwater Build.', 'Q: How long will it last?\nA: About four weeks, the court has said. The trial is expected to run to March.'];
    const units = seedUnits(explainer);
    expect(units.find((u) => u.text.startsWith('The trial is expected'))?.attribution.kind).toBe('none');
  });
});

describe('a text printed at length', () => {
  const blog = [
    'Morag Finlay, a primary teacher from Ardvellan, was on board when the ship hit the rocks. She wrote about it on her blog, Island Notes, on Sunday night. With her permission we print it at length.',
    '"I’ve done this crossing a thousand times. I’ve never been frightened on it before.',
    'It was shortly after half past six when we hit. The fog was so thick you couldn’t see the pier lights.',
    'The coastguard says everyone was ashore by 9:40. I was still sitting in that lounge at 9:40.',
    'Stay safe, everyone. Morag x"',
    'The Courier understands that investigators have taken away the voyage data recorder.',
  ];

  it('is its writer’s, paragraph after paragraph to its closing mark, what it relays aside', () => {
    const table = rows(seedUnits(blog, 'The Tornsay Courier'));
    expect(table).toContainEqual(['It was shortly after half past six when we hit', 'Morag Finlay', 'named', 'asserts']);
    expect(table).toContainEqual(['I was still sitting in that lounge at 9:40', 'Morag Finlay', 'named', 'asserts']);
    expect(table.find((r) => r[0] === 'Everyone was ashore by 9:40')?.[1]).not.toBe('Morag Finlay');
    // (After the closing mark, the paper's own voice again.)
    expect(table.find((r) => String(r[0]).includes('voyage data recorder'))?.[1]).toBeNull();
  });

  it('a quotation that closes in its own paragraph is no printed text', () => {
    const units = seedUnits(['She wrote about it on her blog. With her permission we print it here.', '"The crossing was calm," she wrote.', 'The ferry was late.']);
    expect(units.find((u) => u.text === 'The ferry was late')?.attribution.kind).toBe('none');
  });
});

describe('minutes', () => {
  it('a list after “The harbour master reported that:” is what she reported, item by item', () => {
    const minutes = ['The harbour master reported that:\n- the vessel was refloated on the evening high tide on Sunday 15 March;\n- the marker buoy had been missing since a storm on 2 March, and she had notified Sollan Ferries in writing on 3 March;', 'Cllr Gillies asked why the ferry had been allowed to sail in fog.'];
    const table = rows(seedUnits(minutes));
    expect(table).toContainEqual(['The vessel was refloated on the evening high tide on Sunday 15 March', 'the harbour master', 'named', 'asserts']);
    // ("she" is no marker buoy: a name heads no such subject.)
    expect(table).toContainEqual(['She had notified Sollan Ferries in writing on 3 March', 'the harbour master', 'named', 'asserts']);
    // (The list ends with its items, and what she reported with it.)
    const after = rows(seedUnits([minutes[0]!, 'The ferry had been allowed to sail in fog, Cllr Gillies said.', 'The board will meet again in April.']));
    expect(after.find((r) => String(r[0]).startsWith('The board will meet again'))?.[1]).toBeNull();
  });

  it('“The minister said …. She said she had spoken to …”: “she” is the minister, known only by her role', () => {
    const minutes = ['Cllr Duncan Innes said the company should be ashamed of itself.', 'The minister said the government would fund an independent review of safety on all island ferry routes. She said she had spoken to the chief inspector of the Marine Casualty Investigation Branch.'];
    expect(seedUnits(minutes).find((u) => u.text.includes('chief inspector'))).toMatchObject({ text: expect.stringMatching(/^She had spoken/), attribution: { speaker: 'the minister' } });
  });

  it('“at least 20 people had been injured, not 14, because …” keeps its figure: a counted subject is no leading adverbial', () => {
    const units = seedUnits(['Cllr Paterson said at least 20 people had been injured, not 14, because six passengers treated at the surgery had not been included in the coastguard’s figure.']);
    expect(units[0]!.text).toMatch(/^At least 20 people had been injured, not 14/);
  });
});
