// What the analysis commands (series, spikes, reciprocity, forecast, positions, brief) share:
// the store reader, subjects and date ranges checked against the store, and row output.
import { InvalidArgumentError, type Command } from 'commander';
import type { AnalysisReader, EventSubject } from '../store/aggregates.js';
import { EXIT_USAGE, UserError, withStore } from './context.js';
import { alignColumns, delimitedRow } from '../output/index.js';
import { loadPositionRules, type PositionRules } from '../analysis/position-rules.js';

/** Runs `run` on the analysis side of the store `--db` names (SQLite or PostgreSQL). */
export function withReader<T>(
  command: Command,
  run: (reader: AnalysisReader) => Promise<T>,
): Promise<T> {
  return withStore(command, {}, (store) => run(store.analysis));
}

const ACTOR = /^[A-Za-z][A-Za-z0-9]{1,9}$/;

/** `RUS-USA`: events of RUS toward USA. */
export function parseDyad(value: string): { source: string; target: string } {
  const parts = value.split('-');
  if (parts.length !== 2 || !parts.every((p) => ACTOR.test(p))) {
    throw new InvalidArgumentError(`expected a dyad SOURCE-TARGET such as RUS-USA, got "${value}"`);
  }
  return { source: parts[0]!.toUpperCase(), target: parts[1]!.toUpperCase() };
}

export function parseActor(value: string): string {
  if (!ACTOR.test(value))
    throw new InvalidArgumentError(`expected an actor code such as RUS, got "${value}"`);
  return value.toUpperCase();
}

export function parseProbability(value: string): number {
  const p = Number(value);
  if (!(p > 0 && p < 1))
    throw new InvalidArgumentError(`expected a probability between 0 and 1, got "${value}"`);
  return p;
}

export interface SubjectFlags {
  dyad?: { source: string; target: string };
  actor?: string;
  region?: string;
}

export function subjectOf(flags: SubjectFlags): { subject: EventSubject; name: string } {
  const given = [flags.dyad, flags.actor, flags.region].filter((x) => x !== undefined).length;
  if (given > 1)
    throw new UserError('E_USAGE', 'give one of --dyad, --actor, --region', EXIT_USAGE);
  if (flags.dyad)
    return {
      subject: { kind: 'dyad', ...flags.dyad },
      name: `${flags.dyad.source}-${flags.dyad.target}`,
    };
  if (flags.actor) return { subject: { kind: 'actor', actor: flags.actor }, name: flags.actor };
  if (flags.region)
    return { subject: { kind: 'region', region: flags.region }, name: flags.region };
  return { subject: { kind: 'all' }, name: 'all' };
}

export { knownDyad as dyadSubject } from '../analysis/gather.js';

/** An unknown subject is an error, not an empty series. */
export async function checkSubject(
  reader: AnalysisReader,
  subject: EventSubject,
  name: string,
): Promise<void> {
  if (subject.kind === 'all' || (await reader.hasSubject(subject))) return;
  if (subject.kind === 'region' && (await reader.counts({ region: subject.region })).length > 0)
    return;
  const what = subject.kind === 'dyad' ? 'dyad' : subject.kind === 'actor' ? 'actor' : 'region';
  throw new UserError('E_UNKNOWN_SUBJECT', `no events for ${what} ${name} in this store`);
}

/** The date range asked for, filled from the store's first and last event dates. */
export async function dateRange(
  reader: AnalysisReader,
  from: string | undefined,
  to: string | undefined,
): Promise<{ from: string; to: string }> {
  const span = await reader.dateSpan();
  if (!span) throw new UserError('E_EMPTY', 'the store has no dated events');
  const range = { from: from ?? span.first, to: to ?? span.last };
  if (range.from > range.to) {
    throw new UserError(
      'E_RANGE',
      `empty range: --from ${range.from} is after --to ${range.to}`,
      EXIT_USAGE,
    );
  }
  return range;
}

/** Rows as a table, CSV or JSON Lines; columns are the keys of the first row. */
export function rowLines<T extends object>(
  items: T[],
  format: 'table' | 'csv' | 'jsonl',
  empty: string,
): string[] {
  if (format === 'jsonl') return items.map((r) => JSON.stringify(r));
  if (items.length === 0) return format === 'table' ? [empty] : [];
  const rows = items as Array<Record<string, unknown>>;
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown): string =>
    Array.isArray(v) ? v.join(' ') : v === null || v === undefined ? '' : String(v);
  if (format === 'csv')
    return [
      delimitedRow(columns, 'csv'),
      ...rows.map((r) =>
        delimitedRow(
          columns.map((c) => cell(r[c])),
          'csv',
        ),
      ),
    ];
  return alignColumns([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** The pairing rules, a bad file being the user's to fix. */
export function rulesOrError(file?: string): PositionRules {
  try {
    return loadPositionRules(file);
  } catch (err) {
    throw new UserError('E_RULES', (err as Error).message);
  }
}
