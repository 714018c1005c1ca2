import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { claimSchema } from '../../../src/schema/claim.ts';
import { splitPage } from '../../../src/ingest/merge/yaml-text.ts';
import { editPage, fixtureClaims, pagePath, readPageText, run, slugsOf, tempContent } from './helpers.ts';

const KREMLIN = 'the-kremlin-denied-plans-to-mobilise-reservists';
const MOSCOW = 'moscow-plans-to-mobilise-reservists';

const frontmatter = (text: string): Record<string, unknown> => parseDocument(splitPage(text)!.yaml).toJS();
const pageWrites = (r: { writes: Array<{ path: string }> }): string[] => r.writes.map((w) => w.path).filter((p) => p.endsWith('.mdx'));

/** Author edits used across scenarios: verdict, body, custom fields with a comment. */
const CUSTOM = '# editor notes, keep\nreviewedBy: "Jane Editor"   # checked twice\nnotes:\n  - Called the press office.\n  - {ask: again, when: later}\n';
const BODY = '\nWe asked the Kremlin press office; it pointed to the **Tuesday** briefing.\n\n<aside>Editor note.</aside>\n';

function authorEdits(content: string): void {
  editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: confirmed');
  editPage(content, KREMLIN, /^appearances:/m, `${CUSTOM}appearances:`);
  const text = readPageText(content, KREMLIN);
  const split = splitPage(text)!;
  editPage(content, KREMLIN, split.body, BODY);
}

function expectEditsKept(content: string): string {
  const text = readPageText(content, KREMLIN);
  expect(text).toMatch(/^verdict: confirmed$/m);
  expect(text).toContain(CUSTOM);
  expect(text.endsWith(`---\n${BODY}`)).toBe(true);
  return text;
}

describe('new pages', () => {
  it('writes one valid page per claim, then nothing on an identical rerun', () => {
    const content = tempContent();
    const first = run(content, fixtureClaims());
    expect(pageWrites(first)).toHaveLength(3);
    for (const slug of slugsOf(content)) {
      const fm = frontmatter(readPageText(content, slug));
      expect(claimSchema.safeParse(fm).success).toBe(true);
    }
    // Dates stay strings for YAML 1.1 readers (js-yaml would turn a bare date into a Date).
    expect(readPageText(content, KREMLIN)).toContain('date: "2024-03-05"');
    expect(frontmatter(readPageText(content, KREMLIN))['related']).toEqual([{ slug: MOSCOW, relation: 'disputes' }]);
    const second = run(content, fixtureClaims());
    expect(pageWrites(second)).toEqual([]);
  });
});

describe('author edits a verdict, the body and custom fields', () => {
  it('keeps every edit byte for byte across five rebuilds', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    run(content, fixtureClaims());
    const after1 = expectEditsKept(content);
    expect(frontmatter(after1)['engine']).toMatchObject({ verdict: 'disputed', authored: ['verdict', 'body'] });
    for (let i = 0; i < 5; i++) {
      const r = run(content, fixtureClaims());
      expect(pageWrites(r)).toEqual([]);
      expect(readPageText(content, KREMLIN)).toBe(after1);
    }
    expect(slugsOf(content)).toHaveLength(3);
  });

  it('records the override as a disagreement', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    const r = run(content, fixtureClaims());
    expect(r.report.disagreements).toEqual([
      expect.objectContaining({ slug: KREMLIN, verdict: 'confirmed', engineVerdict: 'disputed' }),
    ]);
  });

  it('keeps the author verdict when the engine changes its suggestion', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    const claims = fixtureClaims();
    claims[0]!.engine = { verdict: 'unattributed', confidence: 0.4 };
    const r = run(content, claims);
    const text = expectEditsKept(content);
    expect(frontmatter(text)['engine']).toMatchObject({ verdict: 'unattributed', confidence: 0.4 });
    expect(r.report.disagreements.map((d) => [d.slug, d.verdict, d.engineVerdict])).toEqual([
      [KREMLIN, 'confirmed', 'unattributed'],
    ]);
    // Low-confidence lists only verdicts nobody has decided yet.
    expect(r.report.lowConfidence.map((d) => d.slug)).toEqual([MOSCOW]);
  });

  it('keeps an author verdict even after the engine comes round to it and moves on', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: confirmed');
    run(content, fixtureClaims());
    const agree = fixtureClaims();
    agree[0]!.engine.verdict = 'confirmed';
    run(content, agree);
    const away = fixtureClaims();
    away[0]!.engine.verdict = 'unattributed';
    run(content, away);
    expect(readPageText(content, KREMLIN)).toMatch(/^verdict: confirmed$/m);
  });

  it('keeps an edited title; the engine title is recorded separately', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^title: .*$/m, 'title: Peskov denies any mobilisation plan # shorter');
    const claims = fixtureClaims();
    claims[0]!.title = 'The Kremlin denied any plans to mobilise reservists';
    run(content, claims);
    const text = readPageText(content, KREMLIN);
    expect(text).toMatch(/^title: Peskov denies any mobilisation plan # shorter$/m);
    expect(frontmatter(text)['engine']).toMatchObject({ title: claims[0]!.title });
  });
});

describe('the build generates anew what the author holds', () => {
  const bodyOf = (content: string): string => splitPage(readPageText(content, MOSCOW))!.body;

  it('keeps the author\'s title and body, and marks both outdated until the author clears them', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, MOSCOW, /^title: .*$/m, 'title: Moscow is said to plan a call-up');
    const generated = bodyOf(content);
    editPage(content, MOSCOW, generated, '\nOur own account of the claim.\n');
    // Nothing new from the engine: taken over, not outdated.
    let r = run(content, fixtureClaims());
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).toMatchObject({ authored: ['title', 'body'] });
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).not.toHaveProperty('outdated');
    expect(r.report.outdated).toEqual([]);

    const claims = fixtureClaims();
    claims[1]!.summary = ['A new summary from a new article.'];
    r = run(content, claims);
    expect(bodyOf(content)).toBe('\nOur own account of the claim.\n');
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).toMatchObject({ outdated: ['body'] });
    expect(r.report.outdated).toEqual([expect.objectContaining({ slug: MOSCOW, items: ['body'] })]);

    claims[1]!.title = 'Moscow plans to mobilise 300,000 reservists';
    r = run(content, claims);
    const text = readPageText(content, MOSCOW);
    expect(text).toMatch(/^title: Moscow is said to plan a call-up$/m);
    expect(frontmatter(text)['engine']).toMatchObject({ outdated: ['title', 'body'] });
    // Stays listed on later runs with nothing new, and a rerun writes nothing.
    expect(pageWrites(run(content, claims))).toEqual([]);
    expect(run(content, claims).report.outdated.map((e) => e.items)).toEqual([['title', 'body']]);

    // The author has looked: deleting the entry clears it, and it stays cleared.
    editPage(content, MOSCOW, /^ {2}outdated:\n(?: {4}- \w+\n)+/m, '');
    expect(run(content, claims).report.outdated).toEqual([]);
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).not.toHaveProperty('outdated');
    expect(readPageText(content, MOSCOW)).toMatch(/^title: Moscow is said to plan a call-up$/m);
  });

  it('an item handed back to the build is no longer outdated', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, MOSCOW, /^title: .*$/m, 'title: Moscow is said to plan a call-up');
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[1]!.title = 'Moscow plans to mobilise 300,000 reservists';
    run(content, claims);
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).toMatchObject({ authored: ['title'], outdated: ['title'] });
    // Hand the title back: put back the build's title (engine.title) and delete "title" from
    // engine.authored. The build's title is the page's again, and nothing is outdated.
    editPage(content, MOSCOW, /^title: .*$/m, 'title: Moscow plans to mobilise 300,000 reservists');
    editPage(content, MOSCOW, /^ {2}authored:\n {4}- title\n/m, '');
    const r = run(content, claims);
    const fm = frontmatter(readPageText(content, MOSCOW));
    expect(fm['title']).toBe('Moscow plans to mobilise 300,000 reservists');
    expect(fm['engine']).not.toHaveProperty('outdated');
    expect(r.report.outdated).toEqual([]);
  });

  it('notes beside a summary the build refreshes are not outdated: the summary is still the build\'s', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const generated = bodyOf(content);
    editPage(content, MOSCOW, generated, `${generated}\nA note.\n`);
    const claims = fixtureClaims();
    claims[1]!.summary = ['A new summary.'];
    expect(run(content, claims).report.outdated).toEqual([]);
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).not.toHaveProperty('outdated');
  });
});

describe('untouched pages follow the engine', () => {
  it('refreshes verdict, title and body while the author has not changed them', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[1]!.engine = { verdict: 'confirmed', confidence: 0.9 };
    claims[1]!.title = 'Moscow plans to mobilise 300,000 reservists';
    claims[1]!.summary = ['Confirmed now.', 'A second paragraph with {braces} and <tags>.'];
    run(content, claims);
    const text = readPageText(content, MOSCOW);
    const fm = frontmatter(text);
    expect(fm).toMatchObject({ verdict: 'confirmed', title: 'Moscow plans to mobilise 300,000 reservists' });
    expect(fm['engine']).not.toHaveProperty('authored');
    expect(splitPage(text)!.body).toBe('\nConfirmed now.\n\nA second paragraph with &#x7B;braces} and &#x3C;tags>.\n');
    // Still untouched: the next change follows too.
    claims[1]!.summary = ['Changed again.'];
    run(content, claims);
    expect(splitPage(readPageText(content, MOSCOW))!.body).toBe('\nChanged again.\n');
  });
});

describe('notes beside the generated summary', () => {
  const NOTE = '\n\n## What we asked\n\nThe ministry did not answer by **Tuesday**.\n';
  const bodyOf = (content: string): string => splitPage(readPageText(content, MOSCOW))!.body;

  it('notes below the summary: the summary still follows the engine, the notes stay as written', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const generated = bodyOf(content);
    editPage(content, MOSCOW, generated, generated.replace(/\n$/, '') + NOTE);
    const claims = fixtureClaims();
    claims[1]!.summary = ['A new summary, with {braces}.'];
    run(content, claims);
    expect(bodyOf(content)).toBe(`\nA new summary, with &#x7B;braces}.${NOTE}`);
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).not.toHaveProperty('authored');
    // And again: the summary it wrote is the one it replaces next time.
    claims[1]!.summary = ['Third summary.', 'In two paragraphs.'];
    run(content, claims);
    expect(bodyOf(content)).toBe(`\nThird summary.\n\nIn two paragraphs.${NOTE}`);
    // A rerun with nothing new writes nothing.
    expect(pageWrites(run(content, claims))).toEqual([]);
  });

  it('notes above the summary, too', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const generated = bodyOf(content);
    editPage(content, MOSCOW, generated, `\nEditor's note: updated twice.\n${generated}`);
    const claims = fixtureClaims();
    claims[1]!.summary = ['A new summary.'];
    run(content, claims);
    expect(bodyOf(content)).toBe("\nEditor's note: updated twice.\n\nA new summary.\n");
  });

  it('an edit inside the summary makes the whole body the author\'s, as before', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const generated = bodyOf(content);
    const edited = generated.replace(/\.\n$/, ' (checked).\n') + NOTE;
    editPage(content, MOSCOW, generated, edited);
    const claims = fixtureClaims();
    claims[1]!.summary = ['A new summary.'];
    run(content, claims);
    expect(bodyOf(content)).toBe(edited);
    expect(frontmatter(readPageText(content, MOSCOW))['engine']).toMatchObject({ authored: ['body'] });
  });
});

describe('a new article repeats an existing claim', () => {
  it('adds the appearance to the same page, keeping every edit', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[0]!.appearances.push({
      source: '009_new',
      quote: 'Peskov also told reporters there were no plans for a new mobilisation.',
      sentence: 7,
      outlet: 'AP',
      date: '2024-03-06',
      speaker: 'Dmitry Peskov',
      role: null,
      attribution: 'named',
      via: null,
      stance: 'denies',
    });
    for (let i = 0; i < 5; i++) run(content, claims);
    const text = expectEditsKept(content);
    const apps = frontmatter(text)['appearances'] as Array<{ source: string }>;
    expect(apps.map((a) => a.source)).toEqual(['001_alpha', '009_new']);
    expect(slugsOf(content)).toEqual([MOSCOW, 'the-central-bank-raised-its-key-rate-to-16', KREMLIN]);
  });
});

describe('a seed is edited and the wording shifts', () => {
  it('matches on the same sentence: slug, edits and page follow', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[0]!.title = 'The Kremlin denied it plans to call up reservists';
    claims[0]!.slug = 'the-kremlin-denied-it-plans-to-call-up-reservists';
    claims[0]!.appearances[0]!.quote = 'Kremlin spokesman Dmitry Peskov on Tuesday denied that Moscow plans to call up reservists.';
    claims[1]!.related[0]!.slug = claims[0]!.slug;
    for (let i = 0; i < 5; i++) run(content, claims);
    const text = expectEditsKept(content);
    expect(text).toContain('call up reservists.');
    // The title was not edited by the author, so it follows the new wording.
    expect(frontmatter(text)['title']).toBe('The Kremlin denied it plans to call up reservists');
    expect(slugsOf(content)).toEqual([MOSCOW, 'the-central-bank-raised-its-key-rate-to-16', KREMLIN]);
    // Relations by proposed slug land on the kept slug.
    expect(frontmatter(readPageText(content, MOSCOW))['related']).toEqual([{ slug: KREMLIN, relation: 'disputed-by' }]);
  });

  it('matches by quote similarity when the sentence number moved too', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    authorEdits(content);
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[0]!.appearances[0]!.quote = 'Kremlin spokesman Dmitry Peskov denied on Tuesday that Moscow plans to mobilise any reservists.';
    claims[0]!.appearances[0]!.sentence = 5;
    run(content, claims);
    expectEditsKept(content);
    expect(slugsOf(content)).toHaveLength(3);
  });
});

describe('file details', () => {
  it('keeps CRLF line endings and a BOM of a page saved by another editor', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const lf = readPageText(content, KREMLIN).replace(/^verdict: disputed$/m, 'verdict: confirmed\nreviewedBy: Ann');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    writeFileSync(pagePath(content, KREMLIN), crlf);
    expect(pageWrites(run(content, fixtureClaims()))).toEqual([pagePath(content, KREMLIN)]);
    const after = readPageText(content, KREMLIN);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('verdict: confirmed\r\nreviewedBy: Ann\r\n');
    expect(pageWrites(run(content, fixtureClaims()))).toEqual([]);
  });

  it('build-owned fields are the build’s: an edit to reasons is replaced, the rest of the file is not', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const original = readPageText(content, KREMLIN);
    editPage(content, KREMLIN, '  - Dmitry Peskov, Kremlin spokesman, denies it on record.', '  - My own reason.');
    run(content, fixtureClaims());
    expect(readPageText(content, KREMLIN)).toBe(original);
  });
});

describe('unusual frontmatter', () => {
  it('a flow-mapping frontmatter is edited in place through the yaml Document, custom fields kept', () => {
    const content = tempContent();
    const claims = fixtureClaims();
    const text =
      '---\n{title: "The central bank raised its key rate to 16%", verdict: confirmed, custom: 1, engine: {verdict: confirmed, confidence: 0.5}}\n---\n\nOwn body.\n';
    writeFileSync(pagePath(content, 'bank'), text);
    run(content, claims);
    const out = readPageText(content, 'bank');
    const fm = frontmatter(out);
    expect(fm).toMatchObject({ custom: 1, verdict: 'confirmed', engine: { confidence: 0.91 } });
    expect(out).toContain('"2024-03-01"');
    expect(out.endsWith('---\n\nOwn body.\n')).toBe(true);
    expect(slugsOf(content)).not.toContain('the-central-bank-raised-its-key-rate-to-16');
    expect(pageWrites(run(content, claims))).toEqual([]);
  });
});
