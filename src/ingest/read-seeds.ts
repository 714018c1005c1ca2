/**
 * Read the seed articles from a folder, robustly.
 *
 * Why: seeds are text copied from the web by hand, so the folder may hold anything —
 * empty files, a stray image, a file saved as UTF-16 by a Windows editor, a BOM, CRLF
 * line ends, broken symlinks. Every file is either decoded into clean text or skipped
 * with a warning that starts with the file's path and says why; one bad file never stops
 * the others. Results are sorted by file name, so runs are deterministic.
 *
 * Rules, per directory entry:
 * - hidden entries (".gitkeep", ".DS_Store") are ignored silently, and so is the folder's own
 *   documentation (README, LICENSE, COPYING, CHANGELOG, CHANGES, CONTRIBUTING, any extensions, any case): a newsroom
 *   that explains its seeds folder in a README.md must not see it published as an article;
 * - anything that is not a regular file is skipped with a warning; a symlink is followed
 *   only when it resolves to a regular file inside the folder;
 * - UTF-16 LE/BE with a BOM is decoded; a UTF-8 BOM is dropped; otherwise the bytes
 *   must be valid UTF-8;
 * - NUL bytes or mostly control characters → binary, skipped; so is a file over 5 MB;
 * - empty or whitespace-only (U+00A0 included) → skipped;
 * - CRLF and lone CR become LF (a line-end change, not a change of any sentence);
 * - id = the file name without its last extension, made URL-safe (seedId); a second file with
 *   the same id is skipped, and so is a name with no letter or digit to make an id from.
 *
 * A folder that cannot be read at all is an error, not a warning: ingesting no seeds would
 * retire every claim page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';

export interface Seed {
  /** File name inside the folder. */
  file: string;
  /** File name without its last extension. */
  id: string;
  /** Decoded text, BOM removed, line ends normalised to LF. */
  text: string;
}

export interface ReadSeedsResult {
  seeds: Seed[];
  warnings: string[];
  /** Set when the folder itself cannot be read (missing, not a folder, no permission): no seeds. */
  error?: string;
}

export interface ReadSeedsOptions {
  /** Reads a file's bytes; defaults to fs.readFileSync. Tests inject failures here. */
  readFile?: (file: string) => Uint8Array;
  /** Larger files are skipped with a warning (an article is a few kB). Default 5 MB. */
  maxBytes?: number;
  /**
   * Asked, for each regular file about to be read (with its stat), whether an earlier run read
   * the same bytes: when it says so, the file is not read and its seed comes back with empty
   * text (which a read seed never has: blank files are skipped). An incremental ingest uses
   * this to leave an unchanged corpus unread.
   */
  unchanged?: (file: string, stat: fs.Stats) => boolean;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * File names a folder documents itself with ("README.md", "README.en.md", "LICENSE", "COPYING",
 * "changelog.txt", "README.md.bak"): never articles. A name that only starts with one of these
 * words ("changelog-of-the-war.txt") is an article.
 */
const FOLDER_DOCUMENTATION = /^(?:readme|licen[cs]e|copying|changelog|changes|contributing)(?:\.[^.]*)*$/i;

/** Is `name` one of the files a folder documents itself with, rather than a seed? */
export function isFolderDocumentation(name: string): boolean {
  return FOLDER_DOCUMENTATION.test(name);
}

/** Decoding result: the text, or why the bytes are not a usable text file. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Share of control characters above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Control characters that plain text does not contain (tab, LF, VT, FF, CR excluded). */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

/** Whitespace-only text, U+00A0 and zero-width spaces included. */
const BLANK = /^[\s\u200B-\u200D\u2060]*$/u;

/** Describe the first invalid UTF-8 sequence: "invalid UTF-8 (byte 0xFF at offset 12)". */
export function firstInvalidUtf8(bytes: Uint8Array): string {
  const i = invalidUtf8Offset(bytes);
  return i < 0 ? 'invalid UTF-8' : `invalid UTF-8 (${invalidByte(bytes, i)})`;
}

/** The byte at offset `i`, as a reason names it: "byte 0xFF at offset 12". */
export function invalidByte(bytes: Uint8Array, i: number): string {
  const hex = (bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `byte 0x${hex} at offset ${i}`;
}

/** Offset of the first byte that starts no valid UTF-8 sequence, or -1 when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) break;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok && need === 2) {
      const c = bytes[i + 1] ?? 0;
      ok = !(b === 0xe0 && c < 0xa0) && !(b === 0xed && c >= 0xa0);
    }
    if (ok && need === 3) {
      const c = bytes[i + 1] ?? 0;
      ok = !(b === 0xf0 && c < 0x90) && !(b === 0xf4 && c >= 0x90);
    }
    if (!ok) break;
    i += need + 1;
  }
  return i >= bytes.length ? -1 : i;
}

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/** Decode a seed file's bytes (see the module comment for the rules). */
export function decodeSeed(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  let text: string;
  const utf16 = hasBom(bytes, 0xff, 0xfe) ? 'utf-16le' : hasBom(bytes, 0xfe, 0xff) ? 'utf-16be' : null;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: `invalid ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} (odd length or broken surrogate)` };
    }
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      const hint = bytes.length > 1 && (bytes[1] === 0 || bytes[0] === 0) ? '; UTF-16 without a BOM is not supported' : '';
      return { ok: false, reason: `binary file (NUL byte at offset ${nul}${hint})` };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a UTF-8 BOM
    } catch {
      return { ok: false, reason: firstInvalidUtf8(bytes) };
    }
  }

  if (text.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL characters)' };
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file (${controls} control characters in ${text.length})` };
  }
  text = text.replace(/^\uFEFF/u, '');
  if (BLANK.test(text)) return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, text: text.replace(/\r\n?/gu, '\n') };
}

/**
 * A seed's id: its file name without the last extension, made a safe URL path segment — the
 * article's page is /articles/<id>/ and claim pages cite it by id — with github-slugger between
 * the dots (lower case, spaces to hyphens, `?`, `#` and other punctuation dropped):
 * "000_abc.txt" → "000_abc", "a.b.txt" → "a.b", "My Article?.txt" → "my-article",
 * "UPPER.TXT" → "upper". Empty when the name has nothing to make an id from ("???.txt").
 */
export function seedId(file: string): string {
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  return stem
    .split('.')
    .map((part) => slug(part.trim()))
    .filter((part) => part !== '')
    .join('.');
}

/** The folder as warnings show it: relative to the working directory when inside it. */
function displayDir(dir: string): string {
  const rel = path.relative(process.cwd(), path.resolve(dir));
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(dir) : rel;
  return shown.split(path.sep).join('/');
}

function errorCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'error';
}

function errorText(err: unknown): string {
  const code = errorCode(err);
  const describe: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symlink levels',
  };
  // Node's own messages start with the code already ("EMFILE: too many open files, open …").
  const message = (err instanceof Error ? err.message : String(err)).replace(new RegExp(`^${code}: `), '');
  return `${code}: ${describe[code] ?? message}`;
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'named pipe';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special file';
}

/** Read every seed in `dir`; see the module comment for what is read and what is skipped. */
export function readSeeds(dir: string, options: ReadSeedsOptions = {}): ReadSeedsResult {
  const readFile = options.readFile ?? ((file: string) => fs.readFileSync(file));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const shownDir = displayDir(dir);
  const seeds: Seed[] = [];
  const warnings: string[] = [];

  let names: string[];
  let realDir: string;
  try {
    realDir = fs.realpathSync(dir);
    names = fs.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (err) {
    return { seeds, warnings, error: `${shownDir}: cannot read the seeds folder: ${errorText(err)}` };
  }

  const idOwner = new Map<string, string>();
  for (const name of names) {
    if (name.startsWith('.') || isFolderDocumentation(name)) continue;
    const full = path.join(dir, name);
    const shown = `${shownDir}/${name}`;
    const skip = (reason: string): void => {
      warnings.push(`${shown}: skipped: ${reason}`);
    };

    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(full);
    } catch (err) {
      skip(`cannot inspect: ${errorText(err)}`);
      continue;
    }
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(full);
      } catch (err) {
        skip(errorCode(err) === 'ENOENT' ? 'broken symlink (target does not exist)' : `unreadable symlink: ${errorText(err)}`);
        continue;
      }
      const inside = path.relative(realDir, target);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
        skip('symlink points outside the seed folder');
        continue;
      }
      try {
        stat = fs.statSync(target);
      } catch (err) {
        skip(`unreadable symlink: ${errorText(err)}`);
        continue;
      }
      if (!stat.isFile()) {
        skip(`symlink does not point to a regular file (${kindOf(stat)})`);
        continue;
      }
    } else if (!stat.isFile()) {
      skip(`not a regular file (${kindOf(stat)})`);
      continue;
    }

    if (stat.size > maxBytes) {
      skip(`too large for an article (${stat.size} bytes; limit ${maxBytes})`);
      continue;
    }

    let text = '';
    if (!options.unchanged?.(name, stat)) {
      let bytes: Uint8Array;
      try {
        bytes = readFile(full);
      } catch (err) {
        skip(`unreadable (${errorText(err)})`);
        continue;
      }
      const decoded = decodeSeed(bytes);
      if (!decoded.ok) {
        skip(decoded.reason);
        continue;
      }
      text = decoded.text;
    }

    const id = seedId(name);
    if (id === '') {
      skip('the file name has no letter or digit to make the article id (its web address) from');
      continue;
    }
    const owner = idOwner.get(id);
    if (owner !== undefined) {
      skip(`id "${id}" is already used by ${shownDir}/${owner}`);
      continue;
    }
    idOwner.set(id, name);
    seeds.push({ file: name, id, text });
  }
  return { seeds, warnings };
}
