/**
 * personIn finds a registered person in a span. Its fast path (indexOf in the lower-cased span,
 * for ASCII surnames) must find exactly what its definition does: the case-insensitive regex
 * `(?<!letter)surname(?!letter)('s)?` over the span (no half of a double-barrelled name either:
 * "Smith" of "Smith-Jones"), the first mention that is not a possessor.
 */
import { describe, expect, it } from 'vitest';
import { personIn, registerPerson } from '../../../src/ingest/attribution/people.ts';
import { emptyContext, type Person, type SpeakerContext } from '../../../src/ingest/attribution/context.ts';

const people = (...names: string[]): SpeakerContext => {
  const ctx = emptyContext();
  for (const n of names) registerPerson(ctx, n, null);
  return ctx;
};

/** The definition, written out with the regex (what personIn did before its fast path). */
function byRegex(ctx: SpeakerContext, span: string): { person: Person; index: number; possessive: boolean } | null {
  let best: { person: Person; index: number; possessive: boolean } | null = null;
  for (const [surname, person] of ctx.persons) {
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const hit of span.matchAll(new RegExp(`(?<!\\p{L}-?)${escaped}(?!\\p{L}|-\\p{L})([’']s\\b)?`, 'giu'))) {
      let index = hit.index;
      const given = person.name.split(/\s+/).slice(0, -1);
      for (let g = given.length - 1; g >= 0; g--) {
        const lead = span.slice(0, index).replace(/\s+$/, '');
        if (!lead.endsWith(given[g]!)) break;
        index = lead.length - given[g]!.length;
      }
      const possessive = !!hit[1];
      if (!best || (best.possessive && !possessive) || (best.possessive === possessive && index < best.index)) best = { person, index, possessive };
    }
  }
  return best ? { person: best.person, index: best.index, possessive: best.possessive } : null;
}

describe('personIn', () => {
  const ctx = people('Omar Haddad', 'Jon Meyer', "Sean O'Brien", 'Anna Müller', 'Lee Smith-Jones', 'Kai Al', 'Ian Smith');

  it('a double-barrelled name is its own: “Smith-Jones” is not Ian Smith', () => {
    expect(personIn(ctx, 'Mr Smith-Jones said')).toMatchObject({ person: { name: 'Lee Smith-Jones' } });
    expect(personIn(people('Ian Smith'), 'Mr Smith-Jones said')).toBeNull();
  });

  it('finds the full name, and the first mention that is not a possessor', () => {
    expect(personIn(ctx, 'Jon Meyer, Haddad’s lawyer, said')).toMatchObject({ person: { name: 'Jon Meyer' }, index: 0 });
    expect(personIn(ctx, 'Haddad’s lawyer Jon Meyer said')).toMatchObject({ person: { name: 'Jon Meyer' }, index: 16 });
    expect(personIn(ctx, 'as Omar Haddad said')).toMatchObject({ person: { name: 'Omar Haddad' }, index: 3 });
  });

  it('does not find a surname inside a longer word', () => {
    expect(personIn(ctx, 'The Smithsonian and the Haddadi family')).toBeNull();
    expect(personIn(ctx, 'Alabama')).toBeNull();
  });

  const spans = [
    'Jon Meyer, Haddad’s lawyer, said',
    "O'BRIEN's office and o'brien",
    'MEYER said, then meyer’S aide spoke; Meyer’s',
    'Anna Müller and MÜLLER met Smith-Jones',
    'Smith-Jones’s plan, not Smith’s',
    'Meyer’sx and Meyer’s_ and Meyer’s1 and Meyer’S.',
    'the \u212Aai Al case: AL said', // KELVIN SIGN folds to k
    'ſmith and Smith', // LONG S folds to s: the regex finds both
    'İstanbul’s Smith', // lower-casing İ lengthens the string
    '𝐀Smith and xSmith and Smith𝐀 and 𝐀 Smith', // letters outside the BMP around the name
    'Haddad Haddad Haddad’s',
    '',
  ];
  it.each(spans)('agrees with the regex definition on %j', (span) => {
    expect(personIn(ctx, span)).toEqual(byRegex(ctx, span));
  });
});

describe('two people of one surname', () => {
  it('“Mr Rowe” is not the one the article titles “Cllr”, nor one it has called “she”', () => {
    const ctx = people('Cllr Anita Rowe', 'Martin Rowe');
    expect(personIn(ctx, 'Mr Rowe')?.person.name).toBe('Martin Rowe');
    expect(personIn(ctx, 'Cllr Rowe')?.person.name).toBe('Cllr Anita Rowe');
    const pronouns = people('Anita Rowe', 'Martin Rowe');
    [...pronouns.persons.values()].find((p) => p.name === 'Anita Rowe')!.pronoun = 'she';
    expect(personIn(pronouns, 'Mr Rowe')?.person.name).toBe('Martin Rowe');
    // (With nothing to tell them apart, the first registered, as before.)
    expect(personIn(people('Anita Rowe', 'Martin Rowe'), 'Rowe')?.person.name).toBe('Anita Rowe');
  });
});
