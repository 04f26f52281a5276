// Sanctions eased for one party by a waiver or an exemption (patterns concede.grant-waiver,
// concede.exempt-from-sanctions): PLOVER CONCEDE, easing of sanctions (CAMEO 081). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dwaiver', '2019-04-22');

describe('sanctions waivers and exemptions', () => {
  it('codes a waiver or exemption granted or issued to a state as easing toward it', () => {
    expect(
      code('The United States granted Turkey a 90-day waiver to keep buying Iranian gas.'),
    ).toEqual(['CONCEDE USA > TUR']);
    expect(code('Washington issued waivers to Japan and South Korea on Monday.')).toEqual([
      'CONCEDE USA > JPN',
      'CONCEDE USA > KOR',
    ]);
  });

  it('codes an exemption from sanctions on a state as easing toward the state sanctioned', () => {
    expect(code('Britain granted a one-off exemption from its sanctions on Belarus.')).toEqual([
      'CONCEDE GBR > BLR',
    ]);
    expect(code('The European Union exempted Slovakia from its ban on Russian oil.')).toEqual([
      'CONCEDE EU > SVK',
    ]);
  });

  it('codes no easing for tax, sport or court exemptions with no state named', () => {
    expect(code('The finance ministry granted a tax exemption to foreign investors.')).toEqual([]);
    expect(code('UEFA granted the Italian club an exemption from the spending rules.')).toEqual([]);
    expect(code('The judge granted the defendant a waiver of court fees.')).toEqual([]);
  });
});
