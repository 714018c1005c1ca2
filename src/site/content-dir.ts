/**
 * Where the site reads its content from: `./content` unless `CROSSCHECK_CONTENT_DIR` says otherwise
 * (the end-to-end tests build a fixture site from another folder).
 */
export const DEFAULT_CONTENT_DIR = './content';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env['CROSSCHECK_CONTENT_DIR']?.trim();
  return (dir ? dir : DEFAULT_CONTENT_DIR).replace(/\/+$/, '');
}
