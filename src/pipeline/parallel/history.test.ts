import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedHistory } from './history.js';

describe('SharedHistory', () => {
  it('shows each reader every earlier text exactly once, in order, before its own', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((readers) =>
          fc.tuple(
            fc.constant(readers),
            // Each step: a reader (0..readers-1) codes the next text, or -1 (someone else) does.
            fc.array(fc.integer({ min: -1, max: readers - 1 }), { maxLength: 40 }),
          ),
        ),
        ([readers, steps]) => {
          const history = new SharedHistory(readers);
          const seenBy: string[][] = Array.from({ length: readers }, () => []);
          steps.forEach((reader, n) => {
            const text = `t${n}`;
            if (reader < 0) {
              history.record(text);
              return;
            }
            seenBy[reader]!.push(...history.handTo(reader, text), text);
            // What this reader has seen is exactly every text so far, in order.
            expect(seenBy[reader]).toEqual(steps.slice(0, n + 1).map((_, i) => `t${i}`));
          });
          // Nothing is held that every reader has seen.
          const lagging = Math.min(...seenBy.map((s) => s.length));
          expect(history.held).toBe(steps.length - lagging);
          seenBy.forEach((seen, reader) =>
            expect(history.unseen(reader)).toBe(steps.length - seen.length),
          );
        },
      ),
    );
  });
});
