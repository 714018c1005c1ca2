/**
 * The engine on a twenty-ninth story it was not developed on, written by an audit playing a
 * fact-check editor: tests/fixtures/carehome (a care home rated inadequate, told by the
 * regulator's report summary with numbered findings, the care group's statement with a Q&A, a
 * local paper with named and anonymous families and a correction, a radio phone-in transcript
 * with a caller, a councillor and the company's director, and a national paper's analysis). What
 * the engine gets right on it is checked here; what it still gets wrong is listed in the README
 * ("A twenty-ninth story").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('carehome');
});

const first = (words: string) => story.first(words);
const titled = (title: string) => story.pages.find((p) => p.title === title);
const quotes = () => story.pages.flatMap((p) => p.appearances.map((a) => a.quote));

describe('a twenty-ninth story: a care home rated inadequate', () => {
  it('the caller’s “They got fined forty grand” is an unnamed caller’s, not the presenter’s on record', () => {
    const { page, a } = first('They got fined forty grand last year');
    expect(a).toMatchObject({ speaker: 'a caller, Jean, from Ashby', attribution: 'anonymous' });
    expect(page.verdict).toBe('unattributed');
  });

  it('the councillor speaks as Helen Marsh, not as “Ashby Marsh”, and her “We reject that.” disputes the union’s November warning', () => {
    const paused = first('We paused new placements at Larchfield House on Friday the 28th of March').a;
    expect(paused.speaker).toBe('Helen Marsh');
    expect(story.pages.flatMap((p) => p.appearances).filter((x) => x.speaker === 'Ashby Marsh')).toEqual([]);
    expect(titled('The union warned you back in November')?.verdict).toBe('disputed');
  });

  it('the operator’s “36 residents …, not 38 as the report states” and the regulator’s 38 dispute each other', () => {
    expect(first('there were 36 residents at Larchfield House').page.verdict).toBe('disputed');
    expect(first('There were 38 people living at the home when we inspected').page.verdict).toBe('disputed');
  });

  it('the company’s “rated Good … in 2023” and the analysis’s “rated “requires improvement” … in 2023” dispute each other', () => {
    const good = titled('Larchfield House was rated Good by the same regulator in 2023');
    expect(good?.verdict).toBe('disputed');
    expect(good?.reasons).toContain('Sources disagree on its state: “Good” (Brightwater Care Group) against “requires improvement” (The Sentinel).');
  });

  it('the care group’s own Q&A is the group’s on record, and its “No. That is categorically untrue.” denies the question', () => {
    expect(first('Brightwater operates 19 care homes').a).toMatchObject({ speaker: 'Brightwater Care Group', attribution: 'named' });
    const denial = story.pages.find((p) => p.appearances.some((a) => a.quote === 'No.'));
    expect(denial?.appearances[0]).toMatchObject({ speaker: 'Brightwater Care Group', stance: 'denies' });
    expect(quotes().filter((q) => q === 'That is categorically untrue.')).toEqual([]);
    // (And it answers the staff's unnamed account: "told" and "instructed" are one act.)
    expect(first('they had been instructed not to phone the on-call manager').page.verdict).toBe('disputed');
  });

  it('“Ms Ellison, 58, from Wendlebury, said” is Susan Ellison on record; her director’s role is not “but its operations director”', () => {
    expect(first('Mum lay on the floor for four hours before anyone found her,').a).toMatchObject({ speaker: 'Susan Ellison', attribution: 'named' });
    expect(first('We had four staff on the floor that night').a.role).toBe('operations director');
  });

  it('the programme’s own lines, the transcript’s notes and a cut-off “I haven’t seen —” are no evidence', () => {
    for (const junk of [/is on the line\./, /^PRIYA NATT: You’re listening to/, /We’ll have to leave it there/, /This transcript was produced automatically/, /Some crosstalk has been removed/, /I haven’t seen —/, /I’ve got Councillor Helen Marsh in the studio/]) {
      expect(quotes().filter((q) => junk.test(q))).toEqual([]);
    }
  });

  it('quotes stay verbatim, and the hostile text is text', () => {
    expect(story.articles).toHaveLength(5);
    // (A line opening "import …" is what the union's man said, as said; its speaker's bracket is an acronym.)
    expect(first('import agency staff, cut the training').a).toMatchObject({ quote: 'import agency staff, cut the training, hope the inspector never calls — that’s the model.', role: 'UCW' });
    expect(quotes().filter((q) => /\{(?:media_contact_name|first_name)\}|<b>/.test(q))).toEqual([]);
  });
});
