// The event filter options shared by `events` and `export`.
import { InvalidArgumentError, type Command } from 'commander';
import { PLOVER_TYPES } from '../records.js';
import type { EventFilter } from '../store/index.js';
import type { CellFlags } from './cells.js';
import { parseDate, parseNonNegative, parsePositive } from './context.js';

/** Flags of the commands that list events (`events`, `export`): the filters, and `--raw-cells`. */
export interface FilterFlags extends CellFlags {
  from?: string;
  to?: string;
  actor?: string;
  sourceActor?: string;
  target?: string;
  type?: string;
  source?: string;
  negated?: boolean;
  mentions?: boolean;
  limit?: number;
  offset?: number;
}

/** A PLOVER type in any case; unknown types are a usage error listing the valid ones. */
export function parseType(value: string): string {
  const upper = value.toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(upper)) {
    throw new InvalidArgumentError(`unknown type "${value}" (one of ${PLOVER_TYPES.join(', ')})`);
  }
  return upper;
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--from <YYYY-MM-DD>', 'events on or after this date', parseDate)
    .option('--to <YYYY-MM-DD>', 'events on or before this date', parseDate)
    .option('--actor <code>', 'source or target root code (USA, RUS, NATO...)')
    .option('--source-actor <code>', 'source root code')
    .option('--target <code>', 'target root code')
    .option('--type <type>', 'PLOVER event type (ASSAULT, CONSULT...)', parseType)
    .option('--source <outlet>', 'only events reported by this outlet')
    .option('--negated', 'only negated events ("did not attack")')
    .option('--no-negated', 'only events that are not negated')
    .option('--mentions', 'one row per mention instead of one per event')
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseNonNegative);
}

export function toEventFilter(flags: FilterFlags): EventFilter {
  return {
    from: flags.from,
    to: flags.to,
    actor: flags.actor,
    source: flags.sourceActor,
    target: flags.target,
    type: flags.type?.toUpperCase(),
    sourceOutlet: flags.source,
    negated: flags.negated,
    mentions: flags.mentions,
    limit: flags.limit,
    offset: flags.offset,
  };
}
