import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editPage, fixtureClaims, run, tempContent } from '../authoring/helpers.ts';

const ROOT = join(import.meta.dirname, '../../..');
const KREMLIN = 'the-kremlin-denied-plans-to-mobilise-reservists';
const MOSCOW_PLANS = 'moscow-plans-to-mobilise-reservists';

function review(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('npx', ['node', 'src/review/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run review', () => {
  it('lists an author override as a disagreement, plus new, low-confidence and retired claims', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: confirmed');
    const claims = fixtureClaims();
    const bank = claims.pop()!;
    run(content, claims);

    const out = review(['--content', content]);
    const section = (name: string): string => out.slice(out.indexOf(name)).split('\n\n')[0]!;
    expect(section('Engine/author disagreements')).toMatch(
      new RegExp(`Engine/author disagreements \\(1\\)[\\s\\S]*${KREMLIN}\\s+confirmed\\s+disputed\\s+0\\.82`),
    );
    expect(section('Low-confidence verdicts')).toContain('moscow-plans-to-mobilise-reservists');
    expect(section('Retired')).toContain('the-central-bank-raised-its-key-rate-to-16');
    // The first run's claims await review still, the one the author decided and the retired one aside.
    expect(section('Awaiting review')).toContain('(1)');
    expect(section('Awaiting review')).not.toContain(KREMLIN);
    expect(section('Validation errors')).toContain('(none)');
    expect(bank.slug).toBe('the-central-bank-raised-its-key-rate-to-16');
  });

  it('lists a title the author took over that the build has generated anew since, until the author clears it', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    editPage(content, MOSCOW_PLANS, /^title: .*$/m, 'title: Moscow is said to plan a call-up');
    run(content, fixtureClaims());
    const claims = fixtureClaims();
    claims[1]!.title = 'Moscow plans to mobilise 300,000 reservists';
    run(content, claims);
    const section = (out: string): string => out.slice(out.indexOf('Your title or notes')).split('\n\n')[0]!;
    expect(section(review(['--content', content]))).toMatch(
      new RegExp(`new version since \\(1\\)[\\s\\S]*${MOSCOW_PLANS}\\s+title\\s+Moscow is said to plan a call-up`),
    );
    editPage(content, MOSCOW_PLANS, /^ {2}outdated:\n {4}- title\n/m, '');
    expect(section(review(['--content', content]))).toContain('(0)');
  });

  it('reads the content dir from CROSSCHECK_CONTENT_DIR, shows new claims and validation errors, exits 0', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    let out = review([], { CROSSCHECK_CONTENT_DIR: content });
    expect(out).toMatch(/Awaiting review \(3\)/);
    expect(review([], { CROSSCHECK_CONTENT: content })).toBe(out); // the variable's earlier name
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: maybe');
    out = review(['--content', content]);
    expect(out).toContain(`${KREMLIN}.mdx:3: verdict: "maybe" is not allowed; use one of disputed, confirmed, unattributed`);
    // A page with errors (a bad value, or YAML that cannot be read) is counted apart, not as
    // active or retired, and its "maybe" is no disagreement with the engine.
    expect(out.split('\n')[0]).toMatch(/— 3 page\(s\), 2 active, 0 retired, 1 with errors \(see Validation errors\)$/);
    expect(out.slice(out.indexOf('Engine/author disagreements')).split('\n\n')[0]).toContain('(0)');
    editPage(content, MOSCOW_PLANS, /^title: (.*)$/m, 'title: "unclosed');
    out = review(['--content', content]);
    expect(out.split('\n')[0]).toMatch(/— 3 page\(s\), 1 active, 0 retired, 2 with errors \(see Validation errors\)$/);
  });

  it('lists every page awaiting review, read from the pages: renamed, after a lost review state, the new ones marked', () => {
    const content = tempContent();
    const slugs = fixtureClaims().map((c) => c.slug).sort();
    const section = (out: string): string => out.slice(out.indexOf('Awaiting review')).split('\n\n')[0]!;
    const rows = (out: string): string[] => section(out).split('\n').slice(3).map((l) => l.trim());
    run(content, fixtureClaims());
    let out = review(['--content', content]);
    expect(section(out)).toContain(`Awaiting review (${slugs.length})`);
    for (const r of rows(out)) expect(r).toMatch(/^\S+\s+new\s/);
    // A second build created nothing: the same pages wait, none of them new.
    run(content, fixtureClaims());
    out = review(['--content', content]);
    expect(rows(out).map((r) => r.split(/\s+/)[0]).sort()).toEqual(slugs);
    for (const r of rows(out)) expect(r).not.toMatch(/^\S+\s+new\s/);
    // Reviewed (a date, a name, or a verdict of the editor's own): off the list at once.
    editPage(content, KREMLIN, /^verdict: disputed$/m, 'verdict: disputed\nreviewed: 2026-11-22');
    const named = slugs.find((s) => s !== KREMLIN)!;
    editPage(content, named, /^title: /m, 'reviewedBy: Desk editor\ntitle: ');
    const waiting = slugs.filter((s) => s !== KREMLIN && s !== named);
    // A field of the editor's own one slip from a known one passes ingest, and review points at it.
    editPage(content, KREMLIN, /^title: /m, 'reviewer: Desk editor\nalias: [old-name]\ntitle: ');
    const near = review(['--content', content]);
    expect(near).toMatch(new RegExp(`Fields of your own that look like known ones \\(the build ignores them\\) \\(2\\)\\n.*\\n.*\\n  ${KREMLIN}\\s+reviewer\\s+reviewed\\n  ${KREMLIN}\\s+alias\\s+aliases`));
    // An empty placeholder reviews nothing (the site does not call it reviewed either).
    editPage(content, waiting[0]!, /^title: /m, 'reviewedBy: ""\ntitle: ');
    expect(rows(review(['--content', content])).map((r) => r.split(/\s+/)[0])).toEqual(waiting);
    // Renaming a page or losing the review state changes nothing: the list is read from the pages.
    const [first] = waiting;
    renameSync(join(content, 'claims', `${first}.mdx`), join(content, 'claims', `renamed-${first}.mdx`));
    rmSync(join(content, '.crosscheck'), { recursive: true, force: true });
    expect(rows(review(['--content', content])).map((r) => r.split(/\s+/)[0]).sort()).toEqual(waiting.map((s) => (s === first ? `renamed-${s}` : s)).sort());
  });

  it('shows the first rows of a long table and says how many more, all of them with --all', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    const short = review(['--content', content, '--limit', '2']);
    expect(short).toMatch(/Awaiting review \(3\)\n(?:.*\n){4}  … and 1 more \(npm run review -- --all\)/);
    const all = review(['--content', content, '--limit', '2', '--all']);
    expect(all).not.toContain('more (npm run review -- --all)');
    for (const c of fixtureClaims()) expect(all).toContain(c.slug);
    expect(() => review(['--content', content, '--limit', '0'])).toThrow(/--limit takes a whole number above 0/);
  });

  it('refuses a folder with no claims/ in it (a mistyped --content), with exit code 2', () => {
    const content = tempContent();
    const run = spawnSync(process.execPath, ['src/review/cli.ts', '--content', join(content, 'claims')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: no claims folder at .*claims\/claims: give --content the folder that ingest writes/);
  });

  it('warns about a damaged review state, naming it, and still reports', () => {
    const content = tempContent();
    run(content, fixtureClaims());
    mkdirSync(join(content, '.crosscheck'), { recursive: true });
    writeFileSync(join(content, '.crosscheck', 'review.json'), '{bad');
    const out = spawnSync(process.execPath, ['src/review/cli.ts', '--content', content], { cwd: ROOT, encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^warning: .*\.crosscheck\/review\.json: cannot be read \(.*JSON.*\); which pages the last build created is not known until the next ingest rewrites it/);
    expect(out.stdout).toContain('Awaiting review (3)');
  });
});
