// An editor who joins sentences: a rewrite that runs two or three of its original's sentences
// into one, so that the shorter text's sentences are the longer of each pair. Invented texts
// (the class was found on real copies of one broadcaster's story; see README, eighth round).
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

const original = [
  'Troops took control of the port city of Marlow on Tuesday after a night of clashes, and the regional governor Elena Vasquez was detained along with three of her ministers.',
  'Soldiers blocked the roads into the city and the state broadcaster went off the air.',
  'Mobile phone services were cut in the harbour district, residents said.',
  'The army said it acted because the November vote had been marred by fraud.',
  'It named General Tomas Reyes as acting governor and declared a state of emergency for six months.',
  'Vasquez urged her supporters not to accept the takeover in a message posted by her party.',
  'The region was ruled by the army until 2009, when reforms led by Vasquez ended military rule.',
  'She spent nearly eight years under house arrest between 1995 and 2003.',
  'Banks were closed and long queues formed at cash machines across the city.',
  'The national government in Caldera condemned the move and recalled its envoy.',
];

/** The same story with its sentences run together in twos and threes, a few words changed. */
const joinedCopy = [
  'Troops took control of the port city of Marlow after a night of clashes and detained the regional governor Elena Vasquez and three of her ministers; soldiers blocked the roads into the city, the state broadcaster went off the air and mobile phone services were cut in the harbour district.',
  'Claiming the November vote had been marred by fraud, the army named General Tomas Reyes as acting governor and declared a six-month state of emergency, while Vasquez urged her supporters not to accept the takeover.',
  'The region was ruled by the army until 2009, when reforms led by Vasquez ended military rule after she had spent nearly eight years under house arrest between 1995 and 2003.',
];

describe('a copy whose editor joined sentences', () => {
  it('joins its original although each of its sentences holds two or three of the original', () => {
    const c = compare(joinedCopy.join(' '), original.join(' '));
    expect(c.firstIsShort).toBe(true);
    expect(c.alignedSentences).toBe(3);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('still needs half of the smaller sentence: a long sentence sharing a few words is not one', () => {
    // Another region's story in the same words, its people, place and numbers its own.
    const other = original.map((s) =>
      s
        .replace(/Marlow/g, 'Dunmore')
        .replace(/Elena Vasquez|Vasquez/g, 'Maria Lund')
        .replace('General Tomas Reyes', 'Colonel Ivan Petrov')
        .replace('November', 'March')
        .replace('2009', '2014')
        .replace('1995 and 2003', '2001 and 2008')
        .replace('Caldera', 'Ostrava'),
    );
    const c = compare(joinedCopy.join(' '), other.join(' '));
    expect(judge(c).isCopy).toBe(false);
  });
});
