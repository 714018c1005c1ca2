import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  isTempName,
  removeStaleTemp,
  tempPathFor,
  writeFileAtomic,
  writeIfChanged,
} from '../../../src/ingest/fs/atomic-write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-aw-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  test('creates and replaces files, strings as UTF-8, bytes as is', () => {
    const file = join(dir, 'a.mdx');
    writeFileAtomic(file, 'first “quote” 😀\n');
    expect(readFileSync(file, 'utf8')).toBe('first “quote” 😀\n');
    writeFileAtomic(file, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(file)]).toEqual([0, 1, 2, 255]);
    writeFileAtomic(file, '');
    expect(readFileSync(file, 'utf8')).toBe('');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
  });

  test('writes a name with spaces and non-ASCII characters', () => {
    const file = join(dir, 'Заявление Кремля — “ложь”.mdx');
    writeFileAtomic(file, 'x');
    expect(readdirSync(dir)).toEqual([basename(file)]);
  });

  test('keeps the permission bits of the file it replaces', () => {
    const file = join(dir, 'a.mdx');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  test('replaces a symlink by a regular file and leaves its target alone', () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.mdx');
    writeFileSync(target, 'target');
    symlinkSync(target, link);
    writeFileAtomic(link, 'new');
    expect(readFileSync(target, 'utf8')).toBe('target');
    expect(readFileSync(link, 'utf8')).toBe('new');
  });

  test('leaves no temp file when it fails', () => {
    const missing = join(dir, 'no-such-dir', 'a.mdx');
    expect(() => writeFileAtomic(missing, 'x')).toThrow();
    // Target is a directory: the rename fails after the temp file was written.
    const sub = join(dir, 'sub.mdx');
    writeFileAtomic(join(dir, 'keep.mdx'), 'k');
    mkdirSync(sub);
    expect(() => writeFileAtomic(sub, 'x')).toThrow();
    expect(readdirSync(dir).filter(isTempName)).toEqual([]);
  });

  test('temp names are dot-files ending in .tmp, bounded in length', () => {
    const long = join(dir, `${'ж'.repeat(120)}.mdx`);
    const temp = basename(tempPathFor(long));
    expect(temp.startsWith('.')).toBe(true);
    expect(temp.endsWith('.tmp')).toBe(true);
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
    expect(isTempName(temp)).toBe(true);
    expect(isTempName(basename(long))).toBe(false);
    expect(isTempName('.hidden.mdx')).toBe(false);
    writeFileAtomic(long, 'x');
    expect(readdirSync(dir)).toEqual([basename(long)]);
  });
});

describe('writeIfChanged', () => {
  test('writes new and changed files, skips identical ones and keeps their mtime', () => {
    const file = join(dir, 'a.mdx');
    expect(writeIfChanged(file, 'one')).toBe(true);
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, old, old);
    expect(writeIfChanged(file, 'one')).toBe(false);
    expect(statSync(file).mtime.getTime()).toBe(old.getTime());
    expect(writeIfChanged(file, Buffer.from('one'))).toBe(false);
    expect(writeIfChanged(file, 'two')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(statSync(file).mtime.getTime()).not.toBe(old.getTime());
    // Same length, different bytes.
    expect(writeIfChanged(file, 'twa')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('twa');
  });

  test('compares bytes, not characters', () => {
    const file = join(dir, 'a.mdx');
    writeFileSync(file, 'e\u0301');
    expect(writeIfChanged(file, '\u00e9')).toBe(true);
    expect(writeIfChanged(file, '\u00e9')).toBe(false);
  });
});

describe('removeStaleTemp', () => {
  test('removes temp files of dead writers, keeps live ones and everything else', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(dead.stdout.toString());
    const stale = basename(tempPathFor(join(dir, 'a.mdx'), deadPid));
    const live = basename(tempPathFor(join(dir, 'b.mdx'), process.ppid));
    const own = basename(tempPathFor(join(dir, 'c.mdx')));
    for (const name of [stale, live, own, 'a.mdx', '.hidden', 'x.tmp']) writeFileSync(join(dir, name), 'x');
    expect(removeStaleTemp(dir)).toEqual([join(dir, stale)]);
    expect(readdirSync(dir).sort()).toEqual([live, own, 'a.mdx', '.hidden', 'x.tmp'].sort());
  });

  test('a missing directory is not an error', () => {
    expect(removeStaleTemp(join(dir, 'nope'))).toEqual([]);
  });
});
