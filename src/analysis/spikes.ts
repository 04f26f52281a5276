// Spikes: a day whose value stands above the subject's own trailing baseline.
//
// Counts (events per day, reported violations per day) are tested against a negative-binomial
// baseline fitted by moments to a trailing window, the Poisson when the window shows no
// overdispersion: the trailing-window design of CDC's EARS C2/C3 (a 7-day-or-longer baseline
// separated from the tested day by a 2-day guard band) with the count model Farrington et al.
// (1996) and Noufaily et al. (2013) use instead of EARS's normal approximation. Intensity
// (summed hostility) is not a count and keeps EARS's normal z test. A low-count guard after
// ACLED's Surge Tracker leaves subjects whose baseline mean is under 1 unflagged.
import { mean, negBinomialUpper, normalUpper, variance } from './stats.js';
import { addDays, toDayNumber } from './dates.js';
import { round } from './series.js';

export type SpikeKind = 'count' | 'events' | 'intensity';

export interface SpikeOptions {
  /** Trailing baseline length in days. */
  window: number;
  /** Days between the baseline and the tested day (EARS C2/C3 use 2), so a rise in progress does not raise its own baseline. */
  guard: number;
  /** Fewest observed baseline days a test needs. */
  minBaseline: number;
  /** A value is flagged when P(X ≥ value | baseline) < alpha. */
  alpha: number;
  /** Low-count guard: no flag unless the baseline mean is at least this. */
  minMean: number;
}

export const DEFAULT_SPIKE_OPTIONS: SpikeOptions = {
  window: 28,
  guard: 2,
  minBaseline: 7,
  alpha: 0.01,
  minMean: 1,
};

/** One day of a subject's series. */
export interface Observation {
  date: string;
  /** Per-day value. */
  value: number;
  /** False for a day nothing reports (a count series without a report that day): left out of baselines. */
  observed: boolean;
  /** Days of the report period this value is a rate over (1 for a plain day). */
  days: number;
  events: string[];
}

export interface Spike {
  subject: string;
  kind: SpikeKind;
  /** Unit of a count (`ceasefire violations`), '' otherwise. */
  unit: string;
  date: string;
  /** Per-day value of the day (or of its report period). */
  value: number;
  /** Baseline mean per day. */
  baseline: number;
  p: number;
  /** Days the value covers (a weekend report: 3). */
  days: number;
  /** Baseline days used. */
  baseline_days: number;
  method: 'negative-binomial' | 'poisson' | 'normal';
  events: string[];
}

export interface SpikeScan {
  spikes: Spike[];
  /** Days tested (with a long enough baseline). */
  tested: number;
  /** Most observed days any tested day's baseline could hold: tells "too short" apart from "quiet". */
  longestBaseline: number;
}

/** Per index of a series: observed baseline days, their mean and sample variance. */
interface BaselineStats {
  n: Int32Array;
  mean: Float64Array;
  variance: Float64Array;
}

/**
 * The day numbers of a series' dates. A scan of many subjects over the same days computes them
 * once and passes them to each detector instead.
 */
export function dayNumbers(series: Observation[]): number[] {
  return series.map((o) => toDayNumber(o.date));
}

/**
 * For every index i, the observed values of the days in [day(i) − guard − window, day(i) − guard − 1],
 * summarised by count, mean and sample variance. Days are in order, so both window edges only
 * move forward: running sums make the whole series one pass.
 */
function rollingBaselines(
  values: ArrayLike<number>,
  observed: ArrayLike<boolean> | null,
  days: ArrayLike<number>,
  options: SpikeOptions,
): BaselineStats {
  // Typed arrays, not an object per day: a scan of every dyad holds 360,000 days at 100k events.
  const length = values.length;
  const out: BaselineStats = {
    n: new Int32Array(length),
    mean: new Float64Array(length),
    variance: new Float64Array(length),
  };
  let lo = 0;
  let hi = 0; // window holds indices [lo, hi)
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < length; i++) {
    const last = days[i]! - options.guard - 1;
    const first = days[i]! - options.guard - options.window;
    while (hi < i && days[hi]! <= last) {
      const k = hi++;
      if (!observed || observed[k]) {
        const value = values[k]!;
        n++;
        sum += value;
        squares += value * value;
      }
    }
    while (lo < hi && days[lo]! < first) {
      const k = lo++;
      if (!observed || observed[k]) {
        const value = values[k]!;
        n--;
        sum -= value;
        squares -= value * value;
      }
    }
    const m = n > 0 ? sum / n : NaN;
    const v = n > 1 ? Math.max(0, (squares - n * m * m) / (n - 1)) : 0;
    out.n[i] = n;
    out.mean[i] = m;
    out.variance[i] = v;
  }
  return out;
}

/** The baselines of a series of observations (some days unobserved). */
function observationBaselines(
  series: Observation[],
  days: number[],
  options: SpikeOptions,
): BaselineStats {
  return rollingBaselines(
    series.map((o) => o.value),
    series.map((o) => o.observed),
    days,
    options,
  );
}

/**
 * Upper-tail p of a period total under the baseline: the negative binomial of mean m·days and
 * size r·days (a sum of iid NB(m, r) days), or the Poisson when the variance does not exceed the mean.
 */
export function countTail(
  total: number,
  baseline: number[],
  days: number,
): { p: number; method: 'negative-binomial' | 'poisson' } {
  return countTailOf(total, mean(baseline), variance(baseline), days);
}

function countTailOf(
  total: number,
  m: number,
  v: number,
  days: number,
): { p: number; method: 'negative-binomial' | 'poisson' } {
  if (v > m * 1.0001 && m > 0) {
    const size = (m * m) / (v - m);
    return {
      p: negBinomialUpper(Math.round(total), m * days, size * days),
      method: 'negative-binomial',
    };
  }
  return { p: negBinomialUpper(Math.round(total), m * days, Infinity), method: 'poisson' };
}

/**
 * Spikes of a count series. A multi-day report period is tested once, on its first day, as the
 * period's total against `days` baseline days, and its `value` is the per-day rate.
 */
export function detectCountSpikes(
  subject: string,
  kind: 'count' | 'events',
  unit: string,
  series: Observation[],
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
  days: number[] = dayNumbers(series),
): SpikeScan {
  const spikes: Spike[] = [];
  let tested = 0;
  let longestBaseline = 0;
  let coveredUntil = '';
  const baselines = observationBaselines(series, days, options);
  series.forEach((obs, i) => {
    if (!obs.observed || obs.date <= coveredUntil) return;
    if (obs.days > 1) coveredUntil = addDays(obs.date, obs.days - 1);
    const n = baselines.n[i]!;
    longestBaseline = Math.max(longestBaseline, n);
    if (n < options.minBaseline) return;
    tested++;
    const m = baselines.mean[i]!;
    if (m < options.minMean || obs.value <= m) return;
    const { p, method } = countTailOf(obs.value * obs.days, m, baselines.variance[i]!, obs.days);
    if (p >= options.alpha) return;
    spikes.push({
      subject,
      kind,
      unit,
      date: obs.date,
      value: round(obs.value),
      baseline: round(m, 2),
      p: Number(p.toPrecision(3)),
      days: obs.days,
      baseline_days: n,
      method,
      // Its own list: observations may share one (a scan's empty one).
      events: [...obs.events],
    });
  });
  return { spikes, tested, longestBaseline };
}

/** Smallest standard deviation a baseline may have (a flat baseline would flag any rise). */
const MIN_SD = 1;

/** Spikes of summed hostility (EARS C2: z = (x − mean)/sd over the trailing window). */
export function detectIntensitySpikes(
  subject: string,
  series: Observation[],
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
  days: number[] = dayNumbers(series),
): SpikeScan {
  const spikes: Spike[] = [];
  let tested = 0;
  let longestBaseline = 0;
  const baselines = observationBaselines(series, days, options);
  series.forEach((obs, i) => {
    if (!obs.observed) return;
    const n = baselines.n[i]!;
    longestBaseline = Math.max(longestBaseline, n);
    if (n < options.minBaseline) return;
    tested++;
    const m = baselines.mean[i]!;
    if (m < options.minMean || obs.value <= m) return;
    const sd = Math.max(MIN_SD, Math.sqrt(baselines.variance[i]!));
    const p = normalUpper((obs.value - m) / sd);
    if (p >= options.alpha) return;
    spikes.push({
      subject,
      kind: 'intensity',
      unit: '',
      date: obs.date,
      value: round(obs.value),
      baseline: round(m, 2),
      p: Number(p.toPrecision(3)),
      days: 1,
      baseline_days: n,
      method: 'normal',
      // Its own list: observations may share one (a scan's empty one).
      events: [...obs.events],
    });
  });
  return { spikes, tested, longestBaseline };
}

/**
 * Spikes of a series observed on every day, each day its own (a dyad's events or hostility: a
 * day without events is a real zero): the tests of detectCountSpikes (`events`) and
 * detectIntensitySpikes (`intensity`), over plain numbers. A scan of every dyad at 100,000 events
 * is 360,000 days; an object per day made it the slowest part of /api/spikes. `events` of each
 * spike is empty (the caller looks up a spike's events).
 */
export function detectDailySpikes(
  subject: string,
  kind: 'events' | 'intensity',
  dates: string[],
  days: ArrayLike<number>,
  values: Float64Array,
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
): SpikeScan {
  const spikes: Spike[] = [];
  let tested = 0;
  let longestBaseline = 0;
  const baselines = rollingBaselines(values, null, days, options);
  for (let i = 0; i < values.length; i++) {
    const n = baselines.n[i]!;
    longestBaseline = Math.max(longestBaseline, n);
    if (n < options.minBaseline) continue;
    tested++;
    const m = baselines.mean[i]!;
    const value = values[i]!;
    if (m < options.minMean || value <= m) continue;
    const variance = baselines.variance[i]!;
    const { p, method } =
      kind === 'events'
        ? countTailOf(value, m, variance, 1)
        : {
            p: normalUpper((value - m) / Math.max(MIN_SD, Math.sqrt(variance))),
            method: 'normal' as const,
          };
    if (p >= options.alpha) continue;
    spikes.push({
      subject,
      kind,
      unit: '',
      date: dates[i]!,
      value: round(value),
      baseline: round(m, 2),
      p: Number(p.toPrecision(3)),
      days: 1,
      baseline_days: n,
      method,
      events: [],
    });
  }
  return { spikes, tested, longestBaseline };
}
