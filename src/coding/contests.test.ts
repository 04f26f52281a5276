// Sport told in the words of war (prec21): seen in wire feeds that carry match reports beside
// crisis news (cricket, rugby and football World Cups). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcontests', '2024-05-14');

describe('sport told in the words of war', () => {
  it('a country or its players beating or attacking at a match is no act of force', () => {
    expect(
      code('Argentina beat France 4-2 on penalties in the World Cup final on Sunday.'),
    ).toEqual([]);
    expect(code("India's fast bowlers attacked the stumps from the first over in Lahore.")).toEqual(
      [],
    );
  });

  it('force at a match, or beside one in another clause, is still coded', () => {
    expect(
      code('Police fired tear gas at football fans outside a stadium in Cairo after the match.'),
    ).toContain('ASSAULT EGY > EGY');
    expect(
      code(
        'Russia attacked Kharkiv with drones on Sunday as Ukraine played a football match in Germany.',
      ),
    ).toContain('ASSAULT RUS > UKR');
    expect(code('Russia did not attack Ukraine during the Olympics.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });
});
