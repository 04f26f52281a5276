// Cooperative acts never found (twenty-first session, trig21b): ordinary wire phrasings of
// SUPPORT, AID, CONSULT and COOPERATE counted among the "no trigger" misses of the check sets and
// seen in stored wire news of several crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcoop21', '2024-06-11');

describe('documents and memorandums signed on a state visit (class accords)', () => {
  it('signing "cooperation documents", "memorandums" or a "roadmap" with a state is SUPPORT', () => {
    expect(code('Iran signed 14 cooperation documents with Kazakhstan on Tuesday.')).toContain(
      'SUPPORT IRN > KAZ',
    );
    expect(
      code('Hungary signed several memorandums with China during the visit on Thursday.'),
    ).toContain('SUPPORT HUN > CHN');
    expect(code('Turkey signed a roadmap with Egypt on Monday.')).toContain('SUPPORT TUR > EGY');
  });

  it('what the documents are signed to do is their term, not an act of its own', () => {
    expect(
      code('Niger signed documents with Russia on Tuesday to deepen military cooperation.'),
    ).toEqual(['SUPPORT NER > RUS']);
  });
});

describe('refuge given (AID)', () => {
  it('giving or granting refuge or sanctuary to someone is AID to them', () => {
    expect(code('Poland granted refuge to the Belarusian sprinter on Wednesday.')).toContain(
      'AID POL > BLR',
    );
    expect(code('Kenya has given sanctuary to thousands of Somalis.')).toContain('AID KEN > SOM');
  });
});

describe('relief teams arriving, and senders named "Air Force" (class cargo)', () => {
  it('rescue or medical teams reaching a state aid it, as a convoy of aid does', () => {
    expect(code('Algerian rescue teams arrived in Turkey on Tuesday.')).toContain('AID DZA > TUR');
    expect(code('A team of Greek rescuers arrived in Turkey on Tuesday.')).toContain(
      'AID GRC > TUR',
    );
  });

  it('a team arriving for talks is no aid', () => {
    expect(code('A Russian team arrived in Tehran for talks on Monday.')).not.toContain(
      'AID RUS > IRN',
    );
  });

  it('"Air Force" in the sender\'s name is no cargo of forces', () => {
    expect(
      code('An Indian Air Force plane carrying tents and blankets landed in Nepal on Sunday.'),
    ).toContain('AID IND > NPL');
  });
});
