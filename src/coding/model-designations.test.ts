// Machines named with a model designation between the nationality and the noun (sixteenth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dmodel', '2024-03-06');

describe('a doer named by its machine and model', () => {
  it('reads plural machines of a state with a designation', () => {
    expect(code('Greek F-16 fighters intercepted a Turkish patrol plane over the Aegean.')).toEqual(
      ['COERCE GRC > TUR'],
    );
    expect(code('Israeli F-35 jets bombed an arms depot in northern Syria.')).toEqual([
      'ASSAULT ISR > SYR',
    ]);
  });

  it('reads one machine with a designation and a type name', () => {
    expect(
      code('A Russian Su-30 fighter jet struck an American MQ-1 Predator drone over the sea.'),
    ).toEqual(['ASSAULT RUS > USA']);
    expect(code('An Iranian Shahed-136 drone hit a grain terminal in Odesa.')).toEqual([
      'ASSAULT IRN > UKR',
    ]);
  });

  it('does not take a designation before a noun of people or goods as a doer', () => {
    expect(code('Russian S-300 buyers met Indian officials in Delhi.')).not.toContain(
      'CONSULT RUS > IND',
    );
  });
});
