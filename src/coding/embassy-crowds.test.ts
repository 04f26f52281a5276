// A crowd against an embassy or an envoy is of the place it stands in, never of the embassy's
// state (twenty-sixth session, issue #15: real reports of embassies stormed in Kinshasa, Niamey
// and Baghdad coded the embassy's state protesting against itself). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dembassy', '2025-01-28');

describe('crowds at embassies', () => {
  it('a crowd placed by the sentence protests there, against the embassy', () => {
    expect(code('Protesters set fire to the Ugandan Embassy in Kinshasa on Tuesday.')).toEqual([
      'PROTEST COD > UGA',
    ]);
  });

  it("an unplaced crowd is not the embassy's state's own", () => {
    const own = (s: string, root: string): boolean =>
      code(s).some((e) => e.startsWith(`PROTEST ${root} > `));
    expect(own('Protesters also looted and set fire to the Ugandan Embassy.', 'UGA')).toBe(false);
    expect(own('Demonstrators rallied against the Russian ambassador.', 'RUS')).toBe(false);
    expect(
      own('Hundreds of protesters rallied outside the US embassy on Friday, burning flags.', 'USA'),
    ).toBe(false);
  });

  it("a crowd against its own government is still the government's country's", () => {
    expect(code('Protesters rallied against the government in Lima.')).toEqual([
      'PROTEST PER > PER',
    ]);
  });
});
