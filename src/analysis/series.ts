// Series: per-bucket event figures of a subject, and reported counts turned into per-day values.
// Pure functions over the rows a store aggregates (AnalysisReader.dayTypes / counts).
import type { CountRow, DayTypeRow } from '../store/aggregates.js';
import { isConflict, isCooperation } from './classes.js';
import { addDays, bucketStart, bucketStarts, daysBetween, type BucketSize } from './dates.js';

/** One bucket of a subject's events (the `spiral series` row; counts add `unit` and `value`). */
export interface EventBucket {
  subject: string;
  /** Bucket start. */
  date: string;
  events: number;
  /** Events of PLOVER's verbal and material conflict classes. */
  conflict: number;
  /** Events of the verbal and material cooperation classes. */
  cooperation: number;
  /** Summed intensity. */
  intensity: number;
  /** Mean intensity per event (0 for an empty bucket). */
  mean_intensity: number;
  /** Summed conflictual weight, max(0, −intensity) per event. */
  hostility: number;
}

export interface SeriesWindow {
  from: string;
  to: string;
  by: BucketSize;
}

/** Buckets from `from` to `to`, empty ones as zero rows. */
export function eventSeries(
  subject: string,
  rows: DayTypeRow[],
  window: SeriesWindow,
): EventBucket[] {
  const buckets = new Map<string, EventBucket>(
    bucketStarts(window.from, window.to, window.by).map((date) => [
      date,
      {
        subject,
        date,
        events: 0,
        conflict: 0,
        cooperation: 0,
        intensity: 0,
        mean_intensity: 0,
        hostility: 0,
      },
    ]),
  );
  for (const row of rows) {
    if (row.date < window.from || row.date > window.to) continue;
    const bucket = buckets.get(bucketStart(row.date, window.by));
    if (!bucket) continue;
    bucket.events += row.events;
    bucket.intensity += row.intensity;
    bucket.hostility += row.hostility;
    if (isConflict(row.type)) bucket.conflict += row.events;
    if (isCooperation(row.type)) bucket.cooperation += row.events;
  }
  for (const b of buckets.values()) {
    b.intensity = round(b.intensity);
    b.hostility = round(b.hostility);
    b.mean_intensity = b.events ? round(b.intensity / b.events) : 0;
  }
  return [...buckets.values()];
}

/** A reported count on one day. Multi-day reports give each of their days the per-day rate. */
export interface DailyCount {
  date: string;
  /** Per-day value (a count over k days contributes count/k to each), 0 when nothing was reported. */
  value: number;
  /** Whether a report covers this day (a day without one is unknown, not a quiet day). */
  reported: boolean;
  /** First day and length in days of the report period this value comes from. */
  period: { start: string; days: number } | null;
  /** `current`, a date range, or `previous` (taken from the next report's "previous period"). */
  basis: 'current' | 'range' | 'previous' | null;
  events: string[];
}

export interface CountSeries {
  region: string;
  unit: string;
  days: DailyCount[];
}

const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

interface Cover {
  start: string;
  days: number;
  rate: number;
  basis: 'current' | 'range' | 'previous';
  events: string[];
}

/** Where a count row applies: its own date, its date range, or the day before for "previous". */
function coverOf(row: CountRow): Cover | null {
  if (row.period === 'current') {
    return { start: row.date, days: 1, rate: row.value, basis: 'current', events: row.events };
  }
  if (row.period === 'previous') {
    // "In the previous reporting period it recorded 24": the period before the report's own day.
    return {
      start: addDays(row.date, -1),
      days: 1,
      rate: row.value,
      basis: 'previous',
      events: row.events,
    };
  }
  const range = RANGE.exec(row.period);
  if (!range) return null;
  const days = daysBetween(range[1]!, range[2]!) + 1;
  if (days < 1) return null;
  return { start: range[1]!, days, rate: row.value / days, basis: 'range', events: row.events };
}

/**
 * Daily values per region and unit from `from` to `to`. Reports of one tally agree, so the
 * largest per-day value covering a day wins; a "previous period" figure fills a day only when no
 * report of its own covers it.
 */
export function dailyCounts(rows: CountRow[], from: string, to: string): CountSeries[] {
  const groups = new Map<string, { region: string; unit: string; covers: Cover[] }>();
  for (const row of rows) {
    const cover = coverOf(row);
    if (!cover) continue;
    const key = `${row.region}\u0000${row.unit}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { region: row.region, unit: row.unit, covers: [] }));
    group.covers.push(cover);
  }
  const span = daysBetween(from, to) + 1;
  const out: CountSeries[] = [];
  for (const { region, unit, covers } of groups.values()) {
    const days: DailyCount[] = Array.from({ length: Math.max(0, span) }, (_, i) => ({
      date: addDays(from, i),
      value: 0,
      reported: false,
      period: null,
      basis: null,
      events: [],
    }));
    // Own reports first, then "previous period" figures into the gaps they leave.
    const ordered = [...covers].sort(
      (a, b) => Number(a.basis === 'previous') - Number(b.basis === 'previous'),
    );
    for (const cover of ordered) {
      for (let k = 0; k < cover.days; k++) {
        const day = days[daysBetween(from, cover.start) + k];
        if (!day) continue;
        if (cover.basis === 'previous' && day.reported && day.basis !== 'previous') continue;
        if (day.reported && day.value >= cover.rate) continue;
        day.value = round(cover.rate);
        day.reported = true;
        day.period = { start: cover.start, days: cover.days };
        day.basis = cover.basis;
        day.events = cover.events;
      }
    }
    out.push({ region, unit, days });
  }
  return out.sort((a, b) => a.region.localeCompare(b.region) || a.unit.localeCompare(b.unit));
}

/** A count series in buckets: `value` sums the per-day values, `days_reported` says how many days had a report. */
export interface CountBucket {
  date: string;
  unit: string;
  value: number;
  days_reported: number;
  events: string[];
}

export function bucketCounts(series: CountSeries, by: BucketSize): CountBucket[] {
  const buckets = new Map<string, CountBucket>();
  for (const day of series.days) {
    const date = bucketStart(day.date, by);
    let b = buckets.get(date);
    if (!b)
      buckets.set(date, (b = { date, unit: series.unit, value: 0, days_reported: 0, events: [] }));
    if (!day.reported) continue;
    b.value = round(b.value + day.value);
    b.days_reported++;
    for (const id of day.events) if (!b.events.includes(id)) b.events.push(id);
  }
  return [...buckets.values()];
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
