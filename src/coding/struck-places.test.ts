// An attack named by the noun heading the subject, its doer in its phrase, struck where its verb's
// clause places the object (fifteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dstruck', '2024-03-06');

describe('attacks whose verb says what they did', () => {
  it('takes the place of the verb object for the state struck', () => {
    expect(code('A Chadian air raid levelled a market in the Sudanese town of Geneina.')).toEqual([
      'ASSAULT TCD > SDN',
    ]);
    expect(code('A Russian drone strike wrecked a depot in Kharkiv on Monday.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
  });

  it("takes a state's place named by its adjective", () => {
    expect(
      code('A Sudanese drone strike on Sunday damaged two warehouses in the Chadian town of Adre.'),
    ).toEqual(['ASSAULT SDN > TCD']);
  });

  it('leaves an attack with no doer named to the verb', () => {
    expect(code('An air strike wrecked a school in the Ukrainian city of Sumy.')).toEqual([]);
  });

  it('leaves a verb that is an act of its own to code the attack', () => {
    expect(code('A Russian drone strike hit a hospital in Kharkiv on Monday.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
  });

  it('looks for the place only in the clause of the verb', () => {
    expect(
      code(
        'A Chadian air raid levelled a market, and Sudan said later in Khartoum it would reply.',
      ),
    ).not.toContain('ASSAULT TCD > SDN');
  });
});
