// An office or body named after "whose" acts for the antecedent ("Taiwan, whose foreign minister
// accused Beijing ..."), as it would named with a possessive (fifteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dwhose', '2023-03-27');

describe('offices after "whose"', () => {
  it("gives the office the antecedent's country", () => {
    expect(
      code('Honduras cut its ties with Taiwan, whose foreign minister accused Beijing of bribery.'),
    ).toContain('ACCUSE TWN > CHN');
    expect(
      code('Ethiopian troops entered Somalia, whose government condemned the incursion.'),
    ).toContain('ACCUSE SOM > ETH');
  });

  it('leaves an office that names its own country as it is', () => {
    expect(
      code('Honduras cut its ties with Taiwan, whose ally Japan accused Beijing of bribery.'),
    ).not.toContain('ACCUSE TWN > CHN');
  });
});
