/**
 * Builds the site once for the end-to-end tests: `npm run build` (ingest + astro build).
 * CROSSCHECK_E2E_SKIP_BUILD=1 reuses an existing build; CROSSCHECK_E2E_DIST serves another dist folder.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export function distDir(): string {
  return resolve(projectRoot, process.env['CROSSCHECK_E2E_DIST'] ?? 'dist');
}

/** Run `npm run build` in the project; resolves with the seconds it took, rejects with its output on failure. */
export function runBuild(): Promise<number> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) ok((performance.now() - started) / 1000);
      else fail(new Error(`npm run build failed with exit code ${code}:\n${output.slice(-6000)}`));
    });
  });
}

/** Build unless told to reuse a build; checks that the output has what the tests need. */
export async function buildOnce(): Promise<string> {
  const dist = distDir();
  if (process.env['CROSSCHECK_E2E_SKIP_BUILD'] === '1' || process.env['CROSSCHECK_E2E_DIST']) {
    console.log(`[e2e] reusing the build in ${dist}`);
  } else {
    const seconds = await runBuild();
    console.log(`[e2e] npm run build took ${seconds.toFixed(1)} s`);
  }
  for (const needed of ['index.html', 'search/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-component-ui.js']) {
    if (!existsSync(resolve(dist, needed))) throw new Error(`[e2e] the build in ${dist} has no ${needed}`);
  }
  return dist;
}
