/**
 * Whether anyone was hurt (src/ingest/verdicts/harm.ts), and the state rule pairing a "nobody"
 * with a "somebody" (src/ingest/verdicts/state-disputes.ts): "No one was injured" (the operator)
 * against "One firefighter was treated at the scene for heat exhaustion" (the fire service).
 */
import { describe, expect, it } from 'vitest';
import { harmConflicts, harmIn } from '../../../src/ingest/verdicts/harm.ts';
import { stateDisputes, type StateUnits } from '../../../src/ingest/verdicts/state-disputes.ts';
import { decideVerdict, type StateDispute } from '../../../src/ingest/verdicts/decide.ts';
import type { Attribution } from '../../../src/ingest/types.ts';

const named = (speaker: string): Attribution => ({ kind: 'named', speaker, role: null, via: null });

describe('reading whether anyone was hurt', () => {
  it('reads a “nobody” of everyone, and of some people only', () => {
    expect(harmIn('No one was injured.')).toEqual({ side: 0, nouns: [], text: 'No one was injured' });
    expect(harmIn('Nobody was hurt')?.nouns).toEqual([]);
    expect(harmIn('Thankfully, no-one was taken to hospital')?.side).toBe(0);
    expect(harmIn('There were no injuries.')).toEqual({ side: 0, nouns: [], text: 'There were no injuries' });
    expect(harmIn('No people were harmed')?.nouns).toEqual([]);
    expect(harmIn('No members of the public were hurt.')).toEqual({ side: 0, nouns: ['member', 'public'], text: 'No members of the public were hurt' });
    expect(harmIn('None of the staff were harmed')?.nouns).toEqual(['staff']);
    // ("Neither of the officers" is nobody of them, not two officers hurt.)
    expect(harmIn('Neither of the officers on duty was hurt, but that both had been offered counselling')).toEqual({ side: 0, nouns: ['officer', 'duty'], text: 'Neither of the officers on duty was hurt' });
    expect(harmIn('The driver was not injured')).toEqual({ side: 0, nouns: ['driver'], text: 'The driver was not injured' });
  });

  it('reads a “somebody”: a person injured, hurt, in hospital, or treated for it', () => {
    expect(harmIn('One firefighter was treated at the scene for heat exhaustion.')).toEqual({ side: 1, nouns: ['one', 'firefighter'], text: 'One firefighter was treated at the scene' });
    expect(harmIn('Two workers were taken to hospital')?.nouns).toEqual(['worker']);
    expect(harmIn('Three people suffered minor burns.')).toMatchObject({ side: 1, nouns: ['people'] });
    expect(harmIn('A resident had been hospitalised')).toMatchObject({ side: 1, nouns: ['resident'] });
  });

  it('reads no hedged “nobody”: by severity, or so far as is known', () => {
    for (const text of ['No one was seriously hurt', 'Nobody has been hurt so far', 'No injuries have been reported', 'No one is believed to have been injured', 'No one was injured in the initial blast']) {
      expect(harmIn(text), text).toBeNull();
    }
  });

  it('reads no “somebody” that is not a person, is a condition, or is another incident’s', () => {
    // (Nor some people picked out by a relative clause: "pupils who were not hurt" tells of nobody's harm.)
    for (const text of ['The water was treated for contaminants', 'The building was badly damaged', 'If anyone was hurt, the council will pay', 'In a separate crash, two people were injured', 'The earlier fire saw two workers taken to hospital', 'Replacement vehicles for the return of pupils who were not hurt were sent from our depot']) {
      expect(harmIn(text), text).toBeNull();
    }
  });

  it('a “nobody” of everyone excludes any “somebody”; a “nobody” of some people only a “somebody” of those', () => {
    const firefighter = harmIn('One firefighter was treated at the scene')!;
    expect(harmConflicts(harmIn('No one was injured')!, firefighter)).toBe(true);
    expect(harmConflicts(firefighter, harmIn('There were no injuries')!)).toBe(true);
    expect(harmConflicts(harmIn('No members of the public were hurt')!, firefighter)).toBe(false);
    expect(harmConflicts(harmIn('No residents were hurt')!, harmIn('A resident was injured')!)).toBe(true);
    expect(harmConflicts(harmIn('No one was injured')!, harmIn('Nobody was hurt')!)).toBe(false);
  });
});

describe('the state rule on whether anyone was hurt', () => {
  const rows = [
    { article: 'operator', text: 'No one was injured', attribution: named('Cellvance Recycling Ltd') },
    { article: 'fire-service', text: 'One firefighter was treated at the scene for heat exhaustion', attribution: named('Wessford Fire and Rescue Service') },
    { article: 'fire-service', text: 'No members of the public were hurt', attribution: named('Wessford Fire and Rescue Service') },
  ];
  const units: StateUnits = {
    article: (i) => rows[i]!.article,
    outlet: (i) => rows[i]!.attribution.speaker,
    text: (i) => rows[i]!.text,
    attribution: (i) => rows[i]!.attribution,
    stance: () => 'asserts',
  };
  const found = (sameStory = (_i: number, _j: number) => true): Array<{ c: number; by: number; d: StateDispute }> => {
    const out: Array<{ c: number; by: number; d: StateDispute }> = [];
    stateDisputes([[0, 2], [1]], units, () => true, sameStory, (c, d, by) => out.push({ c, by, d }));
    return out;
  };

  it('disputes the operator’s “No one was injured” and the firefighter treated, each by the other, and says what they disagree on', () => {
    const disputes = found();
    expect(disputes.map(({ c, by }) => `${c} ← ${by}`).sort()).toEqual(['0 ← 1', '1 ← 0']);
    const onOperator = disputes.find((x) => x.c === 0)!.d;
    expect(onOperator).toMatchObject({ how: 'state', about: 'whether anyone was hurt', speaker: 'Wessford Fire and Rescue Service' });
    const decision = decideVerdict([{ article: 'operator', outlet: 'Cellvance Recycling Ltd', speaker: 'Cellvance Recycling Ltd', role: null, kind: 'named', via: null, stance: 'asserts' }], [onOperator]);
    expect(decision.verdict).toBe('disputed');
    expect(decision.reasons[0]).toBe('Sources disagree on whether anyone was hurt: “No one was injured” (Cellvance Recycling Ltd) against “One firefighter was treated at the scene” (Wessford Fire and Rescue Service).');
  });

  it('disputes nothing across stories', () => {
    expect(found(() => false)).toEqual([]);
  });
});

describe('bitten, and keepers', () => {
  it('“A member of the public was bitten by a wolf” is somebody hurt, against “No member of the public was injured”; a keeper taken to hospital against one who was not', () => {
    const bitten = harmIn('A member of the public was bitten by a wolf near the café')!;
    expect(bitten).toMatchObject({ side: 1 });
    expect(harmConflicts(bitten, harmIn('No member of the public was injured')!)).toBe(true);
    expect(harmConflicts(harmIn('A keeper at Brackenfold Zoo was taken to hospital with a bite to her arm')!, harmIn('The keeper at Brackenfold Zoo was not taken to hospital')!)).toBe(true);
  });
});
