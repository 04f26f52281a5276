// An official's journey to a place as a visit to its state (pattern consult.official-travels,
// trips.ts), and the trip giving way to a meeting its own clause tells. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtrip', '2023-05-10');

describe('trips of officials', () => {
  it('codes an official who flew, travelled, went or headed to a capital as visiting its state', () => {
    expect(code('The Kenyan foreign minister flew to Kampala on Tuesday.')).toEqual([
      'CONSULT KEN > UGA',
    ]);
    expect(code('Chile’s president travelled to Buenos Aires on Monday.')).toEqual([
      'CONSULT CHL > ARG',
    ]);
    expect(code('The Vietnamese prime minister went to Vientiane by road.')).toEqual([
      'CONSULT VNM > LAO',
    ]);
    expect(code('The Polish president headed to Vilnius on Friday.')).toEqual([
      'CONSULT POL > LTU',
    ]);
  });

  it('keeps the visit beside a meeting told in a clause of its own', () => {
    expect(
      code('Spain’s foreign minister flew to Rabat and met the Algerian envoy there.'),
    ).toEqual(['CONSULT ESP > MAR', 'CONSULT ESP > DZA']);
  });

  it('lets the trip give way to the meeting its clause goes on to tell', () => {
    expect(
      code('The Austrian chancellor flew to Budapest for late-night talks with Zelensky.'),
    ).toEqual(['CONSULT AUT > UKR']);
  });

  it('codes no visit for people who are not officials, nor for things that went somewhere', () => {
    expect(code('The Bayern Munich squad flew to Madrid on Tuesday.')).toEqual([]);
    expect(code('Hundreds of Sudanese refugees flew to Cairo on Monday.')).toEqual([]);
    expect(code('Two Russian bombers flew to Caracas on Monday.')).toEqual([]);
    expect(code('The dispute went to the International Court of Justice in 2019.')).toEqual([]);
    expect(code('Wheat prices went to record highs in Egypt last year.')).toEqual([]);
  });
});
