// A conditional act with no target of its own is aimed at the party its condition asks something
// of (condition-parties.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('cond23', '2024-05-14');

describe('a conditional act', () => {
  it('is aimed at the one the condition after it asks something of', () => {
    expect(
      code('Moldova will pull back its border guards only if Russia halts its drills.'),
    ).toEqual(['AGREE MDA > RUS']);
    expect(
      code(
        'Armenia would withdraw its observers from the corridor if Azerbaijan reopens the road.',
      ),
      // Withdrawing observers is a measure against the other side: held out, a THREATEN.
    ).toEqual(['THREATEN ARM > AZE']);
  });

  it('keeps a target of its own, and takes none from a condition before it', () => {
    // Its own object wins over the condition's party.
    expect(
      code('Serbia will recall its ambassador from Croatia unless Hungary intervenes.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^\w+ SRB > HRV$/)]));
    // The condition precedes the act: it names no one the act is aimed at, and the act, with
    // another party named and no target found, stays untied (dropped) as before.
    expect(
      code('If Kenya reopens the crossing, Somalia will pull back its troops.').filter((e) =>
        e.endsWith('> KEN'),
      ),
    ).toEqual([]);
  });
});
