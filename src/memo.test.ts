import { describe, expect, it } from 'vitest';
import { memoPairPerOwner, memoPerOwner } from './memo.js';

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

describe('memoPairPerOwner', () => {
  it('keeps answers per owner and per pair, not per joined string', () => {
    const memo = memoPairPerOwner<object, string>(10);
    const a = {};
    const b = {};
    let calls = 0;
    const compute = (v: string) => () => (calls++, v);
    expect(memo(a, 'shot', 'shoot', compute('1'))).toBe('1');
    expect(memo(a, 'shot', 'shoot', compute('x'))).toBe('1');
    expect(memo(a, 'shot', 'shot', compute('2'))).toBe('2'); // same word, another lemma
    expect(memo(a, 'sh', 'otshoot', compute('3'))).toBe('3'); // would clash if joined plainly
    expect(memo(b, 'shot', 'shoot', compute('4'))).toBe('4'); // another owner
    expect(memo(a, 'shot', 'shoot', compute('y'))).toBe('1'); // back to the first owner
    expect(calls).toBe(4);
  });

  it('forgets everything at the limit, then starts again', () => {
    const memo = memoPairPerOwner<object, number>(2);
    const owner = {};
    let calls = 0;
    const compute = () => ++calls;
    memo(owner, 'a', 'x', compute);
    memo(owner, 'a', 'y', compute);
    expect(memo(owner, 'b', 'z', compute)).toBe(3); // full: cleared before b z is kept
    expect(memo(owner, 'b', 'z', compute)).toBe(3);
    expect(memo(owner, 'a', 'x', compute)).toBe(4); // forgotten
  });
});
