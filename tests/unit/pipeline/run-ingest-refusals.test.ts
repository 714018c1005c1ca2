/** runIngest in-process: what stops a run before it writes anything (the CLI's tests run it as a process). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/pipeline/run-ingest.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-refusals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runIngest refuses, writing nothing', () => {
  it('a seeds folder with no seed files, or none usable', () => {
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    const content = join(dir, 'content');
    let r = runIngest({ seedsDir: seeds, contentDir: content, cacheDir: join(dir, 'cache') });
    expect(r.errors).toEqual([expect.stringMatching(/seeds: no article to ingest: the folder holds no seed files\. Nothing was written/)]);
    writeFileSync(join(seeds, 'blank.txt'), ' \n');
    r = runIngest({ seedsDir: seeds, contentDir: content });
    expect(r.errors).toEqual([expect.stringMatching(/no article to ingest: all 1 seed file\(s\) were skipped/)]);
    expect(r.warnings).toEqual([expect.stringContaining('blank.txt: skipped: empty file')]);
    expect(readdirSync(dir).sort()).toEqual(['cache', 'seeds']);
  });

  it('a missing seeds folder, and a content folder that is a file', () => {
    expect(runIngest({ seedsDir: join(dir, 'nope'), contentDir: join(dir, 'content') }).errors).toEqual([
      expect.stringMatching(/nope: cannot read the seeds folder: ENOENT/),
    ]);
    writeFileSync(join(dir, 'content'), '');
    expect(runIngest({ seedsDir: join(dir, 'nope'), contentDir: join(dir, 'content') }).errors).toEqual([
      `cannot write the content folder: ${join(dir, 'content')}: a file is in the way (not a folder)`,
    ]);
  });

  it('goes on without a cache folder it cannot make, with a warning', () => {
    writeFileSync(join(dir, 'cache'), '');
    mkdirSync(join(dir, 'seeds'));
    const r = runIngest({ seedsDir: join(dir, 'seeds'), contentDir: join(dir, 'content'), cacheDir: join(dir, 'cache', 'ingest') });
    expect(r.warnings[0]).toBe(`cache not used: ${join(dir, 'cache', 'ingest')}: a file is in the way (not a folder)`);
  });
});
