/**
 * The engine on a fourth story it was not developed on (tests/fixtures/fenmore: five articles
 * about a hospital ransomware attack, written with their expected claims in gold.md by an audit
 * before the engine ever read them): a wire dateline, a denial of a ransom in reported speech
 * next to a shorter sentence sharing its words, "rejected that account", a quotation over two
 * sentences, speakers described by an age or an unlisted job, and wire credits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestStory, type IngestedStory } from './story-fixture.ts';

let story: IngestedStory;

beforeAll(() => {
  story = ingestStory('fenmore');
});

const appearances = (words: string) => story.appearances(words);
const pageOf = (words: string) => appearances(words)[0]!.page;

describe('a fourth story', () => {
  it('the ransom two anonymous officials report is disputed by the chief executive’s denial, in both outlets', () => {
    for (const words of ['paid a ransom of about $1.5 million in cryptocurrency', 'Two state officials told Northern State Wire that the hospital paid a ransom']) {
      const page = pageOf(words);
      expect(page.verdict).toBe('disputed');
      expect(page.title).not.toMatch(/ASHBY CROSS/); // the dateline is no part of the claim
      expect(page.reasons.join(' ')).toContain('Helena Marsh');
    }
    // The denial answers the ransom, not "The FBI advises victims not to pay ransoms".
    const fbi = appearances('The FBI advises victims not to pay ransoms').find(({ page }) => /^The FBI advises/.test(page.title))!.page;
    expect(fbi.verdict).toBe('unattributed');
  });

  it('"rejected that account" disputes the account told just before it, as it opened', () => {
    expect(pageOf('warned Kestrel Data Systems in November').verdict).toBe('disputed');
    const denial = appearances('Tobias Renner disputed that account')[0]!;
    expect(denial.a).toMatchObject({ speaker: 'Tobias Renner', stance: 'denies' });
    // The union leader's account opened with "night-shift staff were not told … for about nine
    // hours" and went on in her quotation; the spokesman's "ward managers were briefed within an
    // hour" answers the opening.
    expect(pageOf('night-shift staff were not told what had happened').verdict).toBe('disputed');
  });

  it('who speaks: a quotation over two sentences, an age, an unlisted job, a spokesman’s "He said"', () => {
    expect(appearances('Anyone saying otherwise is simply wrong').map(({ a }) => a.speaker)).toEqual(['Paul Dunmore']);
    expect(appearances('We were never warned about a vulnerability').map(({ a }) => a.speaker)).toEqual(['Paul Dunmore']);
    expect(appearances('said her knee replacement had been scheduled')[0]!.a.speaker).toBe('Janet Oyelaran');
    expect(appearances('said the diversion added up to 40 minutes')[0]!.a.speaker).toBe('Kevin Marlow');
    expect(appearances('He said ward managers were briefed')[0]!.a.speaker).toBe('Tobias Renner');
    // Staff who "were not told" are whom the union leader speaks of, not speakers.
    expect(appearances('night-shift staff were not told')[0]!.a.speaker).toBe('Maria Castillo');
  });

  it('no page for furniture, signposts or fragments, and an organisation’s name stays whole', () => {
    const titles = story.pages.map((p) => p.title);
    for (const junk of [/Reporting by/, /^Here is what we know/, /^Depends on whom/, /^I found out$/, /^I turned up$/, /^What it told patients$/, /^9 they/, /^How much the attack/, / at Hospital /]) {
      expect(titles.filter((t) => junk.test(t))).toEqual([]);
    }
    expect(pageOf('Nurses at Fenmore General Hospital had to switch to paper charts').title).toMatch(/^Nurses at Fenmore General Hospital/);
  });

  it('claims the gold list expects as they are', () => {
    expect(pageOf('A group called BlackTide has claimed responsibility').verdict).toBe('confirmed');
    expect(pageOf('inspection in 2023').verdict).toBe('unattributed'); // one outlet's own assertion
    expect(pageOf('favourite target for ransomware gangs').verdict).toBe('unattributed'); // "Experts say"
    expect(pageOf('offer free credit monitoring').verdict).toBe('confirmed');
  });

  it('the hospital’s 40,000 patients and the state’s 55,000, told in different words, are a conflicting figure', () => {
    const page = pageOf('The personal records of about 55,000 patients were exposed');
    expect(page.verdict).toBe('disputed');
    const reason = page.reasons.find((r) => r.startsWith('Sources disagree on a figure'));
    // ("The hospital believes …": the hospital the article names most, Fenmore General.)
    expect(reason).toMatch(/“about 40,000 patients” \(Fenmore General Hospital, The Valley Post\)/);
    expect(reason).toMatch(/“(about )?55,000 patients” \(/);
  });

  // Still wrong (README, "More stories"): "About 40,000 patients were affected" stands on a page
  // of its own, confirmed (its verb is no other telling's); the ambulance diversion and the
  // attack itself are each several pages ("stopped taking ambulances", "diverted ambulances",
  // "turn away ambulances").
});
