/**
 * Authors' edits survive real re-ingests of the bundled seeds: five plain reruns, a new
 * article repeating the claim, and an edited seed that shifts the claim's wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runIngest } from '../../../src/ingest/pipeline/run-ingest.ts';

interface Page {
  file: string;
  text: string;
  fm: { title: string; verdict: string; appearances: Array<{ source: string; quote: string }>; engine: { verdict: string } };
}

let root: string;
let seeds: string;
let content: string;
const claimsDir = (): string => join(content, 'claims');
const ingest = (): void => {
  const r = runIngest({ seedsDir: seeds, contentDir: content });
  expect(r.errors).toEqual([]);
};
const pages = (): Page[] =>
  readdirSync(claimsDir())
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(claimsDir(), file), 'utf8');
      return { file, text, fm: parse(text.split(/^---$/m)[1]!) as Page['fm'] };
    });

let target: Page;
let edited: string;
const otherVerdict = (v: string): string => (v === 'disputed' ? 'unattributed' : 'disputed');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-reingest-'));
  seeds = join(root, 'seeds');
  content = join(root, 'content');
  cpSync('seeds', seeds, { recursive: true });
  ingest();
  // The claim told by most articles: the one a newsroom is most likely to annotate.
  target = pages().sort((a, b) => b.fm.appearances.length - a.fm.appearances.length || a.file.localeCompare(b.file))[0]!;
  const v = target.fm.verdict;
  edited = target.text
    .replace(`verdict: ${v}\n`, `verdict: ${otherVerdict(v)} # overruled after calling the ministry\nreviewedBy: "Desk editor"\nreviewed: 2024-12-03\n`)
    .trimEnd()
    // Escaped braces: MDX text that must come back byte for byte (a bare {…} is an expression, refused).
    .concat('\n\n## Editor’s note\n\nWe called both sides; see the *correction* below. \\{Not an expression\\}\n');
  writeFileSync(join(claimsDir(), target.file), edited);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('re-ingest keeps every author edit', () => {
  it('five plain reruns keep every edit byte for byte, and settle after the first', () => {
    ingest();
    // The first rerun records in the engine's own block which fields the author took over.
    const settled = readFileSync(join(claimsDir(), target.file), 'utf8');
    const [head, body] = [edited.slice(0, edited.indexOf('\nappearances:')), edited.slice(edited.indexOf('\n---\n'))];
    expect(settled.startsWith(head)).toBe(true);
    expect(settled.endsWith(body)).toBe(true);
    for (let i = 0; i < 4; i++) ingest();
    expect(readFileSync(join(claimsDir(), target.file), 'utf8')).toBe(settled);
  });

  it('a new article repeating the claim adds an appearance, same page, edits kept', () => {
    const quote = target.fm.appearances[0]!.quote;
    writeFileSync(join(seeds, '900_new_outlet.txt'), `Source: Another Outlet\n\n${quote}\n`);
    const before = pages().length;
    ingest();
    const page = pages().find((p) => p.file === target.file)!;
    expect(page.fm.appearances.map((a) => a.source)).toContain('900_new_outlet');
    expect(page.fm.appearances.length).toBe(target.fm.appearances.length + 1);
    expect(pages().length).toBe(before);
    expect(page.text).toContain(`verdict: ${otherVerdict(target.fm.verdict)} # overruled after calling the ministry\nreviewedBy: "Desk editor"\nreviewed: 2024-12-03\n`);
    expect(page.text.endsWith('\n\n## Editor’s note\n\nWe called both sides; see the *correction* below. \\{Not an expression\\}\n')).toBe(true);
  });

  it('an edited seed that shifts the wording keeps the page, its slug and the edits', () => {
    const app = target.fm.appearances.find((a) => a.source !== '900_new_outlet')!;
    const file = readdirSync(seeds).find((f) => f.startsWith(app.source))!;
    const text = readFileSync(join(seeds, file), 'utf8');
    const shifted = app.quote.replace(/^(\S+) /, '$1 reportedly ');
    expect(text).toContain(app.quote);
    writeFileSync(join(seeds, file), text.replace(app.quote, shifted));
    ingest();
    const page = pages().find((p) => p.file === target.file)!;
    expect(page, 'the page is still there under its slug').toBeDefined();
    expect(page.fm.appearances.some((a) => a.quote === shifted)).toBe(true);
    expect(page.fm.verdict).toBe(otherVerdict(target.fm.verdict));
    expect(page.text).toContain('reviewedBy: "Desk editor"');
    expect(page.text).toContain('## Editor’s note');
  });
});
