// A short noun phrase in straight quotation marks inside a pattern's gap ('expressed "strong
// dissatisfaction" with'): diplomatic reports quote the words of a protest, and the quote is the
// act's object, not a quotation that ends the phrase. Quoted speech still ends it. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('quoted', '2023-05-04');

describe('quoted noun phrases inside a gap', () => {
  it('reaches over a quoted phrase to the rest of the pattern', () => {
    expect(code('Norway expressed "deep concern" with Iceland over the whaling quotas.')).toEqual([
      'ACCUSE NOR > ISL',
    ]);
    expect(
      code('Chile voiced "firm opposition and regret" to Peru over the maritime ruling.'),
    ).toEqual(['ACCUSE CHL > PER']);
    expect(code('Norway expressed "deep concern" with Iceland over the whaling quotas.')).toEqual(
      code('Norway expressed deep concern with Iceland over the whaling quotas.'),
    );
    expect(
      code('Chile voiced "firm opposition and regret" to Peru over the maritime ruling.'),
    ).toEqual(code('Chile voiced firm opposition and regret to Peru over the maritime ruling.'));
  });

  it('codes the quoted protest as the unquoted one', () => {
    expect(
      code('Hungary lodged a "strong protest" with Romania over the border incident.'),
    ).toContain('ACCUSE HUN > ROU');
  });

  it('still ends the gap at quoted speech', () => {
    expect(code('Egypt warned "we will not stand idle" to Ethiopia over the dam.')).toEqual(
      code('Egypt warned "we will not stand idle" over the dam.'),
    );
  });
});
