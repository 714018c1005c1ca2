/**
 * Crash safety of writeFileAtomic: a child process rewrites a set of files round after round
 * and is killed with SIGKILL part-way, several times over. After every kill each file must hold
 * one complete version (the old or a new one, never a truncated or mixed one), no name other
 * than the final names and our dot-prefixed temp files may exist, and removeStaleTemp must
 * clear the temp files the dead writer left.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { isTempName, removeStaleTemp } from '../../../src/ingest/fs/atomic-write.ts';
import { contentFor, roundOf } from './atomic-content.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'atomic-writer.child.ts');
const FILES = 24;
const BYTES = 512 * 1024;
const KILLS = 6;

/** Node ≥ 24 runs the .ts child directly; prefer this process's binary, else the pinned one. */
function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  const pinned = resolve(HERE, '../../../node_modules/.bin/node');
  if (existsSync(pinned)) return pinned;
  throw new Error('Node 24 is needed to run the child script');
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Start the writer at round `first`, wait until it has finished `rounds` rounds and then
 * `extraMs` more, SIGKILL it. Returns the last round it reported complete.
 */
async function runAndKill(dir: string, first: number, rounds: number, extraMs: number): Promise<{ lastRound: number }> {
  const child = spawn(nodeBinary(), [CHILD, dir, String(FILES), String(BYTES), String(first)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let lastRound = 0;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal })),
  );
  await new Promise<void>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/round (\d+)/g)) lastRound = Number(m[1]);
      if (lastRound >= first + rounds - 1) res();
    });
    void exited.then(({ code }) => rej(new Error(`writer exited early (${code}): ${stderr}`)));
  });
  await new Promise((res) => setTimeout(res, extraMs));
  child.kill('SIGKILL');
  const { signal } = await exited;
  expect(signal).toBe('SIGKILL');
  return { lastRound };
}

describe('writeFileAtomic under SIGKILL', () => {
  test(`${KILLS} kills: every file is one complete version`, { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-atomic-'));
    dirs.push(dir);
    // Round 0: the "old" files, written plainly.
    for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `claim-${i}.mdx`), contentFor(0, i, BYTES));
    const finalNames = new Set(Array.from({ length: FILES }, (_, i) => `claim-${i}.mdx`));

    let tempsSeen = 0;
    let next = 1;
    const roundsSeen = new Set<number>();
    for (let k = 0; k < KILLS; k++) {
      const { lastRound } = await runAndKill(dir, next, 1 + (k % 3), 3 + k * 7);

      const names = readdirSync(dir);
      const strays = names.filter((n) => !finalNames.has(n) && !isTempName(n));
      expect(strays).toEqual([]);
      for (const name of finalNames) expect(names).toContain(name);

      const rounds: number[] = [];
      for (let i = 0; i < FILES; i++) {
        const text = readFileSync(join(dir, `claim-${i}.mdx`), 'utf8');
        const round = roundOf(text, i, BYTES);
        expect(round, `claim-${i}.mdx is not one complete version (${text.length} chars)`).not.toBeNull();
        rounds.push(round!);
        roundsSeen.add(round!);
      }
      // Files are written in order within a round: rounds never increase along the list, and
      // differ by at most one (the round in progress when the kill landed).
      for (let i = 1; i < FILES; i++) expect(rounds[i]).toBeLessThanOrEqual(rounds[i - 1]!);
      expect(rounds[0]! - rounds[FILES - 1]!).toBeLessThanOrEqual(1);
      expect(rounds[0]).toBeGreaterThanOrEqual(lastRound);
      next = rounds[0]! + 1;

      // The dead writer's temp files are dot-files, never a final name, and get cleared.
      const temps = names.filter((n) => isTempName(n));
      tempsSeen += temps.length;
      for (const t of temps) expect(t.startsWith('.claim-')).toBe(true);
      const removed = removeStaleTemp(dir);
      expect(removed.length).toBe(temps.length);
      expect(readdirSync(dir).sort()).toEqual([...finalNames].sort());
    }
    console.log(`[atomic] ${KILLS} kills, rounds seen ${[...roundsSeen].sort((a, b) => a - b).join(',')}, ${tempsSeen} temp files left by killed writers (all removed)`);
  });
});
