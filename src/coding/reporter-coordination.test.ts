// A second act of the speaker joined to the verb of saying by "and" across its "that" clause
// (seventeenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dspeaker', '2024-04-09');

describe('an act joined to "said" across its complement', () => {
  it('is the speaker’s when the complement’s subject is no actor', () => {
    expect(
      code(
        "Kazakhstan's president said on Monday that the cargo plane had been hit by fire over Kyrgyzstan and demanded that Bishkek pay compensation.",
      ),
    ).toContain('REQUEST KAZ > KGZ');
  });

  it('leaves a later verb with an auxiliary of its own to the complement', () => {
    expect(
      code(
        "Kazakhstan's president said on Monday that the cargo plane had been hit by fire over Kyrgyzstan and had demanded that Bishkek pay compensation.",
      ),
    ).not.toContain('REQUEST KAZ > KGZ');
  });
});
