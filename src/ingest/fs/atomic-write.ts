/**
 * Crash-safe file writes for the ingest step.
 *
 * `writeFileAtomic` writes to a temporary file in the same directory, fsyncs it and renames it
 * over the target, so a reader (Astro's content loader, a dev server, a person) sees either the
 * old file or the new one, never a half-written one, even if the process is killed mid-write.
 * Temporary files are dot-files ending in `.tmp` (`.<name>.<pid>.<hex>.tmp`), so globs such as
 * `content/claims/*.mdx` never match them; `removeStaleTemp` clears those left by a killed run.
 *
 * `writeIfChanged` skips the write when the bytes are identical, so modification times stay and
 * incremental rebuilds see only real changes.
 */
import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { statSignatureOf } from './stat-signature.ts';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.<8 hex>.tmp`: what `writeFileAtomic` creates and `removeStaleTemp` removes. */
const TEMP_NAME = /^\.(?:.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/s;

/** Longest part of the target name kept in a temp name, in UTF-8 bytes (names max out at 255). */
const MAX_NAME_BYTES = 100;

export type FileData = string | Uint8Array;

function toBytes(data: FileData): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

/** Random start for temp-name suffixes; then a counter (O_EXCL catches the rare clash, see writeFileAtomic). */
let suffixBase = randomBytes(4).readUInt32BE(0);

function nextSuffix(): string {
  suffixBase = (suffixBase + 1) >>> 0;
  return suffixBase.toString(16).padStart(8, '0');
}

/** The temp-file path `writeFileAtomic` would use for `path` (exported for tests). */
export function tempPathFor(path: string, pid: number = process.pid): string {
  const base = basename(path);
  let name = base;
  if (Buffer.byteLength(base) > MAX_NAME_BYTES) {
    name = '';
    for (const ch of base) {
      if (Buffer.byteLength(name + ch) > MAX_NAME_BYTES) break;
      name += ch;
    }
  }
  return join(dirname(path), `.${name}.${pid}.${nextSuffix()}.tmp`);
}

/** Whether a file name is one of our temp files. */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

export interface AtomicWriteOptions {
  /**
   * fsync the file and its directory, so the new content also survives a power cut. The
   * rename alone already guarantees that a killed process leaves the old or the new file,
   * never a truncated one; ingest writes thousands of pages and skips the fsyncs by default.
   */
  durable?: boolean;
}

/**
 * Write `data` to `path` atomically: temp file in the same directory, write, rename (with
 * `durable`, fsync before the rename and fsync the directory after). Keeps the permission
 * bits of a file it replaces. A symlink at `path` is replaced by a regular file (its target
 * is left alone).
 */
export function writeFileAtomic(path: string, data: FileData, options: AtomicWriteOptions = {}): void {
  const bytes = toBytes(data);
  let mode = 0o666; // narrowed by the umask on creation
  let keepMode = false;
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isFile()) {
      mode = st.mode & 0o7777;
      keepMode = true;
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }

  const { temp, fd } = openTemp(path, mode);
  let renamed = false;
  try {
    try {
      let offset = 0;
      while (offset < bytes.length) {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      }
      if (keepMode) chmodSync(temp, mode);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  }
  if (options.durable) fsyncDirectory(dirname(path));
}

/** Creates a fresh temp file beside `path`, exclusively, trying new names past leftovers. */
function openTemp(path: string, mode: number): { temp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const temp = tempPathFor(path);
    try {
      return { temp, fd: openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode) };
    } catch (error) {
      // A leftover temp file with this name (another process's, or a crashed run's): next name.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 16) throw error;
    }
  }
}

/**
 * Write `data` to `path` (atomically) unless the file already holds exactly these bytes.
 * Returns true when it wrote. Never touches an identical file, so its mtime stays.
 */
export function writeIfChanged(path: string, data: FileData): boolean {
  const bytes = toBytes(data);
  let current: Buffer | undefined;
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isFile() && st.size === bytes.length) current = readFileSync(path);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  if (current !== undefined && current.equals(bytes)) return false;
  writeFileAtomic(path, bytes);
  return true;
}

/**
 * Creates a temp file beside `path` holding `bytes` (with `mode`, kept exactly when `keepMode`:
 * the target's own bits) and returns its name. The file is not renamed into place.
 */
export function writeTemp(path: string, data: FileData, mode: number, keepMode: boolean): string {
  const bytes = toBytes(data);
  const { temp, fd } = openTemp(path, mode);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    if (keepMode) chmodSync(temp, mode);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** A staged file: its target, and the temp file holding its bytes (known once the write is done, see StagedWrites.flush). */
export interface StagedFile {
  readonly path: string;
  temp: string;
  /** The target's stat signature when its old text was read (see stage()), if the caller knows it. */
  readonly readAs?: string | undefined;
}

/** Pages an author saved while ingest ran: committing would overwrite their edits. */
export class ChangedWhileRunning extends Error {
  readonly paths: readonly string[];
  constructor(paths: readonly string[]) {
    super(`${paths.join(', ')}: changed while ingest was running`);
    this.paths = paths;
  }
}

/** What became of a temp-file write: the file written, or why it could not be. */
export type WriteResult = { temp: string } | { error: string };

/**
 * Where StagedWrites has its temp files written: here (the default), or by a background thread
 * (background-writes.ts) so that a run writing thousands of files need not wait on each.
 */
export interface TempWriter {
  /** Queue the write; `done` is called with the temp file's name, or the error, by some later flush(). */
  write(path: string, data: FileData, mode: number, keepMode: boolean, done: (result: WriteResult) => void): void;
  /** Blocks until every queued write is done (each `done` called). */
  flush(): void;
  close(): void;
}

/**
 * Writes staged now and published together later. Each file's bytes go to its temp file at once
 * (so they need not stay in memory); commit() renames every temp file over its target, abort()
 * removes them. A run that fails before commit() leaves every target as it was, as when all
 * texts are computed first and written at the end — without holding them all.
 *
 * With a TempWriter, the temp files are written in the background: a staged file's `temp` is
 * known, and a failed write reported, by flush() (commit() flushes first; abort() waits for
 * the writes before removing their files).
 */
export class StagedWrites {
  readonly #staged: StagedFile[] = [];
  #writer: TempWriter | null;
  #failure: string | null = null;

  constructor(writer: TempWriter | null = null) {
    this.#writer = writer;
  }

  /** From now on, temp files are written by `writer` (files staged so far stay as they are). */
  useWriter(writer: TempWriter): void {
    this.#writer?.flush();
    this.#writer = writer;
  }

  /**
   * Stage `data` for `path` unless the file already holds exactly these bytes; true when staged.
   * `readAs`: the file's stat signature when the text `data` was made from was read; if the file
   * no longer has it at commit(), someone changed it meanwhile and nothing is committed.
   */
  stageIfChanged(path: string, data: FileData, readAs?: string): boolean {
    return this.stage(path, data, readAs) !== null;
  }

  /** As stageIfChanged, returning the staged file (null: nothing staged). */
  stage(path: string, data: FileData, readAs?: string): StagedFile | null {
    // Compared with the file as it is here and now: whether a file is staged is known at once.
    let mode = 0o666; // narrowed by the umask on creation
    let keepMode = false;
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isFile()) {
      if (st.size === byteLength(data) && readFileSync(path).equals(toBytes(data))) return null;
      mode = st.mode & 0o7777;
      keepMode = true;
    }
    if (!this.#writer) {
      const staged = { path, temp: writeTemp(path, data, mode, keepMode), readAs };
      this.#staged.push(staged);
      return staged;
    }
    const staged: StagedFile = { path, temp: '', readAs };
    this.#staged.push(staged);
    this.#writer.write(path, data, mode, keepMode, (result) => {
      if ('temp' in result) staged.temp = result.temp;
      else this.#failure ??= `${path}: ${result.error}`;
    });
    return staged;
  }

  /** Waits for the background writes (if any); throws when one of them failed. */
  flush(): void {
    this.#writer?.flush();
    if (this.#failure !== null) throw new Error(`could not write ${this.#failure}`);
  }

  /**
   * Renames every staged file over its target, in staging order; returns the targets. Throws
   * ChangedWhileRunning, renaming nothing, when a target is no longer as it was read (an author
   * saved it meanwhile: their edit must not be overwritten by a merge of the older text).
   */
  commit(): string[] {
    this.flush();
    const changed = this.#staged.filter((f) => f.readAs !== undefined && statSignatureOf(f.path) !== f.readAs).map((f) => f.path);
    if (changed.length > 0) throw new ChangedWhileRunning(changed);
    const done: string[] = [];
    for (const { temp, path } of this.#staged.splice(0)) {
      renameSync(temp, path);
      done.push(path);
    }
    return done;
  }

  /** Removes the staged temp files: no target changes. */
  abort(): void {
    try {
      this.#writer?.flush();
    } catch {
      // the writer is gone: the files it named are removed below, others cannot be known
    }
    for (const { temp } of this.#staged.splice(0)) {
      if (temp === '') continue; // its write failed: no file
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  }
}

function byteLength(data: FileData): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
}

/**
 * Remove temp files left in `dir` (not recursive) by writers that no longer run: a killed
 * ingest leaves `.<name>.<pid>.<hex>.tmp` behind. Files of a live process are kept, so a
 * concurrent writer is not disturbed. Returns the paths removed.
 */
export function removeStaleTemp(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (isNotFound(error)) return removed;
    throw error;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    // A temp file with our pid is ours (perhaps still being written in the background): no leftover.
    if (pid === process.pid || isAlive(pid)) continue;
    const file = join(dir, name);
    try {
      unlinkSync(file);
      removed.push(file);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Not supported everywhere (e.g. Windows); the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
