import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicon, patterns, reportingVerb } from '../../../src/ingest/attribution/lexicon.ts';

const DIR = new URL('../../../src/ingest/lexicon/', import.meta.url);
const MINE = ['reporting-verbs', 'anonymous-cues', 'denial-cues', 'titles', 'outlets', 'organisations', 'commentary-cues', 'verb-forms'];

describe('lexicon files', () => {
  it.each(MINE)('%s.json parses and documents itself', (name) => {
    const data = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Record<string, unknown>;
    expect(typeof data.$comment).toBe('string');
  });

  it('all my lexicon files exist', () => {
    const files = readdirSync(DIR);
    for (const name of MINE) expect(files).toContain(`${name}.json`);
  });

  it('has no duplicate entries within a list', () => {
    const lists = [lexicon.titles, lexicon.anonHeads, lexicon.reportNouns, lexicon.falsityWords, lexicon.declinePhrases, lexicon.agencies, lexicon.phrasalDenials];
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
  });

  it('holds general vocabulary only: no personal names of any story', () => {
    // Every entry is lower-case apart from outlet names (agencies, newspaper head words).
    for (const list of [lexicon.titles, lexicon.anonHeads, lexicon.reportNouns, lexicon.declinePhrases, [...lexicon.orgNouns]]) {
      for (const entry of list) expect(entry).toBe(entry.toLowerCase());
    }
  });
});

describe('lookups', () => {
  it.each([
    ['said', 'say', 'say'],
    ['told', 'tell', 'tell'],
    ['denied', 'deny', 'deny'],
    ['refuted', 'refute', 'deny'],
    ['branded', 'brand', 'brand'],
    ['confirmed', 'confirm', 'confirm'],
    ['wrote', 'write', 'report'],
    ['emphasised', 'emphasize', 'say'],
  ])('%s → %s (%s)', (form, lemma, cls) => {
    expect(reportingVerb(form)).toEqual({ lemma, cls });
  });

  it.each(['declined to comment', 'neither confirmed nor denied', 'refrained from confirming or denying', 'has not commented', 'does not comment'])('decline phrase: %s', (p) => {
    expect(patterns.decline.test(`The firm ${p} on the matter.`)).toBe(true);
  });

  it.each(['simply false', 'completely untrue', 'disinformation', 'a fabrication', 'baseless'])('falsity word: %s', (p) => {
    expect(patterns.falsity.test(p)).toBe(true);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(patterns.decline.test('She didn’t comment and would not comment')).toBe(true);
  });
});
