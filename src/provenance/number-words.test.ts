// Numbers in words read as the digits a copy writes in their place (`number-words.ts`): a number
// that opens a sentence is spelled out by wire style ("Sixty specialists"), and so are small
// numbers in a compound modifier ("a four-person team"); the copy writes "60" and "4-person".
// Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { spelledNumber } from './number-words.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);
const numbers = (s: string): string[] =>
  tokenize(s)[0]!.tokens.flatMap((t) => (t.kind === 'num' ? [t.word] : []));

describe('spelledNumber', () => {
  it('reads the tens, their compounds and a number word heading a compound', () => {
    expect(spelledNumber('sixty')).toEqual({ digits: '60', rest: '' });
    expect(spelledNumber('thirty-six')).toEqual({ digits: '36', rest: '' });
    expect(spelledNumber('seventeen')).toEqual({ digits: '17', rest: '' });
    expect(spelledNumber('four-person')).toEqual({ digits: '4', rest: 'person' });
    expect(spelledNumber('thirty-six-year-old')).toEqual({ digits: '36', rest: 'year-old' });
    expect(spelledNumber('twenty-one')).toEqual({ digits: '21', rest: '' });
  });

  it('leaves "one" (a pronoun as often), its compounds and other words alone', () => {
    expect(spelledNumber('one')).toBeUndefined();
    expect(spelledNumber('one-sided')).toBeUndefined();
    expect(spelledNumber('often')).toBeUndefined();
    expect(spelledNumber('well-known')).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('gives a sentence-opening number word and its digits one number', () => {
    expect(numbers('Sixty rescuers were sent.')).toEqual(numbers('Some 60 rescuers were sent.'));
    expect(numbers('Thirty-six people died.')).toEqual(['36']);
  });

  it('splits a number word off its compound as it splits digits', () => {
    const words = (s: string) => tokenize(s)[0]!.tokens.map((t) => t.word);
    expect(words('A four-person team left.')).toEqual(words('A 4-person team left.'));
  });
});

/** A foreign ministry's release on a rescue team sent abroad, rewritten by a site. */
const rewrite = [
  'Forty Norwegian flood rescue specialists, 4 search dogs and pumping equipment have been sent to Libya following the floods that swept Derna on Sunday night.',
  'According to the Ministry of Defence, the team was flown out via 2 Air Force C-130J aircraft, with the pumps and a medical assessment team.',
  'Foreign Minister Anniken Huitfeldt said the team of 40 specialists and 4 dogs would help the Libyan Red Crescent search the flooded districts along the Wadi Derna.',
  'The Norwegian Civil Defence team responds to disasters abroad for the foreign ministry and carries divers, drones, water pumps and field kitchens of its own.',
  'The equipment lets the team pump water out of cellars and reach people trapped in the upper floors of buildings cut off by the water.',
  'The Norwegian Medical Team is sending a 3-person medical assessment team to assess the needs of the hospitals and coordinate with the Libyan health authorities.',
].join('\n');

/** An outlet's blend of the release: the same sentences edited, numbers written its own way. */
const blend = [
  'Norwegian rescuers flown to Libya after Derna floods',
  'Norwegian flood rescue specialists have been flown to Libya by two Air Force C-130J aircraft following the floods in which more than 4,000 people are known to have died.',
  'Those sent include 40 flood rescue specialists, a medical assessment team, four search dogs and pumping equipment.',
  'Foreign Minister Anniken Huitfeldt said the team of 40 specialists and four dogs would help the Libyan Red Crescent search the flooded districts along the Wadi Derna.',
  'The Norwegian Civil Defence team responds to disasters abroad for the foreign ministry.',
  'It carries divers, drones, water pumps and field kitchens of its own.',
  'The equipment lets the team pump water out of cellars and reach people trapped in the upper floors of buildings cut off by the water.',
  "The Norwegian Medical Team's three-person medical assessment team is assessing the needs of the hospitals and coordinating with the Libyan health authorities.",
  'More than 4,000 people died when the floods struck the city on Sunday night, and thousands are still missing.',
].join('\n');

/** Another country's release of the same day: the same frame, its own numbers. */
const another = [
  'Fifty Danish flood rescue specialists, 8 rescue boats and pumping equipment have been sent to Libya after the floods that swept the city of Derna on Sunday night.',
  'According to the Ministry of Defence, the team flew out on Tuesday on 3 Air Force transport aircraft carrying the boats, the pumps and a medical assessment team.',
  'Foreign Minister Lars Lokke Rasmussen said the team of 50 specialists would help the Libyan Red Crescent search the flooded districts along the Wadi Derna.',
  'The Danish Emergency Management Agency team responds to disasters abroad for the foreign ministry and carries divers, drones, water pumps and field kitchens of its own.',
  'The equipment lets the team pump water out of cellars and reach people trapped in the upper floors of buildings cut off by the water.',
  'The Danish Medical Team is sending a 5-person medical assessment team to assess the needs of the hospitals and coordinate with the Libyan health authorities.',
].join('\n');

describe('a copy that writes in digits what its original spells out', () => {
  it('agrees on its numbers and joins', () => {
    for (const [a, b] of [
      [rewrite, blend],
      [blend, rewrite],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.numbersDisagreeing).toBe(0);
      // The ledes agree on "Forty"/"40" too (two sentences agreed when it was a word).
      expect(c.numbersAgreeing).toBeGreaterThanOrEqual(3);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false });
    }
  });

  it('still tells a release of the same frame with other numbers apart', () => {
    const { comparison: c, verdict } = check(rewrite, another);
    // "Forty" against "Fifty" is a number changed now, as "40" against "50" is.
    expect(c.numbersDisagreeing).toBeGreaterThanOrEqual(3);
    expect(verdict.isCopy).toBe(false);
  });
});
