// A reaction whose object takes up the sentence's earlier act by a noun of releasing, handing
// over or holding, or by a possessive ("welcomed their release", "condemned his arrest",
// "criticised the reversal"): the reaction is aimed at the earlier act's doer (twenty-second
// round, issue #15; word class `back-references`, `backReference` in frames.ts). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dreactobj', '2024-04-09');

describe('a reaction that takes up an earlier act of the sentence', () => {
  it('reads a possessive before the act noun as "the" ("welcomed their release")', () => {
    expect(
      code(
        "Belarus freed two Lithuanian activists on Monday, and Lithuania's foreign minister welcomed their release.",
      ),
    ).toContain('SUPPORT LTU > BLR');
    expect(
      code(
        "Georgian police detained an Armenian reporter in Tbilisi, and Armenia's ombudsman condemned his arrest.",
      ),
    ).toContain('ACCUSE ARM > GEO');
  });

  it('takes up a handover, a swap or a reversal', () => {
    expect(
      code(
        'Serbia extradited a wanted Montenegrin officer to Bosnia on Tuesday, and Montenegro condemned the transfer.',
      ),
    ).toContain('ACCUSE MNE > SRB');
    expect(
      code(
        'Hungary blocked the aid package on Thursday, and the Dutch prime minister criticised the reversal.',
      ),
    ).toContain('ACCUSE NLD > HUN');
    expect(
      code(
        'Iran and Belgium exchanged prisoners on Friday, and Kuwait, which mediated the swap, said both men were home.',
      ),
    ).toContain('CONSULT KWT > IRN');
  });
});

describe('traps', () => {
  it('does not read an arrest asked for as a reaction ("ordered his arrest")', () => {
    const coded = code(
      'Poland granted the blogger asylum on Monday, days after a court in Minsk ordered his arrest.',
    );
    expect(coded).not.toContain('REQUEST BLR > POL');
  });

  it('aims a reaction at no act told after it', () => {
    const coded = code(
      "Kenya's foreign ministry welcomed the return of its embassy staff, a week after Sudan's army seized the airport in Khartoum.",
    );
    expect(coded).not.toContain('SUPPORT KEN > SDN');
  });
});
