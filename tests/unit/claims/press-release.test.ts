import { describe, expect, it } from 'vitest';
import { pressRelease } from '../../../src/ingest/claims/press-release.ts';
import { datelineLength } from '../../../src/ingest/sentences/dateline.ts';
import type { Block, Sentence } from '../../../src/ingest/types.ts';
import { rows, seedUnits } from './seed-units.ts';

const DATELINE = 'HOLLIS BEND, Ashcombe County, Sept. 17, 2025 /PRNewswire/ -- ';
const release = [
  'Editor’s note: The following statement was issued by Veltrex Chemical Company on Wednesday. ProcessChem Today reprints corporate statements in full and without editing.',
  `${DATELINE}Veltrex Chemical Company (NYSE: VLTX) today responded to reports concerning PFAS in the drinking water of Merrow Falls.`,
  'Veltrex has not discharged PFOA, PFOS or any other PFAS compound from its Hollis Bend facility into the Sable River.',
  'Veltrex noted that the Sable River watershed contains several other potential sources of PFAS.',
  'Veltrex rejects the allegations in the lawsuit filed today in Ashcombe County Circuit Court.',
  'About Veltrex Chemical Company',
  'Veltrex Chemical Company is a leading manufacturer of specialty coatings, with 1,900 employees at six sites.',
  'Media contact: Danielle Okafor, Director of Communications',
];

describe('a press release printed as issued', () => {
  it('its dateline, wire and all, is no part of its first sentence', () => {
    expect(datelineLength(`${DATELINE}Veltrex Chemical Company today responded.`)).toBe(DATELINE.length);
    expect(datelineLength('NEW YORK, March 3, 2025 (BUSINESS WIRE) -- Acme Corp. today announced results.')).toBe('NEW YORK, March 3, 2025 (BUSINESS WIRE) -- '.length);
  });

  it('is found by its wire, with its issuer and where its boilerplate starts', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: `${DATELINE}Veltrex Chemical Company (NYSE: VLTX) today responded.` }, { kind: 'paragraph', text: 'Veltrex has not discharged PFAS.' }, { kind: 'subheading', text: 'About Veltrex Chemical Company' }];
    const s = (n: number, block: number, start: number, text: string, kind: Sentence['kind'] = 'paragraph'): Sentence => ({ article: 'a', n, block, start, end: start + text.length, text, kind });
    const sentences = [s(0, 0, DATELINE.length, 'Veltrex Chemical Company (NYSE: VLTX) today responded.'), s(1, 1, 0, 'Veltrex has not discharged PFAS.'), s(2, 2, 0, 'About Veltrex Chemical Company', 'subheading')];
    expect(pressRelease(blocks, sentences)).toEqual({ issuer: 'Veltrex Chemical Company', from: 0, end: 2 });
    // No wire in a dateline: no release ("LONDON (Reuters) — …" is a newsroom's).
    expect(pressRelease([{ kind: 'paragraph', text: 'LONDON (Reuters) — Veltrex said.' }], [s(0, 0, 18, 'Veltrex said.')])).toBeNull();
  });

  it('its unsourced sentences are the issuer’s on record; its boilerplate and the editor’s note tell nothing', () => {
    expect(rows(seedUnits(release, 'ProcessChem Today'))).toEqual([
      ['Veltrex Chemical Company (NYSE: VLTX) today responded to reports concerning PFAS in the drinking water of Merrow Falls', 'Veltrex Chemical Company', 'named', 'asserts'],
      ['Veltrex has not discharged PFOA, PFOS or any other PFAS compound from its Hollis Bend facility into the Sable River', 'Veltrex Chemical Company', 'named', 'asserts'],
      ['The Sable River watershed contains several other potential sources of PFAS', 'Veltrex Chemical Company', 'named', 'asserts'],
      // One voice: its rejection of what is told elsewhere answers none of its own lines.
      ['Veltrex rejects the allegations in the lawsuit filed today in Ashcombe County Circuit Court', 'Veltrex Chemical Company', 'named', 'asserts'],
    ]);
  });

  it('the same lines in a newsroom’s story stay the outlet’s, and its references answer what it told', () => {
    const story = rows(seedUnits(release.slice(2, 5), 'Ashcombe Gazette'));
    expect(story[0]).toEqual(['Veltrex has not discharged PFOA, PFOS or any other PFAS compound from its Hollis Bend facility into the Sable River', null, 'none', 'asserts']);
    expect(story.at(-1)).toEqual(['Veltrex rejects the allegations in the lawsuit filed today in Ashcombe County Circuit Court', 'Veltrex', 'named', 'denies']);
  });
});

describe('a statement issued by a body, named on its Source line', () => {
  const statement = [
    'Ashcombe and Vale Police can confirm that a 54-year-old man has been charged with three offences of bribery.',
    'During the search officers seized cash totalling £18,400.',
    'Anyone with information about corruption can contact the Economic Crime Unit on 101.',
    'Notes to editors',
    'Criminal proceedings are now active.',
  ];

  it('its unsourced sentences are the body’s, on record; an appeal and the notes to editors tell nothing', () => {
    expect(rows(seedUnits(statement, 'Ashcombe and Vale Police'))).toEqual([
      ['A 54-year-old man has been charged with three offences of bribery', 'Ashcombe and Vale Police', 'named', 'asserts'],
      ['During the search officers seized cash totalling £18,400', 'Ashcombe and Vale Police', 'named', 'asserts'],
    ]);
  });

  it('its “That is not true” right after what others claim, told as theirs, denies that claim on record', () => {
    const units = seedUnits(['We have seen claims on social media that staff reported a leaking valve the week before. That is not true. The valve passed its last check on 2 June.'], 'Corvane Agrochemicals (company statement)');
    expect(rows(units).slice(1, 2)).toEqual([['That is not true', 'Corvane Agrochemicals', 'named', 'denies']]);
    expect(units[1]!.denial).toEqual({ target: null, pointsBack: true });
    // (Not after its own statement: "That is not true" then answers nothing it told.)
    expect(rows(seedUnits(['The valve passed its last check on 2 June. That is not true.'], 'Corvane Agrochemicals (company statement)'))[1]![3]).toBe('asserts');
  });

  it('a newsroom’s name, a news agency’s included, is no issuer', () => {
    for (const outlet of ['Meridian News Agency', 'Allied Press Service', 'Ashcombe Evening Post', 'The Test Courier']) {
      expect(rows(seedUnits(statement.slice(1, 2), outlet))[0]).toEqual(['During the search officers seized cash totalling £18,400', null, 'none', 'asserts']);
    }
    // (An airport, a port, a school or a museum speaks for itself as a company does.)
    for (const outlet of ['Maresca-Lindqvist Pharma', 'Ministry of Health', 'Calder Polymers Ltd', 'Harwick Airport', 'Carrow Sound Port', 'Kestrel Lane Primary School']) {
      expect(rows(seedUnits(statement.slice(1, 2), outlet))[0]![1]).toBe(outlet);
    }
  });

  it('“About” the trial or the drug tells what the release is about; “About” its issuer is boilerplate', () => {
    const release = ['The trial met its primary endpoint.', 'About ORCHID-HF', 'The trial was funded by Maresca-Lindqvist Pharma.', 'About Maresca-Lindqvist Pharma', 'The company employs approximately 1,900 people.'];
    expect(rows(seedUnits(release, 'Maresca-Lindqvist Pharma')).map((r) => r[0])).toEqual(['The trial met its primary endpoint', 'The trial was funded by Maresca-Lindqvist Pharma']);
  });
});

