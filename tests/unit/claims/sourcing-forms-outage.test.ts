/**
 * Sourcing forms of the seventeenth story (tests/fixtures/outage: an airline's IT outage told by
 * a wire, a live blog, the IT vendor's statement, a broadcast interview and a local feature),
 * each as a paragraph through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';

describe('who speaks', () => {
  it('“she said” after an unnamed source is that source, not the spokeswoman named before her', () => {
    const units = seedUnits([
      'Priya Castell, a Norvale spokeswoman, said a small number of bookings had to be reissued.',
      'A Norvale check-in supervisor at Wexley, who asked not to be identified, said staff had been given no instructions for the first two hours. "We wrote boarding passes by hand for two flights and then we were told to stop," she said.',
    ]);
    expect(rows(units).slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Staff had been given no instructions for the first two hours', 'anonymous'],
      ['We wrote boarding passes by hand for two flights and then we were told to stop', 'anonymous'],
    ]);
  });

  it('“They said” after one person spoke is the people just told of, not that person', () => {
    const units = seedUnits([
      'Priya Castell, a Norvale spokeswoman, said every stranded passenger was offered a hotel room.',
      'Tom Pardew, 72, and his wife, Eileen, were flying home to Dunmarrow. They said they spent Monday night on the floor of Terminal 2.',
    ]);
    expect(units.at(-1)?.attribution).toMatchObject({ speaker: 'Tom Pardew', kind: 'named' });
  });

  it('a person named after the unnamed source is “she” again', () => {
    const units = seedUnits(['Priya Castell, a Norvale spokeswoman, spoke on Tuesday.', 'An engineer who asked not to be named said the update was rushed. Castell disputed that. "We tested it for weeks," she said.']);
    expect(units.at(-1)?.attribution).toMatchObject({ speaker: 'Priya Castell', kind: 'named' });
  });
});

describe('who speaks, after the words', () => {
  it('“…, said Ines Carvalho, the airport’s operations manager.” and “…, said a neighbour, who asked not to be named.”', () => {
    expect(rows(seedUnits(['At Wexley, 38 Norvale departures were cancelled, said Ines Carvalho, the airport\'s operations manager.', 'The family was stunned by the news, said a neighbour, who asked not to be named.']))).toEqual([
      ['At Wexley, 38 Norvale departures were cancelled', 'Ines Carvalho', 'named', 'asserts'],
      ['The family was stunned by the news', 'a neighbour, who asked not to be named', 'anonymous', 'asserts'],
    ]);
  });

  it('“X said his booking vanished”: an -ing word after a determiner is a noun, and the clause is what X said', () => {
    expect(rows(seedUnits(['Kofi Mensah, a sales manager from Wexley, said his booking for a Tuesday flight vanished from the airline\'s app on Monday morning.']))).toEqual([
      // (With the sentence's own straight apostrophe.)
      ['Kofi Mensah\'s booking for a Tuesday flight vanished from the airline\'s app on Monday morning', 'Kofi Mensah', 'named', 'asserts'],
    ]);
  });
});

describe('whom someone blames', () => {
  it('“X has blamed a software update from Quantaris” is X’s statement on record; blaming each other, or trading blame, is no one’s', () => {
    expect(rows(seedUnits(['Marcus Ellery has blamed a software update from Quantaris.', 'Maredia and Oshtara are blaming each other for a deadly exchange of fire on their shared border.']))).toEqual([
      ['Marcus Ellery has blamed a software update from Quantaris', 'Marcus Ellery', 'named', 'asserts'],
      ['Maredia and Oshtara are blaming each other for a deadly exchange of fire on their shared border', null, 'none', 'asserts'],
    ]);
  });
});

describe('what is denied', () => {
  it('“X has said that is not the case”, “That’s simply not the case,” X said: denials of what was said before', () => {
    for (const paragraph of ['Norvale says the outage was an extraordinary circumstance. Transport Minister Helena Varga has said that is not the case.', 'Norvale says the outage was an extraordinary circumstance. "That\'s simply not the case," Helena Varga said.']) {
      expect(seedUnits([paragraph]).map((u) => u.stance), paragraph).toEqual(['asserts', 'denies']);
    }
  });

  it('a guest’s turn that is only “That’s false.” is a denial on record, however short', () => {
    const units = seedUnits([
      'Pilots’ union president Derek Osundu spoke to host Rachel Dunmore.',
      'DUNMORE: Captain, the airline says it never got a warning from your union.',
      'DEREK OSUNDU, NORVALE PILOTS ASSOCIATION: That\'s false. We wrote to the chief operating officer on January 14.',
    ]);
    expect(units.map((u) => [u.text, u.attribution.speaker, u.stance])).toContainEqual(['That\'s false', 'Derek Osundu', 'denies']);
  });

  it('a quotation a headline’s subjects “describe” is no denial: a verb of calling brands only with a word of falsity', () => {
    const units = seedUnits(['\'We slept on the floor of Terminal 2\': Stranded Norvale passengers describe a day without answers, and the airline says little.']);
    expect(units.some((u) => u.stance === 'denies')).toBe(false);
  });
});

describe('what is no claim', () => {
  it('a speaker’s own wishes, feelings and intentions (“I hope …”, “We want answers …”, “I’m not going to take sides”, “We are proud …”) are no claims, nor is a view (“I think the board needs to ask why”); statements of fact stay', () => {
    const units = seedUnits([
      '"I hope it doesn\'t come to that," Helena Varga said. "We want answers from our supplier, and so do our customers," Priya Castell said.',
      '"I\'m not going to take sides tonight," Varga said. "We are proud of what we have built," Tull said.',
      '"I think the board needs to ask why," Osundu said. "We did not make any change to our systems," Ellery said.',
    ]);
    expect(units.map((u) => u.text)).toEqual(['We did not make any change to our systems']);
  });
});

