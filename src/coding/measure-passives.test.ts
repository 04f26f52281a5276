// An agentless passive of a measure against another state's envoys or citizens ("were expelled",
// "was summoned") is the act of the state that tells it, of the sentence's main subject or of the
// previous sentence's (measure-passives.ts). Invented reports, with near misses.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dmeasure', '2024-03-12');

describe('an agentless passive measure', () => {
  it("is the reporting state's, named in the attribution", () => {
    expect(
      code('Three Russian diplomats were expelled on Monday, the Polish foreign ministry said.'),
    ).toContain('SANCTION POL > RUS');
    expect(code('Two Ukrainian citizens were deported on Friday, Hungary said.')).toContain(
      'COERCE HUN > UKR',
    );
  });

  it("is the sentence's main subject's", () => {
    expect(
      code(
        'Estonia protested the violation, and the Russian ambassador was summoned to the foreign ministry.',
      ),
    ).toContain('ACCUSE EST > RUS');
    expect(
      code('Latvia said on Monday that two Belarusian diplomats had been expelled for spying.'),
    ).toContain('SANCTION LVA > BLR');
  });

  it("is the previous sentence's subject's", () => {
    expect(
      code(
        'Armenia said on Monday that Azerbaijani troops had shelled its border villages. The Azerbaijani ambassador was summoned.',
      ),
    ).toContain('ACCUSE ARM > AZE');
  });
});

describe('near misses', () => {
  it('an agentless arrest or recall is not put on the reporter', () => {
    expect(
      code('A British journalist was arrested in Tehran on Monday, the Iranian judiciary said.'),
    ).toEqual([]);
    expect(
      code('The Russian ambassador was recalled to Moscow for consultations, the Kremlin said.'),
    ).toEqual([]);
  });

  it('the state measured is not its own doer', () => {
    const coded = code(
      "Three Russian diplomats were expelled on Monday, Russia's foreign ministry said.",
    );
    expect(coded.filter((l) => l.startsWith('SANCTION RUS'))).toEqual([]);
  });

  it('a previous sentence with no state for subject gives no doer', () => {
    expect(
      code('The talks ended without agreement. The Russian ambassador was summoned.'),
    ).not.toContain('ACCUSE RUS > RUS');
  });
});
