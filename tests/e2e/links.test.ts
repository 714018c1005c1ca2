/**
 * Every link of a built site leads somewhere, or the build fails (src/integrations/link-check.ts).
 * The main and fixture sites pass it on every e2e run (their builds would fail otherwise); here an
 * author's note links to a page that does not exist, and the build stops naming the file to fix.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from './helpers/build.ts';

const fixture = inject('fixture');
const root = join(projectRoot, 'tests/.tmp/broken-link');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `astro build` of `content` into root/dist: its exit code and output. */
function build(content: string): Promise<{ code: number | null; output: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CROSSCHECK_CONTENT_DIR: content, CROSSCHECK_CACHE_DIR: join(root, 'cache') },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, output }));
  });
}

describe('links in an author’s notes', () => {
  it('a link to a claim page that does not exist, or to a section a page does not have, stops the build, naming the file, the link and the page meant', async () => {
    rmSync(root, { recursive: true, force: true });
    const content = join(root, 'content');
    cpSync(fixture.content, content, { recursive: true });
    const notes = join(content, 'claims', `${fixture.reviewedSlug}.mdx`);
    appendFileSync(
      notes,
      `\nSee also [the desk's check](/claims/${fixture.renamedSlug}-typo/), [the old address](/claims/${fixture.renamedFrom}/), ` +
        `[how verdicts are given](/methodology/#verdicts) and [the rules](/methodology/#verdits).\n`,
    );
    const { code, output } = await build(content);
    expect(code).not.toBe(0);
    expect(output).toContain('2 broken links: fix them in the file named');
    // The old address of the renamed page is a page (it redirects): only the typo is reported.
    expect(output).toContain(`${notes}: links to /claims/${fixture.renamedSlug}-typo/, which is no page or file of the site (did you mean /claims/${fixture.renamedSlug}/`);
    // A section of a page that exists, but mistyped: the page's ids a slip away are suggested.
    expect(output).toContain(`${notes}: links to /methodology/#verdits, but the page /methodology/ has no element with id "verdits" (did you mean #verdicts?)`);
  });
});
