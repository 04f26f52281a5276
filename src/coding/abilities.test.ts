// A power or capacity is no act (twenty-sixth session, issue #15: "ECOWAS has the power to impose
// sanctions on Niger" in real wire copy was coded as sanctions imposed). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dabilities', '2023-08-10');

describe('powers and capacities', () => {
  it('what a side has the power, right or means to do, or is able to do, codes nothing', () => {
    expect(code('The African Union has the power to suspend Gabon from the bloc.')).toEqual([]);
    expect(code('The EU has the authority to impose sanctions on Hungary.')).toEqual([]);
    expect(code('Washington is able to impose sanctions on Iran.')).toEqual([]);
    expect(code('Tehran said it had the right to retaliate against Israel.')).toEqual([]);
  });

  it('the act itself still codes', () => {
    expect(code('The African Union suspended Gabon from the bloc.')).toEqual(['SANCTION AU > GAB']);
    expect(code('Russia imposed sanctions on Poland.')).toEqual(['SANCTION RUS > POL']);
  });
});
