import { describe, expect, it } from 'vitest';
import { isProjective, projectivise } from './projective.js';

describe('projectivity', () => {
  it('accepts nested arcs and rejects crossing ones', () => {
    // "Russia attacked Ukraine ." as annotated: all arcs nest.
    expect(isProjective([2, 0, 2, 2])).toBe(true);
    // Word 1 hangs from 3 across word 2, the root, which 3 does not dominate.
    expect(isProjective([3, 0, 2, 2])).toBe(false);
    expect(isProjective([3, 4, 0, 3])).toBe(false);
  });

  it('lifts crossing arcs to the head of their head until nothing crosses', () => {
    // Word 3 is the root with dependents 1 and 4; word 2 hangs from 4 across the root, so it is
    // lifted to 4's head, 3.
    const { heads, lifted } = projectivise([3, 4, 0, 3]);
    expect(heads).toEqual([3, 3, 0, 3]);
    expect(lifted).toBe(1);
    expect(isProjective(heads)).toBe(true);
  });

  it('leaves projective trees alone', () => {
    expect(projectivise([2, 0, 2, 2])).toEqual({ heads: [2, 0, 2, 2], lifted: 0 });
  });
});
