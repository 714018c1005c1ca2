/**
 * Astro integration: lets `astro build` start while the ingest is still writing content/, and
 * holds it at the first point where Astro reads that folder until the ingest has finished.
 *
 * Astro spends its first second or two loading itself, the config and Vite, none of which reads
 * content/. The first reader is the content-layer sync, which runs inside a temporary Vite
 * server; a Vite plugin's `configureServer` hook is awaited when that server is created, so
 * waiting there overlaps Astro's start-up with the ingest without letting it see a half-done
 * content/ (each ingest write is atomic, but a build must see all of one run's files).
 * `buildStart` waits too, for a build that skips the sync. A failed ingest fails the build.
 */
import type { AstroIntegration } from 'astro';

export const AWAIT_INGEST_NAME = 'crosscheck:await-ingest';

export function awaitIngest(ingested: Promise<void>): AstroIntegration {
  const ready = async (): Promise<void> => {
    await ingested;
  };
  return {
    name: AWAIT_INGEST_NAME,
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [{ name: AWAIT_INGEST_NAME, configureServer: ready, buildStart: ready }] },
        });
      },
    },
  };
}
