// A pattern that holds the noun pointing back to an earlier act ("welcome * decision|move",
// "mediate * deal"): the noun still names the doer of the sentence's earlier act as the target
// (eighteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dheldback', '2024-08-12');

describe('a back-reference inside the pattern', () => {
  it('aims "welcomed the move" at the doer of the earlier act', () => {
    expect(
      code(
        "Cuba freed two jailed Spanish journalists on Friday, and Spain's foreign minister welcomed the move.",
      ),
    ).toContain('SUPPORT ESP > CUB');
  });

  it('leaves it untargeted with no earlier act in the sentence', () => {
    expect(code("Kosovo's prime minister welcomed the decision on Monday.")).toEqual([
      'SUPPORT XKX > ',
    ]);
  });
});
