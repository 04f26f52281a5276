// Joint acts of three named members of one subject are acts of each pair (three-way.ts).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dthreeway', '2024-06-01');

describe('a joint act of three', () => {
  it('codes every pair of a three-member subject holding a joint drill', () => {
    expect(
      code('India, France and the United Arab Emirates held a joint air exercise on Monday.'),
    ).toEqual(['COOPERATE IND > FRA', 'COOPERATE IND > ARE', 'COOPERATE FRA > ARE']);
  });

  it('keeps a partner named after the verb against each member only', () => {
    expect(code('Russia held joint naval drills with China and Iran on Monday.')).not.toContain(
      'COOPERATE CHN > IRN',
    );
  });

  it('adds no pair between three who welcome something', () => {
    expect(code('Tokyo, London and Canberra welcomed the release of the three men.')).not.toContain(
      'SUPPORT GBR > AUS',
    );
  });
});
