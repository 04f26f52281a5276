// What every command shares: the global options, errors with exit codes, output helpers.
import { once } from 'node:events';
import { InvalidArgumentError, type Command } from 'commander';
import { displayTarget, openStore, StoreError, type Store } from '../store/index.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** An error the user can fix: printed as one line `spiral: CODE: message`, exit 1 (or `exit`). */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exit: number = EXIT_INPUT,
  ) {
    super(message);
  }
}

export interface GlobalOptions {
  db?: string;
}

/** Global options as seen from inside any command's action. */
export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

let requestedExit = EXIT_OK;

/** Lets a command finish normally yet exit with a code (e.g. 1 when some inputs failed). */
export function requestExit(code: number): void {
  requestedExit = Math.max(requestedExit, code);
}

/** Returns and clears the requested exit code (main calls it once per run). */
export function takeRequestedExit(): number {
  const code = requestedExit;
  requestedExit = EXIT_OK;
  return code;
}

/** `--db`, else `SPIRAL_DB`, else the default file. */
export function storeTarget(options: GlobalOptions): string {
  return options.db ?? process.env.SPIRAL_DB ?? DEFAULT_DB;
}

export const DEFAULT_DB = './spiral.db';

/** A store's failures as the user's errors (one line, exit 1). */
export function userErrorOf(err: unknown): unknown {
  return err instanceof StoreError ? new UserError(err.code, err.message) : err;
}

/**
 * Opens the store `--db` names (a SQLite file or a PostgreSQL URL), runs `use`, and closes it.
 * `create`: make the database when missing (ingest); read commands require it.
 */
export async function withStore<T>(
  command: Command,
  options: { create?: boolean },
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const target = storeTarget(globals(command));
  let store: Store;
  try {
    store = await openStore(target, options);
  } catch (err) {
    throw userErrorOf(err);
  }
  try {
    return await use(store);
  } catch (err) {
    throw userErrorOf(err);
  } finally {
    await store.close();
  }
}

/** The target as messages show it (no password). */
export const shownTarget = (command: Command): string =>
  displayTarget(storeTarget(globals(command)));

// ---------------------------------------------------------------- argument parsers

/** `YYYY-MM-DD` that is a real date. */
export function parseDate(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  // Date.parse accepts 2022-02-30 (rolling over), so compare the round trip too.
  const ok = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  if (!ok) throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseCount(value: string, min: number): number {
  // Past 2^53 a number is no longer exact, and SQLite's integers end at 2^63: a usage error.
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError(
      `expected a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}, got "${value}"`,
    );
  }
  return Number(value);
}

export const parsePositive = (value: string): number => parseCount(value, 1);
export const parseNonNegative = (value: string): number => parseCount(value, 0);

/** A size in bytes: `5000000`, `500KB`, `10MB`, `1GB`. */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  const units: Record<string, number> = { b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };
  const bytes = match ? Number(match[1]) * (units[(match[2] ?? 'b').toLowerCase()] ?? 1) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new InvalidArgumentError(`expected a size like 5000000, 500KB or 10MB, got "${value}"`);
  }
  return Math.floor(bytes);
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

// ---------------------------------------------------------------- output

type Out = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Writes lines with backpressure, so large exports do not pile up in memory. */
export async function writeLines(
  stream: Out,
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  let chunk = '';
  for await (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 64 * 1024) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  if (chunk && !stream.write(chunk)) await once(stream, 'drain');
}

/** Terminal width for tables (120 when piped). */
export function outputWidth(stream: Out = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : 120;
}
