import { describe, expect, it } from 'vitest';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { clusterItems, participantsConflict, tooThin } from '../../../src/ingest/matching/cluster.ts';
import { FeatureIds } from '../../../src/ingest/matching/feature-ids.ts';

// News prose introduces people by full name or title first; that is how the corpus learns who is a person.
const corpus = [
  'French President Emmanuel Macron met the press.',
  'German Chancellor Olaf Scholz spoke later.',
  'Spanish Prime Minister Pedro Sanchez was not there.',
];
const aliases = learnAliases(corpus, ['The Daily Herald']);
const sameCluster = (a: string, b: string, noise: string[] = []): boolean => {
  const texts = [a, b, ...noise];
  const clusters = clusterItems(texts.map((t) => ({ group: 'claim', features: claimFeatures(t, aliases) })));
  return clusters.some((c) => c.includes(0) && c.includes(1));
};
// Unrelated claims give the IDF weights a realistic background.
const noise = [
  'The central bank raised interest rates by half a point.',
  'Floods closed the main railway line for two days.',
  'The opposition leader called for early elections.',
  'Exports of grain fell sharply in the third quarter.',
];

describe('features', () => {
  it('learns people from full names and titles, not places or calendar words', () => {
    expect([...aliases.persons].sort()).toEqual(['macron', 'sanchez', 'scholz']);
    const f = claimFeatures('Macron flew to Florida on Monday.', aliases);
    expect(f.participants).toEqual(['macron']);
    expect(f.terms).not.toContain('e:monday');
  });

  it('a name with particles is one name, keyed by its last word: “Mr van der Berg” is “Tobias van der Berg”', () => {
    const full = claimFeatures('Tobias van der Berg was paid.', aliases).terms;
    const short = claimFeatures('Mr van der Berg was paid.', aliases).terms;
    expect(full).toEqual(['e:berg', 'w:pay']);
    expect(short).toEqual(full);
    expect(claimFeatures('Jean de la Fontaine said the van was parked.', aliases).terms).toEqual(['e:fontaine', 'w:park', 'w:say', 'w:van']);
  });

  it('marks negated and modal claims, but not a negated infinitive', () => {
    expect(claimFeatures('Scholz did not call Macron.', aliases).negated).toBe(true);
    expect(claimFeatures('Scholz urged Macron not to wait.', aliases).negated).toBe(false);
    expect(claimFeatures('Scholz could call Macron.', aliases).modal).toBe(true);
    // "no matter what", "no doubt", "not only … but also" negate nothing.
    expect(claimFeatures('We will send the aid, no matter what.', aliases).negated).toBe(false);
    expect(claimFeatures('There is no doubt the aid was sent.', aliases).negated).toBe(false);
    expect(claimFeatures('Scholz not only called Macron but also met him.', aliases).negated).toBe(false);
    expect(claimFeatures('No aid was sent.', aliases).negated).toBe(true);
  });

  it('a participle saying which ones (“athletes coached by Brenholt”) is no verb of the claim', () => {
    expect(claimFeatures('Four other athletes coached by Brenholt are now under scrutiny.', aliases)).toMatchObject({ predicates: [], terms: expect.arrayContaining(['c:investigate', 'w:coach']) });
    expect(claimFeatures('The athletes were coached by Brenholt.', aliases).predicates).toEqual(['w:coach']);
  });

  it('a participle before its noun (“customers on diverted flights”) says which ones: no act of the claim, though still a word', () => {
    for (const text of ['Customers on diverted flights were told to make their own way back.', 'Coaches were arranged for every customer on our diverted flights.', 'Coaches were laid on for all customers on its four diverted flights.']) {
      const f = claimFeatures(text, aliases);
      expect(f.terms, text).toContain('c:divert');
      expect(f.predicates, text).not.toContain('c:divert');
    }
    // After its subject it is the act: "They diverted flights to Norbridge".
    expect(claimFeatures('They diverted flights to Norbridge.', aliases).predicates).toEqual(['c:divert']);
    // A word of -ing after "his" names a kind, as the tagger's noun in "his legal driving hours" does.
    expect(claimFeatures('Our driver had not exceeded his driving hours.', aliases)).toMatchObject({ predicates: ['w:exceed'], terms: expect.arrayContaining(['w:driving']) });
    expect(sameCluster('Customers on diverted flights were told to make their own way back.', 'Coaches were laid on for all customers on its diverted flights.', noise)).toBe(false);
  });

  it('a relative clause after a stated state (“is aware of cases in infants who consumed it”) tells no act; a cleft’s (“it was X who fired first”) does', () => {
    expect(claimFeatures('Brightbloom is aware of 11 reported cases of illness in infants who consumed the formula.', aliases)).toMatchObject({ predicates: [], terms: expect.arrayContaining(['w:consume', 'w:illness']) });
    expect(claimFeatures('It was Maredian troops who fired first.', aliases).predicates).toEqual(['c:fire']);
    // After a main verb, or before it, the clause's verbs stay.
    expect(claimFeatures('The board holds 1,400 offers for students who sat the exams.', aliases).predicates).toEqual(['w:sit']);
    expect(claimFeatures('The man who was arrested has been released.', aliases).predicates).toEqual(['w:release']);
    expect(sameCluster('Brightbloom is aware of 11 reported cases of illness in infants who consumed the formula.', 'Brightbloom was aware of 11 reported illnesses.', noise)).toBe(true);
  });

  it('“taken to hospital” (or an object, then “to hospital”) is being hospitalised, an act; not a participle describing who', () => {
    for (const text of ['Seven of our pupils were taken to hospital, along with one member of staff.', 'Our crews took 14 patients to hospital.', 'Two workers were hospitalised.', 'Fourteen taken to hospital after crowd surge']) {
      expect(claimFeatures(text, aliases).predicates, text).toContain('w:hospitalize');
    }
    expect(claimFeatures('Two of those taken to hospital were in a serious but stable condition.', aliases).predicates).not.toContain('w:hospitalize');
    // So a count of those taken to hospital is no count of those on board.
    expect(sameCluster('There were 48 pupils and five members of staff on board.', 'Seven of our pupils were taken to hospital, along with one member of staff.', noise)).toBe(false);
  });

  it('“were allowed home” or “sent home” is being discharged; a relative clause in the subject, before a verb of the main clause’s own, tells no act', () => {
    expect(sameCluster('Six of the pupils were discharged overnight.', 'Six of those pupils were allowed home last night.', noise)).toBe(true);
    expect(claimFeatures('Pupils who had been discharged from hospital were brought home by their families.', aliases).predicates).not.toContain('c:discharge');
    expect(claimFeatures('The man who was arrested has been released.', aliases).predicates).toEqual(['w:release']);
    // (Before a main clause that states only a state, the relative clause's verb stays the claim's.)
    expect(claimFeatures('The family of a boy who was hospitalized this month is among the plaintiffs.', aliases).predicates).toEqual(['w:hospitalize']);
  });

  it('a clause of when after the claim (“… when we arrived”) tells no act of the claim: its verb is a word to match, not a predicate', () => {
    expect(claimFeatures('We were the ninth ambulance in the queue when we arrived.', aliases)).toMatchObject({ predicates: ['w:be'], terms: expect.arrayContaining(['w:arrive', 'w:queue']) });
    expect(claimFeatures('Nineteen workers were injured when the roof collapsed.', aliases).predicates).toEqual(['c:injure']);
    // (A preposition's time is no clause: "forced the hospital to divert ambulances until Monday and to postpone …".)
    expect(claimFeatures('Hackers forced the hospital to divert ambulances until Monday and to postpone operations.', aliases).predicates).toEqual(expect.arrayContaining(['c:delay']));
    expect(sameCluster('We were the ninth ambulance in the queue when we arrived.', 'Mr Bessant arrived at the hospital by ambulance at 6.40pm.', noise)).toBe(false);
  });

  it('“May 30” is a month, not what may be; “may” still is', () => {
    expect(claimFeatures('The federation was informed on May 30.', aliases).modal).toBe(false);
    expect(claimFeatures('May 30 was the deadline.', aliases).modal).toBe(false);
    expect(claimFeatures('The minister may resign.', aliases).modal).toBe(true);
    expect(claimFeatures('May I ask a question?', aliases).modal).toBe(true);
  });

  it('reads what someone was urged or told as the advice, not as the claim’s own modality or negation', () => {
    const told = claimFeatures('The call included Scholz telling Macron that he should remain circumspect.', aliases);
    expect(told.modal).toBe(false);
    expect(claimFeatures('Scholz urged Macron that he must not wait.', aliases).negated).toBe(false);
    // Before the urging, a modal is the claim's own.
    expect(claimFeatures('Scholz could urge Macron to wait.', aliases).modal).toBe(true);
  });

  it.each([
    // "open to", "a desire for", "ready to": one willingness (lexicon/concepts.json).
    ['c:willing', 'Scholz said he was open to further talks.', 'Scholz expressed a desire for more talks.'],
    // "bolster", "strengthen", "put in the strongest position": one aim.
    ['c:strengthen', 'The U.S. aims to bolster Ukraine’s position.', 'The White House aims to put Ukraine in the strongest possible position.'],
  ])('folds the words for %s into one concept', (concept, a, b) => {
    expect(claimFeatures(a, aliases).terms).toContain(concept);
    expect(claimFeatures(b, aliases).terms).toContain(concept);
  });

  it('reads what someone was asked to do as no act of the claim’s: asking to close a gate is not closing it', () => {
    const none = learnAliases([], []);
    expect(claimFeatures('Our commander asked event control at 20:50 to close the East Gate.', none).predicates).toEqual(['w:ask']);
    expect(claimFeatures('Our commander asked event control at 20:50 to close the East Gate.', none).terms).toContain('w:close');
    // (Told to do something, with no one named in between: what was done to them.)
    expect(claimFeatures('We were told to keep quiet.', none).predicates).toContain('w:keep');
  });

  it('keys a street by both its words: “Wendle Road” is no place called Road, nor the river Wendle', () => {
    const none = learnAliases([], []);
    expect(claimFeatures('The fire started on Wendle Road.', none).terms).toContain('e:wendle-road');
    expect(claimFeatures('The fire started on Wendle Road.', none).terms).not.toContain('e:road');
    expect(claimFeatures('Fish died in the Wendle.', none).terms).not.toContain('e:wendle-road');
    expect(claimFeatures('The line sagged over Owl Creek Road.', none).terms).toContain('e:creek-road');
  });

  it('keys a company by its name, not by the kind of company it is', () => {
    const learned = learnAliases(['Board chair Martin Keller met Verano Motors executives.', 'Calder Polymers makes resins.'], []);
    expect([...learned.persons].sort()).toEqual(['keller']);
    expect(claimFeatures('Verano Motors won the contract.', learned).terms).toContain('e:verano');
    expect(claimFeatures('Verano won the contract.', learned).terms).toContain('e:verano');
    expect(claimFeatures('The board chose Calder Polymers.', learned).terms).toContain('e:calder');
    for (const name of ['Norvale Airways', 'Brightbloom Nutrition', 'Orrin Dynamics', 'Ridgeline Power', 'Tidewave Events']) {
      expect(claimFeatures(`${name} cancelled the contract.`, learned).terms, name).toContain(`e:${name.split(' ')[0]!.toLowerCase()}`);
    }
  });

  it('learns no person from an organisation’s name: a Transit Authority is no Mr Authority', () => {
    const learned = learnAliases(['The Harlow Bay Regional Transit Authority’s board voted on Monday.', 'The Supreme Court ruled.', 'Board chair Martin Keller voted.'], []);
    expect([...learned.persons].sort()).toEqual(['keller']);
    expect(claimFeatures('The Regional Transit Authority awarded the contract.', learned).participants).toEqual([]);
  });

  it('leaves numbers written out out of the terms, as it leaves digits out', () => {
    expect(claimFeatures('Nineteen workers were injured.', aliases).terms).toEqual(claimFeatures('12 workers were injured.', aliases).terms);
    expect(claimFeatures('Dozens of firefighters fought the blaze.', aliases).terms.some((t) => t.includes('dozen'))).toBe(false);
  });

  it('reads "switched off", "shut down" and "turned off" as one act', () => {
    const off = ['The sprinklers had been switched off.', 'The sprinklers had been shut down.', 'The sprinklers were turned off.', 'The sprinklers were disabled.'];
    for (const text of off) expect(claimFeatures(text, aliases).terms, text).toContain('c:disable');
    expect(claimFeatures('The workers were turned away.', aliases).terms).not.toContain('c:disable');
  });

  it('reads “re-checked” and “rechecked” (words the tagger does not know) as “recheck”, as it reads “recounted” as “recount”', () => {
    expect(claimFeatures('The bundles were re-checked in the presence of agents', aliases).predicates).toEqual(['w:recheck']);
    expect(claimFeatures('Not a single ballot has been rechecked', aliases).predicates).toEqual(['w:recheck']);
    expect(claimFeatures('They are rechecking the bundles', aliases).predicates).toEqual(['w:recheck']);
    // (A verb the tagger knows keeps its lemma: "reported" is "report", not "port".)
    expect(claimFeatures('The votes were recounted', aliases).predicates).toEqual(['w:recount']);
    expect(claimFeatures('The union reported it', aliases).predicates).toEqual(['w:report']);
  });

  it('reads “under-reported” as one word, not as “reported”', () => {
    const under = claimFeatures('Forkful under-reported this breach', aliases);
    expect(under.terms).toContain('w:under-report');
    expect(under.predicates).toEqual(['w:under-report']);
    expect(claimFeatures('The company had reported it to the police', aliases).terms).not.toContain('w:under-report');
  });

  it('keeps a possessive ending, straight or curly, out of the terms', () => {
    expect(claimFeatures('The U.S.’s strong presence in Europe.', aliases).terms.filter((t) => t.startsWith('w:’') || t.startsWith("w:'"))).toEqual([]);
    expect(claimFeatures("Ukraine's position.", aliases).terms.filter((t) => t.startsWith("w:'"))).toEqual([]);
  });

  it('reads a word of quantity opening a sentence as no name: “Less than two tonnes …”', () => {
    expect(claimFeatures('Less than two tonnes of ammonia escaped.', aliases).terms.filter((t) => t.startsWith('e:'))).toEqual([]);
    expect(claimFeatures('More than 200 people were evacuated.', aliases).terms.filter((t) => t.startsWith('e:'))).toEqual([]);
  });

  it('keys people by surname whatever the title', () => {
    const f = claimFeatures('President Emmanuel Macron called Mr. Scholz.', aliases);
    expect(f.participants).toEqual(['macron', 'scholz']);
  });

  it('reads “us” as the speakers, “US” as the place', () => {
    expect(claimFeatures('Nobody offered us a hotel.', aliases).terms).toEqual(['w:hotel', 'w:offer']);
    expect(claimFeatures('The US offered a deal.', aliases).terms).toContain('p:united-states');
  });

  it('folds demonyms, capitals and spelling variants into one place', () => {
    expect(claimFeatures('Kiev asked for help.', aliases).terms).toContain('p:ukraine');
    expect(claimFeatures('Kyiv asked for help.', aliases).terms).toContain('p:ukraine');
  });

  it('resolves "the French leader" to the person the corpus names as French President', () => {
    expect(aliases.leaderOf.get('france')).toBe('macron');
    expect(claimFeatures('Scholz urged the French leader to wait.', aliases).participants).toEqual(['macron', 'scholz']);
  });

  it('reads a lone capitalised word of a Title Case headline as that word, not a name', () => {
    const f = claimFeatures('Ministry Denies Territory Held With Scholz', aliases);
    expect(f.terms).toContain('c:territory');
    expect(f.terms).not.toContain('e:territory');
    expect(claimFeatures('Ministry Denies Talks Held With Scholz', aliases).terms).toContain('c:dialogue');
    // A known person keeps his name even when it is also a word ("Scholz" is no concept, "Talks" is).
    expect(f.participants).toEqual(['scholz']);
  });

  it('does not treat the outlet as a participant', () => {
    expect(claimFeatures('The Daily Herald said Macron resigned.', aliases).participants).toEqual(['macron']);
  });
});

describe('matching pairs that must merge', () => {
  it.each([
    ['Scholz urged Macron not to escalate the dispute.', 'Scholz urged restraint on the French leader in the dispute.'],
    ['Macron and Scholz held a phone conversation about trade.', 'Macron spoke by phone with Scholz about trade.'],
    ['The deal would require Kyiv to cede some territory.', 'Any agreement will require Kiev to give up territory.'],
    ['Scholz reminded Macron of the large military presence in Europe.', 'Scholz reminded the French leader of the military presence in Europe.'],
    // "send" and "deliver" tell the same action (lexicon/concepts.json).
    ['Scholz will send as much aid as possible to Kyiv before the summit.', 'The Scholz government is moving to deliver as much aid as possible to Kiev before the summit.'],
    // A light verb says what its object says: "bring an end" ends; "called for a resolution" asks for an end.
    ['Scholz has repeatedly pledged to bring an end to the war swiftly.', 'Scholz could end the war quickly.'],
    ['Scholz has called for a swift resolution to the war.', 'Scholz could end the war quickly.'],
    ['Government forces are making gains in the northern Tigray region.', 'Government forces are advancing in the Tigray region.'],
    // Outlets say "has not outlined steps", "did not specify terms", "has not explained the details".
    ['Scholz has not outlined specific steps for the pension reform.', 'Scholz did not specify any concrete terms for the pension reform.'],
    // "held a meeting" says what "met" says: the light verb's object is what happened.
    ['Scholz held a private meeting with Macron before the vote.', 'Scholz met privately with Macron before the vote.'],
    // "discussed", "raised", "reminded of": one act of bringing something up in a conversation.
    ['Scholz discussed the military presence in Europe.', 'Scholz reminded Macron of the large military presence in Europe.'],
    // One action alone still meets it told with more words and no other action.
    ['No one was killed.', 'It’s a miracle nobody died.'],
  ])('%s ~ %s', (a, b) => {
    expect(sameCluster(a, b, noise)).toBe(true);
  });
});

describe('matching pairs that must stay apart', () => {
  it.each([
    ['Scholz held a phone call with Macron on Monday.', 'Scholz held a phone call with Sanchez on Monday.'],
    ['The central bank raised interest rates.', 'Floods closed the main railway line.'],
    ['Macron visited the factory in Lyon.', 'Macron said the pension reform would pass.'],
    // "called for" urges; it is no phone call.
    ['Scholz called Macron on Monday about the war.', 'Scholz called for an end to the war on Monday.'],
    // One action alone against it and another: the other action tells another claim.
    ["He's eating again.", 'He stopped eating.'],
    ['They knew in January.', 'They want to know what they can switch to.'],
    // Lines with no word to match on are no one claim, however alike their (empty) features.
    ['There were more than 250.', 'It always has been.'],
  ])('%s ≁ %s', (a, b) => {
    expect(sameCluster(a, b, noise)).toBe(false);
  });
});

describe('a single action', () => {
  const f = (t: string) => claimFeatures(t, aliases);
  it('is too thin to meet it and another action, or it done by or to someone named', () => {
    expect(tooThin(f('They knew in January.'), f('They want to know what they can switch to.'))).toBe(true);
    // ("I was told there was no money", said by Tomás Herrera, names him: see withSpeaker.)
    const herrera = { ...f('I was told there was no money.'), terms: ['c:inform', 'e:herrera', 'w:money'] };
    expect(tooThin(f('Nobody told them anything.'), herrera)).toBe(true);
    expect(tooThin(f('Nobody told them anything.'), f('I was told there was no money.'))).toBe(false);
    expect(tooThin(f('No one was killed.'), f('It’s a miracle nobody died.'))).toBe(false);
  });
});

describe('participant conflicts', () => {
  it('conflicts only when each side names someone the other does not', () => {
    expect(participantsConflict(['a', 'b'], new Set(['a', 'c']))).toBe(true);
    expect(participantsConflict(['a'], new Set(['a', 'c']))).toBe(false);
    expect(participantsConflict([], new Set(['a']))).toBe(false);
  });
});

describe('clustering', () => {
  it('is deterministic and keeps groups apart', () => {
    const items = [
      { group: 'claim', features: claimFeatures('Macron met Scholz in Berlin.', aliases) },
      { group: 'denies', features: claimFeatures('Macron met Scholz in Berlin.', aliases) },
      { group: 'claim', features: claimFeatures('Macron met Scholz in Berlin on Friday.', aliases) },
    ];
    expect(clusterItems(items)).toEqual([[0, 2], [1]]);
    expect(clusterItems(items)).toEqual(clusterItems(items));
  });

  it('a line with no action verb meets one with a verb only in nearly the same words', () => {
    expect(sameCluster('The authority has 310 buses in its fleet.', 'The authority operates a fleet of 310 buses.', noise)).toBe(true);
    // Sharing a subject is not enough: "has a deficit" and "cut its deficit" say different things.
    expect(sameCluster('The authority has a budget deficit this year.', 'The authority cut its budget deficit by half.', noise)).toBe(false);
  });
});

describe('one exact figure', () => {
  const carrying = 'The vessel was carrying 212 passengers and 19 crew.';
  const aboard = '212 passengers and 19 crew had been on board.';
  const items = (figures: [string[] | undefined, string[] | undefined]) =>
    [carrying, aboard, ...noise].map((t, i) => ({ group: 'claim', features: claimFeatures(t, aliases), ...(i < 2 && figures[i] ? { figures: figures[i] } : {}) }));
  const together = (clusters: number[][]): boolean => clusters.some((c) => c.includes(0) && c.includes(1));

  it('brings two tellings of one count together, though their words differ and one has no verb', () => {
    expect(together(clusterItems(items([['19 crew', '212 passenger'], ['19 crew', '212 passenger']])))).toBe(true);
    expect(together(clusterItems(items([undefined, undefined])))).toBe(false);
  });

  it('leaves twins twins: the same words with another figure are one claim, whose figures then conflict', () => {
    const same = claimFeatures('Inflation in the country jumped in June.', aliases);
    const items = Array.from({ length: 600 }, (_, i) =>
      i % 2 === 0 ? { group: 'claim', features: same, figures: [`${8 + (i % 3)} percent`] } : { group: 'claim', features: claimFeatures(`Exports of item ${i} fell by ${i} percent.`, aliases) },
    );
    expect(clusterItems(items).filter((c) => c.some((m) => m % 2 === 0))).toHaveLength(1);
  });

  it('adds nothing when the figures differ, or only one side gives one', () => {
    expect(together(clusterItems(items([['19 crew', '212 passenger'], ['250 passenger']])))).toBe(false);
    expect(together(clusterItems(items([['19 crew', '212 passenger'], undefined])))).toBe(false);
  });
});

describe('scale', () => {
  it('identical claims meet even when their words are too common to block on', () => {
    const same = claimFeatures('No new date has been set for the vote.', aliases);
    const items = Array.from({ length: 600 }, (_, i) =>
      i % 2 === 0 ? { group: 'claim', features: same } : { group: 'claim', features: claimFeatures(`Exports of item ${i} fell by ${i} percent.`, aliases) },
    );
    const clusters = clusterItems(items);
    const withSame = clusters.filter((c) => c.some((m) => m % 2 === 0));
    expect(withSame).toHaveLength(1);
    expect(withSame[0]).toHaveLength(300);
  });
});

describe('identities given by the caller', () => {
  it('give the same clusters as identities worked out here', () => {
    const texts = [
      'Macron met Scholz in Berlin.',
      'Macron met Scholz in Berlin on Friday.',
      'Scholz and Macron held talks in Berlin.',
      'The central bank raised interest rates by half a point.',
      'Macron met Scholz in Berlin.',
      'Exports of grain fell sharply in the third quarter.',
    ];
    const items = [...texts, ...texts].map((t, i) => ({ group: i % 5 === 0 ? 'denies' : 'claim', features: claimFeatures(t, aliases) }));
    const ids = new FeatureIds();
    const numbered = items.map((it) => ({ ...it, identity: ids.identity(it.features) }));
    expect(clusterItems(numbered)).toEqual(clusterItems(items));
  });

  it('a twin (same features) joins its twin’s cluster and brings its own predicates', () => {
    const a = claimFeatures('Macron met Scholz in Berlin.', aliases);
    const twin = { ...a, predicates: ['w:other'] };
    expect(clusterItems([{ group: 'claim', features: a }, { group: 'claim', features: twin }]).length).toBe(1);
    // The cluster now holds the twin's predicate too: a unit that only shares that one does not conflict.
    const c = clusterItems([
      { group: 'claim', features: a },
      { group: 'claim', features: twin },
      { group: 'claim', features: { ...a, terms: [...a.terms, 'w:extra'].sort(), predicates: ['w:other'] } },
    ]);
    expect(c).toEqual([[0, 1, 2]]);
  });
});
