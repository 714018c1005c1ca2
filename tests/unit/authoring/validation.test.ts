import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPageError } from '../../../src/ingest/merge/read-page.ts';
import { FIXTURES, editPage, fixtureClaims, pagePath, run, snapshot, tempContent } from './helpers.ts';

const KREMLIN = 'the-kremlin-denied-plans-to-mobilise-reservists';
const MOSCOW = 'moscow-plans-to-mobilise-reservists';

/** Builds the pages, applies one bad edit, reruns: the run must fail with `expected` and change nothing. */
function badEdit(slug: string, from: string | RegExp, to: string, expected: (file: string) => string[]) {
  const content = tempContent();
  run(content, fixtureClaims());
  editPage(content, slug, from, to);
  const before = snapshot(content);
  const changed = fixtureClaims();
  changed[2]!.engine.verdict = 'disputed'; // something that would otherwise be written
  const r = run(content, changed);
  expect(r.errors.map(formatPageError)).toEqual(expected(pagePath(content, slug)));
  expect(r.errors.map(String)).toEqual(expected(pagePath(content, slug)));
  expect(r.writes).toEqual([]);
  expect(snapshot(content)).toEqual(before);
  return r.errors;
}

describe('bad author edits stop the build with a precise message and no output', () => {
  it('verdict: maybe', () => {
    const [e] = badEdit(KREMLIN, /^verdict: disputed$/m, 'verdict: maybe', (f) => [
      `${f}:3: verdict: "maybe" is not allowed; use one of disputed, confirmed, unattributed`,
    ]);
    expect(e).toMatchObject({ line: 3, field: 'verdict', allowed: ['disputed', 'confirmed', 'unattributed'] });
  });

  it('missing title', () => {
    const [e] = badEdit(KREMLIN, /^title: .*\n/m, '', (f) => [
      `${f}:1: title: is missing; every claim page needs a title: the claim in one sentence (1–160 characters)`,
    ]);
    expect(e).toMatchObject({ line: 1, field: 'title' });
  });

  it('empty title', () => {
    badEdit(KREMLIN, /^title: .*$/m, 'title: ""', (f) => [`${f}:2: title: must not be empty`]);
  });

  it('broken YAML', () => {
    badEdit(KREMLIN, /^reasons:$/m, 'reasons: [unclosed', (f) => [
      `${f}:15: reasons: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; close the [ or { opened on this line, or indent the lines that continue it`,
    ]);
  });

  it('an unclosed quote points at the line where it opens', () => {
    const [e] = badEdit(KREMLIN, /^title: (.*)$/m, 'title: "The Kremlin denied', (f) => [
      `${f}:2: title: invalid YAML: Missing closing "quote; close the quote (or bracket) opened on this line; inside double quotes write \\" for a quote`,
    ]);
    expect(e).toMatchObject({ line: 2, field: 'title' });
  });

  it('a duplicated key', () => {
    badEdit(KREMLIN, /^verdict: disputed$/m, 'verdict: disputed\nverdict: confirmed', (f) => [
      `${f}:4: verdict: invalid YAML: Map keys must be unique; this key is given twice: keep one`,
    ]);
  });

  it('a colon in an unquoted title: the fix is to quote it', () => {
    const [e] = badEdit(KREMLIN, /^title: (.*)$/m, 'title: Fact check: the Kremlin denied it', (f) => [
      `${f}:2: title: invalid YAML: Nested mappings are not allowed in compact mappings; a value with ": " in it must be in quotes: put the whole value in double quotes, e.g. title: "Fact check: the call"`,
    ]);
    expect(e).toMatchObject({ line: 2, field: 'title' });
  });

  it('a key indented under another, once per line; tabs; text after a quote', () => {
    badEdit(KREMLIN, /^verdict: disputed$/m, '  verdict: disputed', (f) => [
      `${f}:2: title: invalid YAML: Nested mappings are not allowed in compact mappings; a key indented under another value: start it at the beginning of the line, like the keys around it`,
    ]);
    badEdit(KREMLIN, /^verdict: disputed$/m, '\tverdict: disputed', (f) => [
      expect.stringMatching(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: .*Tabs are not allowed as indentation; indent with spaces, not tabs$`)) as unknown as string,
    ]);
    badEdit(KREMLIN, /^title: (.*)$/m, "title: 'The Kremlin' denied", (f) => [
      `${f}:2: title: invalid YAML: Unexpected scalar at node end; there is text after a closing quote: put the whole value in one pair of quotes (inside single quotes write '' for a quote)`,
    ]);
  });

  it('a field name in the wrong case or misspelt: named on its line, with the right name', () => {
    const [e] = badEdit(KREMLIN, /^verdict: disputed$/m, 'Verdict: disputed', (f) => [
      `${f}:3: Verdict: is not a field of a claim page: write \`verdict\` (field names are case-sensitive)`,
    ]);
    expect(e).toMatchObject({ line: 3, field: 'Verdict', allowed: ['verdict'] });
    // An optional field too: `reviewed_by` would silently mark nothing reviewed.
    badEdit(KREMLIN, /^verdict: disputed$/m, 'verdict: disputed\nreviewed_by: Desk editor', (f) => [
      `${f}:4: reviewed_by: is not a field of a claim page: write \`reviewedBy\` (field names are case-sensitive)`,
    ]);
    badEdit(KREMLIN, /^verdict: disputed$/m, 'verdcit: disputed', (f) => [`${f}:3: verdcit: is not a field of a claim page, and the page has no \`verdict\`: write \`verdict\``]);
    // The right field is there too: the wrong-case one would change nothing, silently.
    badEdit(KREMLIN, /^verdict: disputed$/m, 'verdict: disputed\nVerdict: confirmed', (f) => [
      `${f}:4: Verdict: is not a field of a claim page, and the page also has \`verdict\` (line 3): keep one, written \`verdict\` (field names are case-sensitive)`,
    ]);
  });

  it('" #" in an unquoted title would cut it short: quote it', () => {
    const [e] = badEdit(KREMLIN, /^title: .*$/m, 'title: Lakeside water #1 concern is safe', (f) => [
      `${f}:2: title: " #" starts a YAML comment, so the value ends at "Lakeside water"; put the whole value in double quotes: title: "Lakeside water #1 concern is safe"`,
    ]);
    expect(e).toMatchObject({ line: 2, field: 'title' });
  });

  it('a review date that is no real day', () => {
    for (const bad of ['2024-13-45', '12/06/2024', 'Anna']) {
      badEdit(KREMLIN, /^verdict: disputed$/m, `verdict: disputed\nreviewed: ${bad}`, (f) => [`${f}:4: reviewed: write the date as YYYY-MM-DD, e.g. 2024-12-03`]);
    }
  });

  it('a layout, which Astro would import and run, is refused on its line', () => {
    badEdit(KREMLIN, /^verdict: disputed$/m, 'verdict: disputed\nlayout: /tmp/evil-layout.mjs', (f) => [
      `${f}:4: layout: is not allowed: Astro would import and run the file it names; claim pages use the site’s own layout, so remove the line`,
    ]);
  });

  it('a page that is not UTF-8 is refused, naming the byte and its line, before anything is rewritten', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const path = pagePath(content, KREMLIN);
    const text = readFileSync(path);
    const lines = text.toString('utf8').split('\n').length;
    writeFileSync(path, Buffer.concat([text, Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' note\n')]));
    const before = snapshot(content);
    const changed = fixtureClaims();
    changed[2]!.engine.verdict = 'disputed';
    const r = run(content, changed);
    expect(r.errors.map(String)).toEqual([`${path}:${lines}: file: is not UTF-8 (byte 0xE9 at offset ${text.length + 3}): save the file as UTF-8; nothing was rewritten`]);
    expect(r.writes).toEqual([]);
    expect(snapshot(content)).toEqual(before);
  });

  it('a page file name with "?" or "#", which would vanish from the site, is refused', () => {
    for (const name of ['Zoo Penguins?', 'zoo-penguins#1']) {
      const content = tempContent();
      run(content, fixtureClaims());
      renameSync(pagePath(content, MOSCOW), pagePath(content, name));
      const r = run(content, fixtureClaims());
      expect(r.errors.map(String)).toEqual([`${pagePath(content, name)}:1: file: "${name}.mdx" cannot be a page's file name ("?" and "#" end a web address): rename the file without them`]);
      expect(r.writes).toEqual([]);
    }
  });

  it("an author's own fields pass", () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: disputed # checked twice\ndeskNote: call the ministry\ntags: [a, b]\nsource_url: https://example.org\nreview: pending\nreviewer: Anna\nreviewed: 2024-12-03');
    expect(run(content, fixtureClaims()).errors).toEqual([]);
  });

  it('unknown related slug on a hand-written page', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const hand = pagePath(content, 'bridge');
    const text = readFileSync(join(FIXTURES, 'hand-written.mdx'), 'utf8').replace('reviewedBy:', 'related:\n  - slug: the-kremlin-denied-plan-to-mobilise\n    relation: related\nreviewedBy:');
    writeFileSync(hand, text);
    const r = run(content, fixtureClaims());
    expect(r.errors.map(String)).toEqual([
      `${hand}:13: related[0].slug: "the-kremlin-denied-plan-to-mobilise" is not a claim page (no content/claims/the-kremlin-denied-plan-to-mobilise.mdx); use the slug of an existing page, e.g. ${KREMLIN}, ${MOSCOW}, bridge`,
    ]);
    expect(r.errors[0]!.allowed![0]).toBe(KREMLIN);
  });

  it('a generated page linking to a page that was renamed or deleted stops nothing: its links are rebuilt', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const linked = fixtureClaims().find((c) => c.related.length > 0)!;
    const target = linked.related[0]!.slug;
    renameSync(pagePath(content, target), pagePath(content, 'renamed-by-an-author'));
    const r = run(content, fixtureClaims());
    expect(r.errors).toEqual([]);
    expect(readFileSync(pagePath(content, linked.slug), 'utf8')).toContain('slug: renamed-by-an-author');
    rmSync(pagePath(content, 'renamed-by-an-author'));
    expect(run(content, fixtureClaims()).errors).toEqual([]);
    expect(readFileSync(pagePath(content, linked.slug), 'utf8')).toContain(`slug: ${target}`);
  });

  it('a wrong value deep in an appearance', () => {
    badEdit(KREMLIN, /stance: denies/, 'stance: rejects', (f) => [
      `${f}:14: appearances[0].stance: "rejects" is not allowed; use one of asserts, reports, denies, declines, conflicts`,
    ]);
  });

  it('reports every bad page at once', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: maybe');
    editPage(content, MOSCOW, /^verdict: unattributed$/m, 'verdict: perhaps');
    const r = run(content, fixtureClaims());
    expect(r.errors.map((e) => [e.file, e.line, e.field])).toEqual([
      [pagePath(content, MOSCOW), 3, 'verdict'],
      [pagePath(content, KREMLIN), 3, 'verdict'],
    ]);
  });

  it('notes that are not valid MDX: a stray brace, an unclosed tag', () => {
    // The added line is the file's last (it ends with a newline).
    const lastLine = (f: string): number => readFileSync(f, 'utf8').split('\n').length - 1;
    badEdit(KREMLIN, /\n$/, '\nChecked with the ministry {on Monday}.\n', (f) => [
      `${f}:${lastLine(f)}: body: the notes are not valid MDX at column 30: Could not parse expression with acorn; write \\{ or \\< for a literal brace or angle bracket, and close every tag you open`,
    ]);
    // The line and column are the file's; the parser's own position ("(6:4-6:7)", counted from
    // the notes) is not repeated to contradict them.
    const [e] = badEdit(MOSCOW, /\n$/, '\nSee <b>the statement.\n', (f) => [
      `${f}:${lastLine(f)}: body: the notes cannot be built at column 5: <b> is not closed; close it with </b> in the same paragraph, or write \\< to show an angle bracket`,
    ]);
    expect(e).toMatchObject({ field: 'body' });
  });

  it('notes that parse but cannot build: code in braces, an import, a component', () => {
    const lastLine = (f: string): number => readFileSync(f, 'utf8').split('\n').length - 1;
    const cases: Array<[string, string]> = [
      ['The total was {total} bridges.', 'column 15: an expression in braces, which runs as code; write \\{ and \\} to show braces; notes hold text and HTML, not code'],
      ["\nimport x from 'y'", 'column 1: an import or export statement; notes cannot import or export anything'],
      ['<Chart />', 'column 1: <Chart> is a component; claim pages provide no components; use HTML elements (<div>, <em>) or Markdown'],
      ['See <a href={url}>this</a>.', 'column 5: <a> has an attribute in braces, which runs as code'],
    ];
    for (const [note, message] of cases) {
      badEdit(KREMLIN, /\n$/, `\n${note}\n`, (f) => [expect.stringContaining(`${f}:${lastLine(f)}: body: the notes cannot be built at ${message}`) as unknown as string]);
    }
  });

  it('a <br> or <img> left open, as HTML allows: the fix is to close it in its own tag', () => {
    const lastLine = (f: string): number => readFileSync(f, 'utf8').split('\n').length - 1;
    badEdit(KREMLIN, /\n$/, '\nFirst line<br>second line.\n', (f) => [
      `${f}:${lastLine(f)}: body: the notes cannot be built at column 11: <br> is not closed; end it with />, as in <br />: in MDX an element with no content is closed in its own tag`,
    ]);
  });

  it('notes in valid MDX, HTML, comments and escaped braces included, pass', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /\n$/, '\nChecked with the <b>ministry</b>{/* asked on Monday */}, braces escaped: \\{ok\\}.<br />\n');
    expect(run(content, fixtureClaims()).errors).toEqual([]);
  });

  it('no frontmatter at all', () => {
    badEdit(KREMLIN, /^---\n/, '', (f) => [
      `${f}:1: frontmatter: the page must start with a YAML frontmatter block between \`---\` lines`,
    ]);
  });
});
