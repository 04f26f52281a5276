// A wire brief and its write-through: the first take gives one count, the toll, in its lede, and
// the next version gives the new toll there and keeps the other sentences (real set 16: an
// agency's brief on a capsized boat at "about 100" and at "at least 103"). The one count the two
// share is the one that changed, so only the lede's place, the days both name and the wording
// kept tell a later version from a template report of another day. Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** The agency's brief on a ferry sinking, at one toll, with the days it names. */
const brief = (toll: string, sank: string, search: string): string =>
  [
    'Ferry sinks on lake in central Africa, officials fear many dead',
    `KALEMIE (Wire) - Officials say a ferry carrying traders to a weekly market has sunk on Lake Tanganyika, killing ${toll} people.`,
    `Rescue boats resumed the search for survivors on ${search}.`,
    `The vessel went down before dawn on ${sank} in strong winds a few kilometres from the port of Kalemie, a provincial official said.`,
    'Most of the passengers were women travelling with sacks of maize and cassava flour, according to a local fisherman.',
    'It was not immediately clear how many people the ferry was carrying.',
  ].join('\n');

const firstTake = brief('about 60', 'Sunday', 'Monday');
const writeThrough = brief('at least 74', 'Sunday', 'Monday');
/** The same brief's words on another day: another toll, other days. */
const anotherDay = brief('about 45', 'Thursday', 'Friday');

describe('a wire brief with its toll updated in the lede', () => {
  it('joins its first take both ways', () => {
    for (const [a, b] of [
      [firstTake, writeThrough],
      [writeThrough, firstTake],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.ledeRenumbered).toBe(true);
      expect(c.numbersDisagreeing).toBe(1);
      expect(c.daysShared).toBeGreaterThanOrEqual(1);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false });
    }
  });

  it('still contradicts the brief of another day, which names other days', () => {
    const { comparison: c, verdict } = check(firstTake, anotherDay);
    expect(c.daysShared).toBe(0);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('reads a dateline of another day as no toll updated', () => {
    const dated = (day: string): string =>
      brief('about 60', 'Sunday', 'Monday').replace(
        'KALEMIE (Wire)',
        `KALEMIE, March ${day} (Wire)`,
      );
    const { comparison: c } = check(dated('3'), dated('9'));
    expect(c.ledeRenumbered).toBe(false);
  });
});
