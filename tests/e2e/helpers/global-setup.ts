/** Vitest global setup for the e2e suite: build once, serve dist/ for every test file, stop after. */
import type { TestProject } from 'vitest/node';
import { buildOnce } from './build.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server serving the built site. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = await buildOnce();
  const server = await serveStatic(dist);
  console.log(`[e2e] serving ${dist} at ${server.url}`);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
