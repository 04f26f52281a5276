// Which candidates get the fine check. Invented ids.
import { describe, expect, it } from 'vitest';
import {
  checkable,
  fineCheckOrder,
  joinableGroups,
  LOW_ESTIMATE,
  LOW_ESTIMATE_BANDS,
  vetoedGroups,
} from './candidates.js';

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

describe('checkable', () => {
  const r = (doc: string, estimate: number, bands: number) => ({ doc, estimate, bands });

  it('fills checks the estimates left unused with candidates under the estimate that share band keys', () => {
    const picked = checkable(
      [
        r('good', 0.5, 9),
        r('short-copy', 0.15, LOW_ESTIMATE_BANDS + 1),
        r('one-name-pair', 0.18, LOW_ESTIMATE_BANDS - 1),
        r('far', LOW_ESTIMATE - 0.01, 12),
        r('gallery', 0.16, LOW_ESTIMATE_BANDS),
      ],
      0.2,
      6,
    );
    // Better first among those under the estimate; too few band keys or too low an estimate: not.
    expect(picked.map((c) => c.doc)).toEqual(['good', 'gallery', 'short-copy']);
  });

  it('adds none when the estimates fill the budget, and never more than it', () => {
    const full = ['a', 'b', 'c'].map((d) => r(d, 0.4, 5));
    expect(checkable([...full, r('low', 0.15, 8)], 0.2, 3).map((c) => c.doc)).toEqual([
      'a',
      'b',
      'c',
    ]);
    const lows = ['x', 'y', 'z'].map((d, i) => r(d, 0.19 - i / 100, 5));
    expect(checkable([r('a', 0.4, 5), ...lows], 0.2, 3).map((c) => c.doc)).toEqual(['a', 'x', 'y']);
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
