// The thesaurus's flat layout against the plain reading of its file: a lemma's synsets are the
// synsets that list it, in order; a synset's lemmas are its members.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCache, fromFile, toCache } from './thesaurus.js';

const WORDS = ['force', 'forces', 'drive', 'select', 'choose', 'pick', 'path', 'way', 'road'];

describe('thesaurus layout', () => {
  it('answers as the file reads, whatever its synsets', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(fc.integer({ min: 0, max: WORDS.length - 1 }), {
            minLength: 2,
            maxLength: 4,
          }),
          {
            maxLength: 12,
          },
        ),
        (synsets) => {
          const t = fromFile({ lemmas: WORDS, synsets });
          WORDS.forEach((lemma, i) => {
            const expected = synsets.flatMap((members, s) => (members.includes(i) ? [s] : []));
            expect(t.synsetsOf(lemma) ?? []).toEqual(expected);
          });
          synsets.forEach((members, s) =>
            expect(t.lemmasOf(s)).toEqual(members.map((i) => WORDS[i])),
          );
          expect(t.lemmasOf(synsets.length)).toEqual([]);
          for (const a of WORDS)
            for (const b of WORDS) {
              const share = synsets.some(
                (m) => m.includes(WORDS.indexOf(a)) && m.includes(WORDS.indexOf(b)),
              );
              // Lemma forms may reach another lemma ("forces" -> "force"), so only the direct
              // case is checked exactly: sharing a synset is always found.
              if (share && a !== b) expect(t.areSynonyms(a, b)).toBe(true);
            }
        },
      ),
    );
  });

  it('knows nothing of a word it does not hold', () => {
    const t = fromFile({ lemmas: ['choose', 'select'], synsets: [[0, 1]] });
    expect(t.synsetsOf('drive')).toBeUndefined();
    expect(t.synonymsOf('choose')).toEqual(['select']);
    expect(t.synonymsOf('chose')).toEqual(['select']); // through its lemma
    expect(t.synonymsOf('drive')).toEqual([]);
    expect(t.size).toEqual({ lemmas: 2, synsets: 1 });
  });

  it('answers the same from its cache form', () => {
    const file = {
      source: 'test',
      lemmas: [...WORDS, 'drive'],
      synsets: [[0, 1], [2, 9, 3], [], [4, 5, 6, 12]],
      collocations: ['armed force', 'select committee'],
    };
    const cache = toCache(file);
    expect(cache).not.toBeNull();
    const [a, b] = [fromFile(file), fromCache(cache!)];
    expect(b.size).toEqual(a.size);
    for (const w of [...WORDS, 'forced', 'drives', 'none'])
      expect([b.synsetsOf(w), b.synonymsOf(w), b.lemmaForms(w)]).toEqual([
        a.synsetsOf(w),
        a.synonymsOf(w),
        a.lemmaForms(w),
      ]);
    for (let s = -1; s <= file.synsets.length; s++) expect(b.lemmasOf(s)).toEqual(a.lemmasOf(s));
    expect(b.collocations.has('armed force')).toBe(true);
    expect(b.collocations.has('armed')).toBe(false);
    expect(toCache({ ...file, lemmas: ['two\nlines'] })).toBeNull();
    for (const synsets of [
      [3, 0, 1],
      [-1, 0],
      [2, 0, 1, 1.5],
    ])
      expect(() => fromCache({ ...cache!, synsets })).toThrow(/synset counts/);
  });
});
