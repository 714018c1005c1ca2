/**
 * Text spaced as tables and timelines print it ("Sun 12 Oct, 18:15  |  Flood Alert issued  |  River
 * Leve catchment"): a capitalised word two spaces after the word before it used to stop the name
 * reader (attribution/people.ts) from moving on, and the ingest never ended. Run as a user runs it,
 * in a child process with a time limit, so that a hang fails this test instead of stalling the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'cc-spaced-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TIMELINE = [
  'River Leve flooding: incident timeline',
  '',
  'Source: Riverways Agency',
  '',
  '15 October 2025',
  '',
  'Sun 12 Oct, 18:15  |  Flood Alert issued  |  River Leve catchment',
  '',
  'Mon 13 Oct, 02:40  |  Flood Warning issued  |  Hollinbridge — Quay Street and Mill Lane',
  '',
  'The barrier was available for deployment on Sunday night.  It was not deployed, said  Maria Jones, the agency’s flood manager.',
].join('\n');

describe('text spaced as a table', () => {
  it('ingests, and keeps each row as written', () => {
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'timeline.txt'), TIMELINE);
    const run = spawnSync(process.execPath, ['src/ingest/cli.ts', '--no-cache', '--seeds', seeds, '--content', join(root, 'content')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.error, 'the ingest ended').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(readFileSync(join(root, 'content/articles', readdirSync(join(root, 'content/articles'))[0]!), 'utf8')) as { blocks: Array<{ text: string }> };
    expect(record.blocks.map((b) => b.text)).toContain('Sun 12 Oct, 18:15  |  Flood Alert issued  |  River Leve catchment');
    // (And a name two spaces after the word before it is still read: "said  Maria Jones".)
    const pages = readdirSync(join(root, 'content/claims')).map((f) => readFileSync(join(root, 'content/claims', f), 'utf8'));
    expect(pages.some((p) => p.includes('speaker: Maria Jones'))).toBe(true);
  });
});
