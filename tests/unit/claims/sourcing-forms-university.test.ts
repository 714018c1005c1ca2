/**
 * Forms a fifteenth audit story (a retracted paper and a university's inquiry) brought: a radio
 * transcript's "NAME, ROLE:" labels, a flat "No" to a question about someone else, a quotation
 * with a negative word that denies nothing, an infinitive inside a subject, an unnamed source
 * told again as "the former member".
 */
import { describe, expect, it } from 'vitest';
import { seedUnits } from './seed-units.ts';

const units = (paragraphs: string[]) => seedUnits(paragraphs).map((u) => [u.text, u.attribution.speaker, u.attribution.kind, u.stance, u.denial?.target ?? null]);

describe('a radio transcript', () => {
  it('“LENA ABERNATHY, PROVOST, ASHGROVE UNIVERSITY:” labels her turn, with her role', () => {
    const [row] = seedUnits(['LENA ABERNATHY, PROVOST, ASHGROVE UNIVERSITY: Once we received a formal allegation, in January 2024, we followed our policies to the letter.']);
    expect(row!.attribution).toMatchObject({ speaker: 'Lena Abernathy', role: 'Provost, Ashgrove University', kind: 'named' });
  });

  it('a flat “No” to a question about someone else denies what it asked', () => {
    expect(units(['DANA OKAFOR, HOST: Was Dr. Herrera’s contract ended because he blew the whistle?', 'LENA ABERNATHY, PROVOST: No.'])).toEqual([
      ['Dr. Herrera’s contract was not ended because he blew the whistle', 'Lena Abernathy', 'named', 'denies', 'Dr. Herrera’s contract was ended because he blew the whistle'],
    ]);
    expect(units(['DANA OKAFOR, HOST: Did the university sit on this for almost three years?', 'LENA ABERNATHY, PROVOST: No, absolutely not, and I want to be clear about that.'])[0]!.slice(3)).toEqual(['denies', 'the university sat on this for almost three years']);
    // "Is he right?" says too little of whom.
    expect(units(['DANA OKAFOR, HOST: Is he right?', 'LENA ABERNATHY, PROVOST: No, he is not.']).filter((r) => r[3] === 'denies')).toEqual([]);
  });
});

describe('who says what', () => {
  it('“It said …” after a sentence about a named body is that body, not the last person quoted', () => {
    const rows = seedUnits(['“I have never fabricated data,” Professor Martin Keller said.', 'The Journal of Translational Metabolism posted the retraction notice on Monday.', 'It said images in two of the paper’s figures appear to have been duplicated.']);
    expect(rows.at(-1)!.attribution).toMatchObject({ speaker: 'the Journal of Translational Metabolism', kind: 'named' });
  });

  it('a quotation over two sentences closed by “X, the journal’s editor-in-chief, told Atlantic Newswire” is hers, not the wire’s', () => {
    expect(units(['"We asked for the raw data three times. We never received it," Dr. Ingrid Solberg, the journal’s editor-in-chief, told Atlantic Newswire. "At that point, the only responsible decision was to retract."']).map((r) => r[1])).toEqual([
      'Ingrid Solberg',
      'Ingrid Solberg',
      'Ingrid Solberg',
    ]);
  });

  it('refusals in the first person and unanswered requests are refusals', () => {
    expect(units(['LENA ABERNATHY, PROVOST: I’m not able to comment on the findings of a confidential process.', 'ABERNATHY: I can’t get into the specifics of an individual’s communications.', 'Keller did not respond to repeated requests for comment from the Lantern.']).map((r) => r.slice(0, 4))).toEqual([
      ['Lena Abernathy is not able to comment on the findings of a confidential process', 'Lena Abernathy', 'named', 'declines'],
      ['Lena Abernathy can’t get into the specifics of an individual’s communications', 'Lena Abernathy', 'named', 'declines'],
      ['Keller did not respond to repeated requests for comment from the Lantern', 'Keller', 'named', 'declines'],
    ]);
  });

  it('“These are students who did nothing wrong,” said X: no denial of anything', () => {
    expect(units(['The petition asks the university to guarantee funding for the students.', '"These are students who did nothing wrong," said Aisha Rahman, the union’s president.']).map((r) => r[3])).toEqual(['asserts', 'asserts']);
  });

  it('“A former member of the lab, who left in 2022, said the pressure to produce clean results was intense”, then “the former member said”: one unnamed source', () => {
    expect(units(['A former member of the lab, who left Ashgrove in 2022, said the pressure to produce clean results was intense.', '"Martin would say the data are there," the former member said.']).map((r) => r.slice(1, 3))).toEqual([
      ['a former member of the lab who left Ashgrove in 2022', 'anonymous'],
      ['the former member', 'anonymous'],
    ]);
  });
});
