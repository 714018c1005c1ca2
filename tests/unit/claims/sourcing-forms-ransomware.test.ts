/**
 * Sourcing forms of the nineteenth story (tests/fixtures/ransomware: a ransomware attack on a
 * hospital trust told by a wire, a local feature, the trust's press release with a Q&A, a live
 * page and a newsletter), each as a paragraph through the same analysis the ingest runs.
 */
import { describe, expect, it } from 'vitest';
import { rows, seedUnits } from './seed-units.ts';
import { parseSourceLine } from '../../../src/ingest/parse/metadata.ts';
import { sentenceRanges } from '../../../src/ingest/sentences/split-sentences.ts';

describe('who speaks', () => {
  it('a quotation standing alone after a speaker’s words told in the reporter’s is that speaker’s, in the same paragraph', () => {
    expect(
      rows(
        seedUnits([
          'Owen Pritchard, the trust’s chief information officer, said the hospital’s backups had survived the attack intact. “Our backups were not affected. We are restoring from them now, system by system.”',
        ]),
      ),
    ).toEqual([
      ['The hospital’s backups had survived the attack intact', 'Owen Pritchard', 'named', 'asserts'],
      ['Our backups were not affected', 'Owen Pritchard', 'named', 'asserts'],
      ['We are restoring from them now, system by system', 'Owen Pritchard', 'named', 'asserts'],
    ]);
    // (So after a dispute: “Ferris also disputed the trust’s account … “The systems went down …”.)
    const units = seedUnits([
      'Gail Ferris, regional organiser for the Health and Care Workers’ Union, said the true figure was far higher.',
      'Ferris also disputed the trust’s account of when the attack began. “I’ve got night staff who were locked out of the drug charts by half past twelve.”',
    ]);
    expect(units.find((u) => u.text.startsWith('I’ve got night staff'))?.attribution.speaker).toBe('Gail Ferris');
  });

  it('but not into the next paragraph, nor after a report', () => {
    const units = seedUnits(['Owen Pritchard said the backups had survived the attack intact.', '“We are restoring from them now, system by system.”']);
    expect(units.find((u) => u.text.startsWith('We are restoring'))?.attribution.speaker).toBeNull();
    const reported = seedUnits(['The Echo reported that the backups had been encrypted. “We are restoring from them now, system by system.”']);
    expect(reported.find((u) => u.text.startsWith('We are restoring'))?.attribution.speaker).toBeNull();
  });

  it('“Name, regional organiser for the union, said”: a role told without an article is a role', () => {
    const [unit] = seedUnits(['Gail Ferris, regional organiser for the Health and Care Workers’ Union, said the true figure was far higher.']);
    expect(unit?.attribution).toMatchObject({ speaker: 'Gail Ferris', role: 'regional organiser for the Health and Care Workers’ Union', kind: 'named' });
  });

  it('“Ferris also disputed …” keeps the speaker’s name whole (“Ferris” holds no “is”)', () => {
    const units = seedUnits(['Gail Ferris spoke first.', 'Ferris also disputed the trust’s account of when the attack began.']);
    expect(units.map((u) => u.text)).toContain('Gail Ferris also disputed the trust’s account of when the attack began');
  });

  it('“A ward sister who asked not to be named said managers had …”: “said managers” is no “the said managers”', () => {
    expect(rows(seedUnits(['A ward sister who asked not to be named said managers had told staff not to speak to journalists.']))).toEqual([
      ['Managers had told staff not to speak to journalists', 'a ward sister who asked not to be named', 'anonymous', 'asserts'],
    ]);
  });

  it('“X, experts say, because Y” is the experts’ vague word, reason and all', () => {
    expect(rows(seedUnits(['Prices rose sharply last year, experts say, because demand outstripped supply.']))).toEqual([
      ['Prices rose sharply last year because demand outstripped supply', 'experts', 'anonymous', 'asserts'],
    ]);
  });
});

describe('denials', () => {
  it('“The trust flatly denies it: “No ransom has been paid,” its statement says” denies what was just told', () => {
    const units = seedUnits([
      'Two people briefed on the recovery told me that a payment was made through an intermediary on Tuesday night. The trust flatly denies it: “No ransom has been paid,” its statement says.',
    ]);
    expect(units[1]).toMatchObject({ stance: 'denies', denial: { target: null, pointsBack: true } });
  });

  it('“Asked about reports that a ransom had been paid, Marsh was unequivocal.”: the report ends at the comma', () => {
    expect(rows(seedUnits(['Asked about reports that a ransom had been paid, Marsh was unequivocal.']))).toEqual([['A ransom had been paid', null, 'none', 'reports']]);
  });
});

describe('what a sentence says', () => {
  it('“has not paid, and will not pay, a ransom”: both verbs have the object', () => {
    expect(rows(seedUnits(['The trust has not paid, and will not pay, a ransom.']))).toEqual([
      ['The trust has not paid a ransom', null, 'none', 'asserts'],
      ['The trust will not pay a ransom', null, 'none', 'asserts'],
    ]);
  });

  it('“Tomasz Wren of Kestrel Forensics disagrees.” is no claim: it says who speaks next', () => {
    expect(rows(seedUnits(['Tomasz Wren of Kestrel Forensics disagrees. “There is no evidence that a vulnerability in the trust’s VPN was used.”']))).toEqual([
      ['There is no evidence that a vulnerability in the trust’s VPN was used', 'Tomasz Wren', 'named', 'asserts'],
    ]);
    // (Not a clause that says more: “Despite …, Putin’s government remains sceptical.”)
    expect(seedUnits(['Despite the calls for talks, the Ostarian government remains sceptical.'])).toHaveLength(1);
  });
});

describe('appeals', () => {
  it('“If you have not been contacted, please attend …” and “I would ask people not to …” ask; they state nothing', () => {
    const units = seedUnits([
      'If you have not been contacted, please attend your appointment as planned.',
      '“I would ask people not to go looking for this data online, and not to trust anyone who contacts them,” Dr Helena Marsh said.',
    ]);
    expect(units.filter((u) => /please attend|not to go looking/.test(u.quote))).toEqual([]);
    // (Not “If you ask me, the deal is dead”: a statement after all.)
    expect(rows(seedUnits(['If you ask me, the deal with the unions is dead.']))).toHaveLength(1);
  });
});

describe('page furniture', () => {
  it('a newsletter’s sign-off and a live page’s welcome are no claims', () => {
    const units = seedUnits([
      'That’s it for this week. If someone forwarded this to you, you can subscribe at breachreport.example. Reply to this email with tips; I read everything.',
      'Good morning. We’re bringing you the latest on the cyber attack that has crippled computer systems at Northmoor Valley Hospitals NHS Trust.',
    ]);
    expect(units.filter((u) => /this week|forwarded|this email|bringing you/.test(u.quote))).toEqual([]);
  });

  it('a live page’s Source line, “(live)”, leaves the name the outlet’s', () => {
    expect(parseSourceLine('Source: Northmoor Echo (live)')).toMatchObject({ name: 'Northmoor Echo', credits: [] });
  });

  it('“How the attackers got in.” — a list’s open question — is no claim, and ends its sentence (“in.” is no inch)', () => {
    const text = 'How the attackers got in. Experts say the most likely route was an unpatched VPN gateway.';
    expect(sentenceRanges(text).map(([a, b]) => text.slice(a, b))).toEqual(['How the attackers got in.', 'Experts say the most likely route was an unpatched VPN gateway.']);
    expect(rows(seedUnits([text]))).toEqual([['The most likely route was an unpatched VPN gateway', 'experts', 'anonymous', 'asserts']]);
  });
});
