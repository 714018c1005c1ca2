/**
 * One spelling per speaker within an article. Headlines drop articles ("Kremlin Denies …",
 * "No signals from the West, says Kremlin"), so a headline's speaker would read "Denied on
 * record by Kremlin" beside the prose's "the Kremlin": where the article's own units call a
 * speaker "the X", a bare "X" of the same article is that speaker too, spelt the same.
 */
import type { ClaimUnit } from './extract.ts';

export function withArticleSpelling(units: ClaimUnit[]): ClaimUnit[] {
  const withThe = new Map<string, string>();
  for (const u of units) {
    const speaker = u.attribution.speaker;
    const bare = speaker && /^the\s+(\p{Lu}.*)$/u.exec(speaker)?.[1];
    if (bare) withThe.set(bare, speaker);
  }
  if (withThe.size === 0) return units;
  return units.map((u) => {
    const spelt = u.attribution.speaker ? withThe.get(u.attribution.speaker) : undefined;
    return spelt ? { ...u, attribution: { ...u.attribution, speaker: spelt } } : u;
  });
}
