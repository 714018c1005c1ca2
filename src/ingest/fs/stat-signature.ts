/**
 * A file's stat signature: size, modification and change times and inode, which change whenever
 * the file's bytes may have changed. Caches use it to trust a file without reading it, and
 * StagedWrites to notice a page an author saved while ingest was running.
 */
import { statSync, type Stats } from 'node:fs';

export function statSignature(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}

/** The signature of the regular file at `path`; null when there is none. */
export function statSignatureOf(path: string): string | null {
  try {
    const st = statSync(path);
    return st.isFile() ? statSignature(st) : null;
  } catch {
    return null;
  }
}
