// A paper's edit of a wire story that moves its paragraphs (real set 18: an Indian paper's edit of
// an agency's crowd-crush story, the later paragraphs first, four sentences kept word for word and five
// of six counts kept, in order 0.4): every rule that reads sentences kept whole asked them mostly
// in order. Kept whole and with the counts, the order does not matter; stock sentences kept whole
// by a report of its own come without most counts. Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** A wire story of floods. */
const wire = [
  'Floods cut roads in Terano province, 14 dead',
  'TERANO (Wire) - Floods swept through villages in the southern province of Terano on Sunday, killing at least 14 people and cutting roads to 30 communities, officials said.',
  'The Terano river rose by 3 metres overnight after two days of heavy rain, flooding the market town of Belmar and the farms around it.',
  'Rescue teams in boats took 2,400 people from the roofs of their homes in Belmar and the nearby village of Soli, the civil defence agency said.',
  'Governor Ruth Amani said 9 of the dead were in Belmar and that 22 people were still missing.',
  'The weather office warned that more rain would fall on Terano and the coastal province of Vara until Wednesday.',
  'Aid agencies said 6,000 families had lost their crops and called for food and clean water to be sent to the province.',
  'The last great flood in Terano, in 2016, killed 41 people and destroyed the bridge at Belmar.',
  'President Leon Okafor said on Sunday that the army would send 5 helicopters to help the rescue.',
].join('\n\n');

/** A paper's edit: a line of its own, the president and the rescue first, the lede further down. */
const edit = [
  'Army helicopters join Terano flood rescue',
  'Soldiers and villagers worked through the night on Sunday to reach families cut off by the water around Belmar.',
  'President Leon Okafor said on Sunday that the army would send 5 helicopters to help the rescue.',
  'Aid agencies said 6,000 families had lost their crops and called for food and clean water to be sent to the province.',
  'Rescue teams in boats took 2,400 people from the roofs of their homes in Belmar and the nearby village of Soli, the civil defence agency said.',
  'Governor Ruth Amani said 9 of the dead were in Belmar and that 22 people were still missing.',
  'Floods swept through villages in the southern province of Terano on Sunday, killing at least 14 people and cutting roads to 30 communities, officials said.',
  'The Terano river rose by 3 metres overnight after two days of heavy rain, flooding the market town of Belmar and the farms around it.',
  'Our reporter in Belmar saw families waiting on the church steps for the water to go down.',
].join('\n\n');

/** Another report of the floods in the same stock sentences, with counts of its own. */
const other = [
  'Terano floods: aid appeal',
  'Aid agencies said 6,000 families had lost their crops and called for food and clean water to be sent to the province.',
  'The weather office warned that more rain would fall on Terano and the coastal province of Vara until Wednesday.',
  'Floods swept through villages in the southern province of Terano on Sunday, killing at least 11 people and cutting roads to 18 communities, officials said.',
  'Rescue teams in boats took 1,700 people from the roofs of their homes in Belmar and the nearby village of Soli, the civil defence agency said.',
  'The last great flood in Terano, in 2016, killed 41 people and destroyed the bridge at Belmar.',
  'Governor Ruth Amani said 4 of the dead were in Belmar and that 13 people were still missing.',
].join('\n\n');

/** The next day's story reusing four background sentences whole, with new counts around them. */
const nextDay = [
  'Terano counts the cost of the floods',
  'Farmers in Terano began on Monday to count the cost of the weekend floods, which the civil defence agency now says killed 19 people.',
  'Aid agencies said 6,000 families had lost their crops and called for food and clean water to be sent to the province.',
  "In Belmar, 300 shops stayed shut and the town's 2 schools were turned into shelters for 850 people.",
  'The last great flood in Terano, in 2016, killed 41 people and destroyed the bridge at Belmar.',
  'Rescue teams in boats took 2,400 people from the roofs of their homes in Belmar and the nearby village of Soli, the civil defence agency said.',
  'Engineers said the new bridge at Belmar, built for 12 million dollars, had held.',
  'The Terano river rose by 3 metres overnight after two days of heavy rain, flooding the market town of Belmar and the farms around it.',
  'Insurers put the damage at 40 million dollars.',
].join('\n\n');

describe('an edit that moves the paragraphs of its original', () => {
  it('joins its original both ways, weakly', () => {
    for (const [a, b] of [
      [wire, edit],
      [edit, wire],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.sentencesKept).toBeGreaterThanOrEqual(4);
      expect(c.orderKept).toBeLessThan(0.6);
      expect(c.digitsShared).toBe(c.digitsShort);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false, weak: true });
    }
  });

  it('contradicts a report whose stock sentences give other counts', () => {
    const { comparison: c, verdict } = check(wire, other);
    expect(c.sentencesKept).toBeGreaterThanOrEqual(4);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('not a next-day story that keeps four sentences whole but few of its counts', () => {
    const { comparison: c, verdict } = check(wire, nextDay);
    expect(c.sentencesKept).toBeGreaterThanOrEqual(4);
    expect(c.digitsShared).toBeLessThan(0.8 * c.digitsShort);
    expect(verdict.isCopy).toBe(false);
  });
});
