/**
 * Fallback peak-memory probe for machines without GNU time: loaded with
 * `node --import ./bench/rss-hook.ts …`, it writes the process's peak resident set size
 * (process.resourceUsage().maxRSS, in KiB) to the file named by BENCH_RSS_FILE at exit.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
