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

describe('a ship or boat boarded by a navy or coast guard', () => {
  it('codes boarding a civilian vessel as coercion of the state it is named for', () => {
    expect(
      code('Chinese coast guard officers boarded a Vietnamese fishing boat near the reef.'),
    ).toEqual(['COERCE CHN > VNM']);
    expect(code('Iranian commandos boarded a Greek tanker in the Gulf of Oman.')).toEqual([
      'COERCE IRN > GRC',
    ]);
  });

  it('leaves a minister boarding a plane and marines boarding their own landing craft alone', () => {
    expect(code('The minister boarded a plane to Kyiv.')).toEqual([]);
    expect(code('Ukrainian marines boarded a landing craft in Odesa.')).toEqual([]);
  });
});

describe('a yes-no question and an offensive announced (THREATEN false positives)', () => {
  it('codes nothing asked about in a question the sentence opens with', () => {
    expect(code('Would Moscow dare to blockade Moldova if NATO were distracted?')).toEqual([]);
    expect(code('Will Serbia impose sanctions on Kosovo?')).toEqual([]);
  });

  it('still codes a statement that ends in a question', () => {
    expect(code('Russia attacked Ukraine, but why?')).toEqual(['ASSAULT RUS > UKR']);
  });

  it('codes an offensive announced as begun or resumed as force, not as a threat', () => {
    expect(code('Russia resumed its offensive on Kharkiv.')).toEqual(['ASSAULT RUS > UKR']);
    expect(code('China announced a diplomatic offensive in Africa.')).toEqual([]);
  });
});

describe('sanctions held out: "would face sanctions", "more measures would follow", ordered tariffs', () => {
  it('codes the one who would face sanctions as the target of the speaker', () => {
    expect(
      code('The EU said Belarus would face further sanctions unless it freed the prisoners.'),
    ).toEqual(['THREATEN EU > BLR']);
    expect(code('Russia faces new sanctions from the EU next week.')).toEqual([]);
  });

  it('codes measures said to follow unless the other side yields as a threat', () => {
    expect(code('Macron said more measures would follow unless Baku changed course.')).toEqual([
      'THREATEN FRA > AZE',
    ]);
    expect(code('Rain would follow in the afternoon.')).toEqual([]);
  });

  it('codes tariffs ordered on a state as a sanction', () => {
    expect(code('Trump ordered 25% tariffs on Mexican goods on Saturday.')).toEqual([
      'SANCTION USA > MEX',
    ]);
  });
});

describe('"all options are on the table"', () => {
  it('codes the formula as a threat of the one who says it to the one it concerns', () => {
    expect(code('Washington said all options were on the table regarding Venezuela.')).toEqual([
      'THREATEN USA > VEN',
    ]);
    expect(code('Israel said all options remained on the table against Iran.')).toEqual([
      'THREATEN ISR > IRN',
    ]);
  });

  it('codes nothing when the options concern no one', () => {
    expect(code('The minister said all options were on the table for the budget.')).toEqual([]);
  });
});
