// What analysis (src/analysis, the series/spikes/reciprocity/forecast/positions/brief commands)
// needs from a store. Every method aggregates in the store (GROUP BY day, never every event in
// JavaScript) and is async, so SQLite and PostgreSQL stores can both provide it.
import type { PloverType, Quantity } from '../records.js';
import type { EventFilter } from './views.js';

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
  /**
   * With `limit`: the last `limit` events (by date, then id) instead of the first, still listed
   * in date order (the dashboard's latest demands, without reading every earlier one).
   */
  latest?: boolean;
}

/** Events of one day under a filter: all, conflictual (intensity < 0), cooperative (> 0). */
export interface DayCount {
  date: string;
  events: number;
  conflict: number;
  cooperation: number;
}

/** A pair of actors both ways (two different known actors), `a` first in code-point order. */
export interface DyadCount {
  a: string;
  b: string;
  /** a → b and b → a, conflict (intensity < 0) and cooperation (> 0). */
  ab: { conflict: number; cooperation: number };
  ba: { conflict: number; cooperation: number };
  events: number;
}

/** Events placed in one admin-1 region of a country. */
export interface AdminCount {
  country: string;
  admin1: string;
  events: number;
}

/** A placed event on the map. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  type: string;
  date: string | null;
  place: string;
}

/** What the dashboard's overview charts, for the events of one filter (undated ones included). */
export interface EventOverview {
  /** Matching events. */
  events: number;
  /** Dated events per day, by date. */
  days: DayCount[];
  /** The `topDyads` pairs with most events, most first (then by `a`, `b`). */
  dyads: DyadCount[];
  /** Events per admin-1 region, most first (then by country, admin-1). */
  regions: AdminCount[];
  /** Events per type, most first (then by type). */
  types: Array<{ type: string; events: number }>;
  /** The first `maxPoints` placed events in the events' order (date, unknown last, then id). */
  points: MapPoint[];
}

export interface OverviewLimits {
  topDyads: number;
  maxPoints: number;
}

export interface AnalysisReader {
  /** The overview of the events a filter matches (its limit, offset and `mentions` ignored). */
  overview(filter: EventFilter, limits: OverviewLimits): Promise<EventOverview>;
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
  /**
   * A token that changes whenever another connection commits to the store, for keeping answers
   * while it is unchanged (writes through this reader's own store are known to their caller). A
   * reader that cannot tell leaves it out, and nothing it answers is kept.
   */
  version?(): Promise<string>;
}
