// Protests named in an adjunct with their aim (eighteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dprotadj', '2024-07-02');

describe('a protest told in an adjunct', () => {
  it('codes a protest "at" or "during" with an aim, as the sole country\'s crowd', () => {
    expect(
      code(
        'Police detained more than 300 people at rallies against the new tax law in five Kenyan cities.',
      ),
    ).toEqual(['COERCE KEN > KEN', 'PROTEST KEN > KEN']);
  });

  it('codes what something turned "into"', () => {
    expect(
      code(
        'Serbian police fired tear gas in Belgrade as a vigil turned into protests against the government.',
      ),
    ).toContain('PROTEST SRB > SRB');
  });

  it('leaves a protest with no aim to be the scene of the act', () => {
    expect(
      code('Kenyan police arrested 40 people in Nairobi during protests over fuel prices.'),
    ).toEqual(['COERCE KEN > KEN']);
  });

  it('leaves the crowd unknown when the sentence names several countries', () => {
    expect(
      code(
        'Police in Tbilisi detained dozens during protests against Russia, and Moscow summoned the Georgian envoy.',
      ),
    ).not.toContain('PROTEST GEO > RUS');
  });
});
