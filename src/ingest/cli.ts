/**
 * `npm run ingest`: reads seeds/, writes content/articles/*.json and content/claims/*.mdx.
 *
 * Options: --seeds <dir> (default seeds), --content <dir> (default content).
 * Exit code 1 with one message per problem when an author's page is invalid; warnings about
 * unreadable or empty seeds go to stderr and the run continues with the other seeds.
 */
import { parseArgs } from 'node:util';
import { runIngest } from './pipeline/run-ingest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
  },
});

const started = performance.now();
const result = runIngest({ seedsDir: values.seeds, contentDir: values.content });
for (const w of result.warnings) console.warn(`warning: ${w}`);
if (result.errors.length > 0) {
  for (const e of result.errors) console.error(`error: ${e}`);
  console.error(`ingest failed: ${result.errors.length} problem(s) in content/; nothing was written.`);
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `ingest: ${result.articles} articles → ${result.claims} claims; ${result.written.length} file(s) changed (${ms} ms)`,
);
