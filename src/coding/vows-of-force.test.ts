// A vow of force is a threat, not a promise to cooperate (prec21): "vowed to retaliate",
// "promised to respond", seen in wire reports of leaders' answers to attacks. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dvows', '2024-05-14');

describe('vows of force', () => {
  it('a vow or promise to retaliate or respond is THREATEN', () => {
    expect(code('The Houthi leader promised to respond to the American strikes.')).toEqual([
      'THREATEN YEM > USA',
    ]);
    expect(code('Pakistan vowed on Friday to retaliate against India.')).toEqual([
      'THREATEN PAK > IND',
    ]);
    expect(code('Biden vowed that the United States would respond.')).toEqual(['THREATEN USA > ']);
  });

  it('a vow to cooperate stays AGREE', () => {
    expect(code('Ethiopia pledged on Monday to cooperate with the African Union.')).toContain(
      'AGREE ETH > AU',
    );
    // Answering a request is no force.
    expect(
      code('Kenya promised to respond quickly to the request for aid from Somalia.').some((e) =>
        e.startsWith('THREATEN'),
      ),
    ).toBe(false);
  });
});
