// A running story's two versions, the toll risen in the lede and in the ministry's figures
// further down (real set 17: an agency's first take and its later version of one explosion, at
// "at least 50" and "at least 73", "50 dead and 2,750 injured" and "73 dead and 3,700 injured").
// Two sentences changed and one agreeing: too few for the other update rules; what says one
// story is that every count changed rose, in the same version. Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** An agency's story of a market fire at one toll: killed, and killed and injured. */
const take = (killed: string, dead: string, injured: string, more = false): string =>
  [
    'Fire sweeps through market in Varnel, dozens dead',
    `VARNEL (Wire) - A fire tore through the covered market of Varnel on Saturday, killing at least ${killed} people and trapping hundreds of traders under collapsed stalls, sending thick black smoke over the river port.`,
    'Firefighters from three provinces battled the blaze for most of the afternoon as residents formed human chains to pass buckets of water from the river.',
    `Exhausted rescuers carried bodies out of the blackened halls as the health ministry reported ${dead} dead and ${injured} injured and appealed for blood donors.`,
    'The smoke could be seen from the town of Orsa, 35 kilometres away, and the flames spread to a row of fuel shops at the edge of the market, witnesses said.',
    ...(more
      ? [
          'Market traders said the fire started in a stall selling cooking gas cylinders shortly after midday.',
          'Governor Lena Marsh ordered an inquiry and said the market had failed two safety inspections since 2019.',
          'Hospitals in Varnel and Orsa cancelled routine operations to treat the wounded.',
        ]
      : []),
  ].join('\n\n');

const firstTake = take('50', '50', '1,200');
const later = take('73', '73', '1,900', true);

describe('a running story whose toll rose between two versions', () => {
  it('joins its first take both ways', () => {
    for (const [a, b] of [
      [firstTake, later],
      [later, firstTake],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.countsRaised).toBe(true);
      expect(c.numbersDisagreeing).toBe(2);
      expect(c.numbersAgreeing).toBe(1);
      // The one count kept (the distance) is too few of the shorter text's for `digitsHeld`.
      expect(c.digitsShared).toBe(1);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false });
    }
  });

  it('still contradicts a report whose counts went both ways (a template of another day)', () => {
    const { comparison: c, verdict } = check(firstTake, take('38', '38', '1,500', true));
    expect(c.countsRaised).toBe(false);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('not when no sentence with numbers agrees (renumbered throughout, every count higher)', () => {
    const renumbered = take('73', '73', '1,900', true).replace('35 kilometres', '48 kilometres');
    const { comparison: c, verdict } = check(firstTake, renumbered);
    expect(c.numbersAgreeing).toBe(0);
    expect(verdict).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('not when the rise is in one sentence and a third sentence changed as well', () => {
    const third = later.replace(
      'Firefighters from three provinces',
      'Firefighters from 4 provinces and 12 fire engines',
    );
    const base = firstTake.replace(
      'Firefighters from three provinces',
      'Firefighters from 3 provinces and 9 fire engines',
    );
    const { comparison: c, verdict } = check(base, third);
    expect(c.numbersDisagreeing).toBe(3);
    expect(verdict.isCopy).toBe(false);
  });

  it('reads the counts by value, not by key: a dateline date is no count', () => {
    const dated = later
      .replace('VARNEL (Wire)', 'VARNEL, May 5 (Wire)')
      .replace('on Saturday', 'yesterday');
    const { comparison: c, verdict } = check(firstTake, dated);
    expect(c.countsRaised).toBe(true);
    expect(verdict.isCopy).toBe(true);
  });
});
