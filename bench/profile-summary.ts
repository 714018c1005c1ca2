/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench -- --cpu-prof`):
 * the functions with the most self time, and the project functions with the most total
 * (inclusive) time — which stage of the pipeline is slow.
 *
 *     npx node bench/profile-summary.ts <file.cpuprofile> [--top 25] [--filter src/ingest]
 */
import { readFileSync } from 'node:fs';
import type { ParseArgsOptionsConfig } from 'node:util';
import { commandLine, usageError, wholeNumber, type Command } from '../src/cli-args.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Row {
  name: string;
  ms: number;
  share: number;
}

const label = (n: ProfileNode): string => {
  const url = n.callFrame.url.replace(/^file:\/\//u, '').replace(/^.*?\/(src|node_modules)\//u, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
};

/** Self and inclusive time per function (recursion counted once per sample). */
export function summarise(profile: Profile, filter = ''): { total: number; self: Row[]; inclusive: Row[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<string, number>();
  const inclMs = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id);
    if (!node) return;
    const own = label(node);
    selfMs.set(own, (selfMs.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      inclMs.set(l, (inclMs.get(l) ?? 0) + dt);
    }
  });
  const rows = (m: Map<string, number>): Row[] =>
    [...m].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
  return { total, self: rows(selfMs), inclusive: rows(inclMs).filter((r) => r.name.includes(filter)) };
}

const COMMAND = {
  usage: 'npx node bench/profile-summary.ts <file.cpuprofile> [options]',
  summary: 'Summarises a V8 CPU profile: the functions with the most self time, and the project functions with the most total time.',
  options: { top: { type: 'string', default: '25' }, filter: { type: 'string', default: 'src/' } },
  help: [
    ['--top <n>', 'rows per table (default 25)'],
    ['--filter <text>', 'total-time table: functions whose file path contains this (default src/)'],
  ],
  positionals: true,
} satisfies Command<ParseArgsOptionsConfig>;

if (import.meta.main) {
  const { values, positionals } = commandLine(COMMAND);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) usageError(COMMAND, 'give one .cpuprofile file');
  const top = wholeNumber('--top', values.top, 1);
  if (typeof top === 'string') usageError(COMMAND, top);
  let profile: Profile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  } catch (error) {
    console.error(`error: ${file}: cannot be read as a CPU profile (${error instanceof Error ? error.message : String(error)})`);
    process.exit(1);
  }
  const { total, self, inclusive } = summarise(profile, values.filter);
  const show = (title: string, rows: Row[]): void => {
    console.log(`\n${title}`);
    for (const r of rows.slice(0, top)) console.log(`${(r.ms / 1000).toFixed(2).padStart(8)} s ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.name}`);
  };
  console.log(`sampled ${(total / 1000).toFixed(2)} s`);
  show('self time', self);
  show(`total time (functions matching "${values.filter}")`, inclusive);
}
