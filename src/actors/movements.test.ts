// Armed movements, breakaway regions, regions and local forces (actors26, twenty-sixth session):
// invented phrases, one family per block.
import { describe, expect, it } from 'vitest';
import { articleVariants } from './dictionary.js';
import { findActors, loadActorDictionary, type ActorSpan } from './index.js';

const dict = loadActorDictionary();

/** root/sector of the one non-adjective span of `text` on `date`. */
function code(text: string, date: string | null = null): string {
  const spans = findActors(dict, text, date).filter((s) => !s.adjectiveOnly);
  expect(spans.length, JSON.stringify(spans.map((s) => s.text))).toBe(1);
  const s = spans[0] as ActorSpan;
  return `${s.actor.root}/${s.actor.sector}`;
}

describe('an armed movement names its own institutions (REB)', () => {
  it.each([
    ['the Houthi government', 'YEM/REB'],
    ['Houthi officials', 'YEM/REB'],
    ['DPR authorities', 'UKR/REB'],
    ["the DPR's forces", 'UKR/REB'],
    ["Hamas's armed wing", 'PSE/REB'],
    ['the armed wing of Hamas', 'PSE/REB'],
    ['a Houthi court', 'YEM/REB'],
  ])('%s is %s', (phrase, expected) => {
    expect(code(phrase, '2023-03-01')).toBe(expected);
  });

  it('keeps sectors that are not institutions of a state', () => {
    expect(code('the Houthi-run health ministry', '2023-03-01')).toBe('YEM/HLH');
    expect(code('Hamas-run media', '2023-03-01')).toBe('PSE/MED');
    expect(code('Tigrayan civilians', '2021-06-01')).toBe('ETH/CVL');
  });
});

describe('bodies whose sector changed on a date', () => {
  it('the Taliban are rebels before August 2021 and the government after', () => {
    expect(code('the Taliban', '2019-05-01')).toBe('AFG/REB');
    expect(code('the Taliban', '2022-05-01')).toBe('AFG/GOV');
    expect(code('Taliban officials', '2019-05-01')).toBe('AFG/REB');
    expect(code("the Taliban's defence ministry", '2023-05-01')).toBe('AFG/GOV');
    // The armed men of a movement in power are its forces.
    expect(code('Taliban fighters', '2023-05-01')).toBe('AFG/MIL');
    expect(code('Taliban fighters', '2020-05-01')).toBe('AFG/REB');
  });

  it('the RSF were a state force before April 2023 and rebels since', () => {
    expect(code('the Rapid Support Forces', '2021-10-30')).toBe('SDN/MIL');
    expect(code('the Rapid Support Forces', '2024-01-10')).toBe('SDN/REB');
    expect(code('an RSF commander', '2024-01-10')).toBe('SDN/REB');
  });

  it('Hayat Tahrir al-Sham governs Syria from December 2024', () => {
    expect(code('Hayat Tahrir al-Sham', '2023-01-10')).toBe('SYR/REB');
    expect(code('Hayat Tahrir al-Sham', '2025-02-10')).toBe('SYR/GOV');
  });

  it('an undated text takes the usual sector', () => {
    expect(code('the Taliban', null)).toBe('AFG/REB');
  });
});

describe('breakaway regions and de facto states', () => {
  it.each([
    ['Tigrayan forces', '2021-06-01', 'ETH/REB'],
    ['the Tigrayan leadership', '2021-06-01', 'ETH/REB'],
    ['Tigray regional government', '2020-11-10', 'ETH/REB'],
    ["Abkhazia's authorities", '2022-06-01', 'GEO/REB'],
    ['South Ossetian officials', '2008-08-01', 'GEO/REB'],
    ['Transnistrian deputies', '2024-02-28', 'MDA/REB'],
    ['Somaliland', '2024-01-02', 'SOM/REB'],
    ['Nagorno-Karabakh', '2022-06-01', 'AZE/REB'],
    ['the Polisario Front', '2020-11-13', 'ESH/REB'],
    ['Sahrawi fighters', '2020-11-13', 'ESH/REB'],
  ])('%s (%s) is %s', (phrase, date, expected) => {
    expect(code(phrase, date)).toBe(expected);
  });

  it('a region adjective alone is a modifier, not an actor', () => {
    const spans = findActors(dict, 'the Tigrayan town of Axum', '2021-06-01');
    expect(spans.filter((s) => !s.adjectiveOnly)).toEqual([]);
  });

  it('a place of a breakaway region after "in" is a place', () => {
    const span = findActors(dict, 'fighting in Abkhazia', '2022-06-01')[0] as ActorSpan;
    expect(span.locative).toBe(true);
  });
});

describe('regions give their state to the group or office named after them', () => {
  it.each([
    ['Hong Kong police', 'CHN/COP'],
    ["Hong Kong's government", 'CHN/GOV'],
    ['Baloch separatists', 'PAK/REB'],
    ['Kashmiri militants', 'IND/REB'],
    ['Darfur rebels', 'SDN/REB'],
    ['Kachin rebels', 'MMR/REB'],
    ['the Gaza health ministry', 'PSE/HLH'],
    ['Biafran separatists', 'NGA/REB'],
    ['Catalan police', 'ESP/COP'],
  ])('%s is %s', (phrase, expected) => {
    expect(code(phrase, '2023-01-01')).toBe(expected);
  });

  it('a region alone is no actor', () => {
    expect(findActors(dict, 'Protests spread across Hong Kong.', '2019-08-01')).toEqual([]);
  });

  it('a state word before the region wins', () => {
    expect(code('Pakistani Kashmiri militants', '2023-01-01')).toBe('PAK/REB');
  });
});

describe('local forces belong to the state they stand in', () => {
  it.each([
    // Security forces are police work in the gold and the Phoenix agents (SECURITY_FORCE ~COP).
    ['security forces in Cameroon', 'CMR/COP'],
    ['militias in Iraq', 'IRQ/MIL'],
    ['paramilitaries in Colombia', 'COL/MIL'],
  ])('%s is %s', (phrase, expected) => {
    expect(code(phrase, '2023-01-01')).toBe(expected);
  });

  it('troops in a country say nothing of whose they are', () => {
    expect(code('troops in Mali', '2023-01-01')).toBe('/MIL');
  });
});

describe('agencies and offices named by their own names', () => {
  it.each([
    ['USAID', 'USA/GOV'],
    ['US Central Command', 'USA/MIL'],
    ["South Korea's Joint Chiefs of Staff", 'KOR/MIL'],
    ['Pope Francis', 'VAT/GOV'],
    ['the pontiff', 'VAT/GOV'],
  ])('%s is %s', (phrase, expected) => {
    expect(code(phrase, '2023-01-01')).toBe(expected);
  });
});

describe('"ethnic" before a state word names a people, not the state', () => {
  it('a demonym after "ethnic" is a rootless group of civilians', () => {
    expect(code('ethnic Serbs', '2023-05-29')).toBe('/CVL');
    expect(code('ethnic Russians', '2014-03-01')).toBe('/CVL');
  });

  it('where they live gives the root', () => {
    expect(code("Kosovo's ethnic Serbs", '2023-05-29')).toBe('XKX/CVL');
    expect(code('ethnic Russians in Latvia', '2014-03-01')).toBe('LVA/CVL');
  });

  it('an adjective after "ethnic" leaves the head its sector and no root', () => {
    expect(code('ethnic Albanian guerrillas', '2001-03-20')).toBe('/REB');
  });

  it('without "ethnic" the demonym is still the state', () => {
    expect(code('the Serbs', '2023-05-29')).toBe('SRB/');
  });
});

describe('a person holding two offices at once is named by the one the text gives', () => {
  it('the head of state who commands the army is MIL as army chief and GOV by name', () => {
    expect(code("Sudan's army chief Abdel Fattah al-Burhan", '2023-05-01')).toBe('SDN/MIL');
    expect(code('Abdel Fattah al-Burhan', '2023-05-01')).toBe('SDN/GOV');
    expect(code("Myanmar's army chief Min Aung Hlaing", '2022-03-27')).toBe('MMR/MIL');
  });

  it('a title of an office not held that day changes nothing', () => {
    expect(code('Defence Minister Abdel Fattah al-Burhan', '2023-05-01')).toBe('SDN/GOV');
  });
});

describe('names and words of other crises', () => {
  it('a name with the Arabic article matches both transliterations', () => {
    expect(articleVariants('Abdel Fattah el-Sisi')).toEqual([
      'Abdel Fattah el-Sisi',
      'Abdel Fattah al-Sisi',
    ]);
    expect(articleVariants('Al-Burhan')).toEqual(['Al-Burhan', 'El-Burhan']);
    expect(articleVariants('Kais Saied')).toEqual(['Kais Saied']);
    expect(code('President Abdel Fattah al-Sisi', '2024-09-30')).toBe('EGY/GOV');
  });

  it('heads of smaller states are known by the date', () => {
    expect(code('President Mohamed Muizzu', '2024-06-11')).toBe('MDV/GOV');
    expect(code('Mohamed Ould Ghazouani', '2024-07-02')).toBe('MRT/GOV');
  });

  it('a bank is a firm only with its state', () => {
    expect(code('Russian banks', '2022-03-01')).toBe('RUS/BUS');
    const spans = (t: string) => findActors(dict, t, '2023-01-01').filter((s) => !s.adjectiveOnly);
    expect(spans('The troops reached the left bank of the river.').map((s) => s.text)).toEqual([
      'troops',
    ]);
    expect(spans('Farmers met in the West Bank.').map((s) => s.text)).toEqual(['Farmers']);
  });
});
