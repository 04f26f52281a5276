// Sentences run together without a space (fifteenth round): a content farm's or a scraper's copy
// that lost the line breaks between paragraphs ("...a statement.According to the release...")
// read as one long sentence and aligned with nothing. Invented texts.
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { splitSentences, tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();

const original = [
  'Foreign Minister Lena Varga spoke on Friday with her Ostland counterpart Piet Kolar about the border talks.',
  'The two ministers discussed preparations for the summit of the two presidents in Dravon on March 3, the ministry said in a statement.',
  'Varga urged Ostland to withdraw its troops from the disputed valley before the summit and to reopen the crossing at Lessa.',
  'She also stressed that the gas transit agreement signed in 2019 must be honoured by both governments.',
  'Kolar said his government was ready to discuss the crossing but would not move its troops before a written guarantee.',
].join('\n\n');

/** The farm's copy: the same paragraphs, their breaks lost, a headline of its own. */
const runTogether =
  'Varga presses Kolar on troops ahead of summit\n\n' +
  original
    .split('\n\n')
    .map((p) => p.replace('spoke on Friday', 'talked on Friday'))
    .join('');

describe('sentences run together without a space', () => {
  it('splits between a lower-case word and a capitalised one', () => {
    expect(
      splitSentences('The talks ended.The ministers left.Both said "no".Then it rained.'),
    ).toEqual(['The talks ended.', 'The ministers left.', 'Both said "no".', 'Then it rained.']);
  });

  it('keeps abbreviations, initials, times and web addresses whole', () => {
    for (const s of [
      'The U.S.Treasury named them.',
      'They met at 9 a.m.Tuesday in St.Louis.',
      'The statement was posted on Al-Jazeera.com first.',
      'Dr.Varga spoke.',
    ])
      expect(splitSentences(s)).toEqual([s]);
  });

  it('a copy that lost its paragraph breaks joins its original', () => {
    const c = compareDocuments(tokenize(runTogether), tokenize(original), th);
    expect(c.alignedSentences).toBe(5);
    expect(judge(c).isCopy).toBe(true);
  });
});
