/**
 * A tiny progress line for long ingest runs.
 *
 * On an interactive terminal it redraws one line in place, at most about ten times a second:
 *
 *     ingest 1,234/10,000 articles · 850/s · 9s left
 *
 * Anywhere else — output piped to a file, CI (the `CI` environment variable set) — it prints
 * nothing at all, so logs and test output stay clean.
 *
 *     const progress = createProgress({ total: seeds.length, label: 'ingest' });
 *     for (const seed of seeds) { …; progress.tick(); }
 *     progress.done();
 */

/** The part of a writable stream the reporter uses; tests pass a fake. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  /** Number of items expected. */
  total: number;
  /** Text at the start of the line, e.g. "ingest". */
  label: string;
  /** What is counted; "articles" by default. */
  unit?: string;
  /** Where the line is drawn; process.stderr by default. */
  stream?: ProgressStream;
  /** Environment to read `CI` from; process.env by default. */
  env?: Record<string, string | undefined>;
  /** Clock in milliseconds; performance.now by default. For tests. */
  now?: () => number;
  /** Minimum time between redraws in milliseconds; 100 by default (≈10 redraws per second). */
  intervalMs?: number;
}

export interface Progress {
  /** Count `n` more items done (1 by default). */
  tick(n?: number): void;
  /** Draw the final line and end it with a newline. Further calls do nothing. */
  done(): void;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "9s", "1m 05s", "2h 03m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The text of one progress line (no control characters). */
export function formatProgressLine(args: {
  label: string;
  unit: string;
  count: number;
  total: number;
  elapsedMs: number;
  finished: boolean;
}): string {
  const { label, unit, count, total, elapsedMs, finished } = args;
  const parts = [`${label} ${NUMBER.format(count)}/${NUMBER.format(total)} ${unit}`];
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? count / seconds : 0;
  if (rate > 0) parts.push(`${NUMBER.format(rate)}/s`);
  if (finished) parts.push(`done in ${formatDuration(seconds)}`);
  else if (rate > 0) parts.push(`${formatDuration((total - count) / rate)} left`);
  return parts.join(' · ');
}

/** A reporter that does nothing: the non-interactive case. */
const SILENT: Progress = { tick() {}, done() {} };

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const ci = env['CI'];
  if (stream.isTTY !== true || (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false')) {
    return SILENT;
  }
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  const unit = options.unit ?? 'articles';
  const total = Math.max(0, options.total);
  const started = now();
  let count = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let finished = false;

  const draw = (at: number): void => {
    lastDraw = at;
    const line = formatProgressLine({ label: options.label, unit, count, total, elapsedMs: at - started, finished });
    // \r: back to column 0; \x1b[K: clear what a longer previous line left behind.
    stream.write(`\r${line}\x1b[K`);
  };

  return {
    tick(n = 1) {
      if (finished) return;
      count = Math.min(total, count + Math.max(0, n));
      const at = now();
      if (at - lastDraw >= interval) draw(at);
    },
    done() {
      if (finished) return;
      finished = true;
      draw(now());
      stream.write('\n');
    },
  };
}
