import { describe, expect, it } from 'vitest';
import type { Quantity } from '../records.js';
import {
  datesCompatible,
  daysApart,
  joinsEvent,
  placesCompatible,
  quantitiesCompatible,
  quantityKey,
  shiftDate,
} from './merge.js';

const q = (count: number, unit: string): Quantity => ({ count, unit, region: '', period: '' });
const place = (name: string) => ({
  name,
  admin1: '',
  country: 'UKR',
  lat: 0,
  lon: 0,
  level: 'city' as const,
});

describe('merge rules', () => {
  it('does date arithmetic across months', () => {
    expect(shiftDate('2022-03-01', -1)).toBe('2022-02-28');
    expect(daysApart('2022-02-28', '2022-03-01')).toBe(1);
  });

  it('accepts dates a day apart, unknown dates only for copies', () => {
    expect(datesCompatible('2022-02-12', '2022-02-13', false)).toBe(true);
    expect(datesCompatible('2022-02-12', '2022-02-14', false)).toBe(false);
    expect(datesCompatible(null, null, false)).toBe(false);
    expect(datesCompatible(null, '2022-02-12', false)).toBe(false);
    expect(datesCompatible(null, null, true)).toBe(true);
  });

  it('treats an unknown place as compatible', () => {
    expect(placesCompatible(place('Donetsk'), null)).toBe(true);
    expect(placesCompatible(place('Donetsk'), place('Donetsk'))).toBe(true);
    expect(placesCompatible(place('Donetsk'), place('Luhansk'))).toBe(false);
  });

  it('compares quantities as multisets, and the SQL key agrees', () => {
    const cases: Array<[Quantity[], Quantity[], boolean]> = [
      [[], [], true],
      [[q(3, 'killed'), q(5, 'wounded')], [q(5, 'wounded'), q(3, 'killed')], true],
      [[q(3, 'killed')], [q(4, 'killed')], false],
      [[q(3, 'killed')], [q(3, 'wounded')], false],
      [[q(3, 'killed')], [q(3, 'killed'), q(3, 'killed')], false],
      [[q(3, 'killed')], [], false],
    ];
    for (const [a, b, same] of cases) {
      expect(quantitiesCompatible(a, b)).toBe(same);
      expect(quantityKey(a) === quantityKey(b)).toBe(same);
    }
  });

  it('joins only when date, place and counts agree', () => {
    const event = { date: '2022-02-17', place: place('Shchastia'), quantities: [q(2, 'killed')] };
    expect(joinsEvent(event, { ...event, date: '2022-02-18', place: null }, false)).toBe(true);
    expect(joinsEvent(event, { ...event, quantities: [q(3, 'killed')] }, false)).toBe(false);
    expect(joinsEvent(event, { ...event, date: null }, true)).toBe(true);
  });
});
