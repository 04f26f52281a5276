import { describe, expect, it } from 'vitest';
import { resolveEventDate } from './dates.js';

const dateOf = (s: string, doc: string | null, tense?: 'past' | 'future' | 'unknown') =>
  resolveEventDate(s, doc, tense).date;

describe('resolveEventDate', () => {
  it('reads explicit dates and infers the year from the document', () => {
    expect(dateOf('The talks began February 16, officials said.', '2022-02-20')).toBe('2022-02-16');
    expect(dateOf('Troops arrived on 16 Feb 2022.', '2022-03-01')).toBe('2022-02-16');
    expect(dateOf('The report is dated 2022-02-16.', null)).toBe('2022-02-16');
    expect(dateOf('Blinken spoke to Lavrov on Jan. 20 in Geneva.', '2022-01-25')).toBe(
      '2022-01-20',
    );
  });

  it('gives the offsets and text of the expression', () => {
    const r = resolveEventDate('Russia said on Tuesday it would pull back.', '2022-02-17', 'past');
    expect(r).toEqual({
      date: '2022-02-15',
      text: 'Tuesday',
      start: 15,
      end: 22,
      relative: true,
      future: false,
    });
  });

  it('crosses month and year boundaries', () => {
    expect(dateOf('The shelling started on December 30.', '2022-01-03', 'past')).toBe('2021-12-30');
    expect(dateOf('Shelling was reported yesterday.', '2022-03-01')).toBe('2022-02-28');
    expect(dateOf('Fighting broke out on Friday.', '2022-01-02', 'past')).toBe('2021-12-31');
    expect(dateOf('Talks will be held on January 10.', '2021-12-28', 'future')).toBe('2022-01-10');
  });

  it('resolves weekdays back for the past and forward for the future', () => {
    // 2022-02-17 is a Thursday.
    expect(dateOf('Russia said on Tuesday it had withdrawn.', '2022-02-17', 'past')).toBe(
      '2022-02-15',
    );
    const future = resolveEventDate('The ministers will meet on Tuesday.', '2022-02-17', 'future');
    expect(future).toMatchObject({ date: '2022-02-22', relative: true, future: true });
    expect(dateOf('It happened on Thursday.', '2022-02-17', 'past')).toBe('2022-02-17');
    expect(dateOf('They will meet next Tuesday.', '2022-02-17')).toBe('2022-02-22');
  });

  it('resolves relative days against the document date', () => {
    expect(dateOf('Two days ago the convoy crossed.', '2022-02-17')).toBe('2022-02-15');
    expect(dateOf('Last week the troops withdrew.', '2022-02-17')).toBe('2022-02-10');
  });

  it('marks the coming days as future without a day', () => {
    expect(
      resolveEventDate('Russia will withdraw troops in the coming days.', '2022-02-15'),
    ).toMatchObject({
      date: null,
      future: true,
    });
  });

  it('skips years alone, months alone and durations', () => {
    expect(dateOf('Both sides signed the 2015 Minsk agreements.', '2022-02-17')).toBeNull();
    expect(dateOf('Elections may be held in May.', '2022-02-17')).toBeNull();
    expect(dateOf('The exercises will last for two weeks.', '2022-02-17')).toBeNull();
    expect(dateOf('Russia may invade, officials warned.', '2022-02-17')).toBeNull();
  });

  it('without a document date, takes only fully written dates', () => {
    expect(dateOf('Shelling was reported yesterday.', null)).toBeNull();
    expect(dateOf('The talks began on February 16.', null)).toBeNull();
    expect(dateOf('The talks began on 16 February 2022.', null)).toBe('2022-02-16');
  });

  it('reads past a wire dateline: it dates the report, not the event', () => {
    const call = resolveEventDate(
      'LONDON, Feb. 18 (Harbor Daily) - The two presidents spoke by phone on Tuesday.',
      '2022-02-18',
      'past',
    );
    expect(call).toMatchObject({ date: '2022-02-15', text: 'Tuesday' });
    expect(call.start).toBe(
      'LONDON, Feb. 18 (Harbor Daily) - The two presidents spoke by phone on '.length,
    );
    expect(
      resolveEventDate('GENEVA, 10 January 2022 - Envoys met on Jan. 9.', '2022-01-10', 'past'),
    ).toMatchObject({ date: '2022-01-09' });
    expect(
      resolveEventDate(
        'MOSCOW, Feb. 3 (X) - The ministers spoke again on Thursday, two weeks after their call on Jan. 20.',
        '2022-02-03',
        'past',
      ),
    ).toMatchObject({ date: '2022-02-03', text: 'Thursday' });
    // The dateline alone gives no event date (the caller falls back to the document's).
    expect(resolveEventDate('KYIV, Feb 16 (Reuters) - Talks resumed.', '2022-02-16').date).toBe(
      null,
    );
    // A date that opens a sentence without a place before it is the event's.
    expect(resolveEventDate('On Feb. 14, the envoys met.', '2022-02-16', 'past').date).toBe(
      '2022-02-14',
    );
  });

  it('reads "the past weekend" as the last one', () => {
    expect(
      resolveEventDate('The mission recorded 58 violations over the past weekend.', '2022-02-16'),
    ).toMatchObject({ date: '2022-02-12' });
  });

  it('returns an empty result when there is no date word', () => {
    expect(resolveEventDate('Russia massed troops near the border.', '2022-02-17')).toEqual({
      date: null,
      text: null,
      start: -1,
      end: -1,
      relative: false,
      future: false,
    });
  });
});
