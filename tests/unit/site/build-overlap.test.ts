/**
 * `npm run build` (src/build.ts) starts Astro while the ingest runs; the await-ingest integration
 * must hold Astro at its first read of content/ until the ingest is done, and a failed ingest
 * must fail the build before anything is built.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { AWAIT_INGEST_NAME, awaitIngest } from '../../../src/integrations/await-ingest.ts';

/** The Vite plugin the integration adds in astro:config:setup. */
function pluginOf(integration: AstroIntegration): Plugin {
  let added: Plugin | undefined;
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    updateConfig: (config: { vite?: { plugins?: Plugin[] } }) => {
      added = config.vite?.plugins?.[0];
    },
  });
  if (!added) throw new Error('no Vite plugin added');
  return added;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Whether `p` is still pending after the queued tasks have run. */
async function pending(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((r) => setTimeout(r, 20));
  return !settled;
}

describe('await-ingest integration', () => {
  it('holds the first Vite server and the bundle until the ingest is done', async () => {
    const ingest = deferred();
    const plugin = pluginOf(awaitIngest(ingest.promise));
    expect(plugin.name).toBe(AWAIT_INGEST_NAME);
    const server = (plugin.configureServer as () => Promise<void>)();
    const bundle = (plugin.buildStart as () => Promise<void>)();
    expect(await pending(server)).toBe(true);
    expect(await pending(bundle)).toBe(true);
    ingest.resolve();
    await expect(server).resolves.toBeUndefined();
    await expect(bundle).resolves.toBeUndefined();
  });

  it('fails the build with the ingest’s error', async () => {
    const ingest = deferred();
    const plugin = pluginOf(awaitIngest(ingest.promise));
    const server = (plugin.configureServer as () => Promise<void>)();
    ingest.reject(new Error('ingest failed (exit code 1); the site was not built'));
    await expect(server).rejects.toThrow(/ingest failed/);
  });

  it('does not wait once the ingest has finished', async () => {
    const plugin = pluginOf(awaitIngest(Promise.resolve()));
    await expect((plugin.buildStart as () => Promise<void>)()).resolves.toBeUndefined();
  });
});

describe('npm run build (src/build.ts)', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-build-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds the pages of the content the ingest is still writing when Astro starts', () => {
    // Empty content dir: every page Astro builds comes from this run's ingest.
    const content = join(work, 'fresh-content');
    const outDir = join(work, 'fresh-dist');
    const run = spawnSync(process.execPath, [join(root, 'src/build.ts'), '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      // Astro's content cache apart from the project's (as the e2e fixture site does).
      env: { ...process.env, CROSSCHECK_SEEDS_DIR: join(root, 'seeds'), CROSSCHECK_CONTENT_DIR: content, CROSSCHECK_CACHE_DIR: join(work, 'astro-cache') },
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const claims = readdirSync(join(content, 'claims')).filter((f) => f.endsWith('.mdx'));
    const articles = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.json'));
    expect(claims.length).toBeGreaterThan(10);
    const built = (dir: string) => readdirSync(join(outDir, dir)).filter((f) => existsSync(join(outDir, dir, f, 'index.html')));
    expect(built('claims').sort()).toEqual(claims.map((f) => f.replace(/\.mdx$/, '')).sort());
    expect(built('articles')).toHaveLength(articles.length);
  }, 200_000);

  it('stops at an invalid author page: reports it, builds nothing, exits 1', () => {
    const content = join(work, 'content');
    // The bundled seeds and content, one claim page given a verdict the schema does not allow.
    const seeds = join(work, 'seeds');
    cpSync(join(root, 'seeds'), seeds, { recursive: true });
    cpSync(join(root, 'content'), content, { recursive: true });
    const page = readdirSync(join(content, 'claims')).find((f) => f.endsWith('.mdx'))!;
    const path = join(content, 'claims', page);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^verdict: .*$/m, 'verdict: maybe'));
    const outDir = join(work, 'dist');
    const run = spawnSync(process.execPath, [join(root, 'src/build.ts'), '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CROSSCHECK_SEEDS_DIR: seeds, CROSSCHECK_CONTENT_DIR: content },
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${page}:`);
    expect(run.stderr).toContain('verdict: "maybe" is not allowed');
    expect(run.stderr).toContain('the site was not built');
    expect(existsSync(outDir)).toBe(false);
  });
});
