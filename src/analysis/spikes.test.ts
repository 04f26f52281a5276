import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import {
  DEFAULT_SPIKE_OPTIONS,
  detectCountSpikes,
  detectDailySpikes,
  detectIntensitySpikes,
  type Observation,
} from './spikes.js';
import { toDayNumber } from './dates.js';
import { negBinomialDraw, normalDraw, poissonDraw } from './stats.js';
import { seededRandom } from '../random.js';

const START = '2020-01-01';

function daily(values: number[]): Observation[] {
  return values.map((value, i) => ({
    date: addDays(START, i),
    value,
    observed: true,
    days: 1,
    events: [`e${i}`],
  }));
}

describe('count spikes', () => {
  it('finds planted jumps (recall)', () => {
    const random = seededRandom(11);
    const values = Array.from({ length: 1500 }, () => poissonDraw(random, 6));
    const planted: number[] = [];
    for (let i = 60; i < 1500; i += 40) {
      values[i] = poissonDraw(random, 24);
      planted.push(i);
    }
    const scan = detectCountSpikes('RUS-UKR', 'events', '', daily(values));
    const found = new Set(scan.spikes.map((s) => s.date));
    const recall = planted.filter((i) => found.has(addDays(START, i))).length / planted.length;
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['Poisson', (r: () => number) => poissonDraw(r, 8)],
    ['negative binomial', (r: () => number) => negBinomialDraw(r, 8, 4)],
  ])('keeps the false-alarm rate near alpha on pure %s noise', (_name, draw) => {
    const random = seededRandom(5);
    const values = Array.from({ length: 6000 }, () => draw(random));
    const scan = detectCountSpikes('X', 'events', '', daily(values));
    const rate = scan.spikes.length / scan.tested;
    expect(scan.tested).toBeGreaterThan(5900);
    // alpha 0.01; the discrete tail and the moment fit make it somewhat conservative or loose
    expect(rate).toBeLessThan(0.02);
    expect(rate).toBeGreaterThan(0.001);
  });

  it("treats a multi-day report as a per-day rate, not one day's value", () => {
    const random = seededRandom(3);
    // Daily reports of about 40 a day; every 30th report comes after two days without one and
    // covers all three days (a long weekend).
    const rates: Observation[] = [];
    const naive: Observation[] = [];
    for (let i = 0; i < 900; i++) {
      const date = addDays('2021-01-01', i);
      if (i % 30 === 28 || i % 30 === 29) {
        const gap = { date, value: 0, observed: false, days: 1, events: [] };
        rates.push(gap);
        naive.push(gap);
      } else if (i % 30 === 0 && i > 0) {
        const total = poissonDraw(random, 120);
        for (const k of [2, 1])
          rates[i - k] = {
            date: addDays(date, -k),
            value: total / 3,
            observed: true,
            days: 3,
            events: ['w'],
          };
        rates.push({ date, value: total / 3, observed: true, days: 3, events: ['w'] });
        naive.push({ date, value: total, observed: true, days: 1, events: ['w'] });
      } else {
        const v = poissonDraw(random, 40);
        rates.push({ date, value: v, observed: true, days: 1, events: [] });
        naive.push({ date, value: v, observed: true, days: 1, events: [] });
      }
    }
    const naiveScan = detectCountSpikes('Donetsk', 'count', 'ceasefire violations', naive);
    const rateScan = detectCountSpikes('Donetsk', 'count', 'ceasefire violations', rates);
    // read as one day's value, nearly every long-weekend report is a "spike"
    expect(naiveScan.spikes.filter((s) => s.events[0] === 'w').length).toBeGreaterThan(20);
    // as a rate over its three days, about alpha of them
    expect(rateScan.spikes.filter((s) => s.events[0] === 'w').length).toBeLessThanOrEqual(2);
    expect(rateScan.spikes.length / rateScan.tested).toBeLessThan(0.03);
  });

  it('tests a multi-day period once, as its total', () => {
    const obs = daily(Array.from({ length: 40 }, (_, i) => 10 + (i % 3)));
    for (let k = 37; k < 40; k++) obs[k] = { ...obs[k]!, value: 30, days: 3, events: ['r'] };
    const scan = detectCountSpikes('Luhansk', 'count', 'explosions', obs);
    expect(scan.spikes).toHaveLength(1);
    expect(scan.spikes[0]).toMatchObject({ date: addDays(START, 37), value: 30, days: 3 });
  });

  it('needs a baseline of minBaseline observed days and a baseline mean of 1', () => {
    const short = detectCountSpikes('X', 'events', '', daily([1, 2, 1, 50]));
    expect(short.tested).toBe(0);
    expect(short.longestBaseline).toBe(1);
    const quiet = daily([...Array.from({ length: 30 }, (_, i) => (i === 10 ? 1 : 0)), 9]);
    expect(detectCountSpikes('X', 'events', '', quiet).spikes).toEqual([]);
    // unobserved days are not zeros: they stay out of the baseline
    const gappy = daily(Array.from({ length: 30 }, () => 5)).map((o, i) =>
      i % 2 ? { ...o, observed: false, value: 0 } : o,
    );
    expect(
      detectCountSpikes('X', 'count', 'u', gappy, { ...DEFAULT_SPIKE_OPTIONS }).longestBaseline,
    ).toBe(13);
  });
});

describe('intensity spikes', () => {
  it('flags a jump in hostility and stays near alpha on noise', () => {
    const random = seededRandom(9);
    const values = Array.from({ length: 3000 }, () => Math.max(0, 20 + 4 * normalDraw(random)));
    const quiet = detectIntensitySpikes('RUS-UKR', daily(values));
    expect(quiet.spikes.length / quiet.tested).toBeLessThan(0.03);
    values[2000] = 60;
    const loud = detectIntensitySpikes('RUS-UKR', daily(values));
    expect(loud.spikes.map((s) => s.date)).toContain(addDays(START, 2000));
  });
});

describe('daily spikes (a dyad series over plain numbers)', () => {
  it('finds what the observation detectors find, day for day', () => {
    const random = seededRandom(5);
    let found = 0;
    for (let run = 0; run < 30; run += 1) {
      const length = 20 + Math.floor(random() * 400);
      const mean = [0.3, 2, 9][run % 3]!;
      // Quiet stretches, bursts and zeros: sparse dyads as well as busy ones.
      const values = Array.from({ length }, (_, i) =>
        i % 50 < 10 ? 0 : poissonDraw(random, i % 37 === 0 ? mean * 6 : mean),
      );
      const options = run % 2 ? DEFAULT_SPIKE_OPTIONS : { ...DEFAULT_SPIKE_OPTIONS, window: 7 };
      const observations = daily(values).map((o) => ({ ...o, events: [] }));
      const dates = observations.map((o) => o.date);
      const days = dates.map(toDayNumber);
      const numbers = Float64Array.from(values);
      const scan = detectDailySpikes('A-B', 'events', dates, days, numbers, options);
      expect(scan).toEqual(detectCountSpikes('A-B', 'events', '', observations, options));
      found += scan.spikes.length;
      expect(detectDailySpikes('A-B', 'intensity', dates, days, numbers, options)).toEqual(
        detectIntensitySpikes('A-B', observations, options),
      );
    }
    expect(found).toBeGreaterThan(30);
  });
});
