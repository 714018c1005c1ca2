import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { applyClaims } from '../../../src/ingest/merge/apply.ts';
import type { ApplyResult } from '../../../src/ingest/merge/apply.ts';
import type { GeneratedClaim } from '../../../src/ingest/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/authoring');

/** Fresh copy of the fixture claims (tests mutate them freely). */
export function fixtureClaims(): GeneratedClaim[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'generated.json'), 'utf8')) as GeneratedClaim[];
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary content dir with an empty claims/ folder. */
export function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-authoring-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'claims'), { recursive: true });
  return dir;
}

/** Runs the merge and writes its output, as ingest does. */
export function run(content: string, claims: readonly GeneratedClaim[]): ApplyResult {
  return applyClaims(content, claims, { write: true });
}

export function pagePath(content: string, slug: string): string {
  return join(content, 'claims', `${slug}.mdx`);
}

export function readPageText(content: string, slug: string): string {
  return readFileSync(pagePath(content, slug), 'utf8');
}

export function writePageText(content: string, slug: string, text: string): void {
  writeFileSync(pagePath(content, slug), text);
}

/** Every file under content/ with its text, for "nothing changed" checks. */
export function snapshot(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(p, 'utf8');
    }
  };
  walk(content, '');
  return out;
}

export function slugsOf(content: string): string[] {
  return readdirSync(join(content, 'claims'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Replaces `from` with `to` in a page, failing loudly when `from` is absent. */
export function editPage(content: string, slug: string, from: string | RegExp, to: string): string {
  const text = readPageText(content, slug);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${slug}: ${String(from)}`);
  writePageText(content, slug, next);
  return next;
}
