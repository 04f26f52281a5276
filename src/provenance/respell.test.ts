// Numbers a spinner half spelled out ("1.two million"). Invented texts.
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { respellNumerals, tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

describe('respellNumerals', () => {
  it('writes a number in digits again when a spinner spelled some of its digits', () => {
    expect(respellNumerals('About 1.two million people, some four,000 shelters')).toBe(
      'About 1.2 million people, some 4,000 shelters',
    );
    expect(respellNumerals('a 6.four magnitude quake')).toBe('a 6.4 magnitude quake');
  });

  it('leaves words, abbreviations, lists and numbers in words alone', () => {
    for (const text of [
      'U.S. forces and e.g. U.N. staff',
      'one.two is no number', // no digit in it
      'May four, 2019', // a space after the comma: two numbers
      'Paris,France and 1.5 million',
      'four,hundred', // "hundred" is no digit word
    ]) {
      expect(respellNumerals(text)).toBe(text);
    }
  });
});

describe('a spun copy whose numbers were half spelled out', () => {
  const original = [
    'About 1.2 million people living in the most vulnerable districts had been moved to some 4,000 shelters, disaster official Mahbub Alam said.',
    'The storm destroyed 350 houses in the Bhola district, where 3 fishermen were missing, local official Rina Das told reporters.',
    'Officials in Chittagong said 45 flights were cancelled and the port was closed for 2 days.',
    'The cyclone was the strongest to hit the coast since 2007, when 3,400 people died.',
  ].join(' ');
  const spun = [
    'About 1.two million men and women living in the most susceptible districts had been moved to some four,000 shelters, catastrophe official Mahbub Alam mentioned.',
    'The storm wrecked 350 homes in the Bhola district, exactly where three fishermen had been missing, regional official Rina Das advised reporters.',
    'Officials in Chittagong stated 45 flights were cancelled and the port was shut for two days.',
    'The cyclone was the most powerful to strike the coast considering that 2007, when 3,400 individuals died.',
  ].join(' ');

  it('finds no number it contradicts, and joins it', () => {
    const c = compareDocuments(tokenize(original), tokenize(spun), thesaurus());
    expect(c.numberConflicts).toBe(0);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });
});
