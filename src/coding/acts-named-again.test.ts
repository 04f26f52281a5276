// A reaction whose object names an earlier act of the sentence by a word of that act's own
// ("held drills ..., and X denounced the drills") is aimed at that act's parties (fifteenth
// round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dagain', '2024-05-20');

describe('acts named again by a reaction', () => {
  it('aims the reaction at every side of a joint act', () => {
    const out = code(
      'Chile and Peru held naval drills on Monday, and Bolivia denounced the drills as a provocation.',
    );
    expect(out).toContain('ACCUSE BOL > CHL');
    expect(out).toContain('ACCUSE BOL > PER');
  });

  it('aims it at the doer of a one-sided act', () => {
    expect(
      code(
        'Ethiopia imposed sanctions on two Eritrean firms on Monday, and Kenya criticised the sanctions.',
      ),
    ).toContain('ACCUSE KEN > ETH');
  });

  it('leaves an object that names no act of the sentence untargeted', () => {
    expect(
      code('Chile and Peru held naval drills on Monday, and Bolivia denounced the weather.'),
    ).not.toContain('ACCUSE BOL > CHL');
  });
});
