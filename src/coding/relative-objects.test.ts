// An act told in a relative clause whose object is its antecedent (relative-objects.ts, issue 15,
// twenty-second session): "Rabat, which it accuses of hostile acts". Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('drelobj', '2024-03-12');

describe('a grievance told in a relative clause on the accused', () => {
  it('takes the clause subject for the accuser and the antecedent for the accused', () => {
    expect(
      code(
        'Uganda sent troops to the border with Congo, which Kampala accuses of sheltering rebels.',
      ),
    ).toContain('ACCUSE UGA > COD');
    expect(
      code('The minister met envoys of Eritrea, whom Ethiopia blames for the clashes.'),
    ).toContain('ACCUSE ETH > ERI');
  });

  it('reads a pronoun subject as the main clause subject, never the antecedent', () => {
    const events = code(
      'Ghana recalled its ambassador on Monday, a week after closing its border with Togo, which it accuses of harbouring coup plotters.',
    );
    expect(events).toContain('ACCUSE GHA > TGO');
    expect(events).not.toContain('ACCUSE TGO > GHA');
    expect(
      code('Kenya hosted talks with Somalia, which it accuses of meddling in its vote.'),
    ).toContain('ACCUSE KEN > SOM');
  });

  it('gives the act alleged to the antecedent', () => {
    expect(
      code(
        'Congo expelled the ambassador of Rwanda, which Kinshasa accuses of backing the M23 rebels.',
      ),
    ).toEqual(expect.arrayContaining(['ACCUSE COD > RWA', 'SUPPORT RWA > COD']));
  });

  it('leaves a relative clause whose pronoun is the subject as it was', () => {
    // "which" is the subject: Kenya accuses; no name stands between it and the verb.
    const events = code(
      'Kenya, which accused Somalia of meddling in its election, recalled its ambassador.',
    );
    expect(events).toContain('ACCUSE KEN > SOM');
    expect(events).not.toContain('ACCUSE SOM > KEN');
  });

  it('leaves a verb with an object of its own to the role finder', () => {
    // "that" opens a complement here: the verb's object follows it.
    const events = code('Sudan said on Monday that Chad accuses Eritrea of arming the rebels.');
    expect(events).toContain('ACCUSE TCD > ERI');
    expect(events).not.toContain('ACCUSE TCD > SDN');
  });
});
