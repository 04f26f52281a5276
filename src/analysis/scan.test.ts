import { describe, expect, it } from 'vitest';
import type { DyadDayRow } from '../store/aggregates.js';
import { addDays } from './dates.js';
import { daysOf, dyadObservations, scanSpikes } from './scan.js';
import { dailyCounts } from './series.js';

const FROM = '2022-01-01';
const TO = '2022-02-28';

function steady(source: string, target: string, jumpOn?: string): DyadDayRow[] {
  return daysOf(FROM, TO).map((date, i) => {
    const events = date === jumpOn ? 40 : 4 + (i % 3);
    return { source, target, date, events, intensity: -events, hostility: events };
  });
}

describe('scanSpikes', () => {
  it('tests every dyad for volume and hostility, and keeps spikes from `since` on', () => {
    const result = scanSpikes({
      dyadDays: [...steady('AAA', 'BBB', '2022-02-20'), ...steady('CCC', 'DDD', '2022-01-20')],
      counts: [],
      from: FROM,
      to: TO,
      since: '2022-02-01',
    });
    expect(result.spikes.map((s) => [s.subject, s.kind, s.date]).sort()).toEqual([
      ['AAA-BBB', 'events', '2022-02-20'],
      ['AAA-BBB', 'intensity', '2022-02-20'],
    ]);
    expect(result.tooShort).toEqual([]);
  });

  it('names series too short to test, and scans one subject when asked', () => {
    const counts = dailyCounts(
      [
        {
          region: 'North',
          unit: 'explosions',
          date: '2022-02-27',
          period: 'current',
          value: 9,
          events: ['e1'],
        },
      ],
      FROM,
      TO,
    );
    const result = scanSpikes({
      dyadDays: steady('AAA', 'BBB'),
      counts,
      from: FROM,
      to: TO,
      subject: 'north',
    });
    expect(result.tested).toBe(0);
    expect(result.tooShort).toEqual([
      { subject: 'North', kind: 'count of explosions', longest: 0 },
    ]);
  });

  it("treats days without a dyad's events as zeros", () => {
    const obs = dyadObservations(
      [{ source: 'A', target: 'B', date: addDays(FROM, 1), events: 2, intensity: 0, hostility: 0 }],
      daysOf(FROM, addDays(FROM, 2)),
      'events',
    );
    expect(obs.map((o) => [o.value, o.observed])).toEqual([
      [0, true],
      [2, true],
      [0, true],
    ]);
  });
});
