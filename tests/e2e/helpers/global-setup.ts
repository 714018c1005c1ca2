/**
 * Vitest global setup for the e2e suite: build the fixture site and the main site once, serve both
 * for every test file, stop after. The fixture site is built first so the main build runs last and
 * leaves Astro's generated files pointing at ./content.
 * CROSSCHECK_E2E_SKIP_BUILD=1 reuses both existing builds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce } from './build.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server serving the built site. */
    baseUrl: string;
    /** Folder of the built site (dist/). */
    distDir: string;
    /** Origin of the static server serving the fixture site. */
    fixtureUrl: string;
    fixture: FixtureSite;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const fixture = await buildFixtureSite();
  console.log(`[e2e] fixture site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!existsSync(join(fixture.dist, 'pagefind', 'pagefind.js'))) throw new Error('[e2e] the fixture build has no search index');
  const dist = await buildOnce();
  const server = await serveStatic(dist);
  const fixtureServer = await serveStatic(fixture.dist);
  console.log(`[e2e] serving ${dist} at ${server.url}, the fixture site at ${fixtureServer.url}`);
  project.provide('baseUrl', server.url);
  project.provide('distDir', dist);
  project.provide('fixtureUrl', fixtureServer.url);
  project.provide('fixture', fixture);
  return async () => {
    await server.close();
    await fixtureServer.close();
  };
}
