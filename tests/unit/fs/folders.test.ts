import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor } from '../../../src/ingest/fs/atomic-write.ts';
import { cacheFolderProblem, cannotWrite, fsReason, outputFolderProblem } from '../../../src/ingest/fs/folders.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-folders-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string, path?: string): Error => Object.assign(new Error(`${code}: something, open '${path ?? ''}'`), { code, path });

describe('outputFolderProblem', () => {
  it('accepts a folder that exists or does not yet', () => {
    expect(outputFolderProblem(dir, ['claims'])).toBeNull();
    expect(outputFolderProblem(join(dir, 'new'), ['claims', 'articles'])).toBeNull();
  });

  it('names the file in the way, and refuses no folder at all', () => {
    writeFileSync(join(dir, 'claims'), '');
    expect(outputFolderProblem(dir, ['claims'])).toBe(`${join(dir, 'claims')}: a file is in the way (not a folder)`);
    expect(outputFolderProblem(join(dir, 'claims', 'deeper'))).toBe(`${join(dir, 'claims', 'deeper')}: a file is in the way (not a folder)`);
    expect(outputFolderProblem('  ')).toBe('no folder given');
  });
});

describe('cacheFolderProblem', () => {
  it('makes the folder, or says why it cannot', () => {
    expect(cacheFolderProblem(join(dir, 'cache', 'ingest'))).toBeNull();
    writeFileSync(join(dir, 'file'), '');
    expect(cacheFolderProblem(join(dir, 'file', 'ingest'))).toBe(`${join(dir, 'file', 'ingest')}: a file is in the way (not a folder)`);
  });
});

describe('file-system errors in words', () => {
  it('says what the code means, or passes the message on', () => {
    expect(fsReason(errno('EROFS'))).toBe('read-only file system');
    expect(fsReason(errno('ENOSPC'))).toBe('no space left on the device');
    expect(fsReason(errno('EISDIR'))).toBe('it is a folder');
    expect(fsReason(new Error('odd'))).toBe('odd');
    expect(fsReason('plain')).toBe('plain');
  });

  it('names the folder of a hidden temp file, and ignores errors that are not about a path', () => {
    mkdirSync(join(dir, 'claims'));
    expect(cannotWrite(errno('EROFS', tempPathFor(join(dir, 'claims', 'a.mdx'))))).toBe(`cannot write ${join(dir, 'claims')}: read-only file system`);
    expect(cannotWrite(errno('EACCES', join(dir, 'claims', 'a.mdx')))).toBe(`cannot write ${join(dir, 'claims', 'a.mdx')}: permission denied`);
    expect(cannotWrite(new Error('boom'))).toBeNull();
    expect(cannotWrite(Object.assign(new Error('x'), { code: 'ERR_SOMETHING', path: '/p' }))).toBeNull();
  });
});
