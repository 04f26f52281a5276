// A running story's later version gives its new toll in every sentence that gave one (the lede,
// the ministry's figures, the injured) and keeps the sentences around them word for word: three
// aligned sentences disagree, where a version with one count updated has one (real set 13: an
// agency's earthquake story at its first and its later toll). Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** An agency's earthquake story at one toll: killed (lede), killed (ministry), injured. */
const quake = (lede: string, killed: string, injured: string, critical: string): string[] => [
  `RABAT (Wire) - A strong earthquake in the High Atlas mountains has killed ${lede} people, authorities said on Saturday, as troops scrambled to reach remote villages where many are feared trapped.`,
  `Updated interior ministry figures showed the quake killed at least ${killed} people, most of them in the provinces of Al Haouz and Taroudant.`,
  `Another ${injured} people were injured, including ${critical} in critical condition, the ministry said.`,
  'The 6.8-magnitude quake struck a mountainous area 72 kilometres (45 miles) southwest of Marrakesh shortly before midnight on Friday, the US Geological Survey reported.',
  'With strong tremors also felt in the coastal cities of Rabat, Casablanca and Essaouira, the quake sent terrified residents and tourists running into the streets in the middle of the night.',
  '"I was nearly asleep when the doors and the shutters started banging," said Fatima Zahra, a Casablanca teacher who was visiting relatives in Marrakesh.',
  'In the mountain village of Moulay Brahim, some 40 km (25 miles) south of Marrakesh, rescuers searched the rubble of collapsed mud-brick houses while residents dug graves on a nearby hill.',
];

const firstTake = [
  ...quake('more than 1,000', '1,037', '1,204', '721'),
  'The army set up a field hospital in the village and sent helicopters with food and blankets, the state news agency said.',
  'It was the strongest quake ever recorded in the kingdom, one seismologist said.',
].join('\n');
const laterVersion = [
  ...quake('more than 2,000', '2,012', '2,059', '1,404'),
  'King Mohammed VI declared three days of national mourning and ordered shelters and food for those left homeless.',
  'Spain, Qatar, Britain and the United Arab Emirates offered search teams, and France said it stood ready to help.',
  'Many families spent a second night outside, afraid of aftershocks, wrapped in blankets on the roadside.',
].join('\n');
/** The agency's report of another day in the same words: every count renumbered. */
const anotherDay = quake('more than 2,900', '2,946', '5,674', '1,210')
  .map((s) =>
    s
      .replace('on Saturday', 'on Tuesday')
      .replace('6.8-magnitude', '6.9-magnitude')
      .replace('72 kilometres (45 miles)', '71 kilometres (44 miles)'),
  )
  .join('\n');

describe('a later version with its toll updated in three sentences', () => {
  it('joins its first take both ways', () => {
    for (const [a, b] of [
      [firstTake, laterVersion],
      [laterVersion, firstTake],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.numbersDisagreeing).toBe(3);
      expect(c.numbersAgreeing).toBeGreaterThanOrEqual(2);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false });
    }
  });

  it('still contradicts the report of another day, renumbered throughout', () => {
    const { comparison: c, verdict } = check(firstTake, anotherDay);
    expect(c.numbersAgreeing).toBeLessThan(2);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });
});
