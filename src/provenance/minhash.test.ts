// The skeleton shingles hashed in place (`windowHashes`) against the strings they stand for.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { hashString, splitSignature, splitSignatureOfHashes, windowHashes } from './minhash.js';
import { skeleton, skeletonShingles, skeletonWindows, tokenize } from './text.js';

const TEXT = [
  'Foreign Minister Alda Venn met her counterpart Piet Moran in Calvo on Tuesday.',
  'The two ministers agreed to reopen 3 border crossings closed since 2019, Venn said.',
  // Repeated: the same windows twice must count once.
  'The two ministers agreed to reopen 3 border crossings closed since 2019, Venn said.',
  'Floods in the Tarra valley forced 2,400 people from their homes, officials said.',
].join('\n\n');

describe('windowHashes', () => {
  const symbols = skeleton(tokenize(TEXT));

  it('hashes each distinct shingle once, as hashString hashes its string', () => {
    for (const k of [1, 3, 4]) {
      const strings = new Set(skeletonShingles(symbols, k));
      const { hashes, distinct } = windowHashes(symbols, skeletonWindows(symbols, k), k);
      expect(distinct).toBe(strings.size);
      expect([...hashes].sort()).toEqual([...new Set([...strings].map(hashString))].sort());
    }
  });

  it('makes the signature the strings make', () => {
    const strings = new Set(skeletonShingles(symbols, 4));
    const { hashes } = windowHashes(symbols, skeletonWindows(symbols, 4), 4);
    const anchors = ['#venn moran', '#3 2019'];
    expect(splitSignatureOfHashes(hashes, anchors)).toEqual(splitSignature(strings, anchors));
  });

  it('counts a window repeated once', () => {
    const words = ['alpha', 'beta', 'alpha', 'beta', 'gamma'];
    const { distinct } = windowHashes(words, Int32Array.of(0, 1, 2, 3), 2);
    expect(distinct).toBe(3);
  });
});
