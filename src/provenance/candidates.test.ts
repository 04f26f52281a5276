// Which candidates get the fine check. Invented ids.
import { describe, expect, it } from 'vitest';
import { fineCheckOrder, joinableGroups, vetoedGroups } from './candidates.js';

const stories = new Map<string, string>();
const asked: string[] = [];
const c = (doc: string, story: string, estimate: number) => {
  stories.set(doc, story);
  return { doc, estimate };
};
const storyOf = async (doc: string): Promise<string> => {
  asked.push(doc);
  return stories.get(doc)!;
};

describe('fineCheckOrder', () => {
  it('checks the best estimates, then one of each story they did not reach', async () => {
    asked.length = 0;
    const order = await fineCheckOrder(
      [
        c('a1', 'A', 0.9),
        c('a2', 'A', 0.8),
        c('a3', 'A', 0.7),
        c('b1', 'B', 0.5),
        c('a4', 'A', 0.45),
        c('c1', 'C', 0.4),
        c('c2', 'C', 0.35),
        c('d1', 'D', 0.3),
      ],
      3,
      2,
      storyOf,
    );
    expect(order.map((x) => x.doc)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
    // Stories are asked only as far as the order reads: not of c2 and d1.
    expect([...asked].sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'c1']);
  });

  it('keeps the index order (most shared bands first) between equal estimates', async () => {
    const order = await fineCheckOrder(
      [c('z', 'Z', 1), c('y', 'Y', 1), c('x', 'X', 1)],
      2,
      0,
      storyOf,
    );
    expect(order.map((x) => x.doc)).toEqual(['z', 'y']);
  });
});

describe('vetoedGroups', () => {
  it('overrules one contradiction in a story the document matches twice', () => {
    expect(vetoedGroups(['S', 'S'], ['S'], [])).toEqual(new Set());
  });

  it('vetoes a story it contradicts as often as it matches (a template report of another day)', () => {
    expect(vetoedGroups(['S', 'T'], ['S'], [])).toEqual(new Set(['S']));
    expect(vetoedGroups([], ['R'], [])).toEqual(new Set(['R']));
  });

  it('always vetoes the story of an article of the same outlet and day', () => {
    expect(vetoedGroups(['S', 'S', 'S'], [], ['S'])).toEqual(new Set(['S']));
  });
});

describe('joinableGroups', () => {
  const g = (weak: boolean[], size: number) => ({ weak, size });

  it('never lets names alone bring a story of several documents to another', () => {
    const groups = new Map([
      ['S', g([false, false], 4)],
      ['T', g([true, true], 3)],
    ]);
    expect(joinableGroups(groups)).toEqual(new Set(['S']));
  });

  it('lets names alone bring a lone translation to the story matched on stronger evidence', () => {
    const groups = new Map([
      ['S', g([false], 4)],
      ['d1', g([true], 1)],
    ]);
    expect(joinableGroups(groups)).toEqual(new Set(['S', 'd1']));
  });

  it('with names alone, joins the group matched most often, none on a tie', () => {
    expect(
      joinableGroups(
        new Map([
          ['S', g([true, true], 3)],
          ['T', g([true], 2)],
        ]),
      ),
    ).toEqual(new Set(['S']));
    expect(
      joinableGroups(
        new Map([
          ['S', g([true], 3)],
          ['T', g([true], 2)],
        ]),
      ),
    ).toEqual(new Set());
    expect(joinableGroups(new Map([['S', g([true], 3)]]))).toEqual(new Set(['S']));
  });
});
