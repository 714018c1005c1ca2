/**
 * StagedWrites: files staged during a run appear only at commit(), unchanged files are never
 * touched, abort() leaves no trace — the same whether the temp files are written on this thread
 * or by a BackgroundWriter (the scenarios run in both modes).
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ChangedWhileRunning, StagedWrites } from '../../../src/ingest/fs/atomic-write.ts';
import { statSignatureOf } from '../../../src/ingest/fs/stat-signature.ts';
import { BackgroundWriter } from '../../../src/ingest/fs/background-writes.ts';

let dir: string;
let writers: BackgroundWriter[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-staged-'));
});
afterEach(() => {
  for (const w of writers) w.close();
  writers = [];
  rmSync(dir, { recursive: true, force: true });
});

const modes = {
  'on this thread': (): StagedWrites => new StagedWrites(),
  'in the background': (): StagedWrites => {
    const w = new BackgroundWriter();
    writers.push(w);
    return new StagedWrites(w);
  },
};

const tempFiles = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe.each(Object.entries(modes))('StagedWrites, %s', (_mode, make) => {
  test('publishes changed files at commit only, and leaves identical ones alone', () => {
    const same = join(dir, 'same.mdx');
    const changed = join(dir, 'changed.mdx');
    writeFileSync(same, 'kept “as is”\n');
    writeFileSync(changed, 'old\n');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(same, old, old);
    const staged = make();
    expect(staged.stage(same, 'kept “as is”\n')).toBeNull();
    expect(staged.stageIfChanged(changed, 'new\n')).toBe(true);
    expect(staged.stageIfChanged(join(dir, 'added.mdx'), 'added 😀\n')).toBe(true);
    // Nothing visible yet.
    expect(readFileSync(changed, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['changed.mdx', 'same.mdx']);
    expect(staged.commit().sort()).toEqual([join(dir, 'added.mdx'), changed].sort());
    expect(readFileSync(changed, 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, 'added.mdx'), 'utf8')).toBe('added 😀\n');
    expect(statSync(same).mtime.getTime()).toBe(old.getTime());
    expect(tempFiles()).toEqual([]);
  });

  test('a page saved after it was read stops the commit: nothing is published, the save is kept', () => {
    const page = join(dir, 'page.mdx');
    const other = join(dir, 'other.mdx');
    writeFileSync(page, 'as read\n');
    writeFileSync(other, 'old\n');
    const readAs = statSignatureOf(page)!;
    const staged = make();
    staged.stageIfChanged(other, 'new\n', statSignatureOf(other)!);
    staged.stageIfChanged(page, 'merged from the text as read\n', readAs);
    writeFileSync(page, 'as read\nplus the author’s note\n'); // saved while the merge ran
    expect(() => staged.commit()).toThrow(ChangedWhileRunning);
    try {
      staged.commit();
    } catch (error) {
      expect((error as ChangedWhileRunning).paths).toEqual([page]);
    }
    staged.abort();
    expect(readFileSync(page, 'utf8')).toBe('as read\nplus the author’s note\n');
    expect(readFileSync(other, 'utf8')).toBe('old\n');
    expect(tempFiles()).toEqual([]);
  });

  test('abort leaves every target as it was, and no temp file', () => {
    const file = join(dir, 'a.mdx');
    writeFileSync(file, 'before\n');
    const staged = make();
    for (let i = 0; i < 200; i++) staged.stage(join(dir, `p${i}.mdx`), `page ${i}\n`);
    staged.stage(file, 'after\n');
    staged.abort();
    expect(readFileSync(file, 'utf8')).toBe('before\n');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  test('keeps the permission bits of a file it replaces', () => {
    const file = join(dir, 'private.mdx');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const staged = make();
    staged.stage(file, 'new\n');
    staged.commit();
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  test('a write that fails stops the commit with the file named, and nothing is published', () => {
    const staged = make();
    const good = join(dir, 'good.mdx');
    const bad = join(dir, 'missing-folder', 'bad.mdx');
    staged.stage(good, 'fine\n');
    let error: unknown;
    try {
      // On this thread the write fails at once; in the background, at commit.
      staged.stage(bad, 'lost\n');
      staged.commit();
    } catch (e) {
      error = e;
    }
    expect(String(error)).toContain('bad.mdx');
    staged.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('writes many large files in order, whatever their number and size', () => {
    const staged = make();
    const big = 'x'.repeat(1 << 20);
    mkdirSync(join(dir, 'pages'));
    for (let i = 0; i < 40; i++) staged.stage(join(dir, 'pages', `${i}.mdx`), `${i}\n${big}`);
    staged.commit();
    const names = readdirSync(join(dir, 'pages'));
    expect(names).toHaveLength(40);
    for (let i = 0; i < 40; i++) expect(readFileSync(join(dir, 'pages', `${i}.mdx`), 'utf8').startsWith(`${i}\nxxx`)).toBe(true);
  });
});

describe('a background writer that cannot start', () => {
  test('fails the run at once, saying why, instead of waiting for answers that never come', () => {
    const w = new BackgroundWriter({ module: new URL('data:text/javascript,throw new Error("no such module: fs-extra")') });
    writers.push(w);
    const staged = new StagedWrites(w);
    const started = Date.now();
    expect(() => {
      staged.stage(join(dir, 'page.mdx'), 'text\n');
      staged.commit();
    }).toThrow('the background file writer failed: could not start: no such module: fs-extra');
    // What a failed run does next: drop what was staged, close the writer — without waiting.
    staged.abort();
    w.close();
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(readdirSync(dir)).toEqual([]);
    expect(() => w.flush()).toThrow('could not start');
  });
});
