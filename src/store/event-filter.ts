// An event filter's conditions, written once for both stores. Each store says how a value is
// bound and how its SQL spells a case-folded comparison, a region, a text search and an outlet;
// which conditions a filter makes, and the keyset cursor's order, are decided here.
import { regionKey, searchWords } from './fold.js';
import type { EventFilter } from './views.js';

/** How one store writes the parts of a filter over a table aliased `t` with event columns. */
export interface FilterDialect {
  /** Binds `value` as a parameter; returns its placeholder. */
  bind(value: unknown): string;
  /** `column` equals the bound value at `placeholder`, ASCII case folded (as SQLite's NOCASE). */
  equalsNoCase(column: string, placeholder: string): string;
  /** A boolean as the store binds it. */
  bool(value: boolean): unknown;
  /** The event is in the region (`region` folded by fold.ts): its place, admin-1 or a count's. */
  inRegion(region: string): string;
  /** Every folded word occurs in the event's evidence sentence. */
  hasWords(words: string[]): string;
  /** The event is told by the outlet bound at `placeholder`. */
  toldBy(placeholder: string): string;
}

/** The filter's conditions, in a fixed order (a store may cache statements by their text). */
export function eventConditions(filter: EventFilter, d: FilterDialect): string[] {
  const conditions: string[] = [];
  if (filter.from !== undefined) conditions.push(`t.date >= ${d.bind(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`t.date <= ${d.bind(filter.to)}`);
  if (filter.actor !== undefined) {
    const actor = d.bind(filter.actor);
    conditions.push(
      `(${d.equalsNoCase('t.source', actor)} OR ${d.equalsNoCase('t.target', actor)})`,
    );
  }
  if (filter.source !== undefined)
    conditions.push(d.equalsNoCase('t.source', d.bind(filter.source)));
  if (filter.target !== undefined)
    conditions.push(d.equalsNoCase('t.target', d.bind(filter.target)));
  if (filter.type !== undefined) conditions.push(d.equalsNoCase('t.type', d.bind(filter.type)));
  if (filter.negated !== undefined)
    conditions.push(`t.negated = ${d.bind(d.bool(filter.negated))}`);
  if (filter.sourceOutlet !== undefined) conditions.push(d.toldBy(d.bind(filter.sourceOutlet)));
  const region = regionKey(filter.region);
  if (region !== null) conditions.push(d.inRegion(region));
  const words = searchWords(filter.text);
  if (words.length > 0) conditions.push(d.hasWords(words));
  if (filter.after !== undefined) {
    // The order is date NULLS LAST, id. After an undated row come later undated ids; after a
    // dated one, later dates and its date's later ids (a range on the date index), then the
    // undated rows, which the caller reads by a second query (rows.ts undatedTail).
    const id = d.bind(filter.after.id);
    if (filter.after.date === null) {
      conditions.push(`(t.date IS NULL AND t.id > ${id})`);
    } else {
      const date = d.bind(filter.after.date);
      conditions.push(`t.date >= ${date} AND (t.date > ${date} OR t.id > ${id})`);
    }
  }
  return conditions;
}

/** `WHERE` and the conditions joined, or nothing. */
export const whereOf = (conditions: readonly string[]): string =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
