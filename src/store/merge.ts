// When two mentions tell of the same happening. Pure rules, so they can be tested without a db.
import type { Place, Quantity } from '../records.js';

const DAY_MS = 86_400_000;

/** Whole days between two `YYYY-MM-DD` dates (absolute). */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

// The merge asks for the days either side of each mention's date several times over, and a
// corpus has few distinct dates: remembered, bounded (a 2 MB ingest spent 7% of the writer
// thread in Date parsing and formatting here).
const shifted = new Map<string, string>();
const SHIFTED_MAX = 4096;

/** `YYYY-MM-DD` shifted by `days`. */
export function shiftDate(date: string, days: number): string {
  const key = `${date}${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
    if (shifted.size >= SHIFTED_MAX) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

/**
 * Dates agree when within one day (reports often date a late-evening call to the next day).
 * Two unknown dates agree only for copies: otherwise nothing ties them to the same happening.
 */
export function datesCompatible(a: string | null, b: string | null, copies: boolean): boolean {
  if (copies) return true;
  if (a === null || b === null) return false;
  return daysApart(a, b) <= 1;
}

/** Places agree when they name the same place, or when either is unknown. */
export function placesCompatible(a: Place | null, b: Place | null): boolean {
  return a === null || b === null || a.name === b.name;
}

/**
 * Types whose place tells happenings apart (two shellings on one day in two towns are two
 * events). For talks, agreements and statements the place a sentence names is mostly a topic
 * ("discussed the situation in eastern Ukraine") and must not split one call into several.
 */
export const PLACED_TYPES: ReadonlySet<string> = new Set([
  'ASSAULT',
  'COERCE',
  'PROTEST',
  'MOBILIZE',
  'RETREAT',
  'AID',
]);

function quantityKeys(quantities: Quantity[]): string[] {
  return quantities.map((q) => `${q.count}\u0000${q.unit}`).sort();
}

/** Canonical text of a quantity multiset: equal keys exactly when `quantitiesCompatible`. */
export function quantityKey(quantities: Quantity[]): string {
  return quantityKeys(quantities).join('\u0001');
}

/**
 * Quantities agree when both are absent or when they list the same counts of the same units:
 * daily monitoring reports differ exactly there, and must stay separate events.
 */
export function quantitiesCompatible(a: Quantity[], b: Quantity[]): boolean {
  const ka = quantityKeys(a);
  const kb = quantityKeys(b);
  return ka.length === kb.length && ka.every((key, i) => key === kb[i]);
}

/** What the store keeps of an event to decide merges. */
export interface MergeCandidate {
  type?: string;
  date: string | null;
  place: Place | null;
  quantities: Quantity[];
}

/** Whether a mention (already matching source, target, type and negation) joins an event. */
export function joinsEvent(
  event: MergeCandidate,
  mention: MergeCandidate,
  copies: boolean,
): boolean {
  return (
    datesCompatible(event.date, mention.date, copies) &&
    (!PLACED_TYPES.has(mention.type ?? event.type ?? 'ASSAULT') ||
      placesCompatible(event.place, mention.place)) &&
    quantitiesCompatible(event.quantities, mention.quantities)
  );
}

/**
 * Acts with two sides: a call, talks or a meeting between A and B is one happening whoever the
 * report names first ("Lavrov spoke with Blinken" / "Blinken held a call with Lavrov").
 */
export const TWO_SIDED_TYPES: ReadonlySet<string> = new Set(['CONSULT']);

/** What the store matches exactly before `joinsEvent` decides (one indexed lookup). */
export interface MergeKey {
  source: string;
  target: string;
  type: string;
  quantityKey: string;
  negated: boolean;
}

export function mergeKey(m: {
  source: { root: string };
  target: { root: string };
  type: string;
  quantities: Quantity[];
  negated: boolean;
}): MergeKey {
  return {
    source: m.source.root,
    target: m.target.root,
    type: m.type,
    quantityKey: quantityKey(m.quantities),
    negated: m.negated,
  };
}

/** The same key told from the other side, for two-sided acts; null for one-sided ones. */
export function reversedKey(key: MergeKey): MergeKey | null {
  if (!TWO_SIDED_TYPES.has(key.type) || key.source === key.target || key.target === '') return null;
  return { ...key, source: key.target, target: key.source };
}

/** A stored event that shares a mention's key, as the store reads it back. */
export interface EventCandidate extends MergeCandidate {
  id: string;
  /** Storage order: the earliest stored wins ties. */
  seq: number;
}

/** Where a candidate was found: its scope relaxes the date rule. */
export type CandidateScope =
  /** Events of the document this one copies: any date (a copy may say "yesterday" a day later). */
  | 'copy'
  /** Events of this very document: an undated sentence repeated in one text is one happening. */
  | 'document'
  /** Any stored event of the key within a day. */
  | 'dates';

/**
 * The event a mention joins among candidates that share its key, or null for a new happening:
 * the one rule of merging, used by every store. The same date first, then the earliest stored.
 */
export function chooseEvent(
  candidates: readonly EventCandidate[],
  mention: MergeCandidate,
  scope: CandidateScope,
): string | null {
  let best: EventCandidate | null = null;
  for (const c of candidates) {
    const joins =
      scope === 'document'
        ? (c.date === mention.date || datesCompatible(c.date, mention.date, false)) &&
          joinsEvent(c, mention, true)
        : joinsEvent(c, mention, scope === 'copy');
    if (!joins) continue;
    const sameDay = c.date === mention.date;
    const better =
      best === null ||
      (sameDay && best.date !== mention.date) ||
      (sameDay === (best.date === mention.date) && c.seq < best.seq);
    if (better) best = c;
  }
  return best?.id ?? null;
}
