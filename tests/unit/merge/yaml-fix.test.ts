/** The fix each YAML slip in hand-edited frontmatter gets (read-page.ts), with the line it names. */
import { describe, expect, it } from 'vitest';
import { formatPageError, readPage } from '../../../src/ingest/merge/read-page.ts';

const errorsOf = (frontmatter: string): string[] => readPage('/c/claims/x.mdx', 'x', `---\n${frontmatter}\n---\n\nBody.\n`).errors.map((e) => formatPageError(e));

describe('YAML slips and their fixes', () => {
  it.each([
    ['no space after the colon', 'title: The claim\nverdict:disputed', '/c/claims/x.mdx:3: verdict: invalid YAML: Implicit map keys need to be followed by map values; put a space after the colon: key: value'],
    ['a no-break space after the colon', 'title: The claim\nverdict:\u00a0disputed', '/c/claims/x.mdx:3: verdict: invalid YAML: Implicit map keys need to be followed by map values; put a plain space after the colon (this one is a no-break space)'],
    ['a line that is no "key: value"', 'title: The claim\nverdict: disputed\njust some words', '/c/claims/x.mdx:4: verdict: invalid YAML: Implicit map keys need to be followed by map values; every line here is "key: value" (or an item of a list under a key): this one is not'],
    ['a value opening with a bracket', 'title: [Update] water safe\nverdict: confirmed', '/c/claims/x.mdx:2: title: invalid YAML: Unexpected scalar at node end; a value starting with "[" must be in quotes: put the whole value in double quotes'],
    ['a value opening with a star', 'title: *Tap water* safe\nverdict: confirmed', '/c/claims/x.mdx:2: title: invalid YAML: Unexpected scalar at node end; a value starting with "*" must be in quotes: put the whole value in double quotes'],
    ['a value opening with a reserved character', 'title: @home now\nverdict: confirmed', '/c/claims/x.mdx:2: title: invalid YAML: Plain value cannot start with reserved character @; a value starting with "@" must be in quotes: put the whole value in double quotes'],
    ['no space after the colon, keys after it', 'title: The claim\nverdict:confirmed\nreviewedBy: Anna', '/c/claims/x.mdx:3: verdict: invalid YAML: Implicit keys need to be on a single line; put a space after the colon: key: value'],
    ['a title opening with "#"', 'title: #1 Donald Trump\nverdict: confirmed', '/c/claims/x.mdx:2: title: "#" starts a YAML comment, so the value is empty; put the whole value in double quotes: title: "#1 Donald Trump"'],
    ['a number where text goes', 'title: 2024\nverdict: confirmed', '/c/claims/x.mdx:2: title: expected string, found 2024; put it in quotes: "2024"'],
  ])('%s', (_slip, frontmatter, message) => {
    expect(errorsOf(frontmatter)).toEqual([message]);
  });
});
