/**
 * Measuring helpers for bench/run.ts: run a child process and take its wall time and peak
 * memory; walk folders to count files, add up sizes and snapshot modification times.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = fileURLToPath(new URL('./rss-hook.ts', import.meta.url));

export interface Measured {
  code: number;
  wallS: number;
  /** Peak resident set size of the child, in MB (10^6 bytes); null when it could not be read. */
  rssMB: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Where to keep the child's output (stdout then stderr). */
  logFile?: string;
  /** Kill the child (and what it started) after this many milliseconds; exit code 124 then. */
  timeoutMs?: number;
  /**
   * Kill the child's process group when its processes together hold more than this many MB
   * of resident memory (exit code 137 then): the machine is shared, and a runaway build must
   * not push other people's processes into the OOM killer.
   */
  maxGroupRssMB?: number;
}

/** Resident memory, in MB, of every process in process group `pgid` (Linux /proc; 0 elsewhere). */
export function groupRssMB(pgid: number): number {
  let kb = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/u.test(d));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (rss) kb += Number(rss);
    } catch {
      // the process ended meanwhile
    }
  }
  return (kb * 1024) / 1e6;
}

/** Is GNU time (with -v and -o) available? */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Run `node <args>` with the same Node binary as the harness (Node 24, pinned), measuring wall
 * time and peak RSS: with `/usr/bin/time -v` when present, else through bench/rss-hook.ts.
 */
export async function runNode(args: string[], options: RunOptions): Promise<Measured> {
  const statsFile = join(options.cwd, `.bench-rss-${process.pid}-${Date.now()}.txt`);
  const gnu = hasGnuTime();
  const [cmd, cmdArgs] = gnu
    ? [GNU_TIME, ['-v', '-o', statsFile, process.execPath, ...args]]
    : [process.execPath, ['--import', RSS_HOOK, ...args]];
  const env: Record<string, string | undefined> = {
    ...process.env,
    // Any `#!/usr/bin/env node` the child spawns gets the pinned Node too.
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
    ...(gnu ? {} : { BENCH_RSS_FILE: statsFile }),
  };
  const started = performance.now();
  // detached: the child leads its own process group, so a timeout can end it and its children
  // (GNU time, node, Pagefind's binary) together, and nothing else.
  const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // already gone
            }
          }
        }, options.timeoutMs);
  let overMemory = 0;
  const watchdog =
    options.maxGroupRssMB === undefined || child.pid === undefined
      ? undefined
      : setInterval(() => {
          const pgid = child.pid;
          if (pgid === undefined) return;
          const rss = groupRssMB(pgid);
          if (rss > (options.maxGroupRssMB ?? Infinity)) {
            overMemory = rss;
            try {
              process.kill(-pgid, 'SIGKILL');
            } catch {
              // already gone
            }
          }
        }, 1000);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const exit = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  if (timer) clearTimeout(timer);
  if (watchdog) clearInterval(watchdog);
  const code = timedOut ? 124 : overMemory > 0 ? 137 : exit;
  const wallS = (performance.now() - started) / 1000;
  const stdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  let rssMB: number | null = null;
  if (existsSync(statsFile)) {
    const text = readFileSync(statsFile, 'utf8');
    const kb = gnu ? /Maximum resident set size \(kbytes\): (\d+)/u.exec(text)?.[1] : text.trim();
    if (kb && /^\d+$/u.test(kb)) rssMB = (Number(kb) * 1024) / 1e6;
    rmSync(statsFile, { force: true });
  }
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    writeFileSync(
      options.logFile,
      `$ node ${args.join(' ')}\n# cwd ${options.cwd}\n# exit ${code}, ${wallS.toFixed(2)} s, peak RSS ${rssMB === null ? '?' : rssMB.toFixed(0)} MB\n\n${stdout}\n--- stderr ---\n${stderr}`,
    );
  }
  const killed = timedOut
    ? `\nError: timed out after ${wallS.toFixed(0)} s\n`
    : overMemory > 0
      ? `\nError: killed at ${overMemory.toFixed(0)} MB resident (limit ${options.maxGroupRssMB} MB) after ${wallS.toFixed(0)} s\n`
      : '';
  return { code, wallS, rssMB: overMemory > 0 ? Math.max(rssMB ?? 0, overMemory) : rssMB, stdout, stderr: stderr + killed };
}

/** Last lines of a child's output, for an error message. */
export function tail(text: string, lines = 8): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Every regular file under `dir` (symlinks not followed), as paths relative to `dir`. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Total size in bytes of the regular files under `dir`. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const f of listFiles(dir)) total += lstatSync(join(dir, f)).size;
  return total;
}

export interface FileStamp {
  mtimeMs: number;
  ino: number;
  hash: string;
}

/** Modification time, inode and content hash of every file under `dir`. */
export function snapshot(dir: string): Map<string, FileStamp> {
  const map = new Map<string, FileStamp>();
  for (const f of listFiles(dir)) {
    const p = join(dir, f);
    const st = statSync(p);
    map.set(f, { mtimeMs: st.mtimeMs, ino: st.ino, hash: createHash('sha1').update(readFileSync(p)).digest('hex') });
  }
  return map;
}

export interface SnapshotDiff {
  /** Created, deleted, or mtime/inode changed. */
  touched: string[];
  /** Created, deleted, or bytes changed. */
  changed: string[];
  /** Touched but with the same bytes. */
  needless: string[];
}

export function diffSnapshots(before: Map<string, FileStamp>, after: Map<string, FileStamp>): SnapshotDiff {
  const touched: string[] = [];
  const changed: string[] = [];
  const needless: string[] = [];
  for (const [f, a] of after) {
    const b = before.get(f);
    if (!b) {
      touched.push(f);
      changed.push(f);
      continue;
    }
    const wasTouched = a.mtimeMs !== b.mtimeMs || a.ino !== b.ino;
    if (wasTouched) touched.push(f);
    if (a.hash !== b.hash) changed.push(f);
    else if (wasTouched) needless.push(f);
  }
  for (const f of before.keys()) {
    if (!after.has(f)) {
      touched.push(f);
      changed.push(f);
    }
  }
  return { touched: touched.sort(), changed: changed.sort(), needless: needless.sort() };
}
