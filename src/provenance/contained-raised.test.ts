// A copy of a short story's later version, its toll risen in the lede (twenty-fifth round, real
// set 17: an outlet's copy of an agency's later version of a train collision). The later version
// rewrites a sentence or two around the new toll, so the copy holds most of the first version's
// sentences in order (`contained`) but under the seven tenths `updated` asks; two sentences keep
// their numbers, the lede's count rose. A template of another day changes its counts both ways,
// or keeps no sentence's numbers. Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

const carrying =
  'The bus was carrying 42 people from Duran to the coast when it left the road on a sharp bend, police officer Anil Roy said.';
const slope =
  'Rescuers used ropes to bring the injured up the 60-metre slope of the Duran gorge to waiting ambulances.';
const hills =
  'Roads in the Duran hills are narrow and accidents are frequent in the rainy season, officials of the Kessa province say.';

/** The agency's first version: a toll in the lede, two counts further down. */
const first = (killed: string, people = carrying, ropes = slope): string =>
  [
    'Bus plunges into gorge near Duran',
    `DURAN (Wire) - A bus plunged into a gorge near the town of Duran on Tuesday, killing ${killed} passengers, police said.`,
    people,
    ropes,
    'Survivors told Radio Duran that the driver had been racing another coach down the mountain road before the crash.',
    'Governor Rami Oduya said the company had been warned twice about its ageing fleet.',
    'Duran hospital director Mira Sato appealed for blood donors on local radio.',
    hills,
  ].join('\n\n');

/** The copy of the later version: the toll risen in the lede, the sentences around it reworded
 *  by the copying outlet, the survivors' and the governor's sentences dropped, its own added. */
const reworded = (s: string): string =>
  s
    .replace(
      /^The bus was carrying (\d+) people from Duran to the coast when it left the road on a sharp bend, police officer Anil Roy said\.$/,
      'Police officer Anil Roy said the bus, carrying $1 people from Duran to the coast, left the road on a sharp bend.',
    )
    .replace(
      /^Roads in the Duran hills are narrow and accidents are frequent in the rainy season, officials of the Kessa province say\.$/,
      'Officials of the Kessa province say accidents are frequent on the narrow roads of the Duran hills when the rains come.',
    )
    .replace(
      /^Rescuers used ropes to bring the injured up the (\d+)-metre slope/,
      'The injured were brought on ropes by rescuers up the $1-metre slope',
    );
const later = (killed: string, people = reworded(carrying), ropes = reworded(slope)): string =>
  [
    'Duran bus crash toll rises',
    `DURAN (Wire) - A passenger bus fell into a gorge near the town of Duran on Tuesday, killing at least ${killed} of those on board, police said.`,
    people,
    ropes,
    'Kessa Lines suspended its director and said it would pay for the funerals of the victims and the care of the injured.',
    reworded(hills),
    'Minister Vera Holt ordered every bus company in the province to keep a record of its drivers hours.',
    'Police said the gorge road would stay closed while investigators from Kessa examined the wreck.',
  ].join('\n\n');

describe("a copy of a short story's later version, the lede's toll risen", () => {
  it('joins both ways, two sentences keeping their counts', () => {
    for (const [a, b] of [
      [first('14'), later('19')],
      [later('19'), first('14')],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.countsRaised).toBe(true);
      expect(c.numbersAgreeing).toBe(2);
      expect(c.numbersDisagreeing).toBe(1);
      expect(Math.max(c.containment, c.containmentLong)).toBeLessThan(0.7);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false });
    }
  });

  it('not when another count fell (counts went both ways: a template of another day)', () => {
    const fell = later('19', reworded(carrying.replace('42 people', '37 people')));
    const { comparison: c, verdict } = check(first('14'), fell);
    expect(c.countsRaised).toBe(false);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('not when a second sentence changed its count too (one sentence keeps its counts)', () => {
    const renumbered = later('19', reworded(carrying.replace('42 people', '48 people')));
    const { comparison: c, verdict } = check(first('14'), renumbered);
    expect(c.countsRaised).toBe(true);
    expect(c.numbersAgreeing).toBe(1);
    expect(c.numbersDisagreeing).toBe(2);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });
});
