/**
 * Where the site reads its content from: `./content` unless `CROSSCHECK_CONTENT_DIR` says otherwise
 * (the end-to-end tests build a fixture site from another folder).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export const DEFAULT_CONTENT_DIR = './content';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['CROSSCHECK_CONTENT_DIR']?.trim();
  return (dir ? dir : DEFAULT_CONTENT_DIR).replace(/\/+$/, '');
}

/**
 * Astro's cache folder for a build: CROSSCHECK_CACHE_DIR when given; Astro's default for the
 * default content dir (undefined); else a folder of its own per content dir. Astro's content
 * store keys entries by id and file digest: built from another folder holding a file with the
 * same name and bytes, it would keep the entry of the first folder, path included, and the
 * build would then fail on (or show) a file of the other folder.
 */
export function cacheDirFor(env: Record<string, string | undefined> = process.env): string | undefined {
  const given = env['CROSSCHECK_CACHE_DIR']?.trim();
  if (given) return given;
  const dir = contentDir(env);
  if (dir === DEFAULT_CONTENT_DIR) return undefined;
  return `./node_modules/.astro/content-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12)}/`;
}
