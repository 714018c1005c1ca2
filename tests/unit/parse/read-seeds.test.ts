import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeSeed, readSeeds, seedId } from '../../../src/ingest/read-seeds.ts';

let dir = '';
let outside = '';
const put = (name: string, content: string | Uint8Array): void => fs.writeFileSync(path.join(dir, name), content);
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const warningFor = (warnings: string[], name: string): string | undefined =>
  warnings.find((w) => w.startsWith(`${dir}/${name}: `));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
});
afterEach(() => {
  for (const d of [dir, outside]) {
    fs.chmodSync(d, 0o755);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('readSeeds: ordinary files', () => {
  it('reads files sorted by name, id without the last extension', () => {
    put('b.txt', 'B text.');
    put('a.notes.txt', 'A text.');
    put('c', 'C text.');
    const { seeds, warnings } = readSeeds(dir);
    expect(warnings).toEqual([]);
    expect(seeds).toEqual([
      { file: 'a.notes.txt', id: 'a.notes', text: 'A text.' },
      { file: 'b.txt', id: 'b', text: 'B text.' },
      { file: 'c', id: 'c', text: 'C text.' },
    ]);
  });

  it('ignores hidden files silently', () => {
    put('.gitkeep', '');
    put('.DS_Store', bytes(0, 0, 0, 1));
    put('a.txt', 'A.');
    expect(readSeeds(dir)).toEqual({ seeds: [{ file: 'a.txt', id: 'a', text: 'A.' }], warnings: [] });
  });

  it('ignores the folder’s own documentation silently: README, LICENSE, CHANGELOG, CONTRIBUTING', () => {
    put('README.md', '# Seeds\n\nDrop one article per file here. The mayor said the bridge would reopen.');
    put('readme.txt', 'Notes for the desk.');
    put('LICENSE', 'Copyright the newsroom.');
    put('Changelog.md', 'Added two articles.');
    put('CONTRIBUTING.md', 'How to add articles.');
    put('README.en.md', 'Seeds, in English.');
    put('README.md.bak', 'An old copy.');
    put('COPYING', 'GPL.');
    put('CHANGES.txt', 'Two articles added.');
    put('changelog-of-the-war.txt', 'The war began in February.');
    put('readme-draft.txt', 'The mayor said the bridge would reopen on Monday.');
    put('a.txt', 'A.');
    expect(readSeeds(dir)).toEqual({
      seeds: [
        { file: 'a.txt', id: 'a', text: 'A.' },
        { file: 'changelog-of-the-war.txt', id: 'changelog-of-the-war', text: 'The war began in February.' },
        { file: 'readme-draft.txt', id: 'readme-draft', text: 'The mayor said the bridge would reopen on Monday.' },
      ],
      warnings: [],
    });
  });

  it('skips a second file with the same id', () => {
    put('a.txt', 'one');
    put('a.md', 'two');
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds.map((s) => s.file)).toEqual(['a.md']);
    expect(warnings).toEqual([`${dir}/a.txt: skipped: id "a" is already used by ${dir}/a.md`]);
  });

  it('shows paths relative to the working directory when inside it', () => {
    const tmpRoot = path.join(process.cwd(), 'tests/.tmp');
    fs.mkdirSync(tmpRoot, { recursive: true });
    const local = fs.mkdtempSync(path.join(tmpRoot, 'seeds-'));
    try {
      fs.writeFileSync(path.join(local, 'e.txt'), '');
      const rel = path.relative(process.cwd(), local);
      expect(readSeeds(rel).warnings).toEqual([`${rel}/e.txt: skipped: empty file`]);
      expect(readSeeds(local).warnings).toEqual([`${rel}/e.txt: skipped: empty file`]);
    } finally {
      fs.rmSync(local, { recursive: true, force: true });
    }
  });

  it('skips a file too large to be an article', () => {
    put('huge.txt', 'x'.repeat(2000));
    put('a.txt', 'A.');
    const { seeds, warnings } = readSeeds(dir, { maxBytes: 1000 });
    expect(seeds.map((s) => s.id)).toEqual(['a']);
    expect(warnings).toEqual([`${dir}/huge.txt: skipped: too large for an article (2000 bytes; limit 1000)`]);
  });

  it('reports a missing folder, or a file given as the folder, as an error (not a warning)', () => {
    expect(readSeeds(path.join(dir, 'nope'))).toEqual({ seeds: [], warnings: [], error: `${dir}/nope: cannot read the seeds folder: ENOENT: no such file` });
    put('a.txt', 'A.');
    expect(readSeeds(path.join(dir, 'a.txt')).error).toBe(`${dir}/a.txt: cannot read the seeds folder: ENOTDIR: not a directory`);
  });
});

describe('readSeeds: empty and whitespace-only files', () => {
  it('skips an empty file', () => {
    put('empty.txt', '');
    expect(readSeeds(dir).warnings).toEqual([`${dir}/empty.txt: skipped: empty file`]);
  });

  it('skips a whitespace-only file, U+00A0 and BOM included', () => {
    put('blank.txt', ' \n\t\r\n\u00A0\u00A0\n');
    put('bom-only.txt', '\uFEFF  \n');
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds).toEqual([]);
    expect(warnings).toEqual([
      `${dir}/blank.txt: skipped: empty file (whitespace only)`,
      `${dir}/bom-only.txt: skipped: empty file (whitespace only)`,
    ]);
  });
});

describe('readSeeds: binary and undecodable files', () => {
  it('skips a file with NUL bytes', () => {
    put('image.txt', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00));
    expect(warningFor(readSeeds(dir).warnings, 'image.txt')).toBe(`${dir}/image.txt: skipped: binary file (NUL byte at offset 8)`);
  });

  it('skips a file that is mostly control characters', () => {
    put('ctl.txt', bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42));
    expect(warningFor(readSeeds(dir).warnings, 'ctl.txt')).toMatch(/: skipped: binary file \(6 control characters in 8\)$/u);
  });

  it('keeps a text file with one stray control character', () => {
    put('ok.txt', `Title here\n${'Text. '.repeat(20)}\u000C\n`);
    expect(readSeeds(dir).warnings).toEqual([]);
  });

  it('skips invalid UTF-8, naming the byte and offset', () => {
    put('latin1.txt', bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x21));
    put('good.txt', 'Good.');
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds.map((s) => s.id)).toEqual(['good']);
    expect(warnings).toEqual([`${dir}/latin1.txt: skipped: invalid UTF-8 (byte 0xE9 at offset 3)`]);
  });

  it('names truncated and overlong sequences too', () => {
    expect(decodeSeed(bytes(0x41, 0xe2, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xE2 at offset 1)' });
    expect(decodeSeed(bytes(0xc0, 0xaf))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xC0 at offset 0)' });
    expect(decodeSeed(bytes(0xed, 0xa0, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xED at offset 0)' });
  });

  it('points past the valid multi-byte characters before the bad one', () => {
    // "é€😀" (2, 3 and 4 bytes), then an overlong 3-byte form, a 4-byte form below U+10000 and one above U+10FFFF.
    const valid = [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80];
    expect(decodeSeed(bytes(...valid, 0xe0, 0x80, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xE0 at offset 9)' });
    expect(decodeSeed(bytes(...valid, 0xf0, 0x80, 0x80, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xF0 at offset 9)' });
    expect(decodeSeed(bytes(...valid, 0xf4, 0x90, 0x80, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xF4 at offset 9)' });
    expect(decodeSeed(bytes(...valid, 0xf5, 0x80))).toEqual({ ok: false, reason: 'invalid UTF-8 (byte 0xF5 at offset 9)' });
  });

  it('hints at UTF-16 without a BOM', () => {
    put('u16.txt', bytes(0x41, 0x00, 0x42, 0x00));
    expect(warningFor(readSeeds(dir).warnings, 'u16.txt')).toMatch(/UTF-16 without a BOM is not supported/u);
  });
});

describe('readSeeds: encodings and line ends', () => {
  const text = 'Kremlin “denies” call\nThe Kremlin’s spokesman said no.';

  it('decodes UTF-16 LE with a BOM', () => {
    const body = Buffer.from(text, 'utf16le');
    put('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    expect(readSeeds(dir).seeds).toEqual([{ file: 'le.txt', id: 'le', text }]);
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    put('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(readSeeds(dir).seeds).toEqual([{ file: 'be.txt', id: 'be', text }]);
  });

  it('skips UTF-16 with an odd number of bytes', () => {
    put('odd.txt', bytes(0xff, 0xfe, 0x41, 0x00, 0x42));
    expect(readSeeds(dir).warnings).toEqual([`${dir}/odd.txt: skipped: invalid UTF-16 LE (odd length or broken surrogate)`]);
  });

  it('strips a UTF-8 BOM', () => {
    put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(readSeeds(dir).seeds[0]?.text).toBe(text);
  });

  it('normalises CRLF and lone CR to LF, and nothing else', () => {
    put('crlf.txt', 'A  line\u00A0one\r\nLine two\rLine three\n');
    expect(readSeeds(dir).seeds[0]?.text).toBe('A  line\u00A0one\nLine two\nLine three\n');
  });

  it('decodeSeed keeps valid UTF-8 verbatim', () => {
    expect(decodeSeed(utf8('“Simply false,” he said.'))).toEqual({ ok: true, text: '“Simply false,” he said.' });
  });
});

describe('readSeeds: directories, symlinks and unreadable files', () => {
  it('skips subfolders, naming them', () => {
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.mkdirSync(path.join(dir, 'looks-like.txt'));
    put('a.txt', 'A.');
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds.map((s) => s.id)).toEqual(['a']);
    expect(warnings).toEqual([
      `${dir}/drafts: skipped: not a regular file (directory)`,
      `${dir}/looks-like.txt: skipped: not a regular file (directory)`,
    ]);
  });

  it('follows a symlink to a regular file inside the folder', () => {
    put('real.txt', 'Real.');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'inner.txt'), 'Inner.');
    fs.symlinkSync('real.txt', path.join(dir, 'alias.txt'));
    fs.symlinkSync(path.join(dir, 'sub', 'inner.txt'), path.join(dir, 'deep.txt'));
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds).toEqual([
      { file: 'alias.txt', id: 'alias', text: 'Real.' },
      { file: 'deep.txt', id: 'deep', text: 'Inner.' },
      { file: 'real.txt', id: 'real', text: 'Real.' },
    ]);
    expect(warnings).toEqual([`${dir}/sub: skipped: not a regular file (directory)`]);
  });

  it('refuses a symlink pointing outside the folder', () => {
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'Secret.');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
    expect(readSeeds(dir)).toEqual({
      seeds: [],
      warnings: [`${dir}/escape.txt: skipped: symlink points outside the seed folder`],
    });
  });

  it('refuses a dangling symlink', () => {
    fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    expect(readSeeds(dir).warnings).toEqual([`${dir}/dangling.txt: skipped: broken symlink (target does not exist)`]);
  });

  it('refuses a symlink to a directory', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('sub', path.join(dir, 'link.txt'));
    expect(warningFor(readSeeds(dir).warnings, 'link.txt')).toBe(
      `${dir}/link.txt: skipped: symlink does not point to a regular file (directory)`,
    );
  });

  it('warns about a file it cannot read (EACCES, injected) and goes on', () => {
    put('locked.txt', 'Locked.');
    put('open.txt', 'Open.');
    const readFile = (file: string): Uint8Array => {
      if (file.endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.readFileSync(file);
    };
    const { seeds, warnings } = readSeeds(dir, { readFile });
    expect(seeds.map((s) => s.id)).toEqual(['open']);
    expect(warnings).toEqual([`${dir}/locked.txt: skipped: unreadable (EACCES: permission denied)`]);
  });

  it.runIf(process.getuid?.() !== 0)('warns about a chmod 000 file (needs a non-root user)', () => {
    put('locked.txt', 'Locked.');
    fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
    expect(readSeeds(dir).warnings).toEqual([`${dir}/locked.txt: skipped: unreadable (EACCES: permission denied)`]);
  });
});

describe('seedId', () => {
  it('removes only the last extension', () => {
    expect(seedId('000_abc.txt')).toBe('000_abc');
    expect(seedId('noext')).toBe('noext');
  });

  it('makes the id a web address part, slugged as Astro slugs entry ids', () => {
    expect(seedId('a.b.txt')).toBe('a.b');
    expect(seedId('Notes. Draft 2.txt')).toBe('notes.draft-2');
    expect(seedId('Breaking News?#1.txt')).toBe('breaking-news1');
    expect(seedId('My Article.txt')).toBe('my-article');
    expect(seedId('UPPER.TXT')).toBe('upper');
    expect(seedId('???.txt')).toBe('');
  });

  it('skips a file whose id another file has already, or that gives no id', () => {
    put('upper.txt', 'A.');
    put('UPPER.TXT', 'B.');
    put('???.txt', 'C.');
    const { seeds, warnings } = readSeeds(dir);
    expect(seeds.map((s) => s.file)).toEqual(['UPPER.TXT']);
    expect(warnings).toEqual([
      `${dir}/???.txt: skipped: the file name has no letter or digit to make the article id (its web address) from`,
      `${dir}/upper.txt: skipped: id "upper" is already used by ${dir}/UPPER.TXT`,
    ]);
  });
});

describe('readSeeds: files an earlier run read', () => {
  it('does not read a file the caller says is unchanged, and returns its seed with empty text', () => {
    put('a.txt', 'A text.');
    put('b.txt', 'B text.');
    const asked: string[] = [];
    const reads: string[] = [];
    const { seeds, warnings } = readSeeds(dir, {
      unchanged: (file, stat) => {
        asked.push(file);
        expect(stat.isFile()).toBe(true);
        return file === 'a.txt';
      },
      readFile: (file) => {
        reads.push(path.basename(file));
        return fs.readFileSync(file);
      },
    });
    expect(warnings).toEqual([]);
    expect(asked).toEqual(['a.txt', 'b.txt']);
    expect(reads).toEqual(['b.txt']);
    expect(seeds).toEqual([
      { file: 'a.txt', id: 'a', text: '' },
      { file: 'b.txt', id: 'b', text: 'B text.' },
    ]);
  });

  it('still skips what it would skip unread: hidden, oversize and duplicate-id files', () => {
    put('.hidden', 'x');
    put('big.txt', 'x'.repeat(100));
    put('c.txt', 'C.');
    put('c.md', 'C again.');
    const { seeds, warnings } = readSeeds(dir, { unchanged: () => true, maxBytes: 50 });
    expect(seeds.map((s) => s.file)).toEqual(['c.md']);
    expect(warningFor(warnings, 'big.txt')).toMatch(/too large/);
    expect(warningFor(warnings, 'c.txt')).toMatch(/already used/);
  });
});
