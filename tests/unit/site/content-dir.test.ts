import { describe, expect, it } from 'vitest';
import { cacheDirFor, contentDir } from '../../../src/site/content-dir.ts';

describe('content and cache folders', () => {
  it('reads the content folder from CROSSCHECK_CONTENT_DIR, else ./content', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ CROSSCHECK_CONTENT_DIR: '/tmp/site/content/' })).toBe('/tmp/site/content');
  });

  it('keeps Astro’s cache apart for every other content folder', () => {
    expect(cacheDirFor({})).toBeUndefined();
    const a = cacheDirFor({ CROSSCHECK_CONTENT_DIR: '/tmp/a/content' });
    const b = cacheDirFor({ CROSSCHECK_CONTENT_DIR: '/tmp/b/content' });
    expect(a).toMatch(/^\.\/node_modules\/\.astro\/content-[0-9a-f]{12}\/$/);
    expect(b).not.toBe(a);
    expect(cacheDirFor({ CROSSCHECK_CONTENT_DIR: '/tmp/a/content/' })).toBe(a);
    expect(cacheDirFor({ CROSSCHECK_CONTENT_DIR: '/tmp/a/content', CROSSCHECK_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
  });
});
