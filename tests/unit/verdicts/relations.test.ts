import { describe, expect, it } from 'vitest';
import { claimFeatures, learnAliases } from '../../../src/ingest/matching/features.ts';
import { accountAspect, announcesResponse, deniesEarlier, isBackground, resolveDenialTargets, type DenialView, type UnitView } from '../../../src/ingest/verdicts/relations.ts';

const aliases = learnAliases(['Governor Lena Ortiz met banker Paul Brandt.', 'Mayor Tom Reyes spoke.'], ['The Daily Ledger']);
const f = (t: string) => claimFeatures(t, aliases);
const unit = (article: string, sentence: number, text: string, cluster: number, stance = 'reports', attribution = 'none'): UnitView => ({
  article,
  sentence,
  stance,
  attribution,
  features: f(text),
  cluster,
  text,
});
const denial = (article: string, sentence: number, target: string | null, event: string | null = null): DenialView => ({
  article,
  sentence,
  target: target ? f(target) : null,
  negatedEvent: event ? f(event) : null,
});

const units = [
  unit('a', 1, 'Ortiz and Brandt held a secret meeting about the port sale', 0),
  unit('a', 2, 'Ortiz promised Brandt a discount on the port lease', 1, 'reports', 'anonymous'),
  unit('a', 4, 'Mayor Tom Reyes opened the ferry terminal', 2, 'asserts', 'named'),
  unit('b', 1, 'Ortiz met Brandt in secret to discuss the port sale', 0),
  unit('b', 3, 'The port handled four million containers last year', 3, 'asserts'),
];
const byArticle = new Map([
  ['a', [0, 1, 2]],
  ['b', [3, 4]],
]);

describe('denial targets', () => {
  it('matches a clause target against what the article reports', () => {
    expect(resolveDenialTargets([denial('a', 3, 'Ortiz promised Brandt a discount on the lease')], units, byArticle)).toEqual([1]);
  });

  it('answers "rejected that account" with what the article told just before, even a statement on record', () => {
    // The article's explicit denial points at cluster 1; "that account" (sentence 5) is the
    // mayor's statement of sentence 4, and a reference like "rejected the report" is cluster 1.
    const explicit = denial('a', 3, 'Ortiz promised Brandt a discount on the lease');
    expect(resolveDenialTargets([explicit, { ...denial('a', 5, null), pointsBack: true }, denial('a', 5, null)], units, byArticle)).toEqual([1, 2, 1]);
    // Not the denier's own words: "“There are no plans,” she said. … “That is untrue,” she said."
    const own = [unit('s', 1, 'Mayor Tom Reyes opened the ferry terminal', 0, 'asserts', 'named'), { ...unit('s', 2, 'There are no concrete plans for the port', 1, 'asserts', 'named'), speaker: 'Ann Lee' }];
    expect(resolveDenialTargets([{ ...denial('s', 3, null), pointsBack: true, speaker: 'Ann Lee' }], own, new Map([['s', [0, 1]]]))).toEqual([0]);
    // Nothing told before it: as any other reference.
    expect(resolveDenialTargets([explicit, { ...denial('a', 0, null), pointsBack: true }], units, byArticle)).toEqual([1, 1]);
  });

  it('prefers the claim that holds all of what is denied over a shorter one that holds part of it', () => {
    const told = [
      unit('w', 1, 'Fenmore General Hospital paid a ransom of about $1.5 million in cryptocurrency to the hackers who crippled its systems', 0, 'asserts', 'anonymous'),
      unit('w', 5, 'The FBI advises victims not to pay ransoms', 1, 'asserts', 'none'),
    ];
    expect(resolveDenialTargets([denial('w', 2, 'the hospital had paid any ransom')], told, new Map([['w', [0, 1]]]))).toEqual([0]);
  });

  it('a short denial answers the long claim of its article that holds two thirds of its words', () => {
    const told = [
      unit('w', 1, 'The train had been travelling well above a temporary 60 km/h speed restriction on the approach to the viaduct', 0, 'asserts', 'named'),
      unit('w', 2, 'Drivers had complained for weeks that the restriction was not properly signposted', 1, 'asserts', 'named'),
    ];
    const byW = new Map([['w', [0, 1]]]);
    // Two of its three words ("speed", "restriction"): a similarity of 0.22, under the threshold.
    expect(resolveDenialTargets([denial('w', 3, 'any speed restriction had been ignored')], told, byW)).toEqual([0]);
    // One word of three is not enough; nor is a claim in another article.
    expect(resolveDenialTargets([denial('w', 3, 'any signal had been ignored by the driver')], told, byW)).toEqual([-1]);
    expect(resolveDenialTargets([denial('x', 3, 'any speed restriction had been ignored')], told, new Map([['w', [0, 1]], ['x', []]]))).toEqual([-1]);
  });

  it('leaves a clause that matches nothing unresolved, rather than guessing', () => {
    expect(resolveDenialTargets([denial('a', 3, 'the council raised parking fees')], units, byArticle)).toEqual([-1]);
  });

  it('resolves a negated event ("there was no such meeting") to the report of that event', () => {
    expect(resolveDenialTargets([denial('b', 2, null, 'meeting')], units, byArticle)).toEqual([0]);
  });

  it('resolves a bare reference ("called the report false") to what the article’s explicit denials deny', () => {
    const out = resolveDenialTargets(
      [denial('a', 3, null), denial('a', 5, 'Ortiz and Brandt held a secret meeting about the port sale')],
      units,
      byArticle,
    );
    expect(out).toEqual([0, 0]);
  });

  it('between equally denied claims, follows the explicit denial nearest before the reference', () => {
    // "Ortiz denies reports of a meeting. … The Ledger said Ortiz promised a discount. … The
    // governor rejected this." — one denial each; the reference follows the one before it.
    const twoDenials = [denial('a', 0, null, 'meeting'), denial('a', 3, null), denial('a', 6, 'Ortiz promised Brandt a discount on the port lease')];
    expect(resolveDenialTargets(twoDenials, units, byArticle)).toEqual([0, 0, 1]);
    const laterFirst = [denial('a', 0, 'Ortiz promised Brandt a discount on the port lease'), denial('a', 3, null), denial('a', 6, null, 'meeting')];
    expect(resolveDenialTargets(laterFirst, units, byArticle)).toEqual([1, 1, 0]);
  });

  it('falls back to the nearest report told before the reference', () => {
    expect(resolveDenialTargets([denial('a', 3, null)], units, byArticle)).toEqual([1]);
  });

  it('…else to what someone else said on record before it; a headline’s reference answers what the article’s own answers', () => {
    // "Union says warnings were ignored; operator rejects claims" … the union's general
    // secretary on record … "SRR rejected both claims." … the outlet's own later facts.
    const told = [
      { ...unit('g', 2, 'It wrote to the company on February 3 asking for the curve to be relaid', 0, 'asserts', 'named'), speaker: 'Dušan Márkos' },
      { ...unit('g', 8, 'A track inspection planned for February had been postponed', 1, 'asserts', 'named'), speaker: 'Dušan Márkos' },
      { ...unit('g', 10, 'SRR will publish the inspection report', 2, 'asserts', 'named'), speaker: 'SRR' },
      unit('g', 30, 'Replacement buses are running from Mirov station every 30 minutes', 3, 'asserts', 'none'),
    ];
    const byG = new Map([['g', [0, 1, 2, 3]]]);
    const body = { ...denial('g', 9, null), speaker: 'SRR' };
    const headline = { ...denial('g', 0, null), speaker: 'operator', heading: true };
    expect(resolveDenialTargets([headline, body], told, byG)).toEqual([1, 1]);
    // Without a denier's name, as before: the nearest report (the outlet's own fact).
    expect(resolveDenialTargets([denial('g', 9, null)], told, byG)).toEqual([3]);
  });

  it('…never the denier’s own words, nor those of someone whose role names the denier, nor the headline', () => {
    const told = [
      { ...unit('r', 0, 'Veltrex issues statement on water quality', 0, 'asserts', 'none'), heading: true },
      { ...unit('r', 4, 'We will make those data available to the regulator', 1, 'asserts', 'named'), speaker: 'Marcus Whitfield', role: 'chief executive of Veltrex' },
      { ...unit('r', 5, 'The town council will meet on Monday', 2, 'asserts', 'named'), speaker: 'Deborah Quaid', role: 'mayor' },
    ];
    const byR = new Map([['r', [0, 1, 2]]]);
    const rejects = { ...denial('r', 8, null), speaker: 'Veltrex' };
    expect(resolveDenialTargets([rejects], told, byR)).toEqual([2]);
    // Without the mayor, nothing of another voice is left before it.
    expect(resolveDenialTargets([rejects], told.slice(0, 2), new Map([['r', [0, 1]]]))).toEqual([-1]);
  });

  it('a reference that names whose claims it denies (“rejected the union’s count”) answers what they said: in its article, else in its story', () => {
    const told = [
      { ...unit('w', 2, 'About 1,500 people will lose work once contract workers are included', 0, 'asserts', 'named'), speaker: 'the union representing plant workers' },
      unit('w', 5, 'Workers have signed a union petition so far', 1, 'asserts', 'none'),
      { ...unit('x', 3, 'The real number of jobs lost would be about 1,500', 2, 'asserts', 'named'), speaker: 'the union' },
      { ...unit('x', 4, 'The real number of jobs lost would be about 1,500', 2, 'asserts', 'named'), speaker: 'the union' },
      { ...unit('x', 6, 'The plant opened in 1978', 3, 'asserts', 'named'), speaker: 'the union' },
    ];
    const byW = new Map([['w', [0, 1]], ['x', [2, 3, 4]]]);
    const rejected = { ...denial('w', 8, null), speaker: 'Mireille Duchêne', owner: 'union' };
    // Not the nearest line before it, which only mentions a union.
    expect(resolveDenialTargets([rejected], told, byW)).toEqual([0]);
    // Nothing of the union's before it in its article: what the union says most in its story.
    expect(resolveDenialTargets([{ ...rejected, sentence: 1 }], told, byW)).toEqual([2]);
    expect(resolveDenialTargets([{ ...rejected, sentence: 1 }], told, byW, () => false)).not.toEqual([2]);
  });

  it('“disputed the trust’s account of when the attack began” answers a time the trust told, not its nearest claim', () => {
    expect(accountAspect('Ferris also disputed the trust’s account of when the attack began')).toBe('time');
    expect(accountAspect('She rejected the company’s figures on how many jobs would go')).toBe('figure');
    expect(accountAspect('She rejected the company’s account')).toBeNull();
    const told = [
      { ...unit('w', 2, 'The trust’s IT systems went down at 2:15 a.m. on Tuesday', 0, 'asserts', 'named'), speaker: 'the trust' },
      { ...unit('c', 7, '1,180 planned operations have been postponed across its three hospitals', 1, 'asserts', 'named'), speaker: 'the trust' },
    ];
    const byArticle = new Map([['w', [0]], ['c', [1]]]);
    const disputed = { ...denial('c', 10, null), speaker: 'Gail Ferris', owner: 'trust' };
    expect(resolveDenialTargets([disputed], told, byArticle)).toEqual([1]);
    expect(resolveDenialTargets([{ ...disputed, aspect: 'time' as const }], told, byArticle)).toEqual([0]);
  });

  it('…the nearest about the denier or what they speak for, when the article tells one ("Federation boss Helen Marchbank hit back at the claims")', () => {
    const told = [
      unit('c', 1, 'Federation bosses were sitting on the result from the end of April', 0, 'asserts', 'none'),
      unit('c', 5, 'Nobody was allowed near that fridge except the coach', 1, 'reports', 'anonymous'),
    ];
    const about = { ...denial('c', 6, null), about: ['e:marchbank', 'w:federation', 'e:federation'] };
    const byC = new Map([['c', [0, 1]]]);
    expect(resolveDenialTargets([about], told, byC)).toEqual([0]);
    // Nothing told about the denier: the nearest report, as before.
    expect(resolveDenialTargets([{ ...about, about: ['e:keller'] }], told, byC)).toEqual([1]);
  });
});

describe('a denial that judges', () => {
  it('“rejected criticism that the order was issued too late” answers no claim that the order was issued at 4:10', () => {
    const told = [unit('h', 1, 'The evacuation order was issued at 4:10 a.m.', 0, 'asserts', 'named')];
    const by = new Map([['h', [0]]]);
    expect(resolveDenialTargets([denial('h', 2, 'the evacuation order was issued too late')], told, by)).toEqual([-1]);
    const judged = [unit('h', 1, 'Residents say the evacuation order was issued too late', 0, 'reports', 'anonymous')];
    expect(resolveDenialTargets([denial('h', 2, 'the evacuation order was issued too late')], judged, by)).toEqual([0]);
  });
});

describe('a denial that points back at “that account”', () => {
  it('is what the speaker’s account opened with, not its last words', () => {
    const account = [
      { ...unit('f', 1, 'The port sale had been rigged from the start', 0, 'asserts', 'named'), speaker: 'Paul Brandt' },
      { ...unit('f', 2, 'When the bids opened the price was fixed', 1, 'asserts', 'named'), speaker: 'Paul Brandt' },
      { ...unit('f', 3, 'Somewhere along the way it became a private deal', 2, 'asserts', 'named'), speaker: 'Paul Brandt' },
    ];
    const by = new Map([['f', [0, 1, 2]]]);
    expect(resolveDenialTargets([{ ...denial('f', 4, null), pointsBack: true }], account, by)).toEqual([0]);
    // Another speaker between them ends the account.
    const broken = [account[0]!, { ...account[1]!, speaker: 'Lena Ortiz' }, account[2]!];
    expect(resolveDenialTargets([{ ...denial('f', 4, null), pointsBack: true }], broken, by)).toEqual([2]);
  });

  it('an unnamed source’s account goes back through the noun that points at it, not through another source', () => {
    const anon = (sentence: number, text: string, cluster: number, teller: string) => ({ ...unit('g', sentence, text, cluster, 'asserts', 'anonymous'), teller });
    const by = new Map([['g', [0, 1]]]);
    const scientist = [anon(1, 'The committee recommended stopping the study early', 0, 'a senior scientist who asked not to be named'), anon(2, 'The sponsor overruled the recommendation', 1, 'the scientist')];
    expect(resolveDenialTargets([{ ...denial('g', 3, null), pointsBack: true }], scientist, by)).toEqual([0]);
    const two = [anon(1, 'Protests took place in the capital last week', 0, 'witnesses'), anon(2, 'The army is preparing to send 5,000 troops to the border', 1, 'a person close to the government')];
    expect(resolveDenialTargets([{ ...denial('g', 3, null), pointsBack: true }], two, by)).toEqual([1]);
  });

  it('background is a line in the present telling no event', () => {
    expect(isBackground('Approaching a player under contract without his club’s permission is a breach of the rules')).toBe(true);
    expect(isBackground('Prosecutors launched an investigation')).toBe(false);
    expect(isBackground('The club is paid and the director was told')).toBe(false);
  });

  it('passes over the outlet’s own background line to the account someone told just before it', () => {
    const told = [
      unit('e', 1, 'Ortiz met Brandt in secret to discuss the port sale', 0, 'asserts', 'anonymous'),
      unit('e', 2, 'Secret talks about a public sale are a breach of the port authority rules', 1, 'asserts', 'none'),
    ];
    const by = new Map([['e', [0, 1]]]);
    expect(resolveDenialTargets([{ ...denial('e', 3, null), pointsBack: true }], told, by)).toEqual([0]);
    // A line someone told is the account, whoever told it.
    const named = [told[0]!, { ...told[1]!, attribution: 'named' }];
    expect(resolveDenialTargets([{ ...denial('e', 3, null), pointsBack: true }], named, by)).toEqual([1]);
    // A line telling an event is the account, told by whoever.
    expect(resolveDenialTargets([{ ...denial('e', 3, null), pointsBack: true }], [told[0]!, { ...told[1]!, text: 'Secret talks about a public sale broke the port authority rules' }], by)).toEqual([1]);
    // Nothing told before the background line: it is the account.
    expect(resolveDenialTargets([{ ...denial('e', 3, null), pointsBack: true }], [{ ...told[0]!, attribution: 'none' }, told[1]!], by)).toEqual([1]);
  });
});

describe('a denial that goes on from the one before it', () => {
  it('denies what that one denies, and counts as one denial with it', () => {
    const lead = denial('a', 3, 'Ortiz promised Brandt a discount on the lease');
    // Its own words would match another claim; it answers the lead's.
    const goesOn = { ...denial('a', 4, 'Ortiz and Brandt held a secret meeting about the port sale'), goesOn: true };
    expect(resolveDenialTargets([lead, goesOn], units, byArticle)).toEqual([1, 1]);
    // Counted once: a bare reference in an article that reports both claims follows the one most
    // denied elsewhere; one denial each is a tie (the first claim wins), where counting the
    // follow-up would have made cluster 1 the most denied.
    const both = [...units, unit('c', 1, 'Ortiz and Brandt held a secret meeting about the port sale', 0), unit('c', 2, 'Ortiz promised Brandt a discount on the port lease', 1, 'reports', 'anonymous')];
    const byC = new Map([...byArticle, ['c', [5, 6]]]);
    const other = denial('b', 0, 'Ortiz met Brandt in secret to discuss the port sale');
    expect(resolveDenialTargets([lead, goesOn, other, denial('c', 5, null)], both, byC)).toEqual([1, 1, 0, 0]);
    expect(resolveDenialTargets([lead, { ...goesOn, goesOn: false, target: lead.target }, other, denial('c', 5, null)], both, byC)).toEqual([1, 1, 0, 1]);
  });

  it('one in other words that finds nothing, right after one by the same speaker, denies what that one denies', () => {
    // "Ms X rejected claims that A. ‘It is simply untrue that <A in other words>,’ she said."
    const lead = { ...denial('a', 3, 'Ortiz promised Brandt a discount on the lease'), speaker: 'Lena Ortiz' };
    const otherWords = { ...denial('a', 4, 'the governor offered the banker cheaper rent'), speaker: 'Lena Ortiz' };
    expect(resolveDenialTargets([lead, otherWords], units, byArticle)).toEqual([1, 1]);
    // Not another speaker's, not one sentences later, not one of unknown speaker.
    expect(resolveDenialTargets([lead, { ...otherWords, speaker: 'Tom Reyes' }], units, byArticle)).toEqual([1, -1]);
    expect(resolveDenialTargets([lead, { ...otherWords, sentence: 6 }], units, byArticle)).toEqual([1, -1]);
    expect(resolveDenialTargets([{ ...lead, speaker: null }, { ...otherWords, speaker: null }], units, byArticle)).toEqual([1, -1]);
  });

  it('one that opens its article’s list goes on from nothing: resolved on its own', () => {
    expect(resolveDenialTargets([{ ...denial('a', 3, 'Ortiz promised Brandt a discount on the lease'), goesOn: true }], units, byArticle)).toEqual([1]);
  });
});

describe('denial targets in other articles', () => {
  it('find the unit a scan of every reported unit finds: the first with the best score, repeats and all', () => {
    // A corpus where the same wordings recur across many articles, as wire copy does.
    const wordings = [
      'Ortiz and Brandt held a secret meeting about the port sale',
      'Ortiz met Brandt in secret to discuss the port sale',
      'Ortiz promised Brandt a discount on the port lease',
      'The port handled four million containers last year',
      'Mayor Tom Reyes opened the ferry terminal',
    ];
    const pool: UnitView[] = [];
    for (let k = 0; k < 60; k++) pool.push(unit(`x${String(k).padStart(2, '0')}`, k % 3, wordings[(k * 7) % wordings.length]!, k, k % 4 === 0 ? 'asserts' : 'reports', k % 5 === 0 ? 'named' : 'none'));
    const byArticlePool = new Map<string, number[]>();
    pool.forEach((u, i) => byArticlePool.set(u.article, [...(byArticlePool.get(u.article) ?? []), i]));
    const probes = ['Ortiz met Brandt secretly about the port sale', 'Ortiz promised a discount on the lease to Brandt', 'Reyes opened the terminal', 'the council raised parking fees'];
    // What a plain scan gives: among reported units (reports, or not named) that `keep` keeps,
    // the first with the highest flat Jaccard above 0.4, same polarity, no conflicting people.
    const reported = pool.filter((u) => u.stance === 'reports' || u.attribution !== 'named');
    const scan = (p: string, keep: (u: UnitView) => boolean = () => true): number => {
      const probe = f(p);
      let best = -1;
      let bestScore = 0.4;
      for (const u of reported) {
        if (!keep(u) || u.features.negated !== probe.negated) continue;
        const people = new Set(u.features.participants);
        const mine = new Set(probe.participants);
        if ([...mine].some((x) => !people.has(x)) && [...people].some((x) => !mine.has(x))) continue;
        const shared = probe.terms.filter((t) => u.features.terms.includes(t)).length;
        const score = shared / (probe.terms.length + u.features.terms.length - shared);
        if (score > bestScore) {
          best = u.cluster;
          bestScore = score;
        }
      }
      return best;
    };
    const expected = probes.map((p) => scan(p));
    const denials = probes.map((p) => denial('elsewhere', 1, p));
    expect(resolveDenialTargets(denials, pool, byArticlePool)).toEqual(expected);
    expect(expected.filter((c) => c >= 0).length).toBeGreaterThan(1);

    // Within one story: what the same scan over the articles of the denial's story finds.
    const ofStory = (article: string): number => (article === 'elsewhere' ? 0 : Number(article.slice(1)) % 3);
    const sameStory = (a: string, b: string): boolean => ofStory(a) === ofStory(b);
    const scoped = probes.map((p) => scan(p, (u) => sameStory('elsewhere', u.article)));
    expect(resolveDenialTargets(denials, pool, byArticlePool, sameStory)).toEqual(scoped);
    expect(scoped).not.toEqual(expected);
  });

  it('find a short target naming two people or places whole inside a longer claim, when no claim is similar enough', () => {
    const long = [unit('x', 1, 'Ortiz first met Brandt at a hotel in Lisbon on March 14, months before the port sale was announced and before the council had agreed to any talks', 0, 'asserts', 'anonymous')];
    const by = new Map([['x', [0]], ['y', []]]);
    expect(resolveDenialTargets([denial('y', 2, 'Ortiz met Brandt in Lisbon last March')], long, by)).toEqual([0]);
    // A term the claim lacks, or a single name, finds nothing.
    expect(resolveDenialTargets([denial('y', 2, 'Ortiz met Brandt in Madrid last March')], long, by)).toEqual([-1]);
    expect(resolveDenialTargets([denial('y', 2, 'Ortiz met the banker in a hotel')], long, by)).toEqual([-1]);
  });

  it('are looked for only in articles of the denial’s story', () => {
    const pool = [unit('x', 1, 'The central bank raised interest rates', 0), unit('y', 1, 'Mayor Tom Reyes opened the ferry terminal', 1, 'asserts')];
    const byArticlePool = new Map([
      ['x', [0]],
      ['y', [1]],
    ]);
    const denials = [denial('z', 2, 'the central bank had raised interest rates')];
    expect(resolveDenialTargets(denials, pool, byArticlePool)).toEqual([0]);
    expect(resolveDenialTargets(denials, pool, byArticlePool, (a, b) => a === b || (a === 'z' && b === 'y') || (a === 'y' && b === 'z'))).toEqual([-1]);
  });
});

describe('announcesResponse', () => {
  it('a short line that only says someone answered', () => {
    for (const t of ['Last night Adrian Kessler hit back', 'The company responded on Monday', 'Kessler fired back', 'The ministry replied']) expect(announcesResponse(t), t).toBe(true);
    for (const t of ['Kessler responded to the regulator’s letter with a list of the data taken', 'The troops fired back after the first shots were heard across the valley', 'Police hit the suspect']) expect(announcesResponse(t), t).toBe(false);
  });
});

describe('a denial of a claim on record in another article', () => {
  const company = unit('faq', 1, 'The site was last inspected in March 2025', 0, 'asserts', 'named');
  const pool = [company, unit('faq', 2, 'The plant employs 240 people', 1, 'asserts', 'named')];
  const byArticlePool = new Map([['faq', [0, 1]]]);

  it('reaches it in nearly the words denied, and nothing it does not tell', () => {
    expect(resolveDenialTargets([denial('albion', 1, 'the site was last inspected in March 2025')], pool, byArticlePool)).toEqual([0]);
    expect(resolveDenialTargets([denial('albion', 1, 'the council raised parking fees')], pool, byArticlePool)).toEqual([-1]);
  });

  it('not the denier’s own claim', () => {
    const own = { ...company, speaker: 'Imogen Farrow' };
    expect(resolveDenialTargets([{ ...denial('albion', 1, 'the site was last inspected in March 2025'), speaker: 'Imogen Farrow' }], [own], byArticlePool)).toEqual([-1]);
  });
});

describe('a denial of an earlier occasion', () => {
  it('“No animals have escaped before” answers a claim that tells of an earlier escape, never today’s', () => {
    expect(deniesEarlier('No animals have escaped before')).toBe(true);
    expect(deniesEarlier('No animals escaped before the gates closed')).toBe(false);
    const today = [unit('r', 1, 'Animals have escaped from Brackenfold Zoo near Aldmoor', 0)];
    const before = { ...denial('r', 3, 'Animals have escaped before'), earlier: true };
    expect(resolveDenialTargets([before], today, new Map([['r', [0]]]))).toEqual([-1]);
    expect(resolveDenialTargets([{ ...before, earlier: false }], today, new Map([['r', [0]]]))).toEqual([0]);
    const then = [...today, unit('r', 2, 'Animals have escaped from Brackenfold Zoo before, in 2022', 1)];
    expect(resolveDenialTargets([before], then, new Map([['r', [0, 1]]]))).toEqual([1]);
  });
});
