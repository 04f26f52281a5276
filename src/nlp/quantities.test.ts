import { describe, expect, it } from 'vitest';
import { dayAfter, extractQuantities } from './quantities.js';

const counts = (s: string, opts?: Parameters<typeof extractQuantities>[1]) =>
  extractQuantities(s, opts).map((q) => [q.count, q.unit]);

describe('extractQuantities', () => {
  it('reads an OSCE-style tally with region and previous period', () => {
    expect(
      extractQuantities(
        'In Donetsk region the mission recorded 189 ceasefire violations, including 128 explosions; in the previous period, 24',
      ),
    ).toEqual([
      { count: 189, unit: 'ceasefire violations', region: 'Donetsk', period: 'current' },
      { count: 128, unit: 'explosions', region: 'Donetsk', period: 'current' },
      { count: 24, unit: 'ceasefire violations', region: 'Donetsk', period: 'previous' },
    ]);
  });

  it("gives a part of an earlier count that count's period", () => {
    expect(
      extractQuantities(
        'In Luhansk region, the mission recorded 61 ceasefire violations, including 33 explosions, compared with 18 ceasefire violations, including 7 explosions, in the previous reporting period.',
      ),
    ).toEqual([
      { count: 61, unit: 'ceasefire violations', region: 'Luhansk', period: 'current' },
      { count: 33, unit: 'explosions', region: 'Luhansk', period: 'current' },
      { count: 18, unit: 'ceasefire violations', region: 'Luhansk', period: 'previous' },
      { count: 7, unit: 'explosions', region: 'Luhansk', period: 'previous' },
    ]);
  });

  it('reads a running total since a day as a count over that day to the report', () => {
    expect(
      extractQuantities(
        'Since 21 July, the mission has so far recorded at least 3,870 ceasefire violations in both Donetsk and Luhansk regions (including 1,450 explosions).',
        { docDate: '2020-09-30' },
      ),
    ).toEqual([
      { count: 3870, unit: 'ceasefire violations', region: '', period: '2020-07-21/2020-09-30' },
      { count: 1450, unit: 'explosions', region: '', period: '2020-07-21/2020-09-30' },
    ]);
    expect(
      extractQuantities(
        'From 00:01 on 21 July until the end of the reporting period, the mission recorded a total of 96 ceasefire violations.',
        { docDate: '2020-08-02' },
      ),
    ).toEqual([
      { count: 96, unit: 'ceasefire violations', region: '', period: '2020-07-21/2020-08-02' },
    ]);
  });

  it('reads "and again no" after a verb of recording as a zero for the region after it', () => {
    expect(
      extractQuantities(
        'The mission recorded two ceasefire violations in Luhansk region (the same as during the previous reporting period) and again no ceasefire violations in Donetsk region.',
      ),
    ).toEqual([
      { count: 2, unit: 'ceasefire violations', region: 'Luhansk', period: 'current' },
      { count: 0, unit: 'ceasefire violations', region: 'Donetsk', period: 'current' },
    ]);
    expect(
      extractQuantities('Talks resumed in Luhansk region and no agreement was reached.'),
    ).toEqual([]);
  });

  it('gives each count the region named right after it', () => {
    expect(
      extractQuantities(
        'The mission recorded 1,566 ceasefire violations in Donetsk region and 975 in Luhansk region.',
      ).map((q) => [q.count, q.unit, q.region]),
    ).toEqual([
      [1566, 'ceasefire violations', 'Donetsk'],
      [975, 'ceasefire violations', 'Luhansk'],
    ]);
  });

  it('reads a recorded zero and a previous figure in words', () => {
    expect(
      extractQuantities(
        'In Kherson region, the mission recorded no ceasefire violations, compared with seven in the previous reporting period.',
      ),
    ).toEqual([
      { count: 0, unit: 'ceasefire violations', region: 'Kherson', period: 'current' },
      { count: 7, unit: 'ceasefire violations', region: 'Kherson', period: 'previous' },
    ]);
    // "no" is a count only after a verb of recording; a word number alone only in a comparison.
    expect(counts('Moscow has no intention of attacking anyone.')).toEqual([]);
    expect(counts('One of the monitors said it recorded no shelling.')).toEqual([[0, 'shelling']]);
  });

  it('takes the unit named before a bare figure in brackets', () => {
    expect(
      counts(
        'The mission recorded more ceasefire violations in Luhansk region (1,073), including 938 explosions, than in the previous period (975 ceasefire violations).',
      ),
    ).toEqual([
      [1073, 'ceasefire violations'],
      [938, 'explosions'],
      [975, 'ceasefire violations'],
    ]);
  });

  it('reads casualties and troop numbers', () => {
    expect(counts('Shelling killed 12 civilians in the town.')).toEqual([[12, 'civilians']]);
    expect(counts('Two soldiers were wounded.')).toEqual([[2, 'soldiers']]);
    expect(counts('Russia moved 1,200 troops to the border.')).toEqual([[1200, 'troops']]);
    expect(counts('Russia has massed 100,000 troops near Ukraine.')).toEqual([[100000, 'troops']]);
    expect(counts('Some 100k troops are deployed.')).toEqual([[100000, 'troops']]);
    expect(counts('The war displaced 3.5 million people.')).toEqual([[3500000, 'people']]);
    expect(counts('It recorded 24 more explosions.')).toEqual([[24, 'explosions']]);
    expect(counts('Up to 12 Ukrainian soldiers were killed.')).toEqual([
      [12, 'ukrainian soldiers'],
    ]);
  });

  it('uses the region hint and accepts a plain string hint', () => {
    expect(extractQuantities('The SMM recorded 40 explosions.', 'Luhansk')[0]!.region).toBe(
      'Luhansk',
    );
    expect(
      extractQuantities('The SMM recorded 40 explosions.', { region: 'Luhansk' })[0]!.region,
    ).toBe('Luhansk');
    expect(extractQuantities('The SMM recorded 40 explosions.')[0]!.region).toBe('');
  });

  it('gives a date range as the period when the year is known', () => {
    const s =
      'Between 18:00 on 14 February and 18:00 on 15 February, the SMM recorded 591 ceasefire violations.';
    expect(extractQuantities(s, { docDate: '2022-02-16' })).toEqual([
      { count: 591, unit: 'ceasefire violations', region: '', period: '2022-02-14/2022-02-15' },
    ]);
    expect(extractQuantities(s)).toEqual([
      { count: 591, unit: 'ceasefire violations', region: '', period: 'current' },
    ]);
    const newYear = 'between 30 December and 2 January the SMM recorded 10 explosions';
    expect(extractQuantities(newYear, { docDate: '2022-01-03' })[0]!.period).toBe(
      '2021-12-30/2022-01-02',
    );
  });

  it("reads the monitors' weekend range, its first day taking the second's month", () => {
    const weekend =
      'In Luhansk region, between the evenings of 18 and 20 February, the Mission recorded 1,073 ceasefire violations.';
    expect(extractQuantities(weekend, { docDate: '2022-02-21' })).toEqual([
      {
        count: 1073,
        unit: 'ceasefire violations',
        region: 'Luhansk',
        period: '2022-02-18/2022-02-20',
      },
    ]);
    const acrossMonths =
      'Between the evenings of 28 February and 1 March, it recorded 12 explosions.';
    expect(extractQuantities(acrossMonths, { docDate: '2021-03-02' })[0]!.period).toBe(
      '2021-02-28/2021-03-01',
    );
    // A number range is not a date range: the second number must carry a month.
    expect(extractQuantities('It recorded between 20 and 30 explosions.')[0]!.period).toBe(
      'current',
    );
  });

  it('takes a range after "than" for the comparison, and "the following 24 hours" for the day after it', () => {
    const following =
      'In the following 24 hours, the SMM recorded fewer ceasefire violations than between the evenings of 3 and 4 February, including about 90 explosions.';
    expect(extractQuantities(following, { docDate: '2018-02-05' })).toEqual([
      { count: 90, unit: 'explosions', region: '', period: '2018-02-04/2018-02-05' },
    ]);
    const compared =
      'The SMM recorded more ceasefire violations than between the evenings of 3 and 4 February, including 120 explosions.';
    expect(extractQuantities(compared, { docDate: '2018-02-05' })[0]!.period).toBe('current');
    expect(dayAfter('2018-02-28/2018-03-01')).toBe('2018-03-01/2018-03-02');
    expect(dayAfter('2020-02-27/2020-02-28')).toBe('2020-02-28/2020-02-29');
    expect(dayAfter('current')).toBeNull();
  });

  it('keeps the counts of a clause framed by a comparison in the current period', () => {
    expect(
      extractQuantities(
        'Compared with the previous reporting period, the SMM recorded more ceasefire violations in Luhansk region, including 41 explosions.',
      ).map((q) => [q.count, q.period]),
    ).toEqual([[41, 'current']]);
    // The figure the comparison names is still the previous period's.
    expect(
      extractQuantities(
        'In Luhansk region, the SMM recorded fewer ceasefire violations, including 22 explosions, compared with the previous reporting period (about 45 explosions).',
      ).map((q) => [q.count, q.period]),
    ).toEqual([
      [22, 'current'],
      [45, 'previous'],
    ]);
  });

  it('reads a bare figure right after a comparison as the earlier count', () => {
    expect(
      extractQuantities(
        'The SMM recorded 316 explosions in Donetsk region over the past 24 hours, up from 74 a day earlier.',
      ).map((q) => [q.count, q.unit, q.period]),
    ).toEqual([
      [316, 'explosions', 'current'],
      [74, 'explosions', 'previous'],
    ]);
  });

  it('reads the second region of a two-region tally in words, as none, or as both', () => {
    const rows = (s: string) =>
      extractQuantities(s).map((q) => `${q.count} ${q.region} ${q.period}`);
    expect(
      rows(
        'The SMM recorded 41 ceasefire violations in Donetsk region and three in Luhansk region.',
      ),
    ).toEqual(['41 Donetsk current', '3 Luhansk current']);
    // A clause's period holds for every count joined in it by "and".
    expect(
      rows(
        'In the previous reporting period, it recorded 17 ceasefire violations in Donetsk region and none in Luhansk region.',
      ),
    ).toEqual(['17 Donetsk previous', '0 Luhansk previous']);
    expect(
      rows(
        'In the previous reporting period, the Mission recorded no ceasefire violations in both Donetsk and Luhansk regions.',
      ),
    ).toEqual(['0 Donetsk previous', '0 Luhansk previous']);
    // "none" elsewhere, and a number in words not before a region, stay uncounted.
    expect(rows('The SMM recorded 12 explosions; none of the monitors was hurt.')).toEqual([
      '12  current',
    ]);
    expect(rows('The SMM recorded 12 explosions and two in the morning.')).toEqual(['12  current']);
  });

  it('keeps a dotted abbreviation whole in the unit', () => {
    expect(counts('The attack wounded three U.S. service members.')).toEqual([
      [3, 'u.s. service members'],
    ]);
  });

  it('never counts years, dates, times, percentages or money', () => {
    expect(counts('The 2015 Minsk agreements were signed in 2015.')).toEqual([]);
    expect(counts('On 14 February at 18:00 the talks resumed.')).toEqual([]);
    expect(counts('On February 14 the talks resumed.')).toEqual([]);
    expect(counts('Support fell to 45% and then 40 percent.')).toEqual([]);
    expect(counts('The US pledged $350 million and 200 million euros in aid.')).toEqual([]);
    expect(counts('A 45-year-old man was detained.')).toEqual([]);
  });

  it('never counts names and list positions', () => {
    expect(counts('The UN Security Council endorsed Resolution 2202 in 2015.')).toEqual([]);
    expect(counts('Kyiv says point 3 of the Minsk II package comes first.')).toEqual([]);
    expect(counts('Russia deployed S-400 systems and Su-25 jets.')).toEqual([]);
  });

  it('skips durations, distances and vague amounts', () => {
    expect(counts('The exercises lasted 10 days, 30 km from the border.')).toEqual([]);
    expect(counts('Dozens of soldiers and thousands of civilians fled.')).toEqual([]);
    expect(counts('No one was hurt.')).toEqual([]);
  });
});
