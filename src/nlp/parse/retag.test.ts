import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';
import { retag } from './retag.js';

const trees = parseConllu(
  readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8'),
);

describe('retag', () => {
  it("gives each treebank word the tag of wink's token over it", () => {
    const s = trees.find((t) => t.id === 'fixture-01')!;
    expect(retag(s)).toEqual({ tags: ['PROPN', 'VERB', 'PROPN', 'PUNCT'], unaligned: 0 });
  });

  it('splits a contraction as wink does, one tag per word', () => {
    const s = trees.find((t) => t.id === 'fixture-10')!;
    const { tags, unaligned } = retag(s);
    expect(unaligned).toBe(0);
    expect(tags).toHaveLength(5);
    expect(tags[1]).toBe('AUX'); // did
    expect(tags[2]).toBe('PART'); // n't
  });

  it('keeps the treebank tag where no wink token lies over a word', () => {
    const s = { ...trees[0]!, spans: trees[0]!.spans.map(() => [999, 1000] as [number, number]) };
    expect(retag(s)).toEqual({ tags: s.upos, unaligned: 4 });
  });
});
