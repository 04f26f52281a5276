import { describe, expect, it } from 'vitest';
import { memoPerOwner } from './memo.js';

describe('memoPerOwner', () => {
  it('computes once per owner and key', () => {
    const memo = memoPerOwner<object, number>(10);
    const a = {};
    const b = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(memo(a, 'k', compute)).toBe(1);
    expect(memo(a, 'k', compute)).toBe(1);
    expect(memo(b, 'k', compute)).toBe(2); // another owner has its own answers
    expect(calls).toBe(2);
  });

  it('forgets everything at the limit, then starts again', () => {
    const memo = memoPerOwner<object, string>(2);
    const owner = {};
    let calls = 0;
    const compute = (v: string) => () => (calls++, v);
    memo(owner, 'x', compute('x'));
    memo(owner, 'y', compute('y'));
    memo(owner, 'z', compute('z')); // full: cleared before z is kept
    expect(memo(owner, 'z', compute('z'))).toBe('z');
    expect(calls).toBe(3);
    memo(owner, 'x', compute('x')); // x was forgotten
    expect(calls).toBe(4);
  });
});
