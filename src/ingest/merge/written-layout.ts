/**
 * The top-level pairs of frontmatter laid out exactly as the build writes it (emit/fast-yaml.ts):
 * every top-level key starts a line, its value follows on that line or on the indented lines
 * below, and there are no comments or blank lines. Editing such a page needs no Document: the
 * extents are found by line, and they are the ones documentPairs() reads off the Document
 * (tests/unit/merge/written-layout.test.ts compares the two).
 */
import type { TopLevelPairs } from './yaml-text.ts';

interface PairPlace {
  start: number;
  end: number;
  /** Range of the value on the key's line when it is a scalar (not a block, `[]` or `{}`). */
  scalar: readonly [number, number] | null;
}

/** Pairs of `yaml`, which must be text the fast writer wrote (ExistingPage.asWritten). */
export function writtenLayoutPairs(yaml: string): TopLevelPairs {
  const places = new Map<string, PairPlace>();
  let previous: PairPlace | undefined;
  for (let start = 0; start < yaml.length; ) {
    const newline = yaml.indexOf('\n', start);
    const lineEnd = newline === -1 ? yaml.length : newline;
    if (yaml.charCodeAt(start) !== 32) {
      // A top-level `key:` line (keys are never quoted in this layout, so the first `:` ends it).
      const colon = yaml.indexOf(':', start);
      const key = yaml.slice(start, colon);
      const value = yaml.slice(colon + 2, lineEnd);
      const scalar = colon + 1 < lineEnd && value !== '[]' && value !== '{}' ? ([colon + 2, lineEnd] as const) : null;
      if (previous) previous.end = start;
      previous = { start, end: yaml.length, scalar };
      // Duplicate keys do not occur in this layout; the first would win, as in the Document.
      if (!places.has(key)) places.set(key, previous);
    }
    start = lineEnd + 1;
  }
  return {
    extent: (key) => {
      const place = places.get(key);
      return place ? { start: place.start, end: place.end } : null;
    },
    scalarRange: (key) => places.get(key)?.scalar ?? null,
  };
}
