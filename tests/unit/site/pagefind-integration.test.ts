import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pagefindIntegration, { PagefindError, runPagefind } from '../../../src/integrations/pagefind.ts';
import type { PagefindModule } from '../../../src/integrations/pagefind.ts';

interface FakeResponses {
  create?: { errors: string[]; index?: boolean };
  add?: { errors: string[]; page_count: number };
  write?: { errors: string[]; outputPath: string };
}

/** A stand-in for the `pagefind` module whose calls answer with the given responses. */
function fakePagefind(responses: FakeResponses = {}) {
  const calls = {
    addDirectory: vi.fn(async (_: { path: string }) => responses.add ?? { errors: [], page_count: 2 }),
    writeFiles: vi.fn(async (o: { outputPath: string }) => responses.write ?? { errors: [], outputPath: o.outputPath }),
    close: vi.fn(async () => null),
  };
  const index = {
    addDirectory: calls.addDirectory,
    writeFiles: calls.writeFiles,
    addHTMLFile: vi.fn(),
    addCustomRecord: vi.fn(),
    getFiles: vi.fn(),
    deleteIndex: vi.fn(),
  };
  const module = {
    createIndex: vi.fn(async () => {
      const r = responses.create ?? { errors: [] };
      return r.index === false ? { errors: r.errors } : { errors: r.errors, index };
    }),
    close: calls.close,
  } as unknown as PagefindModule;
  return { module, calls };
}

function fakeLogger() {
  const lines: { level: string; msg: string }[] = [];
  const logger = {
    info: (msg: string) => lines.push({ level: 'info', msg }),
    warn: (msg: string) => lines.push({ level: 'warn', msg }),
    error: (msg: string) => lines.push({ level: 'error', msg }),
    debug: () => {},
    fork: () => logger,
  };
  return { logger, lines };
}

/** Call the integration's astro:build:done hook as Astro would. */
async function runHook(load: () => Promise<PagefindModule>, dir: URL, logger: ReturnType<typeof fakeLogger>['logger']) {
  const integration = pagefindIntegration({ load });
  const hook = integration.hooks['astro:build:done'];
  if (!hook) throw new Error('integration has no astro:build:done hook');
  await hook({ dir, pages: [], assets: new Map(), logger: logger as unknown as AstroIntegrationLogger });
}

describe('pagefind integration with a fake pagefind', () => {
  const dir = pathToFileURL('/tmp/crosscheck-fake-dist/');

  it('indexes the output dir, writes to <dist>/pagefind, logs and closes', async () => {
    const { module, calls } = fakePagefind();
    const { logger, lines } = fakeLogger();
    await runHook(async () => module, dir, logger);
    expect(calls.addDirectory).toHaveBeenCalledWith({ path: '/tmp/crosscheck-fake-dist/' });
    expect(calls.writeFiles).toHaveBeenCalledWith({ outputPath: '/tmp/crosscheck-fake-dist/pagefind' });
    expect(calls.close).toHaveBeenCalledOnce();
    expect(lines.some((l) => l.level === 'info' && /Indexed 2 pages/.test(l.msg))).toBe(true);
  });

  const failures: [string, FakeResponses, RegExp][] = [
    ['createIndex errors', { create: { errors: ['bad config'] } }, /createIndex: bad config/],
    ['createIndex without index', { create: { errors: [], index: false } }, /createIndex: no index returned/],
    ['addDirectory errors', { add: { errors: ['cannot read a.html', 'cannot read b.html'], page_count: 1 } }, /addDirectory: cannot read a\.html; cannot read b\.html/],
    ['addDirectory finding nothing', { add: { errors: [], page_count: 0 } }, /addDirectory: no HTML pages found/],
    ['writeFiles errors', { write: { errors: ['disk full'], outputPath: '' } }, /writeFiles: disk full/],
  ];
  for (const [name, responses, message] of failures) {
    it(`fails the build on ${name}`, async () => {
      const { module, calls } = fakePagefind(responses);
      const { logger, lines } = fakeLogger();
      const run = runHook(async () => module, dir, logger);
      await expect(run).rejects.toThrow(PagefindError);
      await expect(run).rejects.toThrow(/^Pagefind indexing failed: /);
      await expect(run).rejects.toThrow(message);
      expect(calls.close).toHaveBeenCalledOnce();
      if (responses.create?.errors.length || responses.add?.errors.length || responses.write?.errors.length) {
        expect(lines.some((l) => l.level === 'error')).toBe(true);
      }
    });
  }

  it('stops before writing when indexing reports errors', async () => {
    const { module, calls } = fakePagefind({ add: { errors: ['broken'], page_count: 3 } });
    await expect(runPagefind({ dir, logger: fakeLogger().logger, load: async () => module })).rejects.toThrow(/broken/);
    expect(calls.writeFiles).not.toHaveBeenCalled();
  });

  it('wraps a crash of the Pagefind service and still closes it', async () => {
    const { module, calls } = fakePagefind();
    calls.addDirectory.mockRejectedValueOnce(new Error('service died'));
    await expect(runPagefind({ dir, logger: fakeLogger().logger, load: async () => module })).rejects.toThrow(
      'Pagefind indexing failed: service: service died',
    );
    expect(calls.close).toHaveBeenCalledOnce();
  });

  it('reports a module that cannot be loaded', async () => {
    const load = async (): Promise<PagefindModule> => {
      throw new Error('Cannot find package');
    };
    await expect(runPagefind({ dir, logger: fakeLogger().logger, load })).rejects.toThrow(/Pagefind indexing failed: .*Cannot find package/);
  });
});

describe('pagefind integration against real HTML', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'crosscheck-pagefind-'));
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    writeFileSync(join(root, 'index.html'), page('<main><h1>Home</h1><p>Home page text about zebras.</p></main>'));
    mkdirSync(join(root, 'articles', 'one'), { recursive: true });
    writeFileSync(
      join(root, 'articles', 'one', 'index.html'),
      page(
        '<main data-pagefind-body><h1 data-pagefind-meta="title">Kremlin denies call</h1>' +
          '<p data-pagefind-filter="outlet">Example Times</p><p>Dmitry Peskov called the report false.</p></main>',
      ),
    );
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('writes a Pagefind bundle with the Component UI into <dist>/pagefind', async () => {
    const { logger, lines } = fakeLogger();
    await runHook(async () => import('pagefind'), pathToFileURL(`${root}/`), logger);
    const out = join(root, 'pagefind');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Only the page marked data-pagefind-body is indexed.
    expect(entry.languages['en']?.page_count).toBe(1);
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind-component-ui.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind-component-ui.css'))).toBe(true);
    expect(lines.find((l) => l.level === 'info')?.msg).toMatch(/Indexed 1 page \(of 2 HTML files\)/);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
