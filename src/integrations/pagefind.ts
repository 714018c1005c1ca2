/**
 * Astro integration: index the built site with Pagefind once `astro build` has written `dist/`.
 *
 * Runs Pagefind through its Node API (no CLI, no download), writes the bundle to `<dist>/pagefind`
 * and fails the build when any Pagefind call reports errors, so a site never ships without search.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as PagefindApi from 'pagefind';

/** The part of the `pagefind` module this integration uses; tests pass a fake. */
export interface PagefindModule {
  createIndex: typeof PagefindApi.createIndex;
  close: typeof PagefindApi.close;
}

/** The part of the Astro logger this integration uses. */
export type Logger = Pick<AstroIntegrationLogger, 'info' | 'error'>;

export interface PagefindOptions {
  /** Pagefind service settings (`rootSelector`, `excludeSelectors`, …). */
  config?: PagefindApi.PagefindServiceConfig;
  /** Loads the Pagefind module; defaults to `import('pagefind')`. For tests. */
  load?: () => Promise<PagefindModule>;
}

export interface RunPagefindArgs extends PagefindOptions {
  /** The build output directory (Astro passes it as a file URL). */
  dir: URL | string;
  logger: Logger;
}

export interface PagefindResult {
  /** Number of HTML files Pagefind read. */
  files: number;
  /** Number of pages in the search index (pages with `data-pagefind-body` when any page has it). */
  pages: number;
  /** Absolute path of the written Pagefind bundle. */
  outputPath: string;
}

/** Error thrown when Pagefind reports a problem; the build fails with it. */
export class PagefindError extends Error {
  readonly errors: readonly string[];
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind indexing failed: ${step}: ${errors.join('; ')}`);
    this.name = 'PagefindError';
    this.errors = errors;
  }
}

/** Throw when a Pagefind response carries errors; otherwise return it. */
function check<T extends { errors: string[] }>(step: string, response: T | undefined, logger: Logger): T {
  if (!response) throw new PagefindError(step, ['no response from the Pagefind service']);
  const errors = Array.isArray(response.errors) ? response.errors : [];
  if (errors.length > 0) {
    for (const error of errors) logger.error(`Pagefind ${step}: ${error}`);
    throw new PagefindError(step, errors);
  }
  return response;
}

function toPath(dir: URL | string): string {
  return typeof dir === 'string' ? dir : fileURLToPath(dir);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Pages in the written index, summed over languages, from `pagefind-entry.json`; null if unreadable. */
async function indexedPageCount(outputPath: string): Promise<number | null> {
  try {
    const entry: unknown = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const languages = (entry as { languages?: Record<string, { page_count?: unknown }> }).languages ?? {};
    let total = 0;
    for (const lang of Object.values(languages)) {
      if (typeof lang.page_count === 'number') total += lang.page_count;
    }
    return total;
  } catch {
    return null;
  }
}

/** Index `dir` and write the bundle to `<dir>/pagefind`. Always closes the Pagefind service. */
export async function runPagefind({ dir, logger, config = {}, load }: RunPagefindArgs): Promise<PagefindResult> {
  const started = performance.now();
  const sitePath = toPath(dir);
  const outputPath = join(sitePath, 'pagefind');
  let pagefind: PagefindModule;
  try {
    pagefind = await (load ?? (() => import('pagefind')))();
  } catch (error) {
    throw new PagefindError('loading the pagefind module', [error instanceof Error ? error.message : String(error)]);
  }
  try {
    const created = check('createIndex', await pagefind.createIndex(config), logger);
    const index = created.index;
    if (!index) throw new PagefindError('createIndex', ['no index returned']);

    const added = check('addDirectory', await index.addDirectory({ path: sitePath }), logger);
    if (added.page_count === 0) {
      throw new PagefindError('addDirectory', [`no HTML pages found in ${sitePath}`]);
    }

    check('writeFiles', await index.writeFiles({ outputPath }), logger);

    const pages = (await indexedPageCount(outputPath)) ?? added.page_count;
    const ms = Math.round(performance.now() - started);
    logger.info(
      `Indexed ${plural(pages, 'page')} (of ${plural(added.page_count, 'HTML file')}) into ${outputPath} in ${ms} ms.`,
    );
    return { files: added.page_count, pages, outputPath };
  } catch (error) {
    if (error instanceof PagefindError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new PagefindError('service', [message]);
  } finally {
    try {
      await pagefind.close();
    } catch (error) {
      logger.error(`Pagefind close: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** The Astro integration. Register it last so it sees every page other integrations write. */
export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'crosscheck:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await runPagefind({ ...options, dir, logger });
      },
    },
  };
}
