import { describe, expect, it } from 'vitest';
import type { CountRow, DayTypeRow } from '../store/aggregates.js';
import { bucketStart, bucketStarts, nextBucket } from './dates.js';
import { bucketCounts, dailyCounts, eventSeries } from './series.js';

describe('buckets', () => {
  it('weeks start on Monday, months on the 1st', () => {
    expect(bucketStart('2022-02-16', 'week')).toBe('2022-02-14');
    expect(bucketStart('2022-02-14', 'week')).toBe('2022-02-14');
    expect(bucketStart('2022-02-13', 'week')).toBe('2022-02-07');
    expect(bucketStart('2022-02-16', 'month')).toBe('2022-02-01');
    expect(nextBucket('2021-12-01', 'month')).toBe('2022-01-01');
    expect(bucketStarts('2022-01-30', '2022-02-02', 'day')).toHaveLength(4);
  });
});

describe('eventSeries', () => {
  const rows: DayTypeRow[] = [
    { date: '2022-02-14', type: 'ASSAULT', events: 3, intensity: -30, hostility: 30 },
    { date: '2022-02-14', type: 'CONSULT', events: 1, intensity: 1, hostility: 0 },
    { date: '2022-02-16', type: 'REQUEST', events: 2, intensity: 6, hostility: 0 },
  ];

  it('counts conflict and cooperation by PLOVER class, with zero rows for empty days', () => {
    const s = eventSeries('RUS-UKR', rows, { from: '2022-02-13', to: '2022-02-16', by: 'day' });
    expect(s.map((b) => b.events)).toEqual([0, 4, 0, 2]);
    expect(s[1]).toMatchObject({
      conflict: 3,
      cooperation: 1,
      intensity: -29,
      mean_intensity: -7.25,
    });
    // REQUEST is verbal conflict in PLOVER even though its intensity is positive
    expect(s[3]).toMatchObject({ conflict: 2, cooperation: 0 });
    expect(s[0]).toMatchObject({ subject: 'RUS-UKR', date: '2022-02-13', mean_intensity: 0 });
  });

  it('sums days into weeks', () => {
    const s = eventSeries('X', rows, { from: '2022-02-13', to: '2022-02-16', by: 'week' });
    expect(s.map((b) => [b.date, b.events])).toEqual([
      ['2022-02-07', 0],
      ['2022-02-14', 6],
    ]);
  });
});

describe('dailyCounts', () => {
  const row = (date: string, period: string, value: number, id = `e${date}`): CountRow => ({
    region: 'Donetsk',
    unit: 'ceasefire violations',
    date,
    period,
    value,
    events: [id],
  });

  it('spreads a weekend report over its days as a per-day rate', () => {
    const [s] = dailyCounts(
      [row('2022-02-18', 'current', 60), row('2022-02-21', '2022-02-19/2022-02-21', 300)],
      '2022-02-18',
      '2022-02-21',
    );
    expect(s!.days.map((d) => d.value)).toEqual([60, 100, 100, 100]);
    expect(s!.days[2]!.period).toEqual({ start: '2022-02-19', days: 3 });
    expect(s!.days[3]!.basis).toBe('range');
  });

  it("fills a gap with the next report's previous-period figure, never over a report of its own", () => {
    const [s] = dailyCounts(
      [
        row('2022-02-15', 'current', 71),
        row('2022-02-15', 'previous', 24),
        row('2022-02-16', 'current', 189),
        row('2022-02-16', 'previous', 70),
      ],
      '2022-02-13',
      '2022-02-16',
    );
    expect(s!.days.map((d) => [d.value, d.reported])).toEqual([
      [0, false],
      [24, true],
      [71, true],
      [189, true],
    ]);
    expect(s!.days[1]!.basis).toBe('previous');
  });

  it('keeps the largest of two reports of one day (copies of one tally count once)', () => {
    const [s] = dailyCounts(
      [row('2022-02-16', 'current', 189, 'a'), row('2022-02-16', 'current', 180, 'b')],
      '2022-02-16',
      '2022-02-16',
    );
    expect(s!.days[0]).toMatchObject({ value: 189, events: ['a'] });
  });

  it('buckets daily values into weeks with the days reported', () => {
    const [s] = dailyCounts(
      [row('2022-02-18', 'current', 60), row('2022-02-21', '2022-02-19/2022-02-21', 300)],
      '2022-02-14',
      '2022-02-21',
    );
    expect(bucketCounts(s!, 'week')).toEqual([
      {
        date: '2022-02-14',
        unit: 'ceasefire violations',
        value: 260,
        days_reported: 3,
        events: ['e2022-02-18', 'e2022-02-21'],
      },
      {
        date: '2022-02-21',
        unit: 'ceasefire violations',
        value: 100,
        days_reported: 1,
        events: ['e2022-02-21'],
      },
    ]);
  });
});
