// Classes of SANCTION and THREATEN phrasing that had no pattern (issue #15, the twenty-second
// round), each seen in several stored wire and broadcaster reports before it was added.
// Invented sentences, with near misses that must not code.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('trig22c', '2024-03-12');

describe('a retaliation announced with will/would ("Moscow would retaliate")', () => {
  it('codes a finite future retaliation as a threat to the side the clause or condition names', () => {
    expect(code('Tehran said it would retaliate if Israel struck its nuclear sites.')).toEqual([
      'THREATEN IRN > ISR',
    ]);
    expect(
      code('Minsk said Belarus would be compelled to respond if Polish troops crossed the border.'),
    ).toEqual(['THREATEN BLR > POL']);
  });

  it('codes "respond" only with a condition or a manner that makes it force', () => {
    expect(
      code('Beijing said China would respond firmly to any further arms sales by Washington.'),
    ).toEqual(['THREATEN CHN > USA']);
    expect(code('Iran said it would respond to the European proposal next week.')).toEqual([]);
  });

  it('does not reach past a condition to a later retaliation verb', () => {
    // The threat here is "would pay a heavy price", Israel's; Iran's striking back is the condition.
    expect(
      code('The army warned Tehran that it would pay a heavy price if it struck back.'),
    ).not.toContain('THREATEN IRN > ISR');
  });
});

describe('aid, a partnership or a hotline paused or put on hold', () => {
  it('codes pausing aid and putting it on hold as a sanction of the recipient', () => {
    expect(code('Canada paused development aid to Rwanda on Friday.')).toEqual([
      'SANCTION CAN > RWA',
    ]);
    expect(code('Germany put military assistance to Niger on hold.')).toEqual([
      'SANCTION DEU > NER',
    ]);
  });

  it('takes a partnership and a hotline as ties that can be suspended', () => {
    expect(code('Russia suspended its strategic partnership with Armenia.')).toEqual([
      'SANCTION RUS > ARM',
    ]);
    expect(code('Seoul suspended the military hotline with Pyongyang.')).toEqual([
      'SANCTION KOR > PRK',
    ]);
  });

  it('leaves a pause of anything else alone', () => {
    expect(code('The company paused production at its plant in Poland.')).toEqual([]);
  });
});

describe('relations ended, a mission cut, a flow stopped, a tax raised', () => {
  it('codes ending relations and cutting an embassy down', () => {
    expect(code('Bolivia ended relations with Israel on Tuesday.')).toEqual(['SANCTION BOL > ISR']);
    expect(code('Latvia cut the number of Russian diplomats in Riga to five.')).toEqual([
      'SANCTION LVA > RUS',
    ]);
  });

  it('codes stopping supplies named by a gerund and raising a tax on goods from a state', () => {
    expect(code('Qatar stopped pumping gas to the United Arab Emirates.')).toEqual([
      'SANCTION QAT > ARE',
    ]);
    expect(code('India raised taxes on goods from Pakistan to 200 percent.')).toEqual([
      'SANCTION IND > PAK',
    ]);
  });

  it('leaves a ministry cut, firing stopped and trade with no state alone', () => {
    expect(code('The government cut the staff of the ministry by a fifth.')).toEqual([]);
    expect(code('Farmers stopped selling grain at the market.')).toEqual([]);
  });
});
