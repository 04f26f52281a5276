// The one harmed by an alleged attack on unnamed people or places is the accuser (issue #15,
// roles23; claimed-victims.ts). Invented sentences, with near misses: a named place, a
// rebel-held object, an attack only prepared, and a domestic accusation.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('roles23', '2023-05-10');

describe('an alleged attack whose object names no party', () => {
  it('is aimed at the accuser', () => {
    expect(code('Armenia accused Azerbaijan of shelling border villages on Monday.')).toEqual([
      'ACCUSE ARM > AZE',
      'ASSAULT AZE > ARM',
    ]);
    expect(
      code(
        'The Armenian defence ministry accused Azerbaijani forces of shelling the border village of Sotk overnight.',
      ),
    ).toEqual(['ACCUSE ARM > AZE', 'ASSAULT AZE > ARM']);
  });

  it('replaces the doer taken for its own victim', () => {
    expect(code('Kyiv accused Moscow of targeting civilians.')).toEqual([
      'ACCUSE UKR > RUS',
      'ASSAULT RUS > UKR',
    ]);
  });
});

describe('near misses', () => {
  it('keeps a place named in the object', () => {
    expect(
      code('Ukraine accused Russian forces of shelling civilians in the village of Ivanivka.'),
    ).toEqual(['ACCUSE UKR > RUS', 'ASSAULT RUS > UKR']);
  });

  it('keeps a rebel-held object the accused state own war', () => {
    expect(
      code('Moscow accused Ukrainian forces of shelling separatist-held villages.'),
    ).not.toContain('ASSAULT UKR > RUS');
  });

  it('codes no attack that was only being prepared', () => {
    expect(
      code(
        'Belarus moved troops to the border, claiming that Kyiv was preparing to strike border villages.',
      ),
    ).toEqual(['MOBILIZE BLR > UKR', 'ACCUSE BLR > UKR']);
    expect(code('Minsk accused Kyiv of preparing to strike border villages.')).toEqual([
      'ACCUSE BLR > UKR',
    ]);
  });

  it('keeps a domestic accusation at home', () => {
    expect(code('Sudan accused the RSF of attacking a hospital in El Fasher.')).toEqual([
      'ACCUSE SDN > SDN',
      'ASSAULT SDN > SDN',
    ]);
  });
});
