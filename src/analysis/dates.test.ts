import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dates.js';

const parsed = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

describe('toDayNumber', () => {
  it('counts the days of Date.parse for every day of four centuries and leap years', () => {
    // 1899-12-01 .. 2301-01-31: 1900 and 2100 are not leap years, 2000 is.
    const wrong: string[] = [];
    for (let day = parsed('1899-12-01'); day <= parsed('2301-01-31'); day += 1) {
      const date = fromDayNumber(day);
      if (toDayNumber(date) !== day) wrong.push(date);
    }
    expect(wrong).toEqual([]);
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('0001-03-01')).toBe(parsed('0001-03-01'));
  });

  it('reads what is not a plain date as Date.parse does', () => {
    for (const odd of ['2022-02-30', '2022-13-01', '2022-1-011', '2022/02/14', 'x', '']) {
      expect(Object.is(toDayNumber(odd), parsed(odd)), odd).toBe(true);
    }
  });
});
