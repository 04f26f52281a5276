// A state named as such that "protests" protests in words (PLOVER ACCUSE), as a minister does;
// a crowd of its people protests in deed (PROTEST). Twenty-sixth session, issue #15. Invented.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dstateprotest', '2024-08-20');

describe('states that protest', () => {
  it('a state or capital that protests accuses', () => {
    expect(code('Japan protested against China’s move to ban Japanese seafood.')).toEqual([
      'ACCUSE JPN > CHN',
    ]);
    expect(code('Beijing protested to Manila over the visit.')).toEqual(['ACCUSE CHN > PHL']);
  });

  it('its people protest in deed', () => {
    expect(code('Kenyans protested against the finance bill in Nairobi.')).toEqual([
      'PROTEST KEN > KEN',
    ]);
    expect(
      code('Police detained more than 200 people at protests against the pension reform in Lyon.'),
    ).toContain('PROTEST FRA > FRA');
  });
});
