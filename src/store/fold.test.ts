import { describe, expect, it } from 'vitest';
import { fold, inRegion, regionKey, searchWords } from './fold.js';

describe('folding for region and text filters', () => {
  it('drops case and accents, Latin and Cyrillic alike', () => {
    expect(fold('Zaporížžja')).toBe('zaporizzja');
    expect(fold('DÓHA')).toBe('doha');
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('ﬁre')).toBe('fire');
  });

  it('keys a region and splits search words, blank as none', () => {
    expect(regionKey('  Donetsk Oblast ')).toBe('donetsk oblast');
    expect(regionKey('   ')).toBeNull();
    expect(regionKey(undefined)).toBeNull();
    expect(searchWords(' Shelled  AVDIIVKA ')).toEqual(['shelled', 'avdiivka']);
    expect(searchWords(undefined)).toEqual([]);
  });

  it('matches a region by a whole name or a name that starts with it and a space', () => {
    expect(inRegion(['Kramatorsk', 'Donetsk Oblast'], 'donetsk')).toBe(true);
    expect(inRegion(['Kramatorsk', 'Donetsk Oblast'], 'kramatorsk')).toBe(true);
    expect(inRegion(['Kramatorsk'], 'kramat')).toBe(false);
    expect(inRegion([null, undefined, ''], 'donetsk')).toBe(false);
  });
});
