// The columns of a mention row and of the event row a mention starts, and how each is read from
// the record: one table for both stores, which differ only in how a kind of value is written
// (SQLite has no booleans; PostgreSQL's batched insert names each column's type).
import type { Mention, Quantity } from '../records.js';

/** What a column holds, whatever the database calls it. */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool';

export type ColumnValue = string | number | boolean | null;

export interface Column {
  /** The column's name (quote it: `end` is a keyword). */
  name: string;
  kind: ColumnKind;
  read: (m: Mention) => ColumnValue;
}

const column = (name: string, kind: ColumnKind, read: Column['read']): Column => ({
  name,
  kind,
  read,
});

/** What a mention says happened: columns of both the mention and the event it starts. */
const ACT_COLUMNS: readonly Column[] = [
  column('date', 'text', (m) => m.date),
  column('source', 'text', (m) => m.source.root),
  column('source_sector', 'text', (m) => m.source.sector),
  column('target', 'text', (m) => m.target.root),
  column('target_sector', 'text', (m) => m.target.sector),
  column('type', 'text', (m) => m.type),
  column('mode', 'text', (m) => m.mode),
  column('cameo', 'text', (m) => m.cameo),
  column('intensity', 'real', (m) => m.intensity),
  column('negated', 'bool', (m) => m.negated),
  column('conditional', 'bool', (m) => m.conditional),
  column('future', 'bool', (m) => m.future),
  column('claimed', 'bool', (m) => m.claimed),
  column('place', 'text', (m) => (m.place ? JSON.stringify(m.place) : null)),
  column('quantities', 'text', (m) => JSON.stringify(m.quantities)),
];

/** Columns of a mention row (the id of its event comes apart, from the merge plan). */
export const MENTION_COLUMNS: readonly Column[] = [
  column('id', 'text', (m) => m.id),
  column('doc', 'text', (m) => m.evidence.doc),
  column('sentence', 'int', (m) => m.evidence.sentence),
  ...ACT_COLUMNS,
  column('source_text', 'text', (m) => m.source.text),
  column('target_text', 'text', (m) => m.target.text),
  column('start', 'int', (m) => m.evidence.start),
  column('end', 'int', (m) => m.evidence.end),
  column('trigger_start', 'int', (m) => m.trigger.start),
  column('trigger_end', 'int', (m) => m.trigger.end),
  column('pattern', 'text', (m) => m.pattern),
];

/**
 * Columns of a new event, taken from its first mention, with its merge keys (the id, the count
 * of mentions and the two-sided flag come apart). `quantityKey` is the store's spelling of
 * merge.ts's key (PostgreSQL text cannot hold its separators).
 */
export function eventColumns(quantityKey: (q: Quantity[]) => string): readonly Column[] {
  return [
    ...ACT_COLUMNS,
    column('first_mention', 'text', (m) => m.id),
    column('place_name', 'text', (m) => m.place?.name ?? null),
    column('quantity_key', 'text', (m) => quantityKey(m.quantities)),
  ];
}

/** The columns' names, quoted, as an SQL list. */
export const columnList = (columns: readonly Column[]): string =>
  columns.map((c) => `"${c.name}"`).join(', ');
