// A doer named by a nationality adjective before an abstract or collective head: "Azerbaijani
// diplomacy", "the Israeli war cabinet", "the Libyan unity government" (titles in
// data/actors/titles.json that need a country), and a relative clause such a doer heads when the
// tagger misreads its "that" (nlp/parse/roles.ts). Not "team": "the Senegalese team is ready for
// battle" is sport far more often than state. Invented reports, with near misses.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dheads', '2024-02-20');

describe('a nationality adjective before an abstract or collective head', () => {
  it('is that state acting', () => {
    expect(code('Azerbaijani diplomacy condemned the shelling of Tovuz by Armenia.')).toContain(
      'ACCUSE AZE > ARM',
    );
    expect(code('The Israeli war cabinet rejected the proposal from Hamas.')).toContain(
      'REJECT ISR > PSE',
    );
    expect(code('The Libyan unity government accused Egypt of arming Haftar.')).toContain(
      'ACCUSE LBY > EGY',
    );
    expect(code('The Palestinian political leadership accused Israel of sabotage.')).toContain(
      'ACCUSE PSE > ISR',
    );
    expect(code('The German chancellery criticised Hungary over the veto.')).toContain(
      'ACCUSE DEU > HUN',
    );
  });

  it('gives a quoted "we" its speaker\'s state', () => {
    expect(
      code(
        '"We call on Yerevan to pull its troops back from the border," Azerbaijani diplomacy said.',
      ),
    ).toContain('REQUEST AZE > ARM');
  });

  it('heads a relative clause the tagger misread', () => {
    expect(
      code(
        'A Kuwaiti delegation held talks with Iraqi officials in Basra, alongside a Jordanian delegation that had mediated between the two sides.',
      ),
    ).toContain('CONSULT JOR > KWT');
  });
});

describe('near misses', () => {
  it('diplomacy, a team or a cabinet with no country is no actor', () => {
    expect(code('Diplomacy condemned by all sides has failed.')).toEqual([]);
    expect(code('The team accused the referee of bias.')).toEqual([]);
  });

  it('a national team at a match is no state acting', () => {
    expect(code('The Iranian team beat the American team in a World Cup match in Qatar.')).toEqual(
      [],
    );
  });
});
