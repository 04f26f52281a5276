// What analysis (src/analysis, the series/spikes/reciprocity/forecast/positions/brief commands)
// needs from a store. Every method aggregates in the store (GROUP BY day, never every event in
// JavaScript) and is async, so SQLite and PostgreSQL stores can both provide it.
import type { PloverType, Quantity } from '../records.js';

/** `YYYY-MM-DD`, inclusive bounds; undated events are left out of every aggregate. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** Whose events: a directed dyad, an actor on either side, or the events placed in a region. */
export type EventSubject =
  | { kind: 'dyad'; source: string; target: string }
  | { kind: 'actor'; actor: string }
  | { kind: 'region'; region: string }
  | { kind: 'all' };

/** Events of one day and one PLOVER type. */
export interface DayTypeRow {
  date: string;
  type: PloverType;
  events: number;
  /** Sum of the events' intensities (Goldstein-style, −10..+10). */
  intensity: number;
  /** Sum of max(0, −intensity): the conflictual weight of the day. */
  hostility: number;
}

/** Events of one directed dyad on one day (both actors known). */
export interface DyadDayRow {
  source: string;
  target: string;
  date: string;
  events: number;
  intensity: number;
  hostility: number;
}

/** A reported count (ceasefire violations in a region), one per region, unit, date and period. */
export interface CountRow {
  region: string;
  unit: string;
  /** Date of the event that reports it. */
  date: string;
  /** `current`, `previous` or `YYYY-MM-DD/YYYY-MM-DD` (see Quantity). */
  period: Quantity['period'];
  /** The largest count reported for this region, unit, date and period (reports of one tally agree). */
  value: number;
  /** The events that report it. */
  events: string[];
}

export interface CountQuery extends DateRange {
  region?: string;
  unit?: string;
}

/** A coded event with what analysis shows of it: its sentence and how many stories tell it. */
export interface EventSummary {
  id: string;
  date: string | null;
  source: string;
  source_sector: string;
  target: string;
  target_sector: string;
  type: PloverType;
  intensity: number;
  negated: boolean;
  future: boolean;
  conditional: boolean;
  /** The sentence of the event's first mention. */
  text: string;
  /** Offsets of the trigger words in `text`, or null when not known. */
  trigger: { start: number; end: number } | null;
  /** Independent tellings: the event's documents, with copies of one story counted once. */
  stories: number;
  /** Outlets that tell it, first teller first. */
  outlets: string[];
}

export interface EventListQuery extends DateRange {
  subject?: EventSubject;
  types?: PloverType[];
  limit?: number;
}

export interface AnalysisReader {
  /** Events per day and type of a subject (zero days are absent). */
  dayTypes(subject: EventSubject, range: DateRange): Promise<DayTypeRow[]>;
  /** Events per directed dyad and day, for dyads with both actors known. */
  dyadDays(range: DateRange): Promise<DyadDayRow[]>;
  /** Reported counts by region, unit, date and period. */
  counts(query: CountQuery): Promise<CountRow[]>;
  /** Events of a subject and types, by date; for demands (REQUEST) and their replies. */
  events(query: EventListQuery): Promise<EventSummary[]>;
  /** Ids of a subject's events in a range, at most `limit` (the evidence behind a bucket). */
  eventIds(subject: EventSubject, range: DateRange, limit: number): Promise<string[]>;
  /** The events with these ids (unknown ids are skipped). */
  eventsByIds(ids: string[]): Promise<EventSummary[]>;
  /** Events of a range ranked by |intensity| and independent tellings: the notable ones. */
  notable(range: DateRange, limit: number): Promise<EventSummary[]>;
  /** Whether any event has this subject (to tell an unknown dyad from a quiet one). */
  hasSubject(subject: EventSubject): Promise<boolean>;
  /** First and last event dates, or null for an empty store. */
  dateSpan(): Promise<{ first: string; last: string } | null>;
}
