// A possessive before an office or a unit ("its ambassador", "its foreign minister") stands for
// an actor named before it (issue #15, roles23). The possessive is read after the whole sentence
// was remembered, so "its" took the last state named anywhere in it: "Algeria recalled its
// ambassador to France ..., hours after Macron wrote to the Moroccan king" recalled Morocco's
// ambassador, aimed at Morocco. mentions.ts: `Salience.resolve(..., before)`. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('roles23', '2023-05-10');

describe('a possessive stands for a state named before it, not after', () => {
  it('keeps a recalled envoy the recalling state own, aimed at the post named', () => {
    expect(
      code(
        'Algeria recalled its ambassador to France on Tuesday, hours after Macron wrote to the Moroccan king.',
      ),
    ).toEqual(['SANCTION DZA > FRA']);
    expect(
      code(
        'Peru withdrew its envoy from Mexico City, days after Lopez Obrador called Boluarte a usurper.',
      ),
    ).toEqual(['SANCTION PER > MEX']);
  });

  it('keeps a visiting minister the sending state own, meeting the host', () => {
    expect(
      code("Egypt sent its foreign minister to Ankara for talks with Turkey's president."),
    ).toContain('CONSULT EGY > TUR');
  });

  it('still reads a possessive after its state when nothing follows', () => {
    expect(code('Italy recalled its ambassador from Paris for consultations.')).toEqual([
      'SANCTION ITA > FRA',
    ]);
  });
});
