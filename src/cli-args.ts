/**
 * Command-line arguments for Crosscheck's commands (ingest, review, build, bench …), on top of
 * node:util parseArgs: every command answers `--help` / `-h` with its usage, and a mistyped
 * option, a stray argument or a bad value gets one line saying what is wrong and exit code 2
 * (a usage error, as Unix tools use it) — not a Node stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Command<O extends ParseArgsOptionsConfig> {
  /** How to run it, ending in `[options]` (where `--help` goes): `npm run review -- [options]`. */
  usage: string;
  /** What it does, in a sentence or two. */
  summary: string;
  options: O;
  /** One row per option for the help text: [`--limit <n>`, `rows per table (default 50)`]. */
  help: ReadonlyArray<readonly [string, string]>;
  /** Lines printed after the options (environment variables, examples). */
  notes?: readonly string[];
  /** Arguments that are not options are allowed (a file to read); by default they are an error. */
  positionals?: boolean;
}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

export type Parsed<O extends ParseArgsOptionsConfig> =
  | { kind: 'ok'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string };

/** The help text of a command. */
export function helpText(command: Command<ParseArgsOptionsConfig>): string {
  const rows: Array<readonly [string, string]> = [...command.help, ['-h, --help', 'show this help']];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(command.notes && command.notes.length > 0 ? ['', ...command.notes] : []),
  ].join('\n');
}

/** The message of a usage error, with where to find the right usage. */
export function usageErrorText(command: Command<ParseArgsOptionsConfig>, message: string): string {
  return `error: ${message}\n(\`${command.usage.replace('[options]', '--help')}\` lists the options)`;
}

/** Parses `argv` (without node and script) for `command`; pure, for tests and for commandLine. */
export function parseCommand<O extends ParseArgsOptionsConfig>(command: Command<O>, argv: readonly string[]): Parsed<O> {
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help', text: helpText(command) };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: command.options, strict: true, allowPositionals: command.positionals === true });
    return { kind: 'ok', values: values as Values<O>, positionals };
  } catch (error) {
    // parseArgs's own errors (unknown option, missing value, stray argument) are usage errors.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return { kind: 'error', text: usageErrorText(command, (error as Error).message) };
    throw error;
  }
}

/**
 * The command's options (and other arguments) from process.argv; on --help prints the help and
 * exits 0, on a usage error prints it and exits 2.
 */
export function commandLine<O extends ParseArgsOptionsConfig>(
  command: Command<O>,
  argv: readonly string[] = process.argv.slice(2),
): { values: Values<O>; positionals: string[] } {
  const parsed = parseCommand(command, argv);
  if (parsed.kind === 'ok') return parsed;
  if (parsed.kind === 'help') {
    console.log(parsed.text);
    process.exit(0);
  }
  console.error(parsed.text);
  process.exit(2);
}

/** Prints a usage error about an option's value and exits with code 2. */
export function usageError(command: Command<ParseArgsOptionsConfig>, message: string): never {
  console.error(usageErrorText(command, message));
  process.exit(2);
}

/**
 * A whole number option within [min, max], or the reason it is not one (for usageError):
 * `wholeNumber('--limit', '0', 1)` → 'error text'.
 */
export function wholeNumber(flag: string, raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number | string {
  const n = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = max !== Number.MAX_SAFE_INTEGER ? `from ${min} to ${max}` : min === 1 ? 'above 0' : `${min} or more`;
  return `${flag} takes a whole number ${range}, not "${raw}"`;
}

/** A positive number option (decimals allowed), or the reason it is not one. */
export function positiveNumber(flag: string, raw: string): number | string {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return n > 0 ? n : `${flag} takes a number above 0, not "${raw}"`;
}
