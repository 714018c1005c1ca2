/**
 * `CROSSCHECK_TIMINGS=1`: how long each stage of a run took, on stderr (for profiling; off by
 * default). One clock for the run and the stages inside it (the claims stage marks its steps).
 */
const enabled = process.env['CROSSCHECK_TIMINGS'] === '1';
let lastMark = performance.now();

/** Reports the time since the last mark (and the memory in use), labelled. */
export function mark(label: string): void {
  if (!enabled) return;
  const now = performance.now();
  const mem = process.memoryUsage();
  process.stderr.write(`[ingest] ${label}: ${Math.round(now - lastMark)} ms (rss ${Math.round(mem.rss / 2 ** 20)} MB, heap ${Math.round(mem.heapUsed / 2 ** 20)} MB)\n`);
  lastMark = now;
}
