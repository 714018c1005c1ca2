/**
 * `npm run ingest` as a person runs it: help, usage errors, and the mistakes that must stop it
 * before it writes anything (a mistyped seeds folder used to retire every claim page and delete
 * every article record, and exit 0).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'tests/fixtures/messy');
let root: string;
let content: string;

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['src/ingest/cli.ts', '--no-cache', ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.isSymbolicLink()) out.set(path, `link ${readlinkSync(path)}`);
      else out.set(path, `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`);
    }
  };
  walk(dir);
  return out;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-ingest-cli-'));
  content = join(root, 'content');
  const first = ingest('--seeds', SEEDS, '--content', content);
  expect(first.status, first.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('help and usage errors', () => {
  it('prints its usage and options for --help, exit 0', () => {
    const run = ingest('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run ingest -- \[options\]/);
    for (const flag of ['--seeds <dir>', '--content <dir>', '--cache <dir>', '--no-cache', '--workers <n|auto>']) expect(run.stdout).toContain(flag);
  });

  it('says what is wrong in one line, with exit code 2 and no stack trace', () => {
    for (const [args, message] of [
      [['--bogus'], "error: Unknown option '--bogus'"],
      [['seeds'], "error: Unexpected argument 'seeds'"],
      [['--seeds'], "error: Option '--seeds <value>' argument missing"],
      [['--seeds', ''], 'error: --seeds needs a folder'],
      [['--workers', 'many'], 'error: --workers takes a whole number 0 or more, not "many" (or "auto")'],
    ] as const) {
      const run = ingest(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^${message.replace(/[()[\]|.*+?]/g, '\\$&')}`));
      expect(run.stderr).toContain('`npm run ingest -- --help` lists the options');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('mistakes that must not cost the site its pages', () => {
  it.each([
    ['a missing seeds folder', () => join(root, 'no-such-folder'), /^error: .*no-such-folder: cannot read the seeds folder: ENOENT: no such file$/m],
    ['a file given as the seeds folder', () => join(SEEDS, 'crlf-bom-glued.txt'), /^error: .*crlf-bom-glued\.txt: cannot read the seeds folder: ENOTDIR: not a directory$/m],
    ['an empty seeds folder', () => mkdtempSync(join(root, 'empty-')), /^error: .*empty-\w+: no article to ingest: the folder holds no seed files\. Nothing was written/m],
    [
      'a folder of files that are all skipped',
      () => {
        const dir = mkdtempSync(join(root, 'blank-'));
        writeFileSync(join(dir, 'blank.txt'), '   \n');
        return dir;
      },
      /^error: .*blank-\w+: no article to ingest: all 1 seed file\(s\) were skipped \(see the warnings\)/m,
    ],
  ])('stops on %s with exit 1, and leaves content/ as it was', (_name, seeds, message) => {
    const before = snapshot(content);
    const run = ingest('--seeds', seeds(), '--content', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('ingest failed: 1 problem(s); nothing was written.');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a content folder that is a file, or holds a file where claims/ goes', () => {
    const file = join(root, 'content-file');
    writeFileSync(file, 'not a folder');
    let run = ingest('--seeds', SEEDS, '--content', file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: cannot write the content folder: .*content-file: a file is in the way \(not a folder\)$/m);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');

    const blocked = join(root, 'content-blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'claims'), '');
    run = ingest('--seeds', SEEDS, '--content', blocked);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content-blocked\/claims: a file is in the way/);
    expect(readdirSync(blocked)).toEqual(['claims']);
  });

  it('stops on an entry in claims/ that is not a page file, naming it', () => {
    const copy = join(root, 'content-odd');
    cpSync(content, copy, { recursive: true });
    mkdirSync(join(copy, 'claims', 'folder.mdx'));
    symlinkSync(join(root, 'nowhere.mdx'), join(copy, 'claims', 'broken.mdx'));
    const before = snapshot(copy);
    const run = ingest('--seeds', SEEDS, '--content', copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: .*claims\/broken\.mdx:1: file: cannot be read as a page \(no such file or folder\); move it out/m);
    expect(run.stderr).toMatch(/^error: .*claims\/folder\.mdx:1: file: cannot be read as a page \(it is a folder\)/m);
    expect(snapshot(copy)).toEqual(before);
  });

  it('goes on without a cache it cannot write, saying so', () => {
    const blocker = join(root, 'cache-file');
    writeFileSync(blocker, '');
    const run = spawnSync(process.execPath, ['src/ingest/cli.ts', '--seeds', SEEDS, '--content', content, '--cache', join(blocker, 'ingest')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: cache not used: .*cache-file\/ingest: a file is in the way \(not a folder\)$/m);
    expect(run.stdout).toMatch(/ingest: 4 articles → \d+ claims; \d+ file\(s\) changed/);
  });

  it('uses no more worker threads than the machine has cores', () => {
    const run = ingest('--seeds', SEEDS, '--content', content, '--workers', '999');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^warning: --workers 999: this machine has \d+ cores; using \d+$/m);
  });
});

describe('stopping a run', () => {
  it('a SIGTERM to the command stops the ingest it started (no process outlives it)', async () => {
    const { writeCorpus } = await import('../../../bench/generate.ts');
    const seeds = join(root, 'many-seeds');
    const target = join(root, 'stopped-content');
    writeCorpus(seeds, 600);
    const run = spawn(process.execPath, ['src/ingest/cli.ts', '--no-cache', '--workers', '1', '--seeds', seeds, '--content', target], { cwd: ROOT, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    run.kill('SIGTERM');
    await new Promise((resolve) => run.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // (Any process still running with this content folder on its command line would be the ingest left behind.)
    const left = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(target);
      } catch {
        return false;
      }
    });
    expect(left).toEqual([]);
  }, 60_000);
});
