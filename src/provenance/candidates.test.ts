// Which candidates get the fine check. Invented ids.
import { describe, expect, it } from 'vitest';
import { fineCheckOrder, vetoedGroups } from './candidates.js';

const c = (doc: string, story: string, estimate: number) => ({ doc, story, estimate });

describe('fineCheckOrder', () => {
  it('checks the best estimates, then one of each story they did not reach', () => {
    const order = fineCheckOrder(
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
    );
    expect(order.map((x) => x.doc)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
  });

  it('keeps the index order (most shared bands first) between equal estimates', () => {
    const order = fineCheckOrder([c('z', 'Z', 1), c('y', 'Y', 1), c('x', 'X', 1)], 2, 0);
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
