/**
 * Can ingest write where it is asked to? Checked before any work, so that a content folder that
 * is a file, a read-only disk or a mistyped path stops the run with one line naming the folder,
 * instead of a stack trace about a hidden temp file after minutes of analysis.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isTempName } from './atomic-write.ts';

/** The part of a file-system error a person needs: "not a directory", "read-only file system". */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const reasons: Record<string, string> = {
    ENOTDIR: 'a file is in the way (not a folder)',
    EEXIST: 'a file is in the way (not a folder)',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on the device',
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a folder',
  };
  if (typeof code === 'string' && reasons[code]) return reasons[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why `dir` (and its `subfolders`) cannot take ingest's output, or null when they can: each must
 * be a folder or not exist yet, and the deepest existing one must be writable. Creates nothing.
 */
export function outputFolderProblem(dir: string, subfolders: readonly string[] = []): string | null {
  if (dir.trim() === '') return 'no folder given';
  for (const path of [dir, ...subfolders.map((s) => join(dir, s))]) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') continue;
      return `${path}: ${fsReason(error)}`;
    }
    if (!isDir) return `${path}: a file is in the way (not a folder)`;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      return `${path}: cannot write: ${fsReason(error)}`;
    }
  }
  return null;
}

/** Makes the cache folder; why it cannot be used, or null when it can. */
export function cacheFolderProblem(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `${dir}: ${fsReason(error)}`;
  }
}

/**
 * "folder: reason" for a file-system error that stopped a write (with the folder rather than
 * the hidden temp file it was writing), or null for any other error.
 */
export function cannotWrite(error: unknown): string | null {
  const { code, path } = error as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  return `cannot write ${isTempName(basename(path)) ? dirname(path) : path}: ${fsReason(error)}`;
}
