import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReorderBuffer } from './reorder.js';

describe('ReorderBuffer', () => {
  it('hands results back in sequence order, whatever order they arrive in', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 60 })
          .chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })),
        (arrival) => {
          const buffer = new ReorderBuffer<string>();
          const out: string[] = [];
          for (const seq of arrival) {
            buffer.put(seq, `r${seq}`);
            out.push(...buffer.takeReady());
            // Nothing is handed out before everything earlier is in.
            expect(out).toEqual([...Array(out.length).keys()].map((i) => `r${i}`));
          }
          expect(out).toHaveLength(arrival.length);
          expect(buffer.held).toBe(0);
          expect(buffer.expected).toBe(arrival.length);
        },
      ),
    );
  });

  it('holds a result until the one before it arrives', () => {
    const buffer = new ReorderBuffer<number>();
    buffer.put(1, 10);
    expect(buffer.takeReady()).toEqual([]);
    expect(buffer.held).toBe(1);
    buffer.put(0, 0);
    expect(buffer.takeReady()).toEqual([0, 10]);
  });

  it('hands out at most as many as asked, the rest on the next call', () => {
    const buffer = new ReorderBuffer<number>();
    [2, 0, 1].forEach((seq) => buffer.put(seq, seq));
    expect(buffer.takeReady(1)).toEqual([0]);
    expect(buffer.ready).toBe(true);
    expect(buffer.takeReady()).toEqual([1, 2]);
    expect(buffer.ready).toBe(false);
  });

  it('keeps falsy results (undefined, 0) in their place', () => {
    const buffer = new ReorderBuffer<number | undefined>();
    buffer.put(1, 0);
    buffer.put(0, undefined);
    expect(buffer.takeReady()).toEqual([undefined, 0]);
  });

  it('refuses a sequence number given twice or already handed out', () => {
    const buffer = new ReorderBuffer<number>();
    buffer.put(0, 0);
    expect(() => buffer.put(0, 1)).toThrow(/already taken/);
    buffer.takeReady();
    expect(() => buffer.put(0, 2)).toThrow(/already taken/);
  });
});
