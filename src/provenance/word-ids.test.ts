// Word ids and synset lists of the fine check: the same answers as strings and sets would give,
// and texts prepared in an older generation of ids are prepared again. Invented texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { fromFile, thesaurus } from './thesaurus.js';
import { bound, currentGeneration, sharesSynset, synsetsById, wordId } from './word-ids.js';

describe('word ids', () => {
  it('gives one id per word, another to another word', () => {
    const a = wordId('harbour');
    expect(wordId('harbour')).toBe(a);
    expect(wordId('patrol')).not.toBe(a);
  });

  it('starts a new generation only when the table is over its limit', () => {
    wordId('ferry');
    const before = currentGeneration();
    bound(Number.MAX_SAFE_INTEGER);
    expect(currentGeneration()).toBe(before);
    bound(0);
    expect(currentGeneration()).toBe(before + 1);
    // The table starts again: the first word of the new generation is 0.
    expect(wordId('lighthouse')).toBe(0);
  });
});

describe('synsets by id', () => {
  const WORDS = ['route', 'path', 'way', 'road', 'harbour', 'port'];

  it('meet exactly when the two words share a synset, whatever the synsets', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(fc.integer({ min: 0, max: WORDS.length - 1 }), {
            minLength: 1,
            maxLength: 4,
          }),
          { maxLength: 10 },
        ),
        (synsets) => {
          const t = fromFile({ lemmas: WORDS, synsets });
          for (const x of WORDS)
            for (const y of WORDS) {
              const ids = [synsetsById(wordId(x), t), synsetsById(wordId(y), t)] as const;
              for (const list of ids) expect([...list]).toEqual([...list].sort((p, q) => p - q));
              const expected = [...t.synsetSet(x)].some((s) => t.synsetSet(y).has(s));
              expect(sharesSynset(ids[0], ids[1])).toBe(expected);
            }
        },
      ),
    );
  });
});

describe('the fine check across generations', () => {
  const report = (count: string): string =>
    [
      `Officials in Tallinn said on Monday that ${count} patrol boats had left the harbour of Paldiski.`,
      'Defence Minister Aino Kask said 1,200 soldiers would join the exercise near Narva.',
      'The ministry said the drills would last 9 days and end on Friday before the summit in Riga.',
      'Kask told reporters that 3 allied ships had asked to take part in the second week.',
    ].join(' ');

  it('gives the same verdict when the ids are reset between two checks of the same texts', () => {
    const th = thesaurus();
    const a = tokenize(report('4'));
    const copyText = report('4').replace('had left', 'left');
    // Another day's report: its counts changed (one changed count alone is a story updated).
    const otherDay = report('7').replace('1,200', '1,450').replace('9 days', '11 days');
    const first = [checkPair(a, tokenize(copyText), th), checkPair(a, tokenize(otherDay), th)];
    // `a` was prepared with the old ids, the texts met now are prepared with the new ones.
    bound(0);
    const again = [checkPair(a, tokenize(copyText), th), checkPair(a, tokenize(otherDay), th)];
    expect(again).toEqual(first);
    expect(first[0]!.verdict.isCopy).toBe(true);
    expect(first[1]!.verdict.contradicts).toBe(true);
  });
});
