// The fine check's number rule: a dropped number is an edit, a replaced one a contradiction.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair, compareDocuments, judge } from './compare.js';
import { anchorSequence, anchorShingles, tokenize, translationAnchors } from './text.js';
import { thesaurus, type Thesaurus } from './thesaurus.js';

const th = thesaurus();

const story = (days: string, troops: string, talks: string): string =>
  [
    `Officials in Tallinn said on ${days} that 4 patrol boats had left the harbour of Paldiski.`,
    `Defence Minister Aino Kask said ${troops} soldiers would join the exercise near Narva.`,
    `The ministry said the drills would last ${talks} days and end on Friday before the summit in Riga.`,
    `Kask told reporters that 3 allied ships had asked to take part in the second week.`,
  ].join(' ');

const compare = (a: string, b: string): ReturnType<typeof compareDocuments> =>
  compareDocuments(tokenize(a), tokenize(b), th);

describe('numbers in aligned sentences', () => {
  it('takes numbers the copy dropped (two weekdays) for an edit, not a contradiction', () => {
    const original = story('Tuesday', '1,200', '9');
    const shortened = original.replace(' on Tuesday', '').replace(' on Friday', '');
    const c = compare(shortened, original);
    expect(c.numberConflicts).toBe(0);
    expect(c.numbersCompared).toBeGreaterThanOrEqual(6);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('still takes numbers replaced in place for another report', () => {
    const c = compare(story('Tuesday', '1,200', '9'), story('Wednesday', '1,450', '11'));
    expect(c.numberConflicts).toBe(6);
    expect(judge(c)).toMatchObject({ isCopy: false, contradicts: true });
  });
});

describe('checkPair (the fine check as linking runs it)', () => {
  it('gives the full comparison and verdict for a copy', () => {
    const a = tokenize(story('Tuesday', '1,200', '9'));
    const b = tokenize(story('Tuesday', '1,200', '9').replace(' on Friday', ''));
    const full = compareDocuments(a, b, th);
    const checked = checkPair(a, b, th);
    expect(checked.verdict.isCopy).toBe(true);
    expect(checked.comparison).toEqual(full);
    expect(checked.verdict).toEqual(judge(full));
  });

  it('decides a non-copy as the full comparison does, without the word alignment', () => {
    const a = tokenize(story('Tuesday', '1,200', '9'));
    const b = tokenize(story('Wednesday', '1,450', '11'));
    const full = judge(compareDocuments(a, b, th));
    const checked = checkPair(a, b, th);
    expect(checked.verdict).toMatchObject({ isCopy: full.isCopy, contradicts: full.contradicts });
    expect(checked.verdict.contradicts).toBe(true);
    expect(checked.comparison.similarity).toBe(0);
  });
});

describe('numbers in one form', () => {
  it('reads "ten" as "10" and "$10 million" as "$10m" (trailing zeros dropped for all)', () => {
    const nums = (t: string): string[] =>
      tokenize(t).flatMap((s) => s.tokens.filter((x) => x.kind === 'num').map((x) => x.word));
    expect(nums('They left within ten days.')).toEqual(nums('They left within 10 days.'));
    expect(nums('It is worth $ten million.')).toEqual(nums('It is worth $10 million.'));
  });
});

describe('translated: the numbers of the part translated', () => {
  // Names and numbers only, as the translated rule reads them: a text in another language.
  const english = story('Tuesday', '1,200', '9');
  const base = compare(english, english);
  const foreign = {
    ...base,
    englishA: 0.02,
    englishB: 0.4,
    alignedSentences: 0,
    containment: 0,
    containmentLong: 0,
    anchorsShort: 10,
    anchorsAligned: 8,
    numbersShort: 2,
    numbersAligned: 2,
  };

  it('links a translation whose numbers run as in the original', () => {
    expect(judge({ ...foreign, numbersSpan: 2 })).toMatchObject({
      isCopy: true,
      link: 'translated',
    });
  });

  it('not another report sharing two numbers with other numbers between them', () => {
    expect(judge({ ...foreign, numbersSpan: 3 }).isCopy).toBe(false);
  });

  it('takes names alone (fewer than two numbers) for weak evidence, numbers in order not', () => {
    expect(judge({ ...foreign, numbersSpan: 2 }).weak).toBe(false);
    const names = { ...foreign, anchorsShort: 14, anchorsAligned: 14, numbersShort: 1 };
    expect(judge({ ...names, numbersAligned: 1, numbersSpan: 1 })).toMatchObject({
      isCopy: true,
      link: 'translated',
      weak: true,
    });
  });
});

describe('weak evidence (enough to join, not to bridge two stories)', () => {
  const english = story('Tuesday', '1,200', '9');
  const base = compare(english, english);
  const partly = { ...base, alignedSentences: 4, proseShort: 6, run: 1, containmentLong: 0.4 };

  it('is a containment neither mostly whole nor in order', () => {
    expect(judge({ ...partly, containment: 0.7, orderKept: 0.67 })).toMatchObject({
      isCopy: true,
      weak: true,
    });
  });

  it('is not a containment mostly whole, or in order', () => {
    expect(judge({ ...partly, containment: 0.85, orderKept: 0.67 }).weak).toBe(false);
    expect(judge({ ...partly, containment: 0.7, orderKept: 1 }).weak).toBe(false);
    expect(judge(base)).toMatchObject({ isCopy: true, weak: false });
  });
});

describe('anchor shingles', () => {
  it('hold each number of two characters or more alone', () => {
    const shingles = anchorShingles(
      tokenize('Officials said 155,000 troops and 4 ships were near Narva.'),
      2,
    );
    expect(shingles).toContain('#u155');
    expect(shingles).not.toContain('#u4');
  });
});

describe('anchor sequence for the translated rule', () => {
  it('leaves out numbers under ten written as English words (a translation writes its own)', () => {
    const text = tokenize('Minister Aino Kask said two ships and 140 soldiers left Narva.');
    expect(anchorSequence(text)).toEqual(['ain', 'kask', '2', '14', 'narv']);
    expect(translationAnchors(text).list.map((a) => a.word)).toEqual(['ain', 'kask', '14', 'narv']);
  });
});

describe('synsets remembered per sentence', () => {
  // The same tokenised texts compared under two thesauri: the synsets a sentence remembers
  // belong to the thesaurus they were looked up in.
  const none: Thesaurus = {
    ...th,
    synsetSet: () => new Set<number>(),
    areSynonyms: (x, y) => x === y,
    synonymsOf: () => [],
  };
  const original = tokenize(
    [
      'Officials in Tallinn said the ministry would purchase 4 patrol boats for the navy.',
      'The government would purchase large quantities of fuel and begin shipping it quickly, Kask said.',
      'Kask told reporters that 3 allied ships had asked to join the drills.',
    ].join(' '),
  );
  const spun = tokenize(
    [
      'Officials in Tallinn said the ministry would buy 4 patrol boats for the navy.',
      'The government would buy big amounts of fuel and start shipping it rapidly, Kask said.',
      'Kask told reporters that 3 allied ships had asked to join the drills.',
    ].join(' '),
  );
  const keys = (t: Thesaurus): number => checkPair(spun, original, t).comparison.alignedKeys;

  it('finds a synonym with WordNet, not without, whichever thesaurus came first', () => {
    const withWordNet = keys(th);
    const without = keys(none);
    expect(th.areSynonyms('buy', 'purchase')).toBe(true);
    expect(without).toBeLessThan(withWordNet);
    expect(keys(th)).toBe(withWordNet);
    expect(keys(none)).toBe(without);
  });
});
