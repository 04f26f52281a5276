// Seventeenth round: a site's teaser of a story's top, its lede kept whole under a photo caption
// of its own. Eighteenth round: a passage of the top, two sentences of its opening kept whole in
// a row, under a line of the site's own. Invented texts (the classes were found on real copies;
// see README, "Seventeenth round" and "Eighteenth round").
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

/** An agency story of a dam breach: the lede is the first sentence, 40 words. */
const wire = [
  'Floodwater from a breached irrigation dam swept through four villages in the Varn valley on Saturday, forcing thousands of farmers from their homes as regional governor Ansel Moray ordered an evacuation of the lower plain before nightfall.',
  'The earthen wall of the Kessel reservoir gave way shortly after dawn following a week of heavy rain, the regional water authority said.',
  'Rescue crews pulled 31 people from rooftops and trees, and two fishermen were reported missing near the town of Orlo.',
  'Moray said soldiers would reinforce the embankments along the Varn river overnight.',
  'Engineers had warned in a report last year that the dam, built in 1961, needed urgent repairs.',
  'Schools in Orlo and three other towns were turned into shelters for the evacuated families.',
];

const teaser = (...sentences: string[]) => sentences.join('\n\n');

describe('a teaser that keeps a story’s lede whole', () => {
  it('joins under a photo caption of its own, weakly (it never bridges two stories)', () => {
    const short = teaser(
      'Farmers wade through flooded fields near Orlo on March 4. Governor Ansel Moray visited the shelters.',
      wire[0]!,
      'More Related News',
    );
    const c = compare(short, wire.join(' '));
    expect(c.teaserKept).toBe(true);
    expect(c.alignedSentences).toBeLessThan(2);
    expect(judge({ ...c, teaserKept: false }).isCopy).toBe(false);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false, weak: true });
  });

  it('joins with the next paragraph kept too, and reads as a summary', () => {
    const c = compare(teaser(wire[0]!, wire[1]!), wire.join(' '));
    expect(c.teaserKept).toBe(true);
    expect(judge(c)).toMatchObject({ isCopy: true, link: 'summary' });
  });
});

describe('a teaser that keeps a passage of a story’s opening', () => {
  /** The site's own sentence after the passage: what the agency's later version dropped. */
  const own =
    'Earlier, police in Orlo closed the bridge over the Varn after the water reached its deck, a local radio station said.';

  it('joins when two sentences of the opening are kept whole, one after the other', () => {
    // The story's second and third sentences, with a dateline of the site's own before them.
    const short = teaser(`Orlo (Agency) - ${wire[1]!}`, wire[2]!, own);
    const c = compare(short, wire.join(' '));
    expect(c.teaserKept).toBe(true);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false, weak: true });
  });

  it('not when one of the two is shorter than a lede', () => {
    const c = compare(teaser(wire[2]!, wire[3]!, own), wire.join(' '));
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });

  it('not when the two are not one after the other in the story', () => {
    const long = [wire[0], wire[1], wire[3], wire[2], wire[4], wire[5]].join(' ');
    const c = compare(teaser(wire[1]!, wire[2]!, own), long);
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });

  it('not when the passage is from below the story’s opening', () => {
    const long = [wire[0], wire[3], wire[4], wire[5], wire[1], wire[2]].join(' ');
    const c = compare(teaser(wire[1]!, wire[2]!, own), long);
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });
});

describe('what a teaser is not', () => {
  it('a short text that keeps the lede and goes on with sentences of another story', () => {
    const short = teaser(
      wire[0]!,
      'Separately, the national football league postponed the match between Orlo United and Kessel Rovers scheduled for Sunday.',
    );
    const c = compare(short, wire.join(' '));
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });

  it('a stock clause of the story inside a longer sentence of another text', () => {
    // The story's fourth sentence (a clause, 14 words) sits whole in the short text's longer one.
    const short = teaser(
      'In a televised address from the capital on Sunday evening after a cabinet meeting, Moray said soldiers would reinforce the embankments along the Varn river overnight.',
    );
    const c = compare(short, wire.join(' '));
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });

  it('a sentence kept from below the story’s opening (its first four sentences)', () => {
    const long = [...wire.slice(1), wire[0]!].join(' ');
    const c = compare(teaser('Photo of the day, March 4.', wire[0]!), long);
    expect(c.teaserKept).toBe(false);
    expect(judge(c).isCopy).toBe(false);
  });
});
