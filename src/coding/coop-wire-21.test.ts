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
