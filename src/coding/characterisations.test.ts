// Condemnation by characterisation (issue 15, twenty-second session): "called the arrest a sham",
// "called the executions inhumane", aimed at the doer of the act the object points back to.
// Word classes `condemnations` and `back-references`; the main-subject fallback in coder.ts;
// derision (`accuse.deride`).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcharac', '2024-05-20');

describe('a condemnation told by what the act is called', () => {
  it('reads condemning nouns and adjectives of wire copy', () => {
    expect(
      code('Bolivia seized the cargo of a Chilean ship, and Santiago called the seizure theft.'),
    ).toContain('ACCUSE CHL > BOL');
    expect(
      code(
        'Armenia recalled its ambassador, and Azerbaijan called the decision politically motivated.',
      ),
    ).toContain('ACCUSE AZE > ARM');
  });

  it('takes acts named by their own noun as pointing back to the earlier act', () => {
    expect(
      code('Kenya detained the opposition leader on Monday, and Uganda called the arrest a sham.'),
    ).toContain('ACCUSE UGA > KEN');
    expect(
      code(
        "Togo hanged two dissidents on Saturday, and Ghana's foreign minister called the executions inhumane.",
      ),
    ).toContain('ACCUSE GHA > TGO');
    expect(
      code(
        'North Korea fired a missile into the sea on Monday, and Japan called the launch a provocation.',
      ),
    ).toContain('ACCUSE JPN > PRK');
  });

  it('aims at the main subject when the earlier act itself went uncoded', () => {
    expect(
      code(
        'President Ruto signed a proclamation on Monday recognising Kenyan sovereignty over the disputed triangle, with his deputy at his side, and Ethiopia called the step a flagrant attack on its sovereignty.',
      ),
    ).toContain('ACCUSE ETH > KEN');
  });

  it('codes nothing for a neutral or approving description', () => {
    expect(
      code('Kenya held elections on Sunday, and Uganda called the result a surprise.').join(),
    ).not.toContain('ACCUSE');
    expect(
      code(
        'Kenya detained the opposition leader on Monday, and Uganda called the arrest lawful.',
      ).join(),
    ).not.toContain('ACCUSE');
    expect(code('Ghana called the arrest of the smugglers a success.').join()).not.toContain(
      'ACCUSE',
    );
  });
});

describe('criticism drawn by the main clause, told in a participle', () => {
  it('takes the one after "from" for the critic and the main subject for the criticised', () => {
    expect(
      code('Israel passed two laws on Monday, drawing criticism from the United States.'),
    ).toContain('ACCUSE USA > ISR');
    const events = code(
      'Vietnam gave Putin a salute in Hanoi on Thursday, drawing a rebuke from the US embassy.',
    );
    expect(events).toContain('ACCUSE USA > VNM');
    expect(events).not.toContain('ACCUSE VNM > RUS');
  });

  it('leaves a participle with no one after "from" to the main subject', () => {
    expect(
      code('Kenya expelled two envoys on Monday, criticising Uganda for its silence.'),
    ).toContain('ACCUSE KEN > UGA');
  });
});

describe('derision', () => {
  it('codes mocking or ridiculing a side or its act as an accusation', () => {
    expect(
      code('Chile passed a law on Monday, and Bolivia mocked the decision as a farce.'),
    ).toContain('ACCUSE BOL > CHL');
    expect(code("Colombia's president ridiculed Argentina's new tariffs on Monday.")).toContain(
      'ACCUSE COL > ARG',
    );
  });

  it('needs someone mocked', () => {
    expect(code('Kenyan comedians mocked the heat on Monday.').join()).not.toContain('ACCUSE');
  });
});
