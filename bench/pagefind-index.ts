/**
 * Index a built site with Pagefind's Node API, the way src/integrations/pagefind.ts does it:
 * createIndex → addDirectory → writeFiles into <dir>/pagefind. Run by bench/run.ts as a child
 * process so its time and memory are measured apart from `astro build`.
 *
 *     node bench/pagefind-index.ts <dist-dir>
 *
 * Prints one JSON line: {"pages": <indexed pages>, "ms": <milliseconds>}.
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/pagefind-index.ts <dist-dir>');
  process.exit(2);
}
const sitePath = resolve(dir);
const started = performance.now();
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`createIndex: ${errors.join('; ') || 'no index'}`);
  const added = await index.addDirectory({ path: sitePath });
  if (added.errors.length > 0) throw new Error(`addDirectory: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`addDirectory: no HTML pages found in ${sitePath}`);
  const written = await index.writeFiles({ outputPath: join(sitePath, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`writeFiles: ${written.errors.join('; ')}`);
  console.log(JSON.stringify({ pages: added.page_count, ms: Math.round(performance.now() - started) }));
} catch (error) {
  console.error(`pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
