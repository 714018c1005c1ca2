import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitPage } from '../../../src/ingest/merge/yaml-text.ts';
import { FIXTURES, fixtureClaims, pagePath, readPageText, run, slugsOf, tempContent } from './helpers.ts';

const HAND = 'officials-said-the-bridge-reopened';

describe('a hand-written page (no engine field)', () => {
  it('is left untouched, never retired, and absorbs a generated claim with the same appearance', () => {
    const content = tempContent();
    copyFileSync(join(FIXTURES, 'hand-written.mdx'), pagePath(content, HAND));
    const original = readFileSync(join(FIXTURES, 'hand-written.mdx'), 'utf8');

    const claims = fixtureClaims();
    const bridge = structuredClone(claims[2]!);
    bridge.slug = 'the-bridge-reopened-on-monday';
    bridge.title = 'The bridge reopened on Monday';
    bridge.engine = { verdict: 'unattributed', confidence: 0.3 };
    bridge.appearances = [{
      ...bridge.appearances[0]!,
      source: '004_delta',
      quote: 'The bridge reopened to traffic on Monday, city officials said.',
      sentence: 1,
    }];
    claims[0]!.related.push({ slug: bridge.slug, relation: 'related' });
    for (let i = 0; i < 3; i++) {
      const r = run(content, [...claims, bridge]);
      expect(r.errors).toEqual([]);
      expect(readPageText(content, HAND)).toBe(original);
    }
    expect(slugsOf(content)).not.toContain('the-bridge-reopened-on-monday');
    // Relations to the absorbed claim point at the hand-written page.
    const kremlin = parseDocument(splitPage(readPageText(content, 'the-kremlin-denied-plans-to-mobilise-reservists'))!.yaml).toJS();
    expect(kremlin.related).toContainEqual({ slug: HAND, relation: 'related' });

    // Not retired when nothing produces it.
    const r = run(content, []);
    expect(readPageText(content, HAND)).toBe(original);
    expect(r.report.retired.map((e) => e.slug)).not.toContain(HAND);
  });

  it('is still validated', () => {
    const content = tempContent();
    const bad = readFileSync(join(FIXTURES, 'hand-written.mdx'), 'utf8').replace('verdict: confirmed', 'verdict: true-ish');
    writeFileSync(pagePath(content, HAND), bad);
    const r = run(content, fixtureClaims());
    expect(r.errors.map(String)).toEqual([
      `${pagePath(content, HAND)}:4: verdict: "true-ish" is not allowed; use one of disputed, confirmed, unattributed`,
    ]);
    expect(r.writes).toEqual([]);
  });
});

