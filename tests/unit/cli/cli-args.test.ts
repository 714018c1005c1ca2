import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandLine, helpText, parseCommand, positiveNumber, usageError, wholeNumber, type Command } from '../../../src/cli-args.ts';

const command = {
  usage: 'npm run thing -- [options]',
  summary: 'Does the thing.',
  options: { dir: { type: 'string', default: 'here' }, all: { type: 'boolean', default: false } },
  help: [
    ['--dir <dir>', 'where (default: here)'],
    ['--all', 'every one'],
  ],
  notes: ['THING_DIR sets the default.'],
} satisfies Command<{ dir: { type: 'string'; default: string }; all: { type: 'boolean'; default: boolean } }>;

describe('parseCommand', () => {
  it('gives the values, defaults applied', () => {
    expect(parseCommand(command, ['--all'])).toEqual({ kind: 'ok', values: { dir: 'here', all: true }, positionals: [] });
    expect(parseCommand(command, ['--dir=x'])).toMatchObject({ kind: 'ok', values: { dir: 'x' } });
  });

  it('answers --help and -h with the usage, every option and the notes', () => {
    const help = parseCommand(command, ['--dir', 'x', '-h']);
    expect(help).toEqual({ kind: 'help', text: helpText(command) });
    expect(helpText(command)).toBe(
      [
        'Usage: npm run thing -- [options]',
        '',
        'Does the thing.',
        '',
        'Options:',
        '  --dir <dir>  where (default: here)',
        '  --all        every one',
        '  -h, --help   show this help',
        '',
        'THING_DIR sets the default.',
      ].join('\n'),
    );
    expect(parseCommand(command, ['--bogus', '--help']).kind).toBe('help');
  });

  it('turns an unknown option, a missing value and a stray argument into one usage error', () => {
    const hint = '(`npm run thing -- --help` lists the options)';
    expect(parseCommand(command, ['--bogus'])).toEqual({ kind: 'error', text: `error: Unknown option '--bogus'\n${hint}` });
    expect(parseCommand(command, ['--dir'])).toEqual({ kind: 'error', text: `error: Option '--dir <value>' argument missing\n${hint}` });
    expect(parseCommand(command, ['stray'])).toMatchObject({ kind: 'error', text: expect.stringMatching(/^error: Unexpected argument 'stray'/) });
    expect(parseCommand(command, ['--all=yes'])).toMatchObject({ kind: 'error', text: expect.stringMatching(/^error: Option '--all' does not take an argument/) });
  });

  it('takes other arguments only from a command that asks for them', () => {
    expect(parseCommand({ ...command, positionals: true }, ['a.cpuprofile', '--all'])).toEqual({
      kind: 'ok',
      values: { dir: 'here', all: true },
      positionals: ['a.cpuprofile'],
    });
  });
});

describe('option values', () => {
  it('whole numbers within bounds, or why not', () => {
    expect(wholeNumber('--limit', '50', 1)).toBe(50);
    expect(wholeNumber('--workers', '0', 0)).toBe(0);
    expect(wholeNumber('--limit', '0', 1)).toBe('--limit takes a whole number above 0, not "0"');
    expect(wholeNumber('--workers', '-1', 0)).toBe('--workers takes a whole number 0 or more, not "-1"');
    expect(wholeNumber('--n', '1.5', 0)).toBe('--n takes a whole number 0 or more, not "1.5"');
    expect(wholeNumber('--n', '', 0)).toBe('--n takes a whole number 0 or more, not ""');
    expect(wholeNumber('--n', '7', 1, 5)).toBe('--n takes a whole number from 1 to 5, not "7"');
  });

  it('positive numbers, decimals allowed', () => {
    expect(positiveNumber('--timeout-min', '0.5')).toBe(0.5);
    expect(positiveNumber('--timeout-min', '0')).toBe('--timeout-min takes a number above 0, not "0"');
    expect(positiveNumber('--max-rss-gb', 'lots')).toBe('--max-rss-gb takes a number above 0, not "lots"');
    expect(positiveNumber('--max-rss-gb', '-1')).toBe('--max-rss-gb takes a number above 0, not "-1"');
  });
});

describe('commandLine', () => {
  afterEach(() => vi.restoreAllMocks());
  const exits = (): { codes: number[]; out: string[]; err: string[] } => {
    const seen = { codes: [] as number[], out: [] as string[], err: [] as string[] };
    vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      seen.codes.push(code);
      throw new Error('exit');
    }) as never);
    vi.spyOn(console, 'log').mockImplementation((t: string) => void seen.out.push(t));
    vi.spyOn(console, 'error').mockImplementation((t: string) => void seen.err.push(t));
    return seen;
  };

  it('returns the values, prints help with exit 0, a usage error with exit 2', () => {
    const seen = exits();
    expect(commandLine(command, ['--all']).values).toEqual({ dir: 'here', all: true });
    expect(() => commandLine(command, ['--help'])).toThrow('exit');
    expect(() => commandLine(command, ['--nope'])).toThrow('exit');
    expect(() => usageError(command, '--dir needs a folder')).toThrow('exit');
    expect(seen.codes).toEqual([0, 2, 2]);
    expect(seen.out).toEqual([helpText(command)]);
    expect(seen.err).toEqual([
      "error: Unknown option '--nope'\n(`npm run thing -- --help` lists the options)",
      'error: --dir needs a folder\n(`npm run thing -- --help` lists the options)',
    ]);
  });
});
