import { describe, expect, it } from 'vitest';
import { dateInFileName, dateToDay, findDateline, isIsoDay, parsePublished } from './dates.js';

describe('findDateline', () => {
  it.each([
    ['February 16, 2022 - Officials met.', '2022-02-16'],
    ['16 February 2022\n\nOfficials met.', '2022-02-16'],
    ['MOSCOW, Feb 16, 2022 (Reuters) - Russia said', '2022-02-16'],
    ['2022-02-16 Officials met.', '2022-02-16'],
    ['Wednesday, February 16, 2022\nKYIV - Officials met.', '2022-02-16'],
    ['Ministers meet\n\nKYIV, 3 March 2022 – The ministers met.', '2022-03-03'],
  ])('reads %j', (text, day) => {
    expect(findDateline(text)).toBe(day);
  });

  it('requires a year unless --date gives one', () => {
    const text = 'MOSCOW, Feb 16 (Reuters) - Russia said troops were returning.';
    expect(findDateline(text)).toBeNull();
    expect(findDateline(text, '2022-02-20')).toBe('2022-02-16');
  });

  it('ignores relative words even with a reference day', () => {
    expect(
      findDateline('Officials said on Tuesday that talks would resume today.', '2022-02-20'),
    ).toBeNull();
  });

  it('only looks at the first 300 characters', () => {
    const text = `${'Officials met and talked. '.repeat(20)}On 16 February 2022 they met again.`;
    expect(findDateline(text)).toBeNull();
  });

  it('ignores a month without a day', () => {
    expect(findDateline('In February 2022 the talks stalled.')).toBeNull();
  });
});

describe('parsePublished', () => {
  it.each([
    ['2022-02-16', '2022-02-16'],
    ['2022-02-16T23:30:00-05:00', '2022-02-16'],
    ['2022-02-16 08:00', '2022-02-16'],
    ['Wed, 16 Feb 2022 10:00:00 GMT', '2022-02-16'],
    ['16 February 2022', '2022-02-16'],
    ['February 16, 2022', '2022-02-16'],
  ])('reads %j', (value, day) => {
    expect(parsePublished(value)).toBe(day);
  });

  it.each(['', 'next Tuesday', 'yesterday', '2022-02-30', '2022-13-01', 'Feb 16', '12345'])(
    'rejects %j',
    (value) => {
      expect(parsePublished(value)).toBeNull();
    },
  );
});

describe('isIsoDay and dateToDay', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(isIsoDay('2022-02-28')).toBe(true);
    expect(isIsoDay('2022-02-29')).toBe(false);
    expect(isIsoDay('2022-2-1')).toBe(false);
    expect(isIsoDay('16/02/2022')).toBe(false);
  });

  it('gives the UTC day of a Date', () => {
    expect(dateToDay(new Date('2022-02-16T23:59:00Z'))).toBe('2022-02-16');
    expect(dateToDay(new Date('nonsense'))).toBeNull();
  });
});

describe('dateInFileName', () => {
  it.each([
    ['corpus/wire/2022-02-15-units-return.txt', '2022-02-15'],
    ['report_2022-02-16.html', '2022-02-16'],
    ['dir/2022-02-30.txt', null],
    ['2022-02.jsonl', null],
    ['2022-02-15/story.txt', null],
    ['12022-02-15.txt', null],
  ])('%s → %s', (file, day) => {
    expect(dateInFileName(file)).toBe(day);
  });
});
