// Spikes for every subject of a store: each directed dyad's event volume and hostility, and each
// region's reported counts. Pure: takes the rows AnalysisReader returns.
import type { DyadDayRow } from '../store/aggregates.js';
import { addDays, daysBetween, toDayNumber } from './dates.js';
import type { CountSeries } from './series.js';
import {
  DEFAULT_SPIKE_OPTIONS,
  detectCountSpikes,
  detectDailySpikes,
  type Observation,
  type Spike,
  type SpikeOptions,
} from './spikes.js';

export interface ScanResult {
  spikes: Spike[];
  /** Subjects with too few baseline days to test any day (with the most they had). */
  tooShort: Array<{ subject: string; kind: string; longest: number }>;
  tested: number;
}

export function dyadName(source: string, target: string): string {
  return `${source}-${target}`;
}

/** Every day from `from` to `to`. */
export function daysOf(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daysBetween(from, to) + 1) }, (_, i) => addDays(from, i));
}

/**
 * The events of a dyad's day are looked up only for its spikes (attachSpikeEvidence), so every
 * observation shares this empty list; a detector copies it into a spike, never adds to it.
 */
const NO_EVENTS: string[] = [];

/** Daily observations of one dyad over `dates`: days without events are real zeros. */
export function dyadObservations(
  rows: DyadDayRow[],
  dates: string[],
  measure: 'events' | 'hostility',
): Observation[] {
  const byDate = new Map(rows.map((r) => [r.date, r]));
  return dates.map((date) => {
    const row = byDate.get(date);
    return { date, value: row ? row[measure] : 0, observed: true, days: 1, events: NO_EVENTS };
  });
}

/** Observations of a region's count series: days without a report are unobserved. */
export function countObservations(series: CountSeries): Observation[] {
  return series.days.map((d) => ({
    date: d.date,
    value: d.value,
    observed: d.reported,
    days: d.period?.days ?? 1,
    events: d.events,
  }));
}

export interface ScanInput {
  dyadDays: DyadDayRow[];
  counts: CountSeries[];
  from: string;
  to: string;
  /** Only spikes dated on or after this day are kept (baselines still use earlier days). */
  since?: string;
  options?: SpikeOptions;
  /** Only these subjects (dyad names or region names), when given. */
  subject?: string;
}

export function scanSpikes(input: ScanInput): ScanResult {
  const options = input.options ?? DEFAULT_SPIKE_OPTIONS;
  const result: ScanResult = { spikes: [], tooShort: [], tested: 0 };
  const keep = (
    scan: ReturnType<typeof detectCountSpikes>,
    subject: string,
    kind: string,
  ): void => {
    result.tested += scan.tested;
    if (scan.tested === 0) result.tooShort.push({ subject, kind, longest: scan.longestBaseline });
    for (const s of scan.spikes) if (!input.since || s.date >= input.since) result.spikes.push(s);
  };
  const byDyad = new Map<string, DyadDayRow[]>();
  for (const row of input.dyadDays) {
    const name = dyadName(row.source, row.target);
    if (input.subject && name !== input.subject) continue;
    let rows = byDyad.get(name);
    if (!rows) byDyad.set(name, (rows = []));
    rows.push(row);
  }
  const dates = daysOf(input.from, input.to);
  // Every dyad is observed on the same days: their numbers are counted once for all of them,
  // and each dyad's values fill two arrays of numbers (see detectDailySpikes).
  const days = dates.map(toDayNumber);
  const firstDay = days[0] ?? 0;
  for (const [name, rows] of byDyad) {
    const events = new Float64Array(dates.length);
    const hostility = new Float64Array(dates.length);
    for (const row of rows) {
      const i = toDayNumber(row.date) - firstDay;
      if (i < 0 || i >= dates.length) continue;
      events[i] = row.events;
      hostility[i] = row.hostility;
    }
    keep(detectDailySpikes(name, 'events', dates, days, events, options), name, 'events');
    keep(detectDailySpikes(name, 'intensity', dates, days, hostility, options), name, 'intensity');
  }
  for (const series of input.counts) {
    if (!series.region) continue;
    if (input.subject && series.region.toLowerCase() !== input.subject.toLowerCase()) continue;
    keep(
      detectCountSpikes(series.region, 'count', series.unit, countObservations(series), options),
      series.region,
      `count of ${series.unit}`,
    );
  }
  result.spikes.sort(
    (a, b) => a.date.localeCompare(b.date) || a.p - b.p || a.subject.localeCompare(b.subject),
  );
  return result;
}
