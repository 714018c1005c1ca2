import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, formatProgressLine } from '../../../src/ingest/progress.ts';

/** A fake stream that records what was written, and a clock the test moves by hand. */
function setup(isTTY: boolean, env: Record<string, string | undefined> = {}) {
  const writes: string[] = [];
  let t = 0;
  const stream = { isTTY, write: (chunk: string) => writes.push(chunk) };
  const clock = { advance: (ms: number) => (t += ms) };
  const progress = createProgress({ total: 10_000, label: 'ingest', stream, env, now: () => t });
  return { writes, clock, progress };
}

describe('createProgress', () => {
  it('redraws one line in place on a TTY', () => {
    const { writes, clock, progress } = setup(true);
    clock.advance(1000);
    progress.tick(850);
    expect(writes).toEqual(['\ringest 850/10,000 articles · 850/s · 11s left\x1b[K']);
    clock.advance(452);
    progress.tick(384);
    expect(writes.at(-1)).toBe('\ringest 1,234/10,000 articles · 850/s · 10s left\x1b[K');
    for (const w of writes) expect(w).not.toContain('\n');
  });

  it('draws at most about ten times a second', () => {
    const { writes, clock, progress } = setup(true);
    for (let i = 0; i < 1000; i++) {
      clock.advance(1); // 1,000 ticks over one second
      progress.tick();
    }
    expect(writes.length).toBeGreaterThanOrEqual(9);
    expect(writes.length).toBeLessThanOrEqual(11);
  });

  it('ends with a final line and a newline, once', () => {
    const { writes, clock, progress } = setup(true);
    clock.advance(2000);
    progress.tick(10_000);
    clock.advance(500);
    progress.done();
    progress.done();
    progress.tick();
    expect(writes.slice(-2)).toEqual(['\ringest 10,000/10,000 articles · 4,000/s · done in 3s\x1b[K', '\n']);
    expect(writes.filter((w) => w === '\n')).toHaveLength(1);
  });

  it('never counts past the total or backwards', () => {
    const { writes, clock, progress } = setup(true);
    clock.advance(1000);
    progress.tick(20_000);
    clock.advance(1000);
    progress.tick(-5);
    expect(writes.at(-1)).toContain('10,000/10,000');
  });

  it('prints nothing when the stream is not a TTY', () => {
    const { writes, clock, progress } = setup(false);
    clock.advance(1000);
    progress.tick(5000);
    progress.done();
    expect(writes).toEqual([]);
  });

  it('prints nothing in CI, even on a TTY', () => {
    for (const ci of ['true', '1']) {
      const { writes, clock, progress } = setup(true, { CI: ci });
      clock.advance(1000);
      progress.tick(5000);
      progress.done();
      expect(writes).toEqual([]);
    }
  });

  it('treats CI=false as not CI', () => {
    const { writes, clock, progress } = setup(true, { CI: 'false' });
    clock.advance(1000);
    progress.tick();
    expect(writes).toHaveLength(1);
  });

  it('is silent on a stream without isTTY (a file or a pipe)', () => {
    const writes: string[] = [];
    const progress = createProgress({ total: 3, label: 'x', stream: { write: (c: string) => writes.push(c) }, env: {} });
    progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(9.4)).toBe('9s');
    expect(formatDuration(65)).toBe('1m 05s');
    expect(formatDuration(7380)).toBe('2h 03m');
  });

  it('leaves out rate and time left before anything can be measured', () => {
    expect(formatProgressLine({ label: 'ingest', unit: 'articles', count: 0, total: 10, elapsedMs: 0, finished: false })).toBe(
      'ingest 0/10 articles',
    );
  });
});
