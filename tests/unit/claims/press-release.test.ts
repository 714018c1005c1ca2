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
